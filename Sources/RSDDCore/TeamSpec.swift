/// A research team as declared in `teams/<id>.yml`: the project and its members' declared ties.
public struct TeamSpec: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var programme: String?
    public var sensitivity: Sensitivity
    public var members: [MemberSpec]
}

/// One member of a team. The name is for display only: it is never matched against anything.
public struct MemberSpec: Sendable, Hashable, Codable {
    /// The member's role in the project.
    public enum Role: String, Sendable, Codable { case pi, coPI = "co-pi", member, collaborator }

    public var id: String
    public var name: String
    public var role: Role
    /// The member's ORCID iD (`0000-0002-1825-0097`), the only key to their public record.
    public var orcid: String?
    public var ties: [DeclaredTie]

    enum CodingKeys: String, CodingKey { case id, name, role, orcid, ties }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        role = try c.decodeIfPresent(Role.self, forKey: .role) ?? .member
        orcid = try c.decodeIfPresent(String.self, forKey: .orcid)
        ties = try c.decodeIfPresent([DeclaredTie].self, forKey: .ties) ?? []
        if let o = orcid, !ORCID.isValid(o) {
            throw DecodingError.dataCorruptedError(forKey: .orcid, in: c,
                debugDescription: "'\(o)' is not an ORCID iD (0000-0000-0000-000X with a valid check digit)")
        }
    }
}

/// A tie as the member declared it.
public struct DeclaredTie: Sendable, Hashable, Codable {
    public var type: TieType
    public var org: String
    public var ror: String?
    /// The organisation's country, never a person's.
    public var country: String?
    public var start: PartialDate?
    public var end: PartialDate?

    enum CodingKeys: String, CodingKey { case type, org, ror, country, start, end }

    public init(type: TieType, org: String, ror: String? = nil, country: String? = nil,
                start: PartialDate? = nil, end: PartialDate? = nil) {
        self.type = type
        self.org = org
        self.ror = ror
        self.country = country
        self.start = start
        self.end = end
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try c.decode(String.self, forKey: .type)
        guard let t = TieType(rawValue: raw), TieType.declarable.contains(t) else {
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription:
                "unknown tie type '\(raw)' (one of: \(TieType.declarable.map(\.rawValue).joined(separator: ", ")))")
        }
        type = t
        org = try c.decode(String.self, forKey: .org)
        ror = try c.decodeIfPresent(String.self, forKey: .ror)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        start = try c.decodeIfPresent(PartialDate.self, forKey: .start)
        end = try c.decodeIfPresent(PartialDate.self, forKey: .end)
    }
}

/// ORCID iD checks (ISO 7064 MOD 11-2).
public enum ORCID {
    public static func isValid(_ id: String) -> Bool {
        let digits = id.filter { $0 != "-" }
        guard id.count == 19, digits.count == 16 else { return false }
        var total = 0
        for ch in digits.dropLast() {
            guard let d = ch.wholeNumberValue else { return false }
            total = (total + d) * 2
        }
        let r = (12 - total % 11) % 11
        let check: Character = r == 10 ? "X" : Character(String(r))
        return digits.last == check
    }
}
