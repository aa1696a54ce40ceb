/// The categories a source may give its records, saying what a hit means to a policy. A category
/// rsdd does not know is refused where it is read, with its place (a source's declaration, a
/// profile's rule, a record's own cell): it could match no rule.
public enum ListCategory: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Export-control and research-security lists of organisations.
    case entityOfConcern = "entity-of-concern"
    /// Canada's Named Research Organizations.
    case namedResearchOrganization = "named-research-organization"
    /// Lists of (malign) foreign talent recruitment programmes.
    case foreignTalentProgramme = "foreign-talent-programme"
    /// E.g. the US Section 1260H list.
    case militaryCompany = "military-company"
    /// Sanctions lists (UN, OFAC, EU, UK).
    case sanctions
    /// Procurement debarment lists.
    case debarment
    /// E.g. the US DoD Section 1286 list.
    case researchInstitutionOfConcern = "research-institution-of-concern"
    /// A registry (ROR): its organisations' names, ids and relationships let resolve join a tie to
    /// a listing; a registry record is never a listing and never a finding on its own.
    case registry

    /// Every category by its name, for messages.
    public static var known: [String] { allCases.map(\.rawValue) }

    /// Every category of a list of concern (all but the registry).
    public static let concern: Set<ListCategory> = Set(allCases.filter { $0 != .registry })

    public static func < (a: ListCategory, b: ListCategory) -> Bool { a.rawValue < b.rawValue }
}
