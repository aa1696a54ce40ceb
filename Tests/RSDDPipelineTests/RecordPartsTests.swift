import Foundation
import RSDDCore
import RSDDPipeline
import Testing
import TestSupport

/// A researchmap profile embeds a section only in part: its pages are fetched after the profile,
/// by the section's URL with `limit`/`start`, and read with it. A page that fails is retried; one
/// that never comes makes the member's assessment incomplete, naming the part.
@Suite(.serialized) struct RecordPartsTests {
    /// A profile whose career holds `total` items (2 embedded); pages serve items by `start`.
    static func profile(base: String, total: Int) -> String {
        """
        {"permalink": "demo-long", "@graph": [{"@id": "\(base)/demo-long/research_experience", "@type": "research_experience",
          "total_items": \(total), "items": [
            {"rm:id": "1", "from_date": "2001", "to_date": "2002", "affiliation": {"en": "Fictional Institute 1"}},
            {"rm:id": "2", "from_date": "2002", "to_date": "2003", "affiliation": {"en": "Fictional Institute 2"}}]}]}
        """
    }

    static func page(start: Int, count: Int) -> String {
        let items = (start..<(start + count)).map { i in
            #"{"rm:id": "\#(i)", "from_date": "2001", "to_date": "2002", "affiliation": {"en": "Fictional Institute \#(i)"}}"#
        }
        return #"{"@type": "research_experience", "total_items": 1500, "items": [\#(items.joined(separator: ","))]}"#
    }

    func workspace(_ server: TestHTTPServer) throws -> Workspace {
        let dir = try makeTemporaryDirectory("rsdd-parts")
        let ws = Workspace(root: dir)
        try FileManager.default.createDirectory(at: ws.sourcesDir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: ws.teamsDir, withIntermediateDirectories: true)
        try """
        id: researchmap
        title: researchmap (test server)
        url: \(server.url("/"))api/{researchmap}?format=json
        format: researchmap
        per: member
        refresh: 24h
        """.write(to: ws.sourcesDir.appendingPathComponent("researchmap.yml"), atomically: true, encoding: .utf8)
        try """
        id: t-long
        title: Fictional project
        sensitivity: low
        members:
          - {id: m1, name: Fictional Person, researchmap: demo-long}
        """.write(to: ws.teamsDir.appendingPathComponent("t-long.yml"), atomically: true, encoding: .utf8)
        try "fetch:\n  retries: 2\n  backoff: 10ms\n".write(to: ws.settingsFile, atomically: true, encoding: .utf8)
        return ws
    }

    func serve(failSecondPage times: Int) throws -> TestHTTPServer {
        let failures = Counter()
        nonisolated(unsafe) var base = ""
        let server = try TestHTTPServer { req in
            if req.path.hasPrefix("/api/demo-long?") { return .text(RecordPartsTests.profile(base: base, total: 1500)) }
            if req.path.contains("start=1001") {
                if failures.next() <= times { return .text("busy", status: 503) }
                return .text(RecordPartsTests.page(start: 1001, count: 500))
            }
            if req.path.contains("start=1&") || req.path.hasSuffix("start=1") { return .text(RecordPartsTests.page(start: 1, count: 1000)) }
            return .text("not found", status: 404)
        }
        base = server.url("/api")
        return server
    }

    @Test func aLongSectionIsReadInFullAndAPageThatFailsOnceIsRetried() throws {
        let server = try serve(failSecondPage: 1)
        defer { server.stop() }
        let ws = try workspace(server)
        let outcome = try Pipeline.run(RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 18), now: Date(timeIntervalSince1970: 1_795_000_000)))
        let a = try #require(outcome.assessments.first)
        #expect(a.complete, "\(a.incomplete)")
        #expect(a.members.first?.publicTies == 1500, "the two embedded items are replaced by the 1500 of the pages")
        #expect(server.requests.filter { $0.path.contains("research_experience?limit=1000") }.count == 3, "two pages, one of them twice")
    }

    @Test func aPageThatNeverComesMakesTheAssessmentIncomplete() throws {
        let server = try serve(failSecondPage: 100)
        defer { server.stop() }
        let ws = try workspace(server)
        let outcome = try Pipeline.run(RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 18), now: Date(timeIntervalSince1970: 1_795_000_000)))
        let a = try #require(outcome.assessments.first)
        #expect(!a.complete)
        #expect(a.incomplete.contains { $0.contains("start=1001") && $0.contains("m1") }, "\(a.incomplete)")
    }
}

/// A counter shared with a server's handler.
final class Counter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        n += 1
        return n
    }
}
