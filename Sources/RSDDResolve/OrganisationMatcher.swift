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
}

/// Finds the listed records an organisation query names: by a shared identifier first, then by
/// equal normalised names (the record's name or an alias). Countries of the organisations, when
/// both are known and differ, veto a name match. Person records are never matched by name.
public struct OrganisationMatcher: Sendable {
    let normaliser = NameNormaliser()
    private var byName: [String: [(Int, String)]] = [:]
    private var byIdentifier: [String: [Int]] = [:]
    private let records: [Record]

    public init(records: [Record]) {
        self.records = records
        for (i, r) in records.enumerated() {
            for (scheme, value) in OrganisationMatcher.canonicalIdentifiers(r.identifiers) {
                byIdentifier["\(scheme):\(value)", default: []].append(i)
            }
            guard r.kind != .person else { continue }
            for name in [r.name] + r.aliases {
                let key = normaliser.normalise(name)
                if !key.isEmpty { byName[key, default: []].append((i, name)) }
            }
        }
    }

    /// Every record the query names, best first, each once.
    public func matches(_ q: OrganisationQuery) -> [RecordMatch] {
        var found: [Int: RecordMatch] = [:]
        let key = normaliser.normalise(q.name)
        for (scheme, value) in q.identifiers.sorted(by: { $0.key < $1.key }) {
            for i in byIdentifier["\(scheme):\(value)"] ?? [] where found[i] == nil {
                found[i] = RecordMatch(record: records[i], explanation: MatchExplanation(
                    score: 1.0, features: ["identifier": "\(scheme) \(value) equal"],
                    matchedName: records[i].name, normalised: normaliser.normalise(records[i].name)))
            }
        }
        for (i, name) in byName[key] ?? [] where found[i] == nil {
            let r = records[i]
            var features = ["normalised_name": "equal", "name_as_listed": name == r.name ? "name" : "alias"]
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
