import RSDDCore
import RSDDResolve

/// What the assess stage knows of one team: its declaration and the members' public ties.
public struct TeamFacts: Sendable {
    public var team: TeamSpec
    /// Public-record ties by member record (`recordKey`: source and member key), each with the
    /// provenance of the snapshot it was read from. A record that is absent could not be read.
    public var publicTies: [String: [(PublicTie, Provenance)]]
    /// The workspace's per-member sources: source id → the member key it is read by.
    public var recordSources: [String: MemberScheme]
    /// The ORCID iDs a member's record lists (researchmap profiles carry them), by record.
    public var recordORCIDs: [String: [String]]
    /// What of a member's record could not be read, by record: the assessment is incomplete.
    public var recordGaps: [String: [String]]
    /// The analysts' decisions about the team's findings (`decisions/<team>.yml`), in file order.
    public var decisions: [Decision] = []

    public init(team: TeamSpec, publicTies: [String: [(PublicTie, Provenance)]], recordSources: [String: MemberScheme] = ["orcid": .orcid],
                recordORCIDs: [String: [String]] = [:], recordGaps: [String: [String]] = [:], decisions: [Decision] = []) {
        self.decisions = decisions
        self.team = team
        self.publicTies = publicTies
        self.recordSources = recordSources
        self.recordORCIDs = recordORCIDs
        self.recordGaps = recordGaps
    }

