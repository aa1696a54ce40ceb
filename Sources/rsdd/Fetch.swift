import ArgumentParser
import Foundation
import RSDDCore
import RSDDFetch
import RSDDPipeline
import RSDDStore

struct Fetch: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch the workspace's sources into content-addressed snapshots; a failing source keeps its last good one.",
        discussion: "Exit codes: 0 every source fresh; 3 some source stale, failed or never fetched; 2 bad usage or configuration; 1 could not finish.")

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var logging: LogOptions

    @Flag(help: "Make no network request: only report what the snapshots hold.")
    var offline = false

    @Flag(help: "Fetch every source, even those still within their refresh interval.")
    var force = false

    @Flag(help: "When another rsdd process is working on the workspace, wait for it instead of exiting.")
    var wait = false

    @Option(name: .customLong("source"), help: ArgumentHelp("Fetch only this source (repeatable).", valueName: "ID"))
    var only: [String] = []

    func run() throws {
        let ws = workspace.workspace
        let line = ProgressLine(style: LogStyle(quiet: logging.quiet))
        defer { line.clear() }
        do {
            var sources = try ws.loadSources()
            if !only.isEmpty {
                for id in only where !sources.contains(where: { $0.id == id }) {
                    throw ConfigError(file: "sources.d", message: "no source '\(id)'")
                }
                sources = sources.filter { only.contains($0.id) }
            }
            let settings = try ws.loadSettings()
            let lock = try WorkspaceLock(workspace: ws, wait: wait)
            defer { withExtendedLifetime(lock) {} }
            // (Read once the lock has made the workspace's state folder: the teams decoded here
            // are cached there, and the assess that follows a first fetch reads no YAML again.)
            let teams = try ws.loadTeams()
            // The fetch stage every run uses: a new snapshot replaces the last good one only
            // when it parses.
            let statuses = try FetchStage.fetch(sources, members: Workspace.memberKeys(of: teams), settings: settings,
                                                RunOptions(workspace: ws, asOf: Day(Date()), now: Date(), offline: offline, force: force),
                                                progress: line.update).statuses
            line.clear()
            for s in statuses {
                // The sources that are not fresh are the fetch's summary: shown with --quiet too.
                let line = "\(s.id): \(s.state.rawValue)\(s.lastSuccess.map { " since \($0)" } ?? "")\(s.error.map { " (\($0))" } ?? "")"
                if s.state == .fresh { note(line) } else { summary(line) }
            }
            if statuses.contains(where: { $0.state != .fresh }) { throw ExitCode(3) }
        } catch {
            throw exitError(error, stopped: "fetch could not finish, snapshots kept")
        }
    }
}
