import Foundation
import RSDDCore
import RSDDPipeline
import Testing
import TestSupport

/// A cron run the next night with nothing new: the reports' findings read the same (issue "One
/// visible pipeline": the as-of date sat inside every ended tie's window, so every such finding
/// "changed" every night).
@Suite(.serialized) struct NightlyDiffTests {
    @Test func theNextNightWithNothingNewChangesNoFindingsEvidence() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let next = try Pipeline.run(RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 19), now: fixedNow.addingTimeInterval(86_400),
                                               offline: true))
        #expect(next.assessments.flatMap(\.findings).contains { $0.window.hasPrefix("ended") }, "the demo has an ended tie")
        #expect(next.changes.evidence.isEmpty, "\(next.changes.evidence)")
        #expect(next.changes.newFindings.isEmpty && next.changes.resolvedFindings.isEmpty && next.changes.teams.isEmpty)
        #expect(!next.assessments.flatMap(\.findings).contains { $0.window.contains("2026-11-19") }, "the as-of date is in the header, not in a finding")
    }
}
