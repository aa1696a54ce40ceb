import CCurl
import Foundation

/// One libcurl multi handle driving several easy handles in parallel on the calling thread.
/// Owns the multi handle and frees it in `deinit`; the easy handles stay owned by their `CurlEasy`.
final class CurlMulti {
    private let handle: UnsafeMutableRawPointer
    private var running: [UnsafeMutableRawPointer: CurlEasy] = [:]

    init() throws {
        guard let h = curl_multi_init() else {
            throw FetchError(url: "", message: "curl_multi_init failed")
        }
        handle = h
    }

    deinit {
        for easy in running.keys { curl_multi_remove_handle(handle, easy) }
        curl_multi_cleanup(handle)
    }

    /// Starts a transfer; it runs during `poll`.
    func add(_ easy: CurlEasy) throws {
        let code = curl_multi_add_handle(handle, easy.handle)
        guard code == CURLM_OK else {
            throw FetchError(url: easy.url, message: "cannot start transfer: \(String(cString: curl_multi_strerror(code)))")
        }
        running[easy.handle] = easy
    }

    var isEmpty: Bool { running.isEmpty }

    /// Drives the transfers for at most `timeoutMs` and returns those that finished, with curl's result.
    /// Blocks the calling thread: call it from a thread of its own, never from the cooperative pool.
    func poll(timeoutMs: Int32 = 200) -> [(CurlEasy, CURLcode)] {
        var stillRunning: Int32 = 0
        _ = curl_multi_perform(handle, &stillRunning)
        var done: [(CurlEasy, CURLcode)] = []
        collect(into: &done)
        if done.isEmpty && stillRunning > 0 {
            _ = curl_multi_poll(handle, nil, 0, timeoutMs, nil)
            _ = curl_multi_perform(handle, &stillRunning)
            collect(into: &done)
        }
        return done
    }

    private func collect(into done: inout [(CurlEasy, CURLcode)]) {
        var left: Int32 = 0
        while let msg = curl_multi_info_read(handle, &left) {
            guard msg.pointee.msg == CURLMSG_DONE, let e = msg.pointee.easy_handle, let easy = running[e] else { continue }
            let result = msg.pointee.data.result
            curl_multi_remove_handle(handle, e)
            running[e] = nil
            done.append((easy, result))
        }
    }
}
