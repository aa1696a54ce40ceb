import Foundation
import RSDDCore

/// One organisation: the records that name it.
public struct Entity: Sendable, Hashable, Codable {
    /// Stable from run to run: inherited from the previous entity that held most of its records,
    /// else derived from its smallest record key.
    public var id: String
    public var records: [String]
    public var names: [String]
    public var identifiers: [String: [String]]
}

/// Resolves records into entities: identifiers first, then names. Candidate pairs come from an
/// index of rare words, never from all pairs; each pair is scored from explainable features;
/// pairs at or above the threshold are linked, and a link never joins two groups whose
/// identifiers or countries conflict. Persons are never merged by name.
public struct Resolver: Sendable {
    /// Pairs scoring at least this are the same organisation.
    public var threshold: Double
    /// A word in more records than this is too common to propose candidates (it still scores).
    public var blockCap: Int
    public init(threshold: Double = PairScorer.link, blockCap: Int = 64) {
        self.threshold = threshold
        self.blockCap = blockCap
    }

    let scorer = PairScorer()

    /// The entities of `records`; every record is in exactly one. `judgements` win over scores.
    /// `previous` (record key → entity id of an earlier resolution) keeps ids stable: an entity
    /// inherits the id of the earlier entity that held most of its records.
    public func resolve(_ records: [Record], judgements: Judgements = Judgements(), previous: [String: String] = [:]) -> [Entity] {
        resolveCounting(records, judgements: judgements, previous: previous).entities
    }

    /// `resolve`, with the number of candidate pairs it scored (for the benchmark).
    public func resolveCounting(_ records: [Record], judgements: Judgements = Judgements(),
                                previous: [String: String] = [:]) -> (entities: [Entity], candidatePairs: Int) {
        let scorer = self.scorer
        let raw = Resolver.withoutOthersNames(records, Workspace.parallelMap(records) { scorer.prepare($0) }, scorer: scorer)
        let idf = PairScorer.idf(raw)
        let prepared = Workspace.parallelMap(raw) { PairScorer.weighed($0, idf: idf) }
        let (groups, candidates) = cluster(records, prepared, judgements: judgements)
        return (Resolver.entities(groups, records: records, prepared: prepared, previous: previous), candidates)
    }

