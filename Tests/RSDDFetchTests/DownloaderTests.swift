import Foundation
import RSDDFetch
import Testing
import TestSupport

@Suite struct DownloaderTests {
    @Test func fetchesAFileURL() throws {
        let dir = try makeTemporaryDirectory()
        let bytes = Data((0..<5000).map { UInt8($0 % 251) })
        let file = dir.appendingPathComponent("list.bin")
        try bytes.write(to: file)
        let r = try Downloader().download([DownloadRequest(url: file.absoluteString)])[0].result.get()
        #expect(r.body == bytes)
        #expect(r.status == 0) // libcurl reports 0 for file://
    }

    @Test func aMissingFileFails() throws {
        let result = Downloader(retry: RetryPolicy(retries: 0)).download([DownloadRequest(url: "file:///nonexistent/rsdd/list.html")])[0]
        #expect(throws: FetchError.self) { try result.result.get() }
    }

    @Test func fetchesFromALocalServerWithUserAgentAndHeaders() throws {
        let server = try TestHTTPServer { req in
            req.path == "/list" ? .text("<html>ok</html>", headers: ["ETag: \"v1\""]) : .text("nope", status: 404)
        }
        defer { server.stop() }
        let results = Downloader().download([
            DownloadRequest(url: server.url("/list"), headers: ["X-Test: 1"], userAgent: "rsdd-test"),
            DownloadRequest(url: server.url("/missing")),
        ])
        let ok = try results[0].result.get()
        #expect(ok.status == 200)
        #expect(String(decoding: ok.body, as: UTF8.self) == "<html>ok</html>")
        #expect(ok.headers["etag"] == "\"v1\"")
        let error = try #require(throws: FetchError.self) { try results[1].result.get() }
        #expect(error.httpStatus == 404)
        let seen = server.requests.first { $0.path == "/list" }
        #expect(seen?.headers["user-agent"] == "rsdd-test")
        #expect(seen?.headers["x-test"] == "1")
        #expect(seen?.headers["accept-encoding"]?.isEmpty == false)
    }

    @Test func aTruncatedBodyFails() throws {
        let server = try TestHTTPServer { _ in
            TestResponse(body: Data(repeating: 65, count: 10_000), truncateAfter: 4_000)
        }
        defer { server.stop() }
        let error = try #require(throws: FetchError.self) {
            try Downloader(retry: RetryPolicy(retries: 2, backoff: 0.01)).download([DownloadRequest(url: server.url("/half"))])[0].result.get()
        }
        #expect(error.message.contains("truncated"))
        #expect(error.message.contains("gave up after 3 attempts"))
        #expect(server.requests.count == 3)
    }

    @Test func aBodyOverTheSizeCapFails() throws {
        let server = try TestHTTPServer { _ in TestResponse(body: Data(repeating: 66, count: 300_000)) }
        defer { server.stop() }
        let error = try #require(throws: FetchError.self) {
            try Downloader().download([DownloadRequest(url: server.url("/big"), maxBytes: 100_000)])[0].result.get()
        }
        #expect(error.message.contains("size cap"))
    }

    @Test func aRedirectLoopFailsCleanly() throws {
        let server = try TestHTTPServer { req in
            TestResponse(status: 302, headers: ["Location: \(req.path == "/a" ? "/b" : "/a")"])
        }
        defer { server.stop() }
        let error = try #require(throws: FetchError.self) {
            try Downloader().download([DownloadRequest(url: server.url("/a"), maxRedirects: 3)])[0].result.get()
        }
        #expect(error.curlCode == 47) // CURLE_TOO_MANY_REDIRECTS
    }

    @Test func keepsResultsInRequestOrderAcrossParallelTransfers() throws {
        let server = try TestHTTPServer { req in
            TestResponse(body: Data(req.path.utf8), delay: req.path.hasSuffix("0") ? 0.2 : 0)
        }
        defer { server.stop() }
        let paths = (0..<12).map { "/r\($0)" }
        let results = Downloader(parallel: 4).download(paths.map { DownloadRequest(url: server.url($0)) })
        #expect(try results.map { String(decoding: try $0.result.get().body, as: UTF8.self) } == paths)
    }
}
