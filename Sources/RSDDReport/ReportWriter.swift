import Foundation
import RSDDCore

/// Writes a run's reports: `<team>.md`, `<team>.json`, `index.md`, `index.json`. Everything is
/// written to a staging folder first and swapped in whole, so a killed run leaves the previous
/// complete reports in place.
public struct ReportWriter: Sendable {
    public let workspace: Workspace
    let renderer = TeamReportRenderer()

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The paths written, relative to the reports folder, sorted.
    @discardableResult
    public func write(_ reports: [TeamReport], sources: [SourceStatus], run: RunInfo) throws -> [String] {
        let fm = FileManager.default
        try recoverInterruptedSwap()
        let staging = workspace.stateDir.appendingPathComponent("staging-reports")
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        var written: [String] = []
        for r in reports.sorted(by: { $0.assessment.team < $1.assessment.team }) {
            let team = r.assessment.team
            try Data(renderer.markdown(r).utf8).write(to: staging.appendingPathComponent("\(team).md"))
            try renderer.json(r).write(to: staging.appendingPathComponent("\(team).json"))
            written += ["\(team).json", "\(team).md"]
        }
        let index = RunIndex(run: run, teams: reports.map {
            RunIndex.Team(team: $0.assessment.team, title: $0.assessment.title, level: $0.assessment.level,
                          findings: $0.assessment.findings.count)
        }.sorted { $0.team < $1.team }, sources: sources.sorted { $0.id < $1.id })
        try (Files.jsonEncoder().encode(index) + Data("\n".utf8)).write(to: staging.appendingPathComponent("index.json"))
        try Data(indexMarkdown(index).utf8).write(to: staging.appendingPathComponent("index.md"))
        written += ["index.json", "index.md"]
        try swapIn(staging)
        return written.sorted()
    }

    private var previous: URL { workspace.stateDir.appendingPathComponent("previous-reports") }

    /// Replaces the reports folder with `staging` by two renames; a run killed between them is
    /// repaired by `recoverInterruptedSwap` at the start of the next.
    private func swapIn(_ staging: URL) throws {
        let fm = FileManager.default
        let reports = workspace.reportsDir
        try? fm.removeItem(at: previous)
        if fm.fileExists(atPath: reports.path) {
            try fm.moveItem(at: reports, to: previous)
        }
        try fm.moveItem(at: staging, to: reports)
        try? fm.removeItem(at: previous)
    }

    /// Puts the previous reports back if a run died between the two renames of a swap.
    public func recoverInterruptedSwap() throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: workspace.reportsDir.path) && fm.fileExists(atPath: previous.path) {
            try fm.moveItem(at: previous, to: workspace.reportsDir)
        }
    }

    func indexMarkdown(_ index: RunIndex) -> String {
        let e = Markdown.escape
        var L = [
            "---",
            "title: \(Markdown.yamlQuoted("Research-security reports, as of \(index.run.asOf)"))",
            "run: \(Markdown.yamlQuoted(index.run.id))",
            "rsdd-version: \(Markdown.yamlQuoted(index.run.rsddVersion))",
            "---",
            "",
            "# Teams {#teams}",
            "",
        ]
        L += Markdown.table(["Team", "Project", "Level", "Findings", "Report"], index.teams.map {
            [e($0.team), e($0.title), $0.level.rawValue, String($0.findings), "[\(e($0.team)).md](\($0.team).md)"]
        })
        L += ["", "# Sources {#sources}", ""]
        L += Markdown.table(["Source", "State", "Data retrieved", "Last success if not fresh", "Last error"], index.sources.map {
            [e($0.id), $0.state.rawValue, $0.retrieved ?? "—", $0.state == .fresh ? "—" : ($0.lastSuccess ?? "never"), e($0.error ?? "—")]
        })
        return L.joined(separator: "\n") + "\n"
    }
}

/// `index.json`: every team's level and the run's source freshness.
public struct RunIndex: Sendable, Hashable, Codable {
    public struct Team: Sendable, Hashable, Codable {
        public var team: String
        public var title: String
        public var level: Level
        public var findings: Int
    }

    public var schema = "rsdd-index/1"
    public var run: RunInfo
    public var teams: [Team]
    public var sources: [SourceStatus]
}