    /// `orcid/0000-…`, `researchmap/permalink`, `kaken/12345678`: a source's record of a member.
    public static func recordKey(_ source: String, _ key: String) -> String { "\(source)/\(key)" }
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
    /// not to be possible or made on older data (a stale source); `incomplete` those of them the
    /// level rests on (a list with no usable snapshot), which make the assessment incomplete.
    public func assess(_ facts: TeamFacts, sources: [SourceStatus], limits: [Limit]) -> Assessment {
        let team = facts.team
        var findings: [Finding] = []
        var members: [MemberSummary] = []
        var review: [ReviewItem] = []
        // (listing, normalised organisation) pairs already in `review`: one line each per team.
        var reviewed = Set<String>()
        var collaborations: [ReviewItem] = []
        var limits = limits + profile.notAssessed.map { Limit(.profile, profile.id, "Not assessed under the \(profile.id) profile: \($0)") }
        for m in team.members {
            let declared = m.ties.map {
                Tie(member: m.id, type: $0.type, org: $0.org, identifiers: $0.ror.map { ["ror": $0] } ?? [:],
                    country: $0.country, start: $0.start, end: $0.end, origin: .declared)
            }
            var public_: [Tie] = []
            var keys = 0
            for scheme in MemberScheme.allCases {
                guard let key = m.recordKey(scheme) else { continue }
                keys += 1
                let sourcesOfScheme = facts.recordSources.filter { $0.value == scheme }.keys.sorted()
                if sourcesOfScheme.isEmpty {
                    limits.append(Limit(.member, m.id, "Member \(m.id) has a \(scheme.label) (\(key)) but the workspace declares no source of that kind: undisclosed ties in that record could not be checked.", incomplete: true))
                }
                for source in sourcesOfScheme {
                    let record = TeamFacts.recordKey(source, key)
                    guard let ties = facts.publicTies[record] else {
                        limits.append(Limit(.member, m.id, "The public record of member \(m.id) in \(source) (\(scheme.label) \(key)) could not be read: undisclosed ties in it could not be checked.", incomplete: true))
                        continue
                    }
                    public_ += ties.map { t, p in
                        Tie(member: m.id, type: t.tie, org: t.org, identifiers: t.orgIDs, country: t.orgCountry,
                            start: t.start, end: t.end, origin: .publicRecord, provenance: p, recordID: t.putCode,
                            otherNames: t.otherNames, datesReported: t.datesReported, work: t.work, department: t.department)
                    }
                    for gap in facts.recordGaps[record] ?? [] {
                        limits.append(Limit(.member, m.id, "Part of the public record of member \(m.id) in \(source) was not read (\(gap)): undisclosed ties in it could not be checked.", incomplete: true))
                    }
                    // A researchmap profile lists the ORCID iDs its owner linked: one that disagrees
                    // with the declared iD may be another person's record.
                    if scheme != .orcid, let orcid = m.orcid, let listed = facts.recordORCIDs[record], !listed.isEmpty, !listed.contains(orcid) {
                        limits.append(Limit(.member, m.id, "The \(scheme.label) record of member \(m.id) (\(key)) lists ORCID iD \(listed.sorted().joined(separator: ", ")), not the declared \(orcid): check that both are this member's."))
                    }
                }
            }
            if keys == 0 {
                limits.append(Limit(.member, m.id, "Member \(m.id) has no key to a public record (ORCID iD, researchmap permalink, KAKEN researcher number): undisclosed ties of this member could not be checked."))
            }
            public_ = Assessor.corroborated(public_)
            // Who a member works with (a co-author's, a co-investigator's institution) is no tie of
            // the member's to declare: never undisclosed, weighed only where a rule names it, and
            // one tie per organisation however many works show it.
            let publicCount = public_.count
            let grouped = aggregated(public_.filter { Assessor.relational.contains($0.type) })
            let relational = grouped.map(\.tie)
            public_ = public_.filter { !Assessor.relational.contains($0.type) }
            // A public tie that names a declared counterparty is confirmed only by a declaration of
            // its type and dates; the others are undisclosed. A public tie the declaration gives
            // otherwise (another type, older dates) is still weighed at its own type and dates: a
            // declaration never lowers what the public record shows.
            let undisclosed = public_.filter { p in
                !declared.contains { d in Assessor.same(d, p) }
            }
            let declaredOtherwise = public_.filter { p in
                let named = declared.filter { d in Assessor.same(d, p) }
                return !named.isEmpty && !named.contains { d in d.type == p.type && (p.datesReported == true || Assessor.datesAgree(d, p)) }
            }
            var memberFindings: [Finding] = []
            for tie in declared + undisclosed {
                memberFindings += evaluate(tie, member: m, undisclosed: tie.origin == .publicRecord, sensitivity: team.sensitivity)
            }
            for p in declaredOtherwise {
                let found = evaluate(p, member: m, undisclosed: false, sensitivity: team.sensitivity)
                guard !found.isEmpty else { continue }
                memberFindings += found
                // The disagreement is worth a line where it decides something.
                let d = declared.filter { Assessor.same($0, p) }.map { "\($0.type.rawValue) \(Assessor.span($0))" }.sorted().joined(separator: "; ")
                limits.append(Limit(.member, m.id, "Member \(m.id): the team file gives \(Text.markdown(p.org)) as \(d), the public record in \(p.provenance?.source ?? "?") as \(p.type.rawValue) \(Assessor.span(p)): it is weighed as the public record gives it."))
            }
            for tie in relational {
                // OpenAlex's institution (by its ROR id) and the affiliation as printed may name
                // different organisations: then an analyst decides, and it is no finding.
                // (Not a unit found under the institution OpenAlex assigned: the line as printed
                // reaches it only so.)
                if let listing = lists.listings(for: tie).first, listing.match.features["assigned_parent"] == nil,
                   let printed = printedElsewhere(tie, listing: listing) {
                    var item = ReviewItem(member: m.id, tie: tie, candidate: listing)
                    item.candidate.match.features["printed_affiliation"] = "the affiliation as printed (\(printed)) names another organisation than the institution OpenAlex assigned"
                    review.append(item)
                    continue
                }
                let found = evaluate(tie, member: m, undisclosed: false, sensitivity: team.sensitivity)
                memberFindings += found
                if found.isEmpty {
                    let listed = lists.listings(for: tie).filter { $0.record.category.map(ListCategory.concern.contains) ?? false }
                    if let first = listed.first { collaborations.append(ReviewItem(member: m.id, tie: tie, candidate: first)) }
                }
            }
            // A declared tie the public record names with other dates, and with none that agree.
            // (Years a record reported a tie in are not its dates: they contradict nothing.)
            for d in declared {
                let same = public_.filter { Assessor.same(d, $0) && $0.type == d.type && $0.datesReported != true }
                guard !same.isEmpty, !same.contains(where: { Assessor.datesAgree(d, $0) }) else { continue }
                memberFindings += evaluate(d, member: m, undisclosed: false, sensitivity: team.sensitivity,
                                           contradictedBy: same.sorted { ($0.start?.description ?? "", $0.recordID ?? "") < ($1.start?.description ?? "", $1.recordID ?? "") }.first)
            }
            // Near matches of every tie, one line per organisation and listing in the team; of a
            // co-authorship or collaboration only the nearest (a printed line is long and shares
            // words with many listed names).
            for tie in declared + undisclosed + relational {
                let isRelational = Assessor.relational.contains(tie.type)
                let shown = Assessor.shownForReview(lists.reviewCandidates(for: tie), relational: isRelational, matched: !lists.listings(for: tie).isEmpty)
                // (Normalised only for a tie with something to show: most ties have nothing.)
                guard !shown.isEmpty else { continue }
                let org = NameNormaliser().normalise(tie.org)
                for c in shown where reviewed.insert(c.record.key + "\u{1}" + org).inserted {
                    review.append(ReviewItem(member: m.id, tie: tie, candidate: c))
                }
            }
            // A printed line folded into its institution's tie (it reaches the same listing) keeps
            // what a rule sent to review from it: a defence laboratory of the host's printed under
            // another name, a listed unit after the line's own place.
            for (_, folded) in grouped {
                for line in folded {
                    let demoted = lists.reviewCandidates(for: line).filter { c in Assessor.demotions.contains { c.match.features[$0] != nil } }
                    guard !demoted.isEmpty else { continue }
                    let org = NameNormaliser().normalise(line.org)
                    for c in demoted where reviewed.insert(c.record.key + "\u{1}" + org).inserted {
                        review.append(ReviewItem(member: m.id, tie: line, candidate: c))
                    }
                }
            }
            // One tie is one finding: the rules that picked it out are its reasons, at the highest level.
            memberFindings = Assessor.merged(memberFindings)
            findings += memberFindings
            members.append(MemberSummary(id: m.id, name: m.name, role: m.role.rawValue, orcid: m.orcid,
                                         level: memberFindings.map(\.level).max() ?? .none,
                                         declaredTies: declared.count, publicTies: publicCount))
        }
        // The analysts' decisions: judged near matches become findings or leave, dismissed
        // findings leave the level (which is still shown as computed), the others are recorded.
        let decided = decide(facts.decisions, team: team, findings: findings, review: review)
        findings = decided.findings
        review = decided.review
        findings.sort(by: Assessor.order)
        let level = findings.map(\.level).max() ?? .none
        let computed = (findings + decided.dismissed).map(\.level).max() ?? .none
        for i in members.indices {
            members[i].level = findings.filter { $0.member == members[i].id }.map(\.level).max() ?? .none
        }
        // The team's outcome: that of its highest finding, by the profile's order of outcomes.
        let outcome = profile.outcomes.isEmpty ? nil : findings.filter { $0.level == level }.compactMap(\.outcome)
            .min { a, b in (profile.outcomes.firstIndex { $0.id == a } ?? 0) < (profile.outcomes.firstIndex { $0.id == b } ?? 0) }
            ?? profile.outcomes.first { $0.level == .none }?.id
        review.sort { ($0.member, $0.tie.org, $0.candidate.record.key) < ($1.member, $1.tie.org, $1.candidate.record.key) }
        // Proposed: what the findings call for that no agreement or accepted risk already covers.
        let used = Set(findings.filter { f in f.decision.map { !$0.decision.needsReviewBy } ?? true }.flatMap(\.mitigations))
        let mitigations = profile.mitigations.filter { used.contains($0.id) }
        var assessment = Assessment(
            team: team.id, title: team.title, programme: team.programme, sensitivity: team.sensitivity,
            profile: profile.id, profileTitle: profile.title, asOf: asOf, level: level,
            summary: "",  // worded by the report stage (`Summary.paragraph`) from these values
            members: members, findings: findings, mitigations: mitigations,
            sources: sources.sorted { $0.id < $1.id }, limits: limits.sorted(), needsReview: review, outcome: outcome,
            collaborations: collaborations)
        if !decided.records.isEmpty {
            assessment.computedLevel = computed
            assessment.dismissed = decided.dismissed.sorted(by: Assessor.order)
            assessment.decisions = decided.records
            assessment.agreedMeasures = decided.measures
        }
        return assessment
    }

