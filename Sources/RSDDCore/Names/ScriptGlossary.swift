import Foundation

/// Words of organisation names in the Arabic script (Persian and Arabic) and in Hebrew, read in
/// English, so that a line printed in those scripts ("مرکز تحقیقات صنایع هوایی شاهد, تهران, ایران")
/// meets a listing the lists name in English only ("Shahed Aviation Research Industries Center").
/// Written by hand for rsdd, word by word; the words of a name are read in their order (a name's
/// words are compared as a set). Round 29, from set 85.
public enum ScriptGlossary {
    /// Persian and Arabic words, as printed without their prefixes (`prefixes`).
    static let arabicTerms: [String: String] = [
        // Kinds of body and their words.
        "مرکز": "Center", "مركز": "Center", "تحقیقات": "Research", "تحقيقات": "Research", "بحوث": "Research", "پژوهشی": "Research",
        "پژوهشگاه": "Research Institute", "پژوهشکده": "Research Institute", "موسسه": "Institute", "مؤسسه": "Institute", "مؤسسة": "Institute",
        "معهد": "Institute", "دانشگاه": "University", "جامعة": "University", "دانشکده": "Faculty", "كلية": "Faculty", "سازمان": "Organization",
        "هيئة": "Organization", "صنایع": "Industries", "صناعات": "Industries", "صنعتی": "Technology", "دراسات": "Studies",
        "علوم": "Sciences", "علمی": "Scientific", "علمية": "Scientific", "العلمية": "Scientific", "فنون": "Technology", "فناوری": "Technology",
        "تكنولوجيا": "Technology", "هوایی": "Aviation", "طيران": "Aviation", "هوافضا": "Aerospace", "دفاع": "Defense", "دفاعی": "Defense",
        "انرژی": "Energy", "طاقة": "Energy", "اتمی": "Atomic", "ذرية": "Atomic", "هسته‌ای": "Nuclear", "نووية": "Nuclear",
        "الکترونیک": "Electronics", "الكترونيات": "Electronics", "موشکی": "Missile", "شیمیایی": "Chemical", "کیمیائية": "Chemical",
        "مهندسی": "Engineering", "هندسة": "Engineering", "ملی": "National", "وطنية": "National",
        // Names of persons and bodies that listed names print.
        "شاهد": "Shahed", "شهید": "Shahid", "امام": "Imam", "حسین": "Hossein", "مالک": "Malek", "اشتر": "Ashtar", "باقر": "Baqir",
        // Places.
        "تهران": "Tehran", "ایران": "Iran", "اصفهان": "Isfahan", "شیراز": "Shiraz", "دمشق": "Damascus", "سوريا": "Syria",
        "سورية": "Syria", "حلب": "Aleppo",
    ]

    /// Hebrew words: the Nuclear Research Center Negev's Hebrew name ("הקריה למחקר גרעיני - נגב")
    /// and the words of a research body's name.
    static let hebrewTerms: [String: String] = [
        "קריה": "Center", "מרכז": "Center", "מחקר": "Research", "גרעיני": "Nuclear", "מכון": "Institute", "אוניברסיטה": "University",
        "נגב": "Negev", "דימונה": "Dimona", "ישראל": "Israel", "סורק": "Soreq", "יבנה": "Yavne",
    ]

    /// A word with the letters Persian and Arabic write apart as one: yeh (ي, ی, ى) and kaf (ك, ک),
    /// and without the zero-width non-joiner and the tatweel, so that a Persian line typed on an
    /// Arabic keyboard reads alike.
    static func folded(_ w: Substring) -> String {
        String(String.UnicodeScalarView(w.unicodeScalars.compactMap { u -> Unicode.Scalar? in
            switch u.value {
            case 0x64A, 0x649: return "\u{6CC}"
            case 0x643: return "\u{6A9}"
            case 0x200C, 0x640: return nil
            default: return u
            }
        }))
    }

    static let foldedArabicTerms: [String: String] = Dictionary(arabicTerms.map { (folded($0.key[...]), $0.value) }, uniquingKeysWith: { a, _ in a })

    /// What a word may begin with beside its own letters: Arabic's "and" and "the" (و, ال, وال),
    /// Hebrew's "the", "for" and "and" (ה, ל, ו, and together).
    static let arabicPrefixes = ["وال", "ال", "و"]
    static let hebrewPrefixes = ["וה", "לה", "ה", "ל", "ו"]

    /// The country names the line may end with, read: a line read is one that prints its country.
    static let countries: Set<String> = ["Iran", "Syria", "Israel"]

    /// A line in the Arabic script or in Hebrew read in English, part by part, where every word of
    /// a part is in the glossary (other parts as printed); nil where the line has neither script,
    /// where no part names more than a place, or where it prints none of the countries whose names
    /// the glossary reads (the scripts are many countries': the reading is for review and findings
    /// only where the country is printed).
    public static func englishLine(_ line: String) -> String? {
        let arabic = line.unicodeScalars.contains { (0x600...0x6FF).contains($0.value) }
        let hebrew = line.unicodeScalars.contains { (0x5D0...0x5EA).contains($0.value) }
        guard arabic || hebrew else { return nil }
        let terms = arabic ? foldedArabicTerms : hebrewTerms
        let prefixes = arabic ? arabicPrefixes : hebrewPrefixes
        func read(_ word: Substring) -> String? {
            // (A word's own letters, then without a prefix.)
            let w = arabic ? folded(word) : String(word)
            if let t = terms[w] { return t }
            for p in prefixes where w.hasPrefix(p) && w.count > p.count + 1 {
                if let t = terms[String(w.dropFirst(p.count))] { return t }
            }
            return nil
        }
        var named = false, country = false
        let parts = line.split(whereSeparator: { ",;،؛".contains($0) }).map { raw -> String in
            let words = raw.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" })
            guard !words.isEmpty else { return String(raw) }
            let english = words.map(read)
            // (A country printed in Latin letters counts: "دانشگاه امام باقر, Tehran, Iran".)
            if words.count == 1, let latin = countries.first(where: { $0.caseInsensitiveCompare(String(words[0])) == .orderedSame }) {
                country = true
                return latin
            }
            guard english.allSatisfy({ $0 != nil }) else { return Text.trimmed(String(raw)) }
            let read = english.compactMap { $0 }
            if read.contains(where: countries.contains) { country = true }
            if read.contains(where: { !countries.contains($0) && !placeNames.contains($0) }) { named = true }
            return read.joined(separator: " ")
        }
        guard named, country else { return nil }
        return parts.joined(separator: ", ")
    }

    /// The glossary's places (besides countries): a part of places alone names no organisation.
    static let placeNames: Set<String> = ["Tehran", "Isfahan", "Shiraz", "Damascus", "Aleppo", "Negev", "Dimona", "Yavne", "Soreq"]
}
