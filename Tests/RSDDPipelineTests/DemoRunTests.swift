import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport
import RSDDResolve
import Testing
import TestSupport

/// A copy of the demo workspace in a temporary folder, without reports or state.
/// A copy of the demo workspace; with `decisions`, the demo analysts' decisions too.
func demoCopy(decisions: Bool = false) throws -> Workspace {
    let dir = try makeTemporaryDirectory("rsdd-demo")
    let demo = repositoryRoot.appendingPathComponent("examples/demo")
    for item in ["sources.d", "snapshots", "teams"] + (decisions ? ["decisions"] : []) {
        try FileManager.default.copyItem(at: demo.appendingPathComponent(item), to: dir.appendingPathComponent(item))
    }
    return Workspace(root: dir)
}

let fixedNow = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18T11:06:40Z
let fixedAsOf = Day(year: 2026, month: 11, day: 18)

func readReports(_ ws: Workspace) throws -> [String: Data] {
    let names = try FileManager.default.contentsOfDirectory(atPath: ws.reportsDir.path).sorted()
    return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: ws.reportsDir.appendingPathComponent($0))) })
}

@Suite(.serialized) struct DemoRunTests {
    @Test func theDemoWritesThreeReportsWithTheExpectedLevels() throws {
        let ws = try demoCopy()
        let outcome = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        #expect(outcome.allFresh)
        #expect(outcome.warnings.isEmpty)
        let levels = Dictionary(uniqueKeysWithValues: outcome.assessments.map { ($0.team, $0.level) })
        #expect(levels == ["t-clean": .none, "t-declared": .high, "t-undisclosed": .medium])
        #expect(try readReports(ws).keys.sorted() == [
            "changes.json", "changes.md", "index.json", "index.md", "t-clean.json", "t-clean.md", "t-clean.svg",
            "t-declared.json", "t-declared.md", "t-declared.svg", "t-undisclosed.json", "t-undisclosed.md", "t-undisclosed.svg",
        ])

        // The declared tie cites the HTML list's snapshot by hash, and the record it matched.
        let declared = try #require(outcome.assessments.first { $0.team == "t-declared" })
        let f = try #require(declared.findings.first { $0.tie.origin == .declared })
        #expect(f.listings.map(\.record.key) == ["demo-list:EOC-002"])
        let html = try Data(contentsOf: ws.root.appendingPathComponent("snapshots/list.html"))
        #expect(f.listings[0].provenance.sha256 == Files.sha256(html))
        #expect(f.listings[0].provenance.url == ws.root.appendingPathComponent("snapshots/list.html").absoluteString)

        // The tie only in the public record is found through the XML list and flagged as undisclosed.
        let undisclosed = try #require(outcome.assessments.first { $0.team == "t-undisclosed" })
        let listed = try #require(undisclosed.findings.first { !$0.listings.isEmpty })
        #expect(listed.undisclosed)
        #expect(listed.tie.origin == .publicRecord)
        #expect(listed.listings.map(\.record.key) == ["demo-consolidated:DCL-1001"])
        #expect(Set(undisclosed.findings.filter(\.undisclosed).map(\.tie.org)) == ["Kestrel Dynamics Limited", "Harborlight Foundation for Innovation",
                                                                                "国立研究開発法人 灰野応用物理研究所"])
        // m4's employment written only in Japanese, only in researchmap (and in KAKEN: one tie, two
        // records), resolves through the registry to the listing's English name.
        let japanese = try #require(undisclosed.findings.first { $0.member == "m4" })
        #expect(japanese.listings.map(\.record.key) == ["demo-list:EOC-004"])
        #expect(japanese.listings.first?.record.name == "Greyfield Institute of Applied Physics")
        #expect(japanese.tie.provenance?.source == "researchmap")
        #expect(japanese.tie.recordID == "rm:id 90000002")
        #expect(japanese.tie.alsoIn?.map(\.provenance.source) == ["kaken"])
        #expect(japanese.listings.first?.through?.first?.record == "demo-registry:099greyf1")
        // The declared employment at Example University is in both records, in Japanese and
        // English: confirmed, neither undisclosed nor contradicted (KAKEN's years contradict nothing).
        #expect(!undisclosed.findings.contains { $0.member == "m4" && $0.tie.org.contains("例題") })
        #expect(!undisclosed.limits.contains { $0.reason.contains("m4") })
        // m1's visiting position at Minato is an appointment in the public record: weighed as such,
        // and the disagreement named.
        let otherwise = try #require(declared.findings.first { $0.tie.origin == .publicRecord })
        #expect(otherwise.tie.type == .appointment && otherwise.level == .high && !otherwise.undisclosed)
        #expect(declared.limits.contains { $0.reason.contains("the team file gives Minato Precision Industries Co., Ltd. as visiting since 2024-04") })
        // The declared "Example Inst. of Tech." is the ORCID record's "Example Institute of Technology".
        #expect(!undisclosed.findings.contains { $0.tie.org.contains("Example") })

        let clean = try #require(outcome.assessments.first { $0.team == "t-clean" })
        #expect(clean.findings.isEmpty)
        #expect(clean.limits.isEmpty)
    }

    @Test func twoRunsGiveByteIdenticalReports() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let first = try readReports(ws)
        // A later run within the refresh interval, and one that re-fetches the same bytes.
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(600), rewrite: true))
        let second = try readReports(ws)
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(200_000), force: true))
        let third = try readReports(ws)
        // Team reports depend on the inputs only; the index and changes also on the reports they
        // replace (the first run has none), so runs 2 and 3, which replace the same, agree but for
        // the run ids they name (every run has its own: issue 21).
        let ids = try [first, second, third].map { try JSONDecoder().decode(RunIndex.self, from: #require($0["index.json"])).run.id }
        #expect(Set(ids).count == 3, "\(ids)")
        func masked(_ reports: [String: Data], _ own: String, _ previous: String) -> [String: String] {
            reports.filter { !$0.key.hasPrefix("t-") }.mapValues {
                String(decoding: $0, as: UTF8.self).replacingOccurrences(of: own, with: "THIS").replacingOccurrences(of: previous, with: "PREVIOUS")
            }
        }
        let same = masked(third, ids[2], ids[1]) == masked(second, ids[1], ids[0])
        #expect(same, "index and changes of runs 2 and 3 differ in more than their run ids")
        #expect(third.filter { $0.key.hasPrefix("t-") } == second.filter { $0.key.hasPrefix("t-") })
        #expect(second.filter { $0.key.hasPrefix("t-") } == first.filter { $0.key.hasPrefix("t-") })
        #expect(first["changes.md"] != second["changes.md"])
    }

    @Test func aChangedListChangesTheRunAndTheEvidence() throws {
        let ws = try demoCopy()
        let before = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let list = ws.root.appendingPathComponent("snapshots/list.html")
        let html = try String(contentsOf: list, encoding: .utf8)
        try html.replacingOccurrences(of: "</tbody>", with: "<tr><td>EOC-099</td><td>Harborlight Foundation for Innovation</td><td></td><td>XB</td></tr></tbody>")
            .write(to: list, atomically: true, encoding: .utf8)
        let after = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(100_000)))
        #expect(before.run.id != after.run.id)
        let team = try #require(after.assessments.first { $0.team == "t-undisclosed" })
        #expect(team.findings.contains { $0.listings.map(\.record.key) == ["demo-list:EOC-099"] })
    }

    @Test func aTeamFileWithAForbiddenKeyIsRefusedAndNothingIsWritten() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let reports = try readReports(ws)
        let team = ws.root.appendingPathComponent("teams/t-clean.yml")
        let text = try String(contentsOf: team, encoding: .utf8)
        try text.replacingOccurrences(of: "    name: Jordan Fictional\n", with: "    name: Jordan Fictional\n    Citizenship: XA\n")
            .write(to: team, atomically: true, encoding: .utf8)
        let error = try #require(throws: ConfigError.self) {
            try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(60)))
        }
        #expect(error.description.hasPrefix("teams/t-clean.yml:19: member m2: key 'Citizenship' is not accepted"))
        #expect(try readReports(ws) == reports)
    }

    @Test func aSecondRunOnTheSameWorkspaceIsRefusedWhileTheFirstHoldsTheLock() throws {
        let ws = try demoCopy()
        let lock = try WorkspaceLock(workspace: ws)
        #expect(throws: LockError.self) { try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow)) }
        withExtendedLifetime(lock) {}
    }

    /// The report of the team with a declared listed tie, compared byte for byte with a golden
    /// file that was read line by line. Set RSDD_UPDATE_GOLDEN=1 to rewrite it after a reviewed change.
    @Test(arguments: ["t-declared.md", "t-declared.json", "t-undisclosed.md"])
    func matchesTheGoldenReport(name: String) throws {
        let ws = try demoCopy(decisions: true)
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let text = String(decoding: try Data(contentsOf: ws.reportsDir.appendingPathComponent(name)), as: UTF8.self)
            .replacingOccurrences(of: ws.root.absoluteString, with: "file:///WORKSPACE")
        let golden = repositoryRoot.appendingPathComponent("Tests/RSDDPipelineTests/Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["RSDD_UPDATE_GOLDEN"] == "1" {
            try text.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: golden, encoding: .utf8)))
    }
}

