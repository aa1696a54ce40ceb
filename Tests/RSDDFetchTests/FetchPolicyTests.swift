import Foundation
import RSDDCore
import RSDDFetch
import RSDDStore
import Synchronization
import Testing
import TestSupport

/// The behaviour a nightly job needs from the fetch stage against slow, limited or broken servers.
@Suite struct FetchPolicyTests {
    func source(_ url: String, extra: String = "") throws -> SourceSpec {
        try YAMLFile.decode(SourceSpec.self, yaml: """
        id: live
        title: Live list
        url: \(url)
        format: html
        category: entity-of-concern
        refresh: 24h
        records: {path: //tr, fields: {name: td}}
        \(extra)
        """, displayPath: "sources.d/live.yml")
    }

    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func twoServiceUnavailableAnswersThenSuccessWithinTheRetryBound() throws {
        let count = Mutex(0)
        let server = try TestHTTPServer { _ in
            let n = count.withLock { c -> Int in c += 1; return c }
            return n <= 2 ? .text("busy", status: 503) : .text("<tr><td>A</td></tr>")
        }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        let status = try fastFetcher(ws, now: t0).fetch([try source(server.url("/l"))], members: MemberKeys())
        #expect(status[0].state == .fresh)
        #expect(server.requests.count == 3)
        let log = try StateStore(workspace: ws).attempts(source: "live")
        #expect(log.map(\.outcome) == [.retried, .retried, .stored])
        #expect(log.map(\.httpStatus) == [503, 503, 200])
        #expect(log.map(\.attempt) == [1, 2, 3])
        #expect(log[2].sha256 == Files.sha256(Data("<tr><td>A</td></tr>".utf8)))
        #expect(log[2].bytes == 19)
    }

    @Test func tooManyRequestsWithRetryAfterWaitsAndSucceeds() throws {
        let count = Mutex(0)
        let server = try TestHTTPServer { _ in
            let n = count.withLock { c -> Int in c += 1; return c }
            return n == 1 ? .text("slow down", status: 429, headers: ["Retry-After: 1"]) : .text("<tr><td>A</td></tr>")
        }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        let status = try fastFetcher(ws, now: t0).fetch([try source(server.url("/l"))], members: MemberKeys())
        #expect(status[0].state == .fresh)
        let times = server.arrivalTimes
        #expect(times.count == 2)
        // The fast settings back off 10 ms; only Retry-After explains a wait of a second.
        #expect(times[1] - times[0] >= 0.95)
    }

    @Test func retryAfterBeyondTheRetryTimeGivesUpAtOnce() throws {
        let server = try TestHTTPServer { _ in .text("later", status: 503, headers: ["Retry-After: 3600"]) }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        let status = try fastFetcher(ws, now: t0).fetch([try source(server.url("/l"))], members: MemberKeys())
        #expect(status[0].state == .failed)
        #expect(status[0].error?.contains("asked to retry after 3600 s") == true)
        #expect(server.requests.count == 1)
    }

    @Test func aServerThatAnswersAfterFortySecondsFailsOnTheTimeout() throws {
        let server = try TestHTTPServer { _ in TestResponse(body: Data("late".utf8), delay: 40) }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        var settings = Settings.fast
        settings.fetch.retries = 1
        let started = Date()
        let status = try fastFetcher(ws, now: t0, settings: settings)
            .fetch([try source(server.url("/l"), extra: "timeout: 1s")], members: MemberKeys())
        let elapsed = Date().timeIntervalSince(started)
        #expect(status[0].state == .failed)
        #expect(status[0].error?.contains("timed out") == true)
        #expect(elapsed < 10, "two attempts of 1 s each, not 40 s")
        #expect(server.requests.count == 2)
    }

