import Foundation

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

    /// The normalised words of `name`, in order.
    public func tokens(_ name: String) -> [String] {
        // Plain ASCII (most names of most lists): the same result without Foundation's Unicode work.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(name) }
        var s = name.precomposedStringWithCompatibilityMapping
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
