import Foundation
import RSDDCore

/// An organisation as a tie names it: the name as written, identifiers, country.
public struct OrganisationQuery: Sendable, Hashable {
    public var name: String
    public var identifiers: [String: String]
    public var country: String?

    public init(name: String, identifiers: [String: String] = [:], country: String? = nil) {
        self.name = name
        self.identifiers = OrganisationMatcher.canonicalIdentifiers(identifiers)
        self.country = country
    }
}

/// A record a query matched, with why.
public struct RecordMatch: Sendable, Hashable {
    public var record: Record
    public var explanation: MatchExplanation

    public init(record: Record, explanation: MatchExplanation) {
        self.record = record
        self.explanation = explanation
    }
}

/// Finds the listed records an organisation query names: by a shared identifier first, then by
/// equal normalised names (the record's name or an alias). Countries of the organisations, when
/// both are known and differ, veto a name match. Person records are never matched by name.
public struct OrganisationMatcher: Sendable {
    let normaliser = NameNormaliser()
    private var byName: [String: [(Int, String)]] = [:]
    /// Names with their words run together ("northwindaerospace"), for names written without spaces.
    private var byCompact: [String: [(Int, String)]] = [:]
    private var byIdentifier: [String: [Int]] = [:]
    /// Normalised token → the records (and names) that contain it, for review candidates.
    private var byToken: [String: Set<Int>] = [:]
    private let records: [Record]

    public init(records: [Record]) {
        self.records = records
        for (i, r) in records.enumerated() {
            for (scheme, value) in OrganisationMatcher.canonicalIdentifiers(r.identifiers) {
                byIdentifier["\(scheme):\(value)", default: []].append(i)
            }
            guard r.kind != .person else { continue }
            for name in [r.name] + r.aliases {
                let a = normaliser.analyse(name)
                let key = a.tokens.joined(separator: " ")
                if !key.isEmpty { byName[key, default: []].append((i, name)) }
                if a.compact.count >= OrganisationMatcher.minimumCompact { byCompact[a.compact, default: []].append((i, name)) }
                for t in Set(key.split(separator: " ").map(String.init)) { byToken[t, default: []].insert(i) }
            }
        }
    }

    /// Every record the query names, best first, each once.
    public func matches(_ q: OrganisationQuery) -> [RecordMatch] {
        var found: [Int: RecordMatch] = [:]
        let analysis = normaliser.analyse(q.name)
        let key = analysis.tokens.joined(separator: " ")
        for (scheme, value) in q.identifiers.sorted(by: { $0.key < $1.key }) {
            for i in byIdentifier["\(scheme):\(value)"] ?? [] where found[i] == nil {
                found[i] = RecordMatch(record: records[i], explanation: MatchExplanation(
                    score: 1.0, features: ["identifier": "\(scheme) \(value) equal"],
                    matchedName: records[i].name, normalised: normaliser.normalise(records[i].name)))
            }
        }
        // Equal words; else equal letters with the spaces ignored ("KestrelDynamicsLimited"), the
        // legal form at the end of a run-together name dropped as it is from a spaced one.
        var candidates = (byName[key] ?? []).map { ($0.0, $0.1, false) }
        if candidates.isEmpty && analysis.compact.count >= OrganisationMatcher.minimumCompact {
            var compacts = [analysis.compact]
            for form in NameNormaliser.legalForms.sorted() where analysis.compact.hasSuffix(form)
                && analysis.compact.count - form.count >= OrganisationMatcher.minimumCompact {
                compacts.append(String(analysis.compact.dropLast(form.count)))
            }
            for c in compacts { candidates += (byCompact[c] ?? []).map { ($0.0, $0.1, true) } }
        }
        for (i, name, spacing) in candidates where found[i] == nil {
            let r = records[i]
            var features = ["normalised_name": spacing ? "equal with spaces ignored" : "equal", "name_as_listed": name == r.name ? "name" : "alias"]
            if analysis.foldedLookAlikes {
                features["look_alike_characters"] = "matched after folding look-alike characters of another script in the tie's name"
            }
            if let a = r.country.flatMap(OrganisationMatcher.countryCode), let b = q.country.flatMap(OrganisationMatcher.countryCode) {
                if a != b { continue }
                features["country"] = "equal"
            } else {
                features["country"] = "unknown on one side"
            }
            if OrganisationMatcher.identifiersConflict(q.identifiers, OrganisationMatcher.canonicalIdentifiers(r.identifiers)) { continue }
            found[i] = RecordMatch(record: r, explanation: MatchExplanation(
                score: 1.0, features: features, matchedName: name, normalised: key))
        }
        return found.values.sorted { ($0.record.source, $0.record.id) < ($1.record.source, $1.record.id) }
    }

