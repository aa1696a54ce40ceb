import Foundation
import RSDDCore

/// One folder per test process under the system's temporary directory, holding every test's
/// scratch files; it is removed when the process exits (kept when `RSDD_KEEP_TEST_DIRS` is set, to
/// look at what a failing test wrote). Tests used to leave a demo workspace behind per run.
public let testScratchRoot: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("rsdd-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit {
        guard ProcessInfo.processInfo.environment["RSDD_KEEP_TEST_DIRS"] == nil else { return }
        try? FileManager.default.removeItem(at: testScratchRoot)
    }
    return url
}()

/// A fresh path (not created) under this process's scratch root, for one test.
public func temporaryPath(_ name: String) -> URL {
    testScratchRoot.appendingPathComponent("\(name)-\(UUID().uuidString)")
}

/// A fresh folder under this process's scratch root, for one test.
public func makeTemporaryDirectory(_ name: String = "rsdd-test") throws -> URL {
    let url = temporaryPath(name)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The repository root, found from this file's place in `Tests/TestSupport/`.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `../shared/data` beside the checkout, when it is there.
public var sharedData: URL? {
    let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}

extension Settings {
    /// Default settings with back-off in milliseconds, for tests of failing servers.
    public static var fast: Settings {
        var s = Settings()
        s.fetch.backoff = Seconds(0.01)
        s.fetch.retries = 2
        s.fetch.retryTime = Seconds(20)
        return s
    }
}
