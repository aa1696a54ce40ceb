/// A research team as declared in `teams/<id>.yml`: the project and its members' declared ties.
public struct TeamSpec: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var programme: String?
    public var sensitivity: Sensitivity
    public var members: [MemberSpec]

    enum CodingKeys: String, CodingKey {
        case id, title, programme, sensitivity, members
        static let names: Set<String> = ["id", "title", "programme", "sensitivity", "members"]
    }

    /// Names that a team id may not take: the run's own files in `reports/`.
    public static let reservedIDs: Set<String> = ["index", "changes"]

    /// Why `id` cannot be a team id (it becomes a file name in `reports/`), or nil when it can.
    public static func problem(withID id: String) -> String? {
        if id.isEmpty { return "a team id cannot be empty" }
        if id.count > 64 { return "a team id has at most 64 characters (this one has \(id.count))" }
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first),
              id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            return "'\(Text.printable(id))' must be lowercase letters, digits and dashes, starting with a letter or digit (it names the report files)"
        }
        if reservedIDs.contains(id) { return "'\(id)' is the name of a file every run writes (\(reservedIDs.sorted().joined(separator: ", "))): choose another id" }
        return nil
    }

    public init(id: String, title: String, programme: String? = nil, sensitivity: Sensitivity, members: [MemberSpec]) {
        self.id = id
        self.title = title
        self.programme = programme
        self.sensitivity = sensitivity
        self.members = members
    }

    public init(from decoder: Decoder) throws {
        try YAMLFile.refuseUnknownKeys(in: decoder, known: CodingKeys.names)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        if let problem = TeamSpec.problem(withID: id) {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c, debugDescription: problem)
        }
        title = Text.clean(try c.decode(String.self, forKey: .title))
        programme = try c.decodeIfPresent(String.self, forKey: .programme).map(Text.clean)
        sensitivity = try c.decode(Sensitivity.self, forKey: .sensitivity)
        members = try c.decode([MemberSpec].self, forKey: .members)
    }
}

/// One member of a team. The name is for display only: it is never matched against anything.
public struct MemberSpec: Sendable, Hashable, Codable {
    /// The member's role in the project.
    public enum Role: String, Sendable, Codable, KnownWords { case pi, coPI = "co-pi", member, collaborator }

    public var id: String
    public var name: String
    public var role: Role
    /// The member's ORCID iD (`0000-0002-1825-0097`): a key to their public record.
    public var orcid: String?
    /// The member's researchmap permalink (`api.researchmap.jp/{permalink}`): a key to their record there.
    public var researchmap: String?
    /// The member's e-Rad/KAKEN researcher number (8 digits): a key to their KAKEN record.
    public var kaken: String?
    public var ties: [DeclaredTie]

    enum CodingKeys: String, CodingKey {
        case id, name, role, orcid, researchmap, kaken, ties
        static let names: Set<String> = ["id", "name", "role", "orcid", "researchmap", "kaken", "ties"]
    }

    public init(id: String, name: String, role: Role = .member, orcid: String? = nil, researchmap: String? = nil,
                kaken: String? = nil, ties: [DeclaredTie] = []) {
        self.id = id
        self.name = name
        self.role = role
        self.orcid = orcid
        self.researchmap = researchmap
        self.kaken = kaken
        self.ties = ties
    }

    /// The member's key to their record in a public-record scheme (`orcid`, `researchmap`, `kaken`).
    public func recordKey(_ scheme: MemberScheme) -> String? {
        switch scheme {
        case .orcid: return orcid
        case .researchmap: return researchmap
        case .kaken: return kaken
        }
    }

    public init(from decoder: Decoder) throws {
        try YAMLFile.refuseUnknownKeys(in: decoder, known: CodingKeys.names)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = Text.clean(try c.decode(String.self, forKey: .id))
        if id.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c, debugDescription: "a member id cannot be empty")
        }
        name = Text.clean(try c.decode(String.self, forKey: .name))
        role = try c.decodeIfPresent(Role.self, forKey: .role) ?? .member
        orcid = try c.decodeIfPresent(String.self, forKey: .orcid)
        researchmap = try c.decodeIfPresent(String.self, forKey: .researchmap)
        kaken = try c.decodeIfPresent(String.self, forKey: .kaken)
        ties = try c.decodeIfPresent([DeclaredTie].self, forKey: .ties) ?? []
        if let o = orcid, !ORCID.isValid(o) {
            throw DecodingError.dataCorruptedError(forKey: .orcid, in: c,
                debugDescription: "'\(Text.printable(o))' is not an ORCID iD (0000-0000-0000-000X in ASCII digits, with a valid check digit)")
        }
        if let r = researchmap, !MemberScheme.researchmap.isValid(r) {
            throw DecodingError.dataCorruptedError(forKey: .researchmap, in: c,
                debugDescription: "'\(Text.printable(r, limit: 80))' is not a researchmap permalink (1 to 64 ASCII letters, digits, _ and -)")
        }
        if let k = kaken, !MemberScheme.kaken.isValid(k) {
            throw DecodingError.dataCorruptedError(forKey: .kaken, in: c,
                debugDescription: "'\(Text.printable(k, limit: 80))' is not a KAKEN researcher number (8 ASCII digits)")
        }
    }
}

