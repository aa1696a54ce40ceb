import Foundation

/// Turns an organisation's name into a comparable key: Unicode NFKC (full width → ASCII), case and
/// diacritics folded, punctuation dropped, legal forms removed, common abbreviations expanded.
/// The original name is kept by the caller: reports show what the source said.
public struct NameNormaliser: Sendable {
    public init() {}

    /// Legal and organisational forms that say nothing about which organisation it is: a few
    /// written here (short ones that rsdd has always dropped), and the company forms generated from
    /// rigour's organisation types (`LegalFormsTable.swift`, `tools/gen-legal-forms.py`).
    public static let legalForms: Set<String> = commonLegalForms.union(generatedLegalForms).union(russianLegalWords)

    /// A Russian joint-stock company's form written out in Latin letters ("Angstrem Aktsionernoye
    /// Obshchestvo", "Publichnoe Aktsionernoe Obshchestvo"): words that are only ever a form.
    /// ("Obshchestvo", a society as well, only after them: `withoutLegalForms`.) (Round 26.)
    static let russianLegalWords: Set<String> = ["aktsionernoe", "aktsionernoye", "aktsionernoie",
                                                 "publichnoe", "publichnoye", "otkrytoe", "otkrytoye", "zakrytoe", "zakrytoye"]

    /// Words that make one legal form with the one after it ("Public JSC", "Open Joint-Stock …"):
    /// left out with it. (Round 26: "Tupolev Public JSC" for the listed "Tupolev JSC".)
    /// (Not "Holding": read as a form, it would change the normalised name, and with it the key, of
    /// every finding on a listed "… Holding Ltd." that an analyst may have decided on. Round 31.)
    static let legalFormOpeners: Set<String> = ["public", "open", "closed"]

