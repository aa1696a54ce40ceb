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
    public var force: Bool
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
    /// How many teams' reports were written anew; the others were unchanged and kept.
    public var rewritten: Int = 0

    /// True when every source was fresh.
    public var allFresh: Bool { sources.allSatisfy { $0.state == .fresh } }
    /// The teams assessed without a check their level rests on.
    public var incompleteTeams: [String] { assessments.filter { !$0.complete }.map(\.team).sorted() }
    /// True when every source was fresh and every team's assessment complete: exit code 0.
    public var allGood: Bool { allFresh && incompleteTeams.isEmpty }
}

/// All stages together: fetch, parse, match, assess, report.
public enum Pipeline {
    /// Runs the pipeline on a workspace. Configuration problems throw `ConfigError` before
    /// anything is written.
    /// What assessing a workspace gives, before anything is written.
    public struct Assessed: Sendable {
        /// What the run's id is derived from (snapshots, profile, date), the teams aside.
        var inputs: [String]
        var teams: [TeamSpec]
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

        /// The run's ids. `reports`: a hash of every input, teams included (each team's
        /// declaration as JSON, encoded on every core: there may be thousands). `run`: this run's
        /// own id, for the index, `changes`, the `run` table and `.rsdd/runs/<id>/`: the same hash
        /// while no earlier run has it (`isTaken`), else hashed again with a counter (`run 1`,
        /// `run 2`, …), so the history never holds two runs under one id. Team reports carry
        /// neither (an unchanged team's report stays as it is). Only a run that writes needs them.
        public func runInfo(isTaken: (String) throws -> Bool = { _ in false }) throws -> (reports: RunInfo, run: RunInfo) {
            var all = inputs
            for json in Workspace.parallelMap(teams, { t in Result { try Files.jsonEncoder(pretty: false).encode(t) } }) {
                all.append("team \(String(decoding: try json.get(), as: UTF8.self))")
            }
            let base = all.sorted().joined(separator: "\n")
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
    /// when `o.offline`) and writes nothing but the fetch state.
    public static func assess(_ o: RunOptions, progress: (FetchProgress) -> Void = { _ in }) throws -> Assessed {
        let lock = try WorkspaceLock(workspace: o.workspace, wait: o.wait)
        defer { withExtendedLifetime(lock) {} }
        return try assessLocked(o, progress: progress).0
    }

    /// `assess` for callers that already hold the workspace's lock.
    static func assessHoldingLock(_ o: RunOptions) throws -> Assessed {
        try assessLocked(o, progress: { _ in }).0
    }

    public static func run(_ o: RunOptions, progress: (FetchProgress) -> Void = { _ in }) throws -> RunOutcome {
        let lock = try WorkspaceLock(workspace: o.workspace, wait: o.wait)
        defer { withExtendedLifetime(lock) {} }
        let (a, state) = try assessLocked(o, progress: progress)
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

    /// Nil when a newly fetched snapshot can be used, else why not (it does not parse, or holds
    /// fewer records than its declaration expects): the fetch check of `rsdd fetch`.
    public static func usable(_ source: SourceSpec, _ orcid: String?, _ file: URL) -> String? {
        if case .failure(let e) = SnapshotParser.attempt(source, orcid: orcid, file: file, display: file.lastPathComponent) { return e.message }
        return nil
    }

    /// The further parts of a member's record a snapshot leads to (see `Fetcher.fetch`).
    public static func parts(_ source: SourceSpec, _ member: String, _ file: URL, _ url: String, _ isRecord: Bool) -> [String] {
        SnapshotParser.parts(source, member: member, file: file, url: url, isRecord: isRecord)
    }

    private static func assessLocked(_ o: RunOptions, progress: (FetchProgress) -> Void) throws -> (Assessed, StateStore) {
        let ws = o.workspace
        let clock = PhaseClock()
        let sources = try ws.loadSources()
        let allTeams = try ws.loadTeams()
        let teams = o.teams.map { only in allTeams.filter { only.contains($0.id) } } ?? allTeams
        clock.lap("teams")
        let settings = try ws.loadSettings()
        let profile = try PolicyProfile.load(id: o.policy, workspace: ws)
        let (decisions, decisionWarnings) = try ws.loadDecisions(teams: Set(allTeams.map(\.id)), measures: Set(profile.mitigations.map(\.id)))

        let members = Workspace.memberKeys(of: teams)
        let fetcher = try Fetcher(workspace: ws, now: o.now, offline: o.offline, force: o.force, settings: settings)
        // A new snapshot is parsed before it replaces the last good one; what it gave is kept
        // here by hash so that the run below does not parse it twice.
        var parsed: [String: ParsedSnapshot] = [:]
        let statuses = try fetcher.fetch(sources, members: members, environment: o.environment, progress: progress, accept: { source, orcid, file in
            switch SnapshotParser.attempt(source, orcid: orcid, file: file, display: file.lastPathComponent) {
            case .success(let p):
                parsed[SnapshotWalk.cacheKey(source, orcid, file.lastPathComponent)] = p
                return nil
            case .failure(let e):
                return e.message
            }
        }, parts: Pipeline.parts)
        let state = try fetcher.state.snapshotEntries()
        clock.lap("fetch")

        var warnings: [String] = decisionWarnings
        var limits: [String] = []
        // Checks that could not be made at all: the level of every team is then incomplete.
        var incomplete: [String] = []
        var records: [Record] = []
        var provenance: [String: Provenance] = [:]
        var publicTies: [String: [(PublicTie, Provenance)]] = [:]
        var recordORCIDs: [String: [String]] = [:]
        var recordGaps: [String: [String]] = [:]
        var inputs: [String] = ["as-of \(o.asOf)", "profile \(profile.id) \(Files.sha256(try Files.jsonEncoder(pretty: false).encode(profile)))"]
        // Two workspaces that differ only in a source's declaration (what is read, its category)
        // are two runs.
        for s in sources { inputs.append("source \(s.id) \(Files.sha256(try Files.jsonEncoder(pretty: false).encode(s)))") }
        // A decision recorded is a new input: the reports it changes are another run's.
        for (team, entries) in decisions.sorted(by: { $0.key < $1.key }) {
            inputs.append("decisions \(team) \(Files.sha256(try Files.jsonEncoder(pretty: false).encode(entries)))")
        }

        // A registry kept from an earlier run (same snapshot, same declaration, same build of
        // rsdd) is read with its prepared names instead of parsed and prepared again.
        var known: [String: PairScorer.Prepared] = [:]
        var toCache: [(SourceSpec, URL)] = []
        for s in sources where s.category == ListCategory.registry && s.format == .ror {
            guard let snap = fetcher.store.snapshot(of: s, entries: state) else { continue }
            let file = PreparedCache.file(in: ws.stateDir.appendingPathComponent("cache"), source: s.id, sha256: snap.provenance.sha256,
                                          declaration: try Files.jsonEncoder(pretty: false).encode(s))
            if let link = PreparedCache.symbolicLink(above: file) {
                warnings.append("\(ws.display(link)): a symbolic link, not a folder: the registry cache is not used (replace the link with a folder)")
                continue
            }
            let key = SnapshotWalk.cacheKey(s, nil, snap.provenance.sha256)
            if parsed[key] == nil, let entries = PreparedCache.read(file) {
                parsed[key] = .records(entries.map(\.0), warnings: [])
                for (r, p) in entries { known[r.key] = p }
            } else {
                toCache.append((s, file))
            }
        }
        var said = Set<String>()
        for w in SnapshotWalk.walk(sources, members: members, store: fetcher.store, entries: state, parsed: parsed,
                                          environment: o.environment) {
            let s = w.source
            if said.insert(s.id).inserted, let st = statuses.first(where: { $0.id == s.id }), st.state == .stale {
                limits.append("Source \(s.id) is stale since \(st.lastSuccess ?? "an unknown time")\(st.error.map { " (last error: \($0))" } ?? ""): its last good snapshot, retrieved \(st.retrieved ?? "at an unknown time"), was used.")
            }
            guard let snap = w.snapshot, let result = w.parsed else {
                // A member's record that is missing is said per member, by assess.
                if s.isPerMember { continue }
                let status = statuses.first { $0.id == s.id }
                let why = "Source \(s.id) has no usable snapshot (\(status?.error ?? "never fetched")): no check against it could be made."
                limits.append(why)
                if s.category != nil { incomplete.append(why) }
                continue
            }
            inputs.append(w.orcid.map { "\(s.id)/\($0) \(snap.provenance.sha256)" } ?? "\(s.id) \(snap.provenance.sha256)")
            for hash in w.parts { inputs.append("\(s.id)/\(w.orcid ?? "") part \(hash)") }
            switch result {
            case .success(.ties(let ties, let listed, let unread)):
                if let key = w.orcid {
                    // A batched request (`A|B|C`) answers for each of its members.
                    let members = key.split(separator: "|").map(String.init)
                    for member in members {
                        let k = TeamFacts.recordKey(s.id, member)
                        publicTies[k, default: []] += ties.filter { members.count == 1 || $0.orcid == member }.map { ($0, snap.provenance) }
                        if !listed.isEmpty { recordORCIDs[k, default: []] += listed }
                        if !unread.isEmpty { recordGaps[k, default: []] += unread }
                    }
                }
            case .success(.records(let mine, let problems)):
                records += mine
                warnings += problems.map(\.description)
                provenance[s.id] = snap.provenance
            case .failure(let e):
                warnings.append(e.description)
                // An unreadable member record is said per member, by assess; a list that fails
                // half-way contributes nothing, not half a list.
                if s.isPerMember { continue }
                let why = "Source \(s.id) could not be parsed (\(e.message)): no check against it could be made."
                limits.append(why)
                if s.category != nil { incomplete.append(why) }
            }
        }

        clock.lap("parse")
        // Resolve, once per run: every listed record and every registry organisation into
        // entities, ids inherited from the previous run, the analyst's judgements winning.
        let previous = try fetcher.state.latestEntities()
        let judgements = try Pipeline.judgements(ws)
        let lists = ListIndex(records: records, provenance: provenance, judgements: judgements, previous: previous, known: known)
        for (s, file) in toCache where provenance[s.id] != nil {
            PreparedCache.write(lists.index.prepared(ofSource: s.id), to: file)
            PreparedCache.removeOthers(of: s.id, keeping: file)
        }
        known = [:]
        clock.lap("resolve")
        // Entities and their history are about listed records; registry organisations are knowledge.
        let listedKeys = Set(records.filter { $0.category != nil && $0.category != ListCategory.registry }.map(\.key))
        let listed = lists.index.entities.compactMap { e -> Entity? in
            var e = e
            e.records = e.records.filter(listedKeys.contains)
            return e.records.isEmpty ? nil : e
        }
        var entityOf: [String: String] = [:]
        for e in listed { for k in e.records { entityOf[k] = e.id } }
        let entityChanges = previous.isEmpty ? [] : EntityChanges.compare(old: previous, new: listed)
        // Records whose organisation gained or lost records: their findings' new or lost
        // listings are the merge or split itself, named once, not again under every finding.
        var regrouped = Set<String>()
        if !entityChanges.isEmpty {
            let before = Dictionary(grouping: previous.keys, by: { previous[$0]! }).mapValues(Set.init)
            for e in listed {
                let now = Set(e.records)
                let olds = Set(now.compactMap { previous[$0] })
                let then = olds.map { before[$0] ?? [] }.reduce(Set<String>()) { $0.union($1) }
                if olds.count > 1 || now != then { regrouped.formUnion(now.union(then)) }
            }
        }
        let assessor = Assessor(profile: profile, lists: lists, asOf: o.asOf)
        // Teams are independent: assessed on every core (the index answers each counterparty once).
        let (ties, checksNotMade, missing, orcidsOf, gaps) = (publicTies, limits, incomplete, recordORCIDs, recordGaps)
        let teamSources = statuses.map(\.forTeamReport)
        var recordSources: [String: MemberScheme] = [:]
        for s in sources { if let scheme = s.memberScheme { recordSources[s.id] = scheme } }
        let assessments = Workspace.parallelMap(teams) { [recordSources] t in
            let keys = Set(t.members.flatMap { m in
                recordSources.compactMap { id, scheme in m.recordKey(scheme).map { TeamFacts.recordKey(id, $0) } }
            })
            return assessor.assess(TeamFacts(team: t, publicTies: ties.filter { keys.contains($0.key) }, recordSources: recordSources,
                                             recordORCIDs: orcidsOf.filter { keys.contains($0.key) }, recordGaps: gaps.filter { keys.contains($0.key) },
                                             decisions: decisions[t.id] ?? []),
                                   sources: teamSources, limits: checksNotMade, incomplete: missing)
        }
        clock.lap("assess")
        if o.keepIndexUntilExit { Pipeline.keep([lists, records, parsed]) }
        return (Assessed(inputs: inputs, teams: teams, asOf: o.asOf, sources: statuses, assessments: assessments, warnings: warnings, profile: profile.id,
                         entityOf: entityOf, entityChanges: entityChanges, regrouped: regrouped, keep: settings.keep), fetcher.state)
    }

    nonisolated(unsafe) private static var kept: [Any] = []
    private static let keptLock = NSLock()

    /// Holds `things` until the process ends (see `RunOptions.keepIndexUntilExit`).
    private static func keep(_ things: [Any]) {
        keptLock.lock()
        defer { keptLock.unlock() }
        kept += things
    }

    /// The analyst's judgements (`judgements.yml` in the workspace: pairs of record keys that are,
    /// or are not, one organisation), which always win over scores; none when the file is absent.
    static func judgements(_ ws: Workspace) throws -> Judgements {
        let url = ws.root.appendingPathComponent("judgements.yml")
        guard FileManager.default.fileExists(atPath: url.path) else { return Judgements() }
        return try YAMLFile.load(Judgements.self, from: url, displayPath: ws.display(url))
    }
}

