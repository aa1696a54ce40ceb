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
                                                            regrouped: a.regrouped, keep: a.keep) { staged in
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
        var outcome = RunOutcome(run: run, sources: statuses, assessments: assessments, written: written.files,
                                 changes: written.changes, warnings: warnings)
        outcome.rewritten = written.rewritten
        return outcome
    }
}
