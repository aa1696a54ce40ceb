import ArgumentParser
import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport

struct Assess: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assess teams from the stored snapshots (no network) and print the result; writes no report.",
        discussion: """
        With --json: a JSON array of the teams' assessments, each as the team's JSON report holds \
        it under "assessment" (docs/report.schema.json). Without --json: one line per team.
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
        if json {
            // The assessment as every team report holds it: one encoding, the schema's
            // (docs/report.schema.json, `$defs/assessment`), encoded on every core.
            FileHandle.standardOutput.write(try Files.prettyJSONArray(assessments) + Data("\n".utf8))
        } else {
            for a in assessments {
                let stale = a.sources.filter { $0.state != .fresh }.map(\.id).sorted()
                print("\(a.team): \(a.level.rawValue)\(a.complete ? "" : " — incomplete")\(a.outcome.map { " (\($0))" } ?? ""), \(a.findings.count) findings, \(a.needsReview.count) to review\(stale.isEmpty ? "" : ", stale: \(stale.joined(separator: ", "))")")
            }
        }
        // As for run: an incomplete assessment or a stale source is exit 3.
        if assessments.contains(where: { !$0.complete }) || result.sources.contains(where: { $0.state != .fresh }) { throw ExitCode(3) }
    }
}
