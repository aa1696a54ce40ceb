import CCurl
import Foundation
import RSDDCore

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
    /// Follow redirects only to the URL's own scheme, host and port; one to any other is an error,
    /// made without a request to it (for a URL a server named: a part of a record).
    public var sameOrigin: Bool

    public init(url: String, headers: [String] = [], timeout: TimeInterval = 120, connectTimeout: TimeInterval = 20,
                maxBytes: Int = 512 << 20, maxRedirects: Int = 5, userAgent: String = "rsdd",
                caBundle: String? = nil, sameOrigin: Bool = false) {
        self.url = url
        self.headers = headers
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
        self.caBundle = caBundle
        self.sameOrigin = sameOrigin
    }

    /// The host politeness limits apply to; empty for file:// URLs.
    public var host: String {
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { return "" }
        return URLComponents(string: url)?.host?.lowercased() ?? ""
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

/// One attempt at a URL, as the fetch log keeps it.
public struct DownloadAttempt: Sendable, Hashable {
    /// 1 for the first attempt, 2 for the first retry, …
    public var number: Int
    public var started: Date
    public var duration: TimeInterval
    /// The HTTP status, when a response arrived.
    public var httpStatus: Int?
    /// Where the answer came from, when redirects led away from the requested URL.
    public var finalURL: String?
    /// Why the attempt did not give a usable body; nil for a success.
    public var error: FetchError?
    public var bytes: Int
    public var etag: String?
    public var lastModified: String?
    /// Seconds until the next attempt, when this one is retried.
    public var retryIn: TimeInterval?
}

/// The result of one request over all its attempts.
public struct DownloadResult: Sendable {
    public var result: Result<DownloadResponse, FetchError>
    public var attempts: [DownloadAttempt]
}

/// When and how often a failed transfer is tried again.
public struct RetryPolicy: Sendable, Hashable {
    /// Further attempts after the first.
    public var retries: Int
    /// The first back-off; it doubles with each retry (up to `maxBackoff`), times a jitter in [0.5, 1].
    public var backoff: TimeInterval
    public var maxBackoff: TimeInterval
    /// No retry starts later than this after the first attempt.
    public var retryTime: TimeInterval

    public init(retries: Int = 4, backoff: TimeInterval = 2, maxBackoff: TimeInterval = 60, retryTime: TimeInterval = 300) {
        self.retries = max(0, retries)
        self.backoff = backoff
        self.maxBackoff = maxBackoff
        self.retryTime = retryTime
    }

    /// HTTP statuses worth another attempt: the server is overloaded or briefly broken.
    static let retryableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]
    /// curl results worth another attempt: the connection failed, timed out or broke off.
    static let retryableCurlCodes: Set<CURLcode> = [
        CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_OPERATION_TIMEDOUT, CURLE_PARTIAL_FILE,
        CURLE_GOT_NOTHING, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_HTTP2, CURLE_HTTP2_STREAM,
    ]
}

/// Something a caller may want to show or keep while downloads go on.
public enum DownloadEvent: Sendable {
    /// A request has its final result (it will not be tried again).
    case finished(index: Int, DownloadResult)
    /// An attempt failed and the request will be tried again after `delay` seconds.
    case retrying(index: Int, attempt: DownloadAttempt, delay: TimeInterval)
}

/// Downloads URLs with libcurl: easy handles driven by one multi handle, at most `parallel` in
/// flight, each host held to its `HostLimit` (in flight and requests per second), failed transfers
/// retried with exponential back-off and jitter, honouring `Retry-After`. Blocking: call it from a
/// thread of its own (the CLI's main thread), not from a Swift concurrency task.
public struct Downloader: Sendable {
    /// Transfers in flight at once, over all hosts.
    public var parallel: Int
    public var retry: RetryPolicy
    /// The politeness limit of a host.
    public var limit: @Sendable (String) -> HostLimit

    public init(parallel: Int = 16, retry: RetryPolicy = RetryPolicy(),
                limit: @escaping @Sendable (String) -> HostLimit = { HostLimit.known[$0] ?? .default }) {
        self.parallel = max(1, parallel)
        self.retry = retry
        self.limit = limit
    }

    private struct Pending {
        var index: Int
        var attempt: Int
        /// Uptime (ns) before which this attempt does not start.
        var notBefore: UInt64
        /// Uptime (ns) of the request's first attempt.
        var firstStart: UInt64?
        /// The URL a same-origin redirect led to (nil: the request's), after `hops` of them.
        var url: String?
        var hops = 0
    }

    private struct Active {
        var pending: Pending
        var easy: CurlEasy
        var host: String
        var started: UInt64
        var startedDate: Date
    }

    /// Per-host state: transfers in flight and a token bucket for the request rate.
    private struct HostState {
        var inFlight = 0
        var tokens: Double
        var refilled: UInt64

        mutating func refill(_ limit: HostLimit, now: UInt64) {
            let elapsed = Double(now &- refilled) / 1e9
            tokens = min(Double(limit.burst), tokens + elapsed * limit.perSecond)
            refilled = now
        }

