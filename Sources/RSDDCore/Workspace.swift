import Foundation
import Yams

/// A workspace folder: `sources.d/`, `teams/`, optional `policies/`, state in `.rsdd/`, reports in `reports/`.
public struct Workspace: Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var sourcesDir: URL { root.appendingPathComponent("sources.d") }
    public var teamsDir: URL { root.appendingPathComponent("teams") }
    /// `decisions/<team>.yml`: the analysts' decisions about each team's findings.
    public var decisionsDir: URL { root.appendingPathComponent("decisions") }

    /// The decisions file of a team.
    public func decisionsFile(of team: String) -> URL { decisionsDir.appendingPathComponent("\(team).yml") }

    /// Every team's decisions, checked: one clear error per file. `measures` is the profile's
    /// mitigation menu: a measure is one of its ids, or free text (with a space). A file for a
    /// team the workspace does not declare is a warning, not an error: its decisions apply to
    /// nothing, and removing a team must not stop the nightly run.
    public func loadDecisions(teams: Set<String>, measures: Set<String>) throws -> (decisions: [String: [Decision]], warnings: [String]) {
        var out: [String: [Decision]] = [:]
        var warnings: [String] = []
        for url in yamlFiles(in: decisionsDir) {
            let team = url.deletingPathExtension().lastPathComponent
            let entries = try DecisionFile.load(url, displayPath: display(url)).entries
            try DecisionFile.checkMeasures(entries, menu: measures, displayPath: display(url))
            guard teams.contains(team) else {
                if !entries.isEmpty {
                    warnings.append("\(display(url)): no team '\(Text.printable(team))' in teams/: its \(entries.count) decision\(entries.count == 1 ? "" : "s") apply to nothing")
                }
                continue
            }
            out[team] = entries
        }
        return (out, warnings)
    }
    public var policiesDir: URL { root.appendingPathComponent("policies") }
    public var stateDir: URL { root.appendingPathComponent(".rsdd") }
    public var reportsDir: URL { root.appendingPathComponent("reports") }
    public var settingsFile: URL { root.appendingPathComponent("rsdd.yml") }

    /// The workspace's `rsdd.yml`, or the defaults when there is none.
    public func loadSettings() throws -> Settings {
        guard FileManager.default.fileExists(atPath: settingsFile.path) else { return Settings() }
        return try YAMLFile.load(Settings.self, from: settingsFile, displayPath: display(settingsFile))
    }

    /// The YAML files of a folder, sorted by name; none when the folder is absent.
    public func yamlFiles(in dir: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
            .map { dir.appendingPathComponent($0) }
    }

    /// A source's URL as a user reads it: a `file://` URL inside the workspace as its path
    /// relative to it (`snapshots/list.html`), any other as it is.
    public func displayURL(_ url: String) -> String {
        guard url.hasPrefix("file://"), let u = URL(string: url), u.isFileURL else { return url }
        return display(u)
    }

    /// `sources.d/x.yml` for a file inside the workspace; the full path otherwise.
    public func display(_ url: URL) -> String {
        let p = url.standardizedFileURL.path
        let r = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return p.hasPrefix(r) ? String(p.dropFirst(r.count)) : p
    }

    /// Every source declaration, checked; throws the first problem.
    public func loadSources() throws -> [SourceSpec] {
        if !FileManager.default.fileExists(atPath: sourcesDir.path) {
            throw ConfigError(file: display(sourcesDir), message: "no sources.d folder: is --config the workspace?")
        }
        var seen: [String: String] = [:]
        return try yamlFiles(in: sourcesDir).map { url in
            let spec = try YAMLFile.load(SourceSpec.self, from: url, displayPath: display(url))
            let stem = url.deletingPathExtension().lastPathComponent
            guard spec.id == stem else {
                throw ConfigError(file: display(url), context: "id", message: "'\(spec.id)' must equal the file name '\(stem)'")
            }
            if let other = seen[spec.id] {
                throw ConfigError(file: display(url), message: "id '\(spec.id)' is also declared in \(other)")
            }
            seen[spec.id] = display(url)
            return spec
        }
    }

    /// Every team declaration, checked; throws the first problem.
    public func loadTeams() throws -> [TeamSpec] {
        try loadTeamsWithDigests().map(\.team)
    }

    /// The teams, each with the SHA-256 of its JSON encoding (rsdd's, keys sorted): what a team
    /// contributes to a run's inputs digest, so that a comment or a key's order does not count.
    public func loadTeamsWithDigests() throws -> [(team: TeamSpec, digest: String)] {
        var seen: [String: String] = [:]
        // Thousands of team files: decoded on every core, checked in file order.
        let files = yamlFiles(in: teamsDir)
        // A team file read before (the same bytes, the same build of rsdd) is taken from the cache
        // of decoded teams: YAML took most of a run with nothing new.
        let cacheFile = stateDir.appendingPathComponent("cache/teams.bin")
        let cache = TeamCache.read(cacheFile)
        let encoder = Files.jsonEncoder(pretty: false)
        let decoded = Workspace.parallelMap(files) { url -> (Result<TeamCache.Entry, Error>, String?) in
            guard let data = try? Data(contentsOf: url) else {
                return (Result {
                    let team = try YAMLFile.load(TeamSpec.self, from: url, displayPath: self.display(url), contextFor: Workspace.memberContext)
                    return TeamCache.Entry(team: team, digest: Files.sha256(try encoder.encode(team)))
                }, nil)
            }
            let hash = Files.sha256(data)
            if let entry = cache[hash] { return (.success(entry), hash) }
            return (Result {
                guard let text = String(data: data, encoding: .utf8) else { throw ConfigError(file: self.display(url), message: "not UTF-8 text") }
                let team = try YAMLFile.decode(TeamSpec.self, yaml: text, displayPath: self.display(url), contextFor: Workspace.memberContext)
                return TeamCache.Entry(team: team, digest: Files.sha256(try encoder.encode(team)))
            }, hash)
        }
        let fresh = decoded.compactMap { d -> (String, TeamCache.Entry)? in
            guard let hash = d.1, let entry = try? d.0.get() else { return nil }
            return (hash, entry)
        }
        if fresh.count != cache.count || fresh.contains(where: { cache[$0.0] == nil }) {
            TeamCache.write(Dictionary(fresh, uniquingKeysWith: { a, _ in a }), to: cacheFile)
        }
        return try zip(files, decoded).map { url, result in
            let entry = try result.0.get()
            let team = entry.team
            let stem = url.deletingPathExtension().lastPathComponent
            guard team.id == stem else {
                throw ConfigError(file: display(url), context: "id", message: "'\(team.id)' must equal the file name '\(Text.printable(stem))'")
            }
            if let other = seen[team.id] {
                throw ConfigError(file: display(url), message: "team id '\(team.id)' is also declared in \(other)")
            }
            seen[team.id] = display(url)
            var members = Set<String>()
            for m in team.members where !members.insert(m.id).inserted {
                throw ConfigError(file: display(url), context: "member \(m.id)", message: "member id '\(m.id)' appears twice")
            }
            return (team, entry.digest)
        }
    }

    /// The keys to public records the teams declared (ORCID iDs, researchmap permalinks, KAKEN
    /// numbers), each once, sorted: the only way rsdd reaches a person's record.
    public static func memberKeys(of teams: [TeamSpec]) -> MemberKeys {
        var out = MemberKeys()
        for scheme in MemberScheme.allCases {
            out.byScheme[scheme] = Array(Set(teams.flatMap { $0.members.compactMap { $0.recordKey(scheme) } })).sorted()
        }
        return out
    }

    /// `transform` of every element, on every core; the results in the elements' order. Fewer than
    /// `minimum` elements are mapped here; a small `minimum` hands out one element at a time.
    public static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], minimum: Int = 64, _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > minimum else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let chunk = minimum < 64 ? 1 : max(16, items.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (items.count + chunk - 1) / chunk
        // Each index is written by exactly one iteration, and read only after all have finished.
        nonisolated(unsafe) let out = results
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(items.count, (c + 1) * chunk) { out[i] = transform(items[i]) }
        }
        return results.map { $0! }
    }

    /// Every problem in the workspace's sources and teams, one per file, for `rsdd check`.
    public func validate() -> [ConfigError] {
        var problems: [ConfigError] = []
        do { _ = try loadSettings() } catch let e as ConfigError { problems.append(e) } catch {}
        for url in yamlFiles(in: sourcesDir) {
            do { _ = try YAMLFile.load(SourceSpec.self, from: url, displayPath: display(url)) } catch let e as ConfigError { problems.append(e) } catch {}
        }
        for url in yamlFiles(in: teamsDir) {
            do {
                _ = try YAMLFile.load(TeamSpec.self, from: url, displayPath: display(url), contextFor: Workspace.memberContext)
            } catch let e as ConfigError { problems.append(e) } catch {}
        }
        for url in yamlFiles(in: decisionsDir) {
            do {
                _ = try DecisionFile.load(url, displayPath: display(url))
            } catch let e as ConfigError { problems.append(e) } catch {}
        }
        if problems.isEmpty {
            do { _ = try loadSources(); _ = try loadTeams() } catch let e as ConfigError { problems.append(e) } catch {}
        }
        return problems
    }

    /// `member m2` for any key path under `members[i]`.
    static func memberContext(_ root: Yams.Node, _ path: [CodingKey]) -> String? {
        guard path.count >= 2, path[0].stringValue == "members", let i = path[1].intValue,
              case .sequence(let members)? = root["members"], i < members.count else { return nil }
        if let id = members[i]["id"]?.string { return "member \(id)" }
        return "member #\(i + 1)"
    }
}

/// The members' keys to their public records, by scheme.
public struct MemberKeys: Sendable, Hashable {
    public var byScheme: [MemberScheme: [String]] = [:]

    public init(orcids: [String] = []) {
        if !orcids.isEmpty { byScheme[.orcid] = Array(Set(orcids)).sorted() }
    }

    /// The keys a per-member source is read by, sorted; none for a list source.
    /// A batched source's keys are groups of member keys joined by `|` (`A|B|C`), each group
    /// sorted and the groups in order.
    public func keys(for source: SourceSpec) -> [String] {
        let keys = source.memberScheme.map { byScheme[$0] ?? [] } ?? []
        guard let n = source.batch, n > 1 else { return keys }
        return stride(from: 0, to: keys.count, by: n).map { keys[$0..<min($0 + n, keys.count)].joined(separator: "|") }
    }

    public var all: [String] { byScheme.values.flatMap { $0 }.sorted() }
}
