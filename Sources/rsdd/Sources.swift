import ArgumentParser
import Foundation
import RSDDCore
import RSDDFetch
import RSDDStore

struct Sources: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show each source's freshness (fresh, stale, failed, never), last success and attempt, bytes, hash and last error.")

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var logging: LogOptions

    @Flag(help: "Print a JSON array of objects (id, state, last_success, last_attempt, bytes, sha256, http_status, error).")
    var json = false

    /// One source's line; per-member sources sum their members' records.
    struct Row: Encodable {
        var id, state: String
        var last_success, last_attempt: String?
        var bytes: Int?
        var sha256: String?
        var http_status: Int?
        var error: String?

        func encode(to encoder: Encoder) throws {
            // Every key is present, null when unknown, so scripts need not test for it.
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(state, forKey: .state)
            try c.encode(last_success, forKey: .last_success)
            try c.encode(last_attempt, forKey: .last_attempt)
            try c.encode(bytes, forKey: .bytes)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(http_status, forKey: .http_status)
            try c.encode(error, forKey: .error)
        }

        enum CodingKeys: String, CodingKey { case id, state, last_success, last_attempt, bytes, sha256, http_status, error }
    }

    func run() throws {
        let ws = workspace.workspace
        do {
            let sources = try ws.loadSources()
            let members = Workspace.memberKeys(of: try ws.loadTeams())
            let fetcher = try Fetcher(workspace: ws, now: Date(), offline: true, settings: try ws.loadSettings())
            let entries = try fetcher.state.snapshotEntries()
            let statuses = try fetcher.fetch(sources, members: members)
            let rows = zip(sources, statuses).map { s, st -> Row in
                let keys = s.isPerMember ? members.keys(for: s).map { SnapshotEntry.key(source: s.id, member: $0) } : [s.id]
                let mine = keys.compactMap { entries[$0] }
                let sized = mine.compactMap(\.bytes)
                return Row(id: s.id, state: st.state.rawValue,
                           last_success: s.isPerMember ? mine.compactMap(\.lastSuccess).min() : mine.first?.lastSuccess,
                           last_attempt: mine.compactMap(\.lastAttempt).max(),
                           bytes: sized.isEmpty ? nil : sized.reduce(0, +),
                           sha256: s.isPerMember ? nil : mine.first?.sha256,
                           http_status: mine.compactMap(\.httpStatus).max(), error: st.error)
            }
            if json {
                print(String(decoding: try Files.jsonEncoder().encode(rows), as: UTF8.self))
                return
            }
            let header = ["ID", "STATE", "LAST SUCCESS", "LAST ATTEMPT", "BYTES", "SHA256", "LAST ERROR"]
            let table = [header] + rows.map {
                [$0.id, $0.state, $0.last_success ?? "-", $0.last_attempt ?? "-", $0.bytes.map(String.init) ?? "-",
                 $0.sha256.map { String($0.prefix(12)) } ?? "-", $0.error ?? ""]
            }
            let widths = header.indices.map { c in table.map { $0[c].count }.max() ?? 0 }
            for row in table {
                print(row.enumerated().map { c, v in c == row.count - 1 ? v : v.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        } catch {
            throw exitError(error, stopped: "sources could not be read")
        }
    }
}
