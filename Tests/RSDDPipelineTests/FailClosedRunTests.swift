import Foundation
import GRDB
import RSDDCore
import RSDDPipeline
import Testing
import TestSupport

/// The reproductions of the issue "Fail closed", run on a copy of the demo: each failed before
/// (a level fell, a finding was hidden, a file was written where it must not be) and must not now.
@Suite(.serialized) struct FailClosedRunTests {
    func replace(_ ws: Workspace, _ file: String, _ old: String, _ new: String) throws {
        let url = ws.root.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "\(file) no longer holds '\(old)': the test must follow the demo")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    func run(_ ws: Workspace, force: Bool = false, offline: Bool = false) throws -> RunOutcome {
        try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow, offline: offline, force: force))
    }

    /// Occurrences of `pattern` in `text` that no backslash escapes.
    func unescaped(_ pattern: String, in text: String) -> Int {
        var count = 0
        var rest = text[...]
        while let r = rest.range(of: pattern) {
            if r.lowerBound == text.startIndex || text[text.index(before: r.lowerBound)] != "\\" { count += 1 }
            rest = rest[r.upperBound...]
        }
        return count
    }

    // MARK: item 1

    @Test func aTeamIDThatEscapesTheWorkspaceIsRefusedBeforeAnythingIsWritten() throws {
        let ws = try demoCopy()
        try replace(ws, "teams/t-clean.yml", "id: t-clean", "id: ../../../escaped-team")
        let e = try #require(throws: ConfigError.self) { try run(ws) }
        #expect(e.description.hasPrefix("teams/t-clean.yml:2: key 'id':"))
        #expect(!FileManager.default.fileExists(atPath: ws.reportsDir.path))
        #expect(!FileManager.default.fileExists(atPath: ws.root.appendingPathComponent("../../escaped-team.md").standardizedFileURL.path))
    }

    // MARK: item 2

    @Test func oneHomoglyphDoesNotHideAListedOrganisation() throws {
        let ws = try demoCopy()
        try replace(ws, "snapshots/orcid/9999-0000-0000-0043.xml", "Kestrel Dynamics Limited", "K\u{0435}strel Dynamics Limit\u{0435}d")
        let outcome = try run(ws)
        let team = try #require(outcome.assessments.first { $0.team == "t-undisclosed" })
        let f = try #require(team.findings.first { $0.listings.contains { $0.record.key == "demo-consolidated:DCL-1001" } })
        #expect(f.undisclosed)
        #expect(f.listings[0].match.features["look_alike_characters"] == "matched after folding look-alike characters of another script in the tie's name")
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-undisclosed.md"), encoding: .utf8)
        #expect(md.contains("matched after folding look-alike characters"))
    }

    // MARK: item 3

    @Test(arguments: [("<html><body>maintenance</body></html>", "no records found"),
                      ("ONE-ROW", "1 records, fewer than the 4 the declaration expects")])
    func aBrokenListKeepsItsLastGoodSnapshotAndLowersNoLevel(page: String, error: String) throws {
        let ws = try demoCopy()
        let first = try run(ws)
        let good = try Data(contentsOf: ws.root.appendingPathComponent("snapshots/list.html"))
        var broken = page
        if page == "ONE-ROW" {
            // The list with one of its five rows: under its min_records (4).
            let html = String(decoding: good, as: UTF8.self)
            let rows = html.components(separatedBy: "\n").filter { !$0.hasPrefix("<tr><td>EOC-00") || $0.hasPrefix("<tr><td>EOC-002") }
            broken = rows.joined(separator: "\n")
        }
        try broken.write(to: ws.root.appendingPathComponent("snapshots/list.html"), atomically: true, encoding: .utf8)
        let second = try run(ws, force: true)
        let list = try #require(second.sources.first { $0.id == "demo-list" })
        #expect(list.state == .stale)
        #expect(list.error?.contains(error) == true, "\(list.error ?? "no error")")
        #expect(list.sha256 == Files.sha256(good), "the last good snapshot stays in use")
        #expect(!second.allGood, "the run exits 3")
        for (a, b) in zip(first.assessments, second.assessments) {
            #expect(b.level >= a.level, "\(b.team) fell from \(a.level) to \(b.level)")
            #expect(b.complete)
        }
        let declared = try #require(second.assessments.first { $0.team == "t-declared" })
        #expect(declared.level == .high)
        #expect(declared.limits.contains { $0.reason.hasPrefix("Source demo-list is stale since") })
    }

    @Test(arguments: ["empty", "missing"])
    func aLostStateDatabaseMakesEveryTeamIncompleteNotNone(kind: String) throws {
        let ws = try demoCopy()
        _ = try run(ws)
        let db = ws.stateDir.appendingPathComponent("state.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(at: URL(fileURLWithPath: db.path + suffix)) }
        if kind == "empty" { try Data().write(to: db) }
        let outcome = try run(ws, offline: true)
        #expect(outcome.incompleteTeams == ["t-clean", "t-declared", "t-undisclosed"])
        #expect(!outcome.allGood)
        let clean = try #require(outcome.assessments.first { $0.team == "t-clean" })
        #expect(!clean.complete)
        #expect(clean.incomplete.contains { $0.reason.hasPrefix("Source demo-list has no usable snapshot") })
        // The limit is a value: about which source, and that the level rests on it.
        #expect(clean.limits.contains { $0.about == .source && $0.id == "demo-list" && $0.incomplete })
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-clean.md"), encoding: .utf8)
        #expect(md.contains("subtitle: \"Team t-clean · level none — incomplete\""))
        #expect(md.contains("**The assessment is incomplete.**"))
        let index = try String(contentsOf: ws.reportsDir.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.contains("| t-clean | Self-healing polymer coatings for bridge cables | none — incomplete |"))
        // The teams that turned incomplete are named in changes.md.
        let changes = try String(contentsOf: ws.reportsDir.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(changes.contains("- **t-clean** (Self-healing polymer coatings for bridge cables): incomplete: checks the level rests on could not be made"))
    }

    // MARK: item 4

    @Test func aHostileNameIsTextInEveryPartOfTheReport() throws {
        let ws = try demoCopy()
        let hostile = #"Benign Org ![x](/etc/hostname) [see](javascript:alert(1)) <img src="/etc/hostname"> <!--"#
        let html = hostile.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        try replace(ws, "snapshots/list.html", "</tbody>", "<tr><td>EOC-006</td><td>\(html)</td><td></td><td>XA</td></tr>\n</tbody>")
        let yaml = hostile.replacingOccurrences(of: "\"", with: "\\\"")
        try replace(ws, "teams/t-clean.yml", "      - type: employment\n", "      - type: contract\n        org: \"\(yaml)\"\n        start: 2025-01\n      - type: employment\n")
        let outcome = try run(ws)
        let clean = try #require(outcome.assessments.first { $0.team == "t-clean" })
        #expect(clean.findings.contains { $0.listings.contains { $0.record.key == "demo-list:EOC-006" } })
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-clean.md"), encoding: .utf8)
        #expect(md.contains("Benign Org"))
        #expect(unescaped("![", in: md) == 1, "the team's picture is the report's only image")
        for pattern in ["<img", "<!--", "](javascript", "](/etc"] {
            #expect(unescaped(pattern, in: md) == 0, "\(pattern) is written as markup")
        }
        let summary = try #require(md.split(separator: "\n").first { $0.hasPrefix("Level **") })
        #expect(summary.contains(#"Benign Org \!\[x\](/etc/hostname)"#))
    }

    // MARK: item 8

    @Test func aHistoryThatCannotBeWrittenLeavesThePreviousReports() throws {
        let ws = try demoCopy()
        _ = try run(ws)
        let before = try readReports(ws)
        // The disk refuses the history from now on, as a read-only or full one would.
        let db = try DatabaseQueue(path: ws.stateDir.appendingPathComponent("state.sqlite").path)
        try db.write { try $0.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON run BEGIN SELECT RAISE(FAIL, 'disk full'); END") }
        try db.close()
        try replace(ws, "teams/t-clean.yml", "title: ", "title: Renamed ")
        #expect(throws: (any Error).self) { try run(ws, offline: true) }
        #expect(try readReports(ws) == before, "the error says the previous reports are kept")
        #expect(!FileManager.default.fileExists(atPath: ws.stateDir.appendingPathComponent("staging-reports").path))
    }

    // MARK: item 9

    @Test func controlCharactersNeitherBreakAReportNorAMatch() throws {
        let ws = try demoCopy()
        // ESC, BEL and NUL inside a listed name and a member's name.
        try replace(ws, "snapshots/list.html", "<li>Minato Precision Industries Co., Ltd.", "<li>Minato Pre\u{1B}cision\u{7} Industries Co., Ltd.\u{0}")
        try replace(ws, "teams/t-declared.yml", "name: Mika Placeholder", "name: \"Mika\\e Place\\aholder\"")
        let outcome = try run(ws)
        let declared = try #require(outcome.assessments.first { $0.team == "t-declared" })
        #expect(declared.level == .high)
        let listed = try #require(declared.findings.first { $0.listings.contains { $0.record.key == "demo-list:EOC-002" } })
        #expect(listed.listings[0].match.score == 1, "an exact name stays an exact match")
        for name in ["t-declared.md", "t-declared.svg", "t-declared.json", "index.md"] {
            let bytes = try Data(contentsOf: ws.reportsDir.appendingPathComponent(name))
            #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A }, "\(name) holds a control character")
        }
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-declared.md"), encoding: .utf8)
        #expect(md.contains("Mika Placeholder"))
    }
}
