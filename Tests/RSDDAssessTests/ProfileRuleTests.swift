import Foundation
import RSDDAssess
import RSDDCore
import RSDDResolve
import Testing
import TestSupport

/// Every rule of every built-in profile, at the edges of its window.
@Suite struct ProfileRuleTests {
    static let ws = Workspace(root: URL(fileURLWithPath: "/nonexistent"))
    static let asOf = Day(year: 2026, month: 11, day: 18)
    static let provenance = Provenance(source: "list", title: "List", url: "file:///x/list.html",
                                       retrieved: "2026-01-01T00:00:00Z", sha256: String(repeating: "c", count: 64))

    /// (profile, rule) for every rule about declared ties of every built-in profile.
    static var cases: [(String, String)] {
        PolicyProfile.builtinIDs.flatMap { id in
            ((try? PolicyProfile.load(id: id, workspace: ws))?.rules ?? [])
                .filter { !$0.undisclosed && !$0.contradicted && $0.ties.contains(where: TieType.declarable.contains) }.map { (id, $0.id) }
        }
    }

    /// One member with one declared tie of the rule's first type to an organisation listed in the
    /// rule's first category (and in its first country), assessed under that rule alone.
    func findings(profile id: String, rule ruleID: String, start: PartialDate? = PartialDate(year: 2010, month: 1, day: 1),
                  end: PartialDate?, sensitivity: Sensitivity? = nil) throws -> [Finding] {
        var profile = try PolicyProfile.load(id: id, workspace: Self.ws)
        let rule = try #require(profile.rules.first { $0.id == ruleID })
        profile.rules = [rule]
        let country = rule.orgCountries?.first ?? "XA"
        let record = Record(source: "list", id: "R1", name: "Edge Case Laboratories Ltd.",
                            category: rule.categories?.first ?? .entityOfConcern, country: country)
        let assessor = Assessor(profile: profile, lists: ListIndex(records: [record], provenance: ["list": Self.provenance]), asOf: Self.asOf)
        var yaml = "id: t\ntitle: T\nsensitivity: \((sensitivity ?? rule.sensitivity?.first ?? .high).rawValue)\nmembers:\n"
        yaml += "  - {id: m1, name: N, role: pi, ties: [{type: \(rule.ties[0].rawValue), org: \"Edge Case Laboratories Ltd.\", country: \(country)"
        if let start { yaml += ", start: \"\(start)\"" }
        if let end { yaml += ", end: \"\(end)\"" }
        yaml += "}]}\n"
        let team = try YAMLFile.decode(TeamSpec.self, yaml: yaml, displayPath: "teams/t.yml")
        return assessor.assess(TeamFacts(team: team, publicTies: [:]), sources: [], limits: []).findings
    }

    /// The earliest end a tie may have for the rule to apply: the later of window and key date.
    func boundary(profile id: String, rule ruleID: String) throws -> Day? {
        let rule = try #require(try PolicyProfile.load(id: id, workspace: Self.ws).rules.first { $0.id == ruleID })
        let fromWindow = rule.window.map { $0.before(Self.asOf) }
        return [fromWindow, rule.since].compactMap { $0 }.max()
    }

    static func date(_ d: Day) -> PartialDate { PartialDate(year: d.year, month: d.month, day: d.day) }

    @Test(arguments: cases)
    func aTieEndingOnTheBoundaryCountsAndOneDayEarlierDoesNot(profile: String, rule: String) throws {
        guard let b = try boundary(profile: profile, rule: rule) else {
            // No look-back limit: a tie that ended long ago still counts.
            #expect(try findings(profile: profile, rule: rule, start: PartialDate(year: 1990), end: PartialDate(year: 1995)).count == 1)
            return
        }
        #expect(try findings(profile: profile, rule: rule, end: Self.date(b)).map(\.rule) == [rule], "ended \(b): inside")
        #expect(try findings(profile: profile, rule: rule, end: Self.date(b.adding(-1, .day))).isEmpty, "ended the day before \(b): outside")
    }

    @Test(arguments: cases)
    func anOngoingTieCounts(profile: String, rule: String) throws {
        let r = try #require(try PolicyProfile.load(id: profile, workspace: Self.ws).rules.first { $0.id == rule })
        let f = try findings(profile: profile, rule: rule, end: nil)
        // A rule for what predates a key date never sees an ongoing tie that started after it.
        #expect(f.count == 1, "\(r.id)")
        #expect(f.first?.window == Window(state: .current, since: r.since))
    }

    @Test(arguments: cases)
    func aTieGivenOnlyByItsYearCountsToTheEndOfThatYear(profile: String, rule: String) throws {
        guard let b = try boundary(profile: profile, rule: rule) else { return }
        // `2021` ends on 2021-12-31: inside when the boundary falls in 2021, outside the year before.
        #expect(try findings(profile: profile, rule: rule, start: PartialDate(year: 2000), end: PartialDate(year: b.year)).count == 1)
        #expect(try findings(profile: profile, rule: rule, start: PartialDate(year: 2000), end: PartialDate(year: b.year - 1)).isEmpty)
    }

