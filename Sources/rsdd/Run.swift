import ArgumentParser
import Foundation
import RSDDCore
import RSDDFetch
import RSDDPipeline
import RSDDReport
import RSDDStore

struct Run: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every stage: fetch sources, parse, match ties against lists, assess teams, write reports.")

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var logging: LogOptions

    @Option(help: ArgumentHelp("The date look-back windows are measured to (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(help: "Make no network request: use the stored snapshots.")
    var offline = false

    @Flag(help: "Fetch every source, even those still within their refresh interval, and write the reports even when no input changed.")
    var force = false

    @Option(help: policyHelp())
    var policy = "mext"

    @Flag(help: "When another rsdd process is working on the workspace, wait for it instead of exiting.")
    var wait = false

    @Option(help: ArgumentHelp("Exit 4 when a team's level rose to LEVEL or above since the previous run, a finding at LEVEL or above is new or rose to it, or an analyst's decision re-opened or expired (for cron mail).",
                               valueName: "LEVEL"))
    var failOnChange: Level?

    func run() throws {
        let now = Date()
        var options = RunOptions(workspace: workspace.workspace, asOf: try asOfDay(asOf, now: now), now: now,
                                 offline: offline, force: force, policy: policy)
        options.wait = wait
        options.keepIndexUntilExit = true
        let outcome: RunOutcome
        let line = ProgressLine(style: LogStyle(quiet: logging.quiet))
        defer { line.clear() }
        options.stage = { [line] in line.stage($0) }
        do {
            outcome = try Pipeline.run(options, progress: line.update)
            line.clear()
        } catch {
            throw exitError(error, stopped: "run failed, previous reports kept")
        }
        for w in outcome.warnings { note("warning: \(w)") }
        let tally = outcome.tally
        let notFresh = outcome.sources.filter { $0.state != .fresh }.map { "\($0.id) (\($0.state.rawValue))" }
        let seconds = Date().timeIntervalSince(now)
        let c = outcome.changes
        let changeWords = outcome.kept != nil ? "inputs unchanged since that run, nothing rewritten" : c.from == nil ? "first run" : c.isEmpty ? "no change since the previous run" :
            "\(counted(c.teams.count, "level change")), \(c.newFindings.count) new and \(c.resolvedFindings.count) resolved \(c.newFindings.count + c.resolvedFindings.count == 1 ? "finding" : "findings")"
        let reports = workspace.config == "." ? "reports/" : (workspace.config.hasSuffix("/") ? workspace.config : workspace.config + "/") + "reports/"
        // The one summary line a cron owner reads: the sentence for people, the fields for scripts.
        let incomplete = tally.incomplete
        let written = outcome.kept != nil ? "reports kept as they are" : "\(counted(outcome.rewritten, "team report")) rewritten (the rest kept)"
        summary("run \(outcome.run.id): \(counted(tally.teams, "team")) (\(Level.allCases.reversed().map { "\(tally.levels[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))), \(counted(tally.findings, "finding")), \(changeWords), sources not fresh: \(notFresh.isEmpty ? "none" : notFresh.joined(separator: ", ")), incomplete: \(incomplete.isEmpty ? "none" : incomplete.joined(separator: ", ")), open work: \(tally.open); \(written); reports in \(reports)",
             ["run": "\(outcome.run.id)", "teams": "\(tally.teams)", "findings": "\(tally.findings)",
              "high": "\(tally.levels[.high] ?? 0)", "medium": "\(tally.levels[.medium] ?? 0)",
              "low": "\(tally.levels[.low] ?? 0)", "none": "\(tally.levels[Level.none] ?? 0)",
              "level_changes": "\(c.teams.count)", "new_findings": "\(c.newFindings.count)",
              "resolved_findings": "\(c.resolvedFindings.count)",
              "incomplete": "\(incomplete.isEmpty ? "none" : incomplete.joined(separator: ","))",
              "not_fresh": "\(notFresh.isEmpty ? "none" : outcome.sources.filter { $0.state != .fresh }.map(\.id).joined(separator: ","))",
              "open": "\(tally.open)", "reports_written": "\(outcome.rewritten)", "kept": outcome.kept != nil ? "yes" : "no",
              "duration_s": "\(String(format: "%.1f", seconds))"])
        if let level = failOnChange {
            let c = outcome.changes
            let rose = c.rose(to: level).map { "\($0.team) \($0.from?.rawValue ?? "new") → \($0.to!.rawValue)" }
            // A finding that reaches the level inside a team already there is news too.
            let findings = c.findingsRose(to: level).map { "\($0.team) \($0.member) \($0.tie) \($0.org) → \($0.level.rawValue)" }
            let lapsed = c.lapsedDecisions.map { "\($0.team) \($0.key) \($0.change.rawValue)" }
            var why: [String] = []
            if !rose.isEmpty { why.append("levels rose to \(level.rawValue) or above: \(rose.joined(separator: ", "))") }
            if !findings.isEmpty { why.append("findings at \(level.rawValue) or above, new or risen: \(findings.joined(separator: ", "))") }
            if !lapsed.isEmpty { why.append("decisions no longer in force: \(lapsed.joined(separator: ", "))") }
            if !why.isEmpty { throw fail(why.joined(separator: "; "), code: 4) }
        }
        if !outcome.allGood { throw ExitCode(3) }
    }
}