    /// For a co-authorship whose institution matched `listing`: an affiliation as printed on its
    /// works that resolves to another organisation, when no part of any printed line reaches the
    /// listing's organisation. Nil when one does (a co-author printing the listed institution and
    /// another affiliation is still a co-author of the listed one), or when the printed lines
    /// resolve to nothing (the institution's id then stands).
    func printedElsewhere(_ tie: Tie, listing: Listing) -> String? {
        let printed = Set((tie.works ?? []).flatMap(\.rawAffiliations)).sorted()
        guard !printed.isEmpty, let entity = listing.entity else { return nil }
        var other: String?
        for line in printed {
            let q = OrganisationQuery(name: line)
            // (One scoring of the line for its listings and its near matches.)
            let found = lists.index.lookup(q)
            if found.listings.contains(where: { $0.entity == entity }) { return nil }
            // The institution's name printed within a university or an academy the listing never
            // names: another organisation of that name (see `EntityIndex.anotherParent`).
            if other == nil, let parent = lists.index.placedElsewhere(tie.org, in: line, entity: entity) {
                other = "“\(line)”: \(tie.org) within \(parent)"
                continue
            }
            guard other == nil, let hit = lists.index.best(for: q), hit.entity != entity else { continue }
            // A listing the line's rules took to review (a quoted name it lacks: `State
            // Machine-Building Design Bureau “Rainbow”` is no "KB Mashinostroyeniya"), where the
            // line comes near the institution's own listing too, is not what the line names.
            if hit.record.isListed, !found.listings.contains(where: { $0.record == hit.record }),
               found.near.contains(where: { n in n.record == hit.record && EntityIndex.demotedFeatures.contains { n.explanation.features[$0] != nil } }),
               found.near.contains(where: { $0.entity == entity }) { continue }
            // A line that names another listed organisation and, in another part, comes near the
            // institution's own listing ("Hefei National Research Center for Physical Sciences at
            // the Microscale, University of Science and Technology of China" for the institution
            // "Hefei National Laboratory for …"): the institution under another name, beside its
            // host or parent. (Near only through the other organisation's own words, "Harbin
            // Engineering University" for the institution "Army Engineering University", or through
            // a rule's demotion, it is another organisation.)
            if hit.record.isListed {
                let named = hit.explanation.normalised
                if found.near.contains(where: { n in
                    n.entity == entity && !Assessor.demotions.contains { n.explanation.features[$0] != nil }
                        && !named.contains(n.explanation.normalised) && !n.explanation.normalised.contains(named)
                }) { continue }
            }
            other = "“\(line)”: \(hit.record.name)"
        }
        return other
    }

