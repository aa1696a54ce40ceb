import Foundation
import Testing
import TestSupport

/// `text` without the time that starts each log line when stderr is not a terminal.
func untimed(_ text: String) -> String {
    text.replacing(#/(?m)^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ /#, with: "")
}

/// Runs the built `rsdd` with `args` and exactly the environment `env`: its status, stdout, stderr
/// without the times that start its lines (`untimed`), and stderr as written.
func runRSDDExactly(_ args: [String], environment env: [String: String]) throws -> (status: Int32, stdout: String, stderr: String, raw: String) {
    let r = try rsddCaptured(args, environment: env)
    let stderr = String(decoding: r.stderr, as: UTF8.self)
    return (r.status, String(decoding: r.stdout, as: UTF8.self), untimed(stderr), stderr)
}

/// Exit codes and help texts exactly as the README documents them (issue 21).
@Suite struct ExitCodeTests {
    @Test(arguments: [
        (["run", "--as-of", "2026-02-30"], "rsdd: --as-of '2026-02-30' is not a date (YYYY-MM-DD) (see rsdd run --help)\n"),
        (["assess", "--as-of", "tomorrow"], "rsdd: --as-of 'tomorrow' is not a date (YYYY-MM-DD) (see rsdd assess --help)\n"),
        (["run", "--no-such-option"], "rsdd: Unknown option '--no-such-option' (see rsdd run --help)\n"),
        (["nosuchcommand"], nil),
        (["run", "--fail-on-change", "severe"], nil),
        (["report", "--pdf", "--as-of", "2026-11-18"], nil),
        (["parse", "some.html"], "rsdd: INPUT files need --source FILE.yml to say how to read them (see rsdd parse --help)\n"),
    ] as [([String], String?)])
    func aUsageErrorExitsTwoWithOneLine(args: [String], message: String?) throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let dir = try makeTemporaryDirectory()
        let r = try runRSDDExactly(args + ["--config", dir.path], environment: [:])
        #expect(r.status == 2, "\(r.stderr)")
        if let message { #expect(r.stderr == message) }
        #expect(r.stderr.hasPrefix("rsdd: ") && r.stderr.filter { $0 == "\n" }.count == 1, "one line: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing written")
    }

    @Test func theTopLevelHelpListsEveryExitCode() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let r = try runRSDDExactly(["--help"], environment: ["COLUMNS": "400"])
        #expect(r.status == 0)
        for code in ["0 done", "3 done but", "2 bad usage", "1 could not finish", "4 with `rsdd run --fail-on-change LEVEL`"] {
            #expect(r.stdout.contains(code), "\(code): \(r.stdout)")
        }
    }

    @Test(arguments: ["run", "assess", "report"])
    func policyHelpNamesEveryBuiltInProfile(command: String) throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let r = try runRSDDExactly([command, "--help"], environment: ["COLUMNS": "400"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("built in: dod-2023, dod-2026, mext, strac (default mext)"), "\(r.stdout)")
    }
}
