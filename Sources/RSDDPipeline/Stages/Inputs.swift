import Foundation
import RSDDAssess
import RSDDCore
import RSDDResolve

/// What a run reads from the workspace before any stage: sources, teams, settings, the profile
/// and the analysts' decisions, each checked (a problem throws `ConfigError` before anything is
/// fetched or written).
public struct WorkspaceInputs: Sendable {
    public var workspace: Workspace
    public var sources: [SourceSpec]
    /// The teams this run assesses (all, or those of `RunOptions.teams`).
    public var teams: [TeamSpec]
    /// Team id → the SHA-256 of the team's JSON encoding (`Workspace.loadTeamsWithDigests`).
    public var teamDigests: [String: String] = [:]
    public var settings: Settings
    public var profile: PolicyProfile
    /// The decisions of each team, in file order.
    public var decisions: [String: [Decision]]
    /// The analyst's judgements (`judgements.yml`: pairs of record keys that are, or are not, one
    /// organisation), which always win over scores; none when the file is absent.
    public var judgements: Judgements
    public var warnings: [String]

    public static func load(_ o: RunOptions) throws -> WorkspaceInputs {
        let ws = o.workspace
        let sources = try ws.loadSources()
        let loaded = try ws.loadTeamsWithDigests()
        let allTeams = loaded.map(\.team)
        let teams = o.teams.map { only in allTeams.filter { only.contains($0.id) } } ?? allTeams
        let settings = try ws.loadSettings()
        let profile = try PolicyProfile.load(id: o.policy, workspace: ws)
        let (decisions, warnings) = try ws.loadDecisions(teams: Set(allTeams.map(\.id)), measures: Set(profile.mitigations.map(\.id)))
        return WorkspaceInputs(workspace: ws, sources: sources, teams: teams,
                               teamDigests: Dictionary(loaded.map { ($0.team.id, $0.digest) }, uniquingKeysWith: { a, _ in a }),
                               settings: settings, profile: profile, decisions: decisions, judgements: try loadJudgements(ws), warnings: warnings)
    }

    static func loadJudgements(_ ws: Workspace) throws -> Judgements {
        let url = ws.root.appendingPathComponent("judgements.yml")
        guard FileManager.default.fileExists(atPath: url.path) else { return Judgements() }
        return try YAMLFile.load(Judgements.self, from: url, displayPath: ws.display(url))
    }

    /// The members' keys to their public records: the only way rsdd reaches a person's record.
    public var members: MemberKeys { Workspace.memberKeys(of: teams) }
}
