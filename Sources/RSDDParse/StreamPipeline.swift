import Foundation
import Synchronization

/// Records read by the stream reader's thread, a batch at a time: the raw bytes of every value
/// and where each record's values start.
struct RawBatch: Sendable {
    var bytes: [UInt8] = []
    var values: [RawValue] = []
    /// Index into `values` where each record starts.
    var recordStarts: [Int] = []
    /// Each record's position in the file (1-based).
    var positions: [Int] = []
}

/// A bounded queue of batches between the reader thread and the thread building records, so
/// that memory stays flat however far ahead the reader gets.
final class BatchQueue: Sendable {
    private let state = Mutex<(batches: [RawBatch], done: Bool, error: ParseError?, cancelled: Bool)>(([], false, nil, false))
    private let items = DispatchSemaphore(value: 0)
    private let space: DispatchSemaphore
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        space = DispatchSemaphore(value: capacity)
    }

    /// Blocks while the queue is full; false once the consumer has given up.
    func put(_ b: RawBatch) -> Bool {
        space.wait()
        let go = state.withLock { s -> Bool in
            if s.cancelled { return false }
            s.batches.append(b)
            return true
        }
        if go { items.signal() }
        return go
    }

    func finish(_ error: ParseError?) {
        state.withLock {
            $0.done = true
            $0.error = error
        }
        items.signal()
    }

    /// The next batch, or nil when the reader has finished (then `error` says how).
    func take() -> RawBatch? {
        items.wait()
        let b = state.withLock { s -> RawBatch? in s.batches.isEmpty ? nil : s.batches.removeFirst() }
        if b != nil { space.signal() }
        return b
    }

    var error: ParseError? { state.withLock { $0.error } }

    /// The consumer stops: the reader is released from a full queue and stops at its next batch.
    func cancel() {
        state.withLock { $0.cancelled = true }
        for _ in 0..<capacity { space.signal() }
    }
}
