import Foundation

/// The layout of rsdd's own binary caches (the decoded teams, a registry's prepared names):
/// lengths and counts as 4-byte little-endian integers, strings as their UTF-8 bytes after their
/// length, an optional string as a flag byte then the string. Each cache adds its entries'
/// fields in a fixed order; a file is checked by a digest of its payload before it is read.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func int(_ n: Int) {
        var v = UInt32(truncatingIfNeeded: n)
        for _ in 0..<4 { bytes.append(UInt8(v & 0xFF)); v >>= 8 }
    }
    public mutating func byte(_ b: UInt8) { bytes.append(b) }
    public mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }
    public mutating func optional(_ s: String?) {
        bytes.append(s == nil ? 0 : 1)
        if let s { string(s) }
    }
    public mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }
    public mutating func nested(_ lists: [[String]]) {
        int(lists.count)
        for l in lists { strings(l) }
    }
    /// A dictionary, its keys sorted (the same bytes on every run).
    public mutating func map(_ m: [String: String]) {
        let pairs = m.sorted { $0.key < $1.key }
        int(pairs.count)
        for (k, v) in pairs { string(k); string(v) }
    }
}

/// Reads what `BinaryWriter` wrote; nil at the first value the bytes left cannot hold (a length
/// or a count beyond them is no file of this layout: never a trap, never a large allocation).
public struct BinaryReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    public init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    public var atEnd: Bool { at == bytes.count }

    public mutating func take(_ n: Int) -> UnsafeBufferPointer<UInt8>.SubSequence? {
        guard n >= 0, n <= bytes.count - at else { return nil }
        defer { at += n }
        return bytes[at..<(at + n)]
    }
    public mutating func int() -> Int? {
        guard let b = take(4) else { return nil }
        return b.reversed().reduce(0) { $0 << 8 | Int($1) }
    }
    public mutating func byte() -> UInt8? { take(1)?.first }
    /// A count of elements that take `atLeast` bytes each: no more than the bytes left can hold.
    public mutating func count(atLeast: Int = 4) -> Int? {
        guard let n = int(), n <= (bytes.count - at) / max(atLeast, 1) else { return nil }
        return n
    }
    public mutating func string() -> String? {
        guard let n = int(), let b = take(n) else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: b), as: UTF8.self)
    }
    public mutating func optional() -> String?? {
        guard let flag = byte(), flag <= 1 else { return nil }
        return flag == 0 ? .some(nil) : string().map { .some($0) }
    }
    public mutating func strings() -> [String]? {
        guard let n = count() else { return nil }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { guard let s = string() else { return nil }; out.append(s) }
        return out
    }
    public mutating func map() -> [String: String]? {
        guard let n = count(atLeast: 8) else { return nil }
        var out: [String: String] = [:]
        for _ in 0..<n { guard let k = string(), let v = string() else { return nil }; out[k] = v }
        return out
    }
    public mutating func nested() -> [[String]]? {
        guard let n = count() else { return nil }
        var out: [[String]] = []
        for _ in 0..<n { guard let s = strings() else { return nil }; out.append(s) }
        return out
    }
}
