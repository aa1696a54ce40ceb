/// Chinese words of organisation names and of mainland China's places, in English, for lines a
/// paper prints in Chinese only ("海军指挥学院 作战指挥系，南京") about organisations the lists name
/// in English only ("Naval Command College"). Written by hand for rsdd (no dictionary copied): the
/// words of the names of research institutes, academies, armed services' schools and state groups,
/// and the places they stand in. A piece is read only where every character of it is a word of
/// the glossary (or a number); anything else leaves the piece as printed.
public enum HanGlossary {
    /// Simplified forms (lines are folded with `HanFold` first) → English words.
    static let terms: [String: String] = [
        // Armed services and their schools.
        "中国人民解放军": "PLA", "人民解放军": "PLA", "解放军": "PLA", "海军": "Naval", "陆军": "Army", "空军": "Air Force",
        "火箭军": "Rocket Force", "武警": "Armed Police", "武装警察": "Armed Police",
        "战略支援部队": "Strategic Support Force", "联勤保障部队": "Joint Logistic Support Force",
        "军事": "Military", "国防": "National Defense", "指挥": "Command", "参谋": "Staff", "后勤": "Logistics",
        "装备": "Equipment", "工程": "Engineering", "飞行": "Flight", "航空": "Aviation", "航天": "Aerospace",
        "舰艇": "Naval", "潜艇": "Submarine", "士官": "NCO", "交通": "Transportation", "通信": "Communications",
        "电子": "Electronic", "信息": "Information", "技术": "Technology", "科技": "Science and Technology",
        "科学": "Science", "防化": "NBC Defense", "炮兵": "Artillery", "防空兵": "Air Defense", "防空": "Air Defense", "步兵": "Infantry",
        "特种作战": "Special Operations", "装甲兵": "Armored Force", "装甲": "Armored", "勤务": service_,
        // (Set 47: a service's arm, 兵, as its English names print it: 陆军航空兵学院 is the Army
        // Aviation Academy.)
        "航空兵": "Aviation", "工程兵": "Engineering", "通信兵": "Communications", "防化兵": "NBC Defense", "雷达兵": "Radar",
        "预警": "Early Warning", "雷达": "Radar", "导弹": "Missile", "潜艇学院": "Submarine Academy",
        "军医": "Military Medical", "军医大学": "Medical University", "医学": "Medical", "医科": "Medical", "特色医学": "Special Medical",
        // Kinds of body.
        "大学": "University", "学校": "School", "研究所": "Research Institute", "研究院": "Academy",
        "研究中心": "Research Center", "中心": "Center", "实验室": "Laboratory", "重点实验室": "Key Laboratory",
        "科学院": "Academy of Sciences", "中国科学院": "Chinese Academy of Sciences", "工程院": "Academy of Engineering", "集团": "Group", "总公司": "Corporation",
        "公司": "Corporation", "基地": "Base", "医院": "Hospital", "国家": "National",
        // What institutes work on.
        "军事医学科学院": "Academy of Military Medical Sciences", "基础医学": "Basic Medicine", "微生物": "Microbiology",
        "流行病": "Epidemiology", "生物工程": "Bioengineering", "生物技术": "Biotechnology", "生物": "Biology",
        "野战": "Field", "输血": "Blood Transfusion", "卫生": "Health", "放射": "Radiation", "辐射": "Radiation",
        "药理": "Pharmacology", "毒物": "Toxicology", "毒理": "Toxicology", "兽医": "Veterinary", "病原": "Pathogen",
        "自动化": "Automation", "自动控制": "Automatic Control", "控制": "Control", "设备": "Equipment",
        "仪器": "Instrument", "物理": "Physics", "化学": "Chemistry", "材料": "Materials", "光学": "Optics",
        "精密": "Precision", "机械": "Mechanical", "计算": "Computing", "计算机": "Computer", "导航": "Navigation",
        "卫星": "Satellite", "运载火箭": "Launch Vehicle", "火箭": "Rocket", "核": "Nuclear", "原子能": "Atomic Energy",
        "能源": "Energy", "制造": "Manufacturing", "系统": "Systems", "测量": "Measurement", "遥感": "Remote Sensing",
        "声学": "Acoustics", "光电": "Optoelectronics", "激光": "Laser", "微电子": "Microelectronics", "半导体": "Semiconductor",
        "超级计算": "Supercomputing", "超算": "Supercomputing", "空气动力": "Aerodynamics", "动力": "Power", "推进": "Propulsion", "强度": "Strength",
        // (Round 28, from set 77: 卫生勤务与医学情报研究所, the AMMS's Institute of Health Service
        // and Medical Information; 长春理工大学 高功率半导体激光国家重点实验室. 理工 is "Science and
        // Technology" as universities print it.)
        // (Set 78: 华航无线电测量研究所, CASIC's Huahang Radio Measurement Research Institute.)
        "无线电": "Radio", "华航": "Huahang",
        "与": "and", "和": "and", "情报": "Information", "理工": "Science and Technology", "高功率": "High Power", "功率": "Power",
        "环境": "Environment", "应用": "Applied", "工业": "Industry", "船舶": "Shipbuilding", "兵器": "Ordnance",
        // (Round 34, from sets 93–95: what the 1286 list's Defense S&T key laboratories work on,
        // every one of them, and the universities that host them; 全国重点实验室, a state key
        // laboratory's name since 2022; the CAS observatories' institute of astronomical optics.)
        "轻质": "Lightweight", "高强": "High-strength", "结构": "Structural", "多谱": "Multi-spectral", "处理": "Processing",
        "智能": "Intelligent", "信号": "Signal", "检测": "Detection", "测试": "Measurement", "天线": "Antenna", "微波": "Microwave",
        "量子": "Quantum", "目标识别": "Target Recognition", "自动目标识别": "Automatic Target Recognition",
        "全国重点实验室": "National Key Laboratory", "国家级": "National", "微尺度": "Microscale", "物质科学": "Physical Sciences",
        "中南": "Central South", "华中": "Huazhong", "中北": "North China", "西安电子科技大学": "Xidian University",
        "天文": "Astronomical", "天文台": "Observatory", "国家天文台": "National Astronomical Observatories",
    ]

