/// Names under which papers print listed organisations that the lists themselves do not give: an
/// institute's name since a reorganisation, the English name an organisation uses for itself, a
/// laboratory's name since it was renamed. Written by hand for rsdd (round 30), each from public
/// knowledge of the organisation, and read as a name of the listing; a finding or a review item
/// reached through one says so (`other_name`), so that an analyst can check it.
///
/// Only names that name one organisation: never a name every country's institute of that subject
/// has ("Institute of Transfusion Medicine" alone), which is given here with its place or its
/// parent, as papers print it.
public enum OtherNames {
    public struct Entry: Sendable {
        /// The listed names (a list's cell, as written) that the other names belong to.
        public var listed: [String]
        public var names: [String]
        /// Why these are the listing's names, for the evidence.
        public var why: String
    }

    static let amms = "since the PLA's 2017 reform, the Academy of Military Medical Sciences' institutes print these names (the Academy is under the Academy of Military Sciences)"

    public static let entries: [Entry] = [
        Entry(listed: ["Academy of Military Medical Sciences, Institute of Radiation and Radiation Medicine",
                       "Academy of Military Medical Sciences, Institute of Radiation and Radiation"],
              names: ["Beijing Institute of Radiation Medicine", "Academy of Military Medical Sciences, Institute of Radiation Medicine"], why: amms),
        Entry(listed: ["Academy of Military Medical Sciences, Field Blood Transfusion Institution"],
              names: ["Beijing Institute of Transfusion Medicine", "Academy of Military Medical Sciences, Institute of Transfusion Medicine"], why: amms),
        Entry(listed: ["Academy of Military Medical Sciences, Institute of Hygiene and Environmental Medicine"],
              names: ["Tianjin Institute of Environmental and Operational Medicine",
                      "Academy of Military Medical Sciences, Institute of Environmental and Operational Medicine",
                      "Academy of Military Medical Sciences, Institute of Health and Environmental Medicine"], why: amms),
        Entry(listed: ["Academy of Military Medical Sciences, Institute of Bioengineering"],
              names: ["Beijing Institute of Biotechnology", "Academy of Military Medical Sciences, Institute of Biotechnology"], why: amms),
        Entry(listed: ["Academy of Military Medical Sciences, Institute of Medical Equipment"],
              names: ["Institute of Medical Support Technology", "Tianjin Institute of Medical Equipment"], why: amms),
        Entry(listed: ["Academy of Military Medical Sciences, Institute of Microbiology and Epidemiology"],
              names: ["Beijing Institute of Microbiology and Epidemiology"], why: amms),
        Entry(listed: ["Academy of Military Medical Sciences, Institute of Disease Control and Prevention"],
              names: ["Chinese PLA Center for Disease Control and Prevention"], why: amms),
        Entry(listed: ["Academy of Military Medical Sciences, Institute of Basic Medicine"],
              names: ["Beijing Institute of Basic Medical Sciences", "Academy of Military Medical Sciences, Institute of Basic Medical Sciences"], why: amms),
        Entry(listed: ["Academy of Military Medical Sciences, Institute of Toxicology and Pharmacology"],
              names: ["Beijing Institute of Pharmacology and Toxicology"], why: amms),
        Entry(listed: ["Kuznetsov Naval Academy"],
              names: ["Military Educational and Scientific Center of the Navy Naval Academy", "Military Training and Research Center of the Navy Naval Academy",
                      "VUNTs VMF Naval Academy"],
              why: "the academy's name since 2012, Military Educational and Scientific Center of the Navy “Naval Academy named after Admiral of the Fleet of the Soviet Union N.G. Kuznetsov” (ВУНЦ ВМФ «Военно-морская академия»)"),
        Entry(listed: ["Federal State Institution Federal Scientific Center Scientific Research Institute for System Analysis of the Russian Academy of Sciences"],
              names: ["Scientific Research Institute for System Studies of the Russian Academy of Sciences"],
              why: "НИИСИ РАН's name translated word for word (системных исследований, of system studies), as its papers print it"),
        Entry(listed: ["Defense S&T Key Laboratory of Multi-spectral Information Processing Technology at Huazhong University of S&T"],
              names: ["National Key Laboratory of Multispectral Information Intelligent Processing Technology",
                      "Science and Technology on Multi-spectral Information Processing Laboratory"],
              why: "the laboratory's name since it was renamed a national key laboratory in 2022, and its earlier English name as papers print it"),
        Entry(listed: ["Defense S&T Key Laboratory of Electronic Measurement Technology at North University of China"],
              names: ["Science and Technology on Electronic Test and Measurement Laboratory", "National Defense Key Laboratory of Electronic Testing Technology"],
              why: "the laboratory's English names as papers of North University of China print them"),
        // Lists that misspell or shorten a name: the names as their aliases mean them.
        Entry(listed: ["Dolgoprudny Research Production Enterprise, OAO, "],
              names: ["Dolgoprudnenskoye NPP", "Dolgoprudnenskoe Nauchno Proizvodstvennoe Predpriyatie", "Dolgoprudnenskoye Nauchno-Proizvodstvennoye Predpriyatiye (DNPP)"],
              why: "the Entity List's aliases spelled as meant (it writes “olgoprudnenskoye NPP OAO” and “Doigoprudnenskoe Nauchno Proizvodstvennoe Predpriyatie”), and the enterprise's letters, DNPP"),
        Entry(listed: ["Mikron"],
              names: ["Research Institute of Molecular Electronics", "Molecular Electronics Research Institute"],
              why: "the METI list gives “NIIME and Mikron” and “NII Molekulyarnoi Elektroniki i Zavod Mikron”: NIIME is the Research Institute of Molecular Electronics"),
        Entry(listed: ["Hamhung University of Chemical Industry"],
              names: ["Hamhung University of Chemical Engineering"],
              why: "METI lists the university as “Hamhung University of Chemical Industry” (咸興化学工業大学), which papers translate “Chemical Engineering” as often"),
        // Companies and institutes under the English names they use for themselves.
        Entry(listed: ["Sukhoi Aviation JSC　"],
              names: ["Sukhoi Company", "Sukhoi Design Bureau", "Experimental Design Bureau Sukhoi", "OKB Sukhogo"],
              why: "the company's own English name, PJSC Sukhoi Company, and its design bureau, OKB Sukhoi (ОКБ Сухого)"),
        Entry(listed: ["TsKB MT Rubin"],
              names: ["Central Design Bureau for Marine Engineering Rubin", "CDB ME Rubin", "Rubin Design Bureau"],
              why: "the bureau's own English name, JSC Central Design Bureau for Marine Engineering “Rubin” (ЦКБ МТ «Рубин»)"),
        Entry(listed: ["Turayev Machine Building Design Bureau Soyuz"],
              names: ["TMKB Soyuz", "Turaevo Machine-Building Design Bureau Soyuz"],
              why: "the bureau's Russian letters, ТМКБ «Союз» (Turaevo Machine-Building Design Bureau)"),
        Entry(listed: ["Yongbyon Nuclear Research Centre"],
              names: ["Yongbyon Atomic Energy Research Centre", "Nyongbyon Nuclear Research Centre", "Nyongbyon Atomic Energy Research Centre",
                      // (Round 33, set 91: 녕변원자력연구소 translated word for word.)
                      "Nyongbyon Atomic Energy Research Institute", "Yongbyon Atomic Energy Research Institute"],
              why: "the centre's name as the DPRK writes it (Nyongbyon, 녕변, 녕변원자력연구소) and its other English names (Atomic Energy Research Centre, or Institute)"),
        Entry(listed: ["Shahid Meisami Group"],
              names: ["Shahid Meisami Research Group", "Shahid Meysami Research Group", "Shahid Meysami Group"],
              why: "the group's name with its kind (a research group of SPND) and the other spelling of Meisami"),
        Entry(listed: ["33rd Scientific Research and Testing Institute"],
              names: ["33rd Central Research and Testing Institute"],
              why: "the institute's Russian name, 33 ЦНИИИ Минобороны России (Central Research and Testing Institute), Volsk"),
        // (Round 31, from set 89.)
        Entry(listed: ["China Aerospace Science and Industry Corporation (CASIC) 3rd Academy"],
              names: ["Haiying Academy", "HIWING Technology Academy", "China Haiying Electromechanical Technology Academy"],
              why: "the academy's own name, 中国海鹰机电技术研究院 (Haiying, written HIWING in English), which CASIC's Third Academy goes by"),
        // (Round 32: listings missed under these names on three read sets or more.)
        Entry(listed: ["AVIC Research Institute for Special Structures of Aeronautical Composites\n（中国航空工業集団公司済南特種結構研究所）"],
              names: ["AVIC Jinan Special Structures Research Institute", "Jinan Special Structures Research Institute",
                      "Jinan Research Institute for Special Structures"],
              why: "the institute's own name, 航空工业济南特种结构研究所 (AVIC's Jinan Special Structures Research Institute), which the METI cell gives in characters"),
        Entry(listed: ["China Electronic Technology Group Corporation No. 11 Research Institute"],
              names: ["North China Research Institute of Electro-Optics", "华北光电技术研究所"],
              why: "the institute's own name, 华北光电技术研究所 (North China Research Institute of Electro-Optics), in Beijing"),
        Entry(listed: ["\"Central Design Bureau for Automatics Engineering\" JSC"],
              names: ["Central Design Bureau of Automatics", "Omsk Central Design Bureau of Automatics"],
              why: "the bureau's Russian name, АО «Центральное конструкторское бюро автоматики» (ЦКБА), Omsk, translated word for word"),
        Entry(listed: ["Tupolev JSC"],
              names: ["Tupolev Aviation Scientific and Technical Complex", "ANTK Tupolev", "Tupolev Design Bureau"],
              why: "the company's names before it became PJSC Tupolev: the Tupolev Aviation Scientific and Technical Complex (АНТК им. А.Н. Туполева) and its design bureau"),
        Entry(listed: ["Space Engineering University"],
              names: ["Academy of Equipment", "Academy of Equipment Command and Technology"],
              why: "the university's former names: the PLA's Academy of Equipment (装备学院, 2011–2017) and Academy of Equipment Command and Technology (装备指挥技术学院, 1999–2011), in Beijing"),
        Entry(listed: ["Air Force Logistics College", "Air Force Logistics Academy"],
              names: ["Air Force Service College", "Xuzhou Air Force College"],
              why: "the college's former names, the Air Force Service College (空军勤务学院) and Xuzhou Air Force College (徐州空军学院), in Xuzhou"),
        Entry(listed: ["JSC Institute of Instrumentation?Novosibirsk Plant Comintern (NPO NIIP?NZIK)"],
              names: ["NIIIP-NZiK", "Research Institute of Measuring Instruments – Novosibirsk Plant named after Comintern",
                      "Novosibirsk Research Institute of Measuring Instruments"],
              why: "the company's Russian name, АО «НПО НИИИП-НЗиК» (НИИ измерительных приборов – Новосибирский завод имени Коминтерна), and its institute's English name"),
        Entry(listed: ["Belmicrosystems Research and Design Center"],
              names: ["Belmikrosistemy", "Research and Design Center Belmikrosistemy"],
              why: "the centre's name in Russian and Belarusian letters, НТЦ «Белмикросистемы» (Belmikrosistemy), of JSC Integral, Minsk"),
        Entry(listed: ["NPP Istok"],
              names: ["Research and Production Corporation Istok", "RPC Istok"],
              why: "the enterprise's own English name, JSC RPC Istok named after A.I. Shokin (АО «НПП «Исток» им. Шокина»), Fryazino"),
        // (Round 33, from set 91.)
        Entry(listed: ["National Defense College\n(国防大学)"],
              names: ["Kanggye University of National Defence", "Kanggye National Defense University", "Kanggye National Defence College"],
              why: "the college's names in English by its town, Kanggye (강계국방종합대학), which METI's cell for the DPRK's National Defense College leaves out"),
        Entry(listed: ["Air Force Early Warning Academy"],
              names: ["Air Force Radar Academy", "Wuhan Radar Academy"],
              why: "the academy's former name, the Air Force Radar Academy (空军雷达学院), in Wuhan, before it was renamed the Air Force Early Warning Academy"),
        Entry(listed: ["Chinese Academy of Sciences – Center for Excellence in Quantum Information and Quantum Physics"],
              names: ["中国科学院量子信息与量子科技创新研究院"],
              why: "the centre's own name in Chinese, 中国科学院量子信息与量子科技创新研究院, hosted by the University of Science and Technology of China in Hefei"),
        Entry(listed: ["FSUE \"The Federal Center for Dual-Use Technologies \"Soyuz\""],
              names: ["ФЦДТ «Союз»", "Federal Center for Dual Technologies Soyuz", "FTsDT Soyuz"],
              why: "the centre's name in Russian, ФГУП «Федеральный центр двойных технологий «Союз»» (ФЦДТ «Союз», Federal Center for Dual Technologies Soyuz), Dzerzhinsky, Moscow Region"),
        Entry(listed: ["Federal Research Center Boreskov Institute of Catalysis"],
              names: ["Institute of Catalysis, Siberian Branch of the Russian Academy of Sciences",
                      "Institut Kataliza SO RAN", "Institut Kataliza im. G.K. Boreskova"],
              why: "the institute's name without its eponym and with its parent, Институт катализа СО РАН (Institute of Catalysis SB RAS), Novosibirsk, in English and in Russian"),
        // (Round 40, from set 121: the acronym is read from a name that gives it in brackets, which
        // the lists' generated table leaves out.)
        Entry(listed: ["Chinese Academy of Sciences – Aerospace Information Research Institute"],
              names: ["Aerospace Information Research Institute, Chinese Academy of Sciences (AIRCAS)"],
              why: "the institute's English name with its acronym, AIRCAS (中国科学院空天信息创新研究院), Beijing, as it writes them"),
    ]

