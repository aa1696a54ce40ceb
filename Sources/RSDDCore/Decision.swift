import Foundation
import Yams

/// What an analyst decided about a finding or an item to review.
public enum DecisionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The finding is wrong (not that organisation; the tie was never real): out of the level.
    case dismissed
    /// The finding is right; nothing is agreed yet.
    case confirmed
    /// Mitigation measures are agreed with the team: the level stands, the measures are recorded.
    case mitigated
    /// The risk is accepted as it is, until `review_by`.
    case accepted
    /// A near match to review is the listed organisation: it becomes a finding.
    case same
    /// A near match to review is another organisation: it leaves *Needs review* for that pair.
    case different

    /// True for the decisions about whether a near match is the listing (`same`, `different`);
    /// the others are about a finding. One key may carry one of each: judged `same`, then mitigated.
    public var isJudgement: Bool { self == .same || self == .different }

    /// The decisions that must say until when they hold.
    public var needsReviewBy: Bool { self == .mitigated || self == .accepted }
}

/// One entry of `decisions/<team>.yml`: an analyst's decision about one finding or review item,
/// named by its key, with who, when, why, and the digest of the evidence decided on.
public struct Decision: Sendable, Hashable, Codable {
    public var finding: String
    public var decision: DecisionKind
    public var reason: String
    public var by: String
    public var on: Day
    /// Until when a mitigation or an accepted risk holds: after it the decision has expired.
    public var reviewBy: Day?
    /// For `mitigated`: ids from the profile's mitigation menu, or measures in free text.
    public var measures: [String]?
    /// The digest of the evidence decided on (`rsdd decide` fills it in): when the evidence
    /// differs, the decision re-opens by itself.
    public var evidence: String

    public init(finding: String, decision: DecisionKind, reason: String, by: String, on: Day, reviewBy: Day? = nil,
                measures: [String]? = nil, evidence: String) {
        self.finding = finding
        self.decision = decision
        self.reason = reason
        self.by = by
        self.on = on
        self.reviewBy = reviewBy
        self.measures = measures
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case finding, decision, reason, by, on, reviewBy = "review_by", measures, evidence
        static let names: Set<String> = ["finding", "decision", "reason", "by", "on", "review_by", "measures", "evidence"]
    }

    public init(from decoder: Decoder) throws {
        try YAMLFile.refuseUnknownKeys(in: decoder, known: CodingKeys.names)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        finding = try c.decode(String.self, forKey: .finding)
        guard FindingKey.isValid(finding) else {
            throw DecodingError.dataCorruptedError(forKey: .finding, in: c,
                debugDescription: "'\(Text.printable(finding, limit: 40))' is not a finding key (\(FindingKey.length) lowercase hex digits, as the report shows it)")
        }
        guard let kind = DecisionKind(rawValue: try c.decode(String.self, forKey: .decision)) else {
            let bad = try c.decode(String.self, forKey: .decision)
            throw DecodingError.dataCorruptedError(forKey: .decision, in: c,
                debugDescription: "'\(Text.printable(bad, limit: 40))' is not a decision (one of: \(DecisionKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        decision = kind
        reason = Text.clean(try c.decode(String.self, forKey: .reason))
        by = Text.clean(try c.decode(String.self, forKey: .by))
        for (key, value) in [(CodingKeys.reason, reason), (.by, by)] where value.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "is empty: say \(key == .by ? "who decided" : "why")")
        }
        on = try c.decode(Day.self, forKey: .on)
        reviewBy = try c.decodeIfPresent(Day.self, forKey: .reviewBy)
        if kind.needsReviewBy && reviewBy == nil {
            throw DecodingError.keyNotFound(CodingKeys.reviewBy, .init(codingPath: c.codingPath,
                debugDescription: "a decision '\(kind.rawValue)' says until when it holds"))
        }
        if let r = reviewBy, r < on {
            throw DecodingError.dataCorruptedError(forKey: .reviewBy, in: c, debugDescription: "\(r) is before the decision's date \(on)")
        }
        measures = try c.decodeIfPresent([String].self, forKey: .measures)?.map(Text.clean).filter { !$0.isEmpty }
        if kind == .mitigated && (measures ?? []).isEmpty {
            throw DecodingError.keyNotFound(CodingKeys.measures, .init(codingPath: c.codingPath,
                debugDescription: "a decision 'mitigated' names the measures agreed"))
        }
        if kind != .mitigated && measures != nil {
            throw DecodingError.dataCorruptedError(forKey: .measures, in: c, debugDescription: "only a decision 'mitigated' has measures")
        }
        evidence = try c.decode(String.self, forKey: .evidence)
        guard Text.isLowerHex(evidence, count: FindingKey.evidenceLength) else {
            throw DecodingError.dataCorruptedError(forKey: .evidence, in: c,
                debugDescription: "'\(Text.printable(evidence, limit: 40))' is not an evidence digest (\(FindingKey.evidenceLength) lowercase hex digits, as the report shows it; rsdd decide fills it in)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(finding, forKey: .finding)
        try c.encode(decision, forKey: .decision)
        try c.encode(reason, forKey: .reason)
        try c.encode(by, forKey: .by)
        try c.encode(on, forKey: .on)
        try c.encodeIfPresent(reviewBy, forKey: .reviewBy)
        try c.encodeIfPresent(measures, forKey: .measures)
        try c.encode(evidence, forKey: .evidence)
    }

    /// The entry as `rsdd decide` appends it to a decisions file: every value quoted.
    public var yaml: String {
        func q(_ s: String) -> String { String(decoding: try! JSONEncoder().encode(s), as: UTF8.self) }
        var L = ["- finding: \(finding)", "  decision: \(decision.rawValue)", "  reason: \(q(reason))", "  by: \(q(by))", "  on: \(on)"]
        if let r = reviewBy { L.append("  review_by: \(r)") }
        if let m = measures { L.append("  measures: [\(m.map(q).joined(separator: ", "))]") }
        L.append("  evidence: \(evidence)")
        return L.joined(separator: "\n") + "\n"
    }
}

/// A decision as a run found it: applied, or why not.
public struct DecisionRecord: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        /// In force: it acts on the finding or item.
        case applied
        /// The evidence is no longer what was decided on: counts as no decision.
        case reopened
        /// `review_by` has passed: counts as no decision.
        case expired
        /// No finding or item to review has its key any more.
        case orphaned
    }

