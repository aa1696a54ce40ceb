/// The assessment of one team under one profile at one as-of date.
public struct Assessment: Sendable, Hashable, Codable {
    public var team: String
    public var title: String
    public var programme: String?
    public var sensitivity: Sensitivity
    public var profile: String
    public var profileTitle: String
    public var asOf: Day
    public var level: Level
    /// One paragraph: level, why, what to do.
    public var summary: String
    public var members: [MemberSummary]
    public var findings: [Finding]
    public var mitigations: [Mitigation]
    public var sources: [SourceStatus]
    /// Checks that could not be made (a source missing, a member without ORCID iD), and caveats.
    public var limits: [Limit]
    /// Near matches for an analyst to confirm or dismiss: never findings.
    public var needsReview: [ReviewItem]
    /// The team's outcome, for profiles that speak in outcomes: the outcome of its highest finding.
    public var outcome: String?
    /// The limits on checks the level rests on that could not be made at all (a list with no
    /// usable snapshot, a member's public record that could not be read). Empty: the assessment is
    /// complete. An incomplete assessment keeps the level its evidence gives; it is never a clean result.
    public var incomplete: [Limit] { limits.filter(\.incomplete) }
    /// True when every check the level rests on was made.
    public var complete: Bool { incomplete.isEmpty }
    /// Co-authorships and co-investigations with listed organisations that the profile does not
    /// weigh: shown, without a level.
    public var collaborations: [ReviewItem] = []
    /// The level the evidence gives before any decision, when decisions were applied: the
    /// computed level is never hidden.
    public var computedLevel: Level?
    /// Findings an analyst dismissed: out of the level, shown with who, when and why.
    public var dismissed: [Finding] = []
    /// The team's current decisions as this run found them: applied, re-opened, expired, orphaned.
    public var decisions: [DecisionRecord] = []
    /// Mitigation measures agreed with the team (from decisions `mitigated` in force).
    public var agreedMeasures: [AgreedMeasure] = []

    public init(team: String, title: String, programme: String?, sensitivity: Sensitivity, profile: String,
                profileTitle: String, asOf: Day, level: Level, summary: String, members: [MemberSummary],
                findings: [Finding], mitigations: [Mitigation], sources: [SourceStatus], limits: [Limit],
                needsReview: [ReviewItem] = [], outcome: String? = nil, collaborations: [ReviewItem] = []) {
        self.collaborations = collaborations
        self.team = team
        self.title = title
        self.programme = programme
        self.sensitivity = sensitivity
        self.profile = profile
        self.profileTitle = profileTitle
        self.asOf = asOf
        self.level = level
        self.summary = summary
        self.members = members
        self.findings = findings
        self.mitigations = mitigations
        self.sources = sources
        self.limits = limits
        self.needsReview = needsReview
        self.outcome = outcome
    }

