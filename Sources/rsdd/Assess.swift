import ArgumentParser
import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport
import RSDDResolve

struct Assess: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assess teams from the stored snapshots (no network) and print the result; writes no report.",
        discussion: """
        With --json: a JSON array, one object per team: team, level, outcome, findings, needs_review, \
        stale_sources. A finding has member, tie, org, entity, listings ("<source>:<record id>"), \
        undisclosed, rule, level, outcome, window, evidence. See the README for the whole schema. \
        Without --json: one line per team.
        """)

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var logging: LogOptions

    @Option(help: ArgumentHelp("Only this team.", valueName: "ID"))
    var team: String?

    @Option(help: policyHelp())
    var policy = "mext"

    @Option(help: ArgumentHelp("The date look-back windows are measured to (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "When another rsdd process is working on the workspace, wait for it instead of exiting.")
    var wait = false

    struct Evidence: Encodable, Sendable {
        var tie_source: String
        var tie_record: Provenance?
        var tie_record_id: String?
        var listings: [ListingEvidence]
        var contradicted_by: Tie?
    }

    struct ListingEvidence: Encodable, Sendable {
        var listing: String
        var source: String
        var url: String
        var retrieved: String
        var sha256: String
        var record_id: String
        var matched_name: String
        var score: Double
        var features: [String: String]
        var key: String?
    }

    struct FindingOut: Encodable, Sendable {
        var member: String
        var tie: String
        var org: String
        var entity: String
        var listings: [String]
        var undisclosed: Bool
        var rule: String
        var level: Level
        var outcome: String?
        var window: String
        var start: PartialDate?
        var end: PartialDate?
        var evidence: Evidence
        var key: String?
        var decision: DecisionKind?
    }

    struct ReviewOut: Encodable, Sendable {
        var member: String
        var tie: String
        var org: String
        var candidate: String
        var listed_as: String
        var score: Double
        var features: [String: String]
        var key: String?
    }

    struct TeamOut: Encodable, Sendable {
        var team: String
        var level: Level
        var computed_level: Level?
        var complete: Bool
        var incomplete: [String]
        var outcome: String?
        var findings: [FindingOut]
        var needs_review: [ReviewOut]
        var stale_sources: [String]
        var limits: [String]
    }

    func run() throws {
        let now = Date()
        var options = RunOptions(workspace: workspace.workspace, asOf: try asOfDay(asOf, now: now), now: now,
                                 offline: true, policy: policy)
        options.wait = wait
        options.keepIndexUntilExit = true
        let result: Pipeline.Assessed
        do {
            result = try Pipeline.assess(options)
        } catch {
            throw exitError(error, stopped: "assess could not finish")
        }
        var assessments = result.assessments
        if let team {
            guard assessments.contains(where: { $0.team == team }) else {
                throw fail("no team '\(team)' (teams: \(assessments.map(\.team).sorted().joined(separator: ", ")))", code: 2)
            }
            assessments = assessments.filter { $0.team == team }
        }
        for w in result.warnings { note("warning: \(w)") }
        let normaliser = NameNormaliser()
        // Ten thousand teams' results are built and encoded on every core.
        let out = Workspace.parallelMap(assessments) { a in
            TeamOut(team: a.team, level: a.level, computed_level: a.computedLevel, complete: a.complete, incomplete: a.incomplete, outcome: a.outcome, findings: a.findings.map { f in
                FindingOut(member: f.member, tie: f.tie.type.rawValue, org: f.tie.org,
                           entity: f.listings.compactMap(\.entity).first ?? normaliser.normalise(f.tie.org),
                           listings: f.listings.map(\.record.key), undisclosed: f.undisclosed, rule: f.rule,
                           level: f.level, outcome: f.outcome, window: f.window.words, start: f.tie.start, end: f.tie.end,
                           evidence: Evidence(tie_source: f.tie.origin == .declared ? "declaration" : "public record",
                                              tie_record: f.tie.provenance, tie_record_id: f.tie.recordID,
                                              listings: f.listings.map { l in
                                                  ListingEvidence(listing: l.record.key, source: l.provenance.source, url: l.provenance.url,
                                                                  retrieved: l.provenance.retrieved, sha256: l.provenance.sha256,
                                                                  record_id: l.record.id, matched_name: l.match.matchedName,
                                                                  score: l.match.score, features: l.match.features)
                                              }, contradicted_by: f.contradictedBy),
                           key: f.key, decision: f.decision?.decision)
            }, needs_review: a.needsReview.map { r in
                ReviewOut(member: r.member, tie: r.tie.type.rawValue, org: r.tie.org, candidate: r.candidate.record.key,
                          listed_as: r.candidate.match.matchedName, score: r.candidate.match.score, features: r.candidate.match.features,
                          key: r.key)
            }, stale_sources: a.sources.filter { $0.state != .fresh }.map(\.id).sorted(), limits: a.limits)
        }
        if json {
            FileHandle.standardOutput.write(try Files.prettyJSONArray(out) + Data("\n".utf8))
        } else {
            for t in out {
                print("\(t.team): \(t.level.rawValue)\(t.complete ? "" : " — incomplete")\(t.outcome.map { " (\($0))" } ?? ""), \(t.findings.count) findings, \(t.needs_review.count) to review\(t.stale_sources.isEmpty ? "" : ", stale: \(t.stale_sources.joined(separator: ", "))")")
            }
        }
        // As for run: an incomplete assessment or a stale source is exit 3.
        if assessments.contains(where: { !$0.complete }) || result.sources.contains(where: { $0.state != .fresh }) { throw ExitCode(3) }
    }
}