    @Test func aTruncatedBodyFailsAndThePreviousSnapshotStays() throws {
        let truncate = Mutex(false)
        let server = try TestHTTPServer { _ in
            truncate.withLock { $0 }
                ? TestResponse(body: Data(repeating: 66, count: 10_000), truncateAfter: 3_000)
                : .text("<tr><td>Good</td></tr>")
        }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        let spec = try source(server.url("/l"))
        _ = try fastFetcher(ws, now: t0).fetch([spec], members: MemberKeys())
        truncate.withLock { $0 = true }
        let status = try fastFetcher(ws, now: t0.addingTimeInterval(100_000)).fetch([spec], members: MemberKeys())
        #expect(status[0].state == .stale)
        #expect(status[0].error?.contains("truncated") == true)
        let entries = try StateStore(workspace: ws).snapshotEntries()
        let snap = try #require(SnapshotStore(workspace: ws).snapshot(of: spec, entries: entries))
        #expect(try Data(contentsOf: snap.file) == Data("<tr><td>Good</td></tr>".utf8))
        // No snapshot of the partial bytes was kept.
        let stored = try FileManager.default.contentsOfDirectory(atPath: ws.stateDir.appendingPathComponent("snapshots").path)
        #expect(stored == [snap.provenance.sha256])
    }

    @Test func aRedirectLoopFailsWithoutRetries() throws {
        let server = try TestHTTPServer { req in TestResponse(status: 302, headers: ["Location: \(req.path == "/a" ? "/b" : "/a")"]) }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        let status = try fastFetcher(ws, now: t0).fetch([try source(server.url("/a"))], members: MemberKeys())
        #expect(status[0].state == .failed)
        #expect(status[0].error?.contains("redirect") == true)
        #expect(server.requests.count == 6) // the first request and 5 redirects, once
    }

    @Test func anEndlessBodyStopsAtTheSizeCap() throws {
        let server = try TestHTTPServer { _ in TestResponse(body: Data(repeating: 67, count: 65_536), endless: true) }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        let status = try fastFetcher(ws, now: t0).fetch([try source(server.url("/l"), extra: "max_bytes: 1MB")], members: MemberKeys())
        #expect(status[0].state == .failed)
        #expect(status[0].error?.contains("size cap of 1048576 bytes") == true)
        #expect(server.requests.count == 1, "a body over the cap is not retried")
        let log = try StateStore(workspace: ws).attempts()
        #expect(log.count == 1)
        #expect((log[0].bytes ?? .max) <= 1_048_576)
    }

    @Test func aNotFoundFailsWithoutRetries() throws {
        let server = try TestHTTPServer { _ in .text("gone", status: 404) }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        let status = try fastFetcher(ws, now: t0).fetch([try source(server.url("/l"))], members: MemberKeys())
        #expect(status[0].state == .failed)
        #expect(status[0].error == "HTTP 404")
        #expect(server.requests.count == 1)
        let log = try StateStore(workspace: ws).attempts()
        #expect(log.map(\.outcome) == [.failed])
        #expect(log.map(\.httpStatus) == [404])
    }

    @Test func perHostLimitsHoldTransfersInFlightAndTheRequestRate() throws {
        let server = try TestHTTPServer { req in TestResponse(body: Data(req.path.utf8), delay: 0.1) }
        defer { server.stop() }
        let requests = (0..<12).map { DownloadRequest(url: server.url("/r\($0)")) }
        let d = Downloader(parallel: 16, limit: { _ in HostLimit(inFlight: 3, perSecond: 1000, burst: 1000) })
        let results = d.download(requests)
        #expect(results.allSatisfy { (try? $0.result.get()) != nil })
        #expect(server.maxInFlight == 3)

        let paced = try TestHTTPServer { _ in .text("ok") }
        defer { paced.stop() }
        let slow = Downloader(parallel: 16, limit: { _ in HostLimit(inFlight: 8, perSecond: 10, burst: 2) })
        _ = slow.download((0..<6).map { DownloadRequest(url: paced.url("/p\($0)")) })
        let times = paced.arrivalTimes.sorted()
        // A burst of 2, then one request each 100 ms: the sixth arrives 0.4 s after the first.
        #expect(times.count == 6)
        #expect(times[5] - times[0] >= 0.35)
    }

    @Test func theUserAgentNamesRsddAndTheContactAndCompressionIsOffered() throws {
        let server = try TestHTTPServer { _ in .text("<tr><td>A</td></tr>") }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        var settings = Settings.fast
        settings.contact = "mailto:dd-office@example.org"
        _ = try fastFetcher(ws, now: t0, settings: settings).fetch([try source(server.url("/l"))], members: MemberKeys())
        let ua = try #require(server.requests.first?.headers["user-agent"])
        #expect(ua.hasPrefix("rsdd/"))
        #expect(ua.contains("mailto:dd-office@example.org"))
        #expect(server.requests.first?.headers["accept-encoding"]?.contains("gzip") == true)
    }