    /// Features of near matches that a rule made of a match: never left out of review.
    /// (And review items that rules made from less than a near match: another listing's finding
    /// on the same co-authorship does not make them less worth a look.)
    static let demotions = EntityIndex.demotedFeatures + ["one_rare_word", "acronym_only", "lab_at_host", "listed_name_within", "look_alike_script",
                                                          "place_before_unit", "unit_without_parent", "own_name_with_unit", "defense_lab"]

    /// The near matches of a tie that reach *Needs review*: all of a tie of the member's own; of a
    /// co-authorship or collaboration (a printed line is long and shares words with many listed
    /// names) the nearest, unless the tie matched a listing, and always what a rule took from a
    /// finding to review (another university of a similar name, a listing that gives no country).
    /// The nearest is the nearest no rule demoted: a demoted one, shown anyway, must not take the
    /// place of the line's nearest own match ("Jinan Special Structure Research Institute of AVIC"
    /// behind another institute of the AVIC letters).
    static func shownForReview(_ near: [Listing], relational: Bool, matched: @autoclosure () -> Bool) -> [Listing] {
        guard relational else { return near }
        let demoted = near.filter { c in demotions.contains { c.match.features[$0] != nil } }
        guard !matched() else { return demoted }
        let nearest = near.first { c in !demotions.contains { c.match.features[$0] != nil } }
        return (nearest.map { [$0] } ?? []) + demoted
    }

    /// Ties about whom a member works with rather than for.
    static let relational: Set<TieType> = [.coauthorship, .collaboration]