    /// China, and mainland China's provinces and cities that institutes of the lists stand in.
    static let places: [String: String] = [
        "中国": "China", "北京": "Beijing", "上海": "Shanghai", "天津": "Tianjin", "重庆": "Chongqing", "大连": "Dalian", "哈尔滨": "Harbin",
        "南京": "Nanjing", "西安": "Xi'an", "成都": "Chengdu", "武汉": "Wuhan", "长沙": "Changsha", "广州": "Guangzhou",
        "深圳": "Shenzhen", "沈阳": "Shenyang", "合肥": "Hefei", "杭州": "Hangzhou", "绵阳": "Mianyang",
        "石家庄": "Shijiazhuang", "洛阳": "Luoyang", "郑州": "Zhengzhou", "太原": "Taiyuan", "兰州": "Lanzhou",
        "长春": "Changchun", "青岛": "Qingdao", "济南": "Jinan", "南昌": "Nanchang", "福州": "Fuzhou", "厦门": "Xiamen",
        "昆明": "Kunming", "贵阳": "Guiyang", "无锡": "Wuxi", "苏州": "Suzhou", "宁波": "Ningbo", "桂林": "Guilin",
        "保定": "Baoding", "宝鸡": "Baoji", "株洲": "Zhuzhou", "湘潭": "Xiangtan", "徐州": "Xuzhou", "烟台": "Yantai",
        "葫芦岛": "Huludao", "秦皇岛": "Qinhuangdao", "襄阳": "Xiangyang", "包头": "Baotou", "南宁": "Nanning",
        "湛江": "Zhanjiang", "舟山": "Zhoushan", "蚌埠": "Bengbu", "信阳": "Xinyang", "宣化": "Xuanhua",
        // (Set 44: towns of armed services' schools.)
        "青州": "Qingzhou", "廊坊": "Langfang", "张家口": "Zhangjiakou", "酒泉": "Jiuquan", "西昌": "Xichang",
        "河北": "Hebei", "河南": "Henan", "山东": "Shandong", "山西": "Shanxi", "陕西": "Shaanxi", "江苏": "Jiangsu",
        "浙江": "Zhejiang", "安徽": "Anhui", "福建": "Fujian", "江西": "Jiangxi", "湖北": "Hubei", "湖南": "Hunan",
        "广东": "Guangdong", "四川": "Sichuan", "贵州": "Guizhou", "云南": "Yunnan", "辽宁": "Liaoning", "吉林": "Jilin",
        "黑龙江": "Heilongjiang", "甘肃": "Gansu",
    ]