    @Test(arguments: cases)
    func sensitivityGatesTheRule(profile: String, rule: String) throws {
        let r = try #require(try PolicyProfile.load(id: profile, workspace: Self.ws).rules.first { $0.id == rule })
        for s in Sensitivity.allCases {
            let applies = r.sensitivity.map { $0.contains(s) } ?? true
            #expect(try findings(profile: profile, rule: rule, end: nil, sensitivity: s).isEmpty == !applies, "\(s)")
        }
    }

    @Test func theBuiltInProfilesAreTheThreeThePolicyNames() {
        #expect(PolicyProfile.builtinIDs == ["dod-2023", "dod-2026", "mext", "strac"])
        #expect(Self.cases.count >= 12)
    }

    @Test func aDecisionMatrixRowAppliesOnceATie() throws {
        // A talent programme listed and current after 2024-08-09 is prohibited, and only that.
        let profile = try PolicyProfile.load(id: "dod-2023", workspace: Self.ws)
        let record = Record(source: "list", id: "P1", name: "Example Talent Plan", category: .foreignTalentProgramme)
        let assessor = Assessor(profile: profile, lists: ListIndex(records: [record], provenance: ["list": Self.provenance]), asOf: Self.asOf)
        let team = try YAMLFile.decode(TeamSpec.self, yaml: """
        id: t
        title: T
        sensitivity: medium
        members:
          - {id: m1, name: N, role: pi, ties: [{type: talent-programme, org: Example Talent Plan, start: 2018-01}]}
          - {id: m2, name: M, role: co-pi, ties: [{type: talent-programme, org: Example Talent Plan, start: 2015-01, end: 2018-12}]}
        """, displayPath: "teams/t.yml")
        let a = assessor.assess(TeamFacts(team: team, publicTies: [:]), sources: [], limits: [])
        #expect(a.findings.map(\.rule).sorted() == ["ftrp-before-2019", "ftrp-current-after-prohibition"])
        #expect(a.findings.first { $0.member == "m1" }?.outcome == "prohibited")
        #expect(a.findings.first { $0.member == "m2" }?.outcome == "mitigation-suggested")
        #expect(a.outcome == "prohibited")
        #expect(a.level == .high)
        #expect(a.limits.contains { $0.reason.contains("Factor 3 (patents") })
    }

    @Test func fundingFromACountryOfConcernIsAPropertyOfTheFunder() throws {
        let profile = try PolicyProfile.load(id: "dod-2023", workspace: Self.ws)
        let assessor = Assessor(profile: profile, lists: ListIndex(records: [], provenance: [:]), asOf: Self.asOf)
        let team = try YAMLFile.decode(TeamSpec.self, yaml: """
        id: t
        title: T
        sensitivity: medium
        members:
          - {id: m1, name: N, role: pi, ties: [{type: funding, org: Example Science Foundation, country: CN, start: 2022-01, end: 2024-12}]}
          - {id: m2, name: M, role: co-pi, ties: [{type: funding, org: Other Science Foundation, country: XA, start: 2022-01}]}
        """, displayPath: "teams/t.yml")
        let a = assessor.assess(TeamFacts(team: team, publicTies: [:]), sources: [], limits: [])
        #expect(a.findings.map(\.member) == ["m1"])
        #expect(a.findings.first?.outcome == "mitigation-required")
    }

    @Test(arguments: [
        ("rules:\n  - {id: r, ties: [employment], level: high, outcome: banned}\n", "rule r: outcome 'banned' is not defined under outcomes"),
        ("rules:\n  - {id: r, ties: [employment], level: high, widow: 5y}\n", "rule r: key 'widow': unknown key"),
        ("rules:\n  - {id: r, ties: [employment], level: high, org_countries: [China]}\n", "'CHINA' is not an ISO 3166 alpha-2 code"),
        ("rules:\n  - {id: r, ties: [friendship], level: high}\n", "rule r: key 'ties': unknown tie type 'friendship'"),
    ])
    func aWrongProfileNamesTheFileAndRule(yaml: String, message: String) throws {
        let dir = temporaryPath("rsdd-profile")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("p.yml")
        try ("id: p\ntitle: P\n" + yaml).write(to: file, atomically: true, encoding: .utf8)
        let e = #expect(throws: ConfigError.self) { try PolicyProfile.load(file, display: "policies/p.yml") }
        #expect(e?.description.hasPrefix("policies/p.yml:") == true, "\(e?.description ?? "")")
        #expect(e?.description.contains(message) == true, "\(e?.description ?? "")")
    }
}