        /// Nanoseconds until a token is available.
        func wait(_ limit: HostLimit) -> UInt64 {
            tokens >= 1 ? 0 : UInt64((1 - tokens) / limit.perSecond * 1e9) + 1
        }
    }

    /// Downloads every request; results come back in the order of the requests. A non-2xx HTTP
    /// status other than 304 is an error, as is a truncated or oversized body. `onEvent` is called
    /// on the calling thread as requests finish or are retried.
    public func download(_ requests: [DownloadRequest], onEvent: (DownloadEvent) -> Void = { _ in }) -> [DownloadResult] {
        var results = [DownloadResult?](repeating: nil, count: requests.count)
        var attempts = [[DownloadAttempt]](repeating: [], count: requests.count)
        let multi: CurlMulti
        do { multi = try CurlMulti() } catch {
            return requests.map { DownloadResult(result: .failure(FetchError(url: $0.url, message: "\(error)")), attempts: []) }
        }
        var queue = requests.indices.map { Pending(index: $0, attempt: 1, notBefore: 0, firstStart: nil) }
        var active: [ObjectIdentifier: Active] = [:]
        var hosts: [String: HostState] = [:]
        let hostNames = requests.map(\.host)

        func finish(_ i: Int, _ result: Result<DownloadResponse, FetchError>) {
            let r = DownloadResult(result: result, attempts: attempts[i])
            results[i] = r
            onEvent(.finished(index: i, r))
        }

        func limit(of host: String) -> HostLimit {
            // file:// reads are local: only the overall limit applies.
            host.isEmpty ? HostLimit(inFlight: parallel, perSecond: 1e9, burst: 1_000_000) : self.limit(host)
        }

        while !queue.isEmpty || !active.isEmpty {
            let now = Self.uptime()
            var nextWake: UInt64 = now + 200_000_000
            var q = 0
            while q < queue.count && active.count < parallel {
                let p = queue[q]
                let host = hostNames[p.index]
                let lim = limit(of: host)
                var hs = hosts[host] ?? HostState(tokens: Double(lim.burst), refilled: now)
                hs.refill(lim, now: now)
                defer { hosts[host] = hs }
                if p.notBefore > now {
                    nextWake = min(nextWake, p.notBefore)
                    q += 1
                    continue
                }
                if hs.inFlight >= lim.inFlight {
                    q += 1 // a transfer of this host finishing wakes the poll
                    continue
                }
                if hs.tokens < 1 {
                    nextWake = min(nextWake, now + hs.wait(lim))
                    q += 1
                    continue
                }
                queue.remove(at: q)
                let r = requests[p.index]
                do {
                    let easy = try CurlEasy(url: p.url ?? r.url, options: .init(
                        timeout: r.timeout, connectTimeout: r.connectTimeout, maxRedirects: r.maxRedirects,
                        followRedirects: !r.sameOrigin, maxBytes: r.maxBytes, userAgent: r.userAgent, headers: r.headers,
                        caBundle: r.caBundle))
                    try multi.add(easy)
                    hs.inFlight += 1
                    hs.tokens -= 1
                    var started = p
                    started.firstStart = p.firstStart ?? now
                    active[ObjectIdentifier(easy)] = Active(pending: started, easy: easy, host: host, started: now, startedDate: Date())
                } catch {
                    let e = error as? FetchError ?? FetchError(url: r.url, message: "\(error)")
                    attempts[p.index].append(DownloadAttempt(number: p.attempt, started: Date(), duration: 0, error: e, bytes: 0))
                    finish(p.index, .failure(e))
                }
            }
            if active.isEmpty {
                if queue.isEmpty { break }
                let ns = nextWake > now ? nextWake - now : 1_000_000
                Thread.sleep(forTimeInterval: Double(min(ns, 200_000_000)) / 1e9)
                continue
            }
            let waitMs = Int32(max(1, min(200, (nextWake > now ? nextWake - now : 0) / 1_000_000)))
            for (easy, code) in multi.poll(timeoutMs: waitMs) {
                guard let a = active.removeValue(forKey: ObjectIdentifier(easy)) else { continue }
                hosts[a.host]?.inFlight -= 1
                let end = Self.uptime()
                let i = a.pending.index
                var attempt = DownloadAttempt(
                    number: a.pending.attempt, started: a.startedDate, duration: Double(end - a.started) / 1e9,
                    httpStatus: easy.isHTTP && easy.responseCode != 0 ? easy.responseCode : nil,
                    finalURL: a.pending.hops > 0 ? easy.url : easy.finalURL, error: nil,
                    bytes: easy.body.count, etag: easy.responseHeaders["etag"], lastModified: easy.responseHeaders["last-modified"])
                if requests[i].sameOrigin, code == CURLE_OK, (300..<400).contains(easy.responseCode), easy.responseCode != 304 {
                    switch Self.redirect(easy, from: requests[i], hops: a.pending.hops) {
                    case .success(let next):
                        var p = a.pending
                        p.url = next
                        p.hops += 1
                        p.notBefore = 0
                        queue.insert(p, at: 0)
                    case .failure(let error):
                        attempt.error = error
                        attempts[i].append(attempt)
                        finish(i, .failure(error))
                    }
                    continue
                }
                switch Self.classify(easy, code, seconds: attempt.duration) {
                case .success(let response):
                    attempts[i].append(attempt)
                    finish(i, .success(response))
                case .failure(let error, let retryable):
                    attempt.error = error
                    let delay = retryable ? retryDelay(after: a.pending, retryAfter: easy.responseHeaders["retry-after"], now: end) : nil
                    switch delay {
                    case .some(.success(let seconds)):
                        attempt.retryIn = seconds
                        attempts[i].append(attempt)
                        onEvent(.retrying(index: i, attempt: attempt, delay: seconds))
                        queue.append(Pending(index: i, attempt: a.pending.attempt + 1,
                                             notBefore: end + UInt64(seconds * 1e9), firstStart: a.pending.firstStart))
                    case .some(.failure(let why)):
                        attempts[i].append(attempt)
                        var e = error
                        e.message += "; \(why)"
                        finish(i, .failure(e))
                    case .none:
                        attempts[i].append(attempt)
                        finish(i, .failure(error))
                    }
                }
            }
        }
        return results.enumerated().map { i, r in
            r ?? DownloadResult(result: .failure(FetchError(url: requests[i].url, message: "transfer lost")), attempts: attempts[i])
        }
    }

