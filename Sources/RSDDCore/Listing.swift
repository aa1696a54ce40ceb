/// Why a name matched a record: the score and the features behind it.
public struct MatchExplanation: Sendable, Hashable, Codable {
    public var score: Double
    /// Feature → value, e.g. `identifier: ror`, `normalised_name: equal`.
    public var features: [String: String]
    /// The record's name or alias that matched, as the source wrote it.
    public var matchedName: String
    /// The normalised form both sides share.
    public var normalised: String

    public init(score: Double, features: [String: String], matchedName: String, normalised: String) {
        self.score = score
        self.features = features
        self.matchedName = matchedName
        self.normalised = normalised
    }

    enum CodingKeys: String, CodingKey { case score, features, matchedName = "matched_name", normalised }
}

/// A listed record a tie's counterparty matched, with the evidence an analyst checks by hand.
public struct Listing: Sendable, Hashable, Codable {
    public var record: Record
    public var provenance: Provenance
    public var match: MatchExplanation
    /// The resolved organisation (entity id) the record belongs to: stable from run to run.
    public var entity: String?
    /// The registry organisations through which the tie reached this listing (another script, an
    /// identifier, a parent organisation), each with the snapshot it was read from; absent when
    /// the tie named the listing itself.
    public var through: [Citation]?

    public init(record: Record, provenance: Provenance, match: MatchExplanation, entity: String? = nil, through: [Citation]? = nil) {
        self.record = record
        self.provenance = provenance
        self.match = match
        self.entity = entity
        self.through = through
    }
}

/// A record cited as evidence: its key, its name, and the snapshot it was read from.
public struct Citation: Sendable, Hashable, Codable {
    public var record: String
    public var id: String
    public var name: String
    public var provenance: Provenance

    public init(record: String, id: String, name: String, provenance: Provenance) {
        self.record = record
        self.id = id
        self.name = name
        self.provenance = provenance
    }
}
