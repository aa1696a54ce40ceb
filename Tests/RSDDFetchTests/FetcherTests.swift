import Foundation
import RSDDCore
import RSDDFetch
import RSDDStore
import Synchronization
import Testing
import TestSupport

@Suite struct FetcherTests {
    func workspace(url: String) throws -> (Workspace, SourceSpec) {
        let dir = try makeTemporaryDirectory()
        let spec = try YAMLFile.decode(SourceSpec.self, yaml: """
        id: live
        title: Live list
        url: \(url)
        format: html
        category: entity-of-concern
        refresh: 24h
        records: {path: //tr, fields: {name: td}}
        """, displayPath: "sources.d/live.yml")
        return (Workspace(root: dir), spec)
    }

    @Test func aConditionalGetKeepsTheSnapshotOn304() throws {
        let server = try TestHTTPServer { req in
            req.headers["if-none-match"] == "\"v1\"" ? TestResponse(status: 304) : .text("<tr><td>A</td></tr>", headers: ["ETag: \"v1\""])
        }
        defer { server.stop() }
        let (ws, spec) = try workspace(url: server.url("/list"))
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try fastFetcher(ws, now: t0).fetch([spec], members: MemberKeys())
        #expect(first[0].state == .fresh)
        let second = try fastFetcher(ws, now: t0.addingTimeInterval(90_000)).fetch([spec], members: MemberKeys())
        #expect(second[0].state == .fresh)
        #expect(server.requests.count == 2)
        #expect(server.requests[1].headers["if-none-match"] == "\"v1\"")
        let store = SnapshotStore(workspace: ws)
        let snap = try #require(store.snapshot(of: spec, entries: try StateStore(workspace: ws).snapshotEntries()))
        #expect(try Data(contentsOf: snap.file) == Data("<tr><td>A</td></tr>".utf8))
        // Retrieval time stays that of the first retrieval of these bytes.
        #expect(snap.provenance.retrieved == Files.timestamp(t0))
    }

    @Test func withinTheRefreshIntervalNothingIsFetched() throws {
        let server = try TestHTTPServer { _ in .text("<tr><td>A</td></tr>") }
        defer { server.stop() }
        let (ws, spec) = try workspace(url: server.url("/list"))
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        _ = try fastFetcher(ws, now: t0).fetch([spec], members: MemberKeys())
        _ = try fastFetcher(ws, now: t0.addingTimeInterval(3600)).fetch([spec], members: MemberKeys())
        #expect(server.requests.count == 1)
        _ = try fastFetcher(ws, now: t0.addingTimeInterval(3600), force: true).fetch([spec], members: MemberKeys())
        #expect(server.requests.count == 2)
    }

    @Test func aFailingSourceKeepsItsLastGoodSnapshotAndIsStale() throws {
        let up = Mutex(true)
        let server = try TestHTTPServer { _ in
            up.withLock { $0 } ? .text("<tr><td>Good</td></tr>") : .text("down", status: 404)
        }
        defer { server.stop() }
        let (ws, spec) = try workspace(url: server.url("/list"))
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        _ = try fastFetcher(ws, now: t0).fetch([spec], members: MemberKeys())
        up.withLock { $0 = false }
        let later = try fastFetcher(ws, now: t0.addingTimeInterval(100_000)).fetch([spec], members: MemberKeys())
        #expect(later[0].state == .stale)
        #expect(later[0].error == "HTTP 404")
        #expect(later[0].lastSuccess == Files.timestamp(t0))
        let store = SnapshotStore(workspace: ws)
        let snap = try #require(store.snapshot(of: spec, entries: try StateStore(workspace: ws).snapshotEntries()))
        #expect(try Data(contentsOf: snap.file) == Data("<tr><td>Good</td></tr>".utf8))
    }

    @Test func aSourceThatNeverSucceededFailsAndOfflineMakesNoRequest() throws {
        let server = try TestHTTPServer { _ in .text("x", status: 500) }
        defer { server.stop() }
        let (ws, spec) = try workspace(url: server.url("/list"))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(try fastFetcher(ws, now: now, offline: true).fetch([spec], members: MemberKeys())[0].state == .never)
        #expect(server.requests.isEmpty)
        #expect(try fastFetcher(ws, now: now).fetch([spec], members: MemberKeys())[0].state == .failed)
    }
}

/// A fetcher with short back-off, so that tests of failures do not wait for seconds.
func fastFetcher(_ ws: Workspace, now: Date, offline: Bool = false, force: Bool = false, settings: Settings = .fast) throws -> Fetcher {
    try Fetcher(workspace: ws, now: now, offline: offline, force: force, settings: settings)
}
