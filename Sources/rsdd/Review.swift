import ArgumentParser
import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the open work: findings without a decision, items to review, decisions re-opened, expired or orphaned.",
        discussion: """
        Assesses the teams from the stored snapshots (no network request) with the decisions as they \
        are now in decisions/, and prints one line per open item: team, key, kind, level, what it is \
        about. Record a decision with `rsdd decide TEAM KEY …`.
        """)

    @OptionGroup var workspace: WorkspaceOption

    @Option(help: ArgumentHelp("Only this team.", valueName: "ID"))
    var team: String?

    @Flag(help: "Print the queue as JSON.")
    var json = false

    @Option(help: ArgumentHelp("The date the teams are assessed on (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: ArgumentHelp("The policy profile the reports use.", valueName: "ID"))
    var policy = "mext"

    @Flag(help: "When another rsdd process is working on the workspace, wait for it instead of exiting.")
    var wait = false

    func run() throws {
        let now = Date()
        var options = RunOptions(workspace: workspace.workspace, asOf: try asOfDay(asOf, now: now), now: now, offline: true, policy: policy)
        options.wait = wait
        options.teams = team.map { [$0] }
        let items: [OpenItem]
        do {
            items = try Pipeline.openWork(options)
        } catch {
            throw exitError(error, stopped: "review failed")
        }
        if json {
            FileHandle.standardOutput.write(try Files.jsonEncoder().encode(items) + Data("\n".utf8))
            return
        }
        if items.isEmpty {
            print("No open work\(team.map { " for team \($0)" } ?? ""): every finding and item to review has a decision in force.")
            return
        }
        for i in items {
            print([i.team, i.key, i.kind.rawValue, i.level?.rawValue ?? "-", Text.printable(i.subject, limit: 200) + (i.why.map { " — \($0)" } ?? "")]
                .joined(separator: "\t"))
        }
    }
}
