import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport
import Testing
import TestSupport

/// `changes.*` as a reviewer reads them (issue "Install and run it like a Unix tool", item 4).
@Suite(.serialized) struct ChangesWordingTests {
    @Test func aMemberWhoLeftIsNotAResolvedRisk() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let file = ws.teamsDir.appendingPathComponent("t-undisclosed.yml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        let m3 = "  - id: m3\n    name: Alex Beispiel\n    role: collaborator\n    ties:\n      - type: contract\n        org: Qinglan Advanced Materials Research Academy Co., Ltd.\n        country: XB\n        start: 2025-06\n"
        #expect(yaml.contains(m3))
        try yaml.replacingOccurrences(of: m3, with: "").write(to: file, atomically: true, encoding: .utf8)
        let next = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(60), offline: true))
        let gone = try #require(next.changes.resolvedFindings.first)
        #expect(gone.why == "member m3 is no longer in the team file")
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(md.contains("## Findings no longer made") && !md.contains("Resolved"))
        #expect(md.contains("listed as Qinglan Advanced Materials Research Academy (demo-consolidated); 青岚先进材料研究院有限公司 (demo-list)"), "names, not opaque ids")
    }

    @Test func aFindingRisingInsideATeamAlreadyAtThatLevelIsNews() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let now = try ReportSet.load(ws.reportsDir)
        var before = now
        var declared = try #require(before.teams["t-declared"])
        #expect(declared.assessment.level == .high && declared.assessment.findings.count >= 2)
        declared.assessment.findings[1].level = .low
        before.teams["t-declared"] = declared
        let c = ReportDiff.compare(before, now)
        #expect(c.teams.isEmpty, "the team was high and stays high")
        #expect(c.findingsRose(to: .high).map(\.team) == ["t-declared"])
        #expect(c.evidence.first?.levelBefore == .low)
        #expect(c.findingsRose(to: .high).count == 1 && ReportDiff.compare(now, now).findingsRose(to: .high).isEmpty)
    }

    /// A window is values; the report says it in words, and a report from before reads as it was.
    @Test func windowsAreValuesWithTheirWords() throws {
        let ended = Window(state: .ended, end: PartialDate(year: 2022, month: 12), lookBack: Span(count: 5, unit: .years))
        #expect(ended.words == "ended 2022-12, within the 5y look-back")
        #expect(Window(state: .current, end: PartialDate(year: 2027)).words == "current (ends 2027)")
        #expect(Window(state: .current, since: Day(year: 2020, month: 8, day: 13)).words == "current (ongoing), on or after 2020-08-13")
        #expect(Window(state: .ended, end: PartialDate(year: 2019)).words == "ended 2019, no look-back limit")
        let json = try Files.jsonEncoder(pretty: false).encode(ended)
        #expect(try JSONDecoder().decode(Window.self, from: json) == ended)
        let old = try JSONDecoder().decode(Window.self, from: Data(#""ended 2022-12, within 5y of 2026-11-01""#.utf8))
        #expect(old.state == .ended && old.words == "ended 2022-12, within 5y of 2026-11-01")
    }
}
