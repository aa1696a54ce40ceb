import RSDDCore

/// One piece of open work for an analyst: a finding or an item to review without a decision in
/// force, or a decision that needs looking at again.
public struct OpenItem: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A decision whose evidence changed: it counts as no decision.
        case reopened = "re-opened"
        /// A decision whose review date passed: it counts as no decision.
        case expired
        /// A finding with no decision.
        case finding
        /// A near match with no judgement.
        case review
        /// A decision whose finding is gone.
        case orphaned
    }

    public var team: String
    public var key: String
    public var kind: Kind
    /// The finding's level (absent for items to review and orphaned decisions).
    public var level: Level?
    /// The finding or item, in words.
    public var subject: String
    /// The decision concerned (re-opened, expired, orphaned).
    public var decision: DecisionKind?
    public var why: String?
}

/// The open work queue: what `rsdd review` lists and the index counts.
public enum ReviewQueue {
    public static func open(_ assessments: [Assessment]) -> [OpenItem] {
        var out: [OpenItem] = []
        for a in assessments.sorted(by: { $0.team < $1.team }) {
            func record(_ key: String?, judgement: Bool) -> DecisionRecord? {
                a.decisions.first { $0.decision.finding == key && $0.decision.decision.isJudgement == judgement && $0.state != .applied }
            }
            func kind(_ r: DecisionRecord?, otherwise: OpenItem.Kind) -> OpenItem.Kind {
                switch r?.state {
                case .reopened?: return .reopened
                case .expired?: return .expired
                default: return otherwise
                }
            }
            var items: [OpenItem] = []
            for f in a.findings where f.decision == nil {
                let r = record(f.key, judgement: false)
                items.append(OpenItem(team: a.team, key: f.key ?? "", kind: kind(r, otherwise: .finding), level: f.level,
                                      subject: subject(f.member, f.tie, f.listings.map(\.record.name)), decision: r?.decision.decision, why: r?.why))
            }
            var seen = Set<String>()
            for i in a.needsReview where seen.insert(i.key ?? "").inserted {
                let r = record(i.key, judgement: true)
                items.append(OpenItem(team: a.team, key: i.key ?? "", kind: kind(r, otherwise: .review), level: nil,
                                      subject: subject(i.member, i.tie, [i.candidate.record.name]) + " (near match, score \(String(format: "%.2f", i.candidate.match.score)))",
                                      decision: r?.decision.decision, why: r?.why))
            }
            for r in a.decisions where r.state == .orphaned {
                items.append(OpenItem(team: a.team, key: r.decision.finding, kind: .orphaned, level: nil,
                                      subject: "decision '\(r.decision.decision.rawValue)' by \(r.decision.by) on \(r.decision.on)",
                                      decision: r.decision.decision, why: r.why))
            }
            let rank = Dictionary(uniqueKeysWithValues: OpenItem.Kind.allCases.enumerated().map { ($1, $0) })
            items.sort { x, y in
                (rank[x.kind]!, -(x.level.map { Level.allCases.firstIndex(of: $0)! } ?? -1), x.key)
                    < (rank[y.kind]!, -(y.level.map { Level.allCases.firstIndex(of: $0)! } ?? -1), y.key)
            }
            out += items
        }
        return out
    }

    static func subject(_ member: String, _ tie: Tie, _ listings: [String]) -> String {
        "\(member) \(tie.type.rawValue) with \(tie.org)" + (listings.isEmpty ? "" : " — listed as \(listings.sorted().joined(separator: "; "))")
    }
}
