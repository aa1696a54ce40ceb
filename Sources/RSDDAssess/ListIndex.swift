import RSDDCore
import RSDDResolve

/// The listed records of every list source, searchable by a tie's counterparty, with the
/// provenance of the snapshot each record came from.
public struct ListIndex: Sendable {
    let matcher: OrganisationMatcher
    let scorer: EntityMatcher
    let provenance: [String: Provenance]

    /// `records` from list sources; `provenance` by source id.
    public init(records: [Record], provenance: [String: Provenance]) {
        let listed = records.filter { $0.category != nil }
        matcher = OrganisationMatcher(records: listed)
        scorer = EntityMatcher(records: listed)
        self.provenance = provenance
    }

    /// The listings the tie's counterparty matches: by identifier or equal normalised name, else
    /// the resolve stage's best match above its threshold (with its score and features).
    public func listings(for tie: Tie) -> [Listing] {
        var found = matcher.matches(OrganisationQuery(name: tie.org, identifiers: tie.identifiers, country: tie.country))
        if found.isEmpty, let m = scorer.match(tie.org, country: tie.country, identifiers: tie.identifiers), m.record.kind != .person {
            found = [RecordMatch(record: m.record, explanation: MatchExplanation(
                score: m.score.score, features: m.score.features.filter { $0.key != "part" }, matchedName: m.record.name,
                normalised: NameNormaliser().normalise(m.part)))]
        }
        return found.compactMap { m in
            provenance[m.record.source].map { Listing(record: m.record, provenance: $0, match: m.explanation) }
        }
    }

    /// Listed records whose names come close to the tie's counterparty without matching: items
    /// for an analyst to review, never findings.
    public func reviewCandidates(for tie: Tie) -> [Listing] {
        matcher.reviewCandidates(OrganisationQuery(name: tie.org, identifiers: tie.identifiers, country: tie.country)).compactMap { m in
            provenance[m.record.source].map { Listing(record: m.record, provenance: $0, match: m.explanation) }
        }
    }
}