    /// Groups of record indices, one per organisation, and the number of candidate pairs scored.
    /// Only pairs with at least one record that `pivot` accepts are proposed (a run links
    /// registry organisations to listings, never registry organisations to each other).
    func cluster(_ records: [Record], _ prepared: [PairScorer.Prepared], judgements: Judgements, idf given: [String: Double]? = nil,
                 families known: Families? = nil, pivot: (Int) -> Bool = { _ in true }) -> (groups: [[Int]], candidates: Int) {
        let idf = given ?? PairScorer.idf(prepared)
        var uf = UnionFind(count: records.count)
        // Identifier groups and countries of each cluster, to refuse links that would join
        // conflicting ones: a record alone has its own; a cluster's are kept once it forms.
        var groupIDs: [Int: [String: Set<String>]] = [:]
        var groupCountries: [Int: Set<String>] = [:]
        func ids(_ root: Int) -> [String: Set<String>] { groupIDs[root] ?? prepared[root].identifiers.mapValues { [$0] } }
        // (Clustered by the country the list gives: a listing in Crimea, compared as the region
        // `Identifiers.listingCountry` gives, is one organisation with its records of Ukraine.)
        func countries(_ root: Int) -> Set<String> { groupCountries[root] ?? prepared[root].country.map { [Identifiers.listedCountry($0)] } ?? [] }
        let index = Dictionary(records.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        // Units and what they belong to (`NameParts.family`): the listings of each cluster, to
        // refuse a link that would make a unit one organisation with its parent or a sibling.
        let families = known ?? Resolver.families(records, prepared, scorer: scorer)
        var groupListings: [Int: [Int]] = [:]
        func listings(_ root: Int) -> [Int] { groupListings[root] ?? (families.words[root] == nil ? [] : [root]) }
        func conflict(_ a: Int, _ b: Int) -> Bool {
            let ra = uf.find(a), rb = uf.find(b)
            if ra == rb { return false }
            let ca = countries(ra), cb = countries(rb)
            if ca.count + cb.count > 0, ca.union(cb).count > 1 { return true }
            if families.any {
                let la = listings(ra), lb = listings(rb)
                if !la.isEmpty && !lb.isEmpty && la.contains(where: { x in lb.contains { families.related(x, $0) } }) { return true }
            }
            let ia = ids(ra), ib = ids(rb)
            for (scheme, va) in ia { if let vb = ib[scheme], va != vb, va.union(vb).count > max(va.count, vb.count) { return true } }
            return false
        }
        func link(_ a: Int, _ b: Int) {
            let ra = uf.find(a), rb = uf.find(b)
            guard ra != rb else { return }
            let merged = ids(ra).merging(ids(rb)) { $0.union($1) }
            let both = countries(ra).union(countries(rb))
            let family = listings(ra) + listings(rb)
            groupListings[ra] = nil
            groupListings[rb] = nil
            groupIDs[ra] = nil
            groupIDs[rb] = nil
            groupCountries[ra] = nil
            groupCountries[rb] = nil
            let r = uf.union(ra, rb)
            groupIDs[r] = merged
            groupCountries[r] = both
            if !family.isEmpty { groupListings[r] = family }
        }
        var forbidden = Set<[Int]>()
        for (x, y) in judgements.different {
            if let a = index[x], let b = index[y] { forbidden.insert([min(a, b), max(a, b)]) }
        }
        for (x, y) in judgements.same {
            if let a = index[x], let b = index[y] { link(a, b) }
        }
        // Identifiers first.
        var byID: [String: Int] = [:]
        for (i, p) in prepared.enumerated() {
            for (scheme, v) in p.identifiers.sorted(by: { $0.key < $1.key }) {
                let key = "\(scheme):\(v)"
                if let j = byID[key] { if !conflict(i, j) && !forbidden.contains([min(i, j), max(i, j)]) { link(i, j) } } else { byID[key] = i }
            }
        }
        // Candidate pairs from rare words.
        var postings: [String: [Int]] = [:]
        for (i, p) in prepared.enumerated() where !p.person { for t in p.tokens.union(p.pairs) { postings[t, default: []].append(i) } }
        var pairs: [(Double, Int, Int)] = []
        var candidates = 0
        for i in prepared.indices where !prepared[i].person && pivot(i) {
            var seen = Set<Int>()
            for t in prepared[i].tokens.union(prepared[i].pairs) {
                guard let list = postings[t], list.count <= blockCap else { continue }
                for j in list where j != i && (j > i || !pivot(j)) && seen.insert(j).inserted {
                    candidates += 1
                    let s = scorer.score(prepared[i], prepared[j], idf: idf, explain: false)
                    guard s.veto == nil && s.score >= threshold else { continue }
                    // Where a record's names would join a unit and its parent, the link by a name the
                    // list gives first (not an alias against an alias) decides: METI's "Beijing Power
                    // Machinery Institute" is the EL's 31st institute, whose alias it is, though METI
                    // also gives it the 3rd Academy's other name.
                    pairs.append((families.any && families.unitLink(i, j, prepared) ? s.score + 0.001 : s.score, i, j))
                }
            }
        }
        // Listings of one country whose names, without forms of body, are one name in two
        // transliterations or translations of a Russian word (METI's "Joint Stock Company NPO
        // Elektromechaniki" and its "NPO of Electromechanics"): one organisation, linked as strongly
        // as a shared word would link them (their words are too common to propose them).
        var byTransliteration: [String: Int] = [:]
        for (i, p) in prepared.enumerated() where p.listed && !p.person {
            guard let country = p.country.map(Identifiers.listedCountry) else { continue }
            for (k, n) in p.names.enumerated() where !p.skeletonNames.contains(k) {
                let core = Set(PairScorer.core(n))
                guard core.count >= 2 else { continue }
                let key = country + "|" + PairScorer.transliterationKeys(core).sorted().joined(separator: " ")
                if let j = byTransliteration[key] {
                    if j != i && (pivot(i) || pivot(j)) { pairs.append((threshold, min(i, j), max(i, j))) }
                } else {
                    byTransliteration[key] = i
                }
            }
        }
        // A listing's name qualified by a place its own address gives, and another listing of that
        // name in the same country (the Entity List's "Nuclear Research Center" at "Negev Dimona",
        // METI's "Nuclear Research Center Negev"): one organisation.
        pairs += Resolver.placeQualified(records, prepared, scorer: scorer, threshold: threshold, pivot: pivot)
        // A registry organisation whose name is a listed name with only the person it is named
        // after and its academy ("Kotelnikov Institute of Radioengineering and Electronics of the
        // Russian Academy of Sciences", the 1286 list's "Institute of Radio-Engineering and
        // Electronics", Russia): one organisation.
        pairs += Resolver.eponymous(prepared, threshold: threshold, pivot: pivot) { postings[$0]?.count ?? 0 }
        // Strongest links first; a link that would join conflicting groups is dropped.
        pairs.sort { ($0.0, $1.1, $1.2) > ($1.0, $0.1, $0.2) }
        for (_, i, j) in pairs where !forbidden.contains([i, j]) && !conflict(i, j) { link(i, j) }
        var groups: [Int: [Int]] = [:]
        for i in records.indices { groups[uf.find(i), default: []].append(i) }
        return (groups.values.map { $0.sorted() }, candidates)
    }

    /// `prepared` without the names a listing only reads off one of its aliases, before a trailing
    /// acronym (`NameParts.Part.head`), where the name shares no word of its own with the listing's
    /// name and another listing of a country that does not conflict gives it as its own. The 1286
    /// list's "Kurchatovskiy Institute ITEF", an alias of its Institute of High Energy Physics, is
    /// the Kurchatov Institute's ITEF: "Kurchatovskiy Institute", which the list gives the
    /// Kurchatov Institute itself, is no name of IHEP. The alias it is read off stays a name of
    /// IHEP as written (a line printing it cites the row that gives it), but its words no longer
    /// count as IHEP's: the Kurchatov Institute's own word stays its own (`ownWordElsewhere`). The
    /// listing's name itself is never dropped,
    /// nor a head that shares a word of its own with it, nor one no other listing gives: "OAO
    /// Achinsk Oil Refinery VNK" is the refinery.
    static func withoutOthersNames(_ records: [Record], _ prepared: [PairScorer.Prepared], scorer: PairScorer) -> [PairScorer.Prepared] {
        func key(_ text: String) -> [String] {
            let w = scorer.comparedWords(of: text)
            return [w.joined(separator: " "), PairScorer.core(w).joined(separator: " ")]
        }
        // Each listing's heads that may name another organisation, with the aliases read off them.
        var heads: [Int: [(text: String, keys: Set<String>, readOff: Set<String>)]] = [:]
        for i in records.indices where prepared[i].listed && !prepared[i].person && !records[i].aliases.isEmpty {
            // (A head needs a word of two capitals or more: most aliases have none, and are not split.)
            guard records[i].aliases.contains(where: Resolver.mayHaveCapitalsWord) else { continue }
            let aliasParts = records[i].aliases.flatMap(NameParts.split).filter { !$0.acronym }
            guard aliasParts.contains(where: \.head) else { continue }
            let own = Set(scorer.comparedWords(of: records[i].name)).subtracting(Families.generic)
            let named = NameParts.split(records[i].name).filter { !$0.acronym }
            var found: [(text: String, keys: Set<String>, readOff: Set<String>)] = []
            for h in aliasParts where h.head && Set(scorer.comparedWords(of: h.text)).isDisjoint(with: own) {
                let readOff = Set(aliasParts.filter { !$0.head && NameParts.trailingQualifier($0.text)?.0 == h.text }.map(\.text))
                // Names the cells give otherwise keep their keys.
                let given = Set((named + aliasParts).filter { !$0.head && !readOff.contains($0.text) }.flatMap { key($0.text) })
                let keys = Set(prepared[i].keys.filter { $0.value == h.text && !given.contains($0.key) }.map(\.key))
                let readOffKeys = Set(prepared[i].keys.filter { readOff.contains($0.value) && !given.contains($0.key) }.map(\.key))
                if !keys.isEmpty { found.append((h.text, keys, readOffKeys)) }
            }
            if !found.isEmpty { heads[i] = found }
        }
        guard !heads.isEmpty else { return prepared }
        // Which listings give those names, not as heads of their own.
        let wanted = Set(heads.values.flatMap { $0.flatMap(\.keys) })
        var holders: [String: Set<Int>] = [:]
        for j in prepared.indices where prepared[j].listed && !prepared[j].person {
            for (k, text) in prepared[j].keys where wanted.contains(k) && !(heads[j]?.contains { $0.text == text } ?? false) {
                holders[k, default: []].insert(j)
            }
        }
        var out = prepared
        for (i, found) in heads {
            var dropped = Set<String>(), takenHeads = Set<String>(), asWritten = Set<String>()
            for h in found {
                let taken = h.keys.filter { k in
                    holders[k]?.contains { j in
                        j != i && (prepared[i].country == nil || prepared[j].country == nil
                            || Identifiers.sameCountry(Identifiers.listedCountry(prepared[i].country!), Identifiers.listedCountry(prepared[j].country!)))
                    } ?? false
                }
                if !taken.isEmpty {
                    dropped.formUnion(taken.union(h.readOff))
                    takenHeads.formUnion(taken)
                    asWritten.formUnion(h.readOff)
                }
            }
            // (A head's key is never kept, even where the alias read off it gives it too.)
            if !dropped.isEmpty { out[i] = out[i].droppingNames(dropped, exactOnly: asWritten.subtracting(takenHeads)) }
        }
        return out
    }

    /// True when a word of `cell` (between spaces) has two ASCII capitals or more.
    static func mayHaveCapitalsWord(_ cell: String) -> Bool {
        var capitals = 0
        for b in cell.utf8 {
            if b == UInt8(ascii: " ") { capitals = 0 } else if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                capitals += 1
                if capitals >= 2 { return true }
            }
        }
        return false
    }

