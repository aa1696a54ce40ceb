import Foundation
import RSDDAssess
import RSDDCore
import RSDDParse
import RSDDResolve

/// What the parse stage gives: the listed and registry records with the snapshot each source's
/// came from, each member record's public ties, and what could not be read.
public struct ParsedWorkspace: Sendable {
    public var records: [Record] = []
    /// Source id → the snapshot its records were read from.
    public var provenance: [String: Provenance] = [:]
    /// Member record (`TeamFacts.recordKey`) → its public ties with their snapshot.
    public var publicTies: [String: [(PublicTie, Provenance)]] = [:]
    /// The ORCID iDs a member's record lists (researchmap), by member record.
    public var recordORCIDs: [String: [String]] = [:]
    /// What of a member's record could not be read, by member record.
    public var recordGaps: [String: [String]] = [:]
    /// Checks that could not be made, or were made on older data (those every team's level rests
    /// on make the assessments incomplete).
    public var limits: [Limit] = []
    public var warnings: [String] = []
    /// Registry records read from the cache with their prepared names (not parsed again).
    var prepared: [String: PairScorer.Prepared] = [:]
    /// Registry sources whose prepared names are to be cached once resolved, with the file.
    var toCache: [(SourceSpec, URL)] = []
}

/// Parse: one walk over the workspace's current snapshots, each read by its format (a registry
/// kept from an earlier run is read from the cache instead).
public enum ParseStage {
    public static func parse(_ inputs: WorkspaceInputs, _ snapshots: Snapshots, environment: [String: String]) throws -> ParsedWorkspace {
        let ws = inputs.workspace
        var out = ParsedWorkspace()
        var checked = snapshots.checked
        // A registry kept from an earlier run (same snapshot, same declaration, same build of
        // rsdd) is read with its prepared names instead of parsed and prepared again.
        for s in inputs.sources where s.category == .registry && s.format == .ror {
            guard let snap = snapshots.store.snapshot(of: s, entries: snapshots.entries) else { continue }
            let file = PreparedCache.file(in: ws.stateDir.appendingPathComponent("cache"), source: s.id, sha256: snap.provenance.sha256,
                                          declaration: try Files.jsonEncoder(pretty: false).encode(s))
            if let link = PreparedCache.symbolicLink(above: file) {
                out.warnings.append("\(ws.display(link)): a symbolic link, not a folder: the registry cache is not used (replace the link with a folder)")
                continue
            }
            let key = SnapshotWalk.cacheKey(s, nil, snap.provenance.sha256)
            if checked[key] == nil, let entries = PreparedCache.read(file) {
                checked[key] = .records(entries.map(\.0), warnings: [])
                for (r, p) in entries { out.prepared[r.key] = p }
            } else {
                out.toCache.append((s, file))
            }
        }
        var said = Set<String>()
        for w in SnapshotWalk.walk(inputs.sources, members: inputs.members, store: snapshots.store, entries: snapshots.entries,
                                   parsed: checked, environment: environment) {
            let s = w.source
            let status = snapshots.statuses.first { $0.id == s.id }
            if said.insert(s.id).inserted, let st = status, st.state == .stale {
                out.limits.append(Limit(.source, s.id, "Source \(s.id) is stale since \(st.lastSuccess ?? "an unknown time")\(st.error.map { " (last error: \($0))" } ?? ""): its last good snapshot, retrieved \(st.retrieved ?? "at an unknown time"), was used."))
            }
            guard let snap = w.snapshot, let result = w.parsed else {
                // A member's record that is missing is said per member, by assess.
                if s.isPerMember { continue }
                let why = "Source \(s.id) has no usable snapshot (\(status?.error ?? "never fetched")): no check against it could be made."
                out.limits.append(Limit(.source, s.id, why, incomplete: s.category != nil))
                continue
            }
            switch result {
            case .success(.ties(let ties, let listed, let unread)):
                if let key = w.member {
                    // A batched request (`A|B|C`) answers for each of its members.
                    let members = key.split(separator: "|").map(String.init)
                    for member in members {
                        let k = TeamFacts.recordKey(s.id, member)
                        out.publicTies[k, default: []] += ties.filter { members.count == 1 || $0.memberKey == member }.map { ($0, snap.provenance) }
                        if !listed.isEmpty { out.recordORCIDs[k, default: []] += listed }
                        if !unread.isEmpty { out.recordGaps[k, default: []] += unread }
                    }
                }
            case .success(.records(let mine, let problems)):
                out.records += mine
                out.warnings += problems.map(\.description)
                out.provenance[s.id] = snap.provenance
            case .failure(let e):
                out.warnings.append(e.description)
                // An unreadable member record is said per member, by assess; a list that fails
                // half-way contributes nothing, not half a list.
                if s.isPerMember { continue }
                let why = "Source \(s.id) could not be parsed (\(e.message)): no check against it could be made."
                out.limits.append(Limit(.source, s.id, why, incomplete: s.category != nil))
            }
        }
        return out
    }
}
