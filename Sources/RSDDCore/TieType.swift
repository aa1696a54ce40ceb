/// The kinds of tie rsdd reasons about: affiliation and contract facts, never personal attributes.
public enum TieType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case employment
    case appointment
    case visiting
    case advisory
    case funding
    case contract
    case inKind = "in-kind"
    case talentProgramme = "talent-programme"
    // Public-record sections that are recorded, and weighed only where a profile says so.
    case education
    case qualification
    case distinction
    case membership
    case service
    /// A co-investigator of the member's project (KAKEN) was at this institution.
    case collaboration
    /// A co-author of the member's publication (OpenAlex) was at this institution.
    case coauthorship

    /// The types a team may declare in `teams/*.yml`.
    public static let declarable: [TieType] = [
        .employment, .appointment, .visiting, .advisory, .funding, .contract, .inKind, .talentProgramme,
    ]

    public static func < (a: TieType, b: TieType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How sensitive a project's research is, set by the funder with the PI.
public enum Sensitivity: String, Sendable, Hashable, Codable, CaseIterable, KnownWords {
    case low, medium, high
}

/// A risk level, ordered: `none` < `low` < `medium` < `high`.
public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable, KnownWords {
    case none, low, medium, high

    public static func < (a: Level, b: Level) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// What a listed record stands for.
public enum RecordKind: String, Sendable, Hashable, Codable, CaseIterable, KnownWords {
    case organisation, person, programme
}