    /// Listed name, trimmed and folded to lower case → its entries' other names and why.
    static let byListed: [String: [(name: String, why: String)]] = table(entries + lists)
    /// The same of the hand-written table alone (see `adding(to:lists:)`).
    static let byListedHand: [String: [(name: String, why: String)]] = table(entries)

    static func table(_ entries: [Entry]) -> [String: [(name: String, why: String)]] {
        var out: [String: [(name: String, why: String)]] = [:]
        for e in entries {
            for l in e.listed { out[key(l), default: []] += e.names.map { ($0, e.why) } }
        }
        return out
    }

    static func key(_ name: String) -> String {
        Text.trimmed(name).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The other names of a listed record: of its name and of each of its aliases that the table
    /// gives. Empty for most records, and for every record that is no listing.
    public static func of(_ r: Record, lists: Bool = true) -> [(name: String, why: String)] {
        guard r.isListed else { return [] }
        let table = lists ? byListed : byListedHand
        var out: [(name: String, why: String)] = []
        for n in [r.name] + r.aliases {
            for o in table[key(n)] ?? [] where !out.contains(where: { $0.name == o.name }) { out.append(o) }
        }
        return out
    }

    /// True when the lists' table (`lists`) gives record `r` a name the hand-written one does not.
    public static func hasListsNames(_ r: Record) -> Bool {
        r.isListed && of(r).count != of(r, lists: false).count
    }

    /// `r` with its other names after its aliases, for matching only (a finding cites the record
    /// as the list gives it). `lists: false`: the hand-written table's alone, as organisations are
    /// told apart (the lists' table names one organisation on two lists alike, and would join
    /// records the lists keep apart, changing their findings' keys: it is for reading lines).
    public static func adding(to r: Record, lists: Bool = true) -> Record {
        let other = of(r, lists: lists)
        guard !other.isEmpty else { return r }
        var copy = r
        copy.aliases += other.map(\.name).filter { !copy.aliases.contains($0) }
        return copy
    }
}