    private struct GiveUp: Error, CustomStringConvertible { var description: String }

    /// Seconds until the next attempt, or why there is none.
    private func retryDelay(after p: Pending, retryAfter: String?, now: UInt64) -> Result<TimeInterval, GiveUp> {
        let made = p.attempt
        guard made <= retry.retries else {
            return .failure(GiveUp(description: "gave up after \(made) attempt\(made == 1 ? "" : "s")"))
        }
        let elapsed = Double(now - (p.firstStart ?? now)) / 1e9
        let left = retry.retryTime - elapsed
        var delay: TimeInterval
        if let asked = retryAfter.flatMap(Self.parseRetryAfter) {
            guard asked <= left else {
                return .failure(GiveUp(description: "the server asked to retry after \(Int(asked.rounded(.up))) s, beyond the retry time of \(Int(retry.retryTime)) s"))
            }
            delay = asked
        } else {
            let base = min(retry.maxBackoff, retry.backoff * pow(2, Double(made - 1)))
            delay = base * Double.random(in: 0.5...1.0)
        }
        guard delay <= left else {
            return .failure(GiveUp(description: "gave up after \(made) attempt\(made == 1 ? "" : "s") (retry time \(Int(retry.retryTime)) s)"))
        }
        delay = max(0, delay)
        return .success(delay)
    }

    /// `Retry-After`: seconds, or an HTTP date.
    public static func parseRetryAfter(_ value: String) -> TimeInterval? {
        let v = value.trimmingCharacters(in: .whitespaces)
        if let n = Double(v), n >= 0 { return n }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let d = f.date(from: v) else { return nil }
        return max(0, d.timeIntervalSinceNow)
    }

    /// Where a 3xx answer to a same-origin request leads, or why it is not followed.
    private static func redirect(_ easy: CurlEasy, from request: DownloadRequest, hops: Int) -> Result<String, FetchError> {
        let status = easy.responseCode
        guard let next = easy.redirectURL else {
            return .failure(FetchError(url: request.url, httpStatus: status, message: "HTTP \(status) without a Location"))
        }
        guard PartKey.allowed(next, record: request.url) else {
            return .failure(FetchError(url: request.url, httpStatus: status,
                                       message: "HTTP \(status) to \(next), another origin: not followed (a part stays on its record's scheme, host and port)"))
        }
        guard hops < request.maxRedirects else {
            return .failure(FetchError(url: request.url, httpStatus: status, message: "too many redirects (a redirect loop?)"))
        }
        return .success(next)
    }

    private enum Classified {
        case success(DownloadResponse)
        case failure(FetchError, retryable: Bool)
    }

    private static func classify(_ easy: CurlEasy, _ code: CURLcode, seconds: TimeInterval) -> Classified {
        guard code == CURLE_OK else {
            let capped = easy.exceededCap || code == CURLE_FILESIZE_EXCEEDED
            return .failure(easy.error(for: code), retryable: !capped && RetryPolicy.retryableCurlCodes.contains(code))
        }
        let status = easy.responseCode
        if easy.isHTTP && !((200..<300).contains(status) || status == 304) {
            return .failure(FetchError(url: easy.url, httpStatus: status, message: "HTTP \(status)"),
                            retryable: RetryPolicy.retryableStatuses.contains(status))
        }
        return .success(DownloadResponse(url: easy.url, status: status, body: easy.body,
                                         headers: easy.responseHeaders, duration: seconds))
    }

    static func uptime() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
