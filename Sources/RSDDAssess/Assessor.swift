import RSDDCore
import RSDDResolve

/// What the assess stage knows of one team: its declaration and the members' public ties.
public struct TeamFacts: Sendable {
    public var team: TeamSpec
    /// Public-record ties by ORCID iD, each with the provenance of the snapshot it was read from.
    public var publicTies: [String: [(PublicTie, Provenance)]]

    public init(team: TeamSpec, publicTies: [String: [(PublicTie, Provenance)]]) {
        self.team = team
        self.publicTies = publicTies
    }
}

/// The assess stage: applies a policy profile to a team's ties at an as-of date.
public struct Assessor: Sendable {
    public var profile: PolicyProfile
    public var lists: ListIndex
    public var asOf: Day

    public init(profile: PolicyProfile, lists: ListIndex, asOf: Day) {
        self.profile = profile
        self.lists = lists
        self.asOf = asOf
    }

    /// Assesses one team. `sources` is every source's freshness; `limits` the checks already known
    /// not to be possible (a source missing).
    public func assess(_ facts: TeamFacts, sources: [SourceStatus], limits: [String]) -> Assessment {
        let team = facts.team
        var findings: [Finding] = []
        var members: [MemberSummary] = []
        var limits = limits
        for m in team.members {
            let declared = m.ties.map {
                Tie(member: m.id, type: $0.type, org: $0.org, identifiers: $0.ror.map { ["ror": $0] } ?? [:],
                    country: $0.country, start: $0.start, end: $0.end, origin: .declared)
            }
            var public_: [Tie] = []
            if let orcid = m.orcid {
                if let ties = facts.publicTies[orcid] {
                    public_ = ties.map { t, p in
                        Tie(member: m.id, type: t.tie, org: t.org, identifiers: t.orgIDs, country: t.orgCountry,
                            start: t.start, end: t.end, origin: .publicRecord, provenance: p, recordID: t.putCode)
                    }
                } else {
                    limits.append("The public record of member \(m.id) (ORCID \(orcid)) could not be read: undisclosed ties of this member could not be checked.")
                }
            } else {
                limits.append("Member \(m.id) has no ORCID iD: undisclosed ties of this member could not be checked.")
            }
            // A public tie that names a declared counterparty confirms it; the others are undisclosed.
            let undisclosed = public_.filter { p in
                !declared.contains { d in OrganisationMatcher.same(query(d), query(p)) }
            }
            var memberFindings: [Finding] = []
            for tie in declared + undisclosed {
                memberFindings += evaluate(tie, member: m, undisclosed: tie.origin == .publicRecord, sensitivity: team.sensitivity)
            }
            findings += memberFindings
            members.append(MemberSummary(id: m.id, name: m.name, role: m.role.rawValue, orcid: m.orcid,
                                         level: memberFindings.map(\.level).max() ?? .none,
                                         declaredTies: declared.count, publicTies: public_.count))
        }
        findings.sort(by: Assessor.order)
        let level = findings.map(\.level).max() ?? .none
        let used = Set(findings.flatMap(\.mitigations))
        let mitigations = profile.mitigations.filter { used.contains($0.id) }
        return Assessment(
            team: team.id, title: team.title, programme: team.programme, sensitivity: team.sensitivity,
            profile: profile.id, profileTitle: profile.title, asOf: asOf, level: level,
            summary: summary(team: team, level: level, findings: findings, mitigations: mitigations, sources: sources),
            members: members, findings: findings, mitigations: mitigations,
            sources: sources.sorted { $0.id < $1.id }, limits: limits.sorted())
    }

    private func query(_ t: Tie) -> OrganisationQuery {
        OrganisationQuery(name: t.org, identifiers: t.identifiers, country: t.country)
    }

    /// The findings the profile's rules make of one tie.
    func evaluate(_ tie: Tie, member: MemberSpec, undisclosed: Bool, sensitivity: Sensitivity) -> [Finding] {
        var out: [Finding] = []
        var listings: [Listing]?
        for rule in profile.rules {
            guard rule.ties.contains(tie.type),
                  rule.sensitivity.map({ $0.contains(sensitivity) }) ?? true,
                  !rule.undisclosed || undisclosed,
                  let window = within(rule.window, tie) else { continue }
            var hit: [Listing] = []
            if let categories = rule.categories {
                if listings == nil { listings = lists.listings(for: tie) }
                hit = listings!.filter { l in l.record.category.map(categories.contains) ?? false }
                if hit.isEmpty { continue }
            }
            out.append(Finding(member: member.id, memberName: member.name, tie: tie, listings: hit,
                               undisclosed: undisclosed, rule: rule.id, ruleTitle: rule.title, level: rule.level,
                               window: window, mitigations: rule.mitigations))
        }
        return out
    }

    /// The window in words when the tie falls within it, nil when it does not.
    func within(_ window: Span?, _ tie: Tie) -> String? {
        guard let end = tie.end else { return "current (ongoing)" }
        let last = end.lastDay
        if last >= asOf { return "current (ends \(end))" }
        guard let window else { return "ended \(end), no look-back limit" }
        let opens = window.before(asOf)
        return last >= opens ? "ended \(end), within \(window) of \(asOf)" : nil
    }

    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.level != b.level { return a.level > b.level }
        return (a.member, a.tie.type.rawValue, a.tie.org, a.tie.origin.rawValue, a.rule)
            < (b.member, b.tie.type.rawValue, b.tie.org, b.tie.origin.rawValue, b.rule)
    }

    /// One paragraph: the level, why, what to do.
    func summary(team: TeamSpec, level: Level, findings: [Finding], mitigations: [Mitigation], sources: [SourceStatus]) -> String {
        var s = "Level **\(level.rawValue)** for this \(team.sensitivity.rawValue)-sensitivity project under the \(profile.id) profile as of \(asOf)."
        if findings.isEmpty {
            s += " No tie of any member matched a listed organisation, and no undisclosed tie was found in the public records read."
        } else {
            let listed = findings.filter { !$0.listings.isEmpty }
            let undisclosed = Set(findings.filter(\.undisclosed).map { "\($0.member)|\($0.tie.org)" }).count
            var why: [String] = []
            if !listed.isEmpty {
                let orgs = Set(listed.map { $0.tie.org }).sorted()
                let members = Set(listed.map(\.member)).sorted()
                why.append("\(members.count) member\(members.count == 1 ? "" : "s") (\(members.joined(separator: ", "))) \(members.count == 1 ? "has" : "have") a tie within the look-back window with \(orgs.count) listed organisation\(orgs.count == 1 ? "" : "s") (\(orgs.joined(separator: "; ")))")
            }
            if undisclosed > 0 {
                why.append("\(undisclosed) tie\(undisclosed == 1 ? " is" : "s are") in a public record but not in the team's declaration")
            }
            s += " " + why.joined(separator: ", and ").prefix(1).uppercased() + why.joined(separator: ", and ").dropFirst() + "."
            if !mitigations.isEmpty {
                s += " Proposed mitigations: " + mitigations.map { $0.text.hasSuffix(".") ? String($0.text.dropLast()) : $0.text }
                    .map { $0.prefix(1).lowercased() + $0.dropFirst() }.joined(separator: "; ") + "."
            }
        }
        let notFresh = sources.filter { $0.state != .fresh }.map(\.id).sorted()
        if !notFresh.isEmpty {
            s += " Not every source was fresh (\(notFresh.joined(separator: ", "))): see Basis and limits."
        }
        return s
    }
}