    /// The initials of the syllables of the places' English names, one syllable for each
    /// character ("guangzhou": "gz", "beijing": "bj"), in small letters; a name not read as that
    /// many syllables of pinyin, each with an initial, is left out ("Xi'an", "Shaanxi"), and so is a
    /// country's ("China"). The letters acronyms take from a place: NSCC-GZ. Round 40.
    public static let placeSyllableInitials: [String: String] = {
        var out: [String: String] = [:]
        for (han, name) in places where han.count >= 2 && Identifiers.countryCode(name) == nil {
            let w = name.lowercased()
            if let initials = pinyinInitials(w, syllables: han.count) { out[w] = initials }
        }
        return out
    }()

    static let pinyinInitialsList = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"]
    static let pinyinFinals: Set<String> = ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia", "ie", "iao",
                                            "iu", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue"]

    /// The initials of `w` read as `syllables` syllables of pinyin, each an initial and a final;
    /// nil when it cannot be read so.
    static func pinyinInitials(_ w: String, syllables: Int) -> String? {
        if syllables == 0 { return w.isEmpty ? "" : nil }
        for i in pinyinInitialsList where w.hasPrefix(i) {
            let rest = w.dropFirst(i.count)
            // (The longest final first: "guang" before "gua".)
            for n in stride(from: min(4, rest.count), through: 1, by: -1) where pinyinFinals.contains(String(rest.prefix(n))) {
                if let more = pinyinInitials(String(rest.dropFirst(n)), syllables: syllables - 1) { return String(i.prefix(1)) + more }
            }
        }
        return nil
    }

    /// The English names of the places (`places`), each once, sorted.
    public static let placeNames: [String] = Array(Set(places.values)).sorted()

    /// A mainland place printed after a name in the same piece, without a comma ("空军航空大学长春"):
    /// the name before it and the place's English name; nil where the piece does not end so, or
    /// where what comes before does not end as an organisation's name does (大学, 学院, 研究所, 学校,
    /// 中心, 实验室, 公司 …): Chinese names begin with their place ("长春理工大学"), and a place after
    /// one is where it stands. Round 39, set 119.
    public static func placeAfterName(_ piece: String) -> (name: String, place: String)? {
        guard let last = piece.unicodeScalars.last, (0x4E00...0x9FFF).contains(last.value) else { return nil }
        for (han, english) in placesLongestFirst where piece.hasSuffix(han) {
            let name = String(piece.dropLast(han.count))
            guard name.count >= 3, let end = name.last, organisationEnds.contains(end) else { continue }
            return (name, english)
        }
        return nil
    }

    /// `places` but China, longest first (then by their characters): the longest place a piece ends
    /// with, the same in every run.
    static let placesLongestFirst: [(String, String)] = places.filter { $0.key != "中国" }
        .sorted { ($0.key.count, $1.key) > ($1.key.count, $0.key) }.map { ($0.key, $0.value) }

    /// The characters an organisation's name ends with in Chinese: a school (学, 校, 院), an
    /// institute (所), a laboratory (室), a centre (心), a company (司), a factory (厂), a bureau
    /// (局), a unit (部, 队), a station (站).
    static let organisationEnds: Set<Character> = ["学", "校", "院", "所", "室", "心", "司", "厂", "局", "部", "队", "站"]

    /// 学院 is printed in English as an Academy, a College, an Institute or a University: each is
    /// read. (Round 32: an Institute is read as itself too, not only as an Academy through
    /// `PairScorer.asServiceSchool`: with a registry's weights, the University reading of
    /// "陆军防化学院" scored nearer the listed "Army Institute of NBC Defense" than the Academy
    /// reading, and hid it.)
    static let school = "学院"
    static let schoolWords = ["Academy", "College", "Institute", "University"]
    /// 学院 printed after 大学 with no comma between ("空军工程大学航空工程学院"): a college of that
    /// university, never a university or an academy of its own. (Round 35: read as "… University
    /// Aviation Engineering University", the run found the listed Air Force Aviation University.)
    static let collegeWords = ["College", "Institute"]

    static func collegeOfUniversity(_ folded: String) -> Bool {
        folded.split(whereSeparator: { ",;，；、 　".contains($0) }).contains { part in
            guard let university = part.range(of: "大学") else { return false }
            return part[university.upperBound...].contains("学院")
        }
    }

