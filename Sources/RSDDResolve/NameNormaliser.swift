import Foundation
import RSDDCore

/// Turns an organisation's name into a comparable key: Unicode NFKC (full width → ASCII), case and
/// diacritics folded, punctuation dropped, legal forms removed, common abbreviations expanded.
/// The original name is kept by the caller: reports show what the source said.
public struct NameNormaliser: Sendable {
    public init() {}

    /// Legal and organisational forms that say nothing about which organisation it is.
    static let legalForms: Set<String> = [
        "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "gmbh",
        "ag", "sa", "srl", "bv", "nv", "kk", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "oao", "zao", "pao", "ao",
        "ооо", "оао", "зао", "пао", "ао",
    ]

    /// Legal forms written without spaces in CJK names, longest first.
    static let cjkLegalForms = ["股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "株式会社", "(株)", "（株）", "㈱"]

    /// Abbreviation → full word.
    static let abbreviations: [String: String] = [
        "univ": "university", "inst": "institute", "tech": "technology", "techn": "technology",
        "acad": "academy", "sci": "science", "natl": "national", "nat'l": "national", "lab": "laboratory",
        "labs": "laboratories", "intl": "international", "dept": "department", "ctr": "center", "centre": "center",
        "res": "research", "eng": "engineering", "&": "and",
    ]

    /// The normalised key of `name`; empty when nothing distinctive is left.
    public func normalise(_ name: String) -> String {
        tokens(name).joined(separator: " ")
    }

    /// A name's normalised words, and whether look-alike letters of another script had to be
    /// folded to reach them ("Kеstrel" with a Cyrillic е): a match that needed it says so.
    public struct Analysis: Sendable, Hashable {
        public var tokens: [String]
        public var foldedLookAlikes: Bool
        /// The words run together: "Northwind Aerospace" and "NorthwindAerospace" have one.
        public var compact: String { tokens.joined() }
    }

    /// The normalised words of `name`, in order.
    public func tokens(_ name: String) -> [String] {
        analyse(name).tokens
    }

    /// `tokens` with what it took to reach them.
    public func analyse(_ name: String) -> Analysis {
        let name = NameNormaliser.joiningDottedLetters(name)
        // Plain ASCII (most names of most lists): the same result without Foundation's Unicode work.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return Analysis(tokens: asciiTokens(name), foldedLookAlikes: false) }
        // Compatibility forms first (full-width and mathematical letters become ASCII), then what
        // is invisible goes, then look-alike letters in a word that mixes scripts.
        let visible = LookAlike.removingIgnorables(Text.clean(name.precomposedStringWithCompatibilityMapping))
        let (latin, folded) = LookAlike.foldWords(visible)
        if latin.utf8.allSatisfy({ $0 < 0x80 }) { return Analysis(tokens: asciiTokens(latin), foldedLookAlikes: folded) }
        return Analysis(tokens: unicodeTokens(latin), foldedLookAlikes: folded)
    }

    /// "N.o.r.t.h.w.i.n.d" and "U.S." as one word each: single letters joined by dots are a word
    /// spelt out (or an acronym), never as many one-letter words.
    static func joiningDottedLetters(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: ".")) else { return s }
        let chars = Array(s)
        func isWordChar(_ i: Int) -> Bool { i >= 0 && i < chars.count && (chars[i].isLetter || chars[i].isNumber) }
        var out = ""
        var i = 0
        while i < chars.count {
            if isWordChar(i) && !isWordChar(i - 1) && !isWordChar(i + 1) && i + 1 < chars.count && chars[i + 1] == "." {
                var letters = ""
                var j = i
                // Each step: one letter alone, then a dot or the end of the run.
                while isWordChar(j) && !isWordChar(j + 1) {
                    letters.append(chars[j])
                    if j + 1 < chars.count && chars[j + 1] == "." && isWordChar(j + 2) {
                        j += 2
                    } else {
                        j += 1
                        break
                    }
                }
                if letters.count >= 2 {
                    out += letters
                    i = j
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    private func unicodeTokens(_ name: String) -> [String] {
        var s = name
        for form in NameNormaliser.cjkLegalForms {
            s = s.replacingOccurrences(of: form.precomposedStringWithCompatibilityMapping, with: " ")
        }
        s = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for ch in s {
            if ch == "&" {
                flush()
                words.append("&")
            } else if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if ch == "'" || ch == "’" {
                continue // "Nat'l" → "natl"
            } else {
                flush()
            }
        }
        flush()
        return words.compactMap { w -> String? in
            let full = NameNormaliser.abbreviations[w] ?? w
            return NameNormaliser.legalForms.contains(full) ? nil : full
        }
    }

    private func asciiTokens(_ name: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for b in name.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(b + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(b)
            case UInt8(ascii: "&"):
                flush()
                words.append("&")
            case UInt8(ascii: "'"): continue
            // A control character is nothing, not a break between words.
            case 0..<0x09, 0x0B, 0x0C, 0x0E..<0x20, 0x7F: continue
            default: flush()
            }
        }
        flush()
        return words.compactMap { w -> String? in
            let full = NameNormaliser.abbreviations[w] ?? w
            return NameNormaliser.legalForms.contains(full) ? nil : full
        }
    }

    /// Words for comparing names: the normalised words, with CJK runs cut into overlapping
    /// character pairs (names in Chinese or Japanese have no spaces) and small function words
    /// dropped.
    public func comparisonTokens(_ name: String) -> [String] {
        var out: [String] = []
        for w in tokens(name) where !NameNormaliser.functionWords.contains(w) {
            let scalars = Array(w.unicodeScalars)
            if scalars.contains(where: NameNormaliser.isCJK) {
                let chars = Array(w)
                if chars.count == 1 { out.append(w); continue }
                for i in 0..<(chars.count - 1) { out.append(String(chars[i...i + 1])) }
            } else {
                out.append(w)
            }
        }
        return out
    }

    static let functionWords: Set<String> = ["of", "the", "and", "for", "de", "des", "du", "la", "le", "el", "del", "di", "da", "do", "der", "die", "und", "fur", "y", "e", "et", "&", "a", "an", "at", "in"]

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(s.value) || (0x3400...0x9FFF).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
            || (0xAC00...0xD7A3).contains(s.value)
    }
}
