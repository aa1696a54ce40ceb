import Foundation
import Testing
import TestSupport

/// The built `rsdd` executable beside the test bundle, if it was built.
func rsddExecutable() -> URL? {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("rsdd")
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return nil
}

func runRSDD(_ args: [String]) throws -> (status: Int32, stderr: String) {
    guard let exe = rsddExecutable() else { throw CommandLineSkip() }
    let p = Process()
    p.executableURL = exe
    p.arguments = args
    let err = Pipe()
    p.standardError = err
    p.standardOutput = Pipe()
    try p.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

struct CommandLineSkip: Error {}

@Suite(.serialized) struct CommandLineTests {
    @Test func aForbiddenKeyExitsTwoWithOneLineAndWritesNothing() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        let team = ws.root.appendingPathComponent("teams/t-declared.yml")
        let text = try String(contentsOf: team, encoding: .utf8)
        try text.replacingOccurrences(of: "    name: Noa Mustermann\n", with: "    name: Noa Mustermann\n    place-of-birth: XC\n")
            .write(to: team, atomically: true, encoding: .utf8)
        for command in ["check", "run"] {
            let r = try runRSDD([command, "--config", ws.root.path])
            #expect(r.status == 2)
            #expect(r.stderr == "rsdd: teams/t-declared.yml:22: member m2: key 'place-of-birth' is not accepted (rsdd assesses ties, never nationality, citizenship, birthplace, ethnicity or race)\n")
        }
        #expect(!FileManager.default.fileExists(atPath: ws.reportsDir.path))
        #expect(!FileManager.default.fileExists(atPath: ws.stateDir.appendingPathComponent("snapshots").path))
    }

    @Test func reportRewritesTheReportsWithoutANetworkRequest() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        // Nothing fetched yet: every source is missing, and the reports say so.
        let r = try runRSDD(["report", "--config", ws.root.path, "--as-of", "2026-11-18"])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("sources not fresh: demo-consolidated, demo-list, demo-registry, orcid"))
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-declared.md"), encoding: .utf8)
        #expect(md.contains("Source demo-list has no usable snapshot"))
        // Assessed without its lists, no team is a clean `none`.
        #expect(md.contains("subtitle: \"Team t-declared · level none — incomplete\""))
        #expect(r.stderr.contains("incomplete: t-clean, t-declared, t-undisclosed"))
        #expect(!FileManager.default.fileExists(atPath: ws.stateDir.appendingPathComponent("snapshots").path))
    }

    @Test func runExitsZeroWhenEverySourceIsFresh() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        let r = try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("3 teams (1 high, 1 medium, 0 low, 1 none), 6 findings"))
        #expect(FileManager.default.fileExists(atPath: ws.reportsDir.appendingPathComponent("t-clean.md").path))
    }
}
