/// The categories a source may give its records, saying what a hit means to a policy.
public enum ListCategory {
    public static let known: [String] = [
        "entity-of-concern",            // export-control and research-security lists of organisations
        "named-research-organization",  // Canada's Named Research Organizations
        "foreign-talent-programme",     // lists of (malign) foreign talent recruitment programmes
        "military-company",             // e.g. the US Section 1260H list
        "sanctions",                    // sanctions lists (UN, OFAC, EU, UK)
        "debarment",                    // procurement debarment lists
        "research-institution-of-concern", // e.g. the US DoD Section 1286 list
        "registry",                     // knowledge, never a list of concern: ROR's organisations
    ]

    /// A registry (ROR): its organisations' names, ids and relationships let resolve join a tie to
    /// a listing; a registry record is never a listing and never a finding on its own.
    public static let registry = "registry"

    /// Every category of a list of concern (all but the registry).
    public static let concern: Set<String> = Set(known.filter { $0 != registry })
}
