import Foundation
import RSDDAssess
import RSDDCore
import RSDDFetch
import RSDDParse
import RSDDReport
import RSDDResolve
import RSDDStore

/// What `rsdd run` is asked to do.
public struct RunOptions: Sendable {
    public var workspace: Workspace
    /// The date windows are measured to.
    public var asOf: Day
    /// The time of the run, for retrieval times and refresh intervals.
    public var now: Date
    public var offline: Bool
    /// Fetch every source now, and write the reports even when no input changed.
    public var force: Bool
    /// Write the reports even when every input is what the current reports were made from
    /// (`force` implies it, without fetching everything again).
    public var rewrite: Bool
    public var policy: String
    /// Wait for another process's lock on the workspace instead of giving up at once.
    public var wait: Bool = false
    /// Keep the run's index of listed and registry records until the process ends instead of
    /// freeing it: freeing 100,000 registry organisations' prepared names took two seconds, and a
    /// command-line run ends right after. Library callers leave it off.
    public var keepIndexUntilExit: Bool = false
    /// Where `${NAME}` in a source's URL is read from (an API key, an application id).
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// Only these teams are assessed (`rsdd decide`, `rsdd review --team`); nil: every team.
    public var teams: Set<String>?
    /// Told when each stage after the fetch starts, in words (`assessing 10000 teams`), for a
    /// progress line on a terminal.
    public var stage: @Sendable (String) -> Void = { _ in }

    public init(workspace: Workspace, asOf: Day, now: Date, offline: Bool = false, force: Bool = false, policy: String = "mext",
                rewrite: Bool = false) {
        self.rewrite = rewrite
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
    /// How many teams' reports were written anew; the others were unchanged and kept.
    public var rewritten: Int = 0

    /// Set when the run's inputs were those of the current reports, which it kept as they are:
    /// their index (the run that wrote them, its levels and counts). `assessments` is then empty.
    public var kept: RunIndex?

    /// True when every source was fresh.
    public var allFresh: Bool { sources.allSatisfy { $0.state == .fresh } }
    /// The teams assessed without a check their level rests on.
    public var incompleteTeams: [String] { tally.incomplete }

    /// What the summary line counts, from the assessments or from the kept reports' index.
    public struct Tally: Sendable {
        public var teams = 0
        public var levels: [Level: Int] = [:]
        public var findings = 0
        public var incomplete: [String] = []
        /// Findings without a decision in force, items to review and orphaned decisions.
        public var open = 0
    }

    public var tally: Tally {
        var t = Tally()
        if let kept {
            t.teams = kept.teams.count
            for team in kept.teams {
                t.levels[team.level, default: 0] += 1
                t.findings += team.findings
                t.open += team.open
                if !team.complete { t.incomplete.append(team.team) }
            }
        } else {
            t.teams = assessments.count
            for a in assessments {
                t.levels[a.level, default: 0] += 1
                t.findings += a.findings.count
                if !a.complete { t.incomplete.append(a.team) }
            }
            t.open = ReviewQueue.open(assessments).count
        }
        t.incomplete.sort()
        return t
    }
    /// True when every source was fresh and every team's assessment complete: exit code 0.
    public var allGood: Bool { allFresh && incompleteTeams.isEmpty }
}

/// All stages together: fetch, parse, match, assess, report.
public enum Pipeline {
    /// Runs the pipeline on a workspace. Configuration problems throw `ConfigError` before
    /// anything is written.
    /// What assessing a workspace gives, before anything is written.
    public struct Assessed: Sendable {
        /// See `Pipeline.inputsDigest`: the run's id derives from its `content`; `index.json` keeps `all`.
        var inputsDigest: InputsDigest
        var asOf: Day
        public var sources: [SourceStatus]
        public var assessments: [Assessment]
        public var warnings: [String]
        public var profile: String
        /// Listed record key → entity id in this run.
        public var entityOf: [String: String] = [:]
        /// Entities that merged, split or were renamed since the previous run, one line each.
        public var entityChanges: [String] = []
        /// The listed records of those entities.
        public var regrouped: Set<String> = []
        /// How long earlier runs' reports are kept (`keep:` in `rsdd.yml`).
        public var keep: Span = Settings.defaultKeep
        /// The workspace's state database, where the report stage writes the run's history.
        var state: StateStore?

