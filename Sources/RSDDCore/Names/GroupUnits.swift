import Foundation

/// A Chinese state group's numbered academy or institute, which METI gives only in Japanese
/// characters ("中国航天科技集団有限公司第四研究院" for the listed "Academy of Aerospace Solid
/// Propulsion Technology"), in the English papers print it by ("The Fourth Academy of CASC").
public enum GroupUnits {
    /// The groups' names in Japanese and in simplified characters, with their English names.
    static let groups: [(String, String)] = [
        ("中国航天科技集団", "China Aerospace Science and Technology Corporation"),
        ("中国航天科技集团", "China Aerospace Science and Technology Corporation"),
        ("中国航天科工集団", "China Aerospace Science and Industry Corporation"),
        ("中国航天科工集团", "China Aerospace Science and Industry Corporation"),
        ("中国航天科学技術工業集団", "China Aerospace Science and Industry Corporation"),
        ("中国電子科技集団", "China Electronics Technology Group Corporation"),
        ("中国电子科技集团", "China Electronics Technology Group Corporation"),
        ("中国航空工業集団", "Aviation Industry Corporation of China"),
        ("中国航空工业集团", "Aviation Industry Corporation of China"),
        ("中国兵器工業集団", "China North Industries Group Corporation"),
        ("中国兵器工业集团", "China North Industries Group Corporation"),
        ("中国船舶重工集団", "China Shipbuilding Industry Corporation"),
        ("中国船舶重工集团", "China Shipbuilding Industry Corporation"),
        // (Set 45: the groups' short names, "中国电科第五十四研究所"; with 中国 before them, as a
        // private firm's name may hold 航天科技.)
        ("中国电科", "China Electronics Technology Group Corporation"),
        ("中国航天科工", "China Aerospace Science and Industry Corporation"),
        ("中国航天科技", "China Aerospace Science and Technology Corporation"),
        ("中航工业", "Aviation Industry Corporation of China"),
    ]

    /// The groups' short names in Chinese (simplified, as lines are folded), each with the whole
    /// name it stands for: "航空工业" (AVIC) and "中航工业", "航天科技" (CASC), "航天科工" (CASIC),
    /// "兵器工业" (NORINCO's group), "中船重工" (CSIC).
    static let shortNames: [(String, String)] = [
        ("航空工业", "中国航空工业集团公司"), ("中航工业", "中国航空工业集团公司"), ("航天科技", "中国航天科技集团公司"),
        ("航天科工", "中国航天科工集团公司"), ("兵器工业", "中国兵器工业集团公司"), ("中船重工", "中国船舶重工集团公司"),
    ]