    static let longest = max(terms.keys.map(\.count).max() ?? 1, places.keys.map(\.count).max() ?? 1)

    /// The line read with each piece in Chinese translated (parts apart at commas and semicolons,
    /// and a part with Chinese in it at spaces too; words of Latin letters stay as printed), once for
    /// each English word of 学院; with ", China" after it where the line names a mainland place and
    /// no country. Nil where no piece could be read whole, where none names more than a place, and
    /// (`needsPlace`) where the line names no mainland place nor China: a line in Chinese characters
    /// may be Taiwan's ("國防大學" is its National Defense University too).
    public static func translatedLines(_ line: String, needsPlace: Bool = false) -> [String]? {
        guard line.unicodeScalars.contains(where: isHan) else { return nil }
        let folded = HanFold.fold(line)
        var parts: [String] = []
        // (The line again with parents printed before their units apart, `parentApart`: read as
        // well, after the line as read whole.)
        var apart: [String] = []
        var named = false, placed = false, school = false
        for raw in folded.split(whereSeparator: { ",;，；、".contains($0) }) {
            let part = raw.trimmingCharacters(in: .whitespaces)
            guard !part.isEmpty else { continue }
            guard part.unicodeScalars.contains(where: isHan) else { parts.append(part); apart.append(part); continue }
            // Pieces apart at spaces: each read in Chinese, or kept; Latin words kept together.
            var out: [String] = [], outApart: [String] = [], latin: [String] = []
            func flushLatin() {
                guard !latin.isEmpty else { return }
                out.append(latin.joined(separator: " "))
                outApart.append(latin.joined(separator: " "))
                latin = []
            }
            for piece in part.split(whereSeparator: { $0 == " " || $0 == "　" }).map(String.init) {
                if let (words, onlyPlaces, hasSchool) = translate(piece) {
                    flushLatin()
                    out.append(words.joined(separator: " "))
                    outApart += parentApart(piece, words)
                    // (A piece that begins with 中国 places the line in China, read as a place or
                    // within a term, 中国科学院: round 29.)
                    if onlyPlaces { placed = true } else { named = true; placed = placed || piece.hasPrefix("中国") || words.contains(where: places.values.contains) }
                    school = school || hasSchool
                } else if piece.unicodeScalars.contains(where: isHan) {
                    flushLatin()
                    out.append(piece)
                    outApart.append(piece)
                } else {
                    latin.append(piece)
                }
            }
            flushLatin()
            parts += out
            apart += outApart
        }
        guard named, placed || !needsPlace else { return nil }
        let country = placed && !parts.contains("China") && !parts.contains(where: { Identifiers.countryCode($0) != nil })
        let service = parts.contains { $0.contains(service_) }
        return (apart == parts ? [parts] : [parts, apart]).flatMap { parts in
            (school ? (collegeOfUniversity(folded) ? collegeWords : schoolWords) : [""]).flatMap { word in
                (service ? serviceWords : [""]).map { other in
                    let text = parts.map { $0.replacingOccurrences(of: school_, with: word).replacingOccurrences(of: service_, with: other) }.joined(separator: ", ")
                    return country ? text + ", China" : text
                }
            }
        }
    }

    /// One part of a line in Chinese read in English, where the glossary reads every character of
    /// it ("长春理工大学" → "Changchun Science and Technology University"); nil otherwise, and for a
    /// part with no Chinese. For telling a host printed in Chinese from another (round 30).
    public static func englishPart(_ part: String) -> String? {
        guard part.unicodeScalars.contains(where: isHan) else { return nil }
        let folded = HanFold.fold(part)
        var out: [String] = []
        for piece in folded.split(whereSeparator: { $0 == " " || $0 == "　" }).map(String.init) {
            if piece.unicodeScalars.contains(where: isHan) {
                guard let (words, _, hasSchool) = translate(piece), !hasSchool else { return nil }
                out.append(words.joined(separator: " "))
            } else {
                out.append(piece)
            }
        }
        return out.isEmpty ? nil : out.joined(separator: " ")
    }

