import Foundation
import RSDDCore
import RSDDPipeline
import Synchronization
import Testing
import TestSupport

/// A demo workspace whose list is served over HTTP by a server the test controls.
func demoServedOverHTTP(_ server: TestHTTPServer) throws -> Workspace {
    let ws = try demoCopy()
    let file = ws.root.appendingPathComponent("sources.d/demo-list.yml")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "url: snapshots/list.html", with: "url: \(server.url("/list.html"))")
        .write(to: file, atomically: true, encoding: .utf8)
    try "fetch:\n  retries: 1\n  backoff: 10ms\n".write(to: ws.settingsFile, atomically: true, encoding: .utf8)
    return ws
}

@Suite(.serialized) struct StaleSourceTests {
    @Test func aSourceThatGoesDownIsStaleAndTheOfflineRunStillWritesEveryReportNamingIt() throws {
        let list = try Data(contentsOf: repositoryRoot.appendingPathComponent("examples/demo/snapshots/list.html"))
        let server = try TestHTTPServer { _ in TestResponse(body: list) }
        defer { server.stop() }
        let ws = try demoServedOverHTTP(server)
        let first = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        #expect(first.allFresh)
        let levels = first.assessments.map(\.level)

        server.stop()
        let down = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(90_000)))
        let status = try #require(down.sources.first { $0.id == "demo-list" })
        #expect(status.state == .stale)
        #expect(status.lastSuccess == Files.timestamp(fixedNow))
        #expect(down.assessments.map(\.level) == levels, "the last good list is still used")

        let offline = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(91_000), offline: true, rewrite: true))
        #expect(!offline.allFresh)
        #expect(offline.assessments.map(\.level) == levels)
        for team in ["t-clean", "t-declared", "t-undisclosed"] {
            let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("\(team).md"), encoding: .utf8)
            #expect(md.contains("| demo-list | Demo list of organisations of concern (fictional) | stale (last success 2026-11-18T11:06:40Z)"))
            #expect(md.contains("Source demo-list is stale since 2026-11-18T11:06:40Z (last error:"))
            #expect(md.contains("Couldn't connect to server") || md.contains("connect"))
        }
    }
}

@Suite(.serialized) struct ConcurrentFetchTests {
    @Test func aSecondFetchOnTheSameWorkspaceExitsWithAClearMessageOrWaits() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let list = try Data(contentsOf: repositoryRoot.appendingPathComponent("examples/demo/snapshots/list.html"))
        let server = try TestHTTPServer { _ in TestResponse(body: list, delay: 2) }
        defer { server.stop() }
        let ws = try demoServedOverHTTP(server)

        let first = Process()
        first.executableURL = rsddExecutable()
        first.arguments = ["fetch", "--config", ws.root.path]
        first.standardError = FileHandle.nullDevice
        try first.run()
        // Wait until the first process is fetching (it holds the lock by then).
        let deadline = Date().addingTimeInterval(20)
        while server.requests.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!server.requests.isEmpty)

        let second = try runRSDD(["fetch", "--config", ws.root.path])
        #expect(second.status == 2)
        #expect(second.stderr.contains("another rsdd process is working on this workspace"))

        let waiting = try runRSDD(["fetch", "--config", ws.root.path, "--wait", "--force", "--source", "demo-list"])
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(waiting.status == 0, "\(waiting.stderr)")
        #expect(server.requests.count == 2)

        let table = try runRSDDOutput(["sources", "--config", ws.root.path, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: table) as? [[String: Any]])
        #expect(rows.count == 7, "the demo's seven sources")
        let listRow = try #require(rows.first { $0["id"] as? String == "demo-list" })
        #expect(Set(listRow.keys) == ["id", "state", "last_success", "last_attempt", "bytes", "sha256", "http_status", "error"])
        #expect(listRow["state"] as? String == "fresh")
        #expect(listRow["http_status"] as? Int == 200)
        #expect(listRow["bytes"] as? Int == list.count)
        #expect(listRow["sha256"] as? String == Files.sha256(list))
    }
}

/// Runs rsdd and returns what it printed on stdout.
func runRSDDOutput(_ args: [String]) throws -> Data {
    try rsddCaptured(args).stdout
}
