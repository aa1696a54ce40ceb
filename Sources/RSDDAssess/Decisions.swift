import RSDDCore
import RSDDResolve

/// The analysts' decisions acting on an assessment. rsdd proposes, people decide: a decision in
/// force acts and is shown; one whose evidence changed, whose review date passed or whose finding
/// is gone counts as no decision and is named. The level the evidence gives is never hidden.
extension Assessor {
    /// What the decisions did to a team's findings and items to review.
    struct Decided {
        var findings: [Finding]
        var review: [ReviewItem]
        var dismissed: [Finding]
        var records: [DecisionRecord]
        var measures: [AgreedMeasure]
    }

    /// The counterparty as a key names it: its ROR id when the tie gives one, else its name normalised.
    static func counterparty(_ tie: Tie) -> String {
        tie.identifiers["ror"].map { "ror:" + $0.lowercased() } ?? NameNormaliser().normalise(tie.org)
    }

    /// The listed organisations as a key names them: their entities (stable across
    /// re-publications of a list), else their record keys.
    static func listingKey(_ listings: [Listing]) -> String {
        Set(listings.map { $0.entity ?? $0.record.key }).sorted().joined(separator: ",")
    }

    static func key(team: String, tie: Tie, listings: [Listing], counterparty given: String? = nil) -> String {
        FindingKey.key(team: team, member: tie.member, type: tie.type, counterparty: given ?? counterparty(tie), listing: listingKey(listings))
    }

    /// What a decision rests on: the tie's type, dates and origin, whether it was declared, the
    /// public record's other dates, and each list (source and category) naming each organisation.
    static func evidence(tie: Tie, undisclosed: Bool, contradictedBy: Tie?, listings: [Listing]) -> String {
        FindingKey.evidence([tie.type.rawValue, tie.start?.description ?? "", tie.end?.description ?? "", tie.origin.rawValue,
                             undisclosed ? "undisclosed" : "", contradictedBy.map { "contradicted \($0.period)" } ?? ""]
                            + Set(listings.map { "\($0.record.source)|\($0.record.category?.rawValue ?? "")|\($0.entity ?? $0.record.key)" }).sorted())
    }

    static func keyed(_ f: Finding, team: String, counterparty given: String? = nil) -> Finding {
        var f = f
        f.key = key(team: team, tie: f.tie, listings: f.listings, counterparty: given)
        f.evidence = evidence(tie: f.tie, undisclosed: f.undisclosed, contradictedBy: f.contradictedBy, listings: f.listings)
        return f
    }

    /// `counterparty`: the tie's counterparty as `counterparty(_:)` gives it, when known (a tie
    /// with several items to review is normalised once).
    static func keyed(_ r: ReviewItem, team: String, counterparty given: String? = nil) -> ReviewItem {
        var r = r
        r.key = key(team: team, tie: r.tie, listings: [r.candidate], counterparty: given)
        r.evidence = evidence(tie: r.tie, undisclosed: r.tie.origin == .publicRecord && !relational.contains(r.tie.type),
                              contradictedBy: nil, listings: [r.candidate])
        return r
    }

    /// A finding or item in words, for the decisions list and `changes.*`.
    static func subject(member: String, tie: Tie, listings: [Listing]) -> String {
        "\(member) \(tie.type.rawValue) with \(tie.org)" + (listings.isEmpty ? "" : " — listed as \(listings.map(\.record.name).sorted().joined(separator: "; "))")
    }

