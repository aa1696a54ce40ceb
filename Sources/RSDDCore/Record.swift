/// One record of a public list, as parsed from a snapshot: an organisation, person or programme.
public struct Record: Sendable, Hashable, Codable {
    public var source: String
    /// The record's id in its source (or its position when the source gives none).
    public var id: String
    public var kind: RecordKind
    public var name: String
    public var aliases: [String]
    public var category: ListCategory?
    /// True for a record of a screening list: it has a category, and it is not a registry's
    /// organisation (knowledge of names, never a listing). The one test of "listed".
    public var isListed: Bool { category != nil && category != .registry }
    /// The organisation's country, as the source gives it.
    public var country: String?
    /// Identifier scheme → value (`ror`, `grid`, `lei`, …).
    public var identifiers: [String: String]
    /// For registry organisations: the ROR ids of the organisations this one is part of.
    public var parents: [String]
    /// For registry organisations: the organisations that are part of this one, ROR id → name (a
    /// line that prints one of them names it, not this one, even where the registry lacks it).
    public var children: [String: String]
    /// For registry organisations: the organisations the registry relates to this one without
    /// being part of it (a university's teaching hospitals), ROR id → name (a line that prints one
    /// of them before this one names it first).
    public var related: [String: String]
    /// For listed organisations: the addresses the list gives (`"Negev Dimona, IL"`), as written.
    /// Read only to tell which organisation a name means (a listed name qualified by its own place
    /// is the same organisation); never a person's.
    public var places: [String]

    public init(source: String, id: String, kind: RecordKind = .organisation, name: String, aliases: [String] = [],
                category: ListCategory? = nil, country: String? = nil, identifiers: [String: String] = [:], parents: [String] = [],
                children: [String: String] = [:], related: [String: String] = [:], places: [String] = []) {
        self.parents = parents
        self.related = related.values.contains(where: Text.needsCleaning) ? related.mapValues(Text.clean) : related
        self.places = kind == .person ? [] : (places.contains(where: Text.needsCleaning) ? places.map(Text.clean) : places)
        self.children = children.values.contains(where: Text.needsCleaning) ? children.mapValues(Text.clean) : children
        // Control characters from a list (ESC, BEL, NUL in a CSV cell) would split a name in two
        // for matching and break the SVG and Markdown of a report: they are dropped on the way in.
        // (Checked first: a list of a million records rarely has any, and copies nothing then.)
        self.source = source
        self.id = Text.clean(id)
        self.kind = kind
        self.name = Text.clean(name)
        self.aliases = aliases.contains(where: Text.needsCleaning) ? aliases.map(Text.clean) : aliases
        self.category = category
        self.country = country.map(Text.clean)
        self.identifiers = identifiers.values.contains(where: Text.needsCleaning) ? identifiers.mapValues(Text.clean) : identifiers
    }

    /// `<source>:<id>`, the record's key everywhere in rsdd's output.
    public var key: String { "\(source):\(id)" }

    enum CodingKeys: String, CodingKey { case source, id, kind, name, aliases, category, country, identifiers, parents, children, related, places }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(source: try c.decode(String.self, forKey: .source), id: try c.decode(String.self, forKey: .id),
                  kind: try c.decodeIfPresent(RecordKind.self, forKey: .kind) ?? .organisation, name: try c.decode(String.self, forKey: .name),
                  aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
                  category: try c.decodeIfPresent(ListCategory.self, forKey: .category), country: try c.decodeIfPresent(String.self, forKey: .country),
                  identifiers: try c.decodeIfPresent([String: String].self, forKey: .identifiers) ?? [:],
                  parents: try c.decodeIfPresent([String].self, forKey: .parents) ?? [],
                  children: try c.decodeIfPresent([String: String].self, forKey: .children) ?? [:],
                  related: try c.decodeIfPresent([String: String].self, forKey: .related) ?? [:],
                  places: try c.decodeIfPresent([String].self, forKey: .places) ?? [])
    }

    /// `parents`, `children`, `related` and `places` only when there are some, so that list records keep their shape.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encodeIfPresent(category, forKey: .category)
        try c.encodeIfPresent(country, forKey: .country)
        try c.encode(identifiers, forKey: .identifiers)
        if !parents.isEmpty { try c.encode(parents, forKey: .parents) }
        if !children.isEmpty { try c.encode(children, forKey: .children) }
        if !related.isEmpty { try c.encode(related, forKey: .related) }
        if !places.isEmpty { try c.encode(places, forKey: .places) }
    }
}

