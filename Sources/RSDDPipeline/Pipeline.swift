import Foundation
import RSDDAssess
import RSDDCore
import RSDDFetch
import RSDDParse
import RSDDReport
import RSDDStore

/// What `rsdd run` is asked to do.
public struct RunOptions: Sendable {
    public var workspace: Workspace
    /// The date windows are measured to.
    public var asOf: Day
    /// The time of the run, for retrieval times and refresh intervals.
    public var now: Date
    public var offline: Bool
    public var force: Bool
    public var policy: String
    /// Wait for another process's lock on the workspace instead of giving up at once.
    public var wait: Bool = false

    public init(workspace: Workspace, asOf: Day, now: Date, offline: Bool = false, force: Bool = false, policy: String = "mext") {
        self.workspace = workspace
        self.asOf = asOf
        self.now = now
        self.offline = offline
        self.force = force
        self.policy = policy
    }
}

/// What a run did.
public struct RunOutcome: Sendable {
    public var run: RunInfo
    public var sources: [SourceStatus]
    public var assessments: [Assessment]
    /// Files written under `reports/`, relative to it.
    public var written: [String]
    /// What changed since the reports this run replaced.
    public var changes: RunChanges
    /// Problems that did not stop the run (a source that could not be parsed), one line each.
    public var warnings: [String]

    /// True when every source was fresh.
    public var allFresh: Bool { sources.allSatisfy { $0.state == .fresh } }
}

/// All stages together: fetch, parse, match, assess, report.
public enum Pipeline {
    /// Runs the pipeline on a workspace. Configuration problems throw `ConfigError` before
    /// anything is written.
    /// What assessing a workspace gives, before anything is written.
    public struct Assessed: Sendable {
        public var run: RunInfo
        public var sources: [SourceStatus]
        public var assessments: [Assessment]
        public var warnings: [String]
        public var profile: String
    }

    /// The stage on its own: assesses every team from the stored snapshots (no request is made
    /// when `o.offline`) and writes nothing but the fetch state.
    public static func assess(_ o: RunOptions, progress: (FetchProgress) -> Void = { _ in }) throws -> Assessed {
        let lock = try WorkspaceLock(workspace: o.workspace, wait: o.wait)
        defer { withExtendedLifetime(lock) {} }
        return try assessLocked(o, progress: progress).0
    }

    public static func run(_ o: RunOptions, progress: (FetchProgress) -> Void = { _ in }) throws -> RunOutcome {
        let lock = try WorkspaceLock(workspace: o.workspace, wait: o.wait)
        defer { withExtendedLifetime(lock) {} }
        let (a, state) = try assessLocked(o, progress: progress)
        let ws = o.workspace
        let run = a.run
        let assessments = a.assessments
        let statuses = a.sources
        let warnings = a.warnings
        // The history is written once the reports are staged and before they are swapped in: when
        // it cannot be written (a read-only or full disk), the previous reports stay in place, as
        // the error says. A run killed between the two has a history row and the previous reports.
        let written = try ReportWriter(workspace: ws).write(assessments.map { TeamReport(run: run, assessment: $0) },
                                                            sources: statuses, run: run) {
            try state.recordRun(id: run.id, asOf: run.asOf.description, started: Files.timestamp(o.now),
                                finished: Files.timestamp(Date()), profile: a.profile,
                                assessments: try assessments.map { a in
                                    (team: a.team, level: a.level.rawValue,
                                     json: String(decoding: try Files.jsonEncoder(pretty: false).encode(a), as: UTF8.self),
                                     findings: try a.findings.map { f in
                                         (level: f.level.rawValue, undisclosed: f.undisclosed,
                                          json: String(decoding: try Files.jsonEncoder(pretty: false).encode(f), as: UTF8.self))
                                     })
                                })
        }
        return RunOutcome(run: run, sources: statuses, assessments: assessments, written: written.files,
                          changes: written.changes, warnings: warnings)
    }

