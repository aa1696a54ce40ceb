/// The window a rule applied to a tie, as values: whether the tie is current or ended, its end,
/// the look-back it ended within, and the rule's key date. The words are the report's (see
/// `RSDDReport`); a diff compares these values, never sentences.
public struct Window: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable { case current, ended }

    public var state: State
    /// When the tie ends (current) or ended; nil for an ongoing tie.
    public var end: PartialDate?
    /// For an ended tie: the look-back it ended within; nil when the rule has no limit.
    public var lookBack: Span?
    /// The rule's key date: it applies to ties current on or ending after it.
    public var since: Day?
    /// A window read from a report written before windows were values: its words.
    public var legacy: String?

    public init(state: State, end: PartialDate? = nil, lookBack: Span? = nil, since: Day? = nil) {
        self.state = state
        self.end = end
        self.lookBack = lookBack
        self.since = since
    }

    public init(legacy words: String) {
        self.init(state: words.hasPrefix("ended") ? .ended : .current)
        legacy = words
    }

    /// An ongoing tie.
    public static let ongoing = Window(state: .current)

    enum CodingKeys: String, CodingKey { case state, end, lookBack = "look_back", since, legacy }

    public init(from decoder: Decoder) throws {
        // Reports written before windows were values give a sentence.
        if let words = try? decoder.singleValueContainer().decode(String.self) {
            self.init(legacy: words)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(state: try c.decode(State.self, forKey: .state), end: try c.decodeIfPresent(PartialDate.self, forKey: .end),
                  lookBack: try c.decodeIfPresent(Span.self, forKey: .lookBack), since: try c.decodeIfPresent(Day.self, forKey: .since))
        legacy = try c.decodeIfPresent(String.self, forKey: .legacy)
    }
}