    /// Relational ties of one member, one per organisation (its listed entity, else its name) and
    /// type: from the first work to the last, citing the five latest works and counting all. With
    /// each, the ties of the group whose names it does not carry (`folded`: lines that reach no
    /// listing it does not), for their own review items.
    func aggregated(_ ties: [Tie]) -> [(tie: Tie, folded: [Tie])] {
        var groups: [String: [Tie]] = [:]
        var order: [String] = []
        for t in ties {
            let entity = lists.listings(for: t).first.map { $0.entity ?? $0.record.key } ?? NameNormaliser().normalise(t.org)
            let key = t.type.rawValue + "|" + entity
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(t)
        }
        return order.map { key in
            let none = Day(year: 1, month: 1, day: 1)
            // The tie that stands for the group: an institution OpenAlex assigned before a line as
            // printed (both are evidence), then the latest.
            func assigned(_ t: Tie) -> Int { (t.works ?? []).contains { $0.rawAffiliations.contains(t.org) } ? 0 : 1 }
            let group = groups[key]!.sorted {
                (assigned($0), $0.end?.lastDay ?? none, $0.recordID ?? "", $0.org, $0.provenance?.source ?? "")
                    > (assigned($1), $1.end?.lastDay ?? none, $1.recordID ?? "", $1.org, $1.provenance?.source ?? "")
            }
            var tie = group[0]
            // A line of the group that reaches a listing the standing tie does not ("National Key
            // Laboratory of Radar Signal Processing, Xidian University" beside the institution
            // Xidian University): another name of the tie, so that its finding names both.
            var reached = Set(lists.listings(for: tie).map { $0.entity ?? $0.record.key })
            var others: [String] = []
            var folded: [Tie] = []
            for t in group.dropFirst().sorted(by: { $0.org < $1.org }) where t.org != tie.org && !others.contains(t.org) {
                let more = Set(lists.listings(for: t).map { $0.entity ?? $0.record.key }).subtracting(reached)
                guard !more.isEmpty else {
                    if !folded.contains(where: { $0.org == t.org }) { folded.append(t) }
                    continue
                }
                others.append(t.org)
                reached.formUnion(more)
            }
            folded.removeAll { others.contains($0.org) }
            if !others.isEmpty { tie.otherNames = (tie.otherNames ?? []) + others }
            tie.start = group.compactMap(\.start).min { $0.firstDay < $1.firstDay }
            tie.end = group.compactMap(\.end).max { $0.lastDay < $1.lastDay }
            var works: [WorkRef] = []
            for t in group { for w in t.works ?? [] where !works.contains(where: { $0.id == w.id }) { works.append(w) } }
            tie.workCount = works.isEmpty ? nil : works.count
            tie.works = works.isEmpty ? nil : Array(works.prefix(5))
            return (tie, folded)
        }
    }

    /// Public-record ties of one member with the same counterparty, type and an overlapping period,
    /// from different records (researchmap and KAKEN both give a university): one tie, the first
    /// record's, citing the others as further evidence. Ties from one record stay apart.
    static func corroborated(_ ties: [Tie]) -> [Tie] {
        var out: [Tie] = []
        for t in ties {
            if let i = out.firstIndex(where: { o in
                o.type == t.type && o.provenance?.source != t.provenance?.source && overlap(o, t) && same(o, t)
            }) {
                if let p = t.provenance { out[i].alsoIn = (out[i].alsoIn ?? []) + [TieEvidence(provenance: p, recordID: t.recordID)] }
            } else {
                out.append(t)
            }
        }
        return out
    }

    /// True when two ties name one counterparty under any of their names (a record may give
    /// the organisation in two languages).
    static func same(_ a: Tie, _ b: Tie) -> Bool {
        ([a.org] + (a.otherNames ?? [])).contains { x in
            ([b.org] + (b.otherNames ?? [])).contains { y in
                EntityIndex.same(OrganisationQuery(name: x, identifiers: a.identifiers, country: a.country),
                                 OrganisationQuery(name: y, identifiers: b.identifiers, country: b.country))
            }
        }
    }

    /// A tie's dates in words: `2019-04 to 2021`, `since 2019`, `undated`.
    static func span(_ t: Tie) -> String {
        switch (t.start, t.end) {
        case (let s?, let e?): return "\(s) to \(e)"
        case (let s?, nil): return "since \(s)"
        case (nil, let e?): return "until \(e)"
        case (nil, nil): return "undated"
        }
    }

    static func overlap(_ a: Tie, _ b: Tie) -> Bool {
        let past = Day(year: 1, month: 1, day: 1), future = Day(year: 9999, month: 12, day: 31)
        let aStart = a.start?.firstDay ?? past, aEnd = a.end?.lastDay ?? future
        let bStart = b.start?.firstDay ?? past, bEnd = b.end?.lastDay ?? future
        return aStart <= bEnd && bStart <= aEnd
    }

    private func query(_ t: Tie) -> OrganisationQuery {
        OrganisationQuery(name: t.org, identifiers: t.identifiers, country: t.country)
    }

