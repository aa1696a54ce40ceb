import Foundation
import RSDDFetch

/// Shows fetch progress on stderr: one line rewritten in place on a terminal, plain log lines
/// (one per finished URL, retry or failure) when stderr is not a terminal (cron).
final class ProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var shown = false

    func update(_ p: FetchProgress) {
        guard isTerminal else {
            note("fetch \(p.done)/\(p.total): \(p.key): \(p.event)")
            return
        }
        if p.event.hasPrefix("failed") || p.event.hasPrefix("retry") {
            clear()
            note("fetch: \(p.key): \(p.event)")
        }
        let mb = Double(p.bytes) / 1_048_576
        FileHandle.standardError.write(Data(String(format: "\r\u{1B}[Krsdd: fetching %d/%d done, %.1f MB", p.done, p.total, mb).utf8))
        shown = true
    }

    /// Ends the progress line, so that what follows starts on a line of its own.
    func clear() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
