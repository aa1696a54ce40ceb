import Foundation
import RSDDAssess
import RSDDCore
import RSDDReport

/// Assess: every team against the profile at the as-of date, with its members' public ties and
/// the analysts' decisions, on every core (teams are independent; the index answers each
/// counterparty once).
public enum AssessStage {
    public static func assess(_ inputs: WorkspaceInputs, _ parsed: ParsedWorkspace, _ resolved: ResolvedLists,
                              statuses: [SourceStatus], asOf: Day) -> [Assessment] {
        let assessor = Assessor(profile: inputs.profile, lists: resolved.lists, asOf: asOf)
        var recordSources: [String: MemberScheme] = [:]
        for s in inputs.sources { if let scheme = s.memberScheme { recordSources[s.id] = scheme } }
        // A team's report names each source's state, not the snapshot the run used (see
        // `SourceStatus.forTeamReport`).
        let teamSources = statuses.map(\.forTeamReport)
        return Workspace.parallelMap(inputs.teams) { [recordSources] t in
            let keys = Set(t.members.flatMap { m in
                recordSources.compactMap { id, scheme in m.recordKey(scheme).map { TeamFacts.recordKey(id, $0) } }
            })
            // The team's own records, looked up by key (not a pass over every member's).
            func mine<V>(_ d: [String: V]) -> [String: V] {
                Dictionary(uniqueKeysWithValues: keys.compactMap { k in d[k].map { (k, $0) } })
            }
            var a = assessor.assess(TeamFacts(team: t, publicTies: mine(parsed.publicTies), recordSources: recordSources,
                                              recordORCIDs: mine(parsed.recordORCIDs), recordGaps: mine(parsed.recordGaps),
                                              decisions: inputs.decisions[t.id] ?? []),
                                    sources: teamSources, limits: parsed.limits)
            a.summary = Summary.paragraph(a, outcomeText: inputs.profile.outcomes.first { $0.id == a.outcome }?.text)
            return a
        }
    }
}
