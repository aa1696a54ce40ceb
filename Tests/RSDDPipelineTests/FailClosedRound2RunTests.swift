import Foundation
import RSDDCore
import RSDDPipeline
import Testing
import TestSupport

/// The reproductions of issue 18 ("Fail closed, round 2"), run on a copy of the demo: each
/// lowered a level without a word before.
@Suite(.serialized) struct FailClosedRound2Tests {
    func run(_ ws: Workspace, force: Bool = false) throws -> RunOutcome {
        try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow, force: force))
    }

    // MARK: item 2

    /// An answer that is not the member's ORCID record (a maintenance page, an error, another
    /// person's record) is refused at fetch: the last good record stays in use, the source is
    /// stale and the team's report says so; its level does not fall.
    @Test(arguments: [
        ("<error/>", "not an ORCID v3.0 record"),
        (#"<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Service unavailable</h1></body></html>"#, "not an ORCID v3.0 record"),
        ("OTHER", "the record of 9999-0000-0000-0019, not of the declared 9999-0000-0000-0043"),
    ])
    func anAnswerThatIsNotTheMembersORCIDRecordIsRefused(answer: String, error: String) throws {
        let ws = try demoCopy()
        let first = try run(ws)
        let before = try #require(first.assessments.first { $0.team == "t-undisclosed" })
        let snapshots = ws.root.appendingPathComponent("snapshots/orcid")
        let file = snapshots.appendingPathComponent("9999-0000-0000-0043.xml")
        let other = try Data(contentsOf: snapshots.appendingPathComponent("9999-0000-0000-0019.xml"))
        try (answer == "OTHER" ? other : Data(answer.utf8)).write(to: file)

        let second = try run(ws, force: true)
        let orcid = try #require(second.sources.first { $0.id == "orcid" })
        #expect(orcid.state == .stale)
        #expect(orcid.error?.contains(error) == true, "\(orcid.error ?? "no error")")
        #expect(!second.allGood, "the run exits 3")
        let after = try #require(second.assessments.first { $0.team == "t-undisclosed" })
        #expect(after.level == before.level, "fell from \(before.level) to \(after.level)")
        #expect(after.findings.count == before.findings.count, "the last good record is still read")
        #expect(after.limits.contains { $0.reason.hasPrefix("Source orcid is stale since") }, "\(after.limits)")
        let report = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-undisclosed.md"), encoding: .utf8)
        #expect(report.contains("Source orcid is stale since"))
    }

    // MARK: extra: categories

    /// A typo in a source's category once made its list match nothing: t-declared fell from high
    /// to none, exit 0. Now the declaration is refused, naming the file, line and known categories.
    @Test func anUnknownCategoryIsRefusedBeforeAnythingIsRun() throws {
        let ws = try demoCopy()
        let file = ws.root.appendingPathComponent("sources.d/demo-list.yml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "category: entity-of-concern", with: "category: entity-of-concen").write(to: file, atomically: true, encoding: .utf8)
        let e = try #require(throws: ConfigError.self) { try run(ws) }
        #expect(e.description == "sources.d/demo-list.yml:8: key 'category': 'entity-of-concen' is not a category (known: \(ListCategory.known.joined(separator: ", ")))")
    }
}
