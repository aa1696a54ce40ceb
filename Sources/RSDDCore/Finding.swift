/// One finding: a member's tie that a rule of the profile picks out, with its level and evidence.
public struct Finding: Sendable, Hashable, Codable {
    public var member: String
    /// The member's name, for display only.
    public var memberName: String
    public var tie: Tie
    public var listings: [Listing]
    /// True when the tie is in a public record and matches none of the member's declared ties.
    public var undisclosed: Bool
    public var rule: String
    public var ruleTitle: String
    public var level: Level
    /// The window that applied (the report says it in words).
    public var window: Window
    public var mitigations: [String]
    /// The outcome the rule yields, for profiles that speak in outcomes (`mitigation-required`, …).
    public var outcome: String?
    /// For a declared tie the public record contradicts: the public record's version of it.
    public var contradictedBy: Tie?
    /// The other rules that picked out the same tie (a listed tie that is also undisclosed), each
    /// with its reason: one tie is one finding, at the highest of their levels.
    public var also: [RuleHit] = []
    /// The finding's key (see `FindingKey`): what decisions name. Set by the assessment.
    public var key: String?
    /// The digest of the evidence the finding rests on: a decision made on another re-opens.
    public var evidence: String?
    /// The analyst's decision in force about this finding, if any.
    public var decision: Decision?

    public init(member: String, memberName: String, tie: Tie, listings: [Listing], undisclosed: Bool,
                rule: String, ruleTitle: String, level: Level, window: Window, mitigations: [String],
                outcome: String? = nil, contradictedBy: Tie? = nil) {
        self.member = member
        self.memberName = memberName
        self.tie = tie
        self.listings = listings
        self.undisclosed = undisclosed
        self.rule = rule
        self.ruleTitle = ruleTitle
        self.level = level
        self.window = window
        self.mitigations = mitigations
        self.outcome = outcome
        self.contradictedBy = contradictedBy
    }

    enum CodingKeys: String, CodingKey {
        case member, memberName = "member_name", tie, listings, undisclosed, rule, ruleTitle = "rule_title"
        case level, window, mitigations, outcome, contradictedBy = "contradicted_by", also, key, evidence, decision
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        member = try c.decode(String.self, forKey: .member)
        memberName = try c.decode(String.self, forKey: .memberName)
        tie = try c.decode(Tie.self, forKey: .tie)
        listings = try c.decode([Listing].self, forKey: .listings)
        undisclosed = try c.decode(Bool.self, forKey: .undisclosed)
        rule = try c.decode(String.self, forKey: .rule)
        ruleTitle = try c.decode(String.self, forKey: .ruleTitle)
        level = try c.decode(Level.self, forKey: .level)
        window = try c.decode(Window.self, forKey: .window)
        mitigations = try c.decode([String].self, forKey: .mitigations)
        outcome = try c.decodeIfPresent(String.self, forKey: .outcome)
        contradictedBy = try c.decodeIfPresent(Tie.self, forKey: .contradictedBy)
        also = try c.decodeIfPresent([RuleHit].self, forKey: .also) ?? []
        key = try c.decodeIfPresent(String.self, forKey: .key)
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
        decision = try c.decodeIfPresent(Decision.self, forKey: .decision)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(member, forKey: .member)
        try c.encode(memberName, forKey: .memberName)
        try c.encode(tie, forKey: .tie)
        try c.encode(listings, forKey: .listings)
        try c.encode(undisclosed, forKey: .undisclosed)
        try c.encode(rule, forKey: .rule)
        try c.encode(ruleTitle, forKey: .ruleTitle)
        try c.encode(level, forKey: .level)
        try c.encode(window, forKey: .window)
        try c.encode(mitigations, forKey: .mitigations)
        try c.encodeIfPresent(outcome, forKey: .outcome)
        try c.encodeIfPresent(contradictedBy, forKey: .contradictedBy)
        if !also.isEmpty { try c.encode(also, forKey: .also) }
        try c.encodeIfPresent(key, forKey: .key)
        try c.encodeIfPresent(evidence, forKey: .evidence)
        try c.encodeIfPresent(decision, forKey: .decision)
    }

    /// This finding's own rule as a hit, for merging.
    public var hit: RuleHit {
        RuleHit(rule: rule, ruleTitle: ruleTitle, level: level, window: window, mitigations: mitigations, outcome: outcome)
    }
}

/// One rule's reason for a finding: which rule, at what level, in which window.
public struct RuleHit: Sendable, Hashable, Codable {
    public var rule: String
    public var ruleTitle: String
    public var level: Level
    public var window: Window
    public var mitigations: [String]
    public var outcome: String?

    public init(rule: String, ruleTitle: String, level: Level, window: Window, mitigations: [String], outcome: String? = nil) {
        self.rule = rule
        self.ruleTitle = ruleTitle
        self.level = level
        self.window = window
        self.mitigations = mitigations
        self.outcome = outcome
    }

    enum CodingKeys: String, CodingKey { case rule, ruleTitle = "rule_title", level, window, mitigations, outcome }
}

/// A tie whose counterparty comes close to a listed organisation without matching it.
public struct ReviewItem: Sendable, Hashable, Codable {
    public var member: String
    public var tie: Tie
    public var candidate: Listing
    /// The item's key: the key of the finding it becomes when judged `same`.
    public var key: String?
    /// The digest of the evidence: a judgement made on another re-opens.
    public var evidence: String?

    public init(member: String, tie: Tie, candidate: Listing) {
        self.member = member
        self.tie = tie
        self.candidate = candidate
    }
}