    /// Korean words of the names of the DPRK's academies and institutes, in Hangul ("국방과학원, 평양"
    /// for the listed "Academy of National Defense Science"; "국가과학원 자동화연구소" for the State
    /// Academy of Sciences' Institute of Automation). Written by hand for rsdd. Round 28, from set
    /// 80 and 81.
    static let koreanTerms: [String: String] = [
        "국방": "National Defense", "과학원": "Academy of Sciences", "국가과학원": "State Academy of Sciences",
        "과학": "Science", "기술": "Technology", "연구소": "Institute", "연구원": "Research Institute", "연구": "Research",
        "대학": "University", "대학교": "University", "종합대학": "University", "자동화": "Automation", "전자": "Electronics",
        "원자력": "Atomic Energy", "컴퓨터": "Computer", "센터": "Center", "중앙": "Central", "물리": "Physics", "화학": "Chemistry",
        "평양": "Pyongyang", "조선": "Korea", "김일성": "Kim Il Sung", "김책": "Kim Chaek", "공업": "Technology",
        "조선민주주의인민공화국": "DPRK",
        // The DPRK's own spellings of loanwords (round 30, set 86: "조선콤퓨터쎈터", the Korea Computer Center).
        "콤퓨터": "Computer", "쎈터": "Center",
        // (Round 32, set 90: "평양정보쎈터", the listed Pyongyang Informatics Centre, 平壌情報センター.)
        "정보": "Information",
        // (Round 33, set 91: "보건식품과학원", the listed Academy of Health and Food Science; "녕변원자력연구소",
        // the Yongbyon Nuclear Research Centre, in the DPRK's spelling and the Republic of Korea's.)
        "보건": "Health", "식품": "Food", "녕변": "Nyongbyon", "영변": "Yongbyon",
        // (Set 92: "함흥화학공업대학", the Hamhung University of Chemical Industry.)
        "함흥": "Hamhung", "화학공업": "Chemical Industry",
        // (Read after set 96's first run: "강계국방종합대학", Kanggye's university of national defence.)
        "강계": "Kanggye",
    ]

    static let longestKorean = koreanTerms.keys.map(\.count).max() ?? 1

    /// Places of the DPRK in `koreanTerms`: a line in Hangul that prints one is of the DPRK, as
    /// one that prints its name is ("국방종합대학, 강계": Kanggye's university of national defence).
    /// (Round 41, set 123: the line printed the town as a part of its own.)
    static let dprkPlaces: Set<String> = ["Pyongyang", "Kanggye", "Hamhung", "Nyongbyon", "Yongbyon"]

