import ArgumentParser
import Foundation
import RSDDCore
import RSDDFetch

struct Sources: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show each source's freshness: fresh, stale, failed or never fetched.")

    @OptionGroup var workspace: WorkspaceOption

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func run() throws {
        let ws = workspace.workspace
        do {
            let sources = try ws.loadSources()
            let orcids = Array(Set(try ws.loadTeams().flatMap { $0.members.compactMap(\.orcid) })).sorted()
            let store = SnapshotStore(workspace: ws)
            let state = try store.loadState()
            let statuses = try Fetcher(workspace: ws, now: Date(), offline: true).fetch(sources, orcids: orcids)
            struct Row: Encodable {
                var id, state: String
                var last_success, last_attempt: String?
                var bytes: Int?
                var sha256: String?
                var http_status: Int?
                var error: String?
            }
            let rows = zip(sources, statuses).map { s, st -> Row in
                let keys = s.isPerMember ? orcids.map { SnapshotStore.key(source: s.id, orcid: $0) } : [s.id]
                let entries = keys.compactMap { state[$0] }
                return Row(id: s.id, state: st.state.rawValue, last_success: st.lastSuccess,
                           last_attempt: entries.compactMap(\.lastAttempt).max(),
                           bytes: entries.isEmpty ? nil : entries.reduce(0) { $0 + ($1.bytes ?? 0) },
                           sha256: s.isPerMember ? nil : entries.first?.sha256,
                           http_status: entries.compactMap(\.httpStatus).max(), error: st.error)
            }
            if json {
                print(String(decoding: try Files.jsonEncoder().encode(rows), as: UTF8.self))
                return
            }
            let header = ["ID", "STATE", "LAST SUCCESS", "LAST ATTEMPT", "BYTES", "SHA256", "ERROR"]
            let table = [header] + rows.map {
                [$0.id, $0.state, $0.last_success ?? "-", $0.last_attempt ?? "-", $0.bytes.map(String.init) ?? "-",
                 $0.sha256.map { String($0.prefix(12)) } ?? "-", $0.error ?? ""]
            }
            let widths = header.indices.map { c in table.map { $0[c].count }.max() ?? 0 }
            for row in table {
                print(row.enumerated().map { c, v in c == row.count - 1 ? v : v.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        } catch let e as ConfigError {
            throw fail(e.description, code: 2)
        }
    }
}
