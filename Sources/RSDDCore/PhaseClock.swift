import Foundation

/// Wall time per stage, written to stderr when `RSDD_TIMING=1`: where a run spends its time,
/// for benchmarks and operators. Silent otherwise; never part of a report.
public final class PhaseClock: @unchecked Sendable {
    private let on: Bool
    private var last: Date
    private let lock = NSLock()

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        on = environment["RSDD_TIMING"] == "1"
        last = Date()
    }

    /// Ends the current phase, named `name`, and starts the next.
    public func lap(_ name: String) {
        guard on else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        FileHandle.standardError.write(Data(String(format: "timing %@ %.2f s\n", name, now.timeIntervalSince(last)).utf8))
        last = now
    }
}