    /// A line in Hangul read in English where every word of a piece is in `koreanTerms` (other
    /// pieces as printed), parts kept apart, ending with the DPRK; nil where no piece names more
    /// than a place, and where the line names neither the DPRK nor a place of it (`dprkPlaces`) and `dprk` (the line's
    /// country as read) is false: Hangul is the Republic of Korea's script as well (국방대학교 is its
    /// Korea National Defense University). (Korean puts spaces between a name's words: a piece is
    /// read, not parted from its neighbours.)
    public static func koreanLine(_ line: String, dprk: Bool = false) -> String? {
        guard line.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) else { return nil }
        var named = false
        let parts = line.split(whereSeparator: { ",;，；".contains($0) }).map { raw -> String in
            String(raw).split(separator: " ").map { piece -> String in
                let chars = Array(piece)
                var words: [String] = [], i = 0
                while i < chars.count {
                    guard let len = stride(from: min(longestKorean, chars.count - i), through: 1, by: -1)
                        .first(where: { koreanTerms[String(chars[i..<(i + $0)])] != nil }) else { return String(piece) }
                    words.append(koreanTerms[String(chars[i..<(i + len)])]!)
                    i += len
                }
                if !words.allSatisfy({ $0 == "DPRK" || dprkPlaces.contains($0) }) { named = true }
                return words.joined(separator: " ")
            }.joined(separator: " ")
        }
        let named_ = parts.contains { p in p.contains("DPRK") || dprkPlaces.contains { p.contains($0) } }
        guard named, dprk || named_ else { return nil }
        return parts.joined(separator: ", ") + (parts.contains { $0.contains("DPRK") } ? "" : ", DPRK")
    }

    static let school_ = "\u{1}school"

    /// 勤务 in a school's name is printed as its Service or its Logistics ("Naval Service Academy",
    /// 海军勤务学院; "Army Logistics Academy", 陆军勤务学院; "Air Force Logistics College"): each is read.
    static let service_ = "\u{1}service"
    static let serviceWords = ["Service", "Logistics"]

    /// Parents a piece prints before the unit with no space between (中国科学院国家天文台南京天文光学
    /// 技术研究所), as English lines print them apart: "Chinese Academy of Sciences, National
    /// Astronomical Observatories, Nanjing Astronomical Optics Technology Research Institute".
    static let parentTerms: [String] = ["中国科学院", "科学院", "国家天文台", "大学", "研究院", "集团", "总公司", "军事医学科学院"]

    /// `words` (the English of `piece`) as the parts a line in English prints: apart after each
    /// parent (`parentTerms`) that more of a name follows, two words or more (中国科学院大学 stays
    /// one name). Round 34, from set 94.
    static func parentApart(_ piece: String, _ words: [String]) -> [String] {
        let whole = [words.joined(separator: " ")]
        guard parentTerms.contains(where: { piece.contains($0) && !piece.hasSuffix($0) }) else { return whole }
        // The piece read again term by term, cut after each parent's words.
        var parts: [String] = [], rest = Substring(piece)
        while let (_, range) = parentTerms.compactMap({ t in rest.range(of: t).map { (t, $0) } }).min(by: { $0.1.lowerBound < $1.1.lowerBound || ($0.1.lowerBound == $1.1.lowerBound && $0.0.count > $1.0.count) }) {
            let head = String(rest[..<range.upperBound])
            let tail = rest[range.upperBound...]
            guard let (tailWords, _, _) = translate(String(tail)), tailWords.count >= 2, let (headWords, _, _) = translate(head) else { break }
            parts.append(headWords.joined(separator: " "))
            rest = tail
        }
        guard !parts.isEmpty, let (last, _, _) = translate(String(rest)) else { return whole }
        return parts + [last.joined(separator: " ")]
    }

    /// A piece read whole: its English words, whether it is only places, and whether it holds 学院.
    static func translate(_ piece: String) -> ([String], Bool, Bool)? {
        let chars = Array(piece)
        var words: [String] = []
        var i = 0, onlyPlaces = true, hasSchool = false
        while i < chars.count {
            // A number, after 第 or not ("第十四研究所", "二〇三所").
            var j = i
            if chars[j] == "第" { j += 1 }
            if j < chars.count, let (n, end) = number(chars, from: j) {
                words.append(String(n))
                i = end
                onlyPlaces = false
                continue
            }
            var found = false
            for len in stride(from: min(longest, chars.count - i), through: 1, by: -1) {
                let key = String(chars[i..<(i + len)])
                if key == school {
                    words.append(school_)
                    hasSchool = true
                    onlyPlaces = false
                } else if let p = places[key] {
                    words.append(p)
                } else if let t = terms[key] {
                    // (A navy's school is "Naval" once: 海军大连舰艇学院 is "Naval Dalian Academy".)
                    // (军医大学 is a service's "Medical University", or the "Military Medical
                    // University" where no service is printed: 第三军医大学.)
                    let service = words.contains { ["Naval", "Army", "Air", "Rocket", "PLA", "Police"].contains($0) }
                    let read = key == "军医大学" && !service ? "Military Medical University" : t
                    for w in read.split(separator: " ").map(String.init) where !(w == "Naval" && words.contains(w)) { words.append(w) }
                    onlyPlaces = false
                } else { continue }
                i += len
                found = true
                break
            }
            if !found {
                // 所 after a number is an institute ("二〇三所"); anything else is no word of the glossary.
                guard chars[i] == "所", words.last?.allSatisfy(\.isNumber) == true else { return nil }
                words.append(contentsOf: ["Research", "Institute"])
                i += 1
            }
        }
        return words.isEmpty ? nil : (words, onlyPlaces, hasSchool)
    }

    /// A number in Chinese numerals from `start` (`GroupUnits.value`), and where it ends.
    static func number(_ chars: [Character], from start: Int) -> (Int, Int)? {
        var k = start
        while k < chars.count, GroupUnits.digits[chars[k]] != nil || chars[k] == "十" || chars[k] == "百" { k += 1 }
        // (Four numerals at most: a longer run is no unit's number.)
        guard k > start, k - start <= 4, let n = GroupUnits.value(Substring(String(chars[start..<k]))) else { return nil }
        return (n, k)
    }

    static func isHan(_ u: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(u.value) || (0x3400...0x4DBF).contains(u.value)
    }
}