    enum CodingKeys: String, CodingKey {
        case team, title, programme, sensitivity, profile, profileTitle = "profile_title", asOf = "as_of", level
        case summary, members, findings, mitigations, sources, limits, needsReview = "needs_review", outcome
        case complete, incomplete, collaborations
        case computedLevel = "computed_level", dismissed, decisions, agreedMeasures = "agreed_measures"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        team = try c.decode(String.self, forKey: .team)
        title = try c.decode(String.self, forKey: .title)
        programme = try c.decodeIfPresent(String.self, forKey: .programme)
        sensitivity = try c.decode(Sensitivity.self, forKey: .sensitivity)
        profile = try c.decode(String.self, forKey: .profile)
        profileTitle = try c.decode(String.self, forKey: .profileTitle)
        asOf = try c.decode(Day.self, forKey: .asOf)
        level = try c.decode(Level.self, forKey: .level)
        summary = try c.decode(String.self, forKey: .summary)
        members = try c.decode([MemberSummary].self, forKey: .members)
        findings = try c.decode([Finding].self, forKey: .findings)
        mitigations = try c.decode([Mitigation].self, forKey: .mitigations)
        sources = try c.decode([SourceStatus].self, forKey: .sources)
        if let typed = try? c.decode([Limit].self, forKey: .limits) {
            limits = typed
        } else {
            // Reports written before limits had a subject: sentences, the incomplete ones again
            // under `incomplete` (absent before rsdd knew incompleteness: complete).
            let old = Set(try c.decodeIfPresent([String].self, forKey: .incomplete) ?? [])
            limits = try c.decode([String].self, forKey: .limits).map { Limit(.unknown, "", $0, incomplete: old.contains($0)) }
        }
        needsReview = try c.decodeIfPresent([ReviewItem].self, forKey: .needsReview) ?? []
        outcome = try c.decodeIfPresent(String.self, forKey: .outcome)
        collaborations = try c.decodeIfPresent([ReviewItem].self, forKey: .collaborations) ?? []
        computedLevel = try c.decodeIfPresent(Level.self, forKey: .computedLevel)
        dismissed = try c.decodeIfPresent([Finding].self, forKey: .dismissed) ?? []
        decisions = try c.decodeIfPresent([DecisionRecord].self, forKey: .decisions) ?? []
        agreedMeasures = try c.decodeIfPresent([AgreedMeasure].self, forKey: .agreedMeasures) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(team, forKey: .team)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(programme, forKey: .programme)
        try c.encode(sensitivity, forKey: .sensitivity)
        try c.encode(profile, forKey: .profile)
        try c.encode(profileTitle, forKey: .profileTitle)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(level, forKey: .level)
        try c.encode(summary, forKey: .summary)
        try c.encode(members, forKey: .members)
        try c.encode(findings, forKey: .findings)
        try c.encode(mitigations, forKey: .mitigations)
        try c.encode(sources, forKey: .sources)
        try c.encode(limits, forKey: .limits)
        try c.encode(needsReview, forKey: .needsReview)
        try c.encodeIfPresent(outcome, forKey: .outcome)
        try c.encode(complete, forKey: .complete)
        if !collaborations.isEmpty { try c.encode(collaborations, forKey: .collaborations) }
        try c.encodeIfPresent(computedLevel, forKey: .computedLevel)
        if !dismissed.isEmpty { try c.encode(dismissed, forKey: .dismissed) }
        if !decisions.isEmpty { try c.encode(decisions, forKey: .decisions) }
        if !agreedMeasures.isEmpty { try c.encode(agreedMeasures, forKey: .agreedMeasures) }
    }

    /// The decisions in force.
    public var decidedCount: Int { decisions.filter { $0.state == .applied }.count }
}

/// One member as the report lists them: id, display name, role, ORCID iD, level, tie counts.
public struct MemberSummary: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var role: String
    public var orcid: String?
    public var level: Level
    public var declaredTies: Int
    public var publicTies: Int

    public init(id: String, name: String, role: String, orcid: String?, level: Level, declaredTies: Int, publicTies: Int) {
        self.id = id
        self.name = name
        self.role = role
        self.orcid = orcid
        self.level = level
        self.declaredTies = declaredTies
        self.publicTies = publicTies
    }

    enum CodingKeys: String, CodingKey {
        case id, name, role, orcid, level, declaredTies = "declared_ties", publicTies = "public_ties"
    }
}

/// Freshness of one source as a run used it. Holds no time that changes when the same bytes are
/// fetched again, so that reports built on unchanged data stay byte-identical.
public struct SourceStatus: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable { case fresh, stale, failed, never }

    public var id: String
    public var title: String
    public var state: State
    /// When the bytes in use were first retrieved (the latest such time over a per-member source's records).
    public var retrieved: String?
    /// The snapshot in use (single-URL sources).
    public var sha256: String?
    /// For a stale or failed source: the last success (nil when there was none, or when fresh).
    public var lastSuccess: String?
    public var error: String?
    /// How many snapshots the run had: one, or one per member's record.
    public var snapshots: Int?

    public init(id: String, title: String, state: State, retrieved: String?, sha256: String?, lastSuccess: String?,
                error: String?, snapshots: Int?) {
        self.id = id
        self.title = title
        self.state = state
        self.retrieved = retrieved
        self.sha256 = sha256
        self.lastSuccess = lastSuccess
        self.error = error
        self.snapshots = snapshots
    }

    enum CodingKeys: String, CodingKey { case id, title, state, retrieved, sha256, lastSuccess = "last_success", error, snapshots }

    /// The source as a team's report gives it: its state, and since when and why not fresh; not
    /// which snapshot the run used nor when it was retrieved (those are in the run's index, and
    /// each finding cites its own), so that a list's new data does not change the report of a
    /// team it says nothing about.
    public var forTeamReport: SourceStatus {
        var s = self
        s.retrieved = nil
        s.sha256 = nil
        s.snapshots = nil
        return s
    }
}

/// A proposed mitigation, in the words of the policy.
public struct Mitigation: Sendable, Hashable, Codable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}