/// One tie found in a person's public record (an ORCID affiliation or funding).
public struct PublicTie: Sendable, Hashable, Codable {
    public var source: String
    /// The key of the member's record it was read from: an ORCID iD, a researchmap permalink or
    /// a KAKEN researcher number, by the source's kind.
    public var memberKey: String
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
    /// The organisation's city and region, as the record gives them.
    public var orgCity: String?
    public var orgRegion: String?
    /// `public`, `limited`, … as the record says (the public API serves public items only).
    public var visibility: String?
    /// When this item was last modified in the record.
    public var lastModified: String?
    /// When the record as a whole was last modified (its history), if the document carries it.
    public var recordLastModified: String?
    /// Fundings: title, type (grant, contract, award, salary-award) and grant numbers.
    public var title: String?
    public var fundingType: String?
    public var grantNumbers: [String]
    /// The organisation's name in the record's other language(s) (researchmap's `ja`/`en`, KAKEN's).
    public var otherNames: [String]
    /// True when the dates say in which years the record reported the tie (KAKEN's fiscal years),
    /// not when it began and ended: they never contradict a declared tie.
    public var datesReported: Bool
    /// For a co-authorship: the work that shows it.
    public var work: WorkRef?

    public init(source: String, memberKey: String, tie: TieType, org: String, orgIDs: [String: String] = [:],
                orgCountry: String? = nil, department: String? = nil, role: String? = nil,
                start: PartialDate? = nil, end: PartialDate? = nil, putCode: String? = nil,
                orgCity: String? = nil, orgRegion: String? = nil, visibility: String? = nil, lastModified: String? = nil,
                recordLastModified: String? = nil, title: String? = nil, fundingType: String? = nil, grantNumbers: [String] = [],
                otherNames: [String] = [], datesReported: Bool = false, work: WorkRef? = nil) {
        self.work = work
        self.otherNames = otherNames.map(Text.clean).filter { !$0.isEmpty && $0 != Text.clean(org) }
        self.datesReported = datesReported
        self.source = source
        self.memberKey = memberKey
        self.tie = tie
        self.org = Text.clean(org)
        self.orgIDs = orgIDs.mapValues(Text.clean)
        self.orgCountry = orgCountry.map(Text.clean)
        self.department = department.map(Text.clean)
        self.role = role.map(Text.clean)
        self.start = start
        self.end = end
        self.putCode = putCode
        self.orgCity = orgCity.map(Text.clean)
        self.orgRegion = orgRegion.map(Text.clean)
        self.visibility = visibility
        self.lastModified = lastModified
        self.recordLastModified = recordLastModified
        self.title = title.map(Text.clean)
        self.fundingType = fundingType
        self.grantNumbers = grantNumbers
    }

    enum CodingKeys: String, CodingKey {
        case source, memberKey = "member_key", orcid, tie, org, orgIDs = "org_ids", orgCountry = "org_country", department, role, start, end
        case putCode = "put_code", orgCity = "org_city", orgRegion = "org_region", visibility
        case lastModified = "last_modified", recordLastModified = "record_last_modified", title
        case fundingType = "funding_type", grantNumbers = "grant_numbers", otherNames = "other_names"
        case datesReported = "dates_reported", work
    }

