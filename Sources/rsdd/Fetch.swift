import ArgumentParser
import Foundation
import RSDDCore
import RSDDFetch
import RSDDPipeline

struct Fetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch the workspace's sources into content-addressed snapshots; a failing source keeps its last good one.")

    @OptionGroup var workspace: WorkspaceOption

    @Flag(help: "Make no network request: only report what the snapshots hold.")
    var offline = false

    @Flag(help: "Fetch every source, even those still within their refresh interval.")
    var force = false

    @Option(name: .customLong("source"), help: ArgumentHelp("Fetch only this source (repeatable).", valueName: "ID"))
    var only: [String] = []

    func run() throws {
        let ws = workspace.workspace
        do {
            var sources = try ws.loadSources()
            if !only.isEmpty {
                for id in only where !sources.contains(where: { $0.id == id }) {
                    throw ConfigError(file: "sources.d", message: "no source '\(id)'")
                }
                sources = sources.filter { only.contains($0.id) }
            }
            let teams = try ws.loadTeams()
            let lock = try WorkspaceLock(workspace: ws)
            defer { withExtendedLifetime(lock) {} }
            let orcids = Array(Set(teams.flatMap { $0.members.compactMap(\.orcid) })).sorted()
            let statuses = try Fetcher(workspace: ws, now: Date(), offline: offline, force: force).fetch(sources, orcids: orcids)
            for s in statuses {
                note("\(s.id): \(s.state.rawValue)\(s.error.map { " (\($0))" } ?? "")")
            }
            if statuses.contains(where: { $0.state != .fresh }) { throw ExitCode(3) }
        } catch let e as ConfigError {
            throw fail(e.description, code: 2)
        } catch let e as LockError {
            throw fail(e.description, code: 2)
        }
    }
}
