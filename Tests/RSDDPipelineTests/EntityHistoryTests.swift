import Foundation
import RSDDCore
import RSDDPipeline
import Testing
import TestSupport

/// Entity ids across runs: kept when nothing changes, a merge named once in changes.md.
@Suite(.serialized) struct EntityHistoryTests {
    func run(_ ws: Workspace, rewrite: Bool = true) throws -> RunOutcome {
        try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow, rewrite: rewrite))
    }

    func entities(_ o: RunOutcome) -> [String: String] {
        var out: [String: String] = [:]
        for a in o.assessments { for f in a.findings { for l in f.listings { out[l.record.key] = l.entity } } }
        return out
    }

    @Test func anEntityMergeIsNamedOnceAndIdsOtherwiseStay() throws {
        let ws = try demoCopy()
        let first = try run(ws)
        let again = try run(ws)
        #expect(entities(again) == entities(first), "the same inputs keep every entity id")
        #expect(again.changes.entities.isEmpty)

        // The analyst says two listed records are one organisation.
        try """
        same:
          - [demo-list:EOC-003, demo-consolidated:DCL-1001]
        """.write(to: ws.root.appendingPathComponent("judgements.yml"), atomically: true, encoding: .utf8)
        // A judgement is an input: the next run is a full one, not the previous reports kept.
        let merged = try run(ws, rewrite: false)
        #expect(merged.kept == nil)
        #expect(merged.changes.entities.count == 1)
        #expect(merged.changes.entities.first?.hasPrefix("merged: ") == true)
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(md.components(separatedBy: "merged: ").count == 2, "named once")
        #expect(!md.contains("## Findings whose evidence changed"), "not as a change of every finding")
        // The two organisations are one now, under one of their earlier ids.
        let one = entities(merged)["demo-list:EOC-003"]
        #expect(one == entities(merged)["demo-consolidated:DCL-1001"])
        #expect([entities(first)["demo-list:EOC-003"], entities(first)["demo-consolidated:DCL-1001"]].contains(one))
    }
}