    /// `words` (each already read as its full word) without legal forms, without a word of
    /// `legalFormOpeners` just before one, and without "Obshchestvo" just after a Russian one or
    /// as the limited liability company's form ("Obshchestvo s Ogranichennoi Otvetstvennostyu").
    static func withoutLegalForms(_ words: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count)
        var skip = 0
        for (k, w) in words.enumerated() where !legalForms.contains(w) {
            if skip > 0 { skip -= 1; continue }
            if legalFormOpeners.contains(w), k + 1 < words.count, legalForms.contains(words[k + 1]) { continue }
            if w == "obshchestvo" || w == "obschestvo" {
                if k > 0, russianLegalWords.contains(words[k - 1]) { continue }
                if k + 3 < words.count, words[k + 1] == "s", words[k + 2].hasPrefix("ogranichenn"), words[k + 3].hasPrefix("otvetstvennost") {
                    skip = 3
                    continue
                }
            }
            out.append(w)
        }
        return out
    }

    /// The written ones: also cut from the end of a name run together ("KestrelDynamicsGmbH").
    public static let commonLegalForms: Set<String> = [
        "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "gmbh",
        "ag", "sa", "srl", "bv", "nv", "kk", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "oao", "zao", "pao", "ao",
        "ооо", "оао", "зао", "пао", "ао",
        // (Round 27, not one rsdd always dropped: a firm, as a company, says what kind of business,
        // not which: "Research and Production Firm Micran" for the listed "… Research and
        // Production Company Micran".)
        "firm",
        // (Round 36, set 104: "PSC Tupolev", a public stock company, ПАО, as a line translates it.)
        "psc",
    ]

    /// Legal and status forms written without spaces in Japanese and Chinese names, longest first
    /// (each also in its folded Han form): they say what kind of body it is, never which one.
    static let cjkLegalForms: [String] = {
        let forms = ["国立研究開発法人", "大学共同利用機関法人", "特定非営利活動法人", "独立行政法人", "地方独立行政法人", "国立大学法人",
                     "公立大学法人", "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人", "社会福祉法人", "医療法人", "学校法人",
                     "社団法人", "財団法人", "股份有限公司", "有限责任公司", "有限責任公司", "集团有限公司", "集團有限公司", "有限公司",
                     "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(独)", "（独）", "(株)", "（株）", "(有)", "（有）", "㈱", "㈲"]
        let all = forms + generatedCJKLegalForms
        return Array(Set(all + all.map(HanFold.fold))).sorted { ($0.count, $0) > ($1.count, $1) }
    }()

    /// Each legal form's UTF-8 bytes and the compatibility form that replaces it: found by a byte
    /// search (Foundation's `contains` took a fifth of the time of preparing a registry's names).
    static let cjkLegalFormBytes: [(bytes: [UInt8], nfkc: String)] = cjkLegalForms.map { (Array($0.utf8), $0.precomposedStringWithCompatibilityMapping) }

    /// True when `s` holds a legal form as a word of its own ("Co.", "Ltd", "GmbH", "株式会社").
    public static func legalFormsIn(_ s: String) -> Bool {
        let words = s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        if words.contains(where: { legalForms.contains(abbreviations[$0] ?? $0) }) { return true }
        let bytes = Array(s.utf8)
        return cjkLegalFormBytes.contains { NameParts.contains(bytes, $0.bytes) }
    }

    /// An organisation type is one word in every language, so that "Universität Beispiel" and
    /// "Université Beispiel" compare as "university beispiel". Words after case and accent folding.
    static let organisationTypes: [String: String] = {
        let table: [String: [String]] = [
            "university": ["daneshgah", "universitat", "universite", "universidad", "universidade", "universita", "universiteit", "universitet",
                           "uniwersytet", "univerzita", "yliopisto", "университет", "universitaet"],
            "institute": ["institut", "instituto", "istituto", "instytut", "институт"],
            "foundation": ["fondation", "stiftung", "stiftelse", "stiftelsen", "fundacion", "fundacao", "fondazione", "fundacja", "фонд"],
            "academy": ["akademie", "academie", "academia", "accademia", "akademia", "akademiya", "akademii", "академия"],
            "college": ["colegio", "collegio", "kolleg"],
            "laboratory": ["laboratoire", "laboratorio", "laboratorium", "лаборатория"],
            "center": ["markaz", "centre", "centro", "zentrum", "centrum", "центр"],
            "school": ["ecole", "escuela", "escola", "scuola", "schule"],
            "hospital": ["hopital", "ospedale", "krankenhaus", "klinikum"],
            "association": ["asociacion", "associacao", "associazione", "verein", "verband", "ассоциация"],
            "ministry": ["ministere", "ministerio", "ministero", "ministerium", "министерство"],
            "society": ["gesellschaft", "sociedad", "societa"],
        ]
        var out: [String: String] = [:]
        for (type, words) in table { for w in words { out[w] = type } }
        return out
    }()

    /// The same types written at the end of a Japanese or Chinese name, folded to simplified Han.
    static let cjkTypes: [(String, String)] = [
        ("大学", "university"), ("大學", "university"), ("研究所", "institute"), ("研究院", "institute"), ("学院", "college"),
        ("財団", "foundation"), ("财团", "foundation"), ("基金会", "foundation"), ("研究中心", "center"), ("中心", "center"),
        ("医院", "hospital"), ("病院", "hospital"), ("协会", "association"), ("協会", "association"), ("学会", "society"),
    ].map { (HanFold.fold($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }

    /// Abbreviation → full word.
    public static let abbreviations: [String: String] = [
        "univ": "university", "inst": "institute", "tech": "technology", "techn": "technology",
        "acad": "academy", "sci": "science", "natl": "national", "nat'l": "national", "lab": "laboratory",
        "labs": "laboratories", "intl": "international", "dept": "department", "ctr": "center", "centre": "center",
        "res": "research", "eng": "engineering", "&": "and",
        // (Round 34, from set 93: Pakistan's addresses write a cantonment "Cantt", "Wah Cantt".)
        "cantt": "cantonment",
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
        /// The words of the name folded to Latin when it is written wholly in look-alikes
        /// ("Ԁаһυа"): compared apart, and a match through them is only for review.
        public var skeleton: [String]? = nil
        /// The words run together: "Northwind Aerospace" and "NorthwindAerospace" have one.
        public var compact: String { tokens.joined() }
    }

    /// `name` with "n.a." written out as "named after": in small letters ("GosMKB «Raduga» n.a.
    /// A.Ya. Bereznyak", "NNPO n.a. M.V. Frunze"), or in capitals before a person's initials
    /// ("… Institute of Aviation N.A. S.A. Chaplygin"; "N.A. Dollezhal" is a person's own).
    /// (Round 26.)
    static func namedAfterWritten(_ name: String) -> String {
        // (Most names hold no "n.a.": a scan for its first byte after a space, and no copy.)
        let u = name.utf8
        guard u.count >= 6, u.contains(UInt8(ascii: ".")) else { return name }
        func upper(_ x: UInt8) -> Bool { x >= UInt8(ascii: "A") && x <= UInt8(ascii: "Z") }
        let b = Array(u)
        func isMarker(_ k: Int) -> Bool {
            guard k + 5 <= b.count, b[k] | 0x20 == UInt8(ascii: "n"), b[k + 1] == UInt8(ascii: "."), b[k + 2] | 0x20 == UInt8(ascii: "a"),
                  b[k + 3] == UInt8(ascii: "."), b[k + 4] == UInt8(ascii: " "), k == 0 || b[k - 1] == UInt8(ascii: " ") else { return false }
            if b[k] == UInt8(ascii: "n") && b[k + 2] == UInt8(ascii: "a") { return true }
            return upper(b[k]) && upper(b[k + 2]) && k + 6 < b.count && upper(b[k + 5]) && b[k + 6] == UInt8(ascii: ".")
        }
        guard let first = b.indices.first(where: isMarker) else { return name }
        var out = Array(b[..<first]), k = first
        while k < b.count {
            if isMarker(k) {
                out += Array("named after ".utf8)
                k += 5
                continue
            }
            out.append(b[k])
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The normalised words of `name`, in order.
    public func tokens(_ name: String) -> [String] {
        analyse(name).tokens
    }

    /// `tokens` with what it took to reach them.
    public func analyse(_ name: String) -> Analysis {
        let name = NameNormaliser.joiningDottedLetters(NameNormaliser.namedAfterWritten(name))
        // Plain ASCII (most names of most lists): the same result without Foundation's Unicode work.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return Analysis(tokens: asciiTokens(name), foldedLookAlikes: false) }
        // Compatibility forms first (full-width and mathematical letters become ASCII), then what
        // is invisible goes, then look-alike letters in a word that mixes scripts.
        let visible = LookAlike.removingIgnorables(Text.clean(name.precomposedStringWithCompatibilityMapping))
        let (latin, folded) = LookAlike.foldWords(visible)
        func words(_ s: String) -> [String] { s.utf8.allSatisfy({ $0 < 0x80 }) ? asciiTokens(s) : unicodeTokens(s) }
        return Analysis(tokens: words(latin), foldedLookAlikes: folded, skeleton: LookAlike.wholeScriptSkeleton(visible).map(words))
    }

    /// "N.o.r.t.h.w.i.n.d" and "U.S." as one word each: single letters joined by dots are a word
    /// spelt out (or an acronym), never as many one-letter words.
    public static func joiningDottedLetters(_ s: String) -> String {
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
        if s.unicodeScalars.contains(where: NameNormaliser.isCJK) {
            // Traditional, simplified and Japanese Han forms compare as one (哈爾浜 = 哈尔滨).
            s = HanFold.fold(s)
            // 与 ("and") between two subjects, which one writing of a name has and another leaves
            // out (北京强度与环境研究所, the listed 北京強度環境研究所): not compared, as "and" is not.
            // (In Japanese too, where it is a syllable of some names, 与那国: such names compare as
            // if written without it, which a name's other characters still tell apart.)
            if s.contains("与") { s = s.replacingOccurrences(of: "与", with: "") }
            var bytes = Array(s.utf8)
            for form in NameNormaliser.cjkLegalFormBytes where NameParts.contains(bytes, form.bytes) {
                s = s.replacingOccurrences(of: form.nfkc, with: " ")
                bytes = Array(s.utf8)
            }
        }
        // Letters of Arabic script that one writing has and another does not: hamza on its seat
        // (مؤسسه, موسسه), Arabic and Persian yeh and kaf (تحقيقاتي, تحقیقاتی), teh marbuta (مؤسسة,
        // موسسه). Round 38, set 116.
        if s.utf8.contains(where: { $0 >= 0xD8 && $0 <= 0xDB }) { s = NameNormaliser.foldingArabicLetters(s) }
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
        let full = words.flatMap { w -> [String] in
            // A type at the end of a CJK run is a word of its own: 哈尔滨工业大学 → 哈尔滨工业 university.
            if w.unicodeScalars.contains(where: NameNormaliser.isCJK),
               let (suffix, type) = NameNormaliser.cjkTypes.first(where: { w.hasSuffix($0.0) && w.count > $0.0.count }) {
                return [String(w.dropLast(suffix.count)), type]
            }
            return [w]
        }.map { w -> String in
            let full = NameNormaliser.abbreviations[w] ?? NameNormaliser.organisationTypes[w] ?? w
            // A word written in Russian, in Latin letters as the lists write names ("ЦКБ МТ «Рубин»"
            // is TsKB MT Rubin), unless it is a legal form as written (ООО, ХХК).
            guard !NameNormaliser.legalForms.contains(full), full.unicodeScalars.contains(where: { $0.value >= 0x0430 && $0.value <= 0x0491 }),
                  full.contains(where: { NameNormaliser.cyrillicLatin[$0] != nil }) else { return full }
            return NameNormaliser.inLatinLetters(full)
        }
        // Legal forms left out as `asciiTokens` leaves them, once the Russian words are in Latin
        // letters: "«Tupolev» Public JSC" as "Tupolev Public JSC", "Акционерное общество" as
        // "Aktsionernoe Obshchestvo".
        return NameNormaliser.withoutLegalForms(full)
    }

    /// `word`, in small letters, with its Cyrillic letters in Latin ones (`cyrillicLatin`): "циам"
    /// is "tsiam"; other characters stay as they stand.
    public static func inLatinLetters(_ word: String) -> String {
        String(word.flatMap { NameNormaliser.cyrillicLatin[$0] ?? String($0) })
    }

    /// Russian's letters in Latin letters (BGN/PCGN, as the lists transliterate names: Kh, Ts, Zh,
    /// Shch), lower case, after case and diacritics are folded (й is и by then, "ii" as in
    /// "Nauchno-Issledovatelskii"; ё is е, ї is і). Ukrainian's, Serbian's and Macedonian's own
    /// letters as well.
    public static let cyrillicLatin: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "і": "i", "є": "ye", "ґ": "g",
        // Serbian's and Macedonian's own letters.
        "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
    ]

    private func asciiTokens(_ name: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        // A "?" between two letters stands for a character a list lost in conversion: before a
        // small letter an apostrophe ("Xi?an", "Academy?s", "Bul?var"), nothing, as "'" is;
        // before a capital a dash or a space ("Instrumentation?Novosibirsk", "NIIP?NZIK").
        var lost = false
        for b in name.utf8 {
            if lost {
                lost = false
                if !(b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) { flush() }
            }
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(b + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(b)
            case UInt8(ascii: "&"):
                flush()
                words.append("&")
            case UInt8(ascii: "'"): continue
            case UInt8(ascii: "?") where current.last.map({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) ?? false:
                lost = true
            // A control character is nothing, not a break between words.
            case 0..<0x09, 0x0B, 0x0C, 0x0E..<0x20, 0x7F: continue
            default: flush()
            }
        }
        flush()
        return NameNormaliser.withoutLegalForms(words.map { NameNormaliser.abbreviations[$0] ?? NameNormaliser.organisationTypes[$0] ?? $0 })
    }

    /// Words for comparing names: the normalised words, with CJK runs cut into overlapping
    /// character pairs (names in Chinese or Japanese have no spaces) and small function words
    /// dropped.
    public func comparisonTokens(_ name: String) -> [String] {
        tokens(name).filter { !NameNormaliser.functionWords.contains($0) }.flatMap(NameNormaliser.cjkPairs)
    }

    /// A word in Han or kana cut into overlapping pairs of characters (such names have no
    /// spaces); other words as they are.
    public static func cjkPairs(_ w: String) -> [String] {
        guard w.unicodeScalars.contains(where: NameNormaliser.isCJK) else { return [w] }
        let chars = Array(w)
        if chars.count == 1 { return [w] }
        return (0..<(chars.count - 1)).map { String(chars[$0...$0 + 1]) }
    }

    public static let functionWords: Set<String> = ["of", "the", "and", "for", "de", "des", "du", "la", "le", "el", "del", "di", "da", "do", "der", "die", "und", "fur", "y", "e", "et", "&", "a", "an", "at", "in"]

    /// Arabic-script letters as one writing of them: أ إ آ ٱ as ا, ؤ as و, ئ ي ى as ی, ك as ک, ة as
    /// ه, and the tatweel (ـ) left out.
    public static func foldingArabicLetters(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0623, 0x0625, 0x0622, 0x0671: out.append("\u{0627}")
            case 0x0624: out.append("\u{0648}")
            case 0x0626, 0x064A, 0x0649: out.append("\u{06CC}")
            case 0x0643: out.append("\u{06A9}")
            case 0x0629: out.append("\u{0647}")
            case 0x0640: continue
            default: out.append(u)
            }
        }
        return String(out)
    }

    public static func isCJK(_ s: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(s.value) || (0x3400...0x9FFF).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
            || (0xAC00...0xD7A3).contains(s.value)
    }
}
