import Foundation
import RSDDCore

/// A fresh folder under the system's temporary directory, for one test.
public func makeTemporaryDirectory(_ name: String = "rsdd-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
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
