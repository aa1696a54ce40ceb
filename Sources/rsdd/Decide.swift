import ArgumentParser
import Foundation
import RSDDCore
import RSDDPipeline

struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record an analyst's decision about a finding or an item to review (decisions/<team>.yml).",
        discussion: """
        KEY is the finding's key as the report, changes.md and `rsdd review` show it. The team is \
        assessed from the stored snapshots (no network request) to find the finding and the digest of \
        its evidence, which the entry records: when the evidence changes, the decision re-opens by \
        itself. The entry is appended to decisions/<team>.yml; earlier entries and comments stay as \
        written. It acts from the next run or report on.

        --dismiss takes a finding out of the level (the computed level stays shown); --confirm, \
        --mitigated (with --measures) and --accept keep the level and record the outcome; --same turns \
        an item to review into a finding, --different keeps it out. --mitigated and --accept need \
        --review-by: after that date the decision expires.
        """)

    @OptionGroup var workspace: WorkspaceOption

    @Argument(help: "The team id.")
    var team: String

    @Argument(help: "The finding's or item's key (10 hex digits).")
    var key: String

    @Flag(exclusivity: .exclusive, help: ArgumentHelp("The decision."))
    var kind: Kind?

    enum Kind: String, EnumerableFlag {
        case dismiss, confirm, mitigated, accept, same, different

        var decision: DecisionKind {
            switch self {
            case .dismiss: return .dismissed
            case .confirm: return .confirmed
            case .mitigated: return .mitigated
            case .accept: return .accepted
            case .same: return .same
            case .different: return .different
            }
        }
    }

    @Option(help: "Why (required).")
    var reason: String

    @Option(help: "Who decided (required).")
    var by: String

    @Option(help: ArgumentHelp("For --mitigated: the measures agreed, as mitigation ids of the profile or text, comma-separated.", valueName: "ID,…"))
    var measures: String?

    @Option(help: ArgumentHelp("Until when the decision holds (required for --mitigated and --accept).", valueName: "YYYY-MM-DD"))
    var reviewBy: String?

    @Option(help: ArgumentHelp("The date of the decision (default: the as-of date).", valueName: "YYYY-MM-DD"))
    var on: String?

    @Option(help: ArgumentHelp("The date the team is assessed on (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: ArgumentHelp("The policy profile the nightly run uses: the same one, or the decision's evidence may differ from the run's and re-open at once.", valueName: "ID"))
    var policy = "mext"

    @Flag(help: "When another rsdd process is working on the workspace, wait for it instead of exiting.")
    var wait = false

    func validate() throws {
        guard let kind else { throw ValidationError("say the decision: --dismiss, --confirm, --mitigated, --accept, --same or --different") }
        if kind.decision.needsReviewBy && reviewBy == nil { throw ValidationError("--\(kind.rawValue) needs --review-by YYYY-MM-DD") }
        if kind == .mitigated && (measures ?? "").isEmpty { throw ValidationError("--mitigated needs --measures (mitigation ids of the profile, or text)") }
        if kind != .mitigated && measures != nil { throw ValidationError("--measures goes with --mitigated only") }
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason is empty: say why") }
        if by.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--by is empty: say who decided") }
    }

    func run() throws {
        let now = Date()
        let day = try asOfDay(asOf, now: now)
        func date(_ text: String?, _ name: String) throws -> Day? {
            guard let text else { return nil }
            guard let d = Day(iso: text) else { throw ValidationError("--\(name) '\(text)' is not a date (YYYY-MM-DD)") }
            return d
        }
        let request = DecisionRequest(team: team, key: key, decision: kind!.decision, reason: reason, by: by,
                                      on: try date(on, "on") ?? day, reviewBy: try date(reviewBy, "review-by"),
                                      measures: measures.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } })
        var options = RunOptions(workspace: workspace.workspace, asOf: day, now: now, offline: true, policy: policy)
        options.wait = wait
        let d: Decision
        do {
            d = try Pipeline.decide(options, request)
        } catch {
            throw exitError(error, stopped: "decision not recorded")
        }
        note("recorded in decisions/\(team).yml: \(d.decision.rawValue) \(d.finding) (evidence \(d.evidence)); it acts from the next run or report")
    }
}
