/// Whitespace handling on UTF-8 bytes. Records of large lists pass through here millions of
/// times, and `Character.isWhitespace` and Foundation's trimming cost more than the parse itself.
enum Whitespace {
    /// The length of the whitespace sequence at `i` (0 when there is none): ASCII whitespace,
    /// NEL, no-break space, the Unicode spaces U+2000–U+200A, U+2028/2029, U+202F, U+205F, U+3000.
    @inline(__always)
    static func length(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || (c >= 0x09 && c <= 0x0D) { return 1 }
        if c < 0xC2 { return 0 }
        let n = b.count - i
        if c == 0xC2, n >= 2, b[i + 1] == 0x85 || b[i + 1] == 0xA0 { return 2 }
        if c == 0xE1, n >= 3, b[i + 1] == 0x9A, b[i + 2] == 0x80 { return 3 }
        if c == 0xE2, n >= 3 {
            let c1 = b[i + 1], c2 = b[i + 2]
            if c1 == 0x80, (c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF { return 3 }
            if c1 == 0x81, c2 == 0x9F { return 3 }
        }
        if c == 0xE3, n >= 3, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// The text with every run of whitespace made one space and the ends trimmed.
    static func collapse(_ b: UnsafeBufferPointer<UInt8>) -> String {
        if b.isEmpty { return "" }
        return String(unsafeUninitializedCapacity: b.count) { out in
            var n = 0
            var i = 0
            var pendingSpace = false
            while i < b.count {
                let w = length(b, i)
                if w > 0 {
                    pendingSpace = n > 0
                    i += w
                    continue
                }
                if pendingSpace {
                    out[n] = 0x20
                    n += 1
                    pendingSpace = false
                }
                out[n] = b[i]
                n += 1
                i += 1
            }
            return n
        }
    }

    /// `collapse` for a Swift string; returns it unchanged (no copy) when nothing needs doing.
    static func collapse(_ s: String) -> String {
        var s = s
        return s.withUTF8 { b in
            var clean = true
            var previousSpace = true // a space at the start is not clean either
            var i = 0
            while i < b.count {
                let w = length(b, i)
                if w > 0 {
                    if previousSpace || w > 1 || b[i] != 0x20 { clean = false; break }
                    previousSpace = true
                    i += 1
                } else {
                    previousSpace = false
                    i += 1
                }
            }
            if clean && !(b.count > 0 && previousSpace) { return nil }
            return collapse(b)
        } ?? s
    }
}
