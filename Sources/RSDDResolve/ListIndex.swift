import Foundation
import RSDDCore
import Synchronization

/// The listed records of every list source and the registry's organisations, resolved into
/// entities once per run, with the provenance of the snapshot each record came from. Answers,
/// for a tie's counterparty, which listings it names and which come close; each distinct
/// counterparty is resolved once, however many teams name it.
public final class ListIndex: Sendable {
    public let index: EntityIndex
    let provenance: [String: Provenance]
    /// Record key → the record's digest and the snapshot it was first read from in that form.
    let seen: [String: (digest: String, provenance: Provenance)]
    /// The citations made so far, by record key and digest (a list may repeat an id for two
    /// records: each is cited by its own bytes).
    private let firstSeen = Mutex<[String: [String: Provenance]]>([:])
    private let cache = Mutex<[OrganisationQuery: (listings: [Listing], near: [Listing])]>([:])
    /// Each listed record's digest, by key, computed once (an encoding and a hash per listing a
    /// query reaches was a twentieth of a run's time).
    private let digests = Mutex<[String: [(record: Record, digest: String)]]>([:])

    /// `records` from list and registry sources; `provenance` by source id.
    /// `known`: records already prepared (a registry kept from an earlier run), by record key.
    /// `seen`: for records read before, their digest (`digest(of:)`) and the snapshot they were
    /// first read from in that form: a listing whose record reads the same cites that snapshot.
    public init(records: [Record], provenance: [String: Provenance], judgements: Judgements = Judgements(),
                previous: [String: String] = [:], known: [String: PairScorer.Prepared] = [:],
                seen: [String: (digest: String, provenance: Provenance)] = [:]) {
        index = EntityIndex(records: records.filter { $0.category != nil }, judgements: judgements, previous: previous, known: known)
        self.provenance = provenance
        self.seen = seen
    }

    /// The SHA-256 of a record as rsdd reads it (its JSON encoding, keys sorted).
    public static func digest(of r: Record) -> String {
        Files.sha256((try? Files.jsonEncoder(pretty: false).encode(r)) ?? Data(r.key.utf8))
    }

    /// The snapshot a citation of `r` names: the one it was first read from in its present form
    /// (a list's snapshot changes when any row does; the evidence for this row did not), else the
    /// current snapshot of its source.
    func provenance(of r: Record) -> Provenance? {
        guard let current = provenance[r.source] else { return nil }
        let digest = digests.withLock { $0[r.key]?.first { $0.record == r }?.digest } ?? {
            let d = ListIndex.digest(of: r)
            digests.withLock { $0[r.key, default: []].append((r, d)) }
            return d
        }()
        if let known = firstSeen.withLock({ $0[r.key]?[digest] }) { return known }
        var cited = current
        if let s = seen[r.key], s.digest == digest {
            cited.url = s.provenance.url
            cited.retrieved = s.provenance.retrieved
            cited.sha256 = s.provenance.sha256
        }
        firstSeen.withLock { $0[r.key, default: [:]][digest] = cited }
        return cited
    }

    /// The records cited so far that `seen` did not hold in their present form, with the
    /// snapshot they are cited from: for the state database, so that the next run cites the same.
    /// A key cited with two digests (a list that repeats an id) is noted for neither: each of
    /// those records is always cited from the current snapshot.
    public var newlySeen: [String: (digest: String, provenance: Provenance)] {
        firstSeen.withLock { cited in
            var out: [String: (digest: String, provenance: Provenance)] = [:]
            for (k, byDigest) in cited where byDigest.count == 1 {
                let (d, p) = byDigest.first!
                if seen[k]?.digest != d { out[k] = (d, p) }
            }
            return out
        }
    }

    /// A co-author's printed line read with an institution OpenAlex assigned that the line does
    /// not print ("Institute of Pharmacology and Toxicology, Beijing 100850" under the assigned
    /// "Academy of Military Medical Sciences"): the listings of units listed under that
    /// institution's name ("Academy of Military Medical Sciences, Institute of Toxicology and
    /// Pharmacology") that the line so read reaches. Not the institution's own listings (its tie
    /// has them), not near matches, and not where the line prints a university or an academy of
    /// its own (the unit is then that one's, as often).
    private func underAssigned(_ tie: Tie) -> [Listing] {
        // (One affiliation: a line of two joined by ";" is not read so.)
        guard tie.type == .coauthorship, let works = tie.works, !tie.org.contains(";") else { return [] }
        let org = Text.trimmed(tie.org)
        let assigned = Set(works.filter { $0.rawAffiliations.contains { Text.trimmed($0) == org } }.flatMap { $0.assignedInstitutions ?? [] }).sorted()
        guard !assigned.isEmpty else { return [] }
        let lineWords = Set(index.scorer.comparedWords(of: org))
        guard !lineWords.contains("university"), !lineWords.contains("academy") else { return [] }
        let parts = org.split(separator: ",").map { Text.trimmed(String($0)) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return [] }
        // The line's own country, as printed (the composed line's last parts are not the line's).
        let country = tie.country ?? index.country(of: OrganisationQuery(name: org), parts: parts)
        var out: [Listing] = []
        for a in assigned {
            let words = Set(index.scorer.comparedWords(of: a))
            guard words.count >= 2 else { continue }
            let own = Set(resolved(OrganisationQuery(name: a, countryFromName: false)).listings.compactMap(\.entity))
            let composed = parts.flatMap { [a, $0] }.joined(separator: ", ")
            for var l in resolved(OrganisationQuery(name: composed, identifiers: tie.identifiers, country: country, countryFromName: country == nil)).listings {
                guard let e = l.entity, !own.contains(e),
                      ([l.record.name] + l.record.aliases).contains(where: { words.isSubset(of: Set(index.scorer.comparedWords(of: $0))) }) else { continue }
                l.match.features["assigned_parent"] = "read with the institution OpenAlex assigned to the co-author (\(a)), which the line does not print and under which the listing names the unit"
                out.append(l)
            }
        }
        return out
    }

