import Foundation
import RSDDCore
import Synchronization

/// Why two names or records are, or are not, one organisation.
public struct PairScore: Sendable, Hashable, Codable {
    /// 1 for an equal identifier or an equal name; else the best weighted share of words.
    public var score: Double
    /// The best plain share of distinct words (unweighted), so that a match of frequent words
    /// alone ("university") is never taken for a match of names.
    public var words: Double
    /// Words the best pair of names has in common.
    public var shared: Int
    public var features: [String: String]
    /// A reason the pair may never be linked (conflicting identifiers or countries, a person).
    public var veto: String?
    /// The names agree only through the skeleton of a name written wholly in look-alikes (set
    /// while scoring names; `score` turns it into a near match).
    var skeleton = false

    enum CodingKeys: String, CodingKey { case score, words, shared, features, veto }

    public init(score: Double, words: Double = 1, shared: Int = 0, features: [String: String], veto: String? = nil) {
        self.score = score
        self.words = words
        self.shared = shared
        self.features = features
        self.veto = veto
    }

    /// Raised to a finding by a rule that read the line past the overlap of words (score and
    /// words at `PairScorer.match` at least); the rule's own feature says why. `twoShared`: as if
    /// two words were shared (a name of one word is a finding only so). `pastLetters`: the rule
    /// read more than the letters, so the doubt of `acronym_only` is gone.
    mutating func raiseToMatch(twoShared: Bool = false, pastLetters: Bool = false) {
        score = max(score, PairScorer.match)
        words = max(words, PairScorer.match)
        if twoShared { shared = max(shared, 2) }
        if pastLetters { features["acronym_only"] = nil }
    }
}

/// The one scorer of "are these the same organisation", and its three thresholds: clustering
/// listed and registry records (`link`), a tie naming a listed organisation (`match`), and a
/// near miss for an analyst (`near`). Features explain every score.
public struct PairScorer: Sendable {
    /// Records at least this close are one entity.
    public static let link = 0.92
    /// A tie at least this close (and sharing most words outright) names the record.
    public static let match = 0.8
    /// A tie this close, sharing two words or more, is shown for review: never a finding.
    public static let near = 0.5

    let normaliser = NameNormaliser()

    public init() {}

    /// A record prepared for comparison: every name part's words, keys and blocking keys.
    public struct Prepared: Sendable {
        var names: [[String]]
        /// Each name's words, sorted, once each (in a listed name of four distinct words or fewer,
        /// a word it repeats once more for each repetition, marked: `sortedWords`): two names are
        /// compared by walking both at once.
        var sortedNames: [[String]]
        /// The inverse frequency of each of those words, once an index has weighed them (`weighed`).
        var sortedWeights: [[Double]] = []
        /// Which of those words hold a number (a digit or a Han numeral), found once with the weights.
        var sortedNumbers: [[Bool]] = []
        /// Each of those names' words as bits of one word (`wordBits`), found with the weights: two
        /// names with no bit in common share no word, and are not walked.
        var sortedBits: [UInt64] = []
        /// `sortedNames` as numbers of one index's words (`WordNumbers`), in the same order, and
        /// which numbering gave them (0: none). Round 44.
        var sortedIDs: [[UInt32]] = []
        var numbering = 0
        /// Acronyms listed or derived from a name's initials: weak evidence.
        var acronyms: Set<String>
        /// The acronyms the record's own names give ("… (UESTC)"), not derived ones.
        var namedAcronyms: Set<String> = []
        /// Every name's normalised key, for exact agreement.
        var keys: [String: String]
        /// Names with their words run together (eight letters or more), for spacing variants.
        var compacts: [String: String]
        var tokens: Set<String>
        /// Blocking keys beside the words: each pair of neighbouring words (listed records only).
        var pairs: Set<String>
        var country: String?
        var identifiers: [String: String]
        var person: Bool
        /// A registry organisation (knowledge, never a listing).
        var registry: Bool
        /// A listed record (it has a category).
        var listed: Bool
        /// Names whose look-alike letters had to be folded.
        var folded: Bool
        /// The names (by index) and keys that are only the Latin skeleton of a name written wholly
        /// in look-alikes: a match between such a name and one that is not is never certain.
        var skeletonNames: Set<Int> = []
        var skeletonKeys: Set<String> = []
        /// `keys` and `compacts` in sorted order, once `weighed` (a query is scored against many
        /// candidates: sorting them once, not per candidate).
        var orderedKeys: [String]? = nil
        var orderedCompacts: [String]? = nil
    }

    /// Spellings and abbreviations that one organisation's name is printed in: British and
    /// American ("Defence", "Organisation"), and the abbreviations of words that affiliation lines
    /// shorten ("Phys.", "Mech.", "Technol."). Compared as one word; a name's key is not changed.
    static let variants: [String: String] = englishAndRussianVariants.merging(persianVariants) { a, _ in a }

    /// Persian words of organisation names printed transliterated (round 26: "Markaz-e Tahqiqat-e
    /// Shahid Eslami" for the listed "Shahid Eslami Research Center", "Sazman-e Enerzhi-ye Atomi-ye
    /// Iran" for the Atomic Energy Organization of Iran). The ezafe, "-ye", is read in `compared`;
    /// "Markaz" and "Daneshgah" are kinds of body, read by the normaliser.
    static let persianVariants: [String: String] = [
        "tahqiqat": "research", "tahghighat": "research", "tahqiqati": "research", "tahghighati": "research",
        "pazhuhesh": "research", "pazhouhesh": "research", "pajouhesh": "research",
        "oloom": "science", "olum": "science", "ulum": "science", "sazman": "organization", "sazeman": "organization",
        "enerzhi": "energy", "enerji": "energy", "atomi": "atomic",
        "daryaei": "navy", "daryayi": "navy", "daryai": "navy",
        // (Round 28, from set 76: "Daneshgah-e Ali-ye Defa-e Melli" for the listed "Supreme National
        // Defense University". "Ali" is "Supreme" only before an ezafe, in `compared`: elsewhere it
        // is a person's name. Not "Sanaye", industries: the lists print it untranslated in
        // companies' names, "Sanaye Electronic …", which it brought near every "… Industries", 21
        // more review items on the bench's 10,000 teams.)
        "defa": "defense", "defaa": "defense", "melli": "national",
        // (Set 80: "Markaz-e Tahqiqat-e Enfejar va Zarbeh", the listed "Research Centre for
        // Explosion and Impact"; "va", and, is left out in `compared`.)
        "enfejar": "explosion", "enfejari": "explosion", "zarbeh": "impact", "zarbe": "impact",
        // (Round 44, set 148: "Defa'i", defensive, as "Defaee" and "Defaei" too: "Sazman-e
        // Pazhouheshhaye Novin-e Defaee" for SPND's Persian name, which rsdd's table gives.)
        "defai": "defense", "defaee": "defense", "defaei": "defense",
    ]

    /// Persian's plural with its ezafe, "-haye" ("Pazhouhesh-haye", researches of), as a word after
    /// a word of the Persian table, or joined to it ("Pazhouheshhaye"): no word of the name, the
    /// word itself read as the table reads it. Round 44, set 148.
    static let persianPluralEndings = ["haye", "hae", "hay", "ha"]

    /// True for a word that ends as `persianPluralEndings` do (read on its last bytes: `compared`
    /// reads every name).
    static func mayEndPersianPlural(_ w: String) -> Bool {
        var u = w.utf8.reversed().makeIterator()
        guard let a = u.next(), let b = u.next() else { return false }
        if a == UInt8(ascii: "a") { return b == UInt8(ascii: "h") }
        if a == UInt8(ascii: "e") || a == UInt8(ascii: "y") {
            guard b == UInt8(ascii: "a") || b == UInt8(ascii: "y") else { return false }
            return u.contains(UInt8(ascii: "h"))
        }
        return false
    }

