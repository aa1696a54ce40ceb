import Foundation
import RSDDAssess
import RSDDCore
import RSDDReport

/// What an analyst asks `rsdd decide` to record.
public struct DecisionRequest: Sendable {
    public var team: String
    public var key: String
    public var decision: DecisionKind
    public var reason: String
    public var by: String
    public var on: Day
    public var reviewBy: Day?
    public var measures: [String]?

    public init(team: String, key: String, decision: DecisionKind, reason: String, by: String, on: Day, reviewBy: Day? = nil, measures: [String]? = nil) {
        self.team = team
        self.key = key
        self.decision = decision
        self.reason = reason
        self.by = by
        self.on = on
        self.reviewBy = reviewBy
        self.measures = measures
    }
}

extension Pipeline {
    /// Records a decision: assesses the team from the stored snapshots (no request is made),
    /// finds the finding or item to review by its key, and appends an entry with the digest of
    /// its evidence now to `decisions/<team>.yml` (comments and earlier entries kept as written).
    /// The file is checked whole before it replaces the old one: an invalid entry is never written.
    @discardableResult
    public static func decide(_ o: RunOptions, _ r: DecisionRequest) throws -> Decision {
        let lock = try WorkspaceLock(workspace: o.workspace, wait: o.wait)
        defer { withExtendedLifetime(lock) {} }
        let ws = o.workspace
        var options = o
        options.offline = true
        options.teams = [r.team]
        let assessed = try assessHoldingLock(options)
        guard let a = assessed.assessments.first(where: { $0.team == r.team }) else {
            throw ConfigError(file: "teams/", message: "no team '\(Text.printable(r.team))' in the workspace")
        }
        guard FindingKey.isValid(r.key) else {
            throw ConfigError(file: "decide", message: "'\(Text.printable(r.key, limit: 40))' is not a finding key (\(FindingKey.length) lowercase hex digits, as the report shows it)")
        }
        let findings = (a.findings + a.dismissed).filter { $0.key == r.key }
        let items = a.needsReview.filter { $0.key == r.key }
        let judged = a.decisions.filter { $0.decision.finding == r.key && $0.decision.decision.isJudgement && $0.state != .orphaned }
        let evidence: String
        if r.decision.isJudgement {
            if let item = items.first, let e = item.evidence {
                evidence = e
            } else if let j = judged.first {
                evidence = j.evidenceNow ?? j.decision.evidence
            } else if !findings.isEmpty {
                throw ConfigError(file: "decide", message: "\(r.key) is a finding of team \(r.team), not an item to review: decide --dismiss, --confirm, --mitigated or --accept")
            } else {
                throw ConfigError(file: "decide", message: "team \(r.team) has no finding or item to review with key \(r.key) as of \(o.asOf) (rsdd review --team \(r.team) lists them)")
            }
        } else {
            guard let f = findings.first, let e = f.evidence else {
                if !items.isEmpty || !judged.isEmpty {
                    throw ConfigError(file: "decide", message: "\(r.key) is an item to review of team \(r.team), not a finding: decide --same or --different first")
                }
                throw ConfigError(file: "decide", message: "team \(r.team) has no finding with key \(r.key) as of \(o.asOf) (rsdd review --team \(r.team) lists them)")
            }
            evidence = e
        }
        let decision = Decision(finding: r.key, decision: r.decision, reason: Text.clean(r.reason), by: Text.clean(r.by), on: r.on,
                                reviewBy: r.reviewBy, measures: r.measures, evidence: evidence)
        let file = ws.decisionsFile(of: r.team)
        var text = (try? String(contentsOf: file, encoding: .utf8))
            ?? "# Decisions about the findings of team \(r.team). Entries are a log: for each finding the latest\n# entry of each kind counts. `rsdd decide` appends here; see README, \"The review loop\".\n"
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += decision.yaml
        // The whole file as it will be, checked like any decisions file (with the profile's menu).
        let checked = try DecisionFile.decode(text, displayPath: ws.display(file))
        try DecisionFile.checkMeasures(checked.entries, menu: Set(try PolicyProfile.load(id: o.policy, workspace: ws).mitigations.map(\.id)),
                                       displayPath: ws.display(file))
        try FileManager.default.createDirectory(at: ws.decisionsDir, withIntermediateDirectories: true)
        try Files.writeAtomically(Data(text.utf8), to: file)
        return decision
    }

    /// The open work of the workspace's teams (or of `o.teams`), assessed from the stored
    /// snapshots with the decisions as they are now: what `rsdd review` prints.
    public static func openWork(_ o: RunOptions) throws -> [OpenItem] {
        var options = o
        options.offline = true
        let assessments = try assess(options).assessments
        if let only = o.teams, let missing = only.subtracting(assessments.map(\.team)).sorted().first {
            throw ConfigError(file: "teams/", message: "no team '\(Text.printable(missing))' in the workspace")
        }
        return ReviewQueue.open(assessments)
    }
}
