import Foundation
import RSDDCore

/// The reports of one run as a diff reads them: team reports by team id, and the sources.
public struct ReportSet: Sendable {
    public var run: String?
    public var teams: [String: TeamReport]
    public var sources: [SourceStatus]

    public init(run: String?, teams: [String: TeamReport], sources: [SourceStatus]) {
        self.run = run
        self.teams = teams
        self.sources = sources
    }

    /// Reads a reports folder (its `index.json` and `<team>.json` files), or one team JSON file.
    public static func load(_ url: URL) throws -> ReportSet {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else {
            throw ReportError(file: url.path, message: "no such report folder or file")
        }
        let decoder = JSONDecoder()
        func team(_ file: URL) throws -> TeamReport {
            do { return try decoder.decode(TeamReport.self, from: try Data(contentsOf: file)) } catch {
                throw ReportError(file: file.path, message: "not an rsdd team report (\(error))")
            }
        }
        if !isDir.boolValue {
            let r = try team(url)
            return ReportSet(run: r.run.id.isEmpty ? nil : r.run.id, teams: [r.assessment.team: r], sources: r.assessment.sources)
        }
        var teams: [String: TeamReport] = [:]
        let names = try fm.contentsOfDirectory(atPath: url.path)
            .filter { $0.hasSuffix(".json") && $0 != "index.json" && $0 != "changes.json" }.sorted()
        for n in names {
            let r = try team(url.appendingPathComponent(n))
            teams[r.assessment.team] = r
        }
        let indexFile = url.appendingPathComponent("index.json")
        if let data = try? Data(contentsOf: indexFile) {
            do {
                let index = try decoder.decode(RunIndex.self, from: data)
                return ReportSet(run: index.run.id, teams: teams, sources: index.sources)
            } catch {
                throw ReportError(file: indexFile.path, message: "not an rsdd index (\(error))")
            }
        }
        let first = teams.values.sorted { $0.assessment.team < $1.assessment.team }.first
        return ReportSet(run: first.flatMap { $0.run.id.isEmpty ? nil : $0.run.id }, teams: teams, sources: first?.assessment.sources ?? [])
    }
}

/// A report folder or file that could not be read.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}

/// The semantic change between two runs' reports: levels, findings, evidence, sources.
public struct RunChanges: Sendable, Hashable, Codable {
    /// A team that appeared, disappeared, or whose level changed.
    public struct TeamChange: Sendable, Hashable, Codable {
        public var team: String
        public var title: String
        /// nil: the team is new.
        public var from: Level?
        /// nil: the team is gone.
        public var to: Level?
        /// What explains the change, as values with their words.
        public var why: [Change]

        /// What explains a team's new level: the team is new or gone; a finding is new (`subject`
        /// its key, `detail` it in words) or no longer made; a decision changed (`after` how:
        /// new, re-opened, expired, orphaned, withdrawn); or only an existing finding's level did.
        public enum Kind: String, Sendable, Hashable, Codable, ChangeKind {
            case newTeam = "new-team", teamRemoved = "team-removed", newFinding = "new-finding", findingGone = "finding-gone"
            case decision, findingLevel = "finding-level"

            public static func words(_ c: RunChanges.Change<Kind>) -> String {
                switch c.kind {
                case .newTeam: return "new team"
                case .teamRemoved: return "team removed from the workspace"
                case .newFinding: return "new finding: \(c.detail ?? "?")"
                case .findingGone: return "no longer made: \(c.detail ?? "?")"
                case .decision: return "decision \(c.after ?? "?"): \(c.detail ?? "?")"
                case .findingLevel: return "the level of an existing finding changed (see evidence changes)"
                }
            }
        }
        public typealias Change = RunChanges.Change<Kind>
    }

    /// A finding, named so that a reader can find it in the report.
    public struct FindingRef: Sendable, Hashable, Codable {
        public var team: String
        public var member: String
        public var tie: String
        public var org: String
        public var rule: String
        public var level: Level
        public var undisclosed: Bool
        /// `source:id` of each listing.
        public var listings: [String]
        /// The finding's key (what decisions name); absent in reports written before keys.
        public var key: String?
        /// Each listing as the list names it, with the list: `Name (source)`, once per name.
        public var listedAs: [String]?
        /// For a finding no longer made: why, as far as the reports tell.
        public var why: String?

        enum CodingKeys: String, CodingKey { case team, member, tie, org, rule, level, undisclosed, listings, key, listedAs = "listed_as", why }