    static let englishAndRussianVariants: [String: String] = [
        "defence": "defense", "programme": "program", "phys": "physics", "mech": "mechanics", "chem": "chemistry",
        "technol": "technology", "opt": "optics", "appl": "applied", "math": "mathematics", "engn": "engineering",
        "supercomputing": "supercomputer", "russia": "russian", "testing": "test",
        "telecommun": "telecommunication", "commun": "communication", "astronaut": "astronautics",
        "environmental": "environment", "aircraft": "aviation", "aviat": "aviation",
        // (Round 44, set 148: "Education and Research Institute" for the listed alias "Educational
        // Research Institute (ERI)", as "Environmental" is "Environment".)
        "educational": "education",
        // Авиация and 航空 are translated "Aviation" and "Aeronautics" alike ("Naval Aeronautical
        // University" is the listed "Naval Aviation University"; SibNIA is the "Siberian
        // Aeronautical Research Institute" and the "… Research Institute of Aviation").
        "aeronaut": "aviation", "aeronautics": "aviation", "aeronautic": "aviation",
        // Автоматики: "Automatics" and "Automation" ("Dukhov Automatics Research Institute").
        "automatics": "automation",
        // Web of Science's abbreviations ("Beijing Aeronaut Mfg Technol Res Inst"), and the
        // adjective the listed name uses where the abbreviation stands for the noun.
        "mfg": "manufacturing", "aeronautical": "aviation", "org": "organization", "int": "international", "inf": "information",
        // Russian words of a name printed transliterated, not translated ("Nauchno-proizvodstvennoe
        // ob’edinenie «Kvant»" is the listed "Research and Production Association KVANT").
        "nauchno": "research", "proizvodstvennoe": "production",
        "obedinenie": "association", "obedineniye": "association", "obyedinenie": "association", "obyedineniye": "association",
        "predpriyatie": "enterprise", "predpriyatiye": "enterprise", "predpriiatie": "enterprise",
        "zavod": "plant", "kontsern": "concern", "tsentr": "center", "byuro": "bureau",
        "konstruktorskoe": "design",
        // "Agrofirma" (агрофирма), printed transliterated: an agricultural company ("Company" is a
        // legal form, left out).
        "agrofirma": "agricultural", "agrofirm": "agricultural",
        // "Navy" and "Naval", "Flying" and "Flight", in any name: a PLA school's English gives 海军
        // and 飞行学院 either way, and no two listed organisations differ by them alone.
        "naval": "navy", "flying": "flight",
        // Russian "zavod" in its two English translations: "Lianozovo Electromechanical Works" is
        // the listed "… Plant". (A "design office" is read in `compared`.)
        "works": "plant",
        // An adjective that one translation of a name uses and another the noun: "Institute of
        // Molecular and Cellular Biology" and "… Cell Biology", "Center for Biological Research"
        // and "… for Biology".
        "cellular": "cell", "biological": "biology",
        // A PLA school for non-commissioned officers is printed as an NCO, a sergeant or (in the navy)
        // a petty officer school.
        "sergeant": "nco", "sergeants": "nco",
        // The rest of Web of Science's address abbreviations that organisation names use ("Supreme
        // Natl Def Univ", "Rzhanov Inst Semicond Phys", "Technol & Engn Ctr Space Utilizat"), each
        // as the word it shortens; an adjective as its noun where a name is printed either way
        // ("Special Technological Centre" is the listed "Special Technology Center").
        "adv": "advanced", "aerosp": "aerospace", "automat": "automation", "biochem": "biochemistry", "biol": "biology",
        "biomed": "biomedical", "biophys": "biophysics", "biotechnol": "biotechnology", "biotech": "biotechnology", "bur": "bureau", "coll": "college",
        "comp": "computer", "computat": "computational", "construct": "construction", "def": "defense", "dev": "development",
        "div": "division", "educ": "education", "elect": "electronic", "environ": "environment", "environm": "environment", "expt": "experimental",
        "fac": "faculty", "geol": "geology", "geophys": "geophysics", "govt": "government", "grad": "graduate", "grp": "group",
        "hlth": "health", "hosp": "hospital", "informat": "information", "instrumentat": "instrumentation", "integrat": "integrated",
        "mat": "material", "mater": "material", "med": "medical", "metall": "metallurgy", "microelect": "microelectronics",
        "mil": "military", "minist": "ministry", "mol": "molecular", "nav": "navy", "nucl": "nuclear", "observ": "observatory",
        "oceanog": "oceanography", "optoelect": "optoelectronics", "pharmaceut": "pharmaceutical", "pharmacol": "pharmacology",
        "physiol": "physiology", "polytech": "polytechnic", "precis": "precision", "prod": "production", "radiat": "radiation",
        "radiophys": "radiophysics", "sch": "school", "secur": "security", "semicond": "semiconductor", "simulat": "simulation",
        "struct": "structure", "syst": "system", "theoret": "theoretical", "toxicol": "toxicology", "utilizat": "utilization",
        "technological": "technology", "structural": "structure", "sw": "southwest", "stand": "standard",
        "calibrat": "calibration", "calib": "calibration", "stds": "standard", "metrol": "metrology", "serv": "service", "transfus": "transfusion", "assoc": "association",
        "supercomp": "supercomputer",
        // (Round 32: "Natl Key Lab Radar Signal Proc, Xidian Univ"; "Tianjin Inst Environm & Operat
        // Med"; the rest of the kind in Web of Science's list that listed names use.)
        "proc": "processing", "operat": "operational", "propuls": "propulsion", "aerodynam": "aerodynamics",
        "hyg": "hygiene", "guid": "guidance", "inorgan": "inorganic",
        // (Set 48: "Natl. Supercomput. Ctr. in Changsha"; set 51: "Res. Inst. of Navig. Technol.",
        // "Inst. of Health Serv. and Med. Inform.")
        "supercomput": "supercomputer", "navig": "navigation", "inform": "information",
        // (Round 17: "Shanghai Inst Microsyst & Informat Technol", "China Haiying Electromech
        // Technol Acad".)
        "microsyst": "microsystem", "electromech": "electromechanical",
        // (Set 41: "Beijing Inst. of Microbiol. & Epidemiol.".)
        "microbiol": "microbiology", "epidemiol": "epidemiology",
        // (Set 40: "Iran Compos. Inst.", "Air Weapons Cmplx.", "Imam Baqir Uni.".)
        "compos": "composite", "cmplx": "complex", "uni": "university",
        // (Set 43: "Acad Mil Med Sci, Inst Mil Vet"; set 42: "Air Force Logist Acad".)
        "vet": "veterinary", "logist": "logistic",
        // (Round 13: "Res Inst Appl Acoust", "Control Equip. Inst.", and the "Engg." of Indian and
        // Pakistani lines; "Organ Chem" is read in `compared`.)
        "acoust": "acoustics", "equip": "equipment", "engg": "engineering",
        // (Round 23: "Space & Upper Atmosphere Res. Commn.". Not "Info": a listed "Info Tec" would
        // become "Information Technology", near every school of it.)
        "commn": "commission",
        // (Round 15: "Inst Dis Control & Prevent".)
        "dis": "disease", "prevent": "prevention",
        // ("Physical" stays apart from "Physics", and "Medicine" from "Medical", though Web of Science
        // writes "Phys" and "Med" for both: read as one, "Lebedev Physical Institute" came near every
        // institute of physics, and the Academy of Military Medical Sciences near each of its
        // institutes of "… Medicine": 221 and 46 more review items on the bench's 10,000 teams, for
        // one more line found.)
        // Russian words of a name printed transliterated ("FGBU “27 Nauchnyi Tsentr” Minoborony
        // Rossii" is the listed "27th Scientific Center of the Russian Ministry of Defense").
        "nauchnyi": "research", "nauchny": "research", "spetsialnyi": "special",
        "tekhnologicheskii": "technology", "rossii": "russian",
        "rossiiskoi": "russian", "rossiyskoy": "russian",
        // (Round 16: a Russian name transliterated whole, "AO «Uralskii nauchno-issledovatelskii
        // institut kompozitsionnykh materialov»" for the listed "Ural Research Institute of
        // Composite Materials": the words of research institutes' names, as declined there.)
        "issledovatelskii": "research",
        "materialov": "material", "kompozitsionnykh": "composite", "kompozitsionnyh": "composite",
        "khimii": "chemistry", "fiziki": "physics", "tekhnologii": "technology", "elektroniki": "electronics",
        // (Round 31, from set 89: "Granit-Elektron Concern" for the listed "Concern Granit-Electron".)
        "elektron": "electron", "elektronika": "electronics",
        "avtomatiki": "automation", "priborostroeniya": "instrument", "tsentralnyi": "central",
        "uralskii": "ural", "uralsky": "ural",
        "gosudarstvennyi": "state",
        "nauchnoissledovatelskii": "research",
        "ekonomiki": "economics", "organizatsii": "organization", "upravleniya": "management", "promyshlennosti": "industry",
        "gazovoi": "gas", "gazovoy": "gas", "neftyanoi": "oil",
        // (Round 17: "NII Mikroelektronnoi Apparatury «Progress»", the listed "Institute for
        // Scientific Research Microelectronic Equipment Progress".)
        "mikroelektronnoi": "microelectronic", "apparatury": "equipment",
        // (From set 39's first run: "Golovnoe Sistemnoe Konstruktorskoe Byuro", "Sankt-Peterburgskoe
        // Morskoe Byuro Mashinostroeniya", "Kaluzhskii … Institut", "Severnoye
        // Proyektno-Konstruktorskoye Byuro"; any ending, as `russianStem` reads them.)
        "golovnoe": "main", "sistemnoe": "system", "morskoe": "marine", "sankt": "saint", "peterburgskoe": "petersburg",
        // (Round 38, set 114: Петербург transliterated, "Sankt-Peterburg".)
        "peterburg": "petersburg",
        // (Round 39, set 119: Москва, "Moskva", a city printed after a name in Russian.)
        "moskva": "moscow",
        "kaluzhskii": "kaluga", "moskovskii": "moscow", "proyektno": "design", "proektno": "design",
        // Web of Science's "Optron" ("Natl Inst Laser & Optron").
        "optron": "optronics",
        // (From set 38: Северное, "Severnoe" or "Severnoye", is "Northern"; "Severny" is under the
        // eight letters `russianStem` reads.)
        "severnoe": "northern", "severny": "northern",
        // (From set 46's first run: "NII prikladnoi akustiki", the listed "Scientific Research
        // Institute of Applied Acoustics". The words of subjects institutes' names print in the
        // genitive, and "applied", each in any ending `russianStem` reads.)
        "prikladnoi": "applied", "akustiki": "acoustics", "mekhaniki": "mechanics", "matematiki": "mathematics",
        "optiki": "optics", "aviatsionnyi": "aviation", "kosmicheskikh": "space",
        "kosmicheskii": "space", "elektromekhaniki": "electromechanics",
        // (Set 53: the adjective, "NPO Lianozovskii Elektromekhanicheskii Zavod".)
        "elektromekhanicheskii": "electromechanical",
        // (Set 48: оборудования, "NII Aviatsionnogo Oborudovaniya".)
        "oborudovaniya": "equipment", "oborudovanie": "equipment", "oborudovaniia": "equipment",
        "opytnoe": "experimental", "opytnoye": "experimental", "opytnyi": "experimental", "opytnyy": "experimental",
        // (Web of Science's "Spec. Technol. Ctr.", "Sci. & Ind. Corp.", and "Natl. Devp. Complex". Its
        // "Ind" is as often "Industrial", which stays apart: read so only where a name has "Industry".)
        "spec": "special", "ind": "industry", "devp": "development",
        // NBC defence (nuclear, biological, chemical) is what the PLA's 防化 is translated as, and
        // "Chemical Defence" too ("PLA Army Institute of Chemical Defence" is the listed "Army
        // Institute of NBC Defense").
        "nbc": "chemical",
        // Persian names as Iranian universities print them.
        "emam": "imam", "hossein": "hussein", "hosein": "hussein", "husain": "hussein", "bagher": "baqir", "baqer": "baqir",
        "hussain": "hussein", "husein": "hussein", "malik": "malek",
        // (Round 36, set 102: "Shahid Islami Research Centre" for the listed "Shahid Eslami Research
        // Center"; Esfahan and Isfahan, one city.)
        "eslami": "islami", "esfahan": "isfahan",
        // (Round 24, from sets 58–59: ISO 4's "Engng." and "Transp." ("China Academy Engng.
        // Physics", "Army Mil. Transp. Univ."); "Transport" and "Transportation" translate one word
        // of a name (交通, транспорт); 航天 is printed "Spaceflight" as well as "Aerospace"
        // ("Beijing Spaceflight Automatic Control Res. Inst.").)
        "engng": "engineering", "transp": "transportation", "transport": "transportation", "spaceflight": "aerospace",
        // (And the adjective "Logistical" for "Logistic": "Army Logistical University".)
        "logistical": "logistic",
        // (Set 61, read after its first run: "Space & Upper Atmos. Res. Comm.", "Huahang Radio Meas.
        // Res. Inst.", "Karaj Br., Azad Univ."; British "Armoured" for the listed "Armored".)
        "atmos": "atmosphere", "meas": "measurement", "br": "branch", "armoured": "armored", "armour": "armor",
        // (Round 26, from sets 65–67 read after their first runs: "Advanced Engr. Res. Org.",
        // "All-Russia Res. Inst. of Exp. Physics"; Russian names transliterated whole, "33
        // Tsentralnyi Nauchno-Issledovatelskii Ispytatelnyi Institut", "NII Fiziko-Tekhnicheskikh
        // i Radiotekhnicheskikh Izmerenii": testing, measurements, physical, technical.)
        "engr": "engineering", "exp": "experimental", "ispytatelnyi": "test", "izmerenii": "measurement",
        "fiziko": "physical", "tekhnicheskikh": "technical", "tekhnicheskii": "technical",
        // (Round 27, from sets 72–73 read after their first runs: 조선, "Chosun" as well as "Choson"
        // ("Chosun Computer Centre" for the listed alias "Choson Computer Center"); the list's own
        // "Elektromechaniki", as "Elektromekhaniki" is read.)
        "chosun": "choson", "elektromechaniki": "electromechanics",
        // (From sets 74–75: Korean names romanised, "Kukbang Kwahakwon" (국방과학원) for the listed
        // "Academy of National Defense Science", "Choson Kompyuta Senta" for "Korea Computer Center",
        // alias "Choson Computer Center".)
        "kompyuta": "computer", "senta": "center",
        // (Round 28, from set 76: "Choson Kompyuto Sentho", the same name in another romanisation.)
        "kompyuto": "computer", "sentho": "center",
        // (Set 81: 녕변, "Nyongbyon" as the DPRK romanises it, for the listed "Yongbyon".)
        "nyongbyon": "yongbyon",
        // (Set 81: "Information Systems Eng. Key Lab.")
        "eng": "engineering",
    ]

    /// Words an ezafe follows: the Persian table's, as printed, and the kinds of body the
    /// normaliser reads "Markaz" and "Daneshgah" as.
    static let persianWords: Set<String> = Set(persianVariants.keys).union(["center", "university", "ali", "aali"])

    /// The ways one ending of a Russian word is transliterated (-ый: "yi", "yy", "y", "yj"; -ий:
    /// "ii", "iy", "ij", "y"; -ой: "oi", "oy", "oj"; -ая, -ое, -ого, and a noun's genitive "i"),
    /// longest first.
    static let russianEndings = ["ogo", "aya", "aia", "aja", "oye", "yi", "yy", "yj", "iy", "ij", "ii", "oi", "oy", "oj", "oe", "y", "i"]

    /// `w` without its Russian ending, where eight letters or more and a stem of six remain.
    static func russianStem(_ w: String) -> Substring? {
        guard w.utf8.count >= 8, let last = w.utf8.last, last == UInt8(ascii: "i") || last == UInt8(ascii: "y")
                || last == UInt8(ascii: "j") || last == UInt8(ascii: "e") || last == UInt8(ascii: "a") || last == UInt8(ascii: "o") else { return nil }
        for e in russianEndings where w.hasSuffix(e) {
            let stem = w.dropLast(e.count)
            return stem.utf8.count >= 6 ? stem : nil
        }
        return nil
    }

    /// The Russian words of `variants` by their stems (the table gives each word once: its other
    /// endings are read here).
    static let variantStems: [Substring: String] = {
        var d: [Substring: String] = [:]
        for (k, v) in variants { if let s = russianStem(k) { d[s] = v } }
        return d
    }()

    /// A Russian word of `variants` in another transliteration of its ending: "Spetsialny
    /// Tekhnologichesky Tsentr" is the "Spetsialnyi Tekhnologicheskii Tsentr", the listed "Special
    /// Technology Center". (Only the stems of words in `variants`: an English word is left as it is.)
    static func russianVariant(_ w: String) -> String? {
        // (Most words are English: the first six letters of a known stem, looked up first.)
        guard w.utf8.count >= 8, variantStemStarts.contains(w.utf8.prefix(6).reduce(0) { $0 << 8 | UInt64($1) }) else { return nil }
        return russianStem(w).flatMap { variantStems[$0] }
    }

    /// A Russian word of `variants` written with a glide between vowels that the table's spelling
    /// lacks ("Priborostroyeniya" for "priborostroeniya"): read alike, as `fold` reads other
    /// words. Nil for a word without a glide, or with no such spelling in the table.
    static func glidelessVariant(_ w: String) -> String? {
        // (Only a word with a glide is looked up: most words have none, and are not hashed again.)
        guard w.utf8.count >= 8 else { return nil }
        let bare = withoutGlide(w)
        return bare == w ? nil : glidelessVariants[bare]
    }

    /// `variants` by their keys without glides, where that leaves one reading.
    static let glidelessVariants: [String: String] = {
        var d: [String: String] = [:], clash: Set<String> = []
        for (k, v) in variants where k.utf8.count >= 8 {
            let bare = withoutGlide(k)
            if let old = d[bare], old != v { clash.insert(bare) } else { d[bare] = v }
        }
        for c in clash { d[c] = nil }
        return d
    }()

    /// The first six letters of each stem in `variantStems`, as one number.
    static let variantStemStarts: Set<UInt64> = Set(variantStems.keys.map { $0.utf8.prefix(6).reduce(0) { $0 << 8 | UInt64($1) } })

    /// A service school's compared words with its "Institute" as the school it is (学院 is printed
    /// "Institute" too: "Army Aviation Institute of PLA", "Institute of NBC Defense, PLA Army"), but
    /// not a research institute (研究所) nor an institute of a service's subject ("Institute of Naval
    /// Medicine"). Compared only where a name would otherwise match exactly: as a word of every
    /// comparison, it brought each "Army Academy of … Defense" near the "Army Institute of NBC
    /// Defense" (about 300 more review items on the bench's 10,000 teams, for two lines found).
    static func asServiceSchool(_ words: [String]) -> [String] {
        guard words.contains("institute"), isServiceSchool(words) else { return words }
        return words.indices.map { k in
            words[k] == "institute" && (k == 0 || words[k - 1] != "research") && !(k + 1 < words.count && ["navy", "army", "air", "rocket"].contains(words[k + 1]))
                ? "academy" : words[k]
        }
    }

    /// True for the words of a name of an armed service's school: army, navy, air force, rocket
    /// force (or its former name, the Second Artillery), armed police, PLA, or an NCO's ("Naval NCO
    /// School").
    static func isServiceSchool(_ kept: [String]) -> Bool {
        kept.contains { $0 == "army" || $0 == "naval" || $0 == "navy" || $0 == "pla" || $0 == "plaaf" || $0 == "plarf" || $0 == "nco" || $0 == "sergeant" || $0 == "petty" || $0 == "artillery" }
            // (PLAN, the PLA Navy, read so first, before a school: "PLAN Command College". Round 29.)
            || kept.first == "plan"
            // (The Ground Force, the PLA Army's name before 2015: "Ground Force Command College".
            // Round 29.)
            || (kept.contains("force") && (kept.contains("air") || kept.contains("rocket") || kept.contains("ground")))
            || (kept.contains("armed") && kept.contains("police"))
    }