    /// Applies the decisions in force on the as-of date. For each key the latest entry of each
    /// kind counts (the file is a log: a later entry replaces an earlier one): one judgement
    /// (`same` / `different`) and one decision about the finding.
    func decide(_ decisions: [Decision], team: TeamSpec, findings: [Finding], review: [ReviewItem]) -> Decided {
        // By name for ties without a ROR id; a tie with one is keyed by it and needs no normalising.
        // (Findings and items share the names: a tie with a finding often has items too.)
        var byName: [String: String] = [:]
        func counterparty(_ tie: Tie) -> String? {
            guard tie.identifiers["ror"] == nil else { return nil }
            if let known = byName[tie.org] { return known }
            let c = Assessor.counterparty(tie)
            byName[tie.org] = c
            return c
        }
        let review = review.map { Assessor.keyed($0, team: team.id, counterparty: counterparty($0.tie)) }
        var findings = findings.map { Assessor.keyed($0, team: team.id, counterparty: counterparty($0.tie)) }
        guard !decisions.isEmpty else { return Decided(findings: findings, review: review, dismissed: [], records: [], measures: []) }
        var judgement: [String: Decision] = [:], verdict: [String: Decision] = [:]
        for d in decisions where d.on <= asOf {
            if d.decision.isJudgement { judgement[d.finding] = d } else { verdict[d.finding] = d }
        }
        func state(_ d: Decision, _ evidence: String?) -> DecisionRecord.State {
            if d.evidence != evidence { return .reopened }
            if let r = d.reviewBy, r < asOf { return .expired }
            return .applied
        }
        var records: [String: DecisionRecord] = [:]
        // Judgements of near matches: `same` makes the rules weigh the tie as that listing.
        var kept: [ReviewItem] = []
        var judged: [Finding] = []
        for item in review {
            guard let k = item.key, let d = judgement[k] else { kept.append(item); continue }
            let st = state(d, item.evidence)
            if records["j" + k] == nil {
                records["j" + k] = DecisionRecord(decision: d, state: st, subject: Assessor.subject(member: item.member, tie: item.tie, listings: [item.candidate]),
                                                  evidenceNow: st == .reopened ? item.evidence : nil)
            }
            guard st == .applied else { kept.append(item); continue }
            if d.decision == .same, let m = team.members.first(where: { $0.id == item.member }) {
                var listing = item.candidate
                listing.match.features["judged"] = "the same organisation, by \(d.by) on \(d.on) (a near match the scorer alone would not take)"
                judged += evaluate(item.tie, member: m, undisclosed: item.tie.origin == .publicRecord && !Assessor.relational.contains(item.tie.type),
                                   sensitivity: team.sensitivity, listings: [listing])
            }
        }
        if !judged.isEmpty {
            findings = Assessor.merged(findings + judged).map { Assessor.keyed($0, team: team.id) }
        }
        // Decisions about findings.
        var out: [Finding] = []
        var dismissed: [Finding] = []
        var measures: [AgreedMeasure] = []
        for var f in findings {
            guard let k = f.key, let d = verdict[k] else { out.append(f); continue }
            let st = state(d, f.evidence)
            if records["v" + k] == nil {
                records["v" + k] = DecisionRecord(decision: d, state: st, subject: Assessor.subject(member: f.member, tie: f.tie, listings: f.listings),
                                                  evidenceNow: st == .reopened ? f.evidence : nil)
                if st == .applied, d.decision == .mitigated {
                    for m in d.measures ?? [] {
                        let menu = profile.mitigations.first { $0.id == m }
                        measures.append(AgreedMeasure(id: menu?.id, text: menu?.text ?? m, finding: k, agreedOn: d.on, by: d.by, reviewBy: d.reviewBy))
                    }
                }
            }
            guard st == .applied else { out.append(f); continue }
            f.decision = d
            if d.decision == .dismissed { dismissed.append(f) } else { out.append(f) }
        }
        // A judgement whose near match is now a finding by itself has done its work.
        let findingKeys = Set(out.compactMap(\.key) + dismissed.compactMap(\.key))
        for (k, d) in judgement where records["j" + k] == nil && findingKeys.contains(k) {
            records["j" + k] = DecisionRecord(decision: d, state: .applied, subject: nil)
        }
        // Decisions about nothing there is: reported, never dropped.
        for (k, d) in judgement where records["j" + k] == nil { records["j" + k] = DecisionRecord(decision: d, state: .orphaned, subject: nil) }
        for (k, d) in verdict where records["v" + k] == nil { records["v" + k] = DecisionRecord(decision: d, state: .orphaned, subject: nil) }
        let sorted = records.values.sorted {
            ($0.decision.finding, $0.decision.decision.isJudgement ? 0 : 1) < ($1.decision.finding, $1.decision.decision.isJudgement ? 0 : 1)
        }
        return Decided(findings: out, review: kept, dismissed: dismissed, records: sorted, measures: measures)
    }
}
