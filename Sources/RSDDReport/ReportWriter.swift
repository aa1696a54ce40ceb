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
        /// How many teams' reports were rendered anew (the others' files were kept as they were).
        public var rewritten: Int = 0
    }

    /// Writes the reports and `changes.md`/`changes.json` (against the reports they replace), and
    /// archives the replaced reports under `.rsdd/runs/<their run id>/`. `beforeSwap` runs once
    /// everything is staged and before it replaces the reports: when it throws, the previous
    /// reports stay exactly as they were.
    ///
    /// A night costs what changed: a team whose report is byte for byte the one it replaces (by
    /// the digest `index.json` keeps of each) is not rendered again; its files are hard links to
    /// the previous ones, which the archive then shares. Only the reports of changed teams are
    /// read back for the changes. `keep`: earlier runs older than this before the as-of date are
    /// removed from `.rsdd/runs/` (never the run just replaced); nil keeps them all.
    /// `entityChanges` (organisations that merged or split) are named once; `regrouped`, the
    /// records of those organisations, are then not a change of each finding that lists them.
    /// What `beforeSwap` is given: each team's report digest, and its JSON as staged.
    public struct Staging: Sendable {
        public var folder: URL
        public var digests: [String: String]

        /// The staged JSON report of `team`.
        public func json(_ team: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent("\(team).json")) }
    }

    @discardableResult
    public func write(_ reports: [TeamReport], sources: [SourceStatus], run: RunInfo, entityChanges: [String] = [],
                      regrouped: Set<String> = [], keep: Span? = nil, inputs: String? = nil, warnings: [String] = [], runDays: [String: Day] = [:], beforeSwap: (Staging) throws -> Void = { _ in }) throws -> Written {
        let fm = FileManager.default
        try recoverInterruptedSwap()
        let reportsDir = workspace.reportsDir
        let previousIndex: RunIndex? = (try? Data(contentsOf: reportsDir.appendingPathComponent("index.json")))
            .flatMap { try? JSONDecoder().decode(RunIndex.self, from: $0) }
        let previousDigest = Dictionary((previousIndex?.teams ?? []).compactMap { t in t.digest.map { (t.team, $0) } }, uniquingKeysWith: { a, _ in a })
        let staging = workspace.stateDir.appendingPathComponent("staging-reports")
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)

        // Each team on every core: its JSON, then either links to the unchanged previous files or
        // the three files rendered anew.
        struct Staged: Sendable { var team: String; var digest: String; var changed: Bool; var error: String?; var asOf: Day? = nil }
        let previousAsOf = Dictionary((previousIndex?.teams ?? []).map { ($0.team, $0.reportAsOf ?? previousIndex!.run.asOf) }, uniquingKeysWith: { a, _ in a })
        let sorted = reports.sorted { $0.assessment.team < $1.assessment.team }
        let renderer = self.renderer
        let staged = Workspace.parallelMap(sorted, minimum: 8) { r -> Staged in
            let team = r.assessment.team
            do {
                let json = try renderer.json(r)
                let digest = Files.sha256(json)
                let names = ["\(team).json", "\(team).md", "\(team).svg"]
                // Kept only when the file there is still the one the index names (not edited or damaged).
                // A report whose content is the previous one's but for the as-of date is kept as it is,
                // dated when it was written: a night with nothing new for a team costs nothing.
                var kept: (digest: String, asOf: Day)? = previousDigest[team] == digest ? (digest, run.asOf) : nil
                if kept == nil, let old = previousDigest[team], let day = previousAsOf[team], day != run.asOf {
                    var earlier = r
                    earlier.run.asOf = day
                    earlier.assessment.asOf = day
                    if Files.sha256(try renderer.json(earlier)) == old { kept = (old, day) }
                }
                if let kept,
                   (try? Data(contentsOf: reportsDir.appendingPathComponent(names[0]))).map(Files.sha256) == kept.digest,
                   (try? names.forEach { try fm.linkItem(at: reportsDir.appendingPathComponent($0), to: staging.appendingPathComponent($0)) }) != nil {
                    return Staged(team: team, digest: kept.digest, changed: false, asOf: kept.asOf)
                }
                for n in names { try? fm.removeItem(at: staging.appendingPathComponent(n)) }
                try Files.writeUnsynced(json, to: staging.appendingPathComponent(names[0]))
                try Files.writeUnsynced(Data(renderer.markdown(r).utf8), to: staging.appendingPathComponent(names[1]))
                try Files.writeUnsynced(Data(TieGraph().svg(r.assessment).utf8), to: staging.appendingPathComponent(names[2]))
                return Staged(team: team, digest: digest, changed: true)
            } catch {
                return Staged(team: team, digest: "", changed: true, error: "\(error)")
            }
        }
        if let bad = staged.first(where: { $0.error != nil }) {
            try? fm.removeItem(at: staging)
            throw ReportError(file: workspace.display(staging.appendingPathComponent(bad.team)), message: "could not be written (\(bad.error!))")
        }

        // The changes, from the teams that changed (and those that are gone): an unchanged team's
        // report is the same bytes, so it has no change to tell.
        let changedTeams = Set(staged.filter(\.changed).map(\.team))
        let gone = Set(previousIndex?.teams.map(\.team) ?? []).subtracting(sorted.map(\.assessment.team))
        var oldTeams: [String: TeamReport] = [:]
        if previousIndex != nil {
            let decoder = JSONDecoder()
            let toRead = changedTeams.union(gone).sorted()
            let read = Workspace.parallelMap(toRead, minimum: 8) { team in
                (try? Data(contentsOf: reportsDir.appendingPathComponent("\(team).json"))).flatMap { try? decoder.decode(TeamReport.self, from: $0) }
            }
            for (team, r) in zip(toRead, read) { if let r { oldTeams[team] = r } }
        }
        let newTeams = Dictionary(sorted.filter { changedTeams.contains($0.assessment.team) }.map { ($0.assessment.team, $0) }, uniquingKeysWith: { a, _ in a })
        var changes = ReportDiff.compare(ReportSet(run: previousIndex?.run.id, teams: oldTeams, sources: previousIndex?.sources ?? []),
                                         ReportSet(run: run.id, teams: newTeams, sources: sources))
        if previousIndex == nil { changes.from = nil }
        changes.entities = entityChanges
        if !regrouped.isEmpty {
            changes.evidence = changes.evidence.compactMap { x in
                var x = x
                x.changes.removeAll { c in
                    (c.kind == .listingAdded || c.kind == .listingRemoved) && c.subject.map(regrouped.contains) == true
                }
                return x.changes.isEmpty ? nil : x
            }
        }
        var written: [String] = sorted.flatMap { r in ["\(r.assessment.team).json", "\(r.assessment.team).md", "\(r.assessment.team).svg"] }
        let digests = Dictionary(staged.map { ($0.team, $0.digest) }, uniquingKeysWith: { a, _ in a })
        let reportDays = Dictionary(staged.compactMap { s in s.asOf.map { (s.team, $0) } }, uniquingKeysWith: { a, _ in a })
        let previousLevels = Dictionary((previousIndex?.teams ?? []).map { ($0.team, $0.level) }, uniquingKeysWith: { a, _ in a })
        var index = RunIndex(run: run, previousRun: previousIndex?.run.id, teams: sorted.map { r in
            let before = previousLevels[r.assessment.team]
            var t = RunIndex.Team(team: r.assessment.team, title: r.assessment.title, level: r.assessment.level,
                                  complete: r.assessment.complete, findings: r.assessment.findings.count, previousLevel: before,
                                  open: ReviewQueue.open([r.assessment]).count, decided: r.assessment.decidedCount,
                                  change: previousIndex == nil ? "first run" : before == nil ? "new team"
                                      : before! < r.assessment.level ? "up" : before! > r.assessment.level ? "down" : "same")
            t.digest = digests[r.assessment.team]
            t.reportAsOf = reportDays[r.assessment.team] ?? run.asOf
            return t
        }, sources: sources.sorted { $0.id < $1.id })
        index.inputs = inputs
        index.warnings = warnings.isEmpty ? nil : warnings
        try (Files.jsonEncoder().encode(index) + Data("\n".utf8)).write(to: staging.appendingPathComponent("index.json"))
        try Data(indexMarkdown(index).utf8).write(to: staging.appendingPathComponent("index.md"))
        try Data(ReportDiff.markdown(changes).utf8).write(to: staging.appendingPathComponent("changes.md"))
        try (Files.jsonEncoder().encode(changes) + Data("\n".utf8)).write(to: staging.appendingPathComponent("changes.json"))
        written += ["changes.json", "changes.md", "index.json", "index.md"]
        // Every staged file on disk before the swap: a power cut after it finds whole files.
        Files.syncFileSystem(of: staging)
        do {
            try beforeSwap(Staging(folder: staging, digests: digests))
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        try swapIn(staging)
        if let keep { prune(keep: keep, asOf: run.asOf, protecting: [previousIndex?.run.id].compactMap { $0 }, runDays: runDays) }
        return Written(files: written.sorted(), changes: changes, rewritten: changedTeams.count)
    }

    /// Removes from `.rsdd/runs/` the runs whose as-of date is more than `keep` before `asOf`,
    /// except those in `protecting` (the run the current reports replaced and cite). A folder
    /// whose index cannot be read is left alone.
    /// `runDays`: the as-of date of runs the history knows, so that their indexes (megabytes for
    /// thousands of teams) need not be read.
    func prune(keep: Span, asOf: Day, protecting: [String], runDays: [String: Day] = [:]) {
        let fm = FileManager.default
        let oldest = keep.before(asOf)
        struct Dated: Decodable { var run: RunInfo }
        for id in (try? fm.contentsOfDirectory(atPath: runsDir.path)) ?? [] where RunInfo.isValidID(id) && !protecting.contains(id) {
            let dir = runsDir.appendingPathComponent(id)
            guard let day = runDays[id] ?? (try? Data(contentsOf: dir.appendingPathComponent("index.json")))
                    .flatMap({ try? JSONDecoder().decode(Dated.self, from: $0) })?.run.asOf,
                  day < oldest else { continue }
            try? fm.removeItem(at: dir)
        }
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
            "# Teams",
            "",
        ]
        L += Markdown.table(["Team", "Project", "Level", "Since the previous run", "Findings", "Open", "Decided", "Report"], index.teams.map {
            let change = $0.change == "up" || $0.change == "down" ? "\($0.change): \($0.previousLevel?.rawValue ?? "?") → \($0.level.rawValue)" : $0.change
            return [e($0.team), e($0.title), $0.level.rawValue + ($0.complete ? "" : " — incomplete"), change, String($0.findings),
                    String($0.open), String($0.decided),
                    "[\(e($0.team))](\($0.team).md)" + ($0.reportAsOf.map { d in d == index.run.asOf ? "" : " (unchanged since \(d))" } ?? "")]
        })
        L += ["", "A report unchanged since an earlier run but for its date is kept as it was written, with that run's as-of date."]
        L += ["", "Open: findings without a decision in force, items to review and orphaned decisions (`rsdd review` lists them). Decided: decisions in force."]
        L += ["", "What changed since the previous run: [changes](changes.md)."]
        L += ["", "# Sources", ""]
        L += Markdown.table(["Source", "Title", "State", "Data retrieved", "Snapshot", "Last success if not fresh", "Last error"], index.sources.map {
            [e($0.id), e($0.title), $0.state.rawValue, $0.retrieved ?? "—",
             $0.sha256.map { "`\($0.prefix(12))`" } ?? $0.snapshots.map { "\($0) record\($0 == 1 ? "" : "s")" } ?? "—",
             $0.state == .fresh ? "—" : ($0.lastSuccess ?? "never"), e($0.error ?? "—")]
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
        /// The SHA-256 of the team's JSON report: a team whose report has the same digest next
        /// time is not written again.
        public var digest: String?
        /// The as-of date of the team's report: the run's, or the earlier one of a report kept as it
        /// was because nothing in it changed but the date.
        public var reportAsOf: Day?

        enum CodingKeys: String, CodingKey {
            case team, title, level, complete, findings, previousLevel = "previous_level", change, open, decided, digest
            case reportAsOf = "report_as_of"
        }

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
            digest = try c.decodeIfPresent(String.self, forKey: .digest)
            reportAsOf = try c.decodeIfPresent(Day.self, forKey: .reportAsOf)
        }
    }

    public var schema = "rsdd-index/1"
    public var run: RunInfo
    /// The run id of the reports this run replaced.
    public var previousRun: String?
    public var teams: [Team]
    public var sources: [SourceStatus]
    /// The SHA-256 of everything these reports were made from (rsdd's build, the as-of date, the
    /// profile, settings, sources, teams, decisions, the snapshots and their freshness): a run
    /// whose inputs have the same digest keeps the reports as they are (`Pipeline.run`).
    public var inputs: String?
    /// Problems the run met that did not stop it, one line each: told again by a run that keeps
    /// these reports.
    public var warnings: [String]?

    enum CodingKeys: String, CodingKey { case schema, run, previousRun = "previous_run", teams, sources, inputs, warnings }
}
