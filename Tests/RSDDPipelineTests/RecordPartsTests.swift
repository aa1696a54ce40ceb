import Foundation
import RSDDCore
import RSDDPipeline
import RSDDStore
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
        let ws = try emptyWorkspace("rsdd-parts")
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
        #expect(a.incomplete.contains { $0.reason.contains("start=1001") && $0.reason.contains("m1") }, "\(a.incomplete)")
    }
}

/// Hostile or stale parts: a part a record names on another host is never fetched (nor any
/// variable filled in for it), and a part left from an earlier night is never read with a newer record.
@Suite(.serialized) struct PartSafetyTests {
    @Test func aPartOnAnotherHostIsNotFetchedAndTheRecordIsIncomplete() throws {
        let server = try TestHTTPServer { req in
            .text(RecordPartsTests.profile(base: "http://127.0.0.1:9/${HOME}", total: 1500))
        }
        defer { server.stop() }
        let ws = try RecordPartsTests().workspace(server)
        var options = RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 18), now: Date(timeIntervalSince1970: 1_795_000_000))
        options.environment = ["HOME": "/secret-home-dir"]
        let outcome = try Pipeline.run(options)
        #expect(server.requests.count == 1, "only the profile")
        let a = try #require(outcome.assessments.first)
        #expect(!a.complete, "the section's other items were not read")
        #expect(!a.limits.map(\.reason).joined().contains("/secret-home-dir"))
    }

    @Test func aPartRedirectedToAnotherOriginIsNotFollowedAndTheFinalURLIsLogged() throws {
        let elsewhere = try TestHTTPServer { _ in .text(RecordPartsTests.page(start: 1001, count: 500)) }
        defer { elsewhere.stop() }
        let away = elsewhere.url("/page")
        nonisolated(unsafe) var base = ""
        let server = try TestHTTPServer { req in
            if req.path.hasPrefix("/api/demo-long?") { return .text(RecordPartsTests.profile(base: base, total: 1500)) }
            // The second page is sent to another port; the first to another path of the same origin.
            if req.path.contains("start=1001") { return TestResponse(status: 302, headers: ["Location: \(away)"]) }
            if req.path.hasPrefix("/moved") { return .text(RecordPartsTests.page(start: 1, count: 1000)) }
            return TestResponse(status: 302, headers: ["Location: /moved"])
        }
        base = server.url("/api")
        defer { server.stop() }
        let ws = try RecordPartsTests().workspace(server)
        let outcome = try Pipeline.run(RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 18), now: Date(timeIntervalSince1970: 1_795_000_000)))
        #expect(elsewhere.requests.isEmpty, "no request leaves the record's origin")
        let a = try #require(outcome.assessments.first)
        #expect(!a.complete)
        #expect(a.incomplete.contains { $0.reason.contains("start=1001") && $0.reason.contains("another origin") }, "\(a.incomplete)")
        #expect(server.requests.contains { $0.path.hasPrefix("/moved") }, "a redirect within the origin is followed")
        let log = try StateStore(workspace: ws).attempts(source: "researchmap")
        #expect(log.contains { $0.url.hasSuffix("start=1") && $0.finalURL == server.url("/moved") && $0.outcome == .stored }, "\(log)")
    }

    @Test func aPartFromAnEarlierFetchIsNotReadWithANewerRecord() throws {
        nonisolated(unsafe) var base = ""
        let server = try TestHTTPServer { req in
            if req.path.hasPrefix("/api/demo-long?") { return .text(RecordPartsTests.profile(base: base, total: 1500)) }
            if req.path.contains("start=1001") { return .text(RecordPartsTests.page(start: 1001, count: 500)) }
            return .text(RecordPartsTests.page(start: 1, count: 1000))
        }
        base = server.url("/api")
        defer { server.stop() }
        let ws = try RecordPartsTests().workspace(server)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 18), now: now))
        var offline = RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 18), now: now, offline: true)
        offline.keepIndexUntilExit = false
        #expect(try Pipeline.assess(offline).assessments.first?.complete == true, "the record and its parts of one fetch")

        // A later fetch of the record that was killed before its parts came: the parts on disk
        // are the earlier fetch's, and are not read with it.
        let state = try StateStore(workspace: ws)
        let key = SnapshotEntry.key(source: "researchmap", member: "demo-long")
        var record = try #require(try state.snapshotEntries()[key])
        record.lastSuccess = Files.timestamp(now.addingTimeInterval(86_400))
        try state.record(record, attempts: [])
        let a = try #require(try Pipeline.assess(offline).assessments.first)
        #expect(!a.complete)
        #expect(a.incomplete.contains { $0.reason.contains("start=1001") && $0.reason.contains("was not fetched with the record") }, "\(a.incomplete)")
    }
}