    /// The findings the profile's rules make of one tie. With `contradictedBy`, only the rules
    /// about contradicted ties apply; without it, only the others.
    func evaluate(_ tie: Tie, member: MemberSpec, undisclosed: Bool, sensitivity: Sensitivity, contradictedBy: Tie? = nil,
                  listings given: [Listing]? = nil) -> [Finding] {
        var out: [Finding] = []
        var listings: [Listing]? = given
        var factorsDone = Set<String>()
        for rule in profile.rules {
            if let f = rule.factor, factorsDone.contains(f) { continue }
            guard rule.ties.contains(tie.type),
                  rule.orgCountries.map({ cs in tie.country.map { cs.contains($0.uppercased()) } ?? false }) ?? true,
                  rule.contradicted == (contradictedBy != nil),
                  rule.sensitivity.map({ $0.contains(sensitivity) }) ?? true,
                  !rule.undisclosed || undisclosed,
                  Assessor.after(rule.since, tie),
                  var window = within(rule.window, tie) else { continue }
            window.since = rule.since
            var hit: [Listing] = []
            if let categories = rule.categories {
                if listings == nil { listings = lists.listings(for: tie) }
                hit = listings!.filter { l in l.record.category.map(categories.contains) ?? false }
                if hit.isEmpty { continue }
            }
            if let f = rule.factor { factorsDone.insert(f) }
            out.append(Finding(member: member.id, memberName: member.name, tie: tie, listings: hit,
                               undisclosed: undisclosed, rule: rule.id, ruleTitle: rule.title, level: rule.level,
                               window: window, mitigations: rule.mitigations,
                               outcome: rule.outcome, contradictedBy: contradictedBy))
        }
        return out
    }

    /// Findings about the same tie merged into one: the highest level's rule first (the first
    /// such rule of the profile when several share it), the others as `also`, listings and
    /// mitigations united in their order.
    static func merged(_ findings: [Finding]) -> [Finding] {
        var out: [Finding] = []
        for f in findings {
            guard let k = out.firstIndex(where: { $0.tie == f.tie }) else {
                out.append(f)
                continue
            }
            var primary = f.level > out[k].level ? f : out[k]
            let other = f.level > out[k].level ? out[k] : f
            primary.also += [other.hit] + other.also
            for l in other.listings where !primary.listings.contains(where: { $0.record.key == l.record.key }) { primary.listings.append(l) }
            for m in other.mitigations where !primary.mitigations.contains(m) { primary.mitigations.append(m) }
            primary.contradictedBy = primary.contradictedBy ?? other.contradictedBy
            primary.also.sort { ($1.level, $0.rule) < ($0.level, $1.rule) }
            out[k] = primary
        }
        return out
    }

    /// The tie is current on, or ended on or after, `day` (no key date: always).
    static func after(_ day: Day?, _ tie: Tie) -> Bool {
        guard let day else { return true }
        guard let end = tie.end else { return true }
        return end.lastDay >= day
    }

    /// Two versions of one tie agree when the dates both give agree to the precision both give
    /// (a declaration of `2019` agrees with a record of `2019-04`); an end on one side only is a
    /// disagreement (ongoing against ended).
    static func datesAgree(_ a: Tie, _ b: Tie) -> Bool {
        func agree(_ x: PartialDate?, _ y: PartialDate?, bothNeeded: Bool) -> Bool {
            switch (x, y) {
            case (nil, nil): return true
            case (nil, _), (_, nil): return !bothNeeded
            case (let p?, let q?):
                if p.year != q.year { return false }
                if let pm = p.month, let qm = q.month, pm != qm { return false }
                if let pd = p.day, let qd = q.day, pd != qd { return false }
                return true
            }
        }
        return agree(a.start, b.start, bothNeeded: false) && agree(a.end, b.end, bothNeeded: true)
    }

    /// The window when the tie falls within it, nil when it does not.
    func within(_ window: Span?, _ tie: Tie) -> Window? {
        guard let end = tie.end else { return .ongoing }
        let last = end.lastDay
        if last >= asOf { return Window(state: .current, end: end) }
        guard let window else { return Window(state: .ended, end: end) }
        // The as-of date is in the report's header, not here: a window that named it changed
        // every ended finding every night.
        return last >= window.before(asOf) ? Window(state: .ended, end: end, lookBack: window) : nil
    }

    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.level != b.level { return a.level > b.level }
        return (a.member, a.tie.type.rawValue, a.tie.org, a.tie.origin.rawValue, a.rule)
            < (b.member, b.tie.type.rawValue, b.tie.org, b.tie.origin.rawValue, b.rule)
    }
}