    /// The listings' names as words, and for a listing that names a unit with what it belongs to
    /// (`NameParts.family`), the unit's words and the parent's.
    struct Families {
        var words: [Int: Set<String>] = [:]
        var unit: [Int: Set<String>] = [:]
        var parent: [Int: Set<String>] = [:]
        /// The words of the unit's name that are neither its parent's nor generic (forms of body,
        /// `EntityIndex.unneeded`): "… Lasers and Optronics (NILOP)" → "laser", "optronics", "nilop".
        var own: [Int: Set<String>] = [:]
        /// Each listing's names from its name cell (not its aliases), as keys.
        var ownKeys: [Int: Set<String>] = [:]

        /// True when two listings, one of them a unit's (it names its parent), are linked by a name
        /// from one's own name cell that is a name of the other, not by an alias against an alias.
        func unitLink(_ i: Int, _ j: Int, _ prepared: [PairScorer.Prepared]) -> Bool {
            guard parent[i] != nil || parent[j] != nil, let ki = ownKeys[i], let kj = ownKeys[j] else { return false }
            return ki.contains { prepared[j].keys[$0] != nil } || kj.contains { prepared[i].keys[$0] != nil }
        }

        /// The words of each alias of a listing whose name a unit's listing gives as its parent
        /// (only those: they are what `related` looks at).
        var aliases: [Int: [Set<String>]] = [:]
        var any: Bool { !parent.isEmpty }

