import Foundation
import RSDDAssess
import RSDDCore
import RSDDResolve
import RSDDStore

/// What the resolve stage gives: the index of listed and registry records grouped into
/// organisations (entities), and how the listed ones changed since the previous run.
public struct ResolvedLists: Sendable {
    public var lists: ListIndex
    /// Listed record key → entity id in this run.
    public var entityOf: [String: String]
    /// Entities that merged, split or were renamed since the previous run, one line each.
    public var entityChanges: [String]
    /// The listed records of those entities.
    public var regrouped: Set<String>
}

/// Resolve, once per run: every listed record and every registry organisation into entities,
/// ids inherited from the previous run, the analyst's judgements winning.
public enum ResolveStage {
    public static func resolve(_ parsed: inout ParsedWorkspace, judgements: Judgements, state: StateStore) throws -> ResolvedLists {
        let previous = try state.latestEntities()
        // Where each record was first read in its present form, while that snapshot is kept.
        // (Snapshots lie beside the state database: `.rsdd/snapshots/<sha256>`.)
        let snapshots = state.file.deletingLastPathComponent().appendingPathComponent("snapshots")
        var present: [String: Bool] = [:]
        let seen = try state.recordsSeen().filter { _, r in
            let kept = present[r.provenance.sha256] ?? FileManager.default.fileExists(atPath: snapshots.appendingPathComponent(r.provenance.sha256).path)
            present[r.provenance.sha256] = kept
            return kept
        }
        let lists = ListIndex(records: parsed.records, provenance: parsed.provenance, judgements: judgements, previous: previous,
                              known: parsed.prepared, seen: seen)
        for (s, file) in parsed.toCache where parsed.provenance[s.id] != nil {
            PreparedCache.write(lists.index.prepared(ofSource: s.id), to: file)
            PreparedCache.removeOthers(of: s.id, keeping: file)
        }
        parsed.prepared = [:]
        // Entities and their history are about listed records; registry organisations are knowledge.
        let listedKeys = Set(parsed.records.filter(\.isListed).map(\.key))
        let listed = lists.index.entities.compactMap { e -> Entity? in
            var e = e
            e.records = e.records.filter(listedKeys.contains)
            return e.records.isEmpty ? nil : e
        }
        var entityOf: [String: String] = [:]
        for e in listed { for k in e.records { entityOf[k] = e.id } }
        let entityChanges = previous.isEmpty ? [] : EntityChanges.compare(old: previous, new: listed)
        // Records whose organisation gained or lost records: their findings' new or lost
        // listings are the merge or split itself, named once, not again under every finding.
        var regrouped = Set<String>()
        if !entityChanges.isEmpty {
            let before = Dictionary(grouping: previous.keys, by: { previous[$0]! }).mapValues(Set.init)
            for e in listed {
                let now = Set(e.records)
                let olds = Set(now.compactMap { previous[$0] })
                let then = olds.map { before[$0] ?? [] }.reduce(Set<String>()) { $0.union($1) }
                if olds.count > 1 || now != then { regrouped.formUnion(now.union(then)) }
            }
        }
        return ResolvedLists(lists: lists, entityOf: entityOf, entityChanges: entityChanges, regrouped: regrouped)
    }
}