    private func resolved(_ tie: Tie) -> (listings: [Listing], near: [Listing]) {
        let found = resolvedAsPrinted(tie)
        let under = underAssigned(tie)
        guard !under.isEmpty else { return found }
        var listings = Dictionary(found.listings.map { ($0.record, $0) }, uniquingKeysWith: { a, _ in a })
        for l in under where listings[l.record] == nil { listings[l.record] = l }
        return (ListIndex.ordered(listings), found.near.filter { listings[$0.record] == nil })
    }

    private func resolvedAsPrinted(_ tie: Tie) -> (listings: [Listing], near: [Listing]) {
        // A record may name the counterparty in two languages: each name is looked up, and a
        // listing any of them reaches counts once, with its best match.
        // A listed name split across the record's organisation and department fields is looked up
        // whole ("Harbin Institute" + "of Technology").
        let others = (tie.otherNames ?? []) + (tie.department.map { ["\(tie.org) \($0)"] } ?? [])
        guard !others.isEmpty else { return resolved(tie.org, tie) }
        // By record, not key: a list may repeat an id for two records.
        var listings: [Record: Listing] = [:], near: [Record: Listing] = [:]
        for name in [tie.org] + others {
            let (l, n) = resolved(name, tie)
            for x in l where (listings[x.record]?.match.score ?? -1) < x.match.score { listings[x.record] = x }
            for x in n where (near[x.record]?.match.score ?? -1) < x.match.score { near[x.record] = x }
        }
        for k in listings.keys { near[k] = nil }
        return (ListIndex.ordered(listings), ListIndex.ordered(near))
    }

    /// Listings best first, in a fixed order among equals.
    static func ordered(_ d: [Record: Listing]) -> [Listing] {
        d.values.sorted { ($1.match.score, $0.record.key, $0.record.name, $0.record.aliases.joined(separator: "\u{1F}"))
            < ($0.match.score, $1.record.key, $1.record.name, $1.record.aliases.joined(separator: "\u{1F}")) }
    }

    private func resolved(_ name: String, _ tie: Tie) -> (listings: [Listing], near: [Listing]) {
        var result = resolved(OrganisationQuery(name: name, identifiers: tie.identifiers, country: tie.country))
        // A team file is written by or with the applicant: a country it gives (its `country:`, or
        // the country a name ends with) never hides a listing by itself. A listing that only that
        // country keeps apart goes to review. (A country from the registry, by the tie's
        // identifier, or from a public record is trusted.)
        guard tie.origin == .declared, tie.country != nil || name.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) else { return result }
        let open = resolved(OrganisationQuery(name: name, identifiers: tie.identifiers, countryFromName: false))
        let kept = Set(result.listings.map(\.record.key) + result.near.map(\.record.key))
        for var l in open.listings where !kept.contains(l.record.key) {
            l.match.features["country"] = "the team file's country for the tie differs from the listed organisation's; the names match: an analyst decides"
            result.near.append(l)
        }
        return result
    }

    private func resolved(_ q: OrganisationQuery) -> (listings: [Listing], near: [Listing]) {
        if let hit = cache.withLock({ $0[q] }) { return hit }
        func listing(_ h: RecordHit) -> Listing? {
            let through = h.via.compactMap { r in provenance(of: r).map { Citation(record: r.key, id: r.id, name: r.name, provenance: $0) } }
            return provenance(of: h.record).map {
                Listing(record: h.record, provenance: $0, match: h.explanation, entity: h.entity, through: through.isEmpty ? nil : through)
            }
        }
        let found = index.lookup(q)
        let result = (found.listings.compactMap(listing), found.near.compactMap(listing))
        cache.withLock { $0[q] = result }
        return result
    }

    /// The listings the tie's counterparty names: every listing of the entity it resolves to (by
    /// identifier, name, or a registry organisation), each with its score and why.
    public func listings(for tie: Tie) -> [Listing] { resolved(tie).listings }

    /// Listed records whose names come close to the tie's counterparty without matching: items
    /// for an analyst to review, never findings.
    public func reviewCandidates(for tie: Tie) -> [Listing] { resolved(tie).near }
}