        /// The run's ids. `reports`: the digest of every input (`Pipeline.inputsDigest`). `run`: this run's
        /// own id, for the index, `changes`, the `run` table and `.rsdd/runs/<id>/`: the same hash
        /// while no earlier run has it (`isTaken`), else hashed again with a counter (`run 1`,
        /// `run 2`, …), so the history never holds two runs under one id. Team reports carry
        /// neither (an unchanged team's report stays as it is). Only a run that writes needs them.
        public func runInfo(isTaken: (String) throws -> Bool = { _ in false }) throws -> (reports: RunInfo, run: RunInfo) {
            let base = "inputs \(inputsDigest.content)"
            let reports = RunInfo(id: String(Files.sha256(Data(base.utf8)).prefix(12)), asOf: asOf)
            var n = 0
            while true {
                let id = n == 0 ? reports.id : String(Files.sha256(Data((base + "\nrun \(n)").utf8)).prefix(12))
                if try !isTaken(id) { return (reports, RunInfo(id: id, asOf: asOf)) }
                n += 1
            }
        }
    }

    /// The stage on its own: assesses every team from the stored snapshots (no request is made
    /// when `o.offline`) and writes nothing but the fetch state and which snapshot each cited record was
    /// first read from (`record_seen`, so that the next run cites the same).
    public static func assess(_ o: RunOptions, progress: (FetchProgress) -> Void = { _ in }) throws -> Assessed {
        let lock = try WorkspaceLock(workspace: o.workspace, wait: o.wait)
        defer { withExtendedLifetime(lock) {} }
        return try assessLocked(o, progress: progress)
    }

    /// `assess` for callers that already hold the workspace's lock.
    static func assessHoldingLock(_ o: RunOptions) throws -> Assessed {
        try assessLocked(o, progress: { _ in })
    }

    /// `rsdd run`: the five stages, in order.
    public static func run(_ o: RunOptions, progress: (FetchProgress) -> Void = { _ in }) throws -> RunOutcome {
        let lock = try WorkspaceLock(workspace: o.workspace, wait: o.wait)
        defer { withExtendedLifetime(lock) {} }
        let clock = PhaseClock()
        let inputs = try WorkspaceInputs.load(o)
        clock.lap("teams")
        let snapshots = try FetchStage.fetch(inputs.sources, members: inputs.members, settings: inputs.settings, o, progress: progress)
        clock.lap("fetch")
        // Nothing to do when every input is what the current reports were made from.
        let digest = try inputsDigest(inputs, snapshots, o)
        clock.lap("inputs digest")
        if !o.force && !o.rewrite, let kept = ReportStage.keep(o.workspace, inputs: digest.all, warnings: inputs.warnings) {
            clock.lap("reports checked")
            return kept
        }
        return try ReportStage.report(try assessFetched(inputs, snapshots, digest: digest, o, clock: clock), o)
    }

    /// What a run's reports are made from, read before any stage after the fetch, as two
    /// SHA-256 digests. `content`: rsdd's version, the as-of date, the profile, settings, every
    /// source's declaration and snapshot hashes, every team, every decision and the analyst's
    /// judgements; the run's id derives from it, so the same inputs give the same first id
    /// wherever the workspace lies. `all`: that, this build of rsdd and every source's freshness;
    /// equal `all` digests mean equal reports (what is not known to be equal counts as different),
    /// and `index.json` keeps it.
    struct InputsDigest: Sendable {
        var content: String
        var all: String
    }

    static func inputsDigest(_ inputs: WorkspaceInputs, _ snapshots: Snapshots, _ o: RunOptions) throws -> InputsDigest {
        let encoder = Files.jsonEncoder(pretty: false)
        var lines = ["rsdd \(RSDDVersion.current)", "as-of \(o.asOf)",
                     "teams \(o.teams.map { $0.sorted().joined(separator: ",") } ?? "all")",
                     "profile \(Files.sha256(try encoder.encode(inputs.profile)))",
                     "settings \(Files.sha256(try encoder.encode(inputs.settings)))",
                     "judgements \(Files.sha256(try encoder.encode(inputs.judgements)))"]
        for s in inputs.sources { lines.append("source \(s.id) \(Files.sha256(try encoder.encode(s)))") }
        for (team, entries) in inputs.decisions.sorted(by: { $0.key < $1.key }) {
            lines.append("decisions \(team) \(Files.sha256(try encoder.encode(entries)))")
        }
        // (Each team's digest was taken as it was read, from the JSON the team cache keeps.)
        for digest in Workspace.parallelMap(inputs.teams, { t in Result { try inputs.teamDigests[t.id] ?? Files.sha256(encoder.encode(t)) } }) {
            lines.append("team \(try digest.get())")
        }
        // By key and hash: a snapshot's URL may hold the workspace's path, and the same bytes
        // keep their first retrieval time (which the freshness below gives).
        for e in snapshots.entries.values.sorted(by: { $0.key < $1.key }) { lines.append("snapshot \(e.key) \(e.sha256 ?? "-")") }
        let content = Files.sha256(Data(lines.joined(separator: "\n").utf8))
        var all = ["content \(content)", "build \(buildIdentity)"]
        for s in snapshots.statuses.sorted(by: { $0.id < $1.id }) { all.append("status \(Files.sha256(try encoder.encode(s)))") }
        return InputsDigest(content: content, all: Files.sha256(Data(all.joined(separator: "\n").utf8)))
    }