        public var words: String {
            var s = "\(team): \(member) \(tie) \(org)"
            if undisclosed { s += " (not declared)" }
            if let names = listedAs, !names.isEmpty {
                s += ", listed as \(names.joined(separator: "; "))"
            } else if !listings.isEmpty {
                s += ", listed in \(listings.joined(separator: ", "))"
            }
            return s + " — \(rule), \(level.rawValue)" + (key.map { ", key \($0)" } ?? "") + (why.map { " (\($0))" } ?? "")
        }
    }

    /// A decision that came into force, or stopped being in force, since the previous run.
    public struct DecisionChange: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case new, reopened = "re-opened", expired, orphaned, withdrawn
        }
        public var team: String
        public var key: String
        public var change: Kind
        public var decision: DecisionKind
        public var by: String
        public var on: Day
        /// The finding or item, in words (absent when orphaned).
        public var subject: String?
        /// Why it is no longer in force (re-opened, expired, orphaned).
        public var why: String?

        public var words: String {
            "\(team): \(decision.rawValue) \(key) by \(by) on \(on)" + (subject.map { " — \($0)" } ?? "") + (why.map { " (\($0))" } ?? "")
        }
    }

    /// A finding present in both runs whose evidence or level changed.
    public struct EvidenceChange: Sendable, Hashable, Codable {
        public var finding: FindingRef
        public var changes: [Change]
        /// The finding's level before, when it changed (`finding.level` is the level now).
        public var levelBefore: Level?

        enum CodingKeys: String, CodingKey { case finding, changes, levelBefore = "level_before" }

        /// What can change in a finding's evidence.
        public enum Kind: String, Sendable, Hashable, Codable, ChangeKind {
            case level, ruleAdded = "rule-added", ruleRemoved = "rule-removed", window
            case listingAdded = "listing-added", listingRemoved = "listing-removed", matchScore = "match-score", listedRecord = "listed-record"

            public static func words(_ c: RunChanges.Change<Kind>) -> String {
                let k = c.subject ?? "?", b = c.before ?? "?", a = c.after ?? "?"
                switch c.kind {
                case .level: return "level \(b) → \(a)"
                case .ruleAdded: return "now also picked out by rule \(k)"
                case .ruleRemoved: return "no longer picked out by rule \(k)"
                case .window: return "window \(b) → \(a)"
                case .listingAdded: return "now also listed in \(k) (\(a))"
                case .listingRemoved: return "no longer listed in \(k) (\(b))"
                case .matchScore: return "match score for \(k) \(b) → \(a)"
                case .listedRecord: return "listed record \(k) changed"
                }
            }
        }
        public typealias Change = RunChanges.Change<Kind>
    }

    /// A source whose state or data changed.
    public struct SourceChange: Sendable, Hashable, Codable {
        public var id: String
        public var changes: [Change]

        /// What can change in a source: it is `added` or `removed`; its `state` (fresh, stale, …:
        /// `detail` the last error); a list's snapshot (`data`: `before` and `after` its hashes,
        /// `detail` when it was retrieved); members' `records` of a per-member source (`before` and
        /// `after` how many, `detail` when the latest was retrieved).
        public enum Kind: String, Sendable, Hashable, Codable, ChangeKind {
            case added, removed, state, data, records

            public static func words(_ c: RunChanges.Change<Kind>) -> String {
                switch c.kind {
                case .added: return "new source"
                case .removed: return "source removed"
                case .state: return "state \(c.before ?? "?") → \(c.after ?? "?")" + (c.detail.map { " (\($0))" } ?? "")
                case .data: return "data changed: snapshot \(c.before ?? "none") → \(c.after ?? "none"), retrieved \(c.detail ?? "?")"
                case .records:
                    return "members' records changed" + (c.detail.map { ", the latest retrieved \($0)" } ?? "")
                        + (c.before != c.after ? " (\(c.before ?? "0") → \(c.after ?? "0") records)" : "")
                }
            }
        }
        public typealias Change = RunChanges.Change<Kind>
    }

    /// One change of a finding's evidence or of a source, as values (found by comparing values,
    /// never sentences); `words` says it, and the JSON carries both.
    public struct Change<Kind: ChangeKind>: Sendable, Hashable, Codable {
        public var kind: Kind
        /// The rule, or the listed record's key, the change is about.
        public var subject: String?
        public var before: String?
        public var after: String?
        public var detail: String?

        public init(_ kind: Kind, subject: String? = nil, before: String? = nil, after: String? = nil, detail: String? = nil) {
            self.kind = kind
            self.subject = subject
            self.before = before
            self.after = after
            self.detail = detail
        }

        public var words: String { Kind.words(self) }

        enum CodingKeys: String, CodingKey { case kind, subject, before, after, detail, words }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            kind = try c.decode(Kind.self, forKey: .kind)
            subject = try c.decodeIfPresent(String.self, forKey: .subject)
            before = try c.decodeIfPresent(String.self, forKey: .before)
            after = try c.decodeIfPresent(String.self, forKey: .after)
            detail = try c.decodeIfPresent(String.self, forKey: .detail)
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encodeIfPresent(subject, forKey: .subject)
            try c.encodeIfPresent(before, forKey: .before)
            try c.encodeIfPresent(after, forKey: .after)
            try c.encodeIfPresent(detail, forKey: .detail)
            try c.encode(words, forKey: .words)
        }
    }

    /// A team whose assessment became incomplete, or complete again.
    public struct CompletenessChange: Sendable, Hashable, Codable {
        public var team: String
        public var title: String
        public var complete: Bool
        /// The checks not made (when it became incomplete).
        public var why: [String]
    }

    public var from: String?
    public var to: String?
    public var teams: [TeamChange]
    public var completeness: [CompletenessChange]
    public var newFindings: [FindingRef]
    public var resolvedFindings: [FindingRef]
    public var evidence: [EvidenceChange]
    public var sources: [SourceChange]
    /// Organisations (entities) that merged, split or were renamed since the previous run: named
    /// once here, not as a change of every finding that cites them.
    public var entities: [String] = []
    /// Decisions that came into force, re-opened, expired, were orphaned or withdrawn.
    public var decisions: [DecisionChange] = []

    enum CodingKeys: String, CodingKey {
        case from, to, teams, completeness, newFindings = "new_findings", resolvedFindings = "resolved_findings", evidence, sources, entities
        case decisions
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(from, forKey: .from)
        try c.encodeIfPresent(to, forKey: .to)
        try c.encode(teams, forKey: .teams)
        try c.encode(completeness, forKey: .completeness)
        try c.encode(newFindings, forKey: .newFindings)
        try c.encode(resolvedFindings, forKey: .resolvedFindings)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(sources, forKey: .sources)
        try c.encode(entities, forKey: .entities)
        if !decisions.isEmpty { try c.encode(decisions, forKey: .decisions) }
    }

    /// Decisions that stopped being in force since the previous run (re-opened, expired): work
    /// for an analyst, and a reason for `--fail-on-change`.
    public var lapsedDecisions: [DecisionChange] { decisions.filter { $0.change == .reopened || $0.change == .expired } }

    public init(from: String?, to: String?, teams: [TeamChange], completeness: [CompletenessChange], newFindings: [FindingRef],
                resolvedFindings: [FindingRef], evidence: [EvidenceChange], sources: [SourceChange], entities: [String] = []) {
        self.from = from
        self.to = to
        self.teams = teams
        self.completeness = completeness
        self.newFindings = newFindings
        self.resolvedFindings = resolvedFindings
        self.evidence = evidence
        self.sources = sources
        self.entities = entities
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decodeIfPresent(String.self, forKey: .from)
        to = try c.decodeIfPresent(String.self, forKey: .to)
        teams = try c.decode([TeamChange].self, forKey: .teams)
        completeness = try c.decodeIfPresent([CompletenessChange].self, forKey: .completeness) ?? []
        newFindings = try c.decode([FindingRef].self, forKey: .newFindings)
        resolvedFindings = try c.decode([FindingRef].self, forKey: .resolvedFindings)
        evidence = try c.decode([EvidenceChange].self, forKey: .evidence)
        sources = try c.decode([SourceChange].self, forKey: .sources)
        entities = try c.decodeIfPresent([String].self, forKey: .entities) ?? []
        decisions = try c.decodeIfPresent([DecisionChange].self, forKey: .decisions) ?? []
    }

    public var isEmpty: Bool {
        teams.isEmpty && completeness.isEmpty && entities.isEmpty && newFindings.isEmpty && resolvedFindings.isEmpty && evidence.isEmpty && sources.isEmpty
            && decisions.isEmpty
    }

    /// Findings that reached `level` or above since the previous run: new ones, and existing
    /// ones whose level rose (inside a team already at that level too).
    public func findingsRose(to level: Level) -> [FindingRef] {
        newFindings.filter { $0.level >= level }
            + evidence.filter { e in e.finding.level >= level && (e.levelBefore.map { $0 < level } ?? false) }.map(\.finding)
    }

    /// Teams whose level rose to `level` or above (new teams count from `none`).
    public func rose(to level: Level) -> [TeamChange] {
        teams.filter { t in
            guard let to = t.to, to >= level else { return false }
            return (t.from ?? .none) < to
        }
    }
}

