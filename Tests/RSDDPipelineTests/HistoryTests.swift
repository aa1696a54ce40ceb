import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport
import RSDDStore
import Testing
import TestSupport

/// Adds a fictional organisation to the demo list (the list's snapshot file) so that the
/// undisclosed ORCID tie of t-undisclosed's member to Harborlight becomes a listed tie.
func addHarborlightToTheDemoList(_ ws: Workspace) throws {
    let file = ws.root.appendingPathComponent("snapshots/list.html")
    let html = try String(contentsOf: file, encoding: .utf8)
    let row = "<tr><td>EOC-006</td><td>Harborlight Foundation for Innovation</td><td><ul></ul></td><td>XB</td></tr>\n      </tbody>"
    try html.replacingOccurrences(of: "</tbody>", with: row).write(to: file, atomically: true, encoding: .utf8)
}

@Suite(.serialized) struct HistoryTests {
    @Test func aListedOrganisationAddedToOneSourceGivesAChangesFileNamingExactlyThatChange() throws {
        let ws = try demoCopy()
        let first = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        #expect(first.changes.from == nil)
        let firstChanges = try String(contentsOf: ws.reportsDir.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(firstChanges.contains("First run"))

        try addHarborlightToTheDemoList(ws)
        let second = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(60), force: true))
        let c = second.changes
        #expect(c.from == first.run.id)
        #expect(c.to == second.run.id)
        // Exactly one finding changed, of one team, from exactly one source: the undisclosed
        // Harborlight tie (already a finding) is now also listed. t-undisclosed was already
        // medium (its listed Kestrel tie), so no level moved.
        #expect(c.teams.isEmpty)
        #expect(c.newFindings.isEmpty)
        #expect(c.resolvedFindings.isEmpty)
        #expect(c.evidence.count == 1, "a list's new snapshot is a source change, not an evidence change of every finding")
        #expect(c.evidence.first?.finding.team == "t-undisclosed")
        #expect(c.evidence.first?.finding.org.contains("Harborlight") == true)
        #expect(c.evidence.first?.finding.listings == ["demo-list:EOC-006"])
        #expect(c.evidence.first?.changes.contains(.init(.level, before: "low", after: "medium")) == true)
        #expect(c.evidence.first?.changes.contains(.init(.listingAdded, subject: "demo-list:EOC-006", after: "Harborlight Foundation for Innovation")) == true)
        #expect(c.evidence.first?.changes.map(\.words).contains("now also listed in demo-list:EOC-006 (Harborlight Foundation for Innovation)") == true)
        #expect(c.sources.map(\.id) == ["demo-list"])

        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(md == """
        ---
        title: "Changes from run \(first.run.id) to run \(second.run.id)"
        ---

        # Changes

        From run \(first.run.id) to run \(second.run.id).

        ## Findings whose evidence changed

        - \(c.evidence[0].finding.words)
        \(c.evidence[0].changes.map { "    - \($0.words)" }.joined(separator: "\n"))

        ## Sources that changed

        - demo-list: \(c.sources[0].changes.map(\.words).joined(separator: "; "))

        """)
        #expect(c.sources[0].changes.map(\.kind) == [.data], "a list's new snapshot is a change of data, as a value")
        #expect(c.evidence[0].finding.words.hasPrefix("t-undisclosed: m1 funding Harborlight Foundation for Innovation (not declared), listed as Harborlight Foundation for Innovation (demo-list)"))

        // The first run's reports are archived under .rsdd/runs/<id>/ and the history holds both runs.
        let archived = ws.stateDir.appendingPathComponent("runs/\(first.run.id)/t-undisclosed.json")
        #expect(FileManager.default.fileExists(atPath: archived.path))
        let state = try StateStore(workspace: ws)
        #expect(try state.runs().map(\.id) == [first.run.id, second.run.id])
        #expect(try state.assessments(run: second.run.id).keys.sorted() == ["t-clean", "t-declared", "t-undisclosed"])

        // The index says which team moved.
        let index = try JSONDecoder().decode(RunIndex.self, from: Data(contentsOf: ws.reportsDir.appendingPathComponent("index.json")))
        #expect(index.previousRun == first.run.id)
        #expect(index.teams.map(\.change) == ["same", "same", "same"])

        // The same diff from the command line, by run ids.
        guard rsddExecutable() != nil else { return }
        let out = try runRSDDOutput(["diff", "--config", ws.root.path, first.run.id, second.run.id, "--json"])
        let json = try JSONDecoder().decode(RunChanges.self, from: out)
        #expect(json == c)
        // Each change of evidence is a value with its words beside it.
        #expect(String(decoding: out, as: UTF8.self).contains("listing-added"))
        #expect(String(decoding: out, as: UTF8.self).contains("now also listed in demo-list:EOC-006"))
    }

    @Test func anUnchangedRerunSaysNoChange() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let again = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(60), rewrite: true))
        #expect(again.changes.isEmpty)
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(md.contains("No change"))
    }

    @Test func failOnChangeExitsFourWhenALevelRose() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        #expect(try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18"]).status == 0)
        // The list now names the employer of t-clean's members: its level rises from none.
        let file = ws.root.appendingPathComponent("snapshots/list.html")
        let html = try String(contentsOf: file, encoding: .utf8)
        try html.replacingOccurrences(of: "</tbody>", with: "<tr><td>EOC-007</td><td>Example University of Sciences</td><td></td><td>XA</td></tr></tbody>")
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18", "--force", "--fail-on-change", "medium"])
        #expect(r.status == 4, "\(r.stderr)")
        #expect(r.stderr.contains("levels rose to medium or above: t-clean none → high"), "\(r.stderr)")
        let calm = try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18", "--fail-on-change", "medium"])
        #expect(calm.status == 0, "\(calm.stderr)")
    }
}