    /// Every key is written, null when absent, so that JSON Lines readers see one shape.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(memberKey, forKey: .memberKey)
        try c.encode(tie, forKey: .tie)
        try c.encode(org, forKey: .org)
        try c.encode(orgIDs, forKey: .orgIDs)
        try c.encode(orgCountry, forKey: .orgCountry)
        try c.encode(orgCity, forKey: .orgCity)
        try c.encode(orgRegion, forKey: .orgRegion)
        try c.encode(department, forKey: .department)
        try c.encode(role, forKey: .role)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(putCode, forKey: .putCode)
        try c.encode(visibility, forKey: .visibility)
        try c.encode(lastModified, forKey: .lastModified)
        try c.encode(recordLastModified, forKey: .recordLastModified)
        try c.encode(title, forKey: .title)
        try c.encode(fundingType, forKey: .fundingType)
        try c.encode(grantNumbers, forKey: .grantNumbers)
        try c.encode(otherNames, forKey: .otherNames)
        try c.encode(datesReported, forKey: .datesReported)
        try c.encode(work, forKey: .work)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Lines written before 0.2 name the member key `orcid`.
        self.init(source: try c.decode(String.self, forKey: .source),
                  memberKey: try c.decodeIfPresent(String.self, forKey: .memberKey) ?? c.decode(String.self, forKey: .orcid),
                  tie: try c.decode(TieType.self, forKey: .tie), org: try c.decode(String.self, forKey: .org),
                  orgIDs: try c.decodeIfPresent([String: String].self, forKey: .orgIDs) ?? [:],
                  orgCountry: try c.decodeIfPresent(String.self, forKey: .orgCountry),
                  department: try c.decodeIfPresent(String.self, forKey: .department),
                  role: try c.decodeIfPresent(String.self, forKey: .role),
                  start: try c.decodeIfPresent(PartialDate.self, forKey: .start),
                  end: try c.decodeIfPresent(PartialDate.self, forKey: .end),
                  putCode: try c.decodeIfPresent(String.self, forKey: .putCode),
                  orgCity: try c.decodeIfPresent(String.self, forKey: .orgCity),
                  orgRegion: try c.decodeIfPresent(String.self, forKey: .orgRegion),
                  visibility: try c.decodeIfPresent(String.self, forKey: .visibility),
                  lastModified: try c.decodeIfPresent(String.self, forKey: .lastModified),
                  recordLastModified: try c.decodeIfPresent(String.self, forKey: .recordLastModified),
                  title: try c.decodeIfPresent(String.self, forKey: .title),
                  fundingType: try c.decodeIfPresent(String.self, forKey: .fundingType),
                  grantNumbers: try c.decodeIfPresent([String].self, forKey: .grantNumbers) ?? [],
                  otherNames: try c.decodeIfPresent([String].self, forKey: .otherNames) ?? [],
                  datesReported: try c.decodeIfPresent(Bool.self, forKey: .datesReported) ?? false,
                  work: try c.decodeIfPresent(WorkRef.self, forKey: .work))
    }
}

/// A publication that shows a co-authorship: enough to find it and check the affiliation by hand.
/// Nothing about the co-author as a person beyond their position in the author list.
public struct WorkRef: Sendable, Hashable, Codable {
    /// The OpenAlex work id (`W2741809807`).
    public var id: String
    public var doi: String?
    public var date: PartialDate?
    public var title: String?
    /// The co-author's position in the author list (`first`, `middle`, `last`).
    public var position: String?
    /// The affiliation as the publication printed it.
    public var rawAffiliations: [String]
    /// For a tie read from a printed line: the institutions OpenAlex assigned to the co-author
    /// on this work that the line does not print (a parent, as often), if any.
    public var assignedInstitutions: [String]?

    public init(id: String, doi: String? = nil, date: PartialDate? = nil, title: String? = nil, position: String? = nil, rawAffiliations: [String] = [],
                assignedInstitutions: [String]? = nil) {
        self.id = id
        self.doi = doi
        self.date = date
        self.title = title.map(Text.clean)
        self.position = position
        self.rawAffiliations = rawAffiliations.map(Text.clean)
        let assigned = (assignedInstitutions ?? []).map(Text.clean).filter { !$0.isEmpty }
        self.assignedInstitutions = assigned.isEmpty ? nil : assigned
    }

    enum CodingKeys: String, CodingKey { case id, doi, date, title, position, rawAffiliations = "raw_affiliations", assignedInstitutions = "assigned_institutions" }
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
