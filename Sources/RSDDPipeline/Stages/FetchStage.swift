import Foundation
import RSDDCore
import RSDDFetch
import RSDDStore

/// What the fetch stage leaves: every source's freshness, the store of content-addressed
/// snapshots with the state of each URL, and what the fetch check already parsed (by hash).
public struct Snapshots: Sendable {
    public var statuses: [SourceStatus]
    public var store: SnapshotStore
    public var entries: [String: SnapshotEntry]
    /// A new snapshot is parsed before it replaces the last good one; what it gave is kept by
    /// source, member key and hash so that the parse stage does not parse it twice.
    var checked: [String: ParsedSnapshot]
    public var state: StateStore
}

/// Fetch: every source (and every member's record of a per-member source) into a snapshot, a
/// new one used only when it parses; a failing source keeps its last good snapshot. The one
/// fetch `rsdd fetch` and every run use.
public enum FetchStage {
    public static func fetch(_ sources: [SourceSpec], members: MemberKeys, settings: Settings, _ o: RunOptions,
                             progress: (FetchProgress) -> Void = { _ in }) throws -> Snapshots {
        let fetcher = try Fetcher(workspace: o.workspace, now: o.now, offline: o.offline, force: o.force, settings: settings)
        var checked: [String: ParsedSnapshot] = [:]
        let statuses = try fetcher.fetch(sources, members: members, environment: o.environment, progress: progress, accept: { source, key, file in
            switch SnapshotParser.attempt(source, member: key, file: file, display: file.lastPathComponent) {
            case .success(let p):
                checked[SnapshotWalk.cacheKey(source, key, file.lastPathComponent)] = p
                return nil
            case .failure(let e):
                return e.message
            }
        }, parts: parts)
        return Snapshots(statuses: statuses, store: fetcher.store, entries: try fetcher.state.snapshotEntries(), checked: checked, state: fetcher.state)
    }

    /// The further parts of a member's record a snapshot leads to (see `Fetcher.fetch`).
    public static func parts(_ source: SourceSpec, _ member: String, _ file: URL, _ url: String, _ isRecord: Bool) -> [String] {
        SnapshotParser.parts(source, member: member, file: file, url: url, isRecord: isRecord)
    }
}
