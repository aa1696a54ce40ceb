/// A check an assessment could not make, or a caveat on what it read: what it is about (a
/// source, a member, the profile), why, and whether the level rests on it (then the assessment is
/// incomplete and never a clean result). Compared as values; the report prints the reason.
public struct Limit: Sendable, Hashable, Codable, Comparable {
    public enum About: String, Sendable, Hashable, Codable {
        case source, member, profile
        /// A limit read from a report written before limits had a subject.
        case unknown
    }

    public var about: About
    /// The source's, member's or profile's id.
    public var id: String
    /// Why, in one sentence that names the subject.
    public var reason: String
    /// True when the level rests on the check that could not be made.
    public var incomplete: Bool

    public init(_ about: About, _ id: String, _ reason: String, incomplete: Bool = false) {
        self.about = about
        self.id = id
        self.reason = reason
        self.incomplete = incomplete
    }

    /// In the order of their reasons (as reports list them).
    public static func < (a: Limit, b: Limit) -> Bool {
        (a.reason, a.about.rawValue, a.id, a.incomplete ? 1 : 0) < (b.reason, b.about.rawValue, b.id, b.incomplete ? 1 : 0)
    }
}
