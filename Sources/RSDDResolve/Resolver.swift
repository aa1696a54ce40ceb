import Foundation
import RSDDCore

/// One organisation: the records that name it.
public struct Entity: Sendable, Hashable, Codable {
    /// Stable while its records stay: derived from its first record key (sorted).
    public var id: String
    public var records: [String]
    public var names: [String]
    public var identifiers: [String: [String]]
}

/// Why two records are, or are not, one organisation.
public struct PairScore: Sendable, Hashable, Codable {
    public var score: Double
    public var features: [String: String]
    /// A reason the pair may never be linked (conflicting identifiers or countries).
    public var veto: String?
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
    let normaliser = NameNormaliser()

    public init(threshold: Double = 0.92, blockCap: Int = 64) {
        self.threshold = threshold
        self.blockCap = blockCap
    }

    /// A record prepared for comparison.
    struct Prepared {
        var names: [[String]]
        /// Names that are acronyms (one word in capitals): weak evidence, many organisations share one.
        var acronyms: Set<String>
        /// Every name's normalised key, for exact agreement.
        var keys: Set<String>
        var tokens: Set<String>
        /// Blocking keys: the words, and each pair of neighbouring words (rare even when both
        /// words are common: "kalomi institute").
        var blocks: Set<String>
        var country: String?
        var identifiers: [String: String]
        var person: Bool
    }