@Suite(.serialized) struct AssessCommandTests {
    /// One encoding of an assessment: `rsdd assess --json` prints what the team reports hold
    /// under `assessment` (issue "One visible pipeline"), value for value.
    @Test func assessPrintsTheAssessmentsTheReportsHold() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy(decisions: true)
        #expect(try runRSDD(["fetch", "--config", ws.root.path]).status == 0)
        let out = try runRSDDOutput(["assess", "--config", ws.root.path, "--as-of", "2026-11-18", "--json", "--policy", "dod-2023"])
        // Nothing was written but the fetch state.
        #expect(!FileManager.default.fileExists(atPath: ws.reportsDir.path))
        let printed = try JSONDecoder().decode([Assessment].self, from: out)
        #expect(printed.map(\.team) == ["t-clean", "t-declared", "t-undisclosed"])
        let declared = try #require(printed.first { $0.team == "t-declared" })
        #expect(declared.outcome == "mitigation-required")
        #expect(declared.findings.first?.member == "m1")
        #expect(try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18", "--policy", "dod-2023", "--offline"]).status == 0)
        for a in printed {
            let report = try JSONDecoder().decode(TeamReport.self, from: Data(contentsOf: ws.reportsDir.appendingPathComponent("\(a.team).json")))
            #expect(report.assessment == a, "\(a.team): rsdd assess --json and the report differ")
        }
        let one = try runRSDDOutput(["assess", "--config", ws.root.path, "--team", "t-clean", "--json"])
        #expect(try JSONDecoder().decode([Assessment].self, from: one).map(\.team) == ["t-clean"])
    }
}

@Suite(.serialized) struct ResolveCommandTests {
    @Test func resolveAndMatchPrintTheDocumentedLines() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let dir = try makeTemporaryDirectory()
        let recs = dir.appendingPathComponent("r.jsonl")
        let demo = repositoryRoot.appendingPathComponent("examples/demo")
        var lines = try runRSDDOutput(["parse", "--source", demo.appendingPathComponent("sources.d/demo-list.yml").path,
                                       demo.appendingPathComponent("snapshots/list.html").path])
        lines += try runRSDDOutput(["parse", "--source", demo.appendingPathComponent("sources.d/demo-consolidated.yml").path,
                                    demo.appendingPathComponent("snapshots/consolidated.xml").path])
        try lines.write(to: recs)
        let out = try runRSDDOutput(["resolve", "--in", recs.path])
        let entities = try out.split(separator: UInt8(ascii: "\n")).map { try JSONSerialization.jsonObject(with: Data($0)) as! [String: Any] }
        let keys = entities.flatMap { $0["records"] as! [String] }
        #expect(keys.count == 9 && Set(keys).count == 9, "every record in exactly one entity")
        #expect(entities.allSatisfy { Set($0.keys) == ["entity", "records", "names", "identifiers"] })

        let queries = dir.appendingPathComponent("q.jsonl")
        try """
        {"id": "a", "name": "Dept. of Optics, Minato Precision Industries, Tokyo, XA"}
        {"id": "b", "name": "Nowhere Institute of Nothing"}
        """.write(to: queries, atomically: true, encoding: .utf8)
        let m = try runRSDDOutput(["match", "--entities", recs.path, "--queries", queries.path])
        let answers = try m.split(separator: UInt8(ascii: "\n")).map { try JSONSerialization.jsonObject(with: Data($0)) as! [String: Any] }
        #expect(answers.count == 2)
        #expect(answers[0]["match"] as? String == "demo-list:EOC-002")
        #expect(answers[0]["entity"] as? String != nil)
        #expect(answers[1]["match"] is NSNull)
        #expect(answers[1]["entity"] is NSNull)
    }
}

/// The run id of the replaced reports names a folder under `.rsdd/runs/`: one that is not exactly
/// twelve lowercase hex digits (tampered with, or empty) archives nothing and deletes nothing there.
@Suite struct RunIDTests {
    @Test(arguments: ["", ".", "ABCDEF012345", "abc", "0123456789abc", "０１２３４５６７８９ab"])
    func aReplacedRunWithABadIDLeavesTheHistoryAlone(id: String) throws {
        let ws = try emptyWorkspace("rsdd-run-id")
        let writer = ReportWriter(workspace: ws)
        let kept = writer.runsDir.appendingPathComponent("0123456789ab")
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: kept.appendingPathComponent("index.json"))
        try writer.write([], sources: [], run: RunInfo(id: "aaaaaaaaaaaa", asOf: fixedAsOf))
        let index = ws.reportsDir.appendingPathComponent("index.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: index)) as? [String: Any])
        var run = try #require(json["run"] as? [String: Any])
        run["id"] = id
        json["run"] = run
        try JSONSerialization.data(withJSONObject: json).write(to: index)
        try writer.write([], sources: [], run: RunInfo(id: "bbbbbbbbbbbb", asOf: fixedAsOf))
        #expect(try FileManager.default.contentsOfDirectory(atPath: writer.runsDir.path) == ["0123456789ab"])
        #expect(FileManager.default.fileExists(atPath: kept.appendingPathComponent("index.json").path))
    }
}
