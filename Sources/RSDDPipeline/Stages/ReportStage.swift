import Foundation
import RSDDCore
import RSDDReport
import RSDDStore

/// Report: the run's id, the team reports (only the changed ones written anew), `index.*` and
/// `changes.*` staged and swapped in whole, with the run's history written between the two.
public enum ReportStage {
    public static func report(_ a: Pipeline.Assessed, _ o: RunOptions) throws -> RunOutcome {
        guard let state = a.state else { throw ConfigError(file: ".rsdd/state.sqlite", message: "the assessment holds no state database to record the run in") }
        let clock = PhaseClock()
        defer { clock.lap("reports") }
        let ws = o.workspace
        // Run ids are unique per run: the history (`run` rows, `.rsdd/runs/<id>/`) never holds two
        // runs under one id, nor is an archived run's folder replaced.
        let (_, run) = try a.runInfo(isTaken: { id in
            try state.hasRun(id: id) || FileManager.default.fileExists(atPath: ws.stateDir.appendingPathComponent("runs/\(id)").path)
        })
        clock.lap("run id")
        let assessments = a.assessments
        let statuses = a.sources
        let warnings = a.warnings
        // The history is written once the reports are staged and before they are swapped in: when
        // it cannot be written (a read-only or full disk), the previous reports stay in place, as
        // the error says. A run killed between the two has a history row and the previous reports.
        let written = try ReportWriter(workspace: ws).write(assessments.map { TeamReport(run: run, assessment: $0) },
                                                            sources: statuses, run: run, entityChanges: a.entityChanges,
                                                            regrouped: a.regrouped, keep: a.keep,
                                                            inputs: a.inputsDigest.all, warnings: warnings,
                                                            runDays: runDays(state)) { staged in
            clock.lap("reports staged")
            defer { clock.lap("history") }
            try state.recordRun(id: run.id, asOf: run.asOf.description, started: Files.timestamp(o.now),
                                finished: Files.timestamp(Date()), profile: a.profile,
                                assessments: assessments.map { a in
                                    (team: a.team, level: a.level.rawValue, digest: staged.digests[a.team] ?? "",
                                     findings: a.findings.map { f in
                                         (level: f.level.rawValue, undisclosed: f.undisclosed, entity: f.listings.compactMap(\.entity).first, key: f.key)
                                     })
                                },
                                report: staged.json, entities: a.entityOf)
        }
        // The history in the state database keeps what `.rsdd/runs/` keeps (`keep` of rsdd.yml).
        // (After the swap: a prune that fails costs nothing now and is made by a later full run.)
        try? state.pruneRuns(before: a.keep.before(run.asOf).description, attemptsBefore: a.keep.before(Day(o.now)).description,
                             protecting: Set([run.id] + [written.changes.from].compactMap { $0 }))
        var outcome = RunOutcome(run: run, sources: statuses, assessments: assessments, written: written.files,
                                 changes: written.changes, warnings: warnings)
        outcome.rewritten = written.rewritten
        return outcome
    }

    /// The outcome of a run whose inputs have the digest the current reports were made from
    /// (`index.json`'s `inputs`), when every team's reports are there as the index lists them (the
    /// JSON by its digest): nothing is written. Nil otherwise, and the run goes on.
    static func keep(_ ws: Workspace, inputs digest: String, warnings: [String]) -> RunOutcome? {
        let reports = ws.reportsDir
        guard let data = try? Data(contentsOf: reports.appendingPathComponent("index.json")),
              let index = try? JSONDecoder().decode(RunIndex.self, from: data), index.inputs == digest,
              RunInfo.isValidID(index.run.id) else { return nil }
        let fm = FileManager.default
        let whole = ["index.md", "changes.md", "changes.json"].allSatisfy { fm.fileExists(atPath: reports.appendingPathComponent($0).path) }
        let intact = Workspace.parallelMap(index.teams, minimum: 64) { t -> Bool in
            guard let digest = t.digest, let json = try? Data(contentsOf: reports.appendingPathComponent("\(t.team).json")),
                  Files.sha256(json) == digest else { return false }
            return fm.fileExists(atPath: reports.appendingPathComponent("\(t.team).md").path)
                && fm.fileExists(atPath: reports.appendingPathComponent("\(t.team).svg").path)
        }
        guard whole, !intact.contains(false) else { return nil }
        var outcome = RunOutcome(run: index.run, sources: index.sources, assessments: [], written: [],
                                 changes: RunChanges(from: index.run.id, to: index.run.id, teams: [], completeness: [], newFindings: [],
                                                     resolvedFindings: [], evidence: [], sources: []),
                                 warnings: warnings + (index.warnings ?? []).filter { !warnings.contains($0) })
        outcome.kept = index
        return outcome
    }

    /// The as-of date of every run in the history, by id (the latest row of an id).
    static func runDays(_ state: StateStore) -> [String: Day] {
        Dictionary(((try? state.runs()) ?? []).compactMap { r in Day(iso: r.asOf).map { (r.id, $0) } }, uniquingKeysWith: { _, b in b })
    }
}