        /// True when one listing names the other's parent (or an ancestor: "9th Academy, CASC"
        /// holds "CASC"), or both are units of one parent with names of their own.
        func related(_ x: Int, _ y: Int) -> Bool {
            func ancestor(_ p: Int, of c: Int) -> Bool {
                guard let pw = words[p], let parentWords = parent[c], let own = unit[c] else { return false }
                // Not where another name of the first is the unit's: the CSL's row "China Aerospace
                // Science and Technology Corporation (CASC)" has the aliases "13th Institute" and
                // "Beijing Institute of Aerospace Control Devices", and is that institute.
                if let distinct = self.own[c], (aliases[p] ?? []).contains(where: { a in
                    let d = a.subtracting(Families.generic)
                    return !d.isEmpty && d.isSubset(of: distinct)
                }) { return false }
                return pw.count >= 1 && pw.isSubset(of: parentWords) && !pw.isSubset(of: own)
            }
            if ancestor(x, of: y) || ancestor(y, of: x) { return true }
            // Two units of one parent whose own words have nothing in common ("… Lasers and
            // Optronics" and "… Development Complex"; "31" and "33 Research Institute"). Two
            // spellings of one unit share some ("Molecular and Cellular" and "Molecular and Cell").
            guard let px = parent[x], let py = parent[y], let ox = own[x], let oy = own[y] else { return false }
            let sameParent = px == py || (min(px.count, py.count) >= 2 && (px.isSubset(of: py) || py.isSubset(of: px)))
            return sameParent && ox.isDisjoint(with: oy)
        }