    private static func assessLocked(_ o: RunOptions, progress: (FetchProgress) -> Void) throws -> (Assessed, StateStore) {
        let ws = o.workspace
        let sources = try ws.loadSources()
        let teams = try ws.loadTeams()
        let settings = try ws.loadSettings()
        let profile = try PolicyProfile.load(id: o.policy, workspace: ws)

        let orcids = Array(Set(teams.flatMap { $0.members.compactMap(\.orcid) })).sorted()
        let fetcher = try Fetcher(workspace: ws, now: o.now, offline: o.offline, force: o.force, settings: settings)
        let statuses = try fetcher.fetch(sources, orcids: orcids, progress: progress)
        let state = try fetcher.state.snapshotEntries()

        var warnings: [String] = []
        var limits: [String] = []
        var records: [Record] = []
        var provenance: [String: Provenance] = [:]
        var publicTies: [String: [(PublicTie, Provenance)]] = [:]
        var inputs: [String] = ["as-of \(o.asOf)", "profile \(profile.id) \(Files.sha256(try Files.jsonEncoder(pretty: false).encode(profile)))"]

        for s in sources {
            let status = statuses.first { $0.id == s.id }
            if let st = status, st.state == .stale {
                limits.append("Source \(s.id) is stale since \(st.lastSuccess ?? "an unknown time")\(st.error.map { " (last error: \($0))" } ?? ""): its last good snapshot, retrieved \(st.retrieved ?? "at an unknown time"), was used.")
            }
            if s.isPerMember {
                guard s.format == .orcid else {
                    warnings.append("sources.d/\(s.id).yml: per-member sources of format \(s.format.rawValue) are not read yet")
                    continue
                }
                for orcid in orcids {
                    guard let snap = fetcher.store.snapshot(of: s, orcid: orcid, entries: state) else { continue }
                    inputs.append("\(s.id)/\(orcid) \(snap.provenance.sha256)")
                    do {
                        let ties = try ORCIDReader(source: s.id).read(try Data(contentsOf: snap.file), file: snap.provenance.url, orcid: orcid)
                        publicTies[orcid, default: []] += ties.map { ($0, snap.provenance) }
                    } catch let e as ParseError {
                        warnings.append(e.description)
                    }
                }
                continue
            }
            guard let snap = fetcher.store.snapshot(of: s, entries: state) else {
                limits.append("Source \(s.id) has no snapshot (\(status?.error ?? "never fetched")): no check against it could be made.")
                continue
            }
            inputs.append("\(s.id) \(snap.provenance.sha256)")
            do {
                let extractor = try RecordExtractor(source: s)
                // A source that fails half-way contributes nothing, not half a list.
                var mine: [Record] = []
                let problems = try extractor.read(contentsOf: snap.file, file: snap.provenance.url) { mine.append($0) }
                records += mine
                warnings += problems.map(\.description)
                provenance[s.id] = snap.provenance
            } catch let e as ParseError {
                warnings.append(e.description)
                limits.append("Source \(s.id) could not be parsed (\(e.message)): no check against it could be made.")
            }
        }

        for t in teams { inputs.append("team \(String(decoding: try Files.jsonEncoder(pretty: false).encode(t), as: UTF8.self))") }
        let run = RunInfo(id: String(Files.sha256(Data(inputs.sorted().joined(separator: "\n").utf8)).prefix(12)), asOf: o.asOf)
        let assessor = Assessor(profile: profile, lists: ListIndex(records: records, provenance: provenance), asOf: o.asOf)
        let assessments = teams.map { t in
            assessor.assess(TeamFacts(team: t, publicTies: publicTies.filter { k, _ in t.members.contains { $0.orcid == k } }),
                            sources: statuses, limits: limits)
        }
        return (Assessed(run: run, sources: statuses, assessments: assessments, warnings: warnings, profile: profile.id), fetcher.state)
    }
}
