import CCurl
import Foundation

/// One URL to download, with the limits that apply to it.
public struct DownloadRequest: Sendable, Hashable {
    public var url: String
    /// Extra request headers, `Name: value`.
    public var headers: [String]
    public var timeout: TimeInterval
    public var connectTimeout: TimeInterval
    public var maxBytes: Int
    public var maxRedirects: Int
    public var userAgent: String
    /// A CA bundle to verify the server with; verification itself is never off.
    public var caBundle: String?

    public init(url: String, headers: [String] = [], timeout: TimeInterval = 60, connectTimeout: TimeInterval = 15,
                maxBytes: Int = 512 * 1024 * 1024, maxRedirects: Int = 5, userAgent: String = "rsdd",
                caBundle: String? = nil) {
        self.url = url
        self.headers = headers
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
        self.caBundle = caBundle
    }
}

/// What came back: the status (0 for file://), the body and the response headers (lower-case names).
public struct DownloadResponse: Sendable, Hashable {
    public var url: String
    public var status: Int
    public var body: Data
    public var headers: [String: String]
    public var duration: TimeInterval

    /// True for a 304 answer to a conditional request.
    public var notModified: Bool { status == 304 }
}

/// Downloads URLs with libcurl, several at once through one multi handle. Blocking: call it from a
/// thread of its own (the CLI's main thread), not from a Swift concurrency task.
public struct Downloader: Sendable {
    /// Transfers in flight at once.
    public var parallel: Int

    public init(parallel: Int = 8) {
        self.parallel = max(1, parallel)
    }

    /// Downloads every request; results come back in the order of the requests.
    /// A non-2xx HTTP status other than 304 is an error, as is a truncated or oversized body.
    public func download(_ requests: [DownloadRequest]) -> [Result<DownloadResponse, FetchError>] {
        var results = [Result<DownloadResponse, FetchError>?](repeating: nil, count: requests.count)
        let multi: CurlMulti
        do { multi = try CurlMulti() } catch {
            return requests.map { .failure(FetchError(url: $0.url, message: "\(error)")) }
        }
        var next = 0
        var index: [ObjectIdentifier: (Int, UInt64)] = [:]
        var active: [CurlEasy] = []
        while next < requests.count || !multi.isEmpty {
            while active.count < parallel && next < requests.count {
                let i = next
                next += 1
                let r = requests[i]
                do {
                    let easy = try CurlEasy(url: r.url, options: .init(
                        timeout: r.timeout, connectTimeout: r.connectTimeout, maxRedirects: r.maxRedirects,
                        maxBytes: r.maxBytes, userAgent: r.userAgent, headers: r.headers, caBundle: r.caBundle))
                    try multi.add(easy)
                    index[ObjectIdentifier(easy)] = (i, DispatchTime.now().uptimeNanoseconds)
                    active.append(easy)
                } catch let e as FetchError {
                    results[i] = .failure(e)
                } catch {
                    results[i] = .failure(FetchError(url: r.url, message: "\(error)"))
                }
            }
            for (easy, code) in multi.poll() {
                guard let (i, started) = index.removeValue(forKey: ObjectIdentifier(easy)) else { continue }
                active.removeAll { $0 === easy }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                results[i] = Downloader.outcome(easy, code, seconds)
            }
        }
        return results.map { $0 ?? .failure(FetchError(url: "", message: "transfer lost")) }
    }

    private static func outcome(_ easy: CurlEasy, _ code: CURLcode, _ seconds: TimeInterval) -> Result<DownloadResponse, FetchError> {
        guard code == CURLE_OK else { return .failure(easy.error(for: code)) }
        let status = easy.responseCode
        let isHTTP = easy.url.hasPrefix("http://") || easy.url.hasPrefix("https://")
        if isHTTP && !((200..<300).contains(status) || status == 304) {
            return .failure(FetchError(url: easy.url, httpStatus: status, message: "HTTP \(status)"))
        }
        return .success(DownloadResponse(url: easy.url, status: status, body: easy.body,
                                         headers: easy.responseHeaders, duration: seconds))
    }
}