        static let generic = PairScorer.bodyWords.union(EntityIndex.unneeded)
    }

    static func families(_ records: [Record], _ prepared: [PairScorer.Prepared], scorer: PairScorer) -> Families {
        var f = Families()
        for (i, r) in records.enumerated() where prepared[i].listed && !prepared[i].person {
            let first = r.name.split(whereSeparator: \.isNewline).first.map(String.init) ?? r.name
            let words = Set(scorer.comparedWords(of: first))
            guard !words.isEmpty else { continue }
            f.words[i] = words
            f.ownKeys[i] = Set(NameParts.split(r.name).filter { !$0.acronym }.map { scorer.comparedWords(of: $0.text).joined(separator: " ") })
            if let (unit, parent) = NameParts.family(r.name) {
                let u = Set(scorer.comparedWords(of: unit)), p = Set(scorer.comparedWords(of: parent))
                if !u.isEmpty && !p.isEmpty {
                    f.unit[i] = u
                    f.parent[i] = p
                    let distinct = u.subtracting(p).subtracting(Families.generic)
                    if !distinct.isEmpty { f.own[i] = distinct }
                }
            }
        }
        guard f.any else { return f }
        let parents = Array(f.parent.values)
        for (i, w) in f.words where parents.contains(where: { w.isSubset(of: $0) }) && !records[i].aliases.isEmpty {
            f.aliases[i] = records[i].aliases.map { Set(scorer.comparedWords(of: $0)) }
        }
        return f
    }

    /// Words of addresses that name no place ("Science Park", "University City", "Building").
    static let addressWords: Set<String> = ["university", "city", "science", "park", "technology", "industrial", "district", "street",
                                            "road", "avenue", "building", "floor", "room", "zone", "town", "village", "province", "region",
                                            "oblast", "highway", "lane", "square", "block", "unit", "house", "office", "tower", "plaza"]

    /// Pairs of listings of one country where one's name is the other's with a word of the first
    /// one's address added. The word: four letters or more, no digit, no country's name, not a
    /// word of the name already. Only whole names, never a look-alike skeleton.
    static func placeQualified(_ records: [Record], _ prepared: [PairScorer.Prepared], scorer: PairScorer, threshold: Double,
                               pivot: (Int) -> Bool) -> [(Double, Int, Int)] {
        guard records.contains(where: { !$0.places.isEmpty }) else { return [] }
        func key(_ country: String, _ words: Set<String>) -> String { country + "|" + words.sorted().joined(separator: " ") }
        var byWords: [String: [Int]] = [:]
        for (i, p) in prepared.enumerated() where p.listed && !p.person {
            guard let country = p.country.map(Identifiers.listedCountry) else { continue }
            for (k, n) in p.names.enumerated() where !p.skeletonNames.contains(k) && n.count >= 2 { byWords[key(country, Set(n)), default: []].append(i) }
        }
        var out: [(Double, Int, Int)] = []
        for (i, r) in records.enumerated() where !r.places.isEmpty && prepared[i].listed && !prepared[i].person {
            guard let country = prepared[i].country.map(Identifiers.listedCountry) else { continue }
            let placeWords = Set(r.places.flatMap { scorer.comparedWords(of: $0) })
                .filter { $0.utf8.count >= 4 && !PairScorer.hasDigit($0) && Identifiers.countryName($0) == nil
                    && !EntityIndex.unitWords.contains($0) && !Resolver.addressWords.contains($0) }
            guard !placeWords.isEmpty else { continue }
            for (k, n) in prepared[i].names.enumerated() where !prepared[i].skeletonNames.contains(k) && n.count >= 2 {
                let words = Set(n)
                for w in placeWords.sorted() where !words.contains(w) {
                    for j in byWords[key(country, words.union([w]))] ?? [] where j != i && (pivot(i) || pivot(j)) {
                        out.append((threshold, min(i, j), max(i, j)))
                    }
                }
            }
        }
        return out
    }

