import Foundation
import RSDDCore
import RSDDFetch
import RSDDParse
import RSDDStore

/// What parsing one snapshot gave, for `rsdd parse --config DIR`.
public struct ParseSummary: Sendable {
    /// `source` or `source/member`.
    public var key: String
    public var sha256: String?
    public var records: Int
    public var warnings: [String]
    /// Why the snapshot could not be parsed, or that there is none.
    public var error: String?
}

/// Parses every stored snapshot of a workspace, as a run would, and says what each gave: a check
/// that writes nothing. (Runs read the content-addressed snapshots themselves; the parsed copy
/// earlier versions kept in the state database was read by nothing.)
public enum WorkspaceParser {
    public static func parse(workspace ws: Workspace, wait: Bool = false) throws -> [ParseSummary] {
        let sources = try ws.loadSources()
        let teams = try ws.loadTeams()
        let lock = try WorkspaceLock(workspace: ws, wait: wait)
        defer { withExtendedLifetime(lock) {} }
        let state = try StateStore(workspace: ws)
        let entries = try state.snapshotEntries()
        let store = SnapshotStore(workspace: ws)
        let members = Workspace.memberKeys(of: teams)
        var out: [ParseSummary] = []
        for w in SnapshotWalk.walk(sources, members: members, store: store, entries: entries) {
            let key = SnapshotEntry.key(source: w.source.id, member: w.member)
            guard let snap = w.snapshot, let parsed = w.parsed else {
                out.append(ParseSummary(key: key, records: 0, warnings: [], error: "no snapshot (fetch it first)"))
                continue
            }
            let sha = snap.provenance.sha256
            switch parsed {
            case .success(.ties(let ties, _, let unread)):
                out.append(ParseSummary(key: key, sha256: sha, records: ties.count, warnings: unread.map { "not read: \($0)" }))
            case .success(.records(let records, let warnings)):
                let lines = warnings.map(\.description)
                out.append(ParseSummary(key: key, sha256: sha, records: records.count, warnings: lines))
            case .failure(let e):
                out.append(ParseSummary(key: key, sha256: sha, records: 0, warnings: [], error: e.description))
            }
        }
        return out
    }
}