    public var decision: Decision
    public var state: State
    /// The finding or item it is about, in words (absent when orphaned).
    public var subject: String?
    /// The digest of the evidence now, when it differs from the one decided on.
    public var evidenceNow: String?

    public init(decision: Decision, state: State, subject: String?, evidenceNow: String? = nil) {
        self.decision = decision
        self.state = state
        self.subject = subject
        self.evidenceNow = evidenceNow
    }

    enum CodingKeys: String, CodingKey { case decision, state, subject, evidenceNow = "evidence_now" }

    /// Why it is not in force, in words; nil when applied.
    public var why: String? {
        switch state {
        case .applied: return nil
        case .reopened: return "re-opened: the evidence changed since the decision (digest \(decision.evidence) → \(evidenceNow ?? "?"))"
        case .expired: return "expired: its review date \(decision.reviewBy?.description ?? "?") has passed"
        case .orphaned: return "orphaned: no finding or item to review has this key any more"
        }
    }
}

/// A mitigation measure agreed with a team, as it goes into the funding contract.
public struct AgreedMeasure: Sendable, Hashable, Codable {
    /// The profile's mitigation id, absent for a measure in free text.
    public var id: String?
    public var text: String
    public var finding: String
    public var agreedOn: Day
    public var by: String
    public var reviewBy: Day?

    public init(id: String?, text: String, finding: String, agreedOn: Day, by: String, reviewBy: Day?) {
        self.id = id
        self.text = text
        self.finding = finding
        self.agreedOn = agreedOn
        self.by = by
        self.reviewBy = reviewBy
    }

    enum CodingKeys: String, CodingKey { case id, text, finding, agreedOn = "agreed_on", by, reviewBy = "review_by" }
}

/// A team's decisions file as written: a list of entries (empty or absent: no decision).
public struct DecisionFile: Sendable, Hashable, Decodable {
    public var entries: [Decision]

    public init(entries: [Decision]) { self.entries = entries }

    /// Every measure is one of the profile's mitigation ids (`menu`) or free text (with a space):
    /// else an error naming the entry, for a decisions file and for `rsdd decide` alike.
    public static func checkMeasures(_ entries: [Decision], menu: Set<String>, displayPath: String) throws {
        for (i, d) in entries.enumerated() {
            for m in d.measures ?? [] where !m.contains(" ") && !menu.contains(m) {
                throw ConfigError(file: displayPath, context: "decision \(i + 1) (finding \(d.finding))",
                                  message: "measure '\(Text.printable(m, limit: 40))' is not in the profile's mitigation menu (known: \(menu.sorted().joined(separator: ", "))); a measure in your own words has more than one word")
            }
        }
    }

    /// Reads a decisions file; one of only comments and blank lines holds no decision.
    public static func load(_ url: URL, displayPath: String) throws -> DecisionFile {
        if let text = try? String(contentsOf: url, encoding: .utf8), isEmpty(text) { return DecisionFile(entries: []) }
        return try YAMLFile.load(DecisionFile.self, from: url, displayPath: displayPath, contextFor: decisionContext)
    }

    /// Checks decisions text as it would be written.
    public static func decode(_ text: String, displayPath: String) throws -> DecisionFile {
        if isEmpty(text) { return DecisionFile(entries: []) }
        return try YAMLFile.decode(DecisionFile.self, yaml: text, displayPath: displayPath, contextFor: decisionContext)
    }

    static func isEmpty(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.hasPrefix("#")
        }
    }

    /// `decision 3 (finding …)` for any key path under the third entry of a decisions file.
    static func decisionContext(_ root: Yams.Node, _ path: [CodingKey]) -> String? {
        guard let i = path.first?.intValue else { return nil }
        if case .sequence(let entries) = root, i < entries.count, let key = entries[i]["finding"]?.string {
            return "decision \(i + 1) (finding \(Text.printable(key, limit: 20)))"
        }
        return "decision \(i + 1)"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            entries = []
        } else {
            entries = try c.decode([Decision].self)
        }
    }
}

/// Finding keys and evidence digests: short hashes of what a finding is about and of what it rests on.
public enum FindingKey {
    public static let length = 10
    public static let evidenceLength = 12

    public static func isValid(_ key: String) -> Bool { Text.isLowerHex(key, count: length) }

    /// The key of a finding or item to review: stable across runs, rule changes and list
    /// re-publications, as it is made of the team, the member, the tie's type, its counterparty
    /// and the listed organisation (entity), nothing else.
    public static func key(team: String, member: String, type: TieType, counterparty: String, listing: String) -> String {
        String(Files.sha256(Data([team, member, type.rawValue, counterparty, listing].joined(separator: "\u{1f}").utf8)).prefix(length))
    }

    /// The digest of a finding's evidence: any change of what is given re-opens a decision.
    public static func evidence(_ parts: [String]) -> String {
        String(Files.sha256(Data(parts.joined(separator: "\u{1f}").utf8)).prefix(evidenceLength))
    }
}