    static func isAcronym(_ name: String) -> Bool {
        let t = name.trimmingCharacters(in: .whitespaces)
        return t.count >= 2 && t.count <= 8 && !t.contains(" ") && t.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "&" }
    }

    /// The initials of a name of at least two words, in capitals (Latin letters only).
    public static func derivedAcronym(_ words: [String]) -> String? {
        guard words.count >= 2 else { return nil }
        let initials = words.compactMap { $0.first }.filter { $0.isASCII && $0.isLetter }
        return initials.count == words.count ? String(initials).uppercased() : nil
    }

    func prepare(_ r: Record) -> Prepared {
        let all = [r.name] + r.aliases
        let names = all.filter { !Resolver.isAcronym($0) }.map { normaliser.comparisonTokens($0) }.filter { !$0.isEmpty }
        // Acronyms as listed, and derived from each name's words ("harbin institute technology" → HIT).
        let acronyms = Set(all.filter(Resolver.isAcronym).map { $0.uppercased() })
            .union(names.compactMap(Resolver.derivedAcronym))
        var blocks = Set(names.flatMap { $0 })
        for n in names where n.count >= 2 { for i in 0..<(n.count - 1) { blocks.insert(n[i] + "\u{1}" + n[i + 1]) } }
        return Prepared(names: names, acronyms: acronyms, keys: Set(names.map { $0.joined(separator: " ") }),
                        tokens: Set(names.flatMap { $0 }), blocks: blocks,
                        country: r.country.flatMap(OrganisationMatcher.countryCode),
                        identifiers: OrganisationMatcher.canonicalIdentifiers(r.identifiers), person: r.kind == .person)
    }

    /// Inverse document frequency of every word over the prepared records.
    static func idf(_ prepared: [Prepared]) -> [String: Double] {
        var df: [String: Int] = [:]
        for p in prepared { for t in p.tokens { df[t, default: 0] += 1 } }
        let n = Double(max(prepared.count, 1))
        return df.mapValues { log((n + 1) / (Double($0) + 0.5)) }
    }

    /// The score of two prepared records: the best weighted overlap of any name of one with any
    /// name of the other (weights: inverse frequency), with vetoes for conflicting identifiers and
    /// countries.
    func score(_ a: Prepared, _ b: Prepared, idf: [String: Double], explain: Bool = true) -> PairScore {
        for (scheme, v) in a.identifiers where b.identifiers[scheme] == v {
            return PairScore(score: 1, features: ["identifier": "\(scheme) equal"], veto: nil)
        }
        if let scheme = a.identifiers.keys.sorted().first(where: { b.identifiers[$0] != nil && b.identifiers[$0] != a.identifiers[$0] }) {
            return PairScore(score: 0, features: ["identifier": "\(scheme) differs"], veto: "conflicting \(scheme)")
        }
        if let x = a.country, let y = b.country, x != y {
            return PairScore(score: 0, features: ["country": "\(x) ≠ \(y)"], veto: "countries differ")
        }
        if a.person || b.person { return PairScore(score: 0, features: ["kind": "person"], veto: "persons are not merged by name") }
        if let k = a.keys.intersection(b.keys).sorted().first {
            var f = ["normalised_name": "equal (\(k))"]
            if a.country != nil && a.country == b.country { f["country"] = "equal" }
            return PairScore(score: 1, features: f, veto: nil)
        }
        var best = 0.0
        var why: [String: String] = [:]
        for x in a.names {
            for y in b.names {
                let sx = Set(x), sy = Set(y)
                let shared = sx.intersection(sy).reduce(0.0) { $0 + (idf[$1] ?? 1) }
                let all = sx.union(sy).reduce(0.0) { $0 + (idf[$1] ?? 1) }
                let s = all == 0 ? 0 : shared / all
                if s > best {
                    best = s
                    if explain { why = ["weighted_overlap": String(format: "%.2f", s), "names": "\(x.joined(separator: " ")) | \(y.joined(separator: " "))"] }
                }
            }
        }
        if a.country != nil && a.country == b.country { why["country"] = "equal" }
        // Acronyms: weak evidence only, a small bonus when both sides give the same one.
        if !a.acronyms.isDisjoint(with: b.acronyms) {
            best = min(1, best + 0.05)
            why["acronym"] = "equal"
        }
        return PairScore(score: (best * 100).rounded() / 100, features: why, veto: nil)
    }

    /// The entities of `records`; every record is in exactly one. `judgements` win over scores.
    public func resolve(_ records: [Record], judgements: Judgements = Judgements()) -> [Entity] {
        resolveCounting(records, judgements: judgements).entities
    }

    /// `resolve`, with the number of candidate pairs it scored (for the benchmark).
    public func resolveCounting(_ records: [Record], judgements: Judgements = Judgements()) -> (entities: [Entity], candidatePairs: Int) {
        let prepared = records.map(prepare)
        let idf = Resolver.idf(prepared)
        var uf = UnionFind(count: records.count)
        // Identifier groups of each cluster, to refuse links that would join conflicting ones.
        var ids: [[String: Set<String>]] = prepared.map { p in p.identifiers.mapValues { [$0] } }
        var countries: [Set<String>] = prepared.map { p in p.country.map { [$0] } ?? [] }
        let index = Dictionary(uniqueKeysWithValues: records.enumerated().map { ($1.key, $0) })
        func conflict(_ a: Int, _ b: Int) -> Bool {
            let ra = uf.find(a), rb = uf.find(b)
            if countries[ra].count + countries[rb].count > 0, countries[ra].union(countries[rb]).count > 1 { return true }
            for (scheme, va) in ids[ra] { if let vb = ids[rb][scheme], va != vb, va.union(vb).count > max(va.count, vb.count) { return true } }
            return false
        }
        func link(_ a: Int, _ b: Int) {
            let ra = uf.find(a), rb = uf.find(b)
            guard ra != rb else { return }
            let r = uf.union(ra, rb)
            let other = r == ra ? rb : ra
            ids[r].merge(ids[other]) { $0.union($1) }
            countries[r].formUnion(countries[other])
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
        for (i, p) in prepared.enumerated() where !p.person { for t in p.blocks { postings[t, default: []].append(i) } }
        var pairs: [(Double, Int, Int)] = []
        var candidates = 0
        for i in prepared.indices where !prepared[i].person {
            var seen = Set<Int>()
            for t in prepared[i].blocks {
                guard let list = postings[t], list.count <= blockCap else { continue }
                for j in list where j > i && seen.insert(j).inserted {
                    candidates += 1
                    let s = score(prepared[i], prepared[j], idf: idf, explain: false)
                    if s.veto == nil && s.score >= threshold { pairs.append((s.score, i, j)) }
                }
            }
        }
        // Strongest links first; a link that would join conflicting groups is dropped.
        pairs.sort { ($0.0, $1.1, $1.2) > ($1.0, $0.1, $0.2) }
        for (_, i, j) in pairs where !forbidden.contains([i, j]) && !conflict(i, j) { link(i, j) }
        var groups: [Int: [Int]] = [:]
        for i in records.indices { groups[uf.find(i), default: []].append(i) }
        let entities = groups.values.map { members in
            let keys = members.map { records[$0].key }.sorted()
            var identifiers: [String: Set<String>] = [:]
            for m in members { for (s, v) in prepared[m].identifiers { identifiers[s, default: []].insert(v) } }
            var names: [String] = []
            for m in members { for n in [records[m].name] + records[m].aliases where !names.contains(n) { names.append(n) } }
            return Entity(id: "E" + String(Files.sha256(Data(keys[0].utf8)).prefix(10)), records: keys, names: names,
                          identifiers: identifiers.mapValues { $0.sorted() })
        }.sorted { $0.id < $1.id }
        return (entities, candidates)
    }

    /// Why two records are or are not one entity.
    public func explain(_ a: Record, _ b: Record, among records: [Record], judgements: Judgements = Judgements()) -> String {
        let prepared = records.map(prepare)
        let s = score(prepare(a), prepare(b), idf: Resolver.idf(prepared))
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

/// Finds the record (of listed or registry records) a name as written refers to: a declared
/// "Harbin Inst. of Tech." or a publication's whole affiliation line ("Dept. of Physics, Harbin
/// Institute of Technology, Harbin 150001, China"). An affiliation line is cut at commas and
/// semicolons; the best-scoring part above the threshold wins; nothing is found rather than a
/// weak guess.
public struct EntityMatcher: Sendable {
    public var threshold: Double
    let records: [Record]
    let prepared: [Resolver.Prepared]
    let idf: [String: Double]
    let postings: [String: [Int]]
    let resolver: Resolver

    public init(records: [Record], threshold: Double = 0.8) {
        self.threshold = threshold
        resolver = Resolver()
        self.records = records
        prepared = records.map(resolver.prepare)
        idf = Resolver.idf(prepared)
        var p: [String: [Int]] = [:]
        for (i, r) in prepared.enumerated() where !r.person { for t in r.tokens { p[t, default: []].append(i) } }
        postings = p
    }

    /// The best share of words two records' names have in common (distinct words, unweighted).
    static func plainOverlap(_ a: Resolver.Prepared, _ b: Resolver.Prepared) -> Double {
        var best = 0.0
        for x in a.names {
            for y in b.names {
                let sx = Set(x), sy = Set(y)
                let u = sx.union(sy).count
                if u > 0 { best = max(best, Double(sx.intersection(sy).count) / Double(u)) }
            }
        }
        return best
    }

    public struct Match: Sendable {
        public var record: Record
        public var score: PairScore
        /// The part of the query that matched.
        public var part: String
    }

    /// The best record for `name`, or nil when none scores at least the threshold.
    public func match(_ name: String, country: String? = nil, identifiers: [String: String] = [:]) -> Match? {
        if !identifiers.isEmpty {
            let ids = OrganisationMatcher.canonicalIdentifiers(identifiers)
            for (i, p) in prepared.enumerated() where ids.contains(where: { p.identifiers[$0.key] == $0.value }) {
                return Match(record: records[i], score: PairScore(score: 1, features: ["identifier": "equal"], veto: nil), part: name)
            }
        }
        var parts = [name]
        let cut = name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
        if cut.count > 1 { parts += cut.filter { !$0.isEmpty } }
        var best: Match?
        for part in parts {
            let q = Record(source: "query", id: "q", name: part, country: country)
            let pq = resolver.prepare(q)
            // Candidates by the weight of the rare words they share with this part; only the
            // strongest few are scored in full.
            var weight: [Int: Double] = [:]
            for t in pq.tokens {
                guard let list = postings[t], list.count <= 500 else { continue }
                let w = idf[t] ?? 1
                for i in list { weight[i, default: 0] += w }
            }
            let top = weight.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(12)
            for (i, _) in top {
                var s = resolver.score(pq, prepared[i], idf: idf)
                guard s.veto == nil else { continue }
                // Frequent words ("university") weigh little in the score; a match must also share
                // most words outright, so that a place ("New York") never finds "New York University".
                let words = EntityMatcher.plainOverlap(pq, prepared[i])
                guard s.score >= 1 || words >= 0.8 else { continue }
                s.features["shared_words"] = String(format: "%.2f", words)
                s.features["part"] = part
                if s.score >= threshold, s.score > (best?.score.score ?? 0) {
                    best = Match(record: records[i], score: s, part: part)
                }
            }
        }
        return best
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
