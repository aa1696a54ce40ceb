import Crypto
import Foundation

/// Hashing, atomic writes and deterministic JSON: the few file operations every stage shares.
public enum Files {
    /// Lower-case hex SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in SHA256.hash(data: data) {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes `data` to a temporary file beside `url` and renames it over `url`, so a reader never
    /// sees half a file and a killed process leaves the old one.
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        try data.write(to: tmp)
        if rename(tmp.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: tmp)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, "errno": code])
        }
    }

    /// Swaps two paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`), so that no moment
    /// exists where either is missing. False where the system offers no such call; then the
    /// caller swaps by two renames and repairs a half-done swap on its next start.
    public static func exchange(_ a: URL, _ b: URL) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        // Looked up at run time: glibc declares renameat2 only for _GNU_SOURCE, which Swift's
        // Glibc module does not define.
        guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(sym, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 2 // RENAME_EXCHANGE
        return renameat2(AT_FDCWD, a.path, AT_FDCWD, b.path, exchangeFlag) == 0
    }

    /// Writes `data` to a new file at `url` without waiting for the disk (Foundation's
    /// `Data.write` syncs every file: thirty thousand report files took a quarter of a minute).
    /// For files staged in a folder that `syncFileSystem(of:)` then flushes at once, before the
    /// folder is swapped in.
    public static func writeUnsynced(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)]) }
        defer { close(fd) }
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress!.advanced(by: offset), raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
                }
                offset += n
            }
        }
    }

    /// Flushes the file system that holds `url` to disk (one `syncfs`): files written with
    /// `writeUnsynced` are then as safe as if each had been synced.
    public static func syncFileSystem(of url: URL) {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        typealias SyncFS = @convention(c) (Int32) -> Int32
        if let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
            _ = unsafeBitCast(sym, to: SyncFS.self)(fd)
        } else {
            sync()
        }
    }

    /// A JSON encoder whose output depends only on the value: sorted keys, fixed layout.
    public static func jsonEncoder(pretty: Bool = true) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// `items` as `jsonEncoder()` writes an array of them, byte for byte, with the elements
    /// encoded on every core (ten thousand teams' results took a second on one).
    public static func prettyJSONArray<T: Encodable & Sendable>(_ items: [T]) throws -> Data {
        guard !items.isEmpty else { return try jsonEncoder().encode(items) }
        // Each element encoded, and each of its lines indented one level deeper, as inside the
        // array (the empty line of an empty array stays empty), on every core.
        let parts = Workspace.parallelMap(items) { item in
            Result { () throws -> [UInt8] in
                let bytes = try jsonEncoder().encode(item)
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count + bytes.count / 8)
                var lineStart = true
                for b in bytes {
                    if lineStart && b != 0x0A { out.append(0x20); out.append(0x20) }
                    out.append(b)
                    lineStart = b == 0x0A
                }
                return out
            }
        }
        var out: [UInt8] = Array("[\n".utf8)
        for (i, part) in parts.enumerated() {
            if i > 0 { out += Array(",\n".utf8) }
            out += try part.get()
        }
        out += Array("\n]".utf8)
        return Data(out)
    }

    /// `2026-11-25T04:27:44Z`.
    public static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    /// Parses a timestamp written by `timestamp(_:)`.
    public static func date(fromTimestamp text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: text)
    }
}
