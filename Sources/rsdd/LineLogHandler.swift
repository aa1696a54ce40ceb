import ArgumentParser
import Foundation
import Logging
import RSDDCore

/// How this process writes log lines on stderr, decided once from `--quiet`, whether stderr is
/// a terminal and `TERM`.
struct LogStyle: Sendable {
    /// Only warnings, errors and the summary line (`--quiet`).
    var quiet = false
    /// An ISO 8601 UTC time first on each line: stderr is not a terminal (cron's log file).
    var timestamps: Bool
    /// The progress line may be rewritten in place (`\r`, `ESC[K`): stderr is a terminal that
    /// understands them (`TERM` set and not `dumb`).
    var controlSequences: Bool

    init(quiet: Bool, isTerminal: Bool = isatty(STDERR_FILENO) == 1,
         term: String? = ProcessInfo.processInfo.environment["TERM"]) {
        self.quiet = quiet
        timestamps = !isTerminal
        controlSequences = isTerminal && !(term ?? "").isEmpty && term != "dumb"
    }
}

/// `--quiet`, which every subcommand takes.
struct LogOptions: ParsableArguments {
    @Flag(help: "Log only warnings, errors and the final summary line (for cron).")
    var quiet = false
}

/// A subcommand with `--quiet`: `RSDD.main` reads it before anything is logged.
protocol QuietableCommand {
    var logging: LogOptions { get }
}

/// rsdd's log lines on stderr: `rsdd: <message> key=value …`, one line per event, metadata keys
/// sorted, so that cron mail and `grep` read the same thing; when stderr is not a terminal each
/// line starts with the time (`2026-11-18T02:30:01Z rsdd: …`). Warnings and errors say so in the
/// message itself. Quiet, it writes warnings, errors and notices (the summary line) only.
struct LineLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level
    let style: LogStyle

    init(style: LogStyle) {
        self.style = style
        logLevel = style.quiet ? .notice : .info
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
        var line = (style.timestamps ? Files.timestamp(Date()) + " " : "") + "rsdd: \(event.message)"
        if !all.isEmpty {
            line += " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted("\($0.value)"))" }.joined(separator: " ")
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func quoted(_ v: String) -> String {
        v.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) ? "\"" + v.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : v
    }
}

/// The process's logger: `RSDD.main` bootstraps the logging system with a `LineLogHandler`
/// before anything is logged.
let log = Logger(label: "rsdd")
