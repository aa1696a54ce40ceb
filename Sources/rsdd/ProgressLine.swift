import Foundation
import Logging
import RSDDFetch

/// Shows fetch progress on stderr: one line rewritten in place on a terminal that understands
/// control sequences, plain log lines (one per finished URL, retry or failure) otherwise (cron,
/// `TERM=dumb`). Quiet, only failures.
final class ProgressLine: @unchecked Sendable {  // used from the thread that runs the command only
    private let style: LogStyle
    private var shown = false

    init(style: LogStyle) {
        self.style = style
    }

    func update(_ p: FetchProgress) {
        let failed = p.event.hasPrefix("failed")
        guard style.controlSequences, !style.quiet else {
            if failed {
                log.warning("fetch \(p.done)/\(p.total): \(p.key): \(p.event)")
            } else {
                note("fetch \(p.done)/\(p.total): \(p.key): \(p.event)")
            }
            return
        }
        if failed || p.event.hasPrefix("retry") {
            clear()
            if failed { log.warning("fetch: \(p.key): \(p.event)") } else { note("fetch: \(p.key): \(p.event)") }
        }
        let mb = Double(p.bytes) / 1_048_576
        FileHandle.standardError.write(Data(String(format: "\r\u{1B}[Krsdd: fetching %d/%d done, %.1f MB", p.done, p.total, mb).utf8))
        shown = true
    }

    /// Shows the stage a run is in (`resolving 120,000 records…`) on a terminal; nothing
    /// otherwise (the log has the summary line, and `RSDD_TIMING=1` the stages' times).
    func stage(_ words: String) {
        guard style.controlSequences, !style.quiet else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[Krsdd: \(words)…".utf8))
        shown = true
    }

    /// Ends the progress line, so that what follows starts on a line of its own.
    func clear() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