/// Compares two runs' reports.
public enum ReportDiff {
    /// The key a finding keeps from run to run: member and tie (one tie is one finding, whatever
    /// rules pick it out; a rule that joins or leaves is a change of the finding).
    static func key(_ team: String, _ f: Finding) -> String {
        [team, f.member, f.tie.origin.rawValue, f.tie.type.rawValue, f.tie.org.lowercased(),
         f.tie.start?.description ?? "", f.contradictedBy == nil ? "" : "contradicted"].joined(separator: "|")
    }

    static func ref(_ team: String, _ f: Finding) -> RunChanges.FindingRef {
        RunChanges.FindingRef(team: team, member: f.member, tie: f.tie.type.rawValue, org: f.tie.org, rule: f.rule,
                              level: f.level, undisclosed: f.undisclosed, listings: f.listings.map(\.record.key).sorted(), key: f.key,
                              listedAs: f.listings.isEmpty ? nil : Array(Set(f.listings.map { "\($0.record.name) (\($0.record.source))" })).sorted())
    }

    public static func compare(_ old: ReportSet, _ new: ReportSet) -> RunChanges {
        var teams: [RunChanges.TeamChange] = []
        var added: [RunChanges.FindingRef] = []
        var resolved: [RunChanges.FindingRef] = []
        var evidence: [RunChanges.EvidenceChange] = []
        var decisions: [RunChanges.DecisionChange] = []
        for id in Set(old.teams.keys).union(new.teams.keys).sorted() {
            let a = old.teams[id]?.assessment
            let b = new.teams[id]?.assessment
            // A dismissed finding is still a finding: its dismissal is a decision, not a resolution.
            let fa = Dictionary(((a?.findings ?? []) + (a?.dismissed ?? [])).map { (key(id, $0), $0) }, uniquingKeysWith: { x, _ in x })
            let fb = Dictionary(((b?.findings ?? []) + (b?.dismissed ?? [])).map { (key(id, $0), $0) }, uniquingKeysWith: { x, _ in x })
            let decided = decisionChanges(id, a?.decisions ?? [], b?.decisions ?? [])
            decisions += decided
            let newHere = fb.keys.filter { fa[$0] == nil }.sorted().map { ref(id, fb[$0]!) }
            let goneHere = fa.keys.filter { fb[$0] == nil }.sorted().map { k -> RunChanges.FindingRef in
                var r = ref(id, fa[k]!)
                // Why, as far as the reports tell: a finding that is gone is not a risk resolved.
                if b == nil {
                    r.why = "the team is no longer in the workspace"
                } else if !(b!.members.contains { $0.id == r.member }) {
                    r.why = "member \(r.member) is no longer in the team file"
                } else {
                    r.why = "no longer made: the tie ended or left the look-back window, or no record or list shows it any more"
                }
                return r
            }
            added += newHere
            resolved += goneHere
            for k in fa.keys.filter({ fb[$0] != nil }).sorted() {
                let changes = evidenceChanges(fa[k]!, fb[k]!)
                if !changes.isEmpty {
                    evidence.append(.init(finding: ref(id, fb[k]!), changes: changes, levelBefore: fa[k]!.level == fb[k]!.level ? nil : fa[k]!.level))
                }
            }
            if a?.level != b?.level {
                typealias Why = RunChanges.TeamChange.Change
                var why = newHere.map { Why(.newFinding, subject: $0.key, detail: $0.words) } + goneHere.map { Why(.findingGone, subject: $0.key, detail: $0.words) }
                    + decided.map { Why(.decision, subject: $0.key, after: $0.change.rawValue, detail: $0.words) }
                if a == nil { why = [Why(.newTeam)] + why }
                if b == nil { why = [Why(.teamRemoved)] }
                if why.isEmpty { why = [Why(.findingLevel)] }
                teams.append(.init(team: id, title: b?.title ?? a?.title ?? id, from: a?.level, to: b?.level, why: why))
            }
        }
        // A team assessed without a check it rests on is named, whatever its level did.
        var completeness: [RunChanges.CompletenessChange] = []
        for id in Set(old.teams.keys).union(new.teams.keys).sorted() {
            guard let b = new.teams[id]?.assessment else { continue }
            let wasComplete = old.teams[id]?.assessment.complete ?? true
            if wasComplete != b.complete {
                completeness.append(.init(team: id, title: b.title, complete: b.complete, why: b.incomplete.map(\.reason)))
            }
        }
        var sources: [RunChanges.SourceChange] = []
        let sa = Dictionary(old.sources.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let sb = Dictionary(new.sources.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        for id in Set(sa.keys).union(sb.keys).sorted() {
            typealias Change = RunChanges.SourceChange.Change
            var c: [Change] = []
            switch (sa[id], sb[id]) {
            case (nil, .some): c.append(Change(.added))
            case (.some, nil): c.append(Change(.removed))
            case (let x?, let y?):
                if x.state != y.state { c.append(Change(.state, before: x.state.rawValue, after: y.state.rawValue, detail: y.error)) }
                if x.sha256 != y.sha256 { c.append(Change(.data, before: short(x.sha256), after: short(y.sha256), detail: y.retrieved)) }
                if x.sha256 == nil && y.sha256 == nil && x.retrieved != y.retrieved {
                    c.append(Change(.records, before: String(x.snapshots ?? 0), after: String(y.snapshots ?? 0), detail: y.retrieved))
                }
            default: break
            }
            if !c.isEmpty { sources.append(.init(id: id, changes: c)) }
        }
        var changes = RunChanges(from: old.run, to: new.run, teams: teams, completeness: completeness, newFindings: added, resolvedFindings: resolved,
                                 evidence: evidence, sources: sources)
        changes.decisions = decisions
        return changes
    }

    /// The decisions of one team that changed state between two runs.
    static func decisionChanges(_ team: String, _ old: [DecisionRecord], _ new: [DecisionRecord]) -> [RunChanges.DecisionChange] {
        func id(_ r: DecisionRecord) -> String { r.decision.finding + (r.decision.decision.isJudgement ? "|j" : "|v") }
        let before = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { x, _ in x })
        let after = Dictionary(new.map { (id($0), $0) }, uniquingKeysWith: { x, _ in x })
        var out: [RunChanges.DecisionChange] = []
        func change(_ r: DecisionRecord, _ kind: RunChanges.DecisionChange.Kind) -> RunChanges.DecisionChange {
            RunChanges.DecisionChange(team: team, key: r.decision.finding, change: kind, decision: r.decision.decision, by: r.decision.by,
                                      on: r.decision.on, subject: r.subject, why: r.why)
        }
        for k in after.keys.sorted() {
            let r = after[k]!, was = before[k]
            switch r.state {
            case .applied where was?.state != .applied || was?.decision != r.decision: out.append(change(r, .new))
            case .reopened where was?.state != .reopened: out.append(change(r, .reopened))
            case .expired where was?.state != .expired: out.append(change(r, .expired))
            case .orphaned where was?.state != .orphaned: out.append(change(r, .orphaned))
            default: break
            }
        }
        for k in before.keys.sorted() where after[k] == nil && before[k]!.state == .applied {
            out.append(change(before[k]!, .withdrawn))
        }
        return out
    }

    static func short(_ sha: String?) -> String { sha.map { String($0.prefix(12)) } ?? "none" }

    /// What changed in a finding's evidence. A listing read from a new snapshot of its list with
    /// the same record is not a change of the finding: the source's new data is reported once,
    /// under the sources.
    static func evidenceChanges(_ a: Finding, _ b: Finding) -> [RunChanges.EvidenceChange.Change] {
        typealias Change = RunChanges.EvidenceChange.Change
        var c: [Change] = []
        if a.level != b.level { c.append(Change(.level, before: a.level.rawValue, after: b.level.rawValue)) }
        let ra = Set([a.rule] + a.also.map(\.rule)), rb = Set([b.rule] + b.also.map(\.rule))
        for r in rb.subtracting(ra).sorted() { c.append(Change(.ruleAdded, subject: r)) }
        for r in ra.subtracting(rb).sorted() { c.append(Change(.ruleRemoved, subject: r)) }
        if a.window != b.window { c.append(Change(.window, before: a.window.words, after: b.window.words)) }
        let la = Dictionary(a.listings.map { ($0.record.key, $0) }, uniquingKeysWith: { x, _ in x })
        let lb = Dictionary(b.listings.map { ($0.record.key, $0) }, uniquingKeysWith: { x, _ in x })
        for k in Set(la.keys).union(lb.keys).sorted() {
            switch (la[k], lb[k]) {
            case (nil, let y?): c.append(Change(.listingAdded, subject: k, after: y.record.name))
            case (let x?, nil): c.append(Change(.listingRemoved, subject: k, before: x.record.name))
            case (let x?, let y?):
                if x.match.score != y.match.score {
                    c.append(Change(.matchScore, subject: k, before: String(format: "%.2f", x.match.score), after: String(format: "%.2f", y.match.score)))
                }
                if x.record.name != y.record.name || x.record.aliases != y.record.aliases || x.record.category != y.record.category {
                    c.append(Change(.listedRecord, subject: k))
                }
            default: break
            }
        }
        return c
    }

    /// The changes as Markdown (what `reports/changes.md` holds).
    public static func markdown(_ c: RunChanges) -> String {
        let e = Markdown.escape
        let title = c.from == nil ? "Changes: first run (\(c.to ?? "?"))" : "Changes from run \(c.from!) to run \(c.to ?? "?")"
        var L = ["---", "title: \(Markdown.yamlQuoted(title))", "---", "", "# Changes", ""]
        L.append(c.from == nil ? "First run: there are no earlier reports to compare with (run \(c.to ?? "?"))."
                 : "From run \(c.from!) to run \(c.to ?? "?").")
        L.append("")
        if c.isEmpty {
            L += ["No change: the same teams, levels, findings, evidence and source data."]
            return L.joined(separator: "\n") + "\n"
        }
        if !c.teams.isEmpty {
            L += ["## Teams whose level changed", ""]
            for t in c.teams {
                L.append("- **\(e(t.team))** (\(e(t.title))): \(t.from?.rawValue ?? "new") → \(t.to?.rawValue ?? "removed")")
                L += t.why.map { "    - \(e($0.words))" }
            }
            L.append("")
        }
        if !c.completeness.isEmpty {
            L += ["## Teams whose assessment became incomplete or complete", ""]
            for t in c.completeness {
                L.append("- **\(e(t.team))** (\(e(t.title))): \(t.complete ? "complete again" : "incomplete: checks the level rests on could not be made")")
                L += t.why.map { "    - \(e($0))" }
            }
            L.append("")
        }
        if !c.newFindings.isEmpty {
            L += ["## New findings", ""] + c.newFindings.map { "- \(e($0.words))" } + [""]
        }
        if !c.resolvedFindings.isEmpty {
            L += ["## Findings no longer made", ""] + c.resolvedFindings.map { "- \(e($0.words))" } + [""]
        }
        if !c.evidence.isEmpty {
            L += ["## Findings whose evidence changed", ""]
            for x in c.evidence {
                L.append("- \(e(x.finding.words))")
                L += x.changes.map { "    - \(e($0.words))" }
            }
            L.append("")
        }
        if !c.decisions.isEmpty {
            L += ["## Decisions", ""]
            let words: [RunChanges.DecisionChange.Kind: String] = [.new: "New", .reopened: "Re-opened (the evidence changed: counts as no decision)",
                                                                    .expired: "Expired (review date passed: counts as no decision)",
                                                                    .orphaned: "Orphaned (no finding has the key any more)", .withdrawn: "Withdrawn from the decisions file"]
            for kind in [RunChanges.DecisionChange.Kind.new, .reopened, .expired, .orphaned, .withdrawn] {
                let these = c.decisions.filter { $0.change == kind }
                guard !these.isEmpty else { continue }
                L.append("- \(words[kind]!):")
                L += these.map { "    - \(e($0.words))" }
            }
            L.append("")
        }
        if !c.entities.isEmpty {
            L += ["## Organisations that merged, split or were renamed", ""] + c.entities.map { "- \(e($0))" } + [""]
        }
        if !c.sources.isEmpty {
            L += ["## Sources that changed", ""] + c.sources.map { "- \(e($0.id)): \(e($0.changes.map(\.words).joined(separator: "; ")))" } + [""]
        }
        while L.last == "" { L.removeLast() }
        return L.joined(separator: "\n") + "\n"
    }
}

/// The kinds of change a run's changes name (of a finding's evidence, of a source), each with its words.
public protocol ChangeKind: RawRepresentable, Sendable, Hashable, Codable where RawValue == String {
    static func words(_ c: RunChanges.Change<Self>) -> String
}
