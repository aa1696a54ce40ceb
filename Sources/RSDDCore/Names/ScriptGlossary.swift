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
        "صنایع": "Industries", "صناعات": "Industries", "صنعتی": "Technology", "دراسات": "Studies",
        "علوم": "Sciences", "علمی": "Scientific", "علمية": "Scientific", "العلمية": "Scientific", "فنون": "Technology", "فناوری": "Technology",
        "تكنولوجيا": "Technology", "هوایی": "Aviation", "طيران": "Aviation", "هوافضا": "Aerospace", "دفاع": "Defense", "دفاعی": "Defense",
        "انرژی": "Energy", "طاقة": "Energy", "اتمی": "Atomic", "ذرية": "Atomic", "هسته‌ای": "Nuclear", "نووية": "Nuclear",
        "الکترونیک": "Electronics", "الكترونيات": "Electronics", "موشکی": "Missile", "شیمیایی": "Chemical", "کیمیائية": "Chemical",
        "مهندسی": "Engineering", "هندسة": "Engineering", "ملی": "National", "وطنية": "National", "هيئة": "Commission",
        // Names of persons and bodies that listed names print.
        "شاهد": "Shahed", "شهید": "Shahid", "امام": "Imam", "حسین": "Hossein", "مالک": "Malek", "اشتر": "Ashtar", "باقر": "Baqir",
        // Places.
        "تهران": "Tehran", "طهران": "Tehran", "ایران": "Iran", "اصفهان": "Isfahan", "شیراز": "Shiraz", "دمشق": "Damascus", "سوريا": "Syria",
        "سورية": "Syria", "سوریه": "Syria", "حلب": "Aleppo",
        // (Round 34, from sets 93 and 95: a centre's words, "مرکز فناوری اطلاعات و ارتباطات پیشرفته";
        // the names a listed company prints in its own words, "تدبیر صنعت شریف", Tadbir Sanaat Sharif.)
        "توسعه": "Development", "اطلاعات": "Information", "ارتباطات": "Communication", "پیشرفته": "Advanced", "و": "and",
        "تدبیر": "Tadbir", "صنعت": "Sanaat", "شریف": "Sharif",
        // (Read after set 96's and 97's first runs: "مرکز تحقیقات فناوری انفجار و ضربه", "شهید اسلامی".)
        "انفجار": "Explosion", "ضربه": "Impact", "اسلامی": "Eslami",
        // Urdu, Pakistan's script, which writes English words of a name in its letters ("خان ریسرچ
        // لیبارٹریز", Khan Research Laboratories). Round 34, from set 95.
        "خان": "Khan", "ریسرچ": "Research", "لیبارٹریز": "Laboratories", "لیبارٹری": "Laboratory", "تحقیقاتی": "Research",
        "ادارہ": "Institute", "یونیورسٹی": "University", "انجینئرنگ": "Engineering", "نیشنل": "National", "سائنس": "Science",
        "ٹیکنالوجی": "Technology", "کمپلیکس": "Complex", "پاکستان": "Pakistan", "کہوٹہ": "Kahuta", "راولپنڈی": "Rawalpindi",
        "لاہور": "Lahore", "کراچی": "Karachi", "اسلام‌آباد": "Islamabad",
    ]

    /// Hebrew words: the Nuclear Research Center Negev's Hebrew name ("הקריה למחקר גרעיני - נגב")
    /// and the words of a research body's name.
    static let hebrewTerms: [String: String] = [
        // (קריה, a campus, is the centre's word in its Hebrew name.)
        "קריה": "Center", "מרכז": "Center", "מחקר": "Research", "גרעיני": "Nuclear", "מכון": "Institute", "אוניברסיטה": "University",
        "נגב": "Negev", "דימונה": "Dimona", "ישראל": "Israel", "שורק": "Soreq", "יבנה": "Yavne",
    ]

    /// Hindi words, in Devanagari, of the names of India's listed research bodies and their places
    /// ("इंदिरा गांधी परमाणु अनुसंधान केंद्र, कल्पाक्कम, भारत" for the listed "… Indira Gandhi Atomic
    /// Research Center"). Round 34, from set 96.
    static let hindiTerms: [String: String] = [
        "परमाणु": "Atomic", "अनुसंधान": "Research", "केंद्र": "Center", "केन्द्र": "Center", "ऊर्जा": "Energy", "विभाग": "Department",
        "संस्थान": "Institute", "प्रयोगशाला": "Laboratory", "विज्ञान": "Science", "प्रौद्योगिकी": "Technology", "अंतरिक्ष": "Space",
        "रक्षा": "Defence", "विकास": "Development", "संगठन": "Organisation", "एवं": "and", "और": "and", "राष्ट्रीय": "National",
        "भारतीय": "Indian", "भाभा": "Bhabha", "इंदिरा": "Indira", "गांधी": "Gandhi", "भारत": "India",
        "मुंबई": "Mumbai", "कल्पाक्कम": "Kalpakkam", "ट्रॉम्बे": "Trombay", "दिल्ली": "Delhi", "बेंगलुरु": "Bengaluru",
        "हैदराबाद": "Hyderabad", "इंदौर": "Indore",
    ]

    /// A word with the letters Persian and Arabic write apart as one: yeh (ي, ی, ى) and kaf (ك, ک),
    /// and without the zero-width non-joiner and the tatweel, so that a Persian line typed on an
    /// Arabic keyboard reads alike.
    /// (And after NFKC, which reads the presentation forms PDF extraction leaves: alef with hamza
    /// or madda as alef, waw with hamza as waw, teh marbuta as heh; without harakat and the
    /// marks of direction.)
    static func folded(_ w: Substring) -> String {
        String(String.UnicodeScalarView(String(w).precomposedStringWithCompatibilityMapping.unicodeScalars.compactMap { u -> Unicode.Scalar? in
            switch u.value {
            case 0x64A, 0x649, 0x626: return "\u{6CC}"
            case 0x643: return "\u{6A9}"
            case 0x623, 0x625, 0x622: return "\u{627}"
            case 0x624: return "\u{648}"
            case 0x629: return "\u{647}"
            case 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x640, 0x64B...0x65F, 0x670: return nil
            default: return u
            }
        }))
    }

    static let foldedArabicTerms: [String: String] = Dictionary(arabicTerms.map { (folded($0.key[...]), $0.value) }, uniquingKeysWith: { a, _ in a })

    /// What a word may begin with beside its own letters: Arabic's "and" and "the" (و, ال, وال),
    /// Hebrew's "the", "for" and "and" (ה, ל, ו, and together).
    static let arabicPrefixes = ["وال", "بال", "لل", "ال", "و", "ب", "ل"]
    static let hebrewPrefixes = ["וה", "לה", "בה", "מה", "שה", "ה", "ל", "ו", "ב", "מ", "ש"]

    /// The country names the line may end with, read: a line read is one that prints its country.
    static let countries: Set<String> = ["Iran", "Syria", "Israel", "Pakistan", "India"]

    /// A line in the Arabic script or in Hebrew read in English, part by part, where every word of
    /// a part is in the glossary (other parts as printed); nil where the line has neither script,
    /// where no part names more than a place, or where it prints none of the countries whose names
    /// the glossary reads (the scripts are many countries': the reading is for review and findings
    /// only where the country is printed).
    public static func englishLine(_ line: String, country given: String? = nil) -> String? {
        guard let r = englishReading(line, country: given), r.countryPrinted else { return nil }
        return r.line
    }

    /// `englishLine`'s reading, and whether the line prints its country (or its country as read is
    /// one of the glossary's); nil where the line has neither script or no part names more than a
    /// place. A reading without the country is for review only (see `EntityIndex`): a screening
    /// tool does not leave such a line silent.
    public static func englishReading(_ line: String, country given: String? = nil) -> (line: String, countryPrinted: Bool)? {
        let arabic = line.unicodeScalars.contains { (0x600...0x6FF).contains($0.value) }
        let hebrew = line.unicodeScalars.contains { (0x5D0...0x5EA).contains($0.value) }
        let devanagari = !arabic && !hebrew && line.unicodeScalars.contains { (0x900...0x97F).contains($0.value) }
        guard arabic || hebrew || devanagari else { return nil }
        let terms = arabic ? foldedArabicTerms : devanagari ? hindiTerms : hebrewTerms
        let prefixes = arabic ? arabicPrefixes : devanagari ? [] : hebrewPrefixes
        func read(_ word: Substring) -> String? {
            // (A word's own letters, then without a prefix.)
            let w = arabic ? folded(word) : String(word)
            if let t = terms[w] { return t }
            for p in prefixes where w.hasPrefix(p) && w.count > p.count + 1 {
                if let t = terms[String(w.dropFirst(p.count))] { return t }
            }
            return nil
        }
        // (The line's country as read, where it is one of the glossary's: "…, Tehran, Iran" in
        // Latin letters.)
        var named = false, country = given.map { c in ["IR", "SY", "IL", "PK", "IN"].contains { Identifiers.sameCountry(c, $0) } } ?? false
        let parts = line.split(whereSeparator: { ",;،؛".contains($0) }).map { raw -> String in
            // (Persian's "ای" written apart, "هسته ای", is the word's ending.)
            var words = raw.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "–" || $0 == "—" })
            words = words.enumerated().reduce(into: [Substring]()) { out, w in
                if arabic, w.offset > 0, folded(w.element) == "ای" || folded(w.element) == "های", let last = out.popLast() {
                    out.append(Substring(String(last) + String(w.element)))
                } else {
                    out.append(w.element)
                }
            }
            guard !words.isEmpty else { return String(raw) }
            // (A country printed in Latin letters counts too.)
            if words.count == 1, let latin = countries.first(where: { $0.caseInsensitiveCompare(String(words[0])) == .orderedSame }) {
                country = true
                return latin
            }
            let english = words.map(read)
            guard english.allSatisfy({ $0 != nil }) else { return Text.trimmed(String(raw)) }
            let readWords = english.compactMap { $0 }
            // (A part of the country alone prints it; a country's name inside a name does not.)
            if readWords.allSatisfy(countries.contains) { country = true }
            if readWords.contains(where: { !countries.contains($0) && !placeNames.contains($0) }) { named = true }
            return readWords.joined(separator: " ")
        }
        guard named else { return nil }
        return (parts.joined(separator: ", "), country)
    }

    /// The glossary's places (besides countries): a part of places alone names no organisation.
    static let placeNames: Set<String> = ["Tehran", "Isfahan", "Shiraz", "Damascus", "Aleppo", "Negev", "Dimona", "Yavne", "Soreq",
                                          "Kahuta", "Rawalpindi", "Lahore", "Karachi", "Islamabad",
                                          "Mumbai", "Kalpakkam", "Trombay", "Delhi", "Bengaluru", "Hyderabad", "Indore"]
}