    /// Pairs of a listing and the one registry organisation of its country whose name prints every
    /// word of a listed name, three words or more with two of its own, and nothing more but an
    /// academy's words and letters and one or two words of at most two records (the person the
    /// organisation is named after: "Kotelnikov"). Not where two registry organisations of the
    /// country would do (a place's institute as often as a person's), nor a listed name of only an
    /// academy's words. Round 30, from the registry pass of the held-out sets, where 16 lines that
    /// printed Kotelnikov IRE RAS went to review as "another organisation" than the listing.
    static func eponymous(_ prepared: [PairScorer.Prepared], threshold: Double, pivot: (Int) -> Bool,
                          count: (String) -> Int) -> [(Double, Int, Int)] {
        guard prepared.contains(where: \.registry) else { return [] }
        // Each listed name, by its word of fewest records.
        var byRarest: [String: [(Int, Set<String>)]] = [:]
        for (i, p) in prepared.enumerated() where p.listed && !p.person && p.country != nil {
            for (k, n) in p.names.enumerated() where !p.skeletonNames.contains(k) {
                let words = Set(n)
                guard words.count >= 3, Set(PairScorer.core(n)).count >= 2,
                      !words.isSubset(of: EntityIndex.academyWords.union(EntityIndex.academyLetters)),
                      let rarest = words.min(by: { (count($0), $0) < (count($1), $1) }) else { continue }
                byRarest[rarest, default: []].append((i, words))
            }
        }
        // A person's name, as the registry's own names show it: after "named after" (им., imeni) or
        // initials ("im vakotelnikov", "va kotelnikov"). A rare word alone may be a place ("Islamic
        // Azad University Shahrekord", a branch) or a region ("Moscow Region State University").
        func eponym(_ w: String, _ names: [[String]]) -> Bool {
            guard (1...2).contains(count(w)), w.utf8.count >= 4, !PairScorer.hasDigit(w), Identifiers.countryName(w) == nil else { return false }
            return names.contains { n in
                n.indices.contains { k in
                    guard k > 0, n[k] == w || (n[k].hasSuffix(w) && n[k].utf8.count <= w.utf8.count + 3) else { return false }
                    let before = n[k - 1]
                    return Resolver.namedAfterWords.contains(before)
                        || (n[k] == w && (1...2).contains(before.utf8.count) && !EntityIndex.academyLetters.contains(before)
                            && !Resolver.notInitials.contains(before) && before.allSatisfy(\.isLetter))
                }
            }
        }
        // (An academy's words, not its branch's: "… SB RAS" is another city's institute as often.)
        func academy(_ w: String) -> Bool {
            (EntityIndex.academyLetters.contains(w) || EntityIndex.academyWords.contains(w)) && !Resolver.branchWords.contains(w)
        }
        func eponymOrAcademy(_ w: String, _ names: [[String]]) -> Bool { academy(w) || eponym(w, names) }
        // Listing → the registry organisations whose name so prints one of its names, and every
        // registry organisation of its country whose name prints all its words, whatever else.
        var found: [Int: Set<Int>] = [:], containing: [Int: Set<Int>] = [:]
        for (j, r) in prepared.enumerated() where r.registry && !r.person {
            guard let country = r.country.map(Identifiers.listedCountry) else { continue }
            for n in r.names {
                let words = Set(n)
                for w in words.sorted() {
                    for (i, listed) in byRarest[w] ?? [] where listed.count < words.count && listed.isSubset(of: words)
                        && prepared[i].country.map(Identifiers.listedCountry) == country {
                        containing[i, default: []].insert(j)
                        let extra = words.subtracting(listed)
                        if extra.allSatisfy({ eponymOrAcademy($0, r.names) }) && extra.contains(where: { !academy($0) }) {
                            found[i, default: []].insert(j)
                        }
                    }
                }
            }
        }
        return found.sorted { $0.key < $1.key }.compactMap { i, js in
            // (One registry organisation of the country prints the listed name at all: "Skobeltsyn
            // Institute of Nuclear Physics" and "Budker Institute of Nuclear Physics" link neither.)
            guard js.count == 1, containing[i] == js, let j = js.first, pivot(i) || pivot(j) else { return nil }
            return (threshold, min(i, j), max(i, j))
        }
    }