/// Parts are bounded: only the record names parts (a section page that names more is not
/// followed), a record is read in at most `PartKey.limit` parts, and a run fetches at most
/// `fetch.parts_per_run`; a record cut off by either is incomplete, and says why.
@Suite(.serialized) struct PartBoundTests {
    /// A workspace of one researchmap member on `server`, with `settings` added under `fetch:`.
    func workspace(_ server: TestHTTPServer, settings: String = "") throws -> Workspace {
        let ws = try RecordPartsTests().workspace(server)
        try "fetch:\n  retries: 0\n  hosts: {127.0.0.1: {in_flight: 8, per_second: 10000, burst: 10000}}\n\(settings)"
            .write(to: ws.settingsFile, atomically: true, encoding: .utf8)
        return ws
    }

    func run(_ ws: Workspace) throws -> Assessment {
        let outcome = try Pipeline.run(RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 18), now: Date(timeIntervalSince1970: 1_795_000_000)))
        return try #require(outcome.assessments.first)
    }

    @Test func aSectionPageThatNamesFurtherSectionsIsNotFollowed() throws {
        nonisolated(unsafe) var base = ""
        let server = try TestHTTPServer { req in
            if req.path.hasPrefix("/api/demo-long?") { return .text(RecordPartsTests.profile(base: base, total: 1500)) }
            // Each page of the section also claims a section of 100,000 items: a hundred more URLs.
            let start = req.path.contains("start=1001") ? 1001 : 1
            let page = RecordPartsTests.page(start: start, count: start == 1 ? 1000 : 500)
            let graph = #", "@graph": [{"@id": "\#(base)/evil-\#(start)/research_experience", "@type": "research_experience", "total_items": 100000, "items": []}]}"#
            return .text(req.path.contains("/evil-") ? #"{"@type": "research_experience", "items": []}"# : String(page.dropLast()) + graph)
        }
        base = server.url("/api")
        defer { server.stop() }
        let a = try run(try workspace(server))
        #expect(server.requests.count == 3, "the profile and its two pages, nothing the pages name: \(server.requests.count)")
        #expect(a.complete, "\(a.incomplete)")
    }

    @Test func aRecordIsReadInAtMostAHundredPartsAndIsIncompleteBeyond() throws {
        nonisolated(unsafe) var base = ""
        let server = try TestHTTPServer { req in
            if req.path.hasPrefix("/api/demo-long?") {
                // Two sections of 100,000 items: two hundred pages.
                let second = #", {"@id": "\#(base)/demo-long/education", "@type": "education", "total_items": 100000, "items": []}]}"#
                return .text(String(RecordPartsTests.profile(base: base, total: 100_000).dropLast(2)) + second)
            }
            return .text(#"{"@type": "research_experience", "items": []}"#)
        }
        base = server.url("/api")
        defer { server.stop() }
        let a = try run(try workspace(server))
        #expect(server.requests.count == 1 + 100, "\(server.requests.count)")
        #expect(!a.complete)
        #expect(a.incomplete.contains { $0.reason.contains("education?limit=1000&start=1 ") && $0.reason.contains("at most 100 parts") }, "\(a.incomplete)")
    }

    @Test func aRunFetchesAtMostItsPartsPerRunAndTheRestIsIncomplete() throws {
        nonisolated(unsafe) var base = ""
        let server = try TestHTTPServer { req in
            if req.path.hasPrefix("/api/demo-long?") { return .text(RecordPartsTests.profile(base: base, total: 1500)) }
            return .text(RecordPartsTests.page(start: req.path.contains("start=1001") ? 1001 : 1, count: 1))
        }
        base = server.url("/api")
        defer { server.stop() }
        let a = try run(try workspace(server, settings: "  parts_per_run: 1\n"))
        #expect(server.requests.count == 2, "the profile and one page")
        #expect(!a.complete)
        #expect(a.incomplete.contains { $0.reason.contains("start=1001") && $0.reason.contains("parts_per_run") }, "\(a.incomplete)")
    }
}

/// A new workspace with empty `sources.d/` and `teams/` folders.
func emptyWorkspace(_ name: String) throws -> Workspace {
    let ws = Workspace(root: try makeTemporaryDirectory(name))
    try FileManager.default.createDirectory(at: ws.sourcesDir, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: ws.teamsDir, withIntermediateDirectories: true)
    return ws
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

/// OpenAlex: members' ORCID iDs asked for 100 at a time, every page of results followed by its
/// cursor; a page that fails is retried, one that never comes makes its members incomplete; the
/// API key is sent and never written.
@Suite(.serialized) struct OpenAlexPagingTests {
    static let key = "oa-KEY-5e1f07"

    /// A valid ORCID iD (ISO 7064 check digit) for a number.
    static func orcid(_ n: Int) -> String {
        let base = String(format: "9999%011d", n)
        var total = 0
        for ch in base { total = (total + Int(String(ch))!) * 2 }
        let r = (12 - total % 11) % 11
        let digits = base + (r == 10 ? "X" : String(r))
        return stride(from: 0, to: 16, by: 4).map { i in String(digits.dropFirst(i).prefix(4)) }.joined(separator: "-")
    }

    /// A page of results; `count`: the works of the whole request, as OpenAlex gives it on every page.
    static func page(next: String?, works: String = "", count: Int = 3) -> String {
        #"{"meta": {"count": \#(count), "per_page": 100, "next_cursor": \#(next.map { "\"\($0)\"" } ?? "null")}, "results": [\#(works)]}"#
    }

    static func work(_ id: Int, member: String) -> String {
        #"""
        {"id": "https://openalex.org/W\#(id)", "publication_date": "2025-0\#(id)-01", "display_name": "Fictional work \#(id)",
         "authorships": [
          {"author_position": "first", "author": {"orcid": "https://orcid.org/\#(member)"}, "institutions": [{"display_name": "Home University", "ror": "https://ror.org/0home0001", "country_code": "XA"}]},
          {"author_position": "last", "author": {"orcid": null}, "institutions": [{"display_name": "Away Institute \#(id)", "ror": null, "country_code": "XB"}], "raw_affiliation_strings": ["Away Institute \#(id)"]}]}
        """#
    }

    func run(secondPageFailures: Int) throws -> (outcome: RunOutcome, server: TestHTTPServer, ws: Workspace) {
        let first = Self.orcid(1)
        let failures = Counter()
        let server = try TestHTTPServer { req in
            guard req.path.contains("api_key=\(OpenAlexPagingTests.key)") else { return .text("no key", status: 403) }
            // The batch holding member 1 has three pages; the others one, without works.
            guard req.path.contains(first) else { return .text(OpenAlexPagingTests.page(next: nil, count: 0)) }
            if req.path.contains("cursor=c3") { return .text(OpenAlexPagingTests.page(next: nil, works: OpenAlexPagingTests.work(3, member: first))) }
            if req.path.contains("cursor=c2") {
                if failures.next() <= secondPageFailures { return .text("busy", status: 503) }
                return .text(OpenAlexPagingTests.page(next: "c3", works: OpenAlexPagingTests.work(2, member: first)))
            }
            return .text(OpenAlexPagingTests.page(next: "c2", works: OpenAlexPagingTests.work(1, member: first)))
        }
        let ws = try emptyWorkspace("rsdd-openalex")
        try """
        id: openalex
        title: OpenAlex (test server)
        url: \(server.url("/works"))?filter=author.orcid:{orcid},from_publication_date:{since}&per_page=100&cursor=*&api_key=${OPENALEX_API_KEY}
        format: openalex-works
        per: member
        batch: 100
        refresh: 24h
        """.write(to: ws.sourcesDir.appendingPathComponent("openalex.yml"), atomically: true, encoding: .utf8)
        // 250 members with ORCID iDs, in 50 teams.
        for t in 0..<50 {
            let members = (0..<5).map { m in "  - {id: m\(m + 1), name: Person \(t * 5 + m + 1), orcid: \(Self.orcid(t * 5 + m + 1))}" }
            try "id: t-\(t)\ntitle: Fictional \(t)\nsensitivity: low\nmembers:\n\(members.joined(separator: "\n"))\n"
                .write(to: ws.teamsDir.appendingPathComponent("t-\(t).yml"), atomically: true, encoding: .utf8)
        }
        try "fetch:\n  retries: 2\n  backoff: 10ms\n".write(to: ws.settingsFile, atomically: true, encoding: .utf8)
        var options = RunOptions(workspace: ws, asOf: Day(year: 2026, month: 11, day: 18), now: Date(timeIntervalSince1970: 1_795_000_000))
        options.environment = ["OPENALEX_API_KEY": Self.key]
        return (try Pipeline.run(options), server, ws)
    }

    @Test func twoHundredFiftyMembersCostThreeCallsPerPageAndAFailedPageIsRetried() throws {
        let (outcome, server, ws) = try run(secondPageFailures: 1)
        defer { server.stop() }
        let firstPages = server.requests.filter { $0.path.contains("cursor=*") || $0.path.contains("cursor=%2A") }
        #expect(firstPages.count == 3, "250 members, 100 per request")
        #expect(server.requests.count == 3 + 2 + 1, "3 first pages, the second page twice, the third once")
        #expect(firstPages.allSatisfy { $0.path.contains("from_publication_date:2021-01-01") }, "{since}: 1 January five years back")
        #expect(outcome.assessments.allSatisfy { $0.complete })
        let t0 = try #require(outcome.assessments.first { $0.team == "t-0" })
        #expect(t0.members.first { $0.id == "m1" }?.publicTies == 3, "one co-authorship from each of the three pages")
        // The key reached the server and nothing rsdd wrote.
        let e = FileManager.default.enumerator(atPath: ws.root.path)
        while let rel = e?.nextObject() as? String {
            let path = ws.root.appendingPathComponent(rel).path
            guard !rel.hasPrefix(".rsdd/snapshots/"), let data = FileManager.default.contents(atPath: path) else { continue }
            #expect(data.range(of: Data(Self.key.utf8)) == nil, "\(rel) holds the API key")
        }
    }

    @Test func aPageThatNeverComesMakesItsMembersIncomplete() throws {
        let (outcome, server, _) = try run(secondPageFailures: 100)
        defer { server.stop() }
        let t0 = try #require(outcome.assessments.first { $0.team == "t-0" })
        #expect(!t0.complete)
        #expect(t0.incomplete.contains { $0.reason.contains("cursor=c2") }, "\(t0.incomplete)")
        // Members of the other batches are complete.
        #expect(outcome.assessments.first { $0.team == "t-49" }?.complete == true)
    }
}
