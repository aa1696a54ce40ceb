/// One record of a public list, as parsed from a snapshot: an organisation, person or programme.
public struct Record: Sendable, Hashable, Codable {
    public var source: String
    /// The record's id in its source (or its position when the source gives none).
    public var id: String
    public var kind: RecordKind
    public var name: String
    public var aliases: [String]
    public var category: String?
    /// The organisation's country, as the source gives it.
    public var country: String?
    /// Identifier scheme → value (`ror`, `grid`, `lei`, …).
    public var identifiers: [String: String]

    public init(source: String, id: String, kind: RecordKind = .organisation, name: String, aliases: [String] = [],
                category: String? = nil, country: String? = nil, identifiers: [String: String] = [:]) {
        self.source = source
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.category = category
        self.country = country
        self.identifiers = identifiers
    }

    /// `<source>:<id>`, the record's key everywhere in rsdd's output.
    public var key: String { "\(source):\(id)" }
}

/// One tie found in a person's public record (an ORCID affiliation or funding).
public struct PublicTie: Sendable, Hashable, Codable {
    public var source: String
    public var orcid: String
    public var tie: TieType
    public var org: String
    /// Disambiguated organisation ids: `ror`, `grid`, `ringgold`, `fundref`, `lei`.
    public var orgIDs: [String: String]
    public var orgCountry: String?
    public var department: String?
    public var role: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var putCode: String?

    public init(source: String, orcid: String, tie: TieType, org: String, orgIDs: [String: String] = [:],
                orgCountry: String? = nil, department: String? = nil, role: String? = nil,
                start: PartialDate? = nil, end: PartialDate? = nil, putCode: String? = nil) {
        self.source = source
        self.orcid = orcid
        self.tie = tie
        self.org = org
        self.orgIDs = orgIDs
        self.orgCountry = orgCountry
        self.department = department
        self.role = role
        self.start = start
        self.end = end
        self.putCode = putCode
    }

    enum CodingKeys: String, CodingKey {
        case source, orcid, tie, org, orgIDs = "org_ids", orgCountry = "org_country", department, role, start, end
        case putCode = "put_code"
    }
}

/// Where a fact came from: enough for an analyst to fetch the same bytes and check by hand.
public struct Provenance: Sendable, Hashable, Codable {
    public var source: String
    public var title: String
    public var url: String
    /// When these exact bytes (this SHA-256) were first retrieved from the URL, ISO 8601 UTC.
    public var retrieved: String
    public var sha256: String

    public init(source: String, title: String, url: String, retrieved: String, sha256: String) {
        self.source = source
        self.title = title
        self.url = url
        self.retrieved = retrieved
        self.sha256 = sha256
    }
}