    /// The shortest run-together name compared with spaces ignored: shorter ones are acronyms,
    /// which stay weak evidence.
    static let minimumCompact = 8

    /// Records whose names share most of the query's words without being equal after
    /// normalisation: not a match, but worth an analyst's look. Score: the share of the two names'
    /// distinct words they have in common (Jaccard); at least two words in common and `threshold`.
    /// Countries and identifiers that conflict still veto; persons are never candidates.
    public func reviewCandidates(_ q: OrganisationQuery, threshold: Double = 0.5) -> [RecordMatch] {
        let key = normaliser.normalise(q.name)
        let mine = Set(key.split(separator: " ").map(String.init))
        guard mine.count >= 2 else { return [] }
        let exact = Set(matches(q).map { "\($0.record.source):\($0.record.id)" })
        var seen = Set<Int>()
        var out: [RecordMatch] = []
        for t in mine.sorted() {
            for i in (byToken[t] ?? []).sorted() where seen.insert(i).inserted {
                let r = records[i]
                guard r.kind != .person, !exact.contains(r.key) else { continue }
                if let a = r.country.flatMap(OrganisationMatcher.countryCode), let b = q.country.flatMap(OrganisationMatcher.countryCode), a != b { continue }
                if OrganisationMatcher.identifiersConflict(q.identifiers, OrganisationMatcher.canonicalIdentifiers(r.identifiers)) { continue }
                var best: (score: Double, name: String, shared: Int, total: Int)?
                for name in [r.name] + r.aliases {
                    let theirs = Set(normaliser.normalise(name).split(separator: " ").map(String.init))
                    let shared = mine.intersection(theirs).count
                    let total = mine.union(theirs).count
                    let score = total == 0 ? 0 : Double(shared) / Double(total)
                    let bestScore = best?.score ?? -1
                    if shared >= 2, score >= threshold, score < 1, score > bestScore { best = (score, name, shared, total) }
                }
                if let b = best {
                    out.append(RecordMatch(record: r, explanation: MatchExplanation(
                        score: (b.score * 100).rounded() / 100,
                        features: ["shared_words": "\(b.shared) of \(b.total)", "name_as_listed": b.name == r.name ? "name" : "alias"],
                        matchedName: b.name, normalised: normaliser.normalise(b.name))))
                }
            }
        }
        return out.sorted { ($0.explanation.score, $1.record.key) > ($1.explanation.score, $0.record.key) }
    }

    /// True when two organisations as named are the same by identifier or by normalised name
    /// (and their identifiers and countries do not conflict).
    public static func same(_ a: OrganisationQuery, _ b: OrganisationQuery) -> Bool {
        for (scheme, value) in a.identifiers where b.identifiers[scheme] == value { return true }
        if identifiersConflict(a.identifiers, b.identifiers) { return false }
        if let ca = a.country.flatMap(countryCode), let cb = b.country.flatMap(countryCode), ca != cb { return false }
        let n = NameNormaliser()
        let ka = n.normalise(a.name)
        return !ka.isEmpty && ka == n.normalise(b.name)
    }

    static func identifiersConflict(_ a: [String: String], _ b: [String: String]) -> Bool {
        a.contains { scheme, value in b[scheme].map { $0 != value } ?? false }
    }

    /// Identifiers in one spelling: a ROR id as its 9-character suffix, others trimmed and lower-cased.
    public static func canonicalIdentifiers(_ ids: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for (scheme, value) in ids {
            var v = value.trimmingCharacters(in: .whitespaces).lowercased()
            if scheme == "ror", let slash = v.lastIndex(of: "/") { v = String(v[v.index(after: slash)...]) }
            if !v.isEmpty { out[scheme.lowercased()] = v }
        }
        return out
    }

    /// An ISO 3166 alpha-2 code in upper case; nil for anything else (a country written out in
    /// words is not compared: "China" and "CN" must not veto each other).
    static func countryCode(_ c: String) -> String? {
        let t = c.trimmingCharacters(in: .whitespaces).uppercased()
        return t.count == 2 && t.allSatisfy({ $0.isASCII && $0.isLetter }) ? t : nil
    }
}