    /// Letters of Russian forms of enterprise (НПО, СНПО, НПП, ГНПП, НПЦ, ФНПЦ) as the words they stand for,
    /// as compared ("Scientific" is "Research").
    static let enterpriseLetters: [String: [String]] = [
        "npo": ["research", "production", "association"], "rpa": ["research", "production", "association"],
        "snpo": ["special", "research", "production", "association"], "gnpo": ["state", "research", "production", "association"],
        "npp": ["research", "production", "enterprise"], "rpe": ["research", "production", "enterprise"],
        "gnpp": ["state", "research", "production", "enterprise"],
        "npc": ["research", "production", "center"], "fnpc": ["federal", "research", "production", "center"],
        // (ФНПЦ, НПЦ transliterated with Ts: "FGUP «FNPTs NNIIRT»".)
        "npts": ["research", "production", "center"], "fnpts": ["federal", "research", "production", "center"],
        // НПФ, a research and production firm, which the lists write "Company" ("NPF «Mikran»", the
        // listed "… Research and Production Company Micran"; "Company" is a legal form, left out as
        // names are read).
        "npf": ["research", "production"],
    ]

    /// True when compared words name an academy of sciences (or a branch of one): a parent of
    /// many institutes, never one of them.
    static func namesAcademyOfSciences<S: Sequence<String>>(_ words: S) -> Bool {
        var academy = false, science = false
        for w in words { if w == "academy" { academy = true } else if w == "science" { science = true } }
        return academy && science
    }

    /// Words that say what kind of body a name is, as compared (for the rest of a name after a
    /// listing's acronym for its leading words).
    static let bodyWords: Set<String> = ["institute", "center", "laboratory", "plant", "factory", "bureau", "university",
                                         "college", "academy", "school", "company", "enterprise", "association", "corporation"]

    /// The forms of enterprise those letters stand for, as compared words, longest first.
    static let writtenOutForms: [[String]] = Array(Set(enterpriseLetters.values)).sorted { ($0.count, $0.joined(separator: " ")) > ($1.count, $1.joined(separator: " ")) }

    /// An ordinal as a word, as its number, in a name of three words or more ("Third Academy of
    /// China Aerospace …" is "… 3rd Academy"): "Ninth Academy" alone, an alias of one
    /// organisation, stays apart from "9th Academy", a unit of many.
    static let ordinals: [String: String] = [
        "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
        "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11", "twelfth": "12",
    ]

