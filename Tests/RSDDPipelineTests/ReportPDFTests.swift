import Foundation
import GRDB
import RSDDCore
import RSDDReport
import Testing
import TestSupport

/// Every file under `dir`, path relative to it → bytes.
func filesUnder(_ dir: URL) throws -> [String: Data] {
    var all: [String: Data] = [:]
    guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else { return all }
    let base = dir.standardizedFileURL.path + "/"
    for case let url as URL in e where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        all[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
    }
    return all
}

/// A stand-in for pandoc: writes a small file where `-o` says, or fails as told.
func fakePandoc(failing: Bool = false) throws -> URL {
    let dir = try makeTemporaryDirectory("rsdd-fake-pandoc")
    let exe = dir.appendingPathComponent("pandoc")
    let script = failing
        ? "#!/bin/sh\necho 'one early line' >&2\necho 'Error producing PDF.' >&2\necho 'weasyprint: cannot load font Noto Sans CJK' >&2\nexit 47\n"
        : "#!/bin/sh\ncat >/dev/null\nwhile [ $# -gt 0 ]; do if [ \"$1\" = -o ]; then printf '%%PDF-fake\\n' > \"$2\"; fi; shift; done\n"
    try script.write(to: exe, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: exe.path)
    return exe
}

@Suite(.serialized) struct ReportPDFTests {
    /// Issue 21: `rsdd report --pdf` after a night in which a team rose reran the pipeline and
    /// rewrote changes.md as "no change", and overwrote `.rsdd/runs/<id>/`.
    @Test func reportPDFAfterAChangedNightOnlyAddsPDFs() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        let env = ["PATH": "/usr/bin:/bin"]
        #expect(try runRSDDExactly(["run", "--config", ws.root.path, "--as-of", "2026-11-18"], environment: env).status == 0)
        // The next night, t-clean's co-PI declares a visit to a listed company: the team rises.
        let team = ws.root.appendingPathComponent("teams/t-clean.yml")
        try (String(contentsOf: team, encoding: .utf8) + "      - type: visiting\n        org: Minato Precision Industries\n        start: 2026-01\n")
            .write(to: team, atomically: true, encoding: .utf8)
        let night = try runRSDDExactly(["run", "--config", ws.root.path, "--as-of", "2026-11-19", "--offline"], environment: env)
        #expect(night.status == 0, "\(night.stderr)")
        let changes = try String(contentsOf: ws.reportsDir.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(changes.contains("t-clean"), "the night changed t-clean: \(changes)")
        let reportsBefore = try filesUnder(ws.reportsDir)
        let historyBefore = try filesUnder(ws.stateDir.appendingPathComponent("runs"))
        #expect(!historyBefore.isEmpty)
        let runsBefore = try DatabaseQueue(path: ws.stateDir.appendingPathComponent("state.sqlite").path).read {
            try String.fetchAll($0, sql: "SELECT id FROM run ORDER BY seq")
        }

        // pandoc found on PATH, not only in /usr/bin and /usr/local/bin.
        let pandoc = try fakePandoc()
        let r = try runRSDDExactly(["report", "--pdf", "--config", ws.root.path],
                            environment: ["PATH": pandoc.deletingLastPathComponent().path + ":/usr/bin:/bin"])
        #expect(r.status == 0, "\(r.stderr)")
        let after = try filesUnder(ws.reportsDir)
        let pdfs = after.keys.filter { $0.hasPrefix("pdf/") }.sorted()
        #expect(pdfs == ["pdf/changes.pdf", "pdf/index.pdf", "pdf/t-clean.pdf", "pdf/t-declared.pdf", "pdf/t-undisclosed.pdf"])
        #expect(after.filter { !$0.key.hasPrefix("pdf/") } == reportsBefore, "changes.*, index.* and the team reports are left byte for byte")
        #expect(try filesUnder(ws.stateDir.appendingPathComponent("runs")) == historyBefore, ".rsdd/runs/ is left byte for byte")
        let runsAfter = try DatabaseQueue(path: ws.stateDir.appendingPathComponent("state.sqlite").path).read {
            try String.fetchAll($0, sql: "SELECT id FROM run ORDER BY seq")
        }
        #expect(runsAfter == runsBefore, "no run is recorded")

        // --out DIR puts them elsewhere, and reports/ is not touched at all.
        let out = try makeTemporaryDirectory("rsdd-pdf-out")
        let o = try runRSDDExactly(["report", "--pdf", "--config", ws.root.path, "--pandoc", pandoc.path, "--out", out.path], environment: env)
        #expect(o.status == 0, "\(o.stderr)")
        #expect(try filesUnder(out).keys.sorted() == ["changes.pdf", "index.pdf", "t-clean.pdf", "t-declared.pdf", "t-undisclosed.pdf"])
        #expect(try filesUnder(ws.reportsDir) == after)
    }

