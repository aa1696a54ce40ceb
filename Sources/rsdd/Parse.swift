import ArgumentParser
import Foundation
import RSDDCore
import RSDDParse
import RSDDPipeline
import RSDDStore

struct Parse: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read files with a source's declaration and print JSON Lines, or check that every snapshot of a workspace parses.",
        discussion: """
        With --source FILE.yml INPUT...: list sources print one line per record (source, id, kind, \
        name, aliases, category, country, identifiers); the orcid, researchmap, kaken-researcher and openalex-works formats print one line \
        per tie (member_key — the ORCID iD, permalink or KAKEN number it was read for —, tie, org, org_ids, org_country, department, role, start, \
        end, put_code, …). \
        Without --source: parses every snapshot of the workspace (--config DIR) as a run would and \
        prints one line per source or member record (records or ties read, snapshot); it writes \
        nothing. Problems go to stderr, one line each, naming the file and line; the other files and \
        sources are still read. Exits 2 when a file or snapshot could not be read.
        """)

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var logging: LogOptions

    @Option(help: ArgumentHelp("The source declaration (sources.d/<id>.yml) to read INPUT files with.", valueName: "FILE.yml"))
    var source: String?

    @Argument(help: ArgumentHelp("Files to read (with --source).", valueName: "INPUT"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("For a per-member source: the member's key (ORCID iD, researchmap permalink, KAKEN number). The record is checked to be theirs; OpenAlex works need it (whose co-authors to read).", valueName: "KEY"))
    var member: String?

    @Flag(help: "When another rsdd process is working on the workspace, wait for it instead of exiting.")
    var wait = false

    func validate() throws {
        if source == nil && !inputs.isEmpty { throw ValidationError("INPUT files need --source FILE.yml to say how to read them") }
        if source != nil && inputs.isEmpty { throw ValidationError("--source needs at least one INPUT file") }
    }

    func run() throws {
        if let source { try parseFiles(source) } else { try parseWorkspace() }
    }

    private func parseWorkspace() throws {
        let summaries: [ParseSummary]
        do {
            summaries = try WorkspaceParser.parse(workspace: workspace.workspace, wait: wait)
        } catch {
            throw exitError(error, stopped: "parse could not finish")
        }
        for s in summaries {
            for w in s.warnings { note("warning: \(w)") }
            if let e = s.error {
                note("\(s.key): not parsed: \(e)")
            } else {
                note("\(s.key): \(s.records) \(s.key.contains("/") ? "ties" : "records") (snapshot \(s.sha256.map { String($0.prefix(12)) } ?? "-"))")
            }
        }
        if summaries.contains(where: { $0.error != nil }) { throw ExitCode(2) }
    }

    private func parseFiles(_ source: String) throws {
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
                // The same reader for each format as every run uses; a list's records are printed
                // as they are read, so a large list streams through.
                let parsed = try SnapshotParser.parse(spec, member: member, file: URL(fileURLWithPath: input), display: input) { r in
                    out.write(try encoder.encode(r) + Data("\n".utf8))
                }
                switch parsed {
                case .ties(let ties, _, let unread):
                    for t in ties { out.write(try encoder.encode(t) + Data("\n".utf8)) }
                    for u in unread { note("warning: \(input): not read: \(u)") }
                case .records(let records, let warnings):
                    for r in records { out.write(try encoder.encode(r) + Data("\n".utf8)) }
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