    /// Words before a person's name that an organisation is named after: "im." and "imeni"
    /// (имени), "named after", "n.a.".
    static let namedAfterWords: Set<String> = ["im", "imeni", "after", "na"]

    /// Short words before a name that are no initials ("St", "AO", "No").
    static let notInitials: Set<String> = ["st", "ao", "oo", "no", "de", "la", "le", "el", "al", "di", "du", "da", "of", "an", "ul", "pr"]

    /// An academy's branches' words: an institute of a branch is another city's (see `eponymous`).
    static let branchWords: Set<String> = ["siberian", "ural", "far", "eastern", "branch", "sb", "ub", "feb"]

    /// Entities from groups of records. Ids: an entity inherits the id of the previous entity
    /// that held most of its records (largest entities choose first); a new one is named after
    /// the hash of its smallest record key, which does not change when a list is re-ordered.
    static func entities(_ groups: [[Int]], records: [Record], prepared: [PairScorer.Prepared], previous: [String: String]) -> [Entity] {
        entitiesWithMembers(groups, records: records, prepared: prepared, previous: previous).map(\.entity)
    }

    /// `entities`, each with the indexes of its records: a list may repeat an id for two records,
    /// so a key alone does not say which record an entity holds.
    static func entitiesWithMembers(_ groups: [[Int]], records: [Record], prepared: [PairScorer.Prepared],
                                    previous: [String: String]) -> [(entity: Entity, members: [Int])] {
        // Each group's keys, names, identifiers and own id, on every core (a registry makes
        // 100,000 groups); then the ids, in one pass, largest entities first.
        let built = Workspace.parallelMap(groups) { members -> (entity: Entity, members: [Int]) in
            let keys = members.map { records[$0].key }.sorted()
            var identifiers: [String: Set<String>] = [:]
            for m in members { for (s, v) in prepared[m].identifiers { identifiers[s, default: []].insert(v) } }
            var names: [String] = []
            for m in members { for n in [records[m].name] + records[m].aliases where !names.contains(n) { names.append(n) } }
            return (Entity(id: "E" + String(Files.sha256(Data(keys[0].utf8)).prefix(10)), records: keys, names: names,
                           identifiers: identifiers.mapValues { $0.sorted() }), members.sorted())
        }
        var taken = Set<String>()
        var out: [(entity: Entity, members: [Int])] = []
        out.reserveCapacity(built.count)
        for (var entity, members) in built.sorted(by: { ($0.entity.records.count, $1.entity.records[0], $1.members[0]) > ($1.entity.records.count, $0.entity.records[0], $0.members[0]) }) {
            var votes: [String: Int] = [:]
            for k in entity.records { if let old = previous[k] { votes[old, default: 0] += 1 } }
            if let inherited = votes.filter({ !taken.contains($0.key) }).sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).first?.key {
                entity.id = inherited
            }
            if taken.contains(entity.id) { entity.id = "E" + String(Files.sha256(Data(entity.records.joined(separator: "\n").utf8)).prefix(10)) }
            // Two records under one repeated id, each its own organisation: told apart by their names.
            var n = 0
            while taken.contains(entity.id) {
                n += 1
                entity.id = "E" + String(Files.sha256(Data((entity.records + entity.names + ["\(n)"]).joined(separator: "\n").utf8)).prefix(10))
            }
            taken.insert(entity.id)
            out.append((entity, members))
        }
        return out.sorted { $0.entity.id < $1.entity.id }
    }

    /// Why two records are or are not one entity.
    public func explain(_ a: Record, _ b: Record, among records: [Record], judgements: Judgements = Judgements()) -> String {
        let prepared = records.map { scorer.prepare($0) }
        let s = scorer.score(scorer.prepare(a), scorer.prepare(b), idf: PairScorer.idf(prepared))
        var lines = ["\(a.key) — \(b.key)", "score \(String(format: "%.2f", s.score)), threshold \(threshold)"]
        lines += s.features.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        if let v = s.veto { lines.append("  veto: \(v)") }
        if judgements.same.contains(where: { Set([$0.0, $0.1]) == Set([a.key, b.key]) }) { lines.append("judgement: same (wins)") }
        if judgements.different.contains(where: { Set([$0.0, $0.1]) == Set([a.key, b.key]) }) { lines.append("judgement: different (wins)") }
        let together = resolve(records, judgements: judgements).contains { $0.records.contains(a.key) && $0.records.contains(b.key) }
        lines.append(together ? "result: one entity" : "result: different entities")
        return lines.joined(separator: "\n")
    }
}