    /// A name's normalised words as the scorer compares them: without function words, CJK runs cut
    /// into pairs, each folded (`fold`), with a few words that one name is translated by read as one.
    public static func compared(_ tokens: [String]) -> [String] {
        // "R&D" and "R&P" (read "r and d") are "Research and Development", "Research and
        // Production": "R&D Centre “Belmicrosystems”" is the listed "Belmicrosystems Research and
        // Design Center". (Most names have no "r": nothing is copied.)
        var tokens = tokens
        if tokens.contains("r"), let k = tokens.indices.first(where: { $0 + 2 < tokens.count && tokens[$0] == "r" && tokens[$0 + 1] == "and" && (tokens[$0 + 2] == "d" || tokens[$0 + 2] == "p") }) {
            tokens.replaceSubrange(k...(k + 2), with: ["research", tokens[k + 2] == "d" ? "development" : "production"])
        }
        // "SRI of …", "SRI for …", the English letters of НИИ: a Scientific Research Institute of
        // what follows ("SRI of Computer Engineering"). (Before "of" or "for" only: "SRI
        // International" is a name of its own.)
        if tokens.contains("sri"), let k = tokens.indices.first(where: { tokens[$0] == "sri" && $0 + 1 < tokens.count && (tokens[$0 + 1] == "of" || tokens[$0 + 1] == "for") }) {
            tokens.replaceSubrange(k...k, with: ["scientific", "research", "institute"])
        }
        // (Abbreviations and other spellings first, so that the rules below read "Sch" as "School"
        // and "Res & Dev" as "Research and Development".)
        var kept = tokens.filter { !NameNormaliser.functionWords.contains($0) }
        // Persian's ezafe ("Markaz-e Tahqiqat-e …", "Enerzhi-ye Atomi-ye …"), a word of its own
        // once the dash is gone: "ye" after a word of the Persian table only. ("e", a letter alone,
        // is a function word already.) (Round 26.)
        // ("Va", and, between Persian words of the table: "Enfejar va Zarbeh". Round 28.)
        if kept.contains("va"), kept.contains(where: { PairScorer.persianVariants[$0] != nil }) { kept.removeAll { $0 == "va" } }
        // Persian's plural with its ezafe, a word of its own or joined ("Pazhouhesh-haye",
        // "Pazhouheshhaye"): see `persianPluralEndings`. Round 44.
        if kept.contains(where: PairScorer.mayEndPersianPlural) {
            kept = kept.indices.compactMap { k -> String? in
                let w = kept[k]
                if PairScorer.persianPluralEndings.contains(w) { return k > 0 && PairScorer.persianWords.contains(kept[k - 1]) ? nil : w }
                for e in PairScorer.persianPluralEndings where w.hasSuffix(e) && w.utf8.count > e.utf8.count + 3 {
                    let stem = String(w.dropLast(e.count))
                    if PairScorer.persianVariants[stem] != nil { return stem }
                }
                return w
            }
        }
        if kept.contains("ye") {
            // ("Ali-ye", "high", before an ezafe is a name's "Supreme": "Daneshgah-e Ali-ye Defa-e
            // Melli". Round 28.)
            kept = kept.indices.filter { k in !(kept[k] == "ye" && k > 0 && PairScorer.persianWords.contains(kept[k - 1])) }
                .map { k in (kept[k] == "ali" || kept[k] == "aali") && k + 1 < kept.count && kept[k + 1] == "ye" ? "supreme" : kept[k] }
        }
        kept = kept
            .map { PairScorer.variants[$0] ?? PairScorer.russianVariant($0) ?? PairScorer.glidelessVariant($0) ?? $0 }
        var out: [String] = []
        out.reserveCapacity(kept.count)
        var i = 0
        while i < kept.count {
            let t = kept[i]
            i += 1
            // "St. Petersburg" is Saint Petersburg ("St." alone is as often a street or a state).
            if t == "st" && i < kept.count && kept[i] == "petersburg" {
                out.append("saint")
                continue
            }
            // "Phys. Sci." is "Physical Sciences" ("Hefei Natl. Lab. for Phys. Sci. at the
            // Microscale"): nobody writes "Physics Sciences". (Elsewhere "Physical" and "Physics"
            // stay two words; and only the abbreviation: "School of Physics Science and Technology"
            // is a school's name.)
            if t == "physics" && i < kept.count && (kept[i] == "science" || kept[i] == "sciences") && tokens.contains("phys") && !tokens.contains("physics") {
                out.append("physical")
                continue
            }
            // An imam's given name before the name an institution is called by ("Imam Mohammad
            // Baqer University" for the listed "Imam Baqir University"): no word of the name.
            // Round 29.
            if (t == "mohammad" || t == "muhammad" || t == "mohammed") && out.last == "imam" && i < kept.count && kept[i].utf8.count >= 4,
               !PairScorer.formOfBodyWords.contains(kept[i]), !["university", "institute", "college", "academy", "school", "center", "centre", "hospital", "foundation"].contains(kept[i]) { continue }
            // A Chinese national laboratory renamed a national research centre in 2017 (国家研究中心:
            // "Hefei Natl. Res. Center for Physical Sci. at the Microscale" for the listed "Hefei
            // National Laboratory for Physical Sciences at the Microscale"): read as the laboratory,
            // where the name holds a mainland city. Round 29.
            // (Only with words after "Center", the laboratory's subject: a bare "Hefei National
            // Laboratory" is another, the quantum laboratory of 2021.)
            if (t == "research" || t == "res") && (out.last == "national" || out.last == "natl") && i + 1 < kept.count && (kept[i] == "center" || kept[i] == "centre" || kept[i] == "ctr"),
               kept.contains(where: { $0 != "china" && EntityIndex.mainlandPlaces.contains($0) }) {
                out.append("laboratory")
                i += 1
                continue
            }
            // "Scientific" is "Research" (a Russian научный / научно-исследовательский is printed as
            // "Scientific", "Research" and "Scientific Research"), and "Far Eastern" is "Far East".
            if t == "scientific" || t == "research" {
                if out.last != "research" { out.append("research") }
                continue
            }
            // (And "Sci." before "Prod." or "Research": "Micran Sci. & Prod. Company" is the listed
            // "… Research and Production Company Micran", "33rd Central Sci. Research & Testing
            // Inst." the "33rd Scientific Research and Testing Institute". Round 27.)
            // (Before "Research" only in a numbered institute's name, "33rd Sci. Research & Testing
            // Inst.": "Science" is a word of the name in "Beijing Computational Science Research
            // Center" and in "Nuclear Science Research Institute", which the normaliser's "Sci."
            // cannot be told from.)
            if t == "science" && i < kept.count && (kept[i] == "production"
                || (kept[i] == "research" && i + 1 < kept.count && ["institute", "test", "testing"].contains(kept[i + 1])
                    && kept.contains(where: PairScorer.hasDigit))) {
                if out.last != "research" { out.append("research") }
                continue
            }
            // научно-производственный, printed "Scientific and Production" and "Scientific
            // Industrial": "Industrial" after "Scientific" (read "Research") is "Production" ("Perm
            // Scientific and Production Instrument Making Company" for the listed "… Perm Scientific
            // Industrial Instrument-Making Company (PNPPK)"). Round 44, set 146.
            if t == "industrial" && out.last == "research" && i < kept.count {
                out.append("production")
                continue
            }
            // головной, printed "Main", "Head" or "Lead" before a design bureau's or a system's
            // words: "Academician A. A. Raspletin Head System Design Bureau" for the listed "A.A.
            // Raspletin Main System Design Bureau". Round 45, set 153.
            if (t == "head" || t == "lead") && i < kept.count && ["system", "systems", "design"].contains(kept[i]) {
                out.append("main")
                continue
            }
            // An organisation's headquarters, its last word, is the organisation ("Pakistan Atomic
            // Energy Commission Headquarters"). (Round 27.)
            if (t == "headquarters" || t == "headquarter") && i == kept.count && out.count >= 2 { continue }
            // A Russian form of enterprise by its letters is the form written out: "JSC Concern NPO
            // Aurora" and "Concern Avrora Scientific and Production Association".
            // ("Kursk NPP", after a place, is a nuclear power plant.)
            if let words = PairScorer.enterpriseLetters[t], t != "npp" || i < kept.count {
                for w in words where !(w == "research" && out.last == "research") { out.append(w) }
                continue
            }
            // НИИ, a research institute, as a word of its own ("NII Mikroelektronnoi Apparatury
            // «Progress»"). (Not a form of enterprise: `writtenOutForms` would then cut "Research
            // Institute" off a listed name's front.)
            if t == "nii" {
                if out.last != "research" { out.append("research") }
                out.append("institute")
                continue
            }
            // ВНИИ, an all-Russian research institute ("VNII avtomatiki im. N.L. Dukhova").
            if t == "vnii" {
                out.append(contentsOf: ["all", "russian", "research", "institute"])
                continue
            }
            // 基础医学, "Basic Medicine", is printed "Basic Medical Sciences" as well ("Beijing
            // Institute of Basic Medical Sciences" for the listed "Academy of Military Medical
            // Sciences, Institute of Basic Medicine"). (Round 26.)
            if t == "medical" && out.last == "basic" && i < kept.count && (kept[i] == "science" || kept[i] == "sciences") {
                out.append("medicine")
                i += 1
                continue
            }
            // Военно-морской, "Voenno-Morskaya Akademiya im. N.G. Kuznetsova": naval (the listed
            // "Kuznetsov Naval Academy"). (Round 26.)
            // ("Morskoe" is read as "Marine" before this.)
            if (t == "voenno" || t == "voyenno") && i < kept.count && (kept[i].hasPrefix("morsk") || kept[i] == "marine") {
                out.append("navy")
                i += 1
                continue
            }
            // Russian's "i" (and) and "v" (in) between the words of a name transliterated, as a
            // list's alias prints them ("… Ekonomiki i Organizatsii Upravleniya v Gazovoi
            // Promyshlennosti", read word by word): no words of the name. (Between two words of
            // three letters or more: a Roman numeral stands after a word or a number.) Round 29.
            // (Not after a unit's word, where it is a number: "Division V Moscow".)
            if (t == "i" || t == "v"), let before = out.last, before.utf8.count >= 3, i < kept.count, kept[i].utf8.count >= 3,
               kept[i].first?.isLetter == true, before.first?.isLetter == true,
               !["division", "department", "section", "unit", "plant", "branch", "group", "laboratory", "workshop", "directorate", "number"].contains(before) { continue }
            // PLAN, the PLA Navy, before a school's name ("PLAN Submarine Academy" for the listed
            // "Naval Submarine Academy"); elsewhere "plan" is a word. Round 28.
            if t == "plan" && i < kept.count && kept.contains(where: { $0 == "academy" || $0 == "college" || $0 == "university" || $0 == "school" }) {
                out.append(contentsOf: ["pla", "navy"])
                continue
            }
            // МО РФ, the Ministry of Defence of the Russian Federation by its letters ("27 Nauchnyi
            // Tsentr MO RF" for the listed "27th Scientific Center of the Russian Ministry of
            // Defense"). Round 28.
            if t == "mo" && i < kept.count && kept[i] == "rf" {
                out.append(contentsOf: ["ministry", "defense", "russian"])
                i += 1
                continue
            }
            // The PLA's school of an arm only its army has is the Army's ("PLA Academy of Armored
            // Forces" for the listed "Army Academy of Armored Forces"). Round 28.
            // (Not the Second Artillery, the Rocket Force's former name, with "Force" or not: "PLA
            // Second Artillery Engineering University".)
            if t == "pla" && !kept.contains("army") && (kept.contains("armored") || kept.contains("armor") || kept.contains("infantry")
                || (kept.contains("artillery") && !kept.contains(where: { $0.hasPrefix("force") || $0 == "second" || $0 == "2nd" || $0 == "2" }))) {
                out.append("army")
                continue
            }
            // "Project and Design Bureau" (проектно-конструкторское бюро) is a design bureau.
            if t == "project" && i + 1 < kept.count && kept[i] == "design" && kept[i + 1] == "bureau" { continue }
            // So is an "Engineering Design Bureau", as конструкторское бюро is translated too ("Iskra
            // Design Bureau" for the listed "“Iskra” Engineering Design Bureau JSC …"; round 36, set
            // 101). (Not a machine-building one's "Mechanical Engineering", which is its own word.)
            if t == "engineering" && out.last != "mechanical" && i + 1 < kept.count && kept[i] == "design" && kept[i + 1] == "bureau" { continue }
            // "Machine-Building" (машиностроительный) is also translated "Mechanical Engineering".
            // (And "Mach.-Building", round 28: "Myasishchev Exp. Mach.-Building Plant". "Mach" alone
            // is a person's name, Ernst Mach's.)
            if (t == "machine" || t == "mach") && i < kept.count && kept[i] == "building" {
                out.append("mechanical")
                out.append("engineering")
                i += 1
                continue
            }
            // "Radio Technology", "Radio Technical" and "Radio Engineering" translate one word
            // (радиотехнический), as do "Radiotechnics" and "Radiotechnical" (`runTogether`).
            if out.last == "radio" && (t == "technology" || t == "technical") {
                out.append("engineering")
                continue
            }
            // "Research and Development Institute" and "Research and Design Institute" translate
            // one Russian name (научно-исследовательский и конструкторский: NIKIET).
            if t == "development" && out.last == "research" {
                out.append("design")
                continue
            }
            // A "Power Generating Station" and a "Power Station" are a power plant.
            if t == "generating" && i < kept.count && kept[i] == "station" && out.last == "power" {
                out.append("plant")
                i += 1
                continue
            }
            // "Design Office “Svyaz”" is the listed "Svyaz Design Bureau" (конструкторское бюро).
            if t == "office" && out.last == "design" {
                out.append("bureau")
                continue
            }
            // A machine-building "Engineering Office" translates конструкторское бюро as a design
            // bureau does ("JSC Machine-Building Engineering Office Fakel", printed "Mashinostroitel'noe
            // konstruktorskoe byuro «Fakel»"). (Only after "Mechanical Engineering": a "Software
            // Engineering Office" is no design bureau.)
            if t == "office" && out.count >= 3 && out.suffix(3).elementsEqual(["mechanical", "engineering", "engineering"]) {
                out.removeLast()
                out.append("design")
                out.append("bureau")
                continue
            }
            if t == "station" && out.last == "power" {
                out.append("plant")
                continue
            }
            // A Chinese military school (学院, 学校) is printed as a college, an academy or a school
            // ("Army Aviation College" and "Army Aviation Academy", "Naval Petty Officer Academy" and
            // "Naval NCO School"): one word where the name is a service's.
            if t == "college" || t == "school" || t == "academy", PairScorer.isServiceSchool(kept) {
                out.append("academy")
                continue
            }
            if t == "non" && i + 1 < kept.count && kept[i] == "commissioned" && (kept[i + 1] == "officer" || kept[i + 1] == "officers") {
                out.append("nco")
                i += 2
                continue
            }
            // "Non" run into the next word, as it is as often printed ("Nondestructive Testing" for
            // the listed "Non Destructive Testing"). (Round 27.)
            // (Not "Multi": "Multispectral" as one word brought the listed defence laboratories
            // near each other, 200 more review items on the bench's 10,000 teams, and found no line.)
            if t == "non" && i < kept.count && kept[i].utf8.count >= 4 {
                out.append(fold(t + kept[i]))
                i += 1
                continue
            }
            if let words = PairScorer.runTogether[t] { out.append(contentsOf: words.map(fold)); continue }
            // "Electro-Mechanical" is one word, as "Electromechanical" and Web of Science's
            // "Electromech" are (set 36: the list's "China Haiying Electro-Mechanical Technology
            // Academy", printed "China Haiying Electromech Technol Acad").
            if t == "electro" && i < kept.count && (kept[i] == "mechanical" || kept[i] == "mechanics") {
                out.append(fold("electro" + kept[i]))
                i += 1
                continue
            }
            // Спец- run into the next word ("Spetstekhnologicheskii tsentr" is the listed "Special
            // Technology Center"): "Special" and the word, where rsdd's Russian table knows it.
            if t.utf8.count >= 10 && t.hasPrefix("spets") {
                let rest = String(t.dropFirst(5))
                if let v = PairScorer.variants[rest] ?? PairScorer.russianVariant(rest) {
                    out.append("special")
                    out.append(fold(v))
                    continue
                }
            }
            // "Noncommissioned Officer", one word, as "Non-Commissioned Officer" (set 52).
            if t == "noncommissioned" && i < kept.count && (kept[i] == "officer" || kept[i] == "officers") {
                out.append("nco")
                i += 1
                continue
            }
            if t == "petty" && i < kept.count && (kept[i] == "officer" || kept[i] == "officers") {
                out.append("nco")
                i += 1
                continue
            }
            // Приборостроение is printed "Instrumentation", "Instrument Engineering" and
            // "Instrument Making": one word ("Institute of Instrument Engineering – Novosibirsk
            // Comintern Plant" is the listed "Institute of Instrumentation–Novosibirsk Plant Comintern").
            if t == "instrumentation" { out.append("instrument"); continue }
            // And приборы after "measuring" are printed "devices" as often as "instruments"
            // ("Scientific Research Institute of Measuring Devices – Novosibirsk Comintern Plant";
            // round 37, set 107).
            if (t == "device" || t == "devices") && out.last == "measuring" { out.append("instrument"); continue }
            // A name's closing "Institution", after a word of its own, is its "Institute" ("Academy
            // of Military Medical Sciences, Field Blood Transfusion Institution" is printed "Institute
            // of Field Blood Transfusion"). (Not a form of body's: "Federal State Budgetary
            // Institution". Elsewhere in a name it stays: "… Institution of the AMMS" is still near.)
            if t == "institution" && i == kept.count, let last = out.last, !PairScorer.formOfBodyWords.contains(last), !PairScorer.formWords.contains(last) {
                out.append("institute")
                continue
            }
            if t == "instrument" && i < kept.count && ["engineering", "making", "building"].contains(kept[i]) {
                out.append("instrument")
                i += 1
                continue
            }
            if t == "eastern" && i >= 2 && kept[i - 2] == "far" {
                out.append("east")
                continue
            }
            // "Radioengineering" as "Radio Engineering" and "Radio-Engineering" are printed.
            if t.hasPrefix("radio") && t.utf8.count >= 11 && t.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
                out.append("radio")
                let rest = String(t.dropFirst(5))
                out.append(rest == "technical" || rest == "technology" ? "engineering" : fold(rest))
                continue
            }
            // The PLA's Second Artillery Corps became the Rocket Force (2016): its schools' old names
            // are printed on later papers ("Second Artillery Command College" for the listed
            // "Rocket Force Command College").
            if (t == "second" || t == "2nd") && i < kept.count && kept[i] == "artillery" {
                out.append("rocket")
                out.append("force")
                i += 1
                continue
            }
            if kept.count >= 3, let n = PairScorer.ordinals[t] { out.append(n); continue }
            // Web of Science's "Organ" before "Chem" is Organic ("Shanghai Inst Organ Chem"); an
            // organ elsewhere stays one ("Organ Transplant Institute").
            if t == "organ" && i < kept.count && kept[i] == "chemistry" {
                out.append("organic")
                continue
            }
            // "No. 10 Research Institute" is the "10th Research Institute": the number is the word.
            if t == "no" && i < kept.count && kept[i].utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) && !kept[i].isEmpty { continue }
            out.append(contentsOf: NameNormaliser.cjkPairs(t).map(fold))
        }
        return out
    }

    /// The words of a part of a line as the scorer compares them.
    func comparedWords(of part: String) -> [String] {
        PairScorer.compared(normaliser.tokens(part))
    }

    /// A Russian adjective of a name in -ov or -ev (-овский, -евский), read as the name it is made
    /// from: "Kurchatovskiy Institute" (Курчатовский институт) is the "Kurchatov Institute", a
    /// "Lianozovskii" plant the "Lianozovo" one. `w` is an adjective already read as "…sky"; the
    /// name must keep `letters` letters or more: seven for the masculine ending, which a surname or
    /// a town may have itself (the town Zhukovsky is not the town Zhukov), six for the others
    /// ("Turaevskoe"). (Set 40.) A city's adjective is read alike: "Khabarovskiy" as "Khabarov".
    static func possessiveStem(_ w: String, letters: Int = 7) -> String {
        let u = w.utf8
        guard u.count >= letters + 3 else { return w }
        let stem = u.dropLast(3)
        guard let last = stem.last, last == UInt8(ascii: "v"), let vowel = stem.dropLast().last,
              vowel == UInt8(ascii: "o") || vowel == UInt8(ascii: "e") else { return w }
        return String(decoding: stem, as: UTF8.self)
    }

    /// True when `u` ends with the bytes of `suffix` (ASCII).
    @inline(__always) static func endsWith(_ u: String.UTF8View, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard u.count >= n else { return false }
        return suffix.withUTF8Buffer { s in u.suffix(n).elementsEqual(s) }
    }

    /// A word as the scorer compares it: its variant spelling folded, "-isation" as "-ization", and
    /// a plural as its singular ("Sciences" and "Science", "Laboratories" and "Laboratory"): both
    /// sides of every comparison are folded alike, so only the ending has to agree. Words of fewer
    /// than five lower-case Latin letters, and endings "ss", "us", "is", are left alone.
    static func fold(_ word: String) -> String {
        var w = variants[word] ?? word
        let u = w.utf8
        // An ordinal as its number: "The 29th Research Institute" is "… 29 Research Institute".
        if u.count >= 3, let first = u.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"),
           ["st", "nd", "rd", "th"].contains(where: { w.hasSuffix($0) }),
           u.dropLast(2).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return String(w.dropLast(2))
        }
        guard u.count >= 5, u.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return w }
        // Transliterations of one Russian ending: Zhirmunskiy, Zhirmunskii, Zhirmunskij, Zhirmunsky.
        // (These rules read the word's last letter first: most words end otherwise, and are not
        // compared again. The word is lower-case ASCII here: its bytes are its letters.)
        let last = u.last!
        if u.count >= 7 && (last == UInt8(ascii: "y") || last == UInt8(ascii: "i") || last == UInt8(ascii: "j")),
           PairScorer.endsWith(u, "skiy") || PairScorer.endsWith(u, "skii") || PairScorer.endsWith(u, "skij") {
            return possessiveStem(PairScorer.withoutGlide(String(w.dropLast(4)) + "sky"))
        }
        if last == UInt8(ascii: "o") || last == UInt8(ascii: "e") || last == UInt8(ascii: "a") || last == UInt8(ascii: "y") {
            // A place named in -ovo or -evo (Лианозово) by the same stem as its adjective: "Lianozovo
            // Electromechanical Plant" and "Lianozovskii Elektromekhanicheskii Zavod".
            if u.count >= 8 && (PairScorer.endsWith(u, "ovo") || PairScorer.endsWith(u, "evo")) { return PairScorer.withoutGlide(String(w.dropLast())) }
            // A name in -ov or -ev in the genitive, as the name: "Myasishcheva … Plant" (of
            // Myasishchev), "imeni Tupoleva". (Eight letters or more: "Geneva" stays.)
            if u.count >= 8 && (PairScorer.endsWith(u, "ova") || PairScorer.endsWith(u, "eva")) { return PairScorer.withoutGlide(String(w.dropLast())) }
            // (And in its other genders and cases: "Turaevskoe MKB", "Lianozovskaya".)
            if u.count >= 9 {
                for ending: StaticString in ["skoe", "skoye", "skaya", "skogo"] where PairScorer.endsWith(u, ending) {
                    let name = possessiveStem(String(w.dropLast(ending.utf8CodeUnitCount)) + "sky", letters: 6)
                    if !name.hasSuffix("sky") { return PairScorer.withoutGlide(name) }
                }
            }
            if PairScorer.endsWith(u, "sky") {
                let name = possessiveStem(w)
                if name.utf8.count != u.count { return PairScorer.withoutGlide(name) }
            }
        }
        // And of the other adjective endings (ый, ий): Dolgoprudnyi and Dolgoprudny, Nizhniy and
        // Nizhny.
        // (The glide is read as below: Voyennyy and Voennyy.)
        if u.count >= 7, let last = u.last, last == UInt8(ascii: "i") || last == UInt8(ascii: "y") || last == UInt8(ascii: "j"),
           let before = u.dropLast().last, before == UInt8(ascii: "y") || before == UInt8(ascii: "i") {
            return PairScorer.withoutGlide(String(w.dropLast(2)) + "y")
        }
        // A "y" between vowels, as one transliteration writes й, е and я and another does not:
        // Turayev and Turaev, Mashinostroyeniya and Mashinostroenia.
        if u.count >= 6 { w = PairScorer.withoutGlide(w) }
        if w.hasSuffix("isation") { w = String(w.dropLast(7)) + "ization" } else if w.hasSuffix("isations") { w = String(w.dropLast(8)) + "izations" }
        if w.hasSuffix("ies") && u.count >= 6 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }

    /// The sounds of a name's words without forms of body (`core`), as `transliterationKey` reads
    /// them: equal for one name in two transliterations.
    static func transliterationKeys(_ core: Set<String>) -> Set<String> { Set(core.map(transliterationKey)) }

    /// A folded word as its sounds, so that two transliterations or translations of one Russian
    /// word meet: without a last vowel, "kh", "ch", "ck" and "c" as "k", "v" and "w" as "u", "y"
    /// and "j" as "i", a doubled letter once ("Barrikady" and "Barricades", "Malakhit" and
    /// "Malachite", "Avrora" and "Aurora"). Words of fewer than five letters stay as they are.
    static func transliterationKey(_ w: String) -> String {
        var b = Array(w.utf8)
        guard b.count >= 5, b.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return w }
        if "aeiouy".utf8.contains(b[b.count - 1]) { b.removeLast() }
        var out: [UInt8] = []
        var k = 0
        while k < b.count {
            var x = b[k]
            let next: UInt8 = k + 1 < b.count ? b[k + 1] : 0
            if (x == UInt8(ascii: "k") || x == UInt8(ascii: "c")) && next == UInt8(ascii: "h") { x = UInt8(ascii: "k"); k += 1 }
            else if x == UInt8(ascii: "c") && next == UInt8(ascii: "k") { x = UInt8(ascii: "k"); k += 1 }
            else if x == UInt8(ascii: "c") || x == UInt8(ascii: "q") { x = UInt8(ascii: "k") }
            else if x == UInt8(ascii: "v") || x == UInt8(ascii: "w") { x = UInt8(ascii: "u") }
            else if x == UInt8(ascii: "y") || x == UInt8(ascii: "j") { x = UInt8(ascii: "i") }
            k += 1
            if out.last != x { out.append(x) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `w` (lower-case Latin letters) without each "y" that stands between two vowels.
    public static func withoutGlide(_ w: String) -> String {
        func vowel(_ x: UInt8) -> Bool { x == 97 || x == 101 || x == 105 || x == 111 || x == 117 }
        // Most words have none: found without copying the word.
        var a: UInt8 = 0, b0: UInt8 = 0, found = false
        for x in w.utf8 {
            if b0 == UInt8(ascii: "y") && vowel(a) && vowel(x) { found = true; break }
            a = b0
            b0 = x
        }
        guard found else { return w }
        let b = Array(w.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        for (k, x) in b.enumerated() where !(x == UInt8(ascii: "y") && k > 0 && k < b.count - 1 && vowel(b[k - 1]) && vowel(b[k + 1])) { out.append(x) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Forms of body that a name is registered as, before or after the name itself (as folded
    /// words): Russian state institutions and joint-stock companies above all.
    static let bodyForms: [[String]] = [
        ["federal", "state", "budgetary", "education", "institution", "higher", "education"],
        ["federal", "state", "autonomous", "education", "institution", "higher", "education"],
        ["federal", "state", "budgetary", "institution", "science"], ["federal", "state", "budgetary", "institution"],
        ["federal", "state", "budgetary", "institute"], ["federal", "state", "budgetary", "establishment"], ["federal", "state", "unitary", "enterprise"], ["federal", "state", "institution"], ["federal", "research", "center"],
        // A federal research and production center (ФНПЦ, "FNPC"), a status before an enterprise's
        // name as a State Research Centre's is ("FSUE FNPC Nizhegorodsky … Institute of
        // Radiotechnics" is printed "Nizhny Novgorod Research Inst. of Radio Engineering"). (Round 26.)
        ["federal", "research", "production", "center"],
        // A state enterprise (державне підприємство, ДП), Ukraine's and Russia's form of body.
        ["state", "enterprise"],
        // (The normaliser drops legal forms such as "Company", "JSC" and "AO" before this.)
        ["open", "joint", "stock"], ["public", "joint", "stock"], ["closed", "joint", "stock"], ["joint", "stock"],
        ["fsue"], ["fsbi"], ["fgup"], ["fgbu"], ["fsbsi"], ["npk"], ["rpc"],
        // ФГУ, ФГБУН, ФГБОУ, ФГАОУ as read from Cyrillic ("ФГУ ФНЦ НИИСИ РАН", printed "ФНЦ НИИСИ
        // РАН"). Round 29. (And ФГБНУ, round 38.)
        ["fgu"], ["fgbun"], ["fgbou"], ["fgaou"], ["fgbnu"],
        // A State Research Centre of the Russian Federation (ГНЦ РФ), a status before the name:
        // "SRC RF TRINITI", "SSC RF IPPE", "GNTs RF FGUP TsNIIKhM".
        ["state", "research", "center", "russian", "federation"], ["src", "rf"], ["ssc", "rf"], ["gnts", "rf"], ["gnc", "rf"],
        // A military-industrial corporation's letters (ВПК, "MIC"), a status before the company's
        // own name: "MIC NPO Mashinostroyeniya JSC" is printed "NPO Mashinostroyenia". (Not the
        // words: "Military Industrial Company" is a company's whole name.)
        ["mic"],
        // (And its Russian letters in Latin, "VPK NPO Mashinostroyenia". Round 38, set 115.)
        ["vpk"],
    ].sorted { $0.count > $1.count }

    /// Russian forms of enterprise, written out or abbreviated (НПО, НПП, НПЦ, НИИ …), that stand
    /// before a company's own name in quotation marks (`Research and Production Center "Granat"`,
    /// `JSC RPC "Istok"`): what is left of a name without them is the company's name itself.
    static let enterpriseForms: [[String]] = [
        ["state", "research", "production", "enterprise"],
        ["research", "production", "association"], ["research", "production", "enterprise"], ["research", "production", "center"],
        ["research", "production"], ["research", "institute"], ["concern"],
        ["ntc"], ["nptc"], ["sri"], ["nii"],
        // A design bureau (КБ, ОКБ, СКБ, ЦКБ) before or after a company's own name: "Aviadvigatel
        // Design Bureau" for the listed "Open Joint Stock Company Aviadvigatel". (Round 27.)
        ["design", "bureau"], ["experimental", "design", "bureau"], ["special", "design", "bureau"], ["central", "design", "bureau"],
    ].sorted { $0.count > $1.count }

    /// Every word of a form of body or of enterprise.
    static let bodyAndEnterpriseWords = Set(bodyAndEnterpriseForms.joined())

    /// `words` without forms of body and of enterprise at either end (see `core`, `enterpriseForms`).
    static func ownName(_ words: [String]) -> [String] {
        withoutForms(core(words), bodyAndEnterpriseForms)
    }

    static let bodyAndEnterpriseForms = (bodyForms + enterpriseForms).sorted { $0.count > $1.count }

    /// Every word of a form of body or of enterprise ("joint", "stock", "research", "production",
    /// "association", "institute", "state", "federal" …).
    /// (Not a State Research Centre's status words, "Russian Federation", "SRC", "RF": a near match
    /// of two such centres' names shares more than a form.)
    static let formOfBodyWords: Set<String> = bodyAndEnterpriseWords.subtracting(["russian", "federation", "src", "ssc", "rf", "gnts", "gnc"])

    /// True when some name of listed record `r` is more than a form of body or of enterprise.
    static func hasOtherThanForms(_ r: Record, _ normaliser: NameNormaliser) -> Bool {
        ([r.name] + r.aliases).flatMap(NameParts.split).contains { part in
            guard !part.acronym else { return false }
            let words = PairScorer.compared(normaliser.analyse(part.text).tokens)
            return !words.isEmpty && !isOnlyAForm(words)
        }
    }

    /// True when `words` are a form of body or of enterprise and nothing else.
    static func isOnlyAForm(_ words: [String]) -> Bool {
        let w = words.filter { !NameNormaliser.functionWords.contains($0) }
        return !w.isEmpty && bodyAndEnterpriseForms.contains(w)
    }

    /// Words a line prints before a name that its listed name leaves out, read off the line's side
    /// only (a listed name without them would be a generic one: "Institute of Experimental
    /// Physics" for VNIIEF): Всероссийский ("All-Russia Research Institute of Automatics named
    /// after N.L. Dukhov" for "Dukhov Automatics Research Institute") and the army a Chinese
    /// military school belongs to ("PLA Naval Command College").
    static let printedPrefixes: [[String]] = [["all", "russian"], ["pla"]]

    /// The ministry a name answers to, as Russian papers print it after the name ("33 TsNIII
    /// Minoborony Rossii" for the listed "33 TsNIII", "… MO RF"): the name without it is one more
    /// name of the line's part (and the name with it stays one: "27 Nauchnyi Tsentr Minoborony
    /// Rossii" is the listed "27th Scientific Center of the Russian Ministry of Defense").
    static let ministryTails: [[String]] = [["ministry", "defense", "russian", "federation"], ["ministry", "defense", "russian"],
                                            ["ministry", "defense"], ["mo", "rf"]]

    /// The last words of `ministryTails`: a name that ends otherwise has none.
    static let ministryTailEnds = Set(ministryTails.compactMap(\.last))

    /// Compared words without the forms of body a name is registered as, before or after it
    /// ("Public Joint Stock Company United Aircraft Corporation" is "United Aircraft").
    public static func withoutBodyForms(_ words: [String]) -> [String] { withoutForms(words, bodyForms, ends: bodyFormEnds) }

    /// The first and last words of `bodyForms`.
    static let bodyFormEnds = Set(bodyForms.flatMap { [$0.first!, $0.last!] })

    /// `w` without any of `forms` (longest first) at either end, as long as a word remains.
    static func withoutForms(_ words: [String], _ forms: [[String]], ends: Set<String>? = nil) -> [String] {
        // (Compared in place, slice against form: this runs for every name prepared.)
        var w = words[...]
        var changed = true
        while changed && !w.isEmpty {
            changed = false
            // (`ends`: the first and last words of `forms`; a name that begins and ends with none
            // has no form at either end, and most have none.)
            if let ends, !ends.contains(w.first!), !ends.contains(w.last!) { break }
            for form in forms where w.count > form.count {
                if w.prefix(form.count).elementsEqual(form) { w.removeFirst(form.count); changed = true; break }
                if w.suffix(form.count).elementsEqual(form) { w.removeLast(form.count); changed = true; break }
            }
        }
        return w.count == words.count ? words : Array(w)
    }

    static let countryQualifiers: Set<String> = ["dprk", "prc"]

    /// Points of the compass that name a region of China before "China" ("Southwest China").
    static let compass: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"]

    /// The letters of Chinese and Russian state groups that lists print before a unit's name.
    static let groupPrefixes: Set<String> = ["aecc", "avic", "cetc", "casc", "casic", "norinco", "csgc", "cnnc", "csic", "cssc",
                                             "cgn", "comac", "rostec", "uac", "uec", "usc", "kret",
                                             // ОДК, the UEC by its Russian letters ("ODK-Aviadvigatel").
                                             "odk"]

    /// Titles between "named after" and the person's name ("named after Admiral of the Fleet of
    /// the Soviet Union N.G. Kuznetsov"), as folded words.
    /// ("First" is folded to "1", a word of one letter, skipped as initials are; "President of
    /// Russia": the country a title is of.)
    static let titles: Set<String> = ["academician", "akad", "professor", "admiral", "fleet", "marshal", "general", "soviet", "union", "hero",
                                      "president", "russia", "russian"]

    /// Soviet orders an organisation's full name carries ("Moscow Order of the Red Banner of Labor
    /// Research Radio Engineering Institute"), which papers leave out (as folded words, without
    /// "of" and "the").
    static let honorifics: [[String]] = [
        ["twice", "order", "lenin"], ["order", "lenin"], ["order", "red", "banner", "labor"], ["order", "red", "banner", "labour"],
        ["order", "labor", "red", "banner"], ["order", "labour", "red", "banner"], ["order", "red", "banner"],
        ["order", "october", "revolution"], ["order", "friendship", "people"],
    ].sorted { $0.count > $1.count }

    /// Letters an affiliation writes before a person's name ("V.V. Tikhomirov") that are a
    /// country's ("U.S. Army", "P.R. China") and stay.
    static let countryInitials: Set<String> = ["us", "usa", "uk", "pr", "un", "eu", "ussr", "uae", "roc"]

    /// `words` without a form of body at either end, and without "named after" ("im", "imeni") and
    /// the initials after it (the person's name stays): the name an organisation is printed by.
    /// `initials`: the name was written with a person's initials in dotted letters ("N.A.
    /// Dollezhal", "V. V. Tikhomirov"): one word of one or two letters first is those initials.
    static func core(_ words: [String], initials: Bool = false) -> [String] {
        var w = words
        // Honorific orders, wherever they stand (each holds "order": most names have none).
        if words.contains("order") {
            for h in honorifics where w.count > h.count + 1 {
                var i = 0
                while i + h.count <= w.count {
                    if w[i..<(i + h.count)].elementsEqual(h) { w.removeSubrange(i..<(i + h.count)) } else { i += 1 }
                }
            }
        }
        w = withoutForms(w, bodyForms, ends: bodyFormEnds)
        // "V.V. Tikhomirov Scientific Research Institute …", "POLYUS Research Institute of M.F.
        // Stelmakh": a person's initials, wherever they stand (not a country's, not a Roman numeral).
        if initials {
            let kept = w.filter { x in !(x.utf8.count <= 2 && !countryInitials.contains(x) && !NameParts.isRomanNumeral(x.uppercased())
                                         && x.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })) }
            if kept.count >= 3 { w = kept }
        }
        // "named after A.V. Rzhanov", "im. A.V. Rzhanov": the words and the initials that follow.
        var out: [String] = []
        var afterNamed = false, named = false
        // The country a name qualifies itself by ("State Academy of Science of the DPRK Institute
        // of Automation"): a line prints the country apart, and its country is checked apart.
        for x in w where !PairScorer.countryQualifiers.contains(x) {
            if x == "named" || x == "after" || x == "im" || x == "imeni" { afterNamed = true; named = true; continue }
            if afterNamed && (PairScorer.titles.contains(x) || (x.utf8.count <= 2 && !NameParts.isRomanNumeral(x.uppercased()))) { continue }
            afterNamed = false
            out.append(x)
        }
        // Titles after the person's name ("named after B.N. Yeltsin, the First President of
        // Russia"): left out as those before it are.
        if named {
            while out.count > 2, let last = out.last, PairScorer.titles.contains(last) || last == "1" {
                out.removeLast()
            }
        }
        return out
    }

    /// Words of a form of body that stand before an academy institute's own name ("Federal State
    /// Budgetary Institution of Science"), as the normaliser gives them.
    static let formWords: Set<String> = ["federal", "state", "budgetary", "institution", "science", "sciences", "unitary",
                                         "autonomous", "establishment", "fsbi", "fsbsi", "fgbu", "fgbun"]

    /// The initials an institute is printed by, from its own name's words (`tokens`, before its
    /// academy): every word's first letter, and, where the first word is no kind of body (a
    /// person's name: "Rzhanov Institute of Semiconductor Physics" is "ISP"), without it. Three
    /// letters at least, lower case.
    public static func unitAcronyms(_ tokens: [String]) -> [String] {
        var w = tokens.filter { !NameNormaliser.functionWords.contains($0) }
        while let first = w.first, formWords.contains(first) { w.removeFirst() }
        w = w.filter { $0.utf8.count > 2 && $0.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } }
        var out: [String] = []
        if w.count >= 3 { out.append(String(w.compactMap(\.first))) }
        if w.count >= 4, let first = w.first, !NameParts.organisationWords.contains(first) { out.append(String(w.dropFirst().compactMap(\.first))) }
        return out
    }

    /// The derived acronym of a name of at least two words (Latin initials only).
    public static func derivedAcronym(_ words: [String]) -> String? {
        guard words.count >= 2 else { return nil }
        // (A word of ASCII letters read by its first byte; another by its first character.)
        var initials: [UInt8] = []
        initials.reserveCapacity(words.count)
        for w in words {
            if w.utf8.allSatisfy({ $0 < 0x80 }) {
                guard let b = w.utf8.first, (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") else { return nil }
                initials.append(b & ~0x20)
            } else {
                guard let c = w.first, c.isASCII, c.isLetter, let b = c.asciiValue else { return nil }
                initials.append(b & ~0x20)
            }
        }
        return String(decoding: initials, as: UTF8.self)
    }

    /// `withPairs`: false for a query, which proposes candidates by its words alone.
    public func prepare(_ r: Record, withPairs: Bool = true) -> Prepared {
        var names: [[String]] = []
        var keys: [String: String] = [:]
        var compacts: [String: String] = [:]
        var acronyms = Set<String>(), namedAcronyms = Set<String>()
        var folded = false
        var skeletonNames = Set<Int>(), skeletonKeys = Set<String>()
        // A registry gives each name of an organisation apart (display name, labels, aliases,
        // acronyms): a bracket in one of them qualifies it ("Indian Institute of Technology (Banaras
        // Hindu University)" is neither "Indian Institute of Technology" nor the university), so
        // its names are read whole. A list's cell holds several names, and is split.
        let registry = r.category == .registry
        // Letters a list joins to a name by a dash ("MIREA-Russian Technological University") are
        // the organisation's acronym where another of its names gives them alone, in brackets or
        // after a dash at its end ("RTU-MIREA"): a parent's letters before its units ("IRGC-Air
        // Force …", "IRGC Aerospace Force") are given before names only.
        if !registry, !r.aliases.isEmpty {
            let written = [r.name] + r.aliases
            for w in written {
                guard let letters = NameParts.lettersBeforeDashedName(Text.trimmed(w)) else { continue }
                if written.contains(where: { o in
                    let t = Text.trimmed(o)
                    return t == letters || t.contains("(\(letters))") || t.hasSuffix("-" + letters) || t.hasSuffix("–" + letters)
                }) {
                    acronyms.insert(letters)
                    namedAcronyms.insert(letters)
                }
            }
        }
        for written in [r.name] + r.aliases {
            for part in registry ? NameParts.whole(written) : NameParts.split(written) {
                if part.acronym {
                    acronyms.insert(part.text.uppercased())
                    namedAcronyms.insert(part.text.uppercased())
                    continue
                }
                // Letters in brackets after a Russian legal form's ("… Radio Equipment (JSC
                // VNIIRA)") are the listing's acronym too. Round 43, set 142.
                // (The full-width brackets' first byte, 0xEF, before asking Foundation: most names have none.)
                if !registry, Text.contains(written, "(" + part.text + ")") || (written.utf8.contains(0xEF) && written.contains("（" + part.text + "）")) {
                    let words = part.text.split(separator: " ")
                    if words.count == 2, NameParts.russianFormLetters.contains(words[0].lowercased()), words[1].utf8.count >= 4,
                       words[1].utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
                        acronyms.insert(String(words[1]))
                        namedAcronyms.insert(String(words[1]))
                    }
                }
                let a = normaliser.analyse(part.text)
                folded = folded || a.foldedLookAlikes
                if let skeleton = a.skeleton?.filter({ !NameNormaliser.functionWords.contains($0) }), !skeleton.isEmpty {
                    let key = skeleton.joined(separator: " ")
                    skeletonNames.insert(names.count)
                    names.append(skeleton)
                    if keys[key] == nil {
                        keys[key] = part.text
                        skeletonKeys.insert(key)
                    }
                }
                var words = PairScorer.compared(a.tokens)
                // A query's name of capitals after a form of enterprise's letters ("(NPO NIIP-NZIK)"
                // in a declared employer's name) is compared by the company's own letters: the
                // form's words alone would come near every NPO. One such word ("(NPO LEMZ)") is
                // left to the acronyms, as before brackets of capitals were read as names.
                if r.source == "query", words.count >= 3, part.text != r.name, NameParts.isAcronymWords(part.text) {
                    let own = PairScorer.ownName(words)
                    if own.count >= 2 { words = own } else if own != words { continue }
                }
                guard !words.isEmpty else { continue }
                // A listed name that is only a form of body or of enterprise ("Research and
                // Production Association", an alias of NPO Kvant) names no organisation: every
                // Russian NPO would match it. (Kept where the record has no other name.)
                if r.isListed && PairScorer.isOnlyAForm(words) && PairScorer.hasOtherThanForms(r, normaliser) { continue }
                names.append(words)
                let key = words.joined(separator: " ")
                if keys[key] == nil || skeletonKeys.contains(key) { keys[key] = part.text }
                skeletonKeys.remove(key)
                // The name without the form of body it is registered as, "named after" and initials
                // ("Federal State Budgetary Institution of Science … named after A.V. Rzhanov"):
                // one more name of the record, so that either way of writing it is found.
                // Another name of the record, read from this part of it.
                func addName(_ n: [String]) {
                    names.append(n)
                    let k = n.joined(separator: " ")
                    if keys[k] == nil { keys[k] = part.text }
                }
                var core = PairScorer.core(words, initials: NameParts.hasDottedInitials(part.text))
                if r.source == "query" {
                    core = PairScorer.withoutForms(core, PairScorer.printedPrefixes)
                    // "Submarine Academy of the PLA Navy": the army a school belongs to, printed
                    // inside the name, is no word of the school's own ("Navy Submarine Academy").
                    // (Or before a force it belongs to: "Engineering University of PLA Joint
                    // Logistics Support Force". Round 39, set 117.)
                    if core.count >= 4, core.dropFirst().dropLast().contains("pla"),
                       PairScorer.isServiceSchool(core.filter { $0 != "pla" }) || core.last == "force" {
                        core.removeAll { $0 == "pla" }
                    }
                    // A state group's letters before a unit's own name ("AVIC Beijing Institute of
                    // Aeronautical Materials", listed as "AECC Beijing Institute …" after the
                    // institute changed groups): the unit's name alone, where four words or more
                    // remain and the first is no number.
                    if let first = core.first, PairScorer.groupPrefixes.contains(first), core.count >= 5, core[1].first?.isNumber == false {
                        core.removeFirst()
                    }
                }
                if core.count >= 2 && core != words { addName(core) }
                // A line that prints an eponym the list leaves out ("JSC RPC Istok named after
                // Shokin" for the listed "NPP Istok"): the name before "named after" as well, where
                // it keeps two words, one its own (no kind of body, form or word a name can leave
                // out). Round 33.
                // (A person with initials, "n.a. A.G. Shipunov", is `named_after`'s, which says so.)
                if r.source == "query", let k = words.firstIndex(where: { $0 == "named" }), k + 2 < words.count, words[k + 1] == "after",
                   words[k + 2].utf8.count > 2, !NameParts.hasDottedInitials(part.text) {
                    // (A form of body before a one-word name stays: "RPC Istok".)
                    let raw = Array(words[..<k]), bare = PairScorer.core(raw)
                    let head = bare.count >= 2 ? bare : raw
                    if head.count >= 2, head != core, head.contains(where: {
                        !PairScorer.bodyWords.contains($0) && !PairScorer.formOfBodyWords.contains($0) && !EntityIndex.unneeded.contains($0)
                            && !PairScorer.formWords.contains($0)
                    }) {
                        addName(head)
                    }
                }
                // A national centre named after its city ("National Supercomputing Center
                // Guangzhou"), printed by the city first and without "National" ("Guangzhou
                // Supercomputing Centre"): one more name of the listing. (Round 26.)
                // (A centre's only: a city's "Beijing Key Laboratory of …" is another programme than
                // the state's. A place of mainland China, not China itself.)
                if r.isListed, core.count >= 4, core.first == "national", core.contains("center"), let city = core.last, city != "china",
                   EntityIndex.mainlandPlaces.contains(city), !core.dropFirst().dropLast().contains(where: EntityIndex.mainlandPlaces.contains) {
                    addName([city] + core.dropFirst().dropLast())
                }
                if r.source == "query", core.count >= 4, let last = core.last, PairScorer.ministryTailEnds.contains(last) {
                    let own = PairScorer.withoutForms(core, PairScorer.ministryTails)
                    if own.count >= 2 && own != core { addName(own) }
                }
                // A Chinese region printed with or without "China" (西南, 华北): "Southwest China
                // Institute of Electronic Technology" and "Southwest Institute of …".
                if r.category != .registry, let k = core.indices.dropFirst().first(where: { core[$0] == "china" && PairScorer.compass.contains(core[$0 - 1]) }), core.count >= 4 {
                    var rest = core
                    rest.remove(at: k)
                    addName(rest)
                }
                // A name of capitals alone after a form of enterprise's letters ("NPO NIIP?NZIK"):
                // the letters without the form ("NIIP–NZiK"), where two words or more remain.
                if r.isListed, words.count >= 3, NameParts.isAcronymWords(part.text) {
                    let own = PairScorer.ownName(words)
                    if own.count >= 2 && own != words { addName(own) }
                }
                // A university named after someone, printed without them ("Ural Federal
                // University" for the listed "Ural Federal University named after B.N. Yeltsin, the
                // First President of Russia"): the name before "named after" is one of its names,
                // where it says more than its kind (three words, one not a kind of body).
                // So is a company's name before "named after" where its own name stands in quotation
                // marks ("“Iskra” Engineering Design Bureau JSC named after I.I. Kartukov" is printed
                // "Iskra … Design Bureau"): the quoted name makes it no generic one.
                if r.isListed, let k = words.firstIndex(where: { $0 == "named" || $0 == "im" || $0 == "imeni" }), k >= 3 {
                    // (Without a form of body written in Russian: "Aktsionernoe Obshchestvo".)
                    var head = PairScorer.core(Array(words[..<k]))
                    while let f = head.first, NameParts.russianForms.contains(f) { head.removeFirst() }
                    while let l = head.last, NameParts.russianForms.contains(l) { head.removeLast() }
                    if head.count >= 3, head.contains("university"), !head.contains(where: EntityIndex.unitWords.contains),
                       head.contains(where: { !PairScorer.bodyWords.contains($0) && !EntityIndex.unneeded.contains($0) }) {
                        addName(head)
                    } else if head.count >= 3, EntityIndex.quotedPieces(part.text).contains(where: { q in
                        // (A quoted name of its own, one or two words, not a descriptive one: `JSC
                        // “Research Institute of Instrument Engineering” named after …` names no
                        // institute alone.)
                        let w = PairScorer.compared(normaliser.tokens(q))
                        return (1...2).contains(w.count) && w.count < head.count && Set(w).isSubset(of: head)
                            && w.contains { !PairScorer.bodyWords.contains($0) && !PairScorer.formOfBodyWords.contains($0) && !EntityIndex.unneeded.contains($0) }
                    }) {
                        addName(head)
                    }
                }
                // An eponym after "of" and initials, as "named after" ("POLYUS Research Institute of
                // M.F. Stelmakh Joint Stock Company" is printed "Polyus Research Institute JSC"): the
                // name without it, where the name's own word is written in capitals or quoted (a
                // name that says only its kind, "Central Research Institute of A.N. Krylov", is no
                // organisation's without its eponym).
                if r.isListed, let stripped = NameParts.withoutEponym(part.text) {
                    let head = PairScorer.core(PairScorer.compared(normaliser.analyse(stripped).tokens))
                    // (A word in capitals; or a quoted name of one or two words, not a descriptive
                    // one, as for "named after" above: `JSC “Central Research Institute of A.N.
                    // Krylov …”` gains no name.)
                    let capitals = PairScorer.compared(normaliser.tokens(stripped.split(whereSeparator: { !$0.isLetter })
                        .filter { $0.count >= 4 && $0.allSatisfy(\.isUppercase) }.map(String.init).joined(separator: " ")))
                    let quoted = EntityIndex.quotedPieces(part.text).map { PairScorer.compared(normaliser.tokens($0)) }
                        .filter { (1...2).contains($0.count) && $0.count < head.count }.flatMap { $0 }
                    func own(_ w: String) -> Bool {
                        !PairScorer.bodyWords.contains(w) && !PairScorer.formOfBodyWords.contains(w) && !EntityIndex.unneeded.contains(w)
                    }
                    if head.count >= 2, head != core, head.contains(where: { (capitals.contains($0) || quoted.contains($0)) && own($0) }) {
                        addName(head)
                    }
                }
                // An institute of a branch of the Russian Academy of Sciences by its initials and
                // the branch's letters ("IMCB SB RAS" for the listed "… Institute of Molecular and
                // Cell Biology, Siberian Branch of the Russian Academy of Sciences").
                if r.isListed, let (letters, unit) = NameParts.academyUnit(part.text) {
                    // (Without a first word, three letters only with a branch's letters: "IAM RAS" is
                    // as often the Institute of Applied Mechanics as Keldysh's Applied Mathematics.)
                    for (k, acronym) in PairScorer.unitAcronyms(normaliser.tokens(unit)).enumerated() where k == 0 || letters.count > 1 || acronym.utf8.count >= 4 {
                        addName([acronym] + letters)
                    }
                }
                // A state group's letters before its unit's name ("AECC Beijing Institute of
                // Aeronautical Materials", "AVIC Flight Automatic Control Research Institute"), which
                // papers leave out: the unit's name alone, where three words or more remain.
                if r.isListed, let first = core.first, PairScorer.groupPrefixes.contains(first), core.count >= 4 { addName(Array(core.dropFirst())) }
                // A Russian form of enterprise before a listed name in quotation marks ("Scientific and
                // Production Association “Lianozovo Electromechanical Plant”", or "??…??" where a
                // list lost them), which papers leave out: the name alone, where three words or more
                // remain. (Without the marks the words may be a generic name: "NPO High Precision
                // Systems" is not every "High Precision Systems".)
                if r.isListed, part.text.contains("??") || part.text.unicodeScalars.contains(where: EntityIndex.quotes.contains),
                   let form = PairScorer.writtenOutForms.first(where: { core.starts(with: $0) }), core.count - form.count >= 3 {
                    addName(Array(core.dropFirst(form.count)))
                }
                // A listed name without "Research" ("Belmicrosystems Research and Design Center" is
                // printed "Belmicrosystems Design Center"), where three words or more remain.
                let bare = core.filter { $0 != "research" }
                if (r.isListed || r.source == "query") && bare.count >= 3 && bare.count < core.count { addName(bare) }
                if a.compact.count >= 8 {
                    // A run-together name keeps its legal form inside ("KestrelDynamicsLimited"): drop it
                    // as a spaced one does. (A name of several words has lost its legal forms already.)
                    let stripped = a.tokens.count != 1 ? [] : NameNormaliser.commonLegalForms
                        .filter { a.compact.hasSuffix($0) && a.compact.count - $0.count >= 8 }.map { String(a.compact.dropLast($0.count)) }
                    for c in [a.compact] + stripped.sorted() where compacts[c] == nil { compacts[c] = part.text }
                }
                if let d = PairScorer.derivedAcronym(words) { acronyms.insert(d) }
            }
        }
        // A listing's own acronym standing for its leading words, the rest written out ("TSS
        // Technology Development Centre" for the listed "Tadbir Sanaat Sharif Technology Development
        // Center (TSS)"): one more name, where two words or more follow the letters.
        // The rest must say what kind of body it is ("… Center"): never a parent's name ("ISSP" for
        // "Institute of Solid-State Physics of the Russian Academy of Sciences" would make "ISSP
        // Russian Academy of Sciences" of the academy's every line).
        if r.isListed && !namedAcronyms.isEmpty {
            let base = names
            for acronym in namedAcronyms.sorted() {
                // The letters as a query's word reads them (one word, as compared).
                let head = PairScorer.compared(normaliser.tokens(acronym))
                let letters = Array(acronym.lowercased())
                guard head.count == 1, letters.count >= 3, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
                for (k, n) in base.enumerated() where !skeletonNames.contains(k) && n.count >= letters.count + 2
                    && zip(n, letters).allSatisfy({ $0.first == $1 }) {
                    let rest = Array(n.dropFirst(letters.count))
                    guard rest.contains(where: PairScorer.bodyWords.contains), !PairScorer.namesAcademyOfSciences(rest) else { continue }
                    let short = head + rest
                    let key = short.joined(separator: " ")
                    guard keys[key] == nil else { continue }
                    names.append(short)
                    keys[key] = keys[n.joined(separator: " ")] ?? r.name
                }
            }
        }
        var pairs = Set<String>()
        // Pairs of neighbouring words propose candidates for clustering when both words are
        // common; a registry's organisations are found from the listings' side, so they need
        // their words only.
        if withPairs && r.category != .registry {
            for n in names where n.count >= 2 { for i in 0..<(n.count - 1) { pairs.insert(n[i] + "\u{1}" + n[i + 1]) } }
        }
        // (A listed record's only. A query's words each once: a line's repeated word most often comes
        // of reading two of its parts together, "Inst. of Radiation Med., AMMS" as "… Radiation
        // Medical, Academy of Military Medical Sciences".)
        // (And a registry's: its names repeat a country in brackets, "State Grid Corporation of China
        // (China)". A listed name's repeated word is the list's own.)
        let marked = r.isListed
        return Prepared(names: names, sortedNames: names.map { marked ? PairScorer.sortedWords($0) : Array(Set($0)).sorted() }, acronyms: acronyms, namedAcronyms: namedAcronyms, keys: keys, compacts: compacts, tokens: Set(names.flatMap { $0 }),
                        pairs: pairs, country: Identifiers.listingCountry(r.country, places: r.places),
                        identifiers: Identifiers.canonical(r.identifiers), person: r.kind == .person,
                        registry: r.category == .registry, listed: r.isListed,
                        folded: folded, skeletonNames: skeletonNames, skeletonKeys: skeletonKeys)
    }

    /// `p` with the weight of each of its words looked up once, so that scoring it against many
    /// candidates hashes no word again. Words the index does not know weigh 1.
    public static func weighed(_ p: consuming Prepared, idf: [String: Double]) -> Prepared {
        // (The parameter itself is changed: a `var` copy of it retained every field once more.)
        p.sortedWeights = p.sortedNames.map { $0.map { idf[PairScorer.baseWord($0)] ?? 1 } }
        p.sortedNumbers = p.sortedNames.map { $0.map(hasDigit) }
        p.sortedBits = p.sortedNames.map { $0.reduce(0) { $0 | wordBit($1) } }
        p.orderedKeys = p.keys.keys.sorted()
        p.orderedCompacts = p.compacts.keys.sorted()
        return p
    }

    /// One of 64 bits for `word` (FNV-1a of its bytes): equal words have the same bit.
    static func wordBit(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return 1 << (h >> 58)
    }

    /// A listed name's words, sorted, each once, and again for each time the name repeats it,
    /// marked (`repeatMark` after it): the listed "Institute of Radiation and Radiation Medicine"
    /// holds "radiation" twice, and a line's "Institute of Radiation Medicine" (another institute,
    /// of another academy) is one word short of it, not the same words.
    /// (Only in a name of four distinct words or fewer, told apart by each of them: in a unit's name with
    /// its parent's, "Academy of Military Medical Sciences, Institute of Radiation and Radiation",
    /// the parent says which institute.)
    static func sortedWords(_ name: [String]) -> [String] {
        let distinct = Set(name)
        guard distinct.count != name.count else { return name.sorted() }
        guard distinct.count <= 4 else { return distinct.sorted() }
        var seen: [String: Int] = [:]
        return name.map { w -> String in
            let k = seen[w, default: 0]
            seen[w] = k + 1
            return k == 0 ? w : w + String(repeating: PairScorer.repeatMark, count: k)
        }.sorted()
    }

    /// How many distinct words a name of `sortedNames` has (its marked repetitions left out).
    static func distinctCount(_ sorted: [String]) -> Int {
        sorted.reduce(0) { $0 + ($1.utf8.last == 2 ? 0 : 1) }
    }

    /// The mark of a repeated word in `sortedNames`.
    static let repeatMark: Character = "\u{2}"

    /// A word of `sortedNames` without its mark of repetition.
    static func baseWord(_ w: String) -> String {
        w.utf8.last == 2 ? String(w.prefix { $0 != PairScorer.repeatMark }) : w
    }

    /// Inverse document frequency of every word over prepared records.
    public static func idf(_ prepared: [Prepared]) -> [String: Double] {
        var df: [String: Int] = [:]
        for p in prepared { for t in p.tokens { df[t, default: 0] += 1 } }
        let n = Double(max(prepared.count, 1))
        return df.mapValues { log((n + 1) / (Double($0) + 0.5)) }
    }

    /// The score of two prepared records: an equal identifier or name is 1; else the best
    /// weighted overlap of any name of one with any name of the other. Conflicting identifiers or
    /// countries, a person, and a registry organisation meeting a listing without agreeing
    /// countries are vetoes.
    /// `sharesNoKey`: the caller knows the two share no normalised name and no run-together one
    /// (an index's lookup, whose tables give every record with one of the query's keys): the
    /// look-ups that would find none are skipped. The score is the same.
    public func score(_ a: Prepared, _ b: Prepared, idf: [String: Double], explain: Bool = true, sharesNoKey: Bool = false) -> PairScore {
        if !a.identifiers.isEmpty && !b.identifiers.isEmpty {
            for (scheme, v) in a.identifiers.sorted(by: { $0.key < $1.key }) where b.identifiers[scheme] == v {
                return PairScore(score: 1, features: ["identifier": "\(scheme) \(v) equal"])
            }
        }
        if let scheme = a.identifiers.keys.sorted().first(where: { b.identifiers[$0] != nil && b.identifiers[$0] != a.identifiers[$0] }) {
            return PairScore(score: 0, words: 0, features: ["identifier": "\(scheme) differs"], veto: "conflicting \(scheme)")
        }
        if let x = a.country, let y = b.country, !Identifiers.sameCountry(x, y) {
            return PairScore(score: 0, words: 0, features: ["country": "\(x) ≠ \(y)"], veto: "countries differ")
        }
        if a.person || b.person { return PairScore(score: 0, words: 0, features: ["kind": "person"], veto: "persons are not matched by name") }
        var s = nameScore(a, b, idf: idf, explain: explain, sharesNoKey: sharesNoKey)
        if explain && a.country != nil && a.country == b.country { s.features["country"] = "equal" }
        // A registry joins a listing by name only where both say the same country: ROR's
        // National Defense University (US) is not the 1286 list's (PLA).
        if (a.registry && b.listed) || (a.listed && b.registry), a.country == nil || b.country == nil {
            s.veto = "a registry organisation joins a listing by name only when both give the same country"
        }
        if (a.folded || b.folded) && explain {
            s.features["look_alike_characters"] = "matched after folding look-alike characters of another script in the tie's name"
        }
        if s.skeleton {
            // A name written wholly in look-alikes met one in Latin: perhaps a disguise, perhaps a
            // name of its own script. Never a finding, never silence: a near match to review.
            s.score = min(s.score, (PairScorer.match * 100 - 1).rounded() / 100)
            s.shared = max(s.shared, 2)
            s.words = max(s.words, PairScorer.near)
            s.skeleton = false
            if explain { s.features["look_alike_script"] = "the names agree only when a name written wholly in letters of another script that look Latin is read as Latin" }
        }
        return s
    }

    private func nameScore(_ a: Prepared, _ b: Prepared, idf: [String: Double], explain: Bool, sharesNoKey: Bool) -> PairScore {
        if !sharesNoKey, let s = equalName(a, b, explain: explain) { return s }
        return overlap(a, b, idf: idf, explain: explain)
    }

    /// The score of two names equal once normalised (or with spaces ignored); nil when none is.
    private func equalName(_ a: Prepared, _ b: Prepared, explain: Bool) -> PairScore? {
        // (Nearly always neither side has a skeleton: then the first key in common, as ever.)
        let skeletons = !a.skeletonKeys.isEmpty || !b.skeletonKeys.isEmpty
        let sortedKeys = a.orderedKeys ?? a.keys.keys.sorted()
        if let k = skeletons
            ? sortedKeys.first(where: { b.keys[$0] != nil && a.skeletonKeys.contains($0) == b.skeletonKeys.contains($0) }) ?? sortedKeys.first(where: { b.keys[$0] != nil })
            : sortedKeys.first(where: { b.keys[$0] != nil }) {
            var s = PairScore(score: 1, words: 1, shared: k.split(separator: " ").count,
                              features: explain ? ["normalised_name": "equal", "name_as_listed": b.keys[k]!] : [:])
            s.skeleton = a.skeletonKeys.contains(k) != b.skeletonKeys.contains(k)
            return s
        }
        if let c = (a.orderedCompacts ?? a.compacts.keys.sorted()).first(where: { b.compacts[$0] != nil }) {
            return PairScore(score: 1, words: 1, shared: 1,
                             features: explain ? ["normalised_name": "equal with spaces ignored", "name_as_listed": b.compacts[c]!] : [:])
        }
        return nil
    }

    /// The best weighted overlap of words between any name of `a` and any of `b`.
    /// A prepared name's words' weights and number marks, in sorted order: as weighed already, or
    /// weighed now. (A function, not a closure over the prepared name: a closure copied it, a retain
    /// of each of its fields, per candidate.)
    static func sortedWeightsAndNumbers(_ p: Prepared, idf: [String: Double]) -> ([[Double]], [[Bool]]) {
        if !p.sortedWeights.isEmpty { return (p.sortedWeights, p.sortedNumbers) }
        let w = PairScorer.weighed(p, idf: idf)
        return (w.sortedWeights, w.sortedNumbers)
    }

    private func overlap(_ a: Prepared, _ b: Prepared, idf: [String: Double], explain: Bool) -> PairScore {
        var best = 0.0, bestWords = 0.0, bestShared = 0, bestViaSkeleton = false
        var why: [String: String] = [:]
        let (aw, an) = PairScorer.sortedWeightsAndNumbers(a, idf: idf)
        let (bw, bn) = PairScorer.sortedWeightsAndNumbers(b, idf: idf)
        // (Names whose words' bits meet nowhere share no word: most pairs of a query and a candidate.)
        let bits = a.sortedBits.count == a.sortedNames.count && b.sortedBits.count == b.sortedNames.count
        let numbered = a.numbering != 0 && a.numbering == b.numbering && a.sortedIDs.count == a.sortedNames.count && b.sortedIDs.count == b.sortedNames.count
        for (xi, x) in a.sortedNames.enumerated() {
            let xw = aw[xi], xn = an[xi]
            for (yi, y) in b.sortedNames.enumerated() {
                if bits && a.sortedBits[xi] & b.sortedBits[yi] == 0 { continue }
                let yw = bw[yi], yn = bn[yi]
                // (By number where one index numbered both sides' words: the same order, without
                // comparing strings. Round 44.)
                let w = numbered ? PairScorer.walk(a.sortedIDs[xi], b.sortedIDs[yi], xw, yw, xn, yn) : PairScorer.walk(x, y, xw, yw, xn, yn)
                let common = w.common, union = w.union, shared = w.shared, all = w.all
                guard common > 0 else { continue }
                var weighted = all == 0 ? 0 : shared / all
                if (w.xNumber && (w.yNumber || w.anyNumber)) || (w.yNumber && w.anyNumber) { weighted = min(weighted, PairScorer.near) }
                let plain = Double(common) / Double(union)
                // A pair through a skeleton on one side only counts after every certain pair.
                let viaSkeleton = (!a.skeletonNames.isEmpty && a.skeletonNames.contains(xi)) != (!b.skeletonNames.isEmpty && b.skeletonNames.contains(yi))
                if (viaSkeleton ? 0 : 1, weighted, plain) > (bestViaSkeleton ? 0 : 1, best, bestWords) || best == 0 {
                    bestViaSkeleton = viaSkeleton
                    best = weighted
                    bestWords = plain
                    bestShared = common
                    if explain {
                        why = ["weighted_overlap": String(format: "%.2f", weighted), "shared_words": "\(common) of \(union)",
                               "names": "\(a.names[xi].joined(separator: " ")) | \(b.names[yi].joined(separator: " "))"]
                    }
                }
            }
        }
        // Acronyms: weak evidence only, a small bonus when both sides give the same one.
        if !a.acronyms.isDisjoint(with: b.acronyms) && best > 0 {
            best = min(0.99, best + 0.05)
            if explain { why["acronym"] = "equal" }
        }
        var s = PairScore(score: (best * 100).rounded() / 100, words: bestWords, shared: bestShared, features: why)
        s.skeleton = bestViaSkeleton
        return s
    }

    /// One walk over two names' sorted words: the words in common, all words, and their weights,
    /// summed in sorted order (so the same on every run, to the last bit); and whether a word with
    /// a number is on one side only (`xNumber`, `yNumber`) or on both (`anyNumber`): the 10th and
    /// the 14th research institute of one group (第十, 第十四) are two institutes, however many
    /// words they share. (Generic: walked by the words themselves, or by their numbers.)
    @inline(__always)
    static func walk<T: Comparable>(_ x: [T], _ y: [T], _ xw: [Double], _ yw: [Double], _ xn: [Bool], _ yn: [Bool])
        -> (common: Int, union: Int, shared: Double, all: Double, xNumber: Bool, yNumber: Bool, anyNumber: Bool) {
        var i = 0, j = 0, common = 0, union = 0
        var shared = 0.0, all = 0.0
        var xNumber = false, yNumber = false, anyNumber = false
        let xc = x.count, yc = y.count
        while i < xc || j < yc {
            if j == yc || (i < xc && x[i] < y[j]) {
                all += xw[i]
                if xn[i] { xNumber = true }
                i += 1
            } else if i == xc || y[j] < x[i] {
                all += yw[j]
                if yn[j] { yNumber = true }
                j += 1
            } else {
                let w = xw[i]
                if xn[i] { anyNumber = true }
                shared += w
                all += w
                common += 1
                i += 1
                j += 1
            }
            union += 1
        }
        return (common, union, shared, all, xNumber, yNumber, anyNumber)
    }

    /// Words that stand for several: "Minoborony" (Министерство обороны, run together) is the
    /// Ministry of Defense, "SPb" Saint Petersburg ("Giprostroymost-SPb Institute"), and the PLA's
    /// services go by their letters ("PLARF NCO School" is the listed "Rocket Force NCO School").
    /// ("ICT" stays: Information and Communication Technology in one listed name, the Institute of
    /// Computing Technology in the CAS rows' "CAS ICT".)
    static let runTogether: [String: [String]] = [
        "minoborony": ["ministry", "defense"], "spb": ["saint", "petersburg"],
        // (Round 29: "Glass Fibre" for the listed "Nanjing Fiberglass Research and Design Institute".)
        "fiberglass": ["glass", "fiber"], "fibreglass": ["glass", "fiber"], "fibre": ["fiber"],
        // (Round 23: the PLA's Strategic Support Force by its letters, "PLA SSF Information
        // Engineering University".)
        "ssf": ["strategic", "support", "force"], "plassf": ["pla", "strategic", "support", "force"],
        // ЭМЗ, an experimental machine-building plant ("V.M. Myasishchev EMZ").
        "emz": ["experimental", "mechanical", "engineering", "plant"],
        "plarf": ["pla", "rocket", "force"], "plaaf": ["pla", "air", "force"],
        // (Round 27: Korean romanised, 국방 "Kukbang" national defence, 과학원 "Kwahakwon" academy of
        // sciences.)
        "kukbang": ["national", "defense"], "kwahakwon": ["academy", "science"],
        // Web of Science's "Electroopt" and the run-together "Electrooptics" are "Electro-Optics"
        // ("North China Res Inst Electroopt").
        "electroopt": ["electro", "optics"], "electrooptics": ["electro", "optics"], "electrooptical": ["electro", "optical"],
        // A list's Russian name run together ("… V Gazovoipromyshlennosti", in the gas industry).
        "gazovoipromyshlennosti": ["gas", "industry"],
        // машиностроения transliterated ("… institut mashinostroeniya"): "Machine-Building", which
        // `compared` reads as "Mechanical Engineering".
        "mashinostroeniya": ["mechanical", "engineering"], "mashinostroyeniya": ["mechanical", "engineering"],
        "mashinostroenia": ["mechanical", "engineering"],
        // (Round 26: радиотехнических, "NII Fiziko-Tekhnicheskikh i Radiotekhnicheskikh Izmerenii";
        // всероссийский, "Vserossiiskii NII Radioapparatury", the listed "All-Russia Research
        // Institute of Radio Equipment", in its transliterations.)
        "radiotekhnicheskikh": ["radio", "engineering"],
        "vserossiiskii": ["all", "russian"], "vserossiyskiy": ["all", "russian"], "vserossiisky": ["all", "russian"],
        "vserossiyskii": ["all", "russian"], "vserossijskij": ["all", "russian"], "vserossiysky": ["all", "russian"],
        "vserossiiskogo": ["all", "russian"], "vserossiyskogo": ["all", "russian"],
        // машиностроительное, the adjective ("Mashinostroitel'noe konstruktorskoe byuro «Fakel»").
        "mashinostroitelnoe": ["mechanical", "engineering"], "mashinostroitelnoye": ["mechanical", "engineering"],
        "mashinostroitelnyi": ["mechanical", "engineering"], "mashinostroitelnyy": ["mechanical", "engineering"],
        "mashinostroitelny": ["mechanical", "engineering"], "mashinostroitelnogo": ["mechanical", "engineering"],
        // радиотехнический transliterated: "Radio Technical", read as "Radio Engineering".
        "radiotekhnicheskii": ["radio", "engineering"], "radiotekhnicheskiy": ["radio", "engineering"],
        "radiotekhnichesky": ["radio", "engineering"],
        // (From set 38: the English "Radiotechnics" of the same word, "… Institute of Radiotechnics
        // (NNIIRT)"; нижегородский, "of Nizhny Novgorod", transliterated.)
        "radiotechnics": ["radio", "engineering"], "radiotechnical": ["radio", "engineering"],
        // (Round 30: "Radioengineering", as the registry writes Kotelnikov IRE RAS.)
        "radioengineering": ["radio", "engineering"],
        "nizhegorodsky": ["nizhny", "novgorod"], "nizhegorodskii": ["nizhny", "novgorod"], "nizhegorodskiy": ["nizhny", "novgorod"],
        "nizhegorodskaya": ["nizhny", "novgorod"],
        // A Russian design bureau's letters, as the words they stand for: ПКБ (design), ОКБ
        // (experimental design), СКБ (special design), ЦКБ (central design): "Northern PKB" is the
        // listed "Severnoye Design Bureau".
        "pkb": ["design", "bureau"], "okb": ["experimental", "design", "bureau"], "skb": ["special", "design", "bureau"],
        "tskb": ["central", "design", "bureau"], "cdb": ["central", "design", "bureau"],
        // (Set 47: КБ alone, "KB Mashinostroyeniya", and МКБ, a machine-building design bureau,
        // "MKB «Fakel»", printed "Machine-Building Design Bureau".)
        "kb": ["design", "bureau"], "mkb": ["mechanical", "engineering", "design", "bureau"],
        // (Round 28, from sets 76–77: ГосМКБ, a state machine-building design bureau, "GosMKB
        // Raduga JSC" for the listed "“Raduga” State Engineering Design Bureau JSC …".)
        "gosmkb": ["state", "mechanical", "engineering", "design", "bureau"],
        // РСК, a Russian aircraft-building corporation ("RSK MiG", the listed "Russian Aircraft
        // Corporation MiG"), as UAC is the United one.
        // (Its "Corporation" is a legal form, which names leave out as they are read.)
        "rsk": ["russian", "aircraft"],
        // (Round 28, from set 76: its English letters, "RAC MiG JSC". No listed name has "RAC".)
        "rac": ["russian", "aircraft"],
        // Non-destructive testing by its letters ("National NDT Centre", the listed "National
        // Centre for Non Destructive Testing").
        "ndt": ["nondestructive", "testing"],
        // (Round 24, from set 59: "Autocontrol" run together, "Beijing Aerospace Autocontrol
        // Institute" for the listed "… Automatic Control Institute"; радиотехники, the genitive,
        // "Nizhegorodskii NII Radiotekhniki".)
        "autocontrol": ["automatic", "control"], "radiotekhniki": ["radio", "engineering"],
    ]

    /// True for a word with a digit or a Han numeral (a character pair of 第十四研究所).
    static func hasDigit(_ word: String) -> Bool {
        var ascii = true
        for b in word.utf8 {
            if b >= 0x30 && b <= 0x39 { return true }
            if b >= 0x80 { ascii = false }
        }
        return !ascii && word.unicodeScalars.contains { hanNumerals.contains($0) }
    }

    static let hanNumerals = Set("〇零一二三四五六七八九十百千".unicodeScalars)

    /// True when the score names the same organisation for a tie: equal, or close and sharing
    /// most words outright (a place name never finds "New York University").
    public static func isMatch(_ s: PairScore) -> Bool {
        s.veto == nil && (s.score >= 1 || (s.score >= match && s.words >= 0.8))
    }

    /// True for a near miss worth an analyst's look: never a finding.
    public static func isNear(_ s: PairScore) -> Bool {
        s.veto == nil && !isMatch(s) && s.shared >= 2 && max(s.words, s.score) >= near
    }
}

extension PairScorer.Prepared {
    /// This record without the names whose keys are `keys` (before it is `weighed`): the names,
    /// their sorted words, keys, run-together forms and words. The keys in `exactOnly` stay (with
    /// their run-together forms): the name is then matched only as written, its words in no
    /// other comparison.
    func droppingNames(_ keys: Set<String>, exactOnly: Set<String> = []) -> PairScorer.Prepared {
        var p = self
        let texts = Set(keys.subtracting(exactOnly).compactMap { self.keys[$0] })
        p.names = []
        p.sortedNames = []
        p.skeletonNames = []
        for (k, n) in names.enumerated() where !keys.contains(n.joined(separator: " ")) {
            if skeletonNames.contains(k) { p.skeletonNames.insert(p.names.count) }
            p.names.append(n)
            p.sortedNames.append(sortedNames[k])
        }
        for k in keys.subtracting(exactOnly) {
            p.keys[k] = nil
            p.skeletonKeys.remove(k)
        }
        p.compacts = compacts.filter { !texts.contains($0.value) || p.keys.values.contains($0.value) }
        p.tokens = Set(p.names.flatMap { $0 })
        return p
    }
}

/// Every word of an index's prepared names, sorted and numbered in that order, so that a query's
/// names and the index's are walked by number (`PairScorer.walk`) rather than by comparing
/// strings, which was most of scoring's time. A word of the index is numbered 2·rank + 2; a word it
/// lacks (only a query has one) takes the odd number just below the first word after it, so that
/// every comparison of a query's word with an index's word comes out as the strings' own: the
/// same walk, the same sums to the last bit. Round 44.
struct WordNumbers: Sendable {
    /// Which numbering this is (never 0): only names numbered alike are walked by number.
    let id: Int
    let words: [String]
    let rank: [String: UInt32]

    private static let issued = Mutex(0)

    init(_ lists: [[PairScorer.Prepared]]) {
        var all = Set<String>()
        for list in lists { for p in list { for n in p.sortedNames { all.formUnion(n) } } }
        words = all.sorted()
        var rank: [String: UInt32] = [:]
        rank.reserveCapacity(words.count)
        for (k, w) in words.enumerated() { rank[w] = UInt32(k) }
        self.rank = rank
        id = WordNumbers.issued.withLock { n in
            n += 1
            return n
        }
    }

    func number(_ w: String) -> UInt32 {
        if let r = rank[w] { return 2 * r + 2 }
        // (How many words of the index sort before it.)
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid] < w { lo = mid + 1 } else { hi = mid }
        }
        return 2 * UInt32(lo) + 1
    }

    func numbered(_ p: consuming PairScorer.Prepared) -> PairScorer.Prepared {
        p.sortedIDs = p.sortedNames.map { $0.map(number) }
        p.numbering = id
        return p
    }
}