    static var buildIdentity: String { RSDDVersion.build }

    /// The further parts of a member's record a snapshot leads to (see `Fetcher.fetch`).
    public static func parts(_ source: SourceSpec, _ member: String, _ file: URL, _ url: String, _ isRecord: Bool) -> [String] {
        FetchStage.parts(source, member, file, url, isRecord)
    }

    /// fetch → parse → resolve → assess, for callers that hold the workspace's lock.
    private static func assessLocked(_ o: RunOptions, progress: (FetchProgress) -> Void) throws -> Assessed {
        let clock = PhaseClock()
        let inputs = try WorkspaceInputs.load(o)
        clock.lap("teams")
        let snapshots = try FetchStage.fetch(inputs.sources, members: inputs.members, settings: inputs.settings, o, progress: progress)
        clock.lap("fetch")
        return try assessFetched(inputs, snapshots, digest: try inputsDigest(inputs, snapshots, o), o, clock: clock)
    }

    /// parse → resolve → assess, once the inputs are read, the snapshots fetched and the inputs'
    /// digest taken.
    private static func assessFetched(_ inputs: WorkspaceInputs, _ snapshots: Snapshots, digest: InputsDigest, _ o: RunOptions,
                                      clock: PhaseClock) throws -> Assessed {
        o.stage("parsing the snapshots of \(inputs.sources.count) sources")
        var parsed = try ParseStage.parse(inputs, snapshots, environment: o.environment)
        clock.lap("parse")
        o.stage("resolving \(parsed.records.count) records into organisations")
        let resolved = try ResolveStage.resolve(&parsed, judgements: inputs.judgements, state: snapshots.state)
        // What the same index answered in an earlier run (the same lists, registry, judgements and
        // build of rsdd): each counterparty name is read once, not every night (`LookupCache`).
        let index = resolved.lists.index
        let lookups = LookupCache.file(in: inputs.workspace.stateDir.appendingPathComponent("cache"), index: index)
        let kept = LookupCache.read(lookups, index: index)
        if let kept { index.keep(kept) }
        clock.lap("resolve")
        o.stage("assessing \(inputs.teams.count) teams")
        let assessments = AssessStage.assess(inputs, parsed, resolved, statuses: snapshots.statuses, asOf: o.asOf)
        clock.lap("assess teams")
        // (Written again only where it would change: names read afresh, or kept names no team asks for now.)
        if index.answeredAfresh > 0 || index.answers.count != kept?.count ?? 0 { LookupCache.write(index, to: lookups) }
        clock.lap("lookups written")
        // The snapshots the cited records were first read from, for the next run to cite alike.
        try snapshots.state.noteRecordsSeen(resolved.lists.newlySeen)
        clock.lap("assess")
        o.stage("writing the reports")
        if o.keepIndexUntilExit { Pipeline.keep([resolved.lists, parsed]) }
        var a = Assessed(inputsDigest: digest, asOf: o.asOf, sources: snapshots.statuses,
                         assessments: assessments, warnings: inputs.warnings + parsed.warnings, profile: inputs.profile.id,
                         entityOf: resolved.entityOf, entityChanges: resolved.entityChanges, regrouped: resolved.regrouped,
                         keep: inputs.settings.keep)
        a.state = snapshots.state
        return a
    }

    nonisolated(unsafe) private static var kept: [Any] = []
    private static let keptLock = NSLock()

    /// Holds `things` until the process ends (see `RunOptions.keepIndexUntilExit`).
    private static func keep(_ things: [Any]) {
        keptLock.lock()
        defer { keptLock.unlock() }
        kept += things
    }

}

