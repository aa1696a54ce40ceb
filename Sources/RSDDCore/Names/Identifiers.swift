import Foundation

/// Identifiers and countries in one spelling.
public enum Identifiers {
    /// The identifier schemes of organisations rsdd reads, each once: the field a list source may
    /// declare, the disambiguation source as ORCID writes it, and whether a ROR record carries it
    /// among its external ids.
    public struct Scheme: Sendable, Hashable {
        public var id: String
        public var orcidSource: String?
        public var inROR: Bool
    }

    public static let schemes: [Scheme] = [
        Scheme(id: "ror", orcidSource: "ROR", inROR: false),  // the record's own id
        Scheme(id: "grid", orcidSource: "GRID", inROR: true),
        Scheme(id: "ringgold", orcidSource: "RINGGOLD", inROR: false),
        Scheme(id: "fundref", orcidSource: "FUNDREF", inROR: true),
        Scheme(id: "lei", orcidSource: "LEI", inROR: false),
        Scheme(id: "isni", orcidSource: nil, inROR: true),
        Scheme(id: "wikidata", orcidSource: nil, inROR: true),
    ]

    /// Every scheme's id.
    public static let schemeIDs: Set<String> = Set(schemes.map(\.id))

    /// A ROR id as its 9-character suffix, others trimmed and lower-cased.
    public static func canonical(_ ids: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for (scheme, value) in ids {
            var v = Text.trimmed(value).lowercased()
            if scheme == "ror", let slash = v.lastIndex(of: "/") { v = String(v[v.index(after: slash)...]) }
            if !v.isEmpty { out[scheme.lowercased()] = v }
        }
        return out
    }

