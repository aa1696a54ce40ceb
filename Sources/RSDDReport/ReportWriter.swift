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

    /// What a write did: the files (relative to the reports folder, sorted) and the changes
    /// since the reports it replaced.
    public struct Written: Sendable {
        public var files: [String]
        public var changes: RunChanges
    }

    /// Writes the reports and `changes.md`/`changes.json` (against the reports they replace), and
    /// archives the replaced reports under `.rsdd/runs/<their run id>/`. `beforeSwap` runs once
    /// everything is staged and before it replaces the reports: when it throws, the previous
    /// reports stay exactly as they were.
    @discardableResult
    /// `entityChanges` (organisations that merged or split) are named once; `regrouped`, the
    /// records of those organisations, are then not a change of each finding that lists them.
    public func write(_ reports: [TeamReport], sources: [SourceStatus], run: RunInfo, entityChanges: [String] = [],
                      regrouped: Set<String> = [], beforeSwap: () throws -> Void = {}) throws -> Written {
        let fm = FileManager.default
        try recoverInterruptedSwap()
        let previousSet: ReportSet? = fm.fileExists(atPath: workspace.reportsDir.appendingPathComponent("index.json").path)
            ? try? ReportSet.load(workspace.reportsDir) : nil
        let newSet = ReportSet(run: run.id, teams: Dictionary(reports.map { ($0.assessment.team, $0) }, uniquingKeysWith: { a, _ in a }),
                               sources: sources)
        var changes = ReportDiff.compare(previousSet ?? ReportSet(run: nil, teams: [:], sources: []), newSet)
        changes.entities = entityChanges
        if !regrouped.isEmpty {
            changes.evidence = changes.evidence.compactMap { x in
                var x = x
                x.changes.removeAll { c in
                    regrouped.contains { k in c.hasPrefix("now also listed in \(k) (") || c.hasPrefix("no longer listed in \(k) (") }
                }
                return x.changes.isEmpty ? nil : x
            }
        }
        let staging = workspace.stateDir.appendingPathComponent("staging-reports")
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        var written: [String] = []
        for r in reports.sorted(by: { $0.assessment.team < $1.assessment.team }) {
            let team = r.assessment.team
            try Data(renderer.markdown(r).utf8).write(to: staging.appendingPathComponent("\(team).md"))
            try renderer.json(r).write(to: staging.appendingPathComponent("\(team).json"))
            try Data(TieGraph().svg(r.assessment).utf8).write(to: staging.appendingPathComponent("\(team).svg"))
            written += ["\(team).json", "\(team).md", "\(team).svg"]
        }
        let index = RunIndex(run: run, previousRun: previousSet?.run, teams: reports.map { r in
            let before = previousSet?.teams[r.assessment.team]?.assessment.level
            return RunIndex.Team(team: r.assessment.team, title: r.assessment.title, level: r.assessment.level,
                                 complete: r.assessment.complete, findings: r.assessment.findings.count, previousLevel: before,
                                 open: ReviewQueue.open([r.assessment]).count, decided: r.assessment.decidedCount,
                                 change: previousSet == nil ? "first run" : before == nil ? "new team"
                                     : before! < r.assessment.level ? "up" : before! > r.assessment.level ? "down" : "same")
        }.sorted { $0.team < $1.team }, sources: sources.sorted { $0.id < $1.id })
        try (Files.jsonEncoder().encode(index) + Data("\n".utf8)).write(to: staging.appendingPathComponent("index.json"))
        try Data(indexMarkdown(index).utf8).write(to: staging.appendingPathComponent("index.md"))
        try Data(ReportDiff.markdown(changes).utf8).write(to: staging.appendingPathComponent("changes.md"))
        try (Files.jsonEncoder().encode(changes) + Data("\n".utf8)).write(to: staging.appendingPathComponent("changes.json"))
        written += ["changes.json", "changes.md", "index.json", "index.md"]
        do {
            try beforeSwap()
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        try swapIn(staging)
        return Written(files: written.sorted(), changes: changes)
    }

    /// `.rsdd/runs/`: the reports of earlier runs, one folder per run id.
    public var runsDir: URL { workspace.stateDir.appendingPathComponent("runs") }

    private var previous: URL { workspace.stateDir.appendingPathComponent("previous-reports") }

    /// Replaces the reports folder with `staging` by two renames; a run killed between them is
    /// repaired by `recoverInterruptedSwap` at the start of the next.
    private func swapIn(_ staging: URL) throws {
        let fm = FileManager.default
        let reports = workspace.reportsDir
        try? fm.removeItem(at: previous)
        if fm.fileExists(atPath: reports.path) {
            // One atomic exchange where the system has it: reports/ is never missing, even for a
            // moment; the replaced reports land in the staging folder's place.
            if Files.exchange(staging, reports) {
                try fm.moveItem(at: staging, to: previous)
                try archivePrevious()
                return
            }
            try fm.moveItem(at: reports, to: previous)
        }
        try fm.moveItem(at: staging, to: reports)
        try archivePrevious()
    }

    /// Moves the replaced reports to `.rsdd/runs/<run id>/` (or drops them when they carry no
    /// valid run id: nothing else under `.rsdd/runs/` is ever replaced).
    private func archivePrevious() throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: previous.path) else { return }
        let index = try? JSONDecoder().decode(RunIndex.self, from: Data(contentsOf: previous.appendingPathComponent("index.json")))
        guard let id = index?.run.id, RunInfo.isValidID(id) else {
            try? fm.removeItem(at: previous)
            return
        }
        try fm.createDirectory(at: runsDir, withIntermediateDirectories: true)
        let target = runsDir.appendingPathComponent(id)
        try? fm.removeItem(at: target)
        try fm.moveItem(at: previous, to: target)
    }

    /// Repairs what a run killed during a swap left: puts the previous reports back if it died
    /// between the two renames, and archives them if it died after.
    public func recoverInterruptedSwap() throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: workspace.reportsDir.path) && fm.fileExists(atPath: previous.path) {
            try fm.moveItem(at: previous, to: workspace.reportsDir)
        } else {
            try archivePrevious()
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
        L += Markdown.table(["Team", "Project", "Level", "Since the previous run", "Findings", "Open", "Decided", "Report"], index.teams.map {
            let change = $0.change == "up" || $0.change == "down" ? "\($0.change): \($0.previousLevel?.rawValue ?? "?") → \($0.level.rawValue)" : $0.change
            return [e($0.team), e($0.title), $0.level.rawValue + ($0.complete ? "" : " — incomplete"), change, String($0.findings),
                    String($0.open), String($0.decided), "[\(e($0.team)).md](\($0.team).md)"]
        })
        L += ["", "Open: findings without a decision in force, items to review and orphaned decisions (`rsdd review` lists them). Decided: decisions in force."]
        L += ["", "What changed since the previous run: [changes.md](changes.md)."]
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
        /// False when checks the level rests on could not be made (see the team's report).
        public var complete: Bool
        public var findings: Int
        /// The level in the reports this run replaced, if the team was there.
        public var previousLevel: Level?
        /// `first run`, `new team`, `same`, `up`, `down`.
        public var change: String
        /// Findings without a decision in force, items to review and orphaned decisions.
        public var open: Int
        /// Decisions in force.
        public var decided: Int

        enum CodingKeys: String, CodingKey { case team, title, level, complete, findings, previousLevel = "previous_level", change, open, decided }

        public init(team: String, title: String, level: Level, complete: Bool, findings: Int, previousLevel: Level?, open: Int = 0, decided: Int = 0,
                    change: String) {
            self.open = open
            self.decided = decided
            self.team = team
            self.title = title
            self.level = level
            self.complete = complete
            self.findings = findings
            self.previousLevel = previousLevel
            self.change = change
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            team = try c.decode(String.self, forKey: .team)
            title = try c.decode(String.self, forKey: .title)
            level = try c.decode(Level.self, forKey: .level)
            // Indexes written before rsdd knew incompleteness read as complete.
            complete = try c.decodeIfPresent(Bool.self, forKey: .complete) ?? true
            findings = try c.decode(Int.self, forKey: .findings)
            previousLevel = try c.decodeIfPresent(Level.self, forKey: .previousLevel)
            change = try c.decode(String.self, forKey: .change)
            open = try c.decodeIfPresent(Int.self, forKey: .open) ?? 0
            decided = try c.decodeIfPresent(Int.self, forKey: .decided) ?? 0
        }
    }

    public var schema = "rsdd-index/1"
    public var run: RunInfo
    /// The run id of the reports this run replaced.
    public var previousRun: String?
    public var teams: [Team]
    public var sources: [SourceStatus]

    enum CodingKeys: String, CodingKey { case schema, run, previousRun = "previous_run", teams, sources }
}