extension MemberSpec {
    /// What decoding a team file requires of a member, checked on a member already built (a
    /// cached team): an id, and each key well formed. (Decoding says which rule a file breaks.)
    var isWellFormed: Bool {
        !id.isEmpty && (orcid.map(ORCID.isValid) ?? true) && (researchmap.map(MemberScheme.researchmap.isValid) ?? true)
            && (kaken.map(MemberScheme.kaken.isValid) ?? true) && ties.allSatisfy(\.isWellFormed)
    }
}

extension DeclaredTie {
    /// What decoding requires of a tie: a type a member may declare, an organisation, and no end
    /// before its start.
    var isWellFormed: Bool {
        TieType.declarable.contains(type) && !org.allSatisfy(\.isWhitespace) && !(start.map { s in end.map { $0.lastDay < s.firstDay } ?? false } ?? false)
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

    enum CodingKeys: String, CodingKey {
        case type, org, ror, country, start, end
        static let names: Set<String> = ["type", "org", "ror", "country", "start", "end"]
    }

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
        try YAMLFile.refuseUnknownKeys(in: decoder, known: CodingKeys.names)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try c.decode(String.self, forKey: .type)
        guard let t = TieType(rawValue: raw), TieType.declarable.contains(t) else {
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription:
                "unknown tie type '\(raw)' (one of: \(TieType.declarable.map(\.rawValue).joined(separator: ", ")))")
        }
        type = t
        org = Text.clean(try c.decode(String.self, forKey: .org))
        if org.allSatisfy({ $0.isWhitespace }) {
            throw DecodingError.dataCorruptedError(forKey: .org, in: c, debugDescription: "the organisation of a tie cannot be empty")
        }
        ror = try c.decodeIfPresent(String.self, forKey: .ror).map(Text.clean)
        country = try c.decodeIfPresent(String.self, forKey: .country).map(Text.clean)
        start = try c.decodeIfPresent(PartialDate.self, forKey: .start)
        end = try c.decodeIfPresent(PartialDate.self, forKey: .end)
        if let s = start, let e = end, e.lastDay < s.firstDay {
            throw DecodingError.dataCorruptedError(forKey: .end, in: c, debugDescription: "the tie ends (\(e)) before it starts (\(s))")
        }
    }
}

/// ORCID iD checks (ISO 7064 MOD 11-2).
/// The public-record schemes a member may give a key to: a per-member source reads one of them,
/// and only through a key the team declared, never by searching a name.
public enum MemberScheme: String, Sendable, Hashable, Codable, CaseIterable {
    case orcid, researchmap, kaken

    /// How the scheme is named to a reader ("ORCID iD", "researchmap permalink", …).
    public var label: String {
        switch self {
        case .orcid: return "ORCID iD"
        case .researchmap: return "researchmap permalink"
        case .kaken: return "KAKEN researcher number"
        }
    }

    /// True when `key` has the scheme's form.
    public func isValid(_ key: String) -> Bool {
        switch self {
        case .orcid:
            return ORCID.isValid(key)
        case .researchmap:
            return (1...64).contains(key.utf8.count) && key.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            }
        case .kaken:
            return key.utf8.count == 8 && key.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
    }
}

public enum ORCID {
    public static func isValid(_ id: String) -> Bool {
        let digits = id.filter { $0 != "-" }
        guard id.count == 19, digits.count == 16 else { return false }
        var total = 0
        // ASCII only: other scripts' digits (٠١٢, ０１２) are numbers to Swift but not an iD.
        guard id.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" || $0 == "X" }) else { return false }
        for ch in digits.dropLast() {
            guard let d = ch.wholeNumberValue else { return false }
            total = (total + d) * 2
        }
        let r = (12 - total % 11) % 11
        let check: Character = r == 10 ? "X" : Character(String(r))
        return digits.last == check
    }
}
