import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A request as the test server saw it.
public struct TestRequest: Sendable {
    public var method: String
    public var path: String
    /// Header names in lower case.
    public var headers: [String: String]
}

/// What the test server sends back: raw bytes, so a test can send a truncated body or bad headers.
public struct TestResponse: Sendable {
    public var status: Int
    public var headers: [String]
    public var body: Data
    /// Seconds to wait before answering.
    public var delay: Double
    /// Close the connection after this many body bytes (a truncated transfer).
    public var truncateAfter: Int?
    /// Send `body` again and again, with no Content-Length, until the client closes (an endless body).
    public var endless: Bool

    public init(status: Int = 200, headers: [String] = [], body: Data = Data(), delay: Double = 0,
                truncateAfter: Int? = nil, endless: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.truncateAfter = truncateAfter
        self.endless = endless
    }

    public static func text(_ s: String, status: Int = 200, headers: [String] = []) -> TestResponse {
        TestResponse(status: status, headers: headers, body: Data(s.utf8))
    }
}

/// An HTTP/1.1 server on 127.0.0.1 for tests: listens on a free port, answers each connection on
/// a thread of its own with `handler`, records the requests, and stops in `stop()` (or deinit).
public final class TestHTTPServer: Sendable {
    public let port: Int
    private let fd: Int32
    private let handler: @Sendable (TestRequest) -> TestResponse
    private let state = Mutex<(stopped: Bool, requests: [TestRequest], inFlight: Int, maxInFlight: Int, times: [Double])>((false, [], 0, 0, []))

    public init(handler: @escaping @Sendable (TestRequest) -> TestResponse) throws {
        self.handler = handler
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard s >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(s, 128) == 0 else {
            close(s)
            throw POSIXError(.EADDRINUSE)
        }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &len) }
        }
        port = Int(UInt16(bigEndian: addr.sin_port))
        fd = s
        let t = Thread { [self] in acceptLoop() }
        t.start()
    }

    deinit {
        stop()
    }

    /// `http://127.0.0.1:<port><path>`.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The requests served so far.
    public var requests: [TestRequest] { state.withLock { $0.requests } }

    /// The most requests the server was answering at one time.
    public var maxInFlight: Int { state.withLock { $0.maxInFlight } }

    /// When each request arrived, in seconds of uptime.
    public var arrivalTimes: [Double] { state.withLock { $0.times } }

    /// Stops accepting connections.
    public func stop() {
        let first = state.withLock { s -> Bool in
            defer { s.stopped = true }
            return !s.stopped
        }
        if first {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
    }

    private func acceptLoop() {
        while !state.withLock({ $0.stopped }) {
            let c = accept(fd, nil, nil)
            if c < 0 { return }
            let t = Thread { [self] in serve(c) }
            t.start()
        }
    }

    private func serve(_ c: Int32) {
        defer { close(c) }
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !buffer.containsHeaderEnd {
            let n = recv(c, &chunk, chunk.count, 0)
            if n <= 0 { return }
            buffer += chunk[0..<n]
        }
        let head = String(decoding: buffer, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
        var lines = head.components(separatedBy: "\r\n")
        let first = lines.removeFirst().split(separator: " ")
        var headers: [String: String] = [:]
        for l in lines {
            guard let colon = l.firstIndex(of: ":") else { continue }
            headers[l[..<colon].lowercased()] = l[l.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let req = TestRequest(method: first.first.map(String.init) ?? "", path: first.dropFirst().first.map(String.init) ?? "/", headers: headers)
        state.withLock {
            $0.requests.append(req)
            $0.times.append(Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
            $0.inFlight += 1
            $0.maxInFlight = max($0.maxInFlight, $0.inFlight)
        }
        var counted = true
        defer { if counted { state.withLock { $0.inFlight -= 1 } } }
        let r = handler(req)
        if r.delay > 0 {
            // Sleep in small steps so that a stopped server lets the test finish.
            var left = r.delay
            while left > 0 && !state.withLock({ $0.stopped }) {
                Thread.sleep(forTimeInterval: min(0.05, left))
                left -= 0.05
            }
        }
        // No longer "in flight" once the answer starts: the client may send its next request as
        // soon as it has read this one, before this thread has closed the connection.
        state.withLock { $0.inFlight -= 1 }
        counted = false
        var out = "HTTP/1.1 \(r.status) X\r\n"
        var hs = r.headers
        if !r.endless && !hs.contains(where: { $0.lowercased().hasPrefix("content-length:") }) { hs.append("Content-Length: \(r.body.count)") }
        hs.append("Connection: close")
        out += hs.map { $0 + "\r\n" }.joined() + "\r\n"
        var bytes = Array(out.utf8) + Array(r.body.prefix(r.truncateAfter ?? r.body.count))
        repeat {
            while !bytes.isEmpty {
                let n = send(c, bytes, bytes.count, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                bytes.removeFirst(n)
            }
            bytes = r.endless && !r.body.isEmpty && !state.withLock({ $0.stopped }) ? Array(r.body) : []
        } while !bytes.isEmpty
    }
}

extension [UInt8] {
    var containsHeaderEnd: Bool {
        guard count >= 4 else { return false }
        for i in 0...(count - 4) where self[i] == 13 && self[i + 1] == 10 && self[i + 2] == 13 && self[i + 3] == 10 {
            return true
        }
        return false
    }
}
