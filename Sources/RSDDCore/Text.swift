import Foundation

/// Text from files rsdd did not write (lists, public records, team files), made safe to keep,
/// compare and print.
public enum Text {
    /// `s` without leading and trailing whitespace, as Foundation's `trimmingCharacters(in:
    /// .whitespaces)` gives it, without calling Foundation when neither end is a space (nearly
    /// always: it ran for every name and identifier of a registry).
    public static func trimmed(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return s }
        if !CharacterSet.whitespaces.contains(first) && !CharacterSet.whitespaces.contains(last) { return s }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// True for C0 and C1 control characters and DEL, but tab, line feed and carriage return
    /// (which readers turn into spaces where a value must be one line).
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s.value != 0x09 && s.value != 0x0A && s.value != 0x0D) || (0x7F...0x9F).contains(s.value)
    }

    /// `s` without control characters: an ESC, BEL or NUL from a list must not reach a report
    /// (it makes the SVG invalid XML and the Markdown unreadable), nor split a name in two; nor a
    /// bidi control (U+202E reversed a table row of a report, and hides a name from a match).
    /// True when `clean` would change `s`.
    public static func needsCleaning(_ s: String) -> Bool {
        // On the string's own bytes where it has them: this runs for every field of every record.
        if let found = s.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return found }
        return scan(Array(s.utf8))
    }

    private static func scan<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            // Bidi controls: U+061C is D8 9C; U+200E/F, U+202A–E are E2 80 8E/8F, AA–AE; U+2066–9 are E2 81 A6–A9.
            if b == 0xD8, i + 1 < bytes.endIndex, bytes[i + 1] == 0x9C { return true }
            if b == 0xE2, i + 2 < bytes.endIndex {
                let c = bytes[i + 1], d = bytes[i + 2]
                if c == 0x80 && (d == 0x8E || d == 0x8F || (0xAA...0xAE).contains(d)) { return true }
                if c == 0x81 && (0xA6...0xA9).contains(d) { return true }
            }
            if b < 0x20 || b == 0x7F || b == 0xC2 {
                if b == 0xC2 {
                    if i + 1 < bytes.endIndex, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F { return true }
                } else if b != 0x09 && b != 0x0A && b != 0x0D {
                    return true
                }
            }
            i += 1
        }
        return false
    }

    /// False only when Foundation's `range(of: needle)` (with `.caseInsensitive` when asked) surely
    /// finds nothing in `s`: its bytes do not hold the needle's. A test of one pass over the bytes
    /// before a search that most names fail (Foundation's search was a twentieth of an
    /// assessment). `needle`: ASCII but "K", ";" and "`" (which characters beyond ASCII are
    /// canonically equal to: the Kelvin sign, the Greek question mark), or punctuation with no
    /// such equivalent (a dash). With `caseInsensitive`, ASCII letters are compared without case,
    /// and any byte beyond ASCII in `s` answers true (a letter of another script may fold to an
    /// ASCII one).
    public static func mayContain(_ s: some StringProtocol, _ needle: String, caseInsensitive: Bool = false) -> Bool {
        func fold(_ b: UInt8) -> UInt8 { caseInsensitive && b >= 0x41 && b <= 0x5A ? b + 32 : b }
        func search(_ bytes: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let head = n.first else { return true }
            let first = fold(head)
            guard bytes.count >= n.count else { return caseInsensitive && bytes.contains { $0 >= 0x80 } }
            for i in 0...(bytes.count - n.count) where fold(bytes[i]) == first {
                var k = 1
                while k < n.count && fold(bytes[i + k]) == fold(n[k]) { k += 1 }
                if k == n.count { return true }
            }
            return caseInsensitive && bytes.contains { $0 >= 0x80 }
        }
        // (On both strings' own bytes where they have them: no copy on a path every query takes.)
        func within(_ n: UnsafeBufferPointer<UInt8>) -> Bool {
            s.utf8.withContiguousStorageIfAvailable { search($0, n) } ?? Array(s.utf8).withUnsafeBufferPointer { search($0, n) }
        }
        return needle.utf8.withContiguousStorageIfAvailable(within) ?? Array(needle.utf8).withUnsafeBufferPointer(within)
    }

    /// `s.contains(needle)` as Foundation answers it, without Foundation's cost where both are
    /// ASCII (a byte search: ASCII has no two ways of writing a character); other strings are asked
    /// of Foundation. Round 44.
    public static func contains(_ s: String, _ needle: String) -> Bool {
        if isASCII(s) && isASCII(needle) {
            guard !needle.isEmpty else { return false }
            return mayContain(s, needle)
        }
        return s.contains(needle)
    }

    /// True when every byte of `s` is ASCII.
    public static func isASCII(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b in !b.contains { $0 >= 0x80 } } ?? s.utf8.allSatisfy { $0 < 0x80 }
    }

    public static func clean(_ s: String) -> String {
        // The common case costs one pass over the bytes and no copy: C0 and DEL are single bytes,
        // C1 controls are 0xC2 followed by 0x80–0x9F.
        guard needsCleaning(s) else { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s.unicodeScalars.lazy.filter { !isControl($0) && !isBidiControl($0) })
        return String(out)
    }

    /// True when `s` is exactly `count` ASCII lowercase hex digits (a run id, a cache file's name):
    /// the only form of a name rsdd writes that may name a file it deletes or replaces.
    public static func isLowerHex(_ s: String, count: Int) -> Bool {
        s.utf8.count == count && s.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// True for the bidirectional formatting characters (embeddings, overrides, isolates and
    /// marks), which can reorder what a reader sees of a line without changing its bytes' order.
    public static func isBidiControl(_ u: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value) || u.value == 0x200E || u.value == 0x200F || u.value == 0x061C
    }

    /// `s` for an error message: control and invisible characters shown as `\u{…}`, at most
    /// `limit` characters, so that a hostile value neither hides itself nor floods a log line.
    public static func printable(_ s: String, limit: Int = 80) -> String {
        var out = ""
        var count = 0
        for u in s.unicodeScalars {
            if count >= limit {
                out += "…"
                break
            }
            if isControl(u) || u.properties.isDefaultIgnorableCodePoint || u == "\n" || u == "\r" || u == "\t" {
                out += "\\u{\(String(u.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(u)
            }
            count += 1
        }
        return out
    }

    /// `s` as literal text in a Markdown paragraph or table cell: every character that could
    /// start a link, an image, raw HTML, a comment, emphasis, code or a table cell is escaped,
    /// and line breaks become spaces. A name from a list or a team file is never markup: pandoc
    /// would otherwise embed a local file named in `![x](/etc/hostname)` into a PDF.
    /// `~~x~~` would strike a name through, `^x^` and `~x~` raise or lower it, `&lt;` is an
    /// entity and `@x` a citation: escaped too.
    /// Works on the bytes, so a markup character is escaped even when a combining mark follows
    /// it (`[` + U+0301 is one Character but still opens a link for pandoc).
    public static func markdown(_ s: String) -> String {
        let cleaned = clean(s)
        var out: [UInt8] = []
        out.reserveCapacity(cleaned.utf8.count + 8)
        for b in cleaned.utf8 {
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "!"),
                 UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "&"), UInt8(ascii: "@"):
                out.append(UInt8(ascii: "\\"))
                out.append(b)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                out.append(UInt8(ascii: " "))
            default:
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
