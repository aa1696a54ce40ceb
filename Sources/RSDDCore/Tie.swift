/// A tie of one member, from their declaration or a public record, ready to be assessed.
public struct Tie: Sendable, Hashable, Codable {
    /// Where the tie is known from.
    public enum Origin: String, Sendable, Hashable, Codable { case declared, publicRecord = "public-record" }

    public var member: String
    public var type: TieType
    /// The counterparty as written in the declaration or the record.
    public var org: String
    public var identifiers: [String: String]
    public var country: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var origin: Origin
    /// For public-record ties: the snapshot it was read from and the item's id in the record
    /// (ORCID put-code, researchmap `rm:id`, KAKEN project number or affiliation).
    public var provenance: Provenance?
    public var recordID: String?
    /// The counterparty's names in the record's other languages: each is looked up too.
    public var otherNames: [String]?
    /// Other public records that give the same tie (same organisation, type and period).
    public var alsoIn: [TieEvidence]?
    /// True when the record's dates are the years it reported the tie, not its beginning and end.
    public var datesReported: Bool?
    /// Co-authorships: the works that show the tie (up to five, the latest first) and how many
    /// there are in all; the tie runs from the first work's date to the last's.
    public var works: [WorkRef]?
    public var workCount: Int?
    /// The department the record gives with the organisation (ORCID's `department-name`): the
    /// organisation is also looked up with it, so a listed name split across both fields is found.
    public var department: String?

    public init(member: String, type: TieType, org: String, identifiers: [String: String] = [:], country: String? = nil,
                start: PartialDate? = nil, end: PartialDate? = nil, origin: Origin,
                provenance: Provenance? = nil, recordID: String? = nil, otherNames: [String]? = nil, datesReported: Bool? = nil,
                work: WorkRef? = nil, department: String? = nil) {
        self.department = department.flatMap { $0.isEmpty ? nil : $0 }
        self.works = work.map { [$0] }
        self.workCount = work == nil ? nil : 1
        self.otherNames = otherNames?.isEmpty == true ? nil : otherNames
        self.datesReported = datesReported == true ? true : nil
        self.member = member
        self.type = type
        self.org = org
        self.identifiers = identifiers
        self.country = country
        self.start = start
        self.end = end
        self.origin = origin
        self.provenance = provenance
        self.recordID = recordID
    }

    enum CodingKeys: String, CodingKey {
        case member, type, org, identifiers, country, start, end, origin, provenance, recordID = "record_id"
        case otherNames = "other_names", alsoIn = "also_in", datesReported = "dates_reported", works, workCount = "work_count", department
    }

    /// `2019-04 – 2023-03`, `2021 – ongoing`.
    public var period: String {
        "\(start?.description ?? "?") – \(end?.description ?? "ongoing")"
    }
}

/// Another public record's evidence of a tie: its snapshot and the item's id there.
public struct TieEvidence: Sendable, Hashable, Codable {
    public var provenance: Provenance
    public var recordID: String?

    public init(provenance: Provenance, recordID: String?) {
        self.provenance = provenance
        self.recordID = recordID
    }

    enum CodingKeys: String, CodingKey { case provenance, recordID = "record_id" }
}
