import Foundation

/// The names one name cell holds, as lists really write them: `Harbin Institute of Technology
/// (HIT)⏎(哈爾浜工業大学)` is three names (the last in another script, the middle an acronym);
/// `X a.k.a. Y` and `X (formerly Y)` are two; `K Logistics (China) Limited` is one, because a
/// qualifier in brackets ("China", "Pvt", "General") is never a name of its own; a reading in
/// kana only (`しょうわだいがく`) is not a name. General rules, never per-list code.
public enum NameParts {
    /// One part: its text, and whether it is an acronym (weak evidence).
    public struct Part: Sendable, Hashable {
        public var text: String
        public var acronym: Bool
        /// Read off another name of the cell, before a trailing acronym ("Kurchatovskiy Institute"
        /// of "Kurchatovskiy Institute ITEF"): it may be the unit's name or its parent's.
        public var head: Bool = false
    }

    static let openers: [Character: Character] = ["(": ")", "（": "）", "[": "]", "［": "］", "【": "】", "〔": "〕"]
    /// What is trimmed from either end of a piece between alias markers.
    static let pieceEdges = CharacterSet(charactersIn: " ,;:")
    /// What is trimmed from either end of a part.
    static let partEdges = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",;:-–—·・"))
    /// Words that introduce another name of the same organisation.
    static let aliasMarkers = ["a.k.a.", "aka", "f.k.a.", "fka", "formerly", "formerly known as", "also known as",
                               "previously", "former name", "旧称", "旧名", "略称", "通称",
                               // "P (PAEC), and subordinate entity C (PINSTECH)": the listing covers both.
                               "and subordinate entity", "subordinate entity"]

    /// The parts of `cell`, the full cell first (as the source wrote it, so an exact match on the
    /// whole cell still counts), then each further name, each once.
    /// A name given apart (a registry's label or alias): one part, the name as written, unless it
    /// is a reading in kana; an acronym as such.
    public static func whole(_ name: String) -> [Part] {
        let t = name.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || isReading(t) { return [] }
        return [Part(text: t, acronym: isAcronym(t))]
    }

    public static func split(_ cell: String) -> [Part] {
        // Most names have nothing to split: no bracket, line break, dash or marker word. They are
        // found with one pass over the bytes (the registry holds hundreds of thousands of names).
        if !mayHaveParts(cell) {
            let ascii = cell.utf8.allSatisfy { $0 < 0x80 }
            let t = cell.utf8.first == UInt8(ascii: " ") || cell.utf8.last == UInt8(ascii: " ") ? cell.trimmingCharacters(in: .whitespaces) : cell
            if t.isEmpty || (!ascii && isReading(t)) { return [] }
            // (A Russian acronym with lower-case digraphs, "SibNIA", is an acronym too.)
            let acronym = isAcronym(t) || isMixedCaseAcronym(t)
            var out = [Part(text: t, acronym: acronym)]
            // No dash here (that would have needed a closer look): only a trailing capitals word.
            // (The last word read from the bytes after the last space: a name's words are not split.)
            let last = t.utf8.lastIndex(of: UInt8(ascii: " ")).map { t.utf8[t.utf8.index(after: $0)...] } ?? t.utf8[...]
            if !acronym, isAcronymLike(bytes: last), let (head, tail) = trailingQualifier(t) {
                if !isFormAndOneWord(head) { out.append(Part(text: head, acronym: false, head: true)) }
                out.append(Part(text: tail, acronym: true))
            }
            // A unit's own name, then what it belongs to (see `unitBeforeParent`, `namedUnitOfAcademy`).
            if !acronym, let head = unitBeforeParent(t) ?? namedUnitOfAcademy(t) { out.append(Part(text: head, acronym: false)) }
            // A state group's numbered unit in characters, in English too.
            if !ascii { out += GroupUnits.english(t).map { Part(text: $0, acronym: false) } }
            // Two companies, the second by the first's word and a dash (below).
            if !acronym, let (first, second) = companyAndItsDashed(t) { out += [Part(text: first, acronym: false), Part(text: second, acronym: false)] }
            // A group, then its company by the company's quoted name (below).
            if !acronym, let company = quotedCompanyAfterGroup(t) { out.append(Part(text: company, acronym: false)) }
            return out
        }
        var out: [Part] = []
        func add(_ s: String, acronym: Bool = false, head: Bool = false) {
            let t = s.trimmingCharacters(in: NameParts.partEdges)
            guard !t.isEmpty, !isReading(t) else { return }
            // (A name the cell also gives on its own is no head, whichever came first.)
            if let k = out.firstIndex(where: { $0.text == t }) {
                if !head { out[k].head = false }
                return
            }
            out.append(Part(text: t, acronym: acronym || isAcronym(t) || isMixedCaseAcronym(t), head: head))
        }
        let lines = cell.split(whereSeparator: \.isNewline).map(String.init)
        // The first line is the name as the list writes it; further lines are more names.
        add(lines.count > 1 ? lines.joined(separator: " ") : cell)
        for var line in lines {
            // "Department of Atomic Energy entity: Bhabha Atomic Research Center (BARC)": the words
            // before "entity:" name what the listed organisation belongs to, not itself.
            // "Ilyushin Aviation Complex Branch: Myasishcheva Experimental Mechanical Engineering
            // Plant": the branch's own name after "Branch:" is a name of it.
            if Text.mayContain(line, ": "), let r = line.range(of: " entity: ", options: .caseInsensitive) ?? line.range(of: " branch: ", options: .caseInsensitive) {
                line = String(line[r.upperBound...])
                add(line)
            }
            // "Bhabha Atomic Research Centre (BARC), Department of Atomic Energy (DAE)": a unit
            // named with its own acronym, then what it belongs to. The unit's name is a name. Not
            // when a unit follows ("… Corporation (CETC), 38th Research Institute": the head is
            // the parent, and no name of the unit).
            if Text.mayContain(line, "), "), let r = line.range(of: "), "), !NameParts.startsWithUnit(line[r.upperBound...]) {
                let (head, inside) = brackets(String(line[..<r.lowerBound]) + ")")
                let words = head.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.lowercased() }
                    .filter { !["of", "the", "and", "for", "in", "at"].contains($0) }
                if words.count >= 3, inside.count == 1, isAcronym(inside[0]), spellsInitials(inside[0], words) { add(head) }
            }
            if let head = unitBeforeParent(line) ?? namedUnitOfAcademy(line) { add(head) }
            // "Joint Stock Company Angstrem, Angstrem-M": two companies in one cell, the second
            // named by the first's own word and a dash. Each is a name.
            if let (first, second) = companyAndItsDashed(line) { add(first); add(second) }
            // "Tactical Missile Corporation, Concern “MPO—Gidropribor”": a group, then its company
            // by the company's quoted name. The company's name is a name: papers print it alone.
            if let company = quotedCompanyAfterGroup(line) { add(company) }
            for piece in splitAliases(line) {
                let (outside, inside) = brackets(piece)
                add(outside)
                // A bracket the name starts with names what it belongs to, not itself:
                // "(Central South University) National Key Laboratory of …" is no university.
                let leading = piece.first { !$0.isWhitespace }.map { openers[$0] != nil } ?? false
                for (k, b) in inside.enumerated() where !isQualifier(b, outside: outside) && !(k == 0 && leading && !outside.isEmpty) {
                    add(b)
                    if let unit = unitWithParentsAcronym(b, in: piece) { add(unit) }
                }
                if let (head, tail) = trailingQualifier(outside) {
                    if !isFormAndOneWord(head) { add(head, head: true) }
                    add(tail, acronym: true)
                }
            }
        }
        // A state group's numbered unit in characters, in English too.
        if cell.utf8.contains(where: { $0 >= 0x80 }) { GroupUnits.english(cell).forEach { add($0) } }
        return out
    }

    /// The letters of a name "<letters>-<two words or more>" ("MIREA-Russian Technological
    /// University"): three to eight capitals, a dash (no space before it), then words that begin
    /// with a capital. Nil for any other name (a company's "Angstrem-M", two sets of letters
    /// "NIIP-NZIK").
    public static func lettersBeforeDashedName(_ name: String) -> String? {
        guard let dash = name.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }) else { return nil }
        let letters = String(name[..<dash])
        guard (3...8).contains(letters.utf8.count), letters.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return nil }
        let words = name[name.index(after: dash)...].split(separator: " ")
        guard words.count >= 2, words.allSatisfy({ w in w.first.map { $0.isUppercase } ?? false }),
              !words.contains(where: { w in w.allSatisfy { $0.isUppercase } }) else { return nil }
        return letters
    }

    /// The company of a cell "<group of two words or more>, <company by a quoted name>" (the part
    /// after the last comma, one word or more before the quotation marks: "Concern “MPO—Gidropribor”");
    /// nil where the group's part holds quotation marks itself, or the last part has none.
    static func quotedCompanyAfterGroup(_ line: String) -> String? {
        // (Most names hold no quotation mark: one pass over the bytes, for ", « „ “ and their last bytes.)
        guard line.utf8.contains(where: { $0 == 0x22 || $0 == 0xAB || $0 == 0x9C || $0 == 0x9E }) else { return nil }
        guard Text.mayContain(line, ", "), let r = line.range(of: ", ", options: .backwards) else { return nil }
        let head = line[..<r.lowerBound], tail = line[r.upperBound...].trimmingCharacters(in: .whitespaces)
        let opening: Set<Character> = ["\u{201C}", "\u{201E}", "\u{00AB}", "\""]
        guard let q = tail.firstIndex(where: { opening.contains($0) }), tail[..<q].split(separator: " ").count >= 1,
              head.split(separator: " ").count >= 2, !head.contains(where: { opening.contains($0) || $0 == "\u{201D}" || $0 == "\u{00BB}" }) else { return nil }
        // The quoted name: two words or more ("MPO—Gidropribor"), not one any company may have ("JSC “Progress”").
        let quoted = tail[tail.index(after: q)...].split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return quoted.count >= 2 ? tail : nil
    }

    /// The two names of a cell "<name>, <word>-<letters>" whose second is the first's last word,
    /// a dash and a few letters or digits ("Joint Stock Company Angstrem, Angstrem-M").
    static func companyAndItsDashed(_ line: String) -> (String, String)? {
        guard Text.mayContain(line, ", "), let r = line.range(of: ", ") else { return nil }
        let head = line[..<r.lowerBound], tail = line[r.upperBound...]
        guard !tail.contains(" "), !tail.contains(","), let dash = tail.firstIndex(of: "-"),
              let last = head.split(separator: " ").last, last.count >= 4, tail[..<dash] == last,
              (1...3).contains(tail[tail.index(after: dash)...].count) else { return nil }
        return (String(head), String(tail))
    }

    /// "Beijing Institute of Automatic Control Equipment, China Haiying Electromechanical Technology
    /// Academy": a unit's own name (three words or more, an institute, centre, laboratory, plant or
    /// bureau, no number first), then the group, corporation or academy it belongs to (three words
    /// or more). The unit's name is a name of its own: papers print it with their city, not the
    /// parent. Nil for a parent then its unit ("… (CASIC) 3rd Academy, 31 Research Institute"), a
    /// numbered unit ("702nd Research Institute, CALT"), a name that holds commas itself, and an
    /// academy of sciences' unit ("Institute of Molecular and Cellular Biology, Siberian Branch of
    /// the Russian Academy of Sciences" names one of many institutes of that name, and is read with
    /// its academy, part by part).
    static func unitBeforeParent(_ name: String) -> String? {
        guard Text.mayContain(name, ", "), let r = name.range(of: ", ", options: .backwards) else { return nil }
        let head = name[..<r.lowerBound], tail = name[r.upperBound...]
        guard !head.contains(","), !head.contains("("), !startsWithUnit(head), !startsWithUnit(tail) else { return nil }
        let h = head.lowercased().split(separator: " "), t = tail.lowercased().split(separator: " ")
        guard h.count >= 3, t.count >= 3, let last = t.last, parentWords.contains(last),
              h.contains(where: unitWords.contains), !t.contains(where: unitWords.contains),
              !t.contains("sciences"), !t.contains("branch"), !h.contains("institution") else { return nil }
        return String(head)
    }

    /// "Federal State Budgetary Institute A.V. Zhirmunskiy National Scientific Research Center of
    /// Marine Biology, Far East Branch, Russian Academy of Sciences": an academy of sciences' unit
    /// named after a person (dotted initials, "named after"), then the academy or its branch. The
    /// unit's name is a name of its own: a person's name tells it from the academies' other units
    /// of its subject, and papers print it without the academy. (An unnamed unit, "Institute of
    /// Molecular and Cell Biology, Siberian Branch …", is one of many of its name: see
    /// `unitBeforeParent`.)
    static func namedUnitOfAcademy(_ name: String) -> String? {
        guard Text.mayContain(name, ", "), Text.mayContain(name, "Academy of Sciences"), let r = name.range(of: ", ") else { return nil }
        let head = name[..<r.lowerBound], tail = name[r.upperBound...]
        guard !head.contains("("), tail.hasSuffix("Academy of Sciences"), !tail.contains("("),
              tail.split(separator: ",").count <= 2, head.split(separator: " ").count >= 4,
              head.range(of: "named after", options: .caseInsensitive) != nil || hasDottedInitials(String(head)) else { return nil }
        return String(head)
    }

    /// A cell that names a unit together with what it belongs to, as the two: "Pakistan Atomic
    /// Energy Commission (PAEC), and subordinate entity National Development Complex (NDC)",
    /// "Department of Atomic Energy entity: Bhabha Atomic Research Center (BARC)", "… (CASIC) 3rd
    /// Academy, 31 Research Institute", "13th Research Institute, 9th Academy, China Aerospace
    /// Science and Technology Corporation (CASC)", "Beijing Institute of Automatic Control
    /// Equipment, China Haiying Electromechanical Technology Academy". Nil for a name of one
    /// organisation. Entity resolution keeps a unit apart from its parent and its siblings: each
    /// has listings of its own, and a line that prints the parent does not name the unit.
    public static func family(_ cell: String) -> (unit: String, parent: String)? {
        let line = cell.split(whereSeparator: \.isNewline).first.map(String.init) ?? cell
        let edges = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;:"))
        func pair(_ unit: Substring, _ parent: Substring) -> (unit: String, parent: String)? {
            var p = parent.trimmingCharacters(in: edges)
            if p.lowercased().hasSuffix(" and") { p = String(p.dropLast(4)).trimmingCharacters(in: edges) }
            let u = unit.trimmingCharacters(in: edges)
            return p.isEmpty || u.isEmpty ? nil : (u, p)
        }
        if Text.mayContain(line, "subordinate", caseInsensitive: true), let r = line.range(of: "subordinate entity", options: .caseInsensitive) {
            return pair(line[r.upperBound...], line[..<r.lowerBound])
        }
        if Text.mayContain(line, ": "), let r = line.range(of: " entity: ", options: .caseInsensitive) {
            return pair(line[r.upperBound...], line[..<r.lowerBound])
        }
        guard Text.mayContain(line, ", ") else { return nil }
        if let head = unitBeforeParent(line) { return pair(Substring(head), line[line.index(line.startIndex, offsetBy: head.count)...]) }
        // Commas outside brackets only (an address in brackets is no family). A legal form after a
        // comma ("X Co., Ltd.") is read as a parent without words of its own, and dropped.
        var depth = 0, commas: [String.Index] = []
        for i in line.indices {
            switch line[i] {
            case "(", "（", "[": depth += 1
            case ")", "）", "]": depth = max(0, depth - 1)
            case "," where depth == 0 && line.index(after: i) < line.endIndex && line[line.index(after: i)] == " ": commas.append(i)
            default: break
            }
        }
        guard let first = commas.first, let last = commas.last else { return nil }
        let head = line[..<first], tail = line[line.index(first, offsetBy: 2)...]
        // A numbered or named unit first, then what it belongs to.
        if startsWithUnit(head), head.split(separator: " ").count >= 2 { return pair(head, tail) }
        // What it belongs to first, then a numbered or named unit.
        let parent = line[..<last], unit = line[line.index(last, offsetBy: 2)...]
        if !startsWithUnit(parent), startsWithUnit(unit), unit.split(separator: " ").count >= 2, !unit.lowercased().hasPrefix("the ") { return pair(unit, parent) }
        return nil
    }

    static let unitWords: Set<Substring> = ["institute", "center", "centre", "laboratory", "plant", "factory", "bureau"]
    static let parentWords: Set<Substring> = ["academy", "corporation", "group", "administration"]

    /// The acronyms that `cells` (a listing's name and aliases) write in brackets only for what the
    /// listed unit belongs to, never for the unit itself: "… Corporation (CASC) 1st Academy 702
    /// Research Institute" (a unit follows the letters), "12th Research Institute China Academy of
    /// Launch Vehicle Technology (CALT)" (the letters start at a later word, after the unit's
    /// name). Printed alone, such letters name the parent, perhaps another of its units; they stay
    /// a name of the listing, for review and beside a name that comes close to the unit's.
    /// Letters no run of words spells (a transliteration's: "… Experimental Physics (VNIIEF)")
    /// stay the unit's own.
    public static func parentsAcronyms(of cells: [String]) -> Set<String> {
        var parents: Set<String> = [], own: Set<String> = []
        for cell in cells {
            // An alias that is the letters alone ("CAEP") is the listing's own.
            if isAcronym(cell) { own.insert(Text.trimmed(cell)) }
            guard Text.mayContain(cell, "(") || Text.mayContain(cell, "（") else { continue }
            for line in cell.split(whereSeparator: \.isNewline) {
                for piece in splitAliases(String(line)) {
                    if isAcronym(piece) { own.insert(Text.trimmed(piece)) }
                    for b in brackets(piece).1 where isAcronym(b) {
                        if isParentsAcronym(b, in: piece) { parents.insert(b) } else { own.insert(b) }
                    }
                }
            }
        }
        return parents.subtracting(own)
    }

    /// True when the bracketed acronym `b` in `piece` is, everywhere the piece brackets it, what
    /// the piece's unit belongs to (see `parentsAcronyms`): the words the letters stand for name a
    /// parent (an academy, a corporation, a group: "Department of Atomic Energy entity: Bhabha
    /// Atomic Research Center (BARC)" is the centre's own), and a unit follows them or comes first.
    static func isParentsAcronym(_ b: String, in piece: String) -> Bool {
        // Letters with a number are a unit's own ("… Corporation (CETC54)", the 54th institute).
        if b.contains(where: \.isNumber) { return false }
        var from = piece.startIndex
        var any = false
        while let r = piece.range(of: b, range: from..<piece.endIndex) {
            from = r.upperBound
            guard r.lowerBound > piece.startIndex, r.upperBound < piece.endIndex,
                  let close = openers[piece[piece.index(before: r.lowerBound)]], piece[r.upperBound] == close else { continue }
            let before = piece[..<piece.index(before: r.lowerBound)]
            let post = piece[piece.index(after: r.upperBound)...].drop { $0 == " " || $0 == "," }
            let firstAfter = post.prefix { $0 != " " }
            // (A unit after the letters in Latin letters: a name in Chinese characters that
            // follows is the whole listing's, whatever numbers it holds.)
            let unitAfter = !post.isEmpty && firstAfter.unicodeScalars.allSatisfy(\.isASCII) && numberedUnit(post)
            if unitAfter && namesParent(lowerWords(before)) { any = true; continue }
            if unitBeforeParentsAcronym(b, before: before) != nil { any = true; continue }
            return false
        }
        return any
    }

    /// True when `s` begins with a numbered unit: a number or an ordinal, then a unit's or an
    /// academy's word ("9th Academy", "Ninth Academy", "38th Research Institute", "No. 5
    /// Factory"), or a unit's word then a number ("Institute 625"). Not a year, a street number or
    /// "The Institute".
    static func numberedUnit(_ s: Substring) -> Bool {
        var words = lowerWords(s).prefix(4).filter { !$0.isEmpty }
        if words.first == "no" { words.removeFirst() }
        guard words.count >= 2 else { return false }
        let numbered = { (w: String) in w.first?.isNumber == true || ordinals.contains(w) }
        let unitWord = { (w: String) in unitNames.contains(w) || w == "academy" || w == "research" }
        return (numbered(words[0]) && unitWord(words[1])) || (unitWord(words[0]) && numbered(words[1]))
    }

    /// The words of `s`, lower-cased, letters and digits only.
    static func lowerWords(_ s: Substring) -> [String] {
        s.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map { String($0.lowercased().filter { $0.isLetter || $0.isNumber }) }
    }

    /// True when `words` name what units belong to (an academy, a corporation, a group) and no
    /// unit (an institute, a centre, a laboratory, a department).
    static func namesParent(_ words: [String]) -> Bool {
        words.contains(where: parentNames.contains) && !words.contains(where: unitNames.contains)
    }

    /// `parentWords`, and the shortened and holding forms.
    static let parentNames = Set(parentWords.map(String.init)).union(["corp", "holding", "holdings"])

    /// "12th Research Institute China Academy of Launch Vehicle Technology" before "(CALT)": the
    /// unit's words before the run of words the letters spell ("12th Research Institute"), when
    /// the run starts at a later word and names a parent, and the words before it name a unit (a
    /// unit's word and a number). Nil otherwise.
    static func unitBeforeParentsAcronym(_ b: String, before: Substring) -> String? {
        let tokens = before.split(whereSeparator: { $0 == " " || $0 == "-" })
        let words = tokens.map { String($0.lowercased().filter { $0.isLetter || $0.isNumber }) }
        guard let initial = b.lowercased().first(where: \.isLetter), let first = words.first(where: { !$0.isEmpty && $0 != "the" }),
              first.first != initial else { return nil }
        for i in words.indices.dropFirst() where words[i].first == initial {
            let run = words[i...].filter { !$0.isEmpty && !["of", "the", "and", "for"].contains($0) }
            guard spellsInitials(b, run), namesParent(run) else { continue }
            let head = words[..<i]
            guard head.contains(where: unitNames.contains), head.contains(where: { $0.first?.isNumber == true || ordinals.contains($0) }) else { return nil }
            var unit = Array(tokens[..<i])
            while let last = unit.last, ["of", "the"].contains(last.lowercased().trimmingCharacters(in: partEdges)) { unit.removeLast() }
            return unit.joined(separator: " ").trimmingCharacters(in: partEdges)
        }
        return nil
    }

    /// "12th Research Institute China Academy of Launch Vehicle Technology (CALT)": the unit with
    /// its parent written as the letters, "12th Research Institute CALT", as papers print it
    /// ("12th Research Institute of CALT"). Nil unless `b` is such a parent's acronym.
    static func unitWithParentsAcronym(_ b: String, in piece: String) -> String? {
        guard isAcronym(b) else { return nil }
        for (open, close) in [("(", ")"), ("（", "）")] {
            if let r = piece.range(of: "\(open)\(b)\(close)") {
                return unitBeforeParentsAcronym(b, before: piece[..<r.lowerBound]).map { $0 + " " + b }
            }
        }
        return nil
    }

    /// Ordinals written out, as a unit's number: "(CASC) Ninth Academy".
    static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                        "eleventh", "twelfth"]

    /// Words that say a name is a unit's: an institute, a laboratory, a centre, a division.
    static let unitNames = Set(unitWords.map(String.init)).union(["lab", "division", "department", "branch"])

    /// True when `s` begins with what names a unit rather than what it belongs to: a number, or a
    /// word such as "Institute", "Laboratory", "School".
    public static func startsWithUnit(_ s: Substring) -> Bool {
        let first = s.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return first.contains(where: \.isNumber)
            || ["institute", "laboratory", "lab", "school", "college", "faculty", "division", "branch", "unit", "the", "no.", "no"].contains(first)
    }

    /// The acronyms a Russian name written in Latin letters stands for ("NII Molekulyarnoi
    /// Elektroniki" is NIIME, "Tsentralny Nauchno-Issledovatelski Institut Khimii I Mekhaniki"
    /// TsNIIKhM), in capitals: научно-исследовательский институт as NII, every other word by its
    /// first letter (its first two for Kh, Ts, Ch, Sh, Zh), "i" (and) read through and, for a
    /// second reading, as the end; forms of body left out, nothing after "imeni" (named after).
    /// Only for a name that holds NII, with at most three letters before it, five to eight letters
    /// in all; none for a name with an English word of a research institute in it.
    public static func russianAcronyms(_ cell: String) -> [String] {
        guard Text.mayContain(cell, "nii", caseInsensitive: true) || Text.mayContain(cell, "institut", caseInsensitive: true) else { return [] }
        var words = cell.lowercased().split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
        guard !words.contains(where: { $0 == "institute" || $0 == "research" || $0 == "scientific" }) else { return [] }
        while let f = words.first, russianForms.contains(f) { words.removeFirst() }
        while let l = words.last, russianForms.contains(l) { words.removeLast() }
        var out: [String] = []
        for endAtAnd in [false, true] {
            var letters = "", k = 0
            while k < words.count {
                let w = words[k]
                if w == "imeni" || w == "im" { break }
                if w == "nauchno", k + 2 < words.count, words[k + 1].hasPrefix("issledovatel"), words[k + 2] == "institut" { letters += "NII"; k += 3; continue }
                if w == "nii" { letters += "NII"; k += 1; continue }
                if w == "i" && endAtAnd && !letters.isEmpty { break }
                if w == "i" || w == "v" || w == "po" || w == "na" || russianForms.contains(w) { k += 1; continue }
                let two = String(w.prefix(2))
                letters += (["kh", "ts", "ch", "sh", "zh"].contains(two) ? two : String(w.prefix(1))).uppercased()
                k += 1
            }
            if let r = letters.range(of: "NII"), letters.distance(from: letters.startIndex, to: r.lowerBound) <= 3,
               (5...8).contains(letters.count), !out.contains(letters) { out.append(letters) }
        }
        return out
    }

    /// Russian forms of body and of company, in Latin letters and lower case, that stand round a
    /// name ("Federalnoe Gosudarstvennoe Unitarnoe Predpriyatie", "OAO", "PAO").
    public static let russianForms: Set<String> = russianFormLetters.union(["federalnoe", "gosudarstvennoe", "unitarnoe", "predpriyatie", "otkrytoe",
                                                                     "zakrytoe", "publichnoe", "aktsionernoe", "obshchestvo", "obschestvo", "ooo"])

    /// Letters of Russian forms of body and of company, lower case, that stand round a name or its
    /// acronym ("JSC NIIP", "FSUE TsNIIKhM", "SRC RF TRINITI", ГНЦ РФ as "GNTs RF").
    public static let russianFormLetters: Set<String> = ["jsc", "ao", "oao", "pao", "zao", "ojsc", "pjsc", "cjsc", "fsue", "fgup", "fsbi",
                                                         "fgbu", "fsbsi", "fgbun", "fau", "fgau", "fgbou", "fgaou", "src", "ssc", "gnts", "gnc", "rf"]

    /// True when `acronym` is the initials of `words`, in order, one letter a word (words it skips
    /// allowed, "Indira Gandhi Centre for Atomic Research (IGCAR)"), at least three letters.
    public static func spellsInitials(_ acronym: String, _ words: [String]) -> Bool {
        let letters = Array(acronym.lowercased().filter(\.isLetter))
        guard letters.count >= 3 else { return false }
        var j = 0
        for w in words where j < letters.count { if w.first == letters[j] { j += 1 } }
        return j == letters.count
    }

    /// False when `s` surely holds one name only: no bracket, line break, dash between spaces,
    /// CJK marker, nor any alias marker word (checked on lower-cased ASCII bytes).
    static func mayHaveParts(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            for (i, b) in bytes.enumerated() {
                switch b {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
                // Dashes and other punctuation (U+2000–U+2FFF), CJK brackets (U+3000–U+303F),
                // full-width brackets (U+FF00–U+FFEF): look closer.
                case 0xE2, 0xEF: return true
                case 0xE3 where i + 1 < bytes.count && bytes[i + 1] == 0x80: return true
                // The first characters of the CJK marker words 旧称 旧名, 略称, 通称.
                case 0xE6 where bytes[i...].starts(with: [0xE6, 0x97, 0xA7]): return true
                case 0xE7 where bytes[i...].starts(with: [0xE7, 0x95, 0xA5]): return true
                case 0xE9 where bytes[i...].starts(with: [0xE9, 0x80, 0x9A]): return true
                default: break
                }
            }
            // (The marker words in either case, read in place: no lower-cased copy of the bytes.)
            for marker in asciiMarkers where containsFolded(bytes, marker) { return true }
            return containsFolded(bytes, NameParts.spacedDash)
        }
    }

    static let spacedDash: [UInt8] = Array(" - ".utf8)

    /// True when `haystack` holds `needle` (lower-case ASCII), its letters in either case.
    static func containsFolded(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        func same(_ b: UInt8, _ m: UInt8) -> Bool {
            m >= UInt8(ascii: "a") && m <= UInt8(ascii: "z") ? b | 0x20 == m : b == m
        }
        var i = 0
        while i <= haystack.count - needle.count {
            if same(haystack[i], first) {
                var j = 1
                while j < needle.count && same(haystack[i + j], needle[j]) { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    static let asciiMarkers: [[UInt8]] = ["aka", "a.k.a", "f.k.a", "fka", "formerly", "also known", "previously", "former name",
                                          "subordinate", "entity:", "branch:"].map { Array($0.utf8) }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// `X a.k.a. Y`, `X (formerly Y)` → `X`, `Y`.
    static func splitAliases(_ s: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(s)
        while true {
            // The earliest marker standing as a word (not "aka" inside "Osaka"); the longest there.
            var best: Range<Substring.Index>?
            for marker in aliasMarkers where Text.mayContain(rest, marker, caseInsensitive: true) {
                var from = rest.startIndex
                while from < rest.endIndex, let r = rest.range(of: marker, options: .caseInsensitive, range: from..<rest.endIndex) {
                    if isStandalone(r, in: rest, cjk: marker.unicodeScalars.contains { $0.value > 0x2E80 }) {
                        if best == nil || r.lowerBound < best!.lowerBound
                            || (r.lowerBound == best!.lowerBound && r.upperBound > best!.upperBound) { best = r }
                        break
                    }
                    from = r.upperBound
                }
            }
            guard let b = best else {
                pieces.append(String(rest))
                break
            }
            pieces.append(String(rest[..<b.lowerBound]))
            rest = rest[b.upperBound...]
        }
        // "X (formerly Y)" leaves "X (" and "Y)": drop the bracket each piece holds unmatched.
        return pieces.map { piece -> String in
            var t = piece.trimmingCharacters(in: NameParts.pieceEdges)
            let opens = t.filter { openers[$0] != nil }.count
            let closes = t.filter { openers.values.contains($0) }.count
            if opens > closes, let last = t.last, openers[last] != nil { t.removeLast() }
            if closes > opens, let last = t.last, openers.values.contains(last) { t.removeLast() }
            return t.trimmingCharacters(in: NameParts.pieceEdges)
        }.filter { !$0.isEmpty }
    }

    static func isStandalone(_ r: Range<Substring.Index>, in s: Substring, cjk: Bool) -> Bool {
        if cjk { return true }
        let before = r.lowerBound == s.startIndex ? nil : s[s.index(before: r.lowerBound)]
        let after = r.upperBound == s.endIndex ? nil : s[r.upperBound]
        return (before.map { !$0.isLetter } ?? true) && (after.map { !$0.isLetter } ?? true)
    }

    /// The text outside brackets (brackets removed, spaces closed up) and each bracket's content.
    static func brackets(_ s: String) -> (String, [String]) {
        var outside = ""
        var inside: [String] = []
        var current = ""
        var closer: Character?
        var depth = 0
        for ch in s {
            if let c = closer {
                if ch == c {
                    depth -= 1
                    if depth == 0 {
                        inside.append(current)
                        current = ""
                        closer = nil
                        outside.append(" ")
                        continue
                    }
                } else if openers[ch] == c {
                    depth += 1
                }
                current.append(ch)
            } else if let c = openers[ch] {
                closer = c
                depth = 1
            } else {
                outside.append(ch)
            }
        }
        if closer != nil { outside += " " + current }
        let closed = outside.split(whereSeparator: { $0 == " " }).joined(separator: " ")
        return (closed, inside.map { Text.trimmed($0) }.filter { !$0.isEmpty })
    }

    /// True for bracket content that qualifies the name rather than naming it: one word that is
    /// not an acronym and is in the same script as the name outside ("China", "Pvt", "General").
    static func isQualifier(_ b: String, outside: String) -> Bool {
        // A country or region is a qualifier however many words it has: "(Hong Kong)", "(United States)".
        if Identifiers.countryCode(b) != nil && b.count > 2 { return true }
        // A status, not a name: "(Deemed to be University)", India's legal standing of an institute.
        if b.lowercased().hasPrefix("deemed") { return true }
        if isAcronym(b) { return false }
        // Several words of capitals ("(NPO NIIP?NZIK)": a form of enterprise's letters and the
        // company's own, "?" a dash the list lost): a name, not a qualifier.
        if isAcronymWords(b) { return false }
        if script(b) != script(outside) { return false }
        // In the name's own script, the content names an organisation only when it says what
        // kind of body it is ("(Kestrel Trading Co.)", "(Harbin Institute of Technology)"); a
        // place ("(South Africa)", "(Westville Campus)") or a word ("(General)") qualifies.
        let words = NameNormaliser().tokens(b)
        return !words.contains { organisationWords.contains($0) } && !NameNormaliser.legalFormsIn(b)
    }

    /// True for two words or more of capitals, a dash or a lost character ("?") joining letters
    /// within a word: "NPO NIIP?NZIK", "FNPC NNIIRT".
    public static func isAcronymWords(_ s: String) -> Bool {
        // (Most names have a small letter: one pass over the bytes decides.)
        if s.utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") || $0 >= 0x80 }) { return false }
        let pieces = s.split(separator: " ")
        return pieces.count >= 2 && pieces.allSatisfy { $0.split(whereSeparator: { $0 == "?" || $0 == "-" }).allSatisfy { isAcronym(String($0)) } }
    }

    /// Words that say what kind of body a name is, after normalisation.
    public static let organisationWords: Set<String> = Set(NameNormaliser.organisationTypes.values).union([
        "university", "institute", "college", "academy", "laboratory", "laboratories", "center", "foundation", "hospital",
        "school", "company", "corporation", "group", "trading", "industries", "industry", "association", "society", "ministry",
        "council", "agency", "bureau", "office", "department", "factory", "works", "enterprise", "enterprises", "bank",
    ])

    /// Whether `head` is a legal form and one word ("LLC Gazprom" of "LLC Gazprom VNIIGAZ"): the
    /// group a company belongs to, before the company's own letters, and no name of the company.
    /// (Round 35: the institution "Gazprom" found the listed Gazprom VNIIGAZ.)
    static func isFormAndOneWord(_ head: String) -> Bool {
        let words = head.lowercased().split(separator: " ").map { $0.filter { $0 != "." && $0 != "," } }
        return words.count >= 2 && words.filter { !NameNormaliser.legalForms.contains($0) }.count <= 1
    }

    /// `Name - CenEA`, `Name UW`: a trailing acronym after a dash, or a trailing all-capitals word
    /// after a name of at least two words, is a part of its own.
    public static func trailingQualifier(_ s: String) -> (String, String)? {
        for dash in [" - ", " – ", " — "] where Text.mayContain(s, dash) {
            if let r = s.range(of: dash, options: .backwards) {
                let tail = String(s[r.upperBound...]).trimmingCharacters(in: .whitespaces)
                if isAcronymLike(tail) && !isRomanNumeral(tail) { return (String(s[..<r.lowerBound]), tail) }
            }
        }
        let words = s.split(separator: " ")
        // A run of them, too: "Rzhanov Institute of Semiconductor Physics SB RAS". A Roman numeral
        // is part of the name: "University of Paris II" is not "University of Paris".
        var n = 0
        while n < min(3, words.count), isAcronymLike(String(words[words.count - 1 - n])), !isRomanNumeral(String(words[words.count - 1 - n])) { n += 1 }
        if n > 0, words.count - n >= 2, !words.dropLast(n).allSatisfy({ isAcronymLike(String($0)) }) {
            return (words.dropLast(n).joined(separator: " "), words.suffix(n).joined(separator: " "))
        }
        return nil
    }

    /// The academies of sciences that affiliation lines abbreviate after an institute's name
    /// ("Institute of Semiconductor Physics SB RAS"), with their names written out.
    public static let academies: [(String, String)] = [
        ("SB RAS", "Siberian Branch of the Russian Academy of Sciences"), ("UB RAS", "Ural Branch of the Russian Academy of Sciences"),
        ("FEB RAS", "Far Eastern Branch of the Russian Academy of Sciences"), ("RAS", "Russian Academy of Sciences"),
        ("CAS", "Chinese Academy of Sciences"), ("NASU", "National Academy of Sciences of Ukraine"),
        ("NAS of Ukraine", "National Academy of Sciences of Ukraine"), ("NASB", "National Academy of Sciences of Belarus"),
    ]

    /// An institute of the Russian Academy of Sciences or of one of its branches, named before
    /// the academy ("…, Siberian Branch of the Russian Academy of Sciences", "… of the Russian
    /// Academy of Sciences"): the academy's letters as lower-case words (["sb", "ras"]) and the
    /// institute's own name. Nil for any other name.
    public static func academyUnit(_ name: String) -> (letters: [String], unit: String)? {
        guard name.utf8.count > 40, name.contains("Academy") else { return nil }
        let plain = name.replacingOccurrences(of: " the ", with: " ").lowercased()
        for (short, long) in academies where short.hasSuffix("RAS") {
            let suffix = long.replacingOccurrences(of: " the ", with: " ").lowercased()
            guard plain.hasSuffix(suffix) else { continue }
            var unit = plain.dropLast(suffix.count)
            for tail in [" of ", ", ", " "] where unit.hasSuffix(tail) { unit = unit.dropLast(tail.count) }
            let trimmed = unit.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            guard !trimmed.isEmpty else { return nil }
            return (short.lowercased().split(separator: " ").map(String.init), trimmed)
        }
        return nil
    }

    /// China's two aerospace groups, whose academies and institutes papers print under their
    /// letters ("Third Research Academy of CASIC"): read on a line of China's only.
    static let groups: [(String, String)] = [
        ("CASIC", "China Aerospace Science and Industry Corporation"), ("CASC", "China Aerospace Science and Technology Corporation"),
    ]

    /// `line` with each academy's abbreviation (as a word of its own, in capitals) written out and
    /// set off as a part of its own; nil when it holds none.
    public static func expandingAcademies(_ line: String, groups withGroups: Bool = false) -> String? {
        // Every abbreviation holds "AS": most lines do not (one pass over the bytes, no copy).
        var previous: UInt8 = 0
        guard line.utf8.contains(where: { b in defer { previous = b }; return previous == UInt8(ascii: "A") && b == UInt8(ascii: "S") }) else { return nil }
        var words = line.split(separator: " ").map(String.init)
        var changed = false
        for i in words.indices {
            for (short, long) in withGroups ? academies + groups : academies {
                let n = short.split(separator: " ").count
                guard i + n <= words.count else { continue }
                let run = words[i..<(i + n)].joined(separator: " ")
                // (A closing quotation mark after it too: `«… Institute for System Analysis of RAS»`.
                // Round 27.)
                let core = run.trimmingCharacters(in: CharacterSet(charactersIn: ",;.()»”\""))
                guard core == short else { continue }
                // The punctuation around the run stays where it was; the name becomes a part. (A
                // closing quotation mark closes the name before it: the academy is a part of its own.)
                let lead = run.hasPrefix("(") ? "(" : ""
                let after = String(run.reversed().prefix { ",;.)»”\"".contains($0) }.reversed())
                let quotes = after.filter { "»”\"".contains($0) }, trail = after.filter { !"»”\"".contains($0) }
                if !quotes.isEmpty, i > 0 { words[i - 1] += quotes }
                words[i] = "\(lead)\(i > 0 ? "" : quotes), \(long)\(trail.isEmpty ? "," : trail)"
                for k in (i + 1)..<(i + n) { words[k] = "" }
                changed = true
                break
            }
        }
        guard changed else { return nil }
        // Commas doubled or left at the ends by the rewriting are closed up.
        var out = words.filter { !$0.isEmpty }.joined(separator: " ")
        while out.contains(",,") || out.contains(", ,") || out.contains(" ,") {
            out = out.replacingOccurrences(of: ", ,", with: ",").replacingOccurrences(of: ",,", with: ",").replacingOccurrences(of: " ,", with: ",")
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: ", "))
    }

    /// True when `s` holds two capitals each followed by a dot ("V.V. Tikhomirov", "N. A. Dollezhal"):
    /// a person's initials, as a name named after someone prints them.
    public static func hasDottedInitials(_ s: String) -> Bool {
        // One pass over the bytes: a capital after no capital, a dot, an optional space, a
        // capital, a dot.
        // A country's letters ("U.S.", "U.S.A.", "P.R. China", "U.K.") are no person's.
        var state = 0  // 0 nothing, 1 capital, 2 capital dot, 3 capital dot space, 4 capital dot (space) capital
        var previousCapital = false
        var first: UInt8 = 0, second: UInt8 = 0
        for b in s.utf8 {
            let capital = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
            switch state {
            case 1: state = b == UInt8(ascii: ".") ? 2 : 0
            case 2: state = b == UInt8(ascii: " ") ? 3 : capital ? 4 : 0
            case 3: state = capital ? 4 : 0
            case 4:
                if b == UInt8(ascii: "."), !NameParts.countryLetters.contains([first, second]) { return true }
                state = 0
            default: state = 0
            }
            if state == 0 && capital && !previousCapital { state = 1; first = b }
            if state == 4 && capital { second = b }
            previousCapital = capital
        }
        return false
    }

    static let countryLetters: Set<[UInt8]> = [Array("US".utf8), Array("UK".utf8), Array("PR".utf8), Array("UN".utf8), Array("EU".utf8)]

    /// A name that gives its eponym after "of" and a person's initials ("POLYUS Research Institute
    /// of M.F. Stelmakh Joint Stock Company"), without the eponym ("POLYUS Research Institute Joint
    /// Stock Company"): as "named after" is left out. Nil where the name has none, or where fewer
    /// than two words stand before it.
    public static func withoutEponym(_ s: String) -> String? {
        guard hasDottedInitials(s), let r = s.range(of: " of ") else { return nil }
        let head = s[..<r.lowerBound]
        guard head.split(separator: " ").count >= 2 else { return nil }
        var words = s[r.upperBound...].split(separator: " ", omittingEmptySubsequences: true)[...]
        // One or more initials ("M.F.", "M. F."), then the surname.
        var initials = 0
        while let w = words.first, isInitials(w) {
            initials += 1
            words = words.dropFirst()
        }
        guard initials > 0, let surname = words.first, let c = surname.first, c.isUppercase,
              surname.dropFirst().allSatisfy({ $0.isLetter || $0 == "-" || $0 == "’" || $0 == "'" }),
              surname.dropFirst().contains(where: { $0.isLowercase }) else { return nil }
        return ([String(head)] + words.dropFirst().map(String.init)).joined(separator: " ")
    }

    /// "M.", "M.F.", "A.V.": capitals each followed by a dot.
    static func isInitials(_ w: Substring) -> Bool {
        let b = Array(w.utf8)
        guard b.count >= 2, b.count % 2 == 0 else { return false }
        for i in stride(from: 0, to: b.count, by: 2) where !(b[i] >= UInt8(ascii: "A") && b[i] <= UInt8(ascii: "Z") && b[i + 1] == UInt8(ascii: ".")) { return false }
        return true
    }

    /// "II", "XIV": a Roman numeral in capitals, of two letters or more (one letter is as often
    /// an initial).
    /// Only a well-formed one: "VV" (a person's initials, "V.V.") is none.
    public static func isRomanNumeral(_ s: String) -> Bool {
        guard s.count >= 2 && s.count <= 6 && s.allSatisfy({ "IVXLC".contains($0) }) else { return false }
        return romanNumerals.contains(s)
    }

    /// Every Roman numeral up to 399 (C, L, X, V, I), as written the standard way.
    static let romanNumerals: Set<String> = {
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        let tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
        let hundreds = ["", "C", "CC", "CCC"]
        return Set(hundreds.flatMap { h in tens.flatMap { t in units.map { h + t + $0 } } })
    }()

    /// One word of 2–8 capitals and digits: an acronym, weak evidence (many organisations share one).
    public static func isAcronym(_ s: String) -> Bool {
        // Every character of an acronym is ASCII: its bytes are its characters.
        let t = Text.trimmed(s)
        guard t.utf8.count >= 2 && t.utf8.count <= 8 else { return false }
        var letter = false
        for b in t.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "&"): continue
            default: return false
            }
        }
        return letter
    }

    /// A Russian acronym printed transliterated, its digraphs and syllables in lower case
    /// ("TsNIIKhM" for ЦНИИХМ, "SibNIA", "NIIMash"): ASCII letters, a capital first,
    /// at most eight, three capitals at least, and every lower-case run one of Russian's (Ts, Kh,
    /// Zh, Sh, Ch, Shch; Sib, Mash, Gos). Not a chemist's "AlGaN" or "LiDAR". Upper-cased, it is
    /// the acronym a list writes ("TSNIIKHM").
    public static func isMixedCaseAcronym(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 3 && b.count <= 8, b[0] >= UInt8(ascii: "A") && b[0] <= UInt8(ascii: "Z") else { return false }
        func upper(_ x: UInt8) -> Bool { x >= UInt8(ascii: "A") && x <= UInt8(ascii: "Z") }
        func lower(_ x: UInt8) -> Bool { x >= UInt8(ascii: "a") && x <= UInt8(ascii: "z") }
        guard b.allSatisfy({ upper($0) || lower($0) }), b.filter(upper).count >= 3, b.contains(where: lower) else { return false }
        var k = 0
        while k < b.count {
            guard lower(b[k]) else { k += 1; continue }
            var end = k
            while end < b.count && lower(b[end]) { end += 1 }
            // (k > 0: the first byte is a capital.)
            let run = String(decoding: b[(k - 1)..<end], as: UTF8.self)
            guard russianRuns.contains(run) else { return false }
            k = end
        }
        return true
    }

    /// A capital and the lower-case letters after it that Russian acronyms print (see
    /// `isMixedCaseAcronym`).
    static let russianRuns: Set<String> = ["Ts", "Kh", "Zh", "Sh", "Ch", "Shch", "Sib", "Mash", "Gos"]

    /// Like an acronym, allowing mixed case inside (`CenEA`, `UWaterloo` is not: it has a lower run).
    static func isAcronymLike(_ s: String) -> Bool { isAcronymLike(bytes: s.utf8[...]) }

    /// `isAcronymLike` of a word's bytes (ASCII letters and digits only, so bytes are characters).
    static func isAcronymLike(bytes: Substring.UTF8View) -> Bool {
        guard bytes.count >= 2 && bytes.count <= 8 else { return false }
        var upper = 0, first = true
        for b in bytes {
            let isUpper = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
            guard isUpper || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) else { return false }
            if first { guard isUpper else { return false }; first = false }
            if isUpper { upper += 1 }
        }
        return upper >= 2
    }

    /// A reading in kana only: not a name (ROR's `ja` labels include some).
    static func isReading(_ s: String) -> Bool {
        let letters = s.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { (0x3040...0x30FF).contains($0.value) || (0x31F0...0x31FF).contains($0.value) }
            && s.unicodeScalars.contains { (0x3040...0x309F).contains($0.value) }
    }

    enum Script { case latin, cjk, cyrillic, other }

    static func script(_ s: String) -> Script {
        for u in s.unicodeScalars where u.properties.isAlphabetic {
            if u.isASCII || (0xC0...0x24F).contains(u.value) { return .latin }
            if NameNormaliser.isCJK(u) { return .cjk }
            if (0x400...0x4FF).contains(u.value) { return .cyrillic }
            return .other
        }
        return .other
    }
}
