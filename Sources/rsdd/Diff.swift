import ArgumentParser
import Foundation
import RSDDCore
import RSDDReport

struct Diff: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the semantic change between two runs: levels, new and resolved findings, changed evidence, sources.",
        discussion: """
        OLD and NEW are each a run id (its reports are in DIR/.rsdd/runs/<id>/, or in DIR/reports/ \
        for the latest run), a reports folder, or one team's JSON report. Prints Markdown, or JSON \
        with --json. Exits 0 whether or not anything changed; 2 when an argument cannot be read.
        """)

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var logging: LogOptions

    @Argument(help: ArgumentHelp("The older run id, reports folder or team JSON file.", valueName: "OLD"))
    var old: String

    @Argument(help: ArgumentHelp("The newer run id, reports folder or team JSON file.", valueName: "NEW"))
    var new: String

    @Flag(help: "Print JSON instead of Markdown.")
    var json = false

    func run() throws {
        do {
            let changes = ReportDiff.compare(try load(old), try load(new))
            if json {
                print(String(decoding: try Files.jsonEncoder().encode(changes), as: UTF8.self))
            } else {
                print(ReportDiff.markdown(changes), terminator: "")
            }
        } catch let e as ReportError {
            throw fail(e.description, code: 2)
        }
    }

    /// A path that exists, else a run id of the workspace.
    private func load(_ arg: String) throws -> ReportSet {
        let fm = FileManager.default
        if fm.fileExists(atPath: arg) { return try ReportSet.load(URL(fileURLWithPath: arg)) }
        let ws = workspace.workspace
        guard RunInfo.isValidID(arg) else {
            throw ReportError(file: arg, message: "neither a file, a folder nor a run id")
        }
        let archived = ws.stateDir.appendingPathComponent("runs/\(arg)")
        if fm.fileExists(atPath: archived.path) { return try ReportSet.load(archived) }
        if let current = try? ReportSet.load(ws.reportsDir), current.run == arg { return current }
        let known = ((try? fm.contentsOfDirectory(atPath: ws.stateDir.appendingPathComponent("runs").path)) ?? []).sorted()
        throw ReportError(file: arg, message: "no run with this id in \(ws.display(ws.stateDir))/runs or reports/ (runs kept: \(known.isEmpty ? "none" : known.joined(separator: ", ")))")
    }
}