    @Test func pandocsOwnErrorIsShownWhenItFails() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        #expect(try runRSDDExactly(["run", "--config", ws.root.path, "--as-of", "2026-11-18"], environment: [:]).status == 0)
        let failing = try fakePandoc(failing: true)
        let r = try runRSDDExactly(["report", "--pdf", "--config", ws.root.path, "--pandoc", failing.path], environment: [:])
        #expect(r.status == 1)
        #expect(r.stderr == "rsdd: pandoc could not turn reports/changes.md into a PDF (exit 47): one early line / Error producing PDF. / weasyprint: cannot load font Noto Sans CJK\n")
        #expect(!FileManager.default.fileExists(atPath: ws.reportsDir.appendingPathComponent("pdf/changes.pdf").path))
    }

    @Test(arguments: [
        (["--css", "nosuch.css"], "rsdd: --css nosuch.css: no such readable UTF-8 file\n"),
        (["--pandoc", "/nonexistent/pandoc"], "rsdd: --pandoc /nonexistent/pandoc: not an executable file\n"),
    ])
    func aMissingStylesheetOrPandocExitsTwo(extra: [String], message: String) throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        #expect(try runRSDDExactly(["run", "--config", ws.root.path, "--as-of", "2026-11-18"], environment: [:]).status == 0)
        let r = try runRSDDExactly(["report", "--pdf", "--config", ws.root.path] + extra, environment: ["PATH": try fakePandoc().deletingLastPathComponent().path])
        #expect(r.status == 2)
        #expect(r.stderr == message)
        #expect(!FileManager.default.fileExists(atPath: ws.reportsDir.appendingPathComponent("pdf").path))
    }

    @Test func noPandocOnPathExitsTwoNamingThePackages() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        #expect(try runRSDDExactly(["run", "--config", ws.root.path, "--as-of", "2026-11-18"], environment: [:]).status == 0)
        let r = try runRSDDExactly(["report", "--pdf", "--config", ws.root.path], environment: ["PATH": try makeTemporaryDirectory().path])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("rsdd: --pdf needs pandoc on PATH"))
    }

    /// Issue 21: run ids were input hashes, so three runs of the same inputs shared one id and
    /// `.rsdd/runs/<id>/` was overwritten.
    @Test func everyRunHasAnIdOfItsOwnAndTheFirstIsTheInputHash() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        var ids: [String] = []
        for args in [["run"], ["run", "--offline", "--force"], ["report"]] {
            let r = try runRSDDExactly(args + ["--config", ws.root.path, "--as-of", "2026-11-18"], environment: [:])
            #expect(r.status == 0, "\(r.stderr)")
            let index = try JSONDecoder().decode(RunIndex.self, from: Data(contentsOf: ws.reportsDir.appendingPathComponent("index.json")))
            ids.append(index.run.id)
        }
        #expect(Set(ids).count == 3, "\(ids)")
        // Team reports name no run (the index does), and stay byte for byte.
        let team = try JSONDecoder().decode(TeamReport.self, from: Data(contentsOf: ws.reportsDir.appendingPathComponent("t-declared.json")))
        #expect(team.run.id.isEmpty)
        #expect(ids.allSatisfy(RunInfo.isValidID))
        let archived = try FileManager.default.contentsOfDirectory(atPath: ws.stateDir.appendingPathComponent("runs").path).sorted()
        #expect(archived == ids.prefix(2).sorted())
        let rows = try DatabaseQueue(path: ws.stateDir.appendingPathComponent("state.sqlite").path).read {
            try String.fetchAll($0, sql: "SELECT id FROM run ORDER BY seq")
        }
        #expect(rows == ids)
        // A fresh workspace with the same inputs gets the first id again: reports stay
        // byte-identical from one workspace to another.
        let other = try demoCopy()
        #expect(try runRSDDExactly(["run", "--config", other.root.path, "--as-of", "2026-11-18"], environment: [:]).status == 0)
        let first = try JSONDecoder().decode(RunIndex.self, from: Data(contentsOf: other.reportsDir.appendingPathComponent("index.json")))
        #expect(first.run.id == ids[0])
    }
}
