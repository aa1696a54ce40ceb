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

/// Why a name matched a record: the score and the features behind it.
public struct MatchExplanation: Sendable, Hashable, Codable {
    public var score: Double
    /// Feature → value, e.g. `identifier: ror`, `normalised_name: equal`.
    public var features: [String: String]
    /// The record's name or alias that matched, as the source wrote it.
    public var matchedName: String
    /// The normalised form both sides share.
    public var normalised: String

    public init(score: Double, features: [String: String], matchedName: String, normalised: String) {
        self.score = score
        self.features = features
        self.matchedName = matchedName
        self.normalised = normalised
    }

    enum CodingKeys: String, CodingKey { case score, features, matchedName = "matched_name", normalised }
}

/// A listed record a tie's counterparty matched, with the evidence an analyst checks by hand.
public struct Listing: Sendable, Hashable, Codable {
    public var record: Record
    public var provenance: Provenance
    public var match: MatchExplanation
    /// The resolved organisation (entity id) the record belongs to: stable from run to run.
    public var entity: String?
    /// The registry organisations through which the tie reached this listing (another script, an
    /// identifier, a parent organisation), each with the snapshot it was read from; absent when
    /// the tie named the listing itself.
    public var through: [Citation]?

    public init(record: Record, provenance: Provenance, match: MatchExplanation, entity: String? = nil, through: [Citation]? = nil) {
        self.record = record
        self.provenance = provenance
        self.match = match
        self.entity = entity
        self.through = through
    }
}

/// A record cited as evidence: its key, its name, and the snapshot it was read from.
public struct Citation: Sendable, Hashable, Codable {
    public var record: String
    public var id: String
    public var name: String
    public var provenance: Provenance

    public init(record: String, id: String, name: String, provenance: Provenance) {
        self.record = record
        self.id = id
        self.name = name
        self.provenance = provenance
    }
}

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
    /// The window that applied, in words: `current`, `ended 2023-03-31, within 5y`.
    public var window: String
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
                rule: String, ruleTitle: String, level: Level, window: String, mitigations: [String],
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
        window = try c.decode(String.self, forKey: .window)
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
    public var window: String
    public var mitigations: [String]
    public var outcome: String?

    public init(rule: String, ruleTitle: String, level: Level, window: String, mitigations: [String], outcome: String? = nil) {
        self.rule = rule
        self.ruleTitle = ruleTitle
        self.level = level
        self.window = window
        self.mitigations = mitigations
        self.outcome = outcome
    }

    enum CodingKeys: String, CodingKey { case rule, ruleTitle = "rule_title", level, window, mitigations, outcome }
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
    /// Checks that could not be made (a source missing, a member without ORCID iD).
    public var limits: [String]
    /// Near matches for an analyst to confirm or dismiss: never findings.
    public var needsReview: [ReviewItem]
    /// The team's outcome, for profiles that speak in outcomes: the outcome of its highest finding.
    public var outcome: String?
    /// Checks the level rests on that could not be made at all (a list with no usable snapshot,
    /// a member's public record that could not be read). Empty: the assessment is complete. An
    /// incomplete assessment keeps the level its evidence gives; it is never a clean result.
    public var incomplete: [String]
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
                findings: [Finding], mitigations: [Mitigation], sources: [SourceStatus], limits: [String],
                needsReview: [ReviewItem] = [], outcome: String? = nil, incomplete: [String] = [], collaborations: [ReviewItem] = []) {
        self.incomplete = incomplete
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
        limits = try c.decode([String].self, forKey: .limits)
        needsReview = try c.decodeIfPresent([ReviewItem].self, forKey: .needsReview) ?? []
        outcome = try c.decodeIfPresent(String.self, forKey: .outcome)
        // Reports written before rsdd knew incompleteness read as complete.
        incomplete = try c.decodeIfPresent([String].self, forKey: .incomplete) ?? []
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
        try c.encode(incomplete, forKey: .incomplete)
        if !collaborations.isEmpty { try c.encode(collaborations, forKey: .collaborations) }
        try c.encodeIfPresent(computedLevel, forKey: .computedLevel)
        if !dismissed.isEmpty { try c.encode(dismissed, forKey: .dismissed) }
        if !decisions.isEmpty { try c.encode(decisions, forKey: .decisions) }
        if !agreedMeasures.isEmpty { try c.encode(agreedMeasures, forKey: .agreedMeasures) }
    }

    /// The decisions in force.
    public var decidedCount: Int { decisions.filter { $0.state == .applied }.count }
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
