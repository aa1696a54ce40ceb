import Foundation
import RSDDCore
import RSDDReport
import RSDDStore
import Testing
import TestSupport

/// The reports folder is whole: an index, and for every team in it both files, of the same run.
func reportsAreComplete(_ ws: Workspace) throws -> Bool {
    let index = try JSONDecoder().decode(RunIndex.self, from: Data(contentsOf: ws.reportsDir.appendingPathComponent("index.json")))
    guard !index.teams.isEmpty else { return false }
    for t in index.teams {
        let data = try Data(contentsOf: ws.reportsDir.appendingPathComponent("\(t.team).json"))
        let json = try JSONDecoder().decode(TeamReport.self, from: data)
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("\(t.team).md"), encoding: .utf8)
        // The team's JSON is the one the index names (by digest), its Markdown of the same day.
        guard Files.sha256(data) == t.digest, json.run.asOf == index.run.asOf, md.contains("as-of: \"\(index.run.asOf)\""),
              md.hasSuffix("\n") else { return false }
    }
    return FileManager.default.fileExists(atPath: ws.reportsDir.appendingPathComponent("changes.md").path)
}

@Suite(.serialized) struct KillTests {
    @Test func aRunKilledAtAnyPointLeavesCompleteReportsAndTheNextRunSucceeds() throws {
        guard let exe = rsddExecutable() else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        #expect(try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18"]).status == 0)
        let list = ws.root.appendingPathComponent("snapshots/list.html")
        let original = try String(contentsOf: list, encoding: .utf8)
        var killedMidway = 0
        for (i, delayMs) in stride(from: 0, through: 75, by: 3).enumerated() {
            // Each run has something new to write: the list gains a row.
            try original.replacingOccurrences(of: "</tbody>", with: "<tr><td>K-\(i)</td><td>Killed Run \(i) Works (fictional)</td><td></td><td>XA</td></tr></tbody>")
                .write(to: list, atomically: true, encoding: .utf8)
            let p = Process()
            p.executableURL = exe
            p.arguments = ["run", "--config", ws.root.path, "--as-of", "2026-11-18", "--force"]
            p.standardError = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            Thread.sleep(forTimeInterval: Double(delayMs) / 1000)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if p.terminationReason == .uncaughtSignal { killedMidway += 1 }
            #expect(try reportsAreComplete(ws), "after a kill at \(delayMs) ms")
            // The state database opens and answers.
            _ = try StateStore(workspace: ws).runs()
        }
        #expect(killedMidway >= 8, "many kills must land before the run ends (\(killedMidway) did)")
        let last = try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18", "--force"])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try reportsAreComplete(ws))
        let index = try JSONDecoder().decode(RunIndex.self, from: Data(contentsOf: ws.reportsDir.appendingPathComponent("index.json")))
        #expect(index.teams.count == 3)
    }
}
