import Foundation
import Logging

/// rsdd's log lines on stderr: `rsdd: <message> key=value …`, one line per event, metadata keys
/// sorted, so that cron mail and `grep` read the same thing. Warnings and errors say so in the
/// message itself.
struct LineLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
        var line = "rsdd: \(event.message)"
        if !all.isEmpty {
            line += " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted("\($0.value)"))" }.joined(separator: " ")
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func quoted(_ v: String) -> String {
        v.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) ? "\"" + v.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : v
    }
}

/// The process's logger (bootstrapped once, in `RSDD.main`).
let log: Logger = {
    LoggingSystem.bootstrap { _ in LineLogHandler() }
    return Logger(label: "rsdd")
}()
