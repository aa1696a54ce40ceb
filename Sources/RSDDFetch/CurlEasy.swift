import CCurl
import Foundation

/// One libcurl easy handle and the response it collects. Owns the handle and its header list and
/// frees both exactly once in `deinit`. Not Sendable: use it inside one thread.
final class CurlEasy {
    let handle: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    let url: String
    /// The transfer aborts once the body passes this many bytes.
    let maxBytes: Int

    private(set) var body = Data()
    private(set) var responseHeaders: [String: String] = [:]
    private(set) var exceededCap = false

    private static let globalInit: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    /// Options of one transfer.
    struct Options {
        var timeout: TimeInterval = 60
        var connectTimeout: TimeInterval = 15
        var maxRedirects = 5
        /// Let curl follow redirects; when off, a 3xx answer ends the transfer (see `redirectURL`).
        var followRedirects = true
        var maxBytes = 512 * 1024 * 1024
        var userAgent = "rsdd"
        var headers: [String] = []
        var caBundle: String?
    }

    init(url: String, options: Options) throws {
        _ = CurlEasy.globalInit
        guard let h = curl_easy_init() else {
            throw FetchError(url: url, message: "curl_easy_init failed")
        }
        handle = h
        self.url = url
        maxBytes = options.maxBytes
        try configure(options)
    }

    deinit {
        curl_easy_cleanup(handle)
        if let headerList { curl_slist_free_all(headerList) }
    }

    private func check(_ code: CURLcode, _ what: String) throws {
        if code != CURLE_OK {
            throw FetchError(url: url, curlCode: Int(code.rawValue), message: "cannot set \(what): \(String(cString: curl_easy_strerror(code)))")
        }
    }

    private func configure(_ o: Options) throws {
        try check(rsdd_easy_setopt_string(handle, CURLOPT_URL, url), "URL")
        try check(rsdd_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1), "nosignal")
        try check(rsdd_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, o.followRedirects ? 1 : 0), "redirects")
        try check(rsdd_easy_setopt_long(handle, CURLOPT_MAXREDIRS, o.maxRedirects), "max redirects")
        try check(rsdd_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(o.timeout * 1000)), "timeout")
        try check(rsdd_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(o.connectTimeout * 1000)), "connect timeout")
        try check(rsdd_easy_setopt_string(handle, CURLOPT_USERAGENT, o.userAgent), "user agent")
        // An empty string asks for every encoding this libcurl can decode.
        try check(rsdd_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""), "accept-encoding")
        try check(rsdd_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1), "TLS verification")
        try check(rsdd_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2), "TLS host verification")
        try check(rsdd_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https,file"), "protocols")
        // A redirect never leads to a local file.
        try check(rsdd_easy_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"), "redirect protocols")
        try check(rsdd_easy_setopt_offset(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(o.maxBytes)), "size cap")
        if let ca = o.caBundle { try check(rsdd_easy_setopt_string(handle, CURLOPT_CAINFO, ca), "CA bundle") }
        for h in o.headers { headerList = curl_slist_append(headerList, h) }
        if let headerList { try check(rsdd_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList), "headers") }

        let me = Unmanaged.passUnretained(self).toOpaque()
        try check(rsdd_easy_setopt_data_cb(handle, CURLOPT_WRITEFUNCTION) { ptr, size, count, user in
            guard let ptr, let user else { return 0 }
            let easy = Unmanaged<CurlEasy>.fromOpaque(user).takeUnretainedValue()
            return easy.receive(body: UnsafeRawBufferPointer(start: ptr, count: size * count))
        }, "write callback")
        try check(rsdd_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, me), "write data")
        try check(rsdd_easy_setopt_data_cb(handle, CURLOPT_HEADERFUNCTION) { ptr, size, count, user in
            guard let ptr, let user else { return 0 }
            let easy = Unmanaged<CurlEasy>.fromOpaque(user).takeUnretainedValue()
            easy.receive(header: UnsafeRawBufferPointer(start: ptr, count: size * count))
            return size * count
        }, "header callback")
        try check(rsdd_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, me), "header data")
    }

    private func receive(body chunk: UnsafeRawBufferPointer) -> Int {
        if body.count + chunk.count > maxBytes {
            exceededCap = true
            return 0 // tells curl to abort the transfer
        }
        body.append(contentsOf: chunk)
        return chunk.count
    }

    private func receive(header chunk: UnsafeRawBufferPointer) {
        let line = String(decoding: chunk, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            responseHeaders = [:] // a new response (after a redirect or a 100) starts its own headers
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        responseHeaders[name] = value
    }

    /// The response code: HTTP status, or 0 for file:// transfers.
    var responseCode: Int {
        var code = 0
        _ = rsdd_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    /// Where a 3xx answer points, when redirects are not followed.
    var redirectURL: String? { string(CURLINFO_REDIRECT_URL) }

    /// The URL the body came from, after the redirects curl followed; nil when it followed none.
    var finalURL: String? {
        var count = 0
        _ = rsdd_easy_getinfo_long(handle, CURLINFO_REDIRECT_COUNT, &count)
        return count > 0 ? string(CURLINFO_EFFECTIVE_URL) : nil
    }

    private func string(_ info: CURLINFO) -> String? {
        var p: UnsafeMutablePointer<CChar>?
        guard rsdd_easy_getinfo_string(handle, info, &p) == CURLE_OK, let p else { return nil }
        return String(cString: p)
    }

    /// True for http(s) URLs, whose status decides success.
    var isHTTP: Bool { url.hasPrefix("http://") || url.hasPrefix("https://") }

    /// Runs the transfer on the calling thread (blocks).
    func perform() -> CURLcode {
        curl_easy_perform(handle)
    }

    /// The error for a curl result code, in curl's words.
    func error(for code: CURLcode) -> FetchError {
        if exceededCap || code == CURLE_FILESIZE_EXCEEDED {
            return FetchError(url: url, curlCode: Int(code.rawValue), httpStatus: nonZero(responseCode),
                              message: "body larger than the size cap of \(maxBytes) bytes")
        }
        var text = String(cString: curl_easy_strerror(code))
        if code == CURLE_PARTIAL_FILE { text = "truncated body (the connection closed before the announced length)" }
        if code == CURLE_TOO_MANY_REDIRECTS { text = "too many redirects (a redirect loop?)" }
        if code == CURLE_OPERATION_TIMEDOUT { text = "timed out (\(text))" }
        return FetchError(url: url, curlCode: Int(code.rawValue), httpStatus: nonZero(responseCode), message: text)
    }

    private func nonZero(_ v: Int) -> Int? { v == 0 ? nil : v }
}