    @Test func perMemberSourcesAreFetchedForTheGivenMembersOnly() throws {
        let server = try TestHTTPServer { req in .text("<record>\(req.path)</record>") }
        defer { server.stop() }
        let ws = Workspace(root: try makeTemporaryDirectory())
        let orcid = try YAMLFile.decode(SourceSpec.self, yaml: """
        id: orcid
        title: ORCID
        url: \(server.url("/v3.0/{orcid}/record"))
        format: orcid
        per: member
        """, displayPath: "sources.d/orcid.yml")
        let status = try fastFetcher(ws, now: t0).fetch([orcid], members: MemberKeys(orcids: ["9999-0000-0000-0019", "9999-0000-0000-0027"]))
        #expect(status[0].state == .fresh)
        #expect(server.requests.map(\.path).sorted() == ["/v3.0/9999-0000-0000-0019/record", "/v3.0/9999-0000-0000-0027/record"])
        let keys = try StateStore(workspace: ws).snapshotEntries().keys.sorted()
        #expect(keys == ["orcid/9999-0000-0000-0019", "orcid/9999-0000-0000-0027"])
    }

    @Test func retryAfterAcceptsSecondsAndHTTPDates() {
        #expect(Downloader.parseRetryAfter("120") == 120)
        let date = Downloader.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")
        #expect(date == 0, "a date in the past means now")
        #expect(Downloader.parseRetryAfter("soon") == nil)
    }
}

@Suite struct SettingsTests {
    @Test func rsddYmlSetsHostLimitsAndTheContact() throws {
        let s = try YAMLFile.decode(Settings.self, yaml: """
        contact: mailto:office@example.org
        fetch:
          parallel: 8
          retries: 3
          backoff: 500ms
          timeout: 2min
          max_bytes: 50MB
          hosts:
            default: {in_flight: 2, per_second: 1}
            example.org: {in_flight: 6, per_second: 12, burst: 20}
        """, displayPath: "rsdd.yml")
        #expect(s.fetch.parallel == 8)
        #expect(s.fetch.backoff.value == 0.5)
        #expect(s.fetch.timeout.value == 120)
        #expect(s.fetch.maxBytes.value == 50 << 20)
        #expect(s.fetch.limit(for: "example.org") == HostLimit(inFlight: 6, perSecond: 12, burst: 20))
        #expect(s.fetch.limit(for: "other.example") == HostLimit(inFlight: 2, perSecond: 1, burst: 1))
        // ORCID's published limit applies unless rsdd.yml names the host.
        #expect(s.fetch.limit(for: "pub.orcid.org") == HostLimit(inFlight: 8, perSecond: 24, burst: 40))
        #expect(s.userAgent.contains("mailto:office@example.org"))
    }

    @Test(arguments: [
        ("fetch:\n  paralel: 4\n", "rsdd.yml:2: key 'paralel': unknown key"),
        ("fetch:\n  timeout: soon\n", "rsdd.yml:2: key 'timeout': 'soon' is not a length of time"),
        ("fetch:\n  hosts:\n    a.org: {in_flight: 0}\n", "rsdd.yml:3: key 'in_flight': must be at least 1"),
        ("fetch:\n  max_bytes: -5\n", "rsdd.yml:2: key 'max_bytes': a size must be positive"),
    ])
    func wrongSettingsNameTheFileLineAndKey(yaml: String, message: String) {
        let error = #expect(throws: ConfigError.self) { try YAMLFile.decode(Settings.self, yaml: yaml, displayPath: "rsdd.yml") }
        #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "")")
    }

    @Test func aMisspeltSourceKeyIsAnError() {
        let error = #expect(throws: ConfigError.self) {
            try YAMLFile.decode(SourceSpec.self, yaml: """
            id: a
            title: A
            url: a.html
            format: html
            timout: 5s
            records: {path: //tr, fields: {name: td}}
            """, displayPath: "sources.d/a.yml")
        }
        #expect(error?.description.hasPrefix("sources.d/a.yml:5: key 'timout': unknown key") == true, "\(error?.description ?? "")")
    }
}