/// The registry kept from one run to the next gives the same reports as reading it afresh, and
/// a damaged cache file is ignored.
@Suite struct PreparedCacheTests {
    @Test func aRunWithTheKeptRegistryWritesTheSameReports() throws {
        let ws = try demoCopy()
        // The teams' reports (changes.md says "first run" only once).
        func teams() throws -> [String: Data] { try readReports(ws).filter { $0.key.hasPrefix("t-") } }
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let first = try teams()
        #expect(first.count >= 9)
        let dir = ws.stateDir.appendingPathComponent("cache/demo-registry")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files.count == 1 && files[0].hasSuffix(".prepared"), "\(files)")
        let file = dir.appendingPathComponent(files[0])
        let entries = try #require(PreparedCache.read(file))
        #expect(entries.count == 4, "the demo registry's four organisations")
        #expect(entries.contains { $0.0.aliases.contains("灰野応用物理研究所") })

        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        #expect(try teams() == first, "read from the cache")

        // A damaged file is ignored (and written again).
        var bytes = try Data(contentsOf: file)
        bytes.removeLast(7)
        try bytes.write(to: file)
        #expect(PreparedCache.read(file) == nil)
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow, rewrite: true))
        #expect(try teams() == first)
        #expect(PreparedCache.read(file)?.count == 4)
    }

    /// Two flipped bits in a cached country (XC → XA) unlinked a listed organisation from its
    /// registry names: high → none, complete. A cache file whose payload digest differs is rebuilt.
    @Test func aCacheWithFlippedBitsIsRebuiltNotTrusted() throws {
        let ws = try demoCopy()
        func levels(_ o: RunOutcome) -> [String: Level] { Dictionary(uniqueKeysWithValues: o.assessments.map { ($0.team, $0.level) }) }
        let first = levels(try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow)))
        let dir = ws.stateDir.appendingPathComponent("cache/demo-registry")
        let file = dir.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first))
        var bytes = [UInt8](try Data(contentsOf: file))
        // Every length-prefixed "XC" (the country of the registry's Greyfield, written twice per entry).
        var flipped = 0
        for i in 4..<(bytes.count - 1) where bytes[i - 4] == 2 && bytes[i - 3] == 0 && bytes[i] == UInt8(ascii: "X") && bytes[i + 1] == UInt8(ascii: "C") {
            bytes[i + 1] = UInt8(ascii: "A")
            flipped += 1
        }
        #expect(flipped > 0)
        try Data(bytes).write(to: file)
        #expect(PreparedCache.read(file) == nil, "a payload that differs from its digest is not read")
        let second = levels(try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow, rewrite: true)))
        #expect(second == first)
        #expect(PreparedCache.read(file)?.contains { $0.0.country == "XC" } == true, "rebuilt")
    }

    @Test func aSymlinkedCacheFolderIsNotUsedAndNoOutsideFileIsRemoved() throws {
        for linked in ["cache", "cache/demo-registry"] {
            let ws = try demoCopy()
            let outside = try makeTemporaryDirectory("rsdd-outside")
            let precious = outside.appendingPathComponent("precious.txt")
            try "not rsdd's".write(to: precious, atomically: true, encoding: .utf8)
            let link = ws.stateDir.appendingPathComponent(linked)
            try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            if linked == "cache" { try FileManager.default.createDirectory(at: outside.appendingPathComponent("demo-registry"), withIntermediateDirectories: true) }
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
            if linked == "cache" { try "not rsdd's".write(to: outside.appendingPathComponent("demo-registry/precious.txt"), atomically: true, encoding: .utf8) }
            let outcome = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
            #expect(FileManager.default.fileExists(atPath: precious.path), "\(linked): a file outside the workspace was removed")
            if linked == "cache" {
                #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("demo-registry/precious.txt").path))
            }
            #expect(try FileManager.default.subpathsOfDirectory(atPath: outside.path).allSatisfy { !$0.hasSuffix(".prepared") }, "\(linked): written outside")
            #expect(outcome.warnings.contains { $0.contains(".rsdd/\(linked)") && $0.contains("symbolic link") }, "\(outcome.warnings)")
        }
    }

    @Test func cleaningTheCacheRemovesOnlyItsOwnFiles() throws {
        let ws = try demoCopy()
        let dir = ws.stateDir.appendingPathComponent("cache/demo-registry")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let other = dir.appendingPathComponent("notes.txt")
        let old = dir.appendingPathComponent(String(repeating: "0", count: 24) + ".prepared")
        try "an analyst's".write(to: other, atomically: true, encoding: .utf8)
        try "an earlier build's".write(to: old, atomically: true, encoding: .utf8)
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        #expect(FileManager.default.fileExists(atPath: other.path), "not rsdd's file")
        #expect(!FileManager.default.fileExists(atPath: old.path), "an earlier cache file")
    }
}
