import ArgumentParser
import Foundation
import RSDDCore
import RSDDParse

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read local files with a source's declaration and print one JSON object per record (JSON Lines).",
        discussion: """
        List sources print one line per record (source, id, kind, name, aliases, category, country, \
        identifiers); the orcid format prints one line per tie (orcid, tie, org, org_ids, org_country, \
        department, role, start, end, put_code, …). Problems go to stderr, one line each, naming the \
        file and line; the other files are still read. Exit 2 when a file could not be read.
        """)

    @Option(help: ArgumentHelp("The source declaration (sources.d/<id>.yml).", valueName: "FILE.yml"))
    var source: String

    @Argument(help: ArgumentHelp("Files to read.", valueName: "INPUT"))
    var inputs: [String]

    func run() throws {
        let url = URL(fileURLWithPath: source)
        let spec: SourceSpec
        do {
            spec = try YAMLFile.load(SourceSpec.self, from: url, displayPath: source)
        } catch let e as ConfigError {
            throw fail(e.description, code: 2)
        }
        let encoder = Files.jsonEncoder(pretty: false)
        var failed = false
        let out = FileHandle.standardOutput
        for input in inputs {
            do {
                switch spec.format {
                case .orcid:
                    let data: Data
                    do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
                        throw ParseError(source: spec.id, file: input, message: "cannot be read")
                    }
                    for t in try ORCIDReader(source: spec.id).read(data, file: input, orcid: nil) {
                        out.write(try encoder.encode(t) + Data("\n".utf8))
                    }
                default:
                    // Each record is printed as it is read: a large list streams through.
                    let warnings = try RecordExtractor(source: spec).read(contentsOf: URL(fileURLWithPath: input), file: input) { r in
                        out.write(try encoder.encode(r) + Data("\n".utf8))
                    }
                    for w in warnings { note("warning: \(w)") }
                }
            } catch let e as ParseError {
                note(e.description)
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
