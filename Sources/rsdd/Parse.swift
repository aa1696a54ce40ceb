import ArgumentParser
import Foundation
import RSDDCore
import RSDDParse

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read local files with a source's declaration and print one JSON object per record (JSON Lines).")

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
        for input in inputs {
            do {
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
                    throw ParseError(source: spec.id, file: input, message: "cannot be read")
                }
                switch spec.format {
                case .html, .xml:
                    for r in try RecordExtractor(source: spec).extract(data, file: input) {
                        print(String(decoding: try encoder.encode(r), as: UTF8.self))
                    }
                case .orcid:
                    for t in try ORCIDReader(source: spec.id).read(data, file: input, orcid: nil) {
                        print(String(decoding: try encoder.encode(t), as: UTF8.self))
                    }
                case .csv, .json:
                    throw fail("format \(spec.format.rawValue) is not built yet in this version", code: 2)
                }
            } catch let e as ParseError {
                note(e.description)
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
