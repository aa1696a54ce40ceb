/// Letters of other scripts that look like Latin letters, folded where a word mixes scripts
/// (UTS #39's mixed-script detection): "Kеstrel" with a Cyrillic е is "Kestrel" written to be
/// missed, while "Кестрел", all Cyrillic, is a name in its own script and stays as it is.
/// ASCII is never folded (a full confusable skeleton would also map `rn` to `m`), nor are Han
/// and kana (Japanese mixes them legitimately; confusables link 工 and エ).
public enum LookAlike {
    /// Cyrillic, Greek and other look-alikes → the Latin letter they imitate. The letters are
    /// those of Unicode's confusables.txt whose prototype is one Latin letter, in the scripts of
    /// the lists rsdd reads.
    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, String)] = [
            // Cyrillic
            ("а", "a"), ("в", "b"), ("е", "e"), ("һ", "h"), ("і", "i"), ("ї", "i"), ("ј", "j"), ("к", "k"),
            ("м", "m"), ("н", "h"), ("о", "o"), ("р", "p"), ("с", "c"), ("т", "t"), ("у", "y"), ("х", "x"), ("ѕ", "s"),
            ("ԁ", "d"), ("ԛ", "q"), ("ԝ", "w"), ("ɡ", "g"), ("ү", "y"), ("ӏ", "l"),
            ("А", "A"), ("В", "B"), ("Е", "E"), ("Һ", "H"), ("І", "I"), ("Ї", "I"), ("Ј", "J"), ("К", "K"),
            ("М", "M"), ("Н", "H"), ("О", "O"), ("Р", "P"), ("С", "C"), ("Т", "T"), ("У", "Y"), ("Х", "X"), ("Ѕ", "S"),
            ("Ԁ", "D"), ("Ԛ", "Q"), ("Ԝ", "W"), ("Ү", "Y"), ("Ӏ", "I"),
            // Greek
            ("α", "a"), ("ο", "o"), ("ν", "v"), ("ρ", "p"), ("ι", "i"), ("κ", "k"), ("τ", "t"), ("υ", "u"), ("χ", "x"),
            ("γ", "y"), ("ϲ", "c"), ("ϳ", "j"),
            ("Α", "A"), ("Β", "B"), ("Ε", "E"), ("Ζ", "Z"), ("Η", "H"), ("Ι", "I"), ("Κ", "K"), ("Μ", "M"), ("Ν", "N"),
            ("Ο", "O"), ("Ρ", "P"), ("Τ", "T"), ("Υ", "Y"), ("Χ", "X"), ("Ϲ", "C"),
            // Armenian and Latin letters outside ASCII that imitate ASCII ones
            ("օ", "o"), ("ս", "u"), ("ց", "g"), ("ı", "i"), ("ɑ", "a"), ("ħ", "h"), ("ɦ", "h"), ("ɩ", "i"), ("ʋ", "u"),
            // Latin small capitals ("Dᴀhua"): Latin by script, so only this table tells them apart
            ("ᴀ", "a"), ("ʙ", "b"), ("ᴄ", "c"), ("ᴅ", "d"), ("ᴇ", "e"), ("ꜰ", "f"), ("ɢ", "g"), ("ʜ", "h"), ("ɪ", "i"),
            ("ᴊ", "j"), ("ᴋ", "k"), ("ʟ", "l"), ("ᴍ", "m"), ("ɴ", "n"), ("ᴏ", "o"), ("ᴘ", "p"), ("ʀ", "r"), ("ꜱ", "s"),
            ("ᴛ", "t"), ("ᴜ", "u"), ("ᴠ", "v"), ("ᴡ", "w"), ("ʏ", "y"), ("ᴢ", "z"),
        ]
        var t: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in pairs { t[from.unicodeScalars.first!] = to.unicodeScalars.first! }
        return t
    }()

    /// The script class a letter counts for when deciding whether a word mixes scripts.
    enum Script { case latin, lookAlike, other }

    static func script(_ u: Unicode.Scalar) -> Script {
        if u.isASCII { return u.properties.isAlphabetic ? .latin : .other }
        if table[u] != nil { return .lookAlike }
        // Latin letters with accents (U+00C0–U+024F, U+1E00–U+1EFF) are Latin.
        if (0xC0...0x24F).contains(u.value) || (0x1E00...0x1EFF).contains(u.value) { return .latin }
        return .other
    }

    /// `word` with look-alike letters folded to Latin when the word has at least one Latin letter
    /// and otherwise only Latin letters and look-alikes (a mixed-script word); `folded` says
    /// whether anything changed. Words in one script, and words with letters of other scripts
    /// (Han, kana, a Cyrillic letter that imitates nothing), are returned as they are.
    public static func fold(_ word: Substring) -> (word: String, folded: Bool) {
        var latin = false
        var lookAlike = false
        for u in word.unicodeScalars where u.properties.isAlphabetic {
            switch script(u) {
            case .latin: latin = true
            case .lookAlike: lookAlike = true
            case .other: return (String(word), false)
            }
        }
        guard latin && lookAlike else { return (String(word), false) }
        var out = String.UnicodeScalarView()
        for u in word.unicodeScalars { out.append(table[u] ?? u) }
        return (String(out), true)
    }

    /// Latin letters → the Cyrillic letter they imitate, for Latin look-alikes inside a Cyrillic
    /// word ("Нaучнaя" with Latin a): the word is Cyrillic, so the Latin letters are folded to it.
    static let cyrillicTwin: [Unicode.Scalar: Unicode.Scalar] = {
        var t: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in table where (0x400...0x4FF).contains(from.value) && to.isASCII && t[to] == nil
            && !["һ", "Һ", "н", "ї", "Ї", "ԁ", "Ԁ", "ԛ", "Ԛ", "ԝ", "Ԝ", "ү", "Ү", "ӏ", "Ӏ", "ɡ"].contains(from) {
            t[to] = from
        }
        return t
    }()

    static func isCyrillic(_ u: Unicode.Scalar) -> Bool { (0x400...0x4FF).contains(u.value) }

    /// A word with Cyrillic letters that imitate nothing and Latin letters that imitate Cyrillic
    /// ones: the Latin letters folded to Cyrillic (nil when the word is not such a mix).
    static func foldIntoCyrillic(_ word: Substring) -> String? {
        var cyrillic = false, latin = false
        for u in word.unicodeScalars where u.properties.isAlphabetic {
            if isCyrillic(u) && table[u] == nil { cyrillic = true } else if u.isASCII { guard cyrillicTwin[u] != nil else { return nil }; latin = true }
            else if !isCyrillic(u) { return nil }
        }
        guard cyrillic && latin else { return nil }
        var out = String.UnicodeScalarView()
        for u in word.unicodeScalars { out.append(u.isASCII ? cyrillicTwin[u] ?? u : u) }
        return String(out)
    }

    /// True for a word whose letters are all look-alikes of Latin ones ("Ԁаһυа").
    static func isAllLookAlike(_ word: Substring) -> Bool {
        var any = false
        for u in word.unicodeScalars where u.properties.isAlphabetic {
            guard script(u) == .lookAlike else { return false }
            any = true
        }
        return any
    }

    /// Every word of `text` (runs of letters and digits) folded as `fold` does, words of
    /// look-alikes beside Latin words folded too ("Ԁаһυа Technology"), and Latin letters inside a
    /// Cyrillic word folded to Cyrillic ("Нaучнaя" with Latin a); `folded` says whether anything
    /// changed (the name mixed scripts: written to be missed). The rest is unchanged.
    public static func foldWords(_ text: String) -> (text: String, folded: Bool) {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return (text, false) }
        // A Latin word: Latin letters, perhaps look-alikes among them, and no letter of another script.
        let latinWord = text.split { !($0.isLetter || $0.isNumber) }.contains { w in
            let letters = w.unicodeScalars.filter(\.properties.isAlphabetic).map(script)
            return letters.contains(.latin) && !letters.contains(.other)
        }
        var out = ""
        var any = false
        var start = text.startIndex
        var i = text.startIndex
        func flush(to end: String.Index) {
            let word = text[start..<end]
            if !word.isEmpty {
                if latinWord && isAllLookAlike(word) {
                    var folded = String.UnicodeScalarView()
                    for u in word.unicodeScalars { folded.append(table[u] ?? u) }
                    out += String(folded)
                    any = true
                } else if let cyrillic = foldIntoCyrillic(word) {
                    out += cyrillic
                    any = true
                } else {
                    let (w, f) = fold(word)
                    out += w
                    any = any || f
                }
            }
        }
        while i < text.endIndex {
            let ch = text[i]
            if !(ch.isLetter || ch.isNumber) {
                flush(to: i)
                out.append(ch)
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        flush(to: text.endIndex)
        return (out, any)
    }

    /// The name folded to Latin when every word of it that has letters is written wholly in
    /// look-alikes ("Ԁаһυа", "ООО Наука"), else nil. Such a name may be one of its own script or
    /// a disguise: a match that needs this skeleton is for an analyst, never a finding.
    public static func wholeScriptSkeleton(_ text: String) -> String? {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        let lettered = text.split { !($0.isLetter || $0.isNumber) }.filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
        guard !lettered.isEmpty, lettered.allSatisfy(isAllLookAlike) else { return nil }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars { out.append(table[u] ?? u) }
        return String(out)
    }

    /// `s` without default-ignorable code points (zero-width joiners and spaces, soft hyphens,
    /// bidirectional controls): invisible, so they can only hide a name, never distinguish one.
    public static func removingIgnorables(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.isDefaultIgnorableCodePoint }) else { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s.unicodeScalars.lazy.filter { $0.isASCII || !$0.properties.isDefaultIgnorableCodePoint })
        return String(out)
    }
}

extension LookAlike {
    /// True for a character made only of default-ignorable code points (a zero-width joiner).
    public static func isIgnorable(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { !$0.isASCII && $0.properties.isDefaultIgnorableCodePoint }
    }
}