/// An analyst's decisions (`judgements.yml`): these record pairs are the same, these are not.
public struct Judgements: Sendable, Hashable, Codable {
    public var same: [(String, String)] { pairs(sameRaw) }
    public var different: [(String, String)] { pairs(differentRaw) }
    var sameRaw: [[String]]
    var differentRaw: [[String]]

    public init(same: [[String]] = [], different: [[String]] = []) {
        sameRaw = same
        differentRaw = different
    }

    enum CodingKeys: String, CodingKey { case sameRaw = "same", differentRaw = "different" }

    /// Either list may be absent.
    public init(from decoder: Decoder) throws {
        try YAMLFile.refuseUnknownKeys(in: decoder, known: ["same", "different"])
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sameRaw = try c.decodeIfPresent([[String]].self, forKey: .sameRaw) ?? []
        differentRaw = try c.decodeIfPresent([[String]].self, forKey: .differentRaw) ?? []
    }

    private func pairs(_ groups: [[String]]) -> [(String, String)] {
        groups.flatMap { g in g.dropFirst().map { (g[0], $0) } }
    }

    public static func == (a: Judgements, b: Judgements) -> Bool { a.sameRaw == b.sameRaw && a.differentRaw == b.differentRaw }
    public func hash(into h: inout Hasher) { h.combine(sameRaw); h.combine(differentRaw) }

    /// Record keys the judgements name that are not among `keys`: reported, never dropped silently.
    public func missing(from keys: Set<String>) -> [String] {
        Set((sameRaw + differentRaw).flatMap { $0 }).subtracting(keys).sorted()
    }
}

/// Union–find with path halving.
struct UnionFind {
    var parent: [Int]
    var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins two roots; returns the new root.
    mutating func union(_ a: Int, _ b: Int) -> Int {
        let (big, small) = size[a] >= size[b] ? (a, b) : (b, a)
        parent[small] = big
        size[big] += size[small]
        return big
    }
}

/// What became of the entities of an earlier resolution: merges and splits, in words.
public enum EntityChanges {
    /// `old`: record key → entity id in the earlier resolution.
    public static func compare(old: [String: String], new: [Entity]) -> [String] {
        var out: [String] = []
        var newOf: [String: String] = [:]
        for e in new { for k in e.records { newOf[k] = e.id } }
        for e in new {
            let olds = Set(e.records.compactMap { old[$0] }).sorted()
            if olds.count > 1 { out.append("merged: \(olds.joined(separator: " + ")) → \(e.id)") }
            else if let o = olds.first, o != e.id { out.append("renamed: \(o) → \(e.id) (its first record left)") }
        }
        var byOld: [String: Set<String>] = [:]
        for (k, o) in old { if let n = newOf[k] { byOld[o, default: []].insert(n) } }
        for (o, ns) in byOld.sorted(by: { $0.key < $1.key }) where ns.count > 1 {
            out.append("split: \(o) → \(ns.sorted().joined(separator: ", "))")
        }
        let gone = Set(old.values).subtracting(byOld.keys).sorted()
        if !gone.isEmpty { out.append("gone (no record left): \(gone.joined(separator: ", "))") }
        return out.sorted()
    }
}
