import RSDDCore
import RSDDResolve

/// The listed records of every list source, searchable by a tie's counterparty, with the
/// provenance of the snapshot each record came from.
public struct ListIndex: Sendable {
    let matcher: OrganisationMatcher
    let provenance: [String: Provenance]

    /// `records` from list sources; `provenance` by source id.
    public init(records: [Record], provenance: [String: Provenance]) {
        matcher = OrganisationMatcher(records: records.filter { $0.category != nil })
        self.provenance = provenance
    }

    /// The listings the tie's counterparty matches.
    public func listings(for tie: Tie) -> [Listing] {
        matcher.matches(OrganisationQuery(name: tie.org, identifiers: tie.identifiers, country: tie.country)).compactMap { m in
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
