import Foundation
import Testing
import TestSupport

/// Log lines for cron (issue 21): a time on each line when stderr is not a terminal, `--quiet`,
/// and no control sequences where they would be garbage.
@Suite(.serialized) struct LogLineTests {
    @Test func everyLineStartsWithAUTCTimeWhenStderrIsNotATerminal() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        let r = try runRSDDExactly(["run", "--config", ws.root.path, "--as-of", "2026-11-18"], environment: ["TERM": "xterm"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.raw.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count > 10)
        for line in lines { #expect(line.contains(#/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ rsdd: /#), "\(line)") }
        #expect(!r.raw.contains("\r") && !r.raw.contains("\u{1B}"))
    }

    @Test func quietLogsOnlyWarningsErrorsAndTheSummary() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        let clean = try runRSDDExactly(["run", "--quiet", "--config", ws.root.path, "--as-of", "2026-11-18"], environment: [:])
        #expect(clean.status == 0, "\(clean.stderr)")
        let lines = clean.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(clean.stderr)")
        #expect(lines.first?.contains("rsdd: run ") == true && lines.first?.contains("3 teams (1 high, 1 medium, 0 low, 1 none), 8 findings") == true)

        // A source that cannot be fetched: its failure is a warning, shown.
        let list = ws.root.appendingPathComponent("sources.d/demo-list.yml")
        try String(contentsOf: list, encoding: .utf8).replacingOccurrences(of: "snapshots/list.html", with: "snapshots/gone.html")
            .write(to: list, atomically: true, encoding: .utf8)
        let stale = try runRSDDExactly(["run", "--quiet", "--force", "--config", ws.root.path, "--as-of", "2026-11-18"], environment: [:])
        #expect(stale.status == 3, "\(stale.stderr)")
        let staleLines = stale.stderr.split(separator: "\n")
        #expect(staleLines.contains { $0.contains("demo-list") && $0.contains("failed") }, "\(stale.stderr)")
        #expect(!staleLines.contains { $0.contains("stored") || $0.contains("unchanged") }, "\(stale.stderr)")
        #expect(staleLines.last?.contains("sources not fresh: demo-list (failed)") == true, "\(stale.stderr)")
    }

    /// On a terminal (a pty from script(1)), the progress line is rewritten in place, unless
    /// TERM=dumb: then plain lines, without `\r` or ESC.
    @Test func aDumbTerminalGetsNoControlSequences() throws {
        guard let exe = rsddExecutable(), FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("skipped: the rsdd executable or script(1) is missing")
            return
        }
        let ws = try demoCopy()
        func onATerminal(_ term: String) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            p.arguments = ["-qec", "\(exe.path) run --force --config \(ws.root.path) --as-of 2026-11-18", "/dev/null"]
            p.environment = ["TERM": term, "PATH": "/usr/bin:/bin"]
            let out = Pipe()
            p.standardOutput = out
            p.standardInput = FileHandle.nullDevice
            try p.run()
            let data = out.readAll()
            p.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let xterm = try onATerminal("xterm")
        #expect(xterm.contains("\r\u{1B}[Krsdd: fetching"), "the check can see control sequences: \(xterm)")
        // The long stages after the fetch show on the line too.
        for stage in ["resolving ", "assessing 3 teams…", "writing the reports…"] { #expect(xterm.contains(stage), "\(stage): \(xterm)") }
        let dumb = try onATerminal("dumb")
        #expect(!dumb.contains("assessing 3 teams"), "no progress line without a terminal that can rewrite it")
        #expect(dumb.contains("rsdd: fetch 1/15: "), "\(dumb)")
        #expect(!dumb.contains("\u{1B}"), "\(dumb)")
        // The terminal turns each "\n" into "\r\n": no other "\r".
        #expect(!dumb.replacingOccurrences(of: "\r\n", with: "\n").contains("\r"), "\(dumb)")
        #expect(!dumb.contains(#/\d{4}-\d\d-\d\dT/#), "no time on a terminal")
    }

    @Test func theSummarySaysOneFindingNotOneFindings() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        for team in ["t-declared", "t-undisclosed"] {
            try FileManager.default.removeItem(at: ws.root.appendingPathComponent("teams/\(team).yml"))
        }
        let team = ws.root.appendingPathComponent("teams/t-clean.yml")
        try (String(contentsOf: team, encoding: .utf8) + "      - type: visiting\n        org: Minato Precision Industries\n        start: 2026-01\n")
            .write(to: team, atomically: true, encoding: .utf8)
        let r = try runRSDDExactly(["run", "--quiet", "--config", ws.root.path, "--as-of", "2026-11-18"], environment: [:])
        #expect(r.stderr.contains(": 1 team (1 high, 0 medium, 0 low, 0 none), 1 finding, first run"), "\(r.stderr)")
    }
}