    /// Country names → ISO 3166 alpha-2: every region's name in English, Japanese, Chinese, Korean
    /// and the languages affiliations are printed in most (German, French, Spanish, Italian,
    /// Portuguese, Russian) as the platform's locale data gives them, then the lists' own spellings
    /// (which win). A name two languages give to two regions decides nothing.
    static let countryWords: [String: String] = {
        var t: [String: String] = [:]
        var clash = Set<String>()
        let codes = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }.sorted()
        for id in ["en", "ja", "zh-Hans", "zh-Hant", "ko", "de", "fr", "es", "it", "pt", "ru"] {
            let locale = Locale(identifier: id)
            for code in codes {
                guard let name = locale.localizedString(forRegionCode: code)?.lowercased() else { continue }
                // "Bosnia & Herzegovina" as the locale writes it, "Bosnia and Herzegovina" as lines do.
                for n in name.contains("&") ? [name, name.replacingOccurrences(of: "&", with: "and")] : [name] {
                    if let other = t[n], other != code { clash.insert(n) } else { t[n] = code }
                }
            }
        }
        for name in clash { t[name] = nil }
        // Names that are also places inside other countries (Georgia in the US) decide nothing.
        for ambiguous in ["georgia", "jersey", "guernsey"] { t[ambiguous] = nil }
        t.merge(listWords) { _, list in list }
        return t
    }()

    /// Country words of the lists rsdd reads → ISO 3166 alpha-2.
    static let listWords: [String: String] = [
        "china": "CN", "people's republic of china": "CN", "prc": "CN", "中国": "CN", "中華人民共和国": "CN", "hong kong": "HK",
        "russia": "RU", "russian federation": "RU", "ロシア": "RU", "iran": "IR", "islamic republic of iran": "IR", "イラン": "IR",
        "north korea": "KP", "democratic people's republic of korea": "KP",
        // ISO's order, "Korea, Democratic People's Republic of": the last part alone says which Korea.
        "democratic people's republic of": "KP", "korea, democratic people's republic of": "KP", "dprk": "KP", "北朝鮮": "KP", "south korea": "KR",
        "korea": "KR", "japan": "JP", "日本": "JP", "united states": "US", "united states of america": "US", "usa": "US",
        "u.s.": "US", "united kingdom": "GB", "uk": "GB", "germany": "DE", "france": "FR", "canada": "CA", "india": "IN",
        "pakistan": "PK", "syria": "SY", "belarus": "BY", "myanmar": "MM", "taiwan": "TW", "singapore": "SG",
        "united arab emirates": "AE", "uae": "AE", "turkey": "TR", "türkiye": "TR", "israel": "IL", "australia": "AU",
        "brazil": "BR", "italy": "IT", "spain": "ES", "netherlands": "NL", "switzerland": "CH", "sweden": "SE",
        "アラブ首長国連邦": "AE", "パキスタン": "PK", "シリア": "SY", "台湾": "TW", "香港": "HK", "インド": "IN",
        "p.r. china": "CN", "pr china": "CN", "p. r. china": "CN", "mainland china": "CN", "republic of china": "TW", "roc": "TW",
        "taiwan, roc": "TW", "taiwan roc": "TW", "republic of korea": "KR", "korea, republic of": "KR", "u.s.a.": "US", "us": "US",
        "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB", "great britain": "GB",
        // Names affiliations still print that the locale data has replaced or never had.
        "czech republic": "CZ", "slovak republic": "SK", "holland": "NL", "ivory coast": "CI", "cote d'ivoire": "CI", "burma": "MM",
        "swaziland": "SZ", "cape verde": "CV", "east timor": "TL", "macedonia": "MK", "republic of macedonia": "MK", "macau": "MO",
        "macao": "MO", "syrian arab republic": "SY", "iran, islamic republic of": "IR", "lao pdr": "LA", "republic of moldova": "MD",
        "palestine": "PS", "state of palestine": "PS", "kosovo": "XK", "kingdom of saudi arabia": "SA", "u.k.": "GB", "vietnam": "VN",
        "dpr korea": "KP", "d.p.r. korea": "KP", "d.p.r.k.": "KP", "dpr of korea": "KP", "russian federation (the)": "RU", "iran (islamic republic of)": "IR", "viet nam": "VN",
        // Countries as affiliations written in Russian or Persian print them.
        "россия": "RU", "российская федерация": "RU", "рф": "RU", "беларусь": "BY", "республика беларусь": "BY", "казахстан": "KZ",
        "украина": "UA", "україна": "UA", "росія": "RU", "республика казахстан": "KZ", "қазақстан": "KZ", "белоруссия": "BY",
        "узбекистан": "UZ", "кыргызстан": "KG", "киргизия": "KG", "таджикистан": "TJ", "туркменистан": "TM", "армения": "AM",
        "грузия": "GE", "азербайджан": "AZ", "молдова": "MD", "монголия": "MN", "китай": "CN", "кнр": "CN", "болгария": "BG",
        "българия": "BG", "сербия": "RS", "србија": "RS", "ایران": "IR", "ايران": "IR",
        // And in Arabic, Persian, Urdu, Hebrew and Hindi, as the glossaries' lines print them: a line
        // that names a listing in its own script and prints another country is that country's.
        // (Round 35: "…, دمشق, سوريا" found a listing of Iran by its Persian name.)
        "إيران": "IR", "جمهوری اسلامی ایران": "IR", "سوريا": "SY", "سورية": "SY", "سوریه": "SY",
        "الجمهورية العربية السورية": "SY", "پاکستان": "PK", "باكستان": "PK", "العراق": "IQ", "عراق": "IQ",
        "لبنان": "LB", "ישראל": "IL", "भारत": "IN",
        // (Round 36: the other Arab countries, Afghanistan and Turkey, so that a line of Tunisia's
        // "المعهد العالي للعلوم التطبيقية والتكنولوجيا بسوسة، تونس" is not Syria's HIAST. Not عمان:
        // Oman's name is also Amman's.)
        "تونس": "TN", "الجزائر": "DZ", "المغرب": "MA", "مصر": "EG", "الأردن": "JO", "الاردن": "JO",
        "السعودية": "SA", "المملكة العربية السعودية": "SA", "قطر": "QA", "الكويت": "KW", "اليمن": "YE",
        "ليبيا": "LY", "السودان": "SD", "البحرين": "BH", "الإمارات": "AE", "الامارات": "AE",
        "الإمارات العربية المتحدة": "AE", "فلسطين": "PS", "افغانستان": "AF", "أفغانستان": "AF",
        "تركيا": "TR", "ترکیه": "TR",
        // The same, transliterated (set 55: "Sarov, Nizhegorodskaya obl., 607188, Rossiya").
        "rossiya": "RU", "rossiia": "RU", "rossija": "RU", "rossia": "RU", "rossiyskaya federatsiya": "RU",
        "rossiiskaya federatsiya": "RU", "rossiiskaia federatsiia": "RU", "rossijskaja federacija": "RU", "ukraina": "UA",
        "zhongguo": "CN",
    ]

    /// An ISO 3166 alpha-2 code in upper case, from a code or a country's name; nil otherwise.
    public static func countryCode(_ c: String) -> String? {
        let t = Text.trimmed(c)
        // Two letters are a code only when ISO 3166 has it ("NM" ending an address is a state, "AN"
        // a retired code): anything else gives no country, which vetoes nothing. "UK" is GB.
        if t.count == 2 && t.allSatisfy({ $0.isASCII && $0.isLetter }) {
            let code = t.uppercased()
            if code == "UK" { return "GB" }
            return isoRegions.contains(code) || userAssigned(code) ? code : nil
        }
        if let code = countryName(t) { return code }
        // METI's cell gives the country in Japanese and English: "イラン Islamic Republic of Iran".
        let ascii = String(t.drop { !$0.isASCII }).trimmingCharacters(in: .whitespaces)
        let native = String(t.prefix { !$0.isASCII }).trimmingCharacters(in: .whitespaces)
        let codes = Set([ascii, native].filter { !$0.isEmpty && $0 != t }.compactMap(countryName))
        return codes.count == 1 ? codes.first : nil
    }

    /// The codes ISO 3166 leaves to its users (AA, QM–QZ, XA–XZ, ZZ): fictional countries in
    /// rsdd's own fixtures and demo.
    static func userAssigned(_ c: String) -> Bool {
        let u = Array(c.utf8)
        guard u.count == 2 else { return false }
        return c == "AA" || c == "ZZ" || u[0] == UInt8(ascii: "X") || (u[0] == UInt8(ascii: "Q") && u[1] >= UInt8(ascii: "M"))
    }

    /// ISO 3166 alpha-2 codes of regions (countries and territories).
    static let isoRegions: Set<String> = Set(Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 })

    /// True when two ISO codes may name the country of one organisation: equal, or China with Hong
    /// Kong or Macao (a line prints "Kowloon, Hong Kong, China"; a list gives HK). Taiwan is its own.
    /// A region whose organisations the lists give under one country and their papers print under
    /// either (`contestedCountries`) is the same country as both.
    public static func sameCountry(_ a: String, _ b: String) -> Bool {
        if a == b || (greaterChina.contains(a) && greaterChina.contains(b)) { return true }
        guard a.utf8.count > 2 || b.utf8.count > 2 else { return false }
        return !(contestedCountries[a] ?? [a]).isDisjoint(with: contestedCountries[b] ?? [b])
    }
    static let greaterChina: Set<String> = ["CN", "HK", "MO"]

    /// Regions whose organisations the lists give under Ukraine (the Entity List's "…, Crimea,
    /// 98433, UA") while their own papers print "Russia" since 2014: by ISO 3166-2 code, the
    /// countries either may print. A conflicting country vetoes a match; here neither does, so a
    /// listing there is never silenced by the country its co-author's line prints. (Donetsk and
    /// Luhansk are left out: the lists name those regions' own "People's Republics", which a line
    /// from there prints as its place, not as its organisation.)
    static let contestedCountries: [String: Set<String>] = ["UA-43": ["UA", "RU"], "UA-40": ["UA", "RU"]]
    /// The words of an address (whole words, folded to lower case) that place it in such a region.
    static let contestedPlaces: [String: String] = ["crimea": "UA-43", "krym": "UA-43", "simferopol": "UA-43", "sevastopol": "UA-40"]

    /// The country a listing's record is compared by: its own code, or the code of a contested
    /// region (`contestedCountries`) where the list gives Ukraine and an address there as whole
    /// words ("…, Crimea, 98433, UA"; not Moscow's "Sevastopolski Ave.").
    /// (A region's code given is kept: a line ending "…, Yalta, Crimea" is compared as UA-43.)
    public static func listingCountry(_ country: String?, places: [String]) -> String? {
        if let country, contestedCountries[country] != nil { return country }
        guard let code = country.flatMap(countryCode) else { return nil }
        guard code == "UA", !places.isEmpty else { return code }
        for place in places {
            let words = place.lowercased().split(whereSeparator: { !$0.isLetter })
            if let hit = words.lazy.compactMap({ contestedPlaces[String($0)] }).first { return hit }
        }
        return code
    }

    /// The country a list gives for a code `listingCountry` returned: "UA" for a region of it.
    public static func listedCountry(_ code: String) -> String {
        code.utf8.count > 2 ? String(code.prefix(2)) : code
    }

    /// The contested region a line's own place names as its last part ("Yalta, Crimea",
    /// "Republic of Crimea"), or nil.
    public static func contestedRegion(_ place: String) -> String? {
        lineRegions[Text.trimmed(place).lowercased()]
    }
    static let lineRegions: [String: String] = ["crimea": "UA-43", "republic of crimea": "UA-43", "autonomous republic of crimea": "UA-43", "sevastopol": "UA-40",
                                                // (In Ukrainian and Russian: "…, Бахчисарайський р-н, Крим". Round 34, from set 95.)
                                                "крим": "UA-43", "крым": "UA-43", "республика крым": "UA-43", "автономна республіка крим": "UA-43",
                                                "севастополь": "UA-40"]

    /// An ISO 3166 alpha-2 code from a country's name (English, Japanese, Chinese, or a list's own
    /// spelling), never from a two-letter word (in an affiliation line "CA" is a state); nil otherwise.
    public static func countryName(_ c: String) -> String? {
        if let answer = asciiCountryName(c) { return answer }
        // (A typographic apostrophe is an apostrophe: "Democratic People’s Republic of Korea".)
        var t = Text.trimmed(c).trimmingCharacters(in: CharacterSet(charactersIn: ".;"))
        if t.utf8.contains(0xE2) || t.utf8.contains(0xCA) { t = t.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "ʼ", with: "'") }
        return countryWords[t.lowercased()] ?? countryWords[t.replacingOccurrences(of: "The ", with: "").lowercased()]
    }

    /// `countryName` of an ASCII string, read on its bytes (the same steps: spaces and tabs trimmed,
    /// then full stops and semicolons, lowered, and again without "The "); nil for another string,
    /// `.some(nil)` for an ASCII string that names no country. Most parts of lines are ASCII, and
    /// Foundation's trimming and replacing were a part of reading each. Round 44.
    static func asciiCountryName(_ c: String) -> String?? {
        var c = c
        return c.withUTF8 { b -> String?? in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            var lo = 0, hi = b.count
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
            while lo < hi, b[lo] == 0x2E || b[lo] == 0x3B { lo += 1 }
            while hi > lo, b[hi - 1] == 0x2E || b[hi - 1] == 0x3B { hi -= 1 }
            func lowered(_ bytes: some Sequence<UInt8>) -> String {
                String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
            }
            let t = b[lo..<hi]
            if let found = countryWords[lowered(t)] { return .some(found) }
            // ("The " removed wherever it stands, left to right, as `replacingOccurrences` does.)
            var out: [UInt8] = []
            out.reserveCapacity(t.count)
            var k = lo
            while k < hi {
                if k + 4 <= hi, b[k] == 0x54, b[k + 1] == 0x68, b[k + 2] == 0x65, b[k + 3] == 0x20 {
                    k += 4
                } else {
                    out.append(b[k])
                    k += 1
                }
            }
            return .some(countryWords[lowered(out)])
        }
    }
}