    /// `line` (folded to simplified characters) with a group's short name that begins a run of
    /// characters naming a research unit ("航空工业济南特种结构研究所") written as the group's whole
    /// name ("中国航空工业集团公司济南特种结构研究所"), as METI's cells give the group's units; nil
    /// when it has none. (Not a short name after other characters, "北京航天科技…", nor one the
    /// whole name already holds, "中国航天科技集团".)
    public static func writingOutShortNames(_ line: String) -> String? {
        // (A line in Latin letters only has none: the first byte of a Han character is 0xE3 or more.)
        guard line.utf8.contains(where: { $0 >= 0xE3 }) else { return nil }
        let folded = HanFold.fold(line)
        guard folded.contains("研究") || folded.contains("院"), shortNames.contains(where: { folded.contains($0.0) }) else { return nil }
        var out = "", changed = false
        // (Run by run: a run is what lies between spaces, commas and semicolons, in either width.)
        var run = ""
        func flush() {
            // (Or a numbered academy written short, "航天科工三院三十五所": round 29.)
            // (And a short name with 集团 after it, "航天科工集团三院33所": the group's whole name, and
            // its legal form if printed, stand for both. Round 36, set 103.)
            defer { run = "" }
            guard let (short, whole) = shortNames.first(where: { run.hasPrefix($0.0) }) else { out += run; return }
            var rest = Substring(run).dropFirst(short.count)
            if rest.hasPrefix("集团") {
                rest = rest.dropFirst(2)
                if let form = forms.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(form.count) }
            }
            if rest.contains("研究") || unit(rest, first: true) != nil {
                out += whole + rest
                changed = true
            } else {
                out += run
            }
        }
        for ch in folded {
            if ch == " " || ch == "," || ch == ";" || ch == "，" || ch == "；" || ch == "、" { flush(); out.append(ch) } else { run.append(ch) }
        }
        flush()
        return changed ? out : nil
    }

    /// What may stand between a group's name and its unit's number: its legal form.
    static let forms = ["有限責任公司", "有限责任公司", "有限公司", "公司"]

    /// Digits as characters (with the look-alikes lists print: ○ for 〇, katakana ニ for 二; 两, two).
    static let digits: [Character: Int] = ["〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "ニ": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                                           "六": 6, "七": 7, "八": 8, "九": 9]

    /// The English names of every group unit `cell` writes in characters: "<group> 4th Academy",
    /// "<group> 1st Academy 702nd Research Institute", "<group> 14th Research Institute".
    public static func english(_ cell: String) -> [String] {
        // Every such name holds 研究 (research academy, institute): most cells do not.
        // (Or a numbered academy written short, 三院: round 29.)
        guard cell.contains("研究") || cell.contains("院") else { return [] }
        var out: [String] = []
        for (cjk, name) in groups {
            var rest = Substring(cell)
            while let r = rest.range(of: cjk) {
                rest = rest[r.upperBound...]
                var s = rest
                if let form = forms.first(where: { s.hasPrefix($0) }) { s = s.dropFirst(form.count) }
                var units: [String] = []
                while let (number, kind, after) = unit(s, withinAcademy: units.last?.hasSuffix("Academy") ?? false, first: units.isEmpty) {
                    units.append("\(ordinal(number)) \(kind)")
                    s = after
                }
                if !units.isEmpty { out.append(([name] + units).joined(separator: " ")) }
            }
        }
        // (Once each: a short name is inside the long one, "中国航天科技" in "中国航天科技集团".)
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// One numbered unit at the start of `s` ("第四研究院", "三十三研究所"): its number, kind, and what follows.
    /// Within an academy, "所" alone is its numbered institute ("第三研究院三十三所"). (Round 27.)
    /// Right after the group's name, "院" alone is its numbered academy ("中国航天科工三院33所", the
    /// third academy's 33rd institute). (Round 29.)
    static func unit(_ s: Substring, withinAcademy: Bool = false, first: Bool = false) -> (Int, String, Substring)? {
        var t = s
        if t.first == "第" { t = t.dropFirst() }
        let numeral = t.prefix { digits[$0] != nil || $0 == "十" || $0 == "百" || $0.isASCII && $0.isNumber }
        // (A unit's number has at most four places: a longer run, from a hostile or broken cell,
        // would overflow and is no unit.)
        guard !numeral.isEmpty, numeral.count <= 6, let n = value(numeral) else { return nil }
        t = t.dropFirst(numeral.count)
        if t.hasPrefix("研究院") { return (n, "Academy", t.dropFirst(3)) }
        if t.hasPrefix("研究所") { return (n, "Research Institute", t.dropFirst(3)) }
        if withinAcademy, t.hasPrefix("所") { return (n, "Research Institute", t.dropFirst(1)) }
        if first, t.hasPrefix("院") { return (n, "Academy", t.dropFirst(1)) }
        return nil
    }

    /// A number written in digits, in characters place by place ("七〇二" is 702), or with tens
    /// and hundreds ("三十三" is 33, "十" is 10).
    static func value(_ s: Substring) -> Int? {
        if s.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(s) }
        guard s.contains("十") || s.contains("百") else {
            var n = 0
            for c in s { guard let d = digits[c] else { return nil }; n = n * 10 + d }
            return n
        }
        var total = 0, current = 0
        for c in s {
            if let d = digits[c] { current = d; continue }
            let unit = c == "百" ? 100 : c == "十" ? 10 : 0
            guard unit > 0 else { return nil }
            total += (current == 0 ? 1 : current) * unit
            current = 0
        }
        return total + current
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }
}
