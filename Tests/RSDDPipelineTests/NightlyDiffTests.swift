import Foundation
import GRDB
import RSDDStore
import RSDDCore
import RSDDPipeline
import RSDDReport
import Testing
import TestSupport

/// The inode of a file, to tell a kept file from one written anew.
func inode(_ url: URL) -> UInt64? {
    (try? FileManager.default.attributesOfItem(atPath: url.path))?[.systemFileNumber] as? UInt64
}

/// A cron run the next night with nothing new: the reports read the same apart from the date
/// (issue "One visible pipeline": the as-of date sat inside every ended tie's window, and the run
/// id in every team's report, so every team "changed" every night).
@Suite(.serialized) struct NightlyDiffTests {
    @Test func theNextNightWithNothingNewChangesNothingButTheDate() throws {
        let ws = try demoCopy(decisions: true)
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let before = try readReports(ws).filter { $0.key.hasPrefix("t-") }
        // The next night's cron run fetches again and gets the same bytes.
        let next = try Pipeline.run(RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 19), now: fixedNow.addingTimeInterval(86_400)))
        #expect(next.assessments.flatMap(\.findings).contains { $0.window.state == .ended }, "the demo has an ended tie")
        #expect(next.changes.evidence.isEmpty, "\(next.changes.evidence)")
        #expect(next.changes.newFindings.isEmpty && next.changes.resolvedFindings.isEmpty && next.changes.teams.isEmpty)
        #expect(next.changes.decisions.isEmpty && next.changes.completeness.isEmpty && next.changes.sources.isEmpty)
        #expect(!next.assessments.flatMap(\.findings).contains { $0.window.words.contains("2026-11-19") }, "the as-of date is in the header, not in a finding")
        // Every team report is the same but for the date (no run id, no per-finding date).
        let after = try readReports(ws).filter { $0.key.hasPrefix("t-") }
        #expect(Set(after.keys) == Set(before.keys))
        for (name, data) in after {
            let old = String(decoding: before[name]!, as: UTF8.self)
            let new = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "2026-11-19", with: "2026-11-18")
            #expect(old == new, "\(name)")
        }
        // Nothing in them changed but the date: they are kept as written, dated the night before,
        // and the index says so.
        #expect(after == before, "the team reports are the same files")
        #expect(next.rewritten == 0)
        let index = try JSONDecoder().decode(RunIndex.self, from: Data(contentsOf: ws.reportsDir.appendingPathComponent("index.json")))
        #expect(index.run.asOf == Day(year: 2026, month: 11, day: 19))
        #expect(index.teams.allSatisfy { $0.reportAsOf == fixedAsOf }, "\(index.teams.map(\.reportAsOf))")
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(md.contains("(unchanged since 2026-11-18)"))
        // A night on which a team's report changes writes it with that night's date.
        let team = ws.teamsDir.appendingPathComponent("t-clean.yml")
        try String(contentsOf: team, encoding: .utf8).replacingOccurrences(of: "title: ", with: "title: Renamed ")
            .write(to: team, atomically: true, encoding: .utf8)
        let third = try Pipeline.run(RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 20), now: fixedNow.addingTimeInterval(2 * 86_400)))
        #expect(third.rewritten == 1)
        let later = try JSONDecoder().decode(RunIndex.self, from: Data(contentsOf: ws.reportsDir.appendingPathComponent("index.json")))
        #expect(later.teams.first { $0.team == "t-clean" }?.reportAsOf == Day(year: 2026, month: 11, day: 20))
        #expect(later.teams.first { $0.team == "t-declared" }?.reportAsOf == fixedAsOf)
        #expect(try String(contentsOf: ws.reportsDir.appendingPathComponent("t-clean.md"), encoding: .utf8).contains("As of 2026-11-20"))
    }

    /// A run whose every input is what the current reports were made from does no work: no
    /// parse, assess or report, nothing written, the same index. Any changed input (a team, a
    /// decision, a snapshot's freshness, the as-of date), a damaged report or `--force` makes it
    /// a full run again.
    @Test func aRunWhoseInputsAreUnchangedKeepsTheReportsAndAnyChangeRunsAgain() throws {
        let ws = try demoCopy(decisions: true)
        let first = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        #expect(first.kept == nil)
        let before = try readReports(ws)
        let inodes = before.keys.map { inode(ws.reportsDir.appendingPathComponent($0)) }
        func again(asOf: Day = fixedAsOf, later: TimeInterval = 600, rewrite: Bool = false) throws -> RunOutcome {
            try Pipeline.run(RunOptions(workspace: ws, asOf: asOf, now: fixedNow.addingTimeInterval(later), offline: true, rewrite: rewrite))
        }
        let kept = try again()
        #expect(kept.kept?.run.id == first.run.id)
        #expect(kept.run.id == first.run.id && kept.assessments.isEmpty && kept.written.isEmpty)
        #expect(try readReports(ws) == before)
        #expect(before.keys.map { inode(ws.reportsDir.appendingPathComponent($0)) } == inodes, "nothing written, not even the index")
        // What the summary line counts is the full run's.
        #expect(kept.tally.teams == first.tally.teams && kept.tally.levels == first.tally.levels)
        #expect(kept.tally.findings == first.tally.findings && kept.tally.open == first.tally.open)
        #expect(kept.incompleteTeams == first.incompleteTeams && kept.allGood == first.allGood)

        // Another as-of date (the next night) is another input.
        #expect(try again(asOf: Day(year: 2026, month: 11, day: 19)).kept == nil)
        #expect(try again(asOf: Day(year: 2026, month: 11, day: 19)).kept != nil)
        // A damaged team report is written again.
        try Data("{}".utf8).write(to: ws.reportsDir.appendingPathComponent("t-declared.json"))
        let repaired = try again(asOf: Day(year: 2026, month: 11, day: 19))
        #expect(repaired.kept == nil && repaired.rewritten == 1)
        // A team file that changes, and a decision recorded, are new inputs.
        let team = ws.teamsDir.appendingPathComponent("t-clean.yml")
        try (String(contentsOf: team, encoding: .utf8) + "\n# reviewed\n").write(to: team, atomically: true, encoding: .utf8)
        #expect(try again(asOf: Day(year: 2026, month: 11, day: 19)).kept != nil, "a comment changes no input")
        try String(contentsOf: team, encoding: .utf8).replacingOccurrences(of: "title: ", with: "title: Renamed ")
            .write(to: team, atomically: true, encoding: .utf8)
        #expect(try again(asOf: Day(year: 2026, month: 11, day: 19)).kept == nil)
        let decisions = ws.root.appendingPathComponent("decisions/t-declared.yml")
        try (String(contentsOf: decisions, encoding: .utf8).replacingOccurrences(of: "reason: ", with: "reason: Again "))
            .write(to: decisions, atomically: true, encoding: .utf8)
        #expect(try again(asOf: Day(year: 2026, month: 11, day: 19)).kept == nil)
        // Sources that turn stale with time are another input.
        #expect(try again(asOf: Day(year: 2026, month: 11, day: 19), later: 400 * 86_400).kept == nil)
        // Asked to, it writes the reports whatever the inputs.
        #expect(try again(asOf: Day(year: 2026, month: 11, day: 19), later: 400 * 86_400, rewrite: true).kept == nil)
    }

    @Test func aRunWithNothingNewKeepsEveryTeamsFilesAndTheArchiveSharesThem() throws {
        let ws = try demoCopy()
        let first = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        #expect(first.rewritten == 3)
        let inodes = Dictionary(uniqueKeysWithValues: try FileManager.default.contentsOfDirectory(atPath: ws.reportsDir.path)
            .filter { $0.hasPrefix("t-") }.map { ($0, inode(ws.reportsDir.appendingPathComponent($0))) })
        let again = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(3600), offline: true, rewrite: true))
        #expect(again.rewritten == 0)
        #expect(again.changes.isEmpty)
        for (name, ino) in inodes {
            #expect(inode(ws.reportsDir.appendingPathComponent(name)) == ino, "\(name) was written again")
            #expect(inode(ws.stateDir.appendingPathComponent("runs/\(first.run.id)/\(name)")) == ino, "\(name): the archive holds a second copy")
        }
        // The history names both runs' reports and keeps each distinct report once.
        let db = try DatabaseQueue(path: ws.stateDir.appendingPathComponent("state.sqlite").path)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM assessment") } == 6)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM report_json") } == 3)
        let kept = try StateStore(workspace: ws).assessments(run: again.run.id)
        #expect(kept.keys.sorted() == ["t-clean", "t-declared", "t-undisclosed"])
        #expect(kept["t-declared"].map { Data($0.utf8) } == (try Data(contentsOf: ws.reportsDir.appendingPathComponent("t-declared.json"))))
    }

    @Test func aListRowThatChangesOneTeamRewritesThatTeamOnly() throws {
        let ws = try demoCopy()
        let list = ws.root.appendingPathComponent("snapshots/list.html")
        let before = Files.sha256(try Data(contentsOf: list))
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let clean = inode(ws.reportsDir.appendingPathComponent("t-clean.md"))
        let declared = try Data(contentsOf: ws.reportsDir.appendingPathComponent("t-declared.json"))
        let declaredInode = inode(ws.reportsDir.appendingPathComponent("t-declared.md"))
        #expect(String(decoding: declared, as: UTF8.self).contains(before), "t-declared's findings cite the list")
        try addHarborlightToTheDemoList(ws)
        let after = Files.sha256(try Data(contentsOf: list))
        let next = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(60), force: true))
        // t-undisclosed has a tie with Harborlight. t-declared's findings cite rows of the list
        // that read as they did: they still cite the snapshot those rows were first read from,
        // and its report is kept. t-clean's report says nothing of the list.
        #expect(next.rewritten == 1)
        #expect(next.changes.evidence.map(\.finding.team) == ["t-undisclosed"])
        #expect(inode(ws.reportsDir.appendingPathComponent("t-clean.md")) == clean)
        #expect(inode(ws.reportsDir.appendingPathComponent("t-declared.md")) == declaredInode)
        #expect(try Data(contentsOf: ws.reportsDir.appendingPathComponent("t-declared.json")) == declared)
        let report = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-undisclosed.md"), encoding: .utf8)
        #expect(report.contains("EOC-006"))
        // The new row cites the new snapshot; a row of the same list that did not change, the first.
        let json = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-undisclosed.json"), encoding: .utf8)
        #expect(json.contains(after) && json.contains(before))
        // A row that changes is cited from the snapshot that holds it as it now reads.
        let html = try String(contentsOf: list, encoding: .utf8)
        try html.replacingOccurrences(of: "<li>Severny Veter LLC</li>", with: "<li>Severny Veter LLC</li><li>Severny Veter OOO</li>")
            .write(to: list, atomically: true, encoding: .utf8)
        let changed = Files.sha256(try Data(contentsOf: list))
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(120), force: true))
        let third = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-undisclosed.json"), encoding: .utf8)
        #expect(third.contains(changed) && third.contains(after))
        // With the snapshot it names gone, a record is cited from the current one (never from a
        // file that is not there).
        try FileManager.default.removeItem(at: ws.stateDir.appendingPathComponent("snapshots/\(before)"))
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(180), force: true))
        #expect(!(try String(contentsOf: ws.reportsDir.appendingPathComponent("t-declared.json"), encoding: .utf8)).contains(before))
    }

    @Test func oldRunsArePrunedAfterKeepButNeverTheRunTheReportsReplaced() throws {
        let ws = try demoCopy()
        try "keep: 30d\n".write(to: ws.root.appendingPathComponent("rsdd.yml"), atomically: true, encoding: .utf8)
        var ids: [String] = []
        for (i, day) in [Day(year: 2026, month: 9, day: 1), Day(year: 2026, month: 10, day: 1), Day(year: 2026, month: 10, day: 20),
                         Day(year: 2026, month: 11, day: 18)].enumerated() {
            ids.append(try Pipeline.run(RunOptions(workspace: ws, asOf: day, now: fixedNow.addingTimeInterval(Double(i) * 60), offline: i > 0)).run.id)
        }
        let kept = Set(try FileManager.default.contentsOfDirectory(atPath: ws.stateDir.appendingPathComponent("runs").path))
        // As of 11-18 with 30 days kept: 10-20 stays (the run replaced, and within 30 days); 09-01 and 10-01 go.
        #expect(kept == [ids[2]], "\(kept) of \(ids)")
        // The history in the state database keeps the same runs, and the latest.
        let state = try StateStore(workspace: ws)
        #expect(try state.runs().map(\.id) == [ids[2], ids[3]])
        // With a year kept, a run the reports replaced is never removed, however old.
        try "keep: 1d\n".write(to: ws.root.appendingPathComponent("rsdd.yml"), atomically: true, encoding: .utf8)
        let last = try Pipeline.run(RunOptions(workspace: ws, asOf: Day(year: 2026, month: 12, day: 30), now: fixedNow.addingTimeInterval(600), offline: true))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: ws.stateDir.appendingPathComponent("runs").path)) == [ids[3]])
        #expect(last.changes.from == ids[3])
        #expect(try state.runs().map(\.id) == [ids[3], last.run.id])
        #expect(try state.assessments(run: ids[3]).count == 3, "the reports of a run kept stay readable")
        let db = try DatabaseQueue(path: ws.stateDir.appendingPathComponent("state.sqlite").path)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM report_json WHERE digest NOT IN (SELECT digest FROM assessment)") } == 0)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM finding WHERE run_seq NOT IN (SELECT seq FROM run)") } == 0)
    }
}
