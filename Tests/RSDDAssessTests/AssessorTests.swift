import Foundation
import RSDDAssess
import RSDDCore
import RSDDReport
import RSDDResolve
import Testing
import TestSupport

@Suite struct AssessorTests {
    static let provenance = Provenance(source: "demo-list", title: "Demo list", url: "file:///x/list.html",
                                       retrieved: "2026-01-01T00:00:00Z", sha256: String(repeating: "a", count: 64))
    static let orcidProvenance = Provenance(source: "orcid", title: "ORCID", url: "file:///x/o.xml",
                                            retrieved: "2026-01-01T00:00:00Z", sha256: String(repeating: "b", count: 64))
    static let listed = Record(source: "demo-list", id: "EOC-1", name: "Listed Org Ltd.", category: .entityOfConcern, country: "XA")
    static let asOf = Day(year: 2026, month: 6, day: 15)

    func assessor() throws -> Assessor {
        let profile = try PolicyProfile.load(id: "mext", workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        return Assessor(profile: profile, lists: ListIndex(records: [Self.listed], provenance: ["demo-list": Self.provenance]),
                        asOf: Self.asOf)
    }

    func team(_ sensitivity: Sensitivity, ties: [DeclaredTie], orcid: String? = "9999-0000-0000-0019") throws -> TeamSpec {
        var yaml = "id: t\ntitle: T\nsensitivity: \(sensitivity.rawValue)\nmembers:\n  - id: m1\n    name: N\n    role: pi\n"
        if let orcid { yaml += "    orcid: \(orcid)\n" }
        yaml += "    ties:\n"
        for t in ties {
            yaml += "      - {type: \(t.type.rawValue), org: \"\(t.org)\""
            if let s = t.start { yaml += ", start: \"\(s)\"" }
            if let e = t.end { yaml += ", end: \"\(e)\"" }
            yaml += "}\n"
        }
        return try YAMLFile.decode(TeamSpec.self, yaml: yaml, displayPath: "teams/t.yml")
    }

    func assess(_ t: TeamSpec, public ties: [PublicTie] = []) throws -> Assessment {
        try assessor().assess(TeamFacts(team: t, publicTies: ["orcid/9999-0000-0000-0019": ties.map { ($0, Self.orcidProvenance) }]),
                              sources: [], limits: [])
    }

    @Test func theBuiltInProfileLoads() throws {
        let p = try PolicyProfile.load(id: "mext", workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        #expect(p.id == "mext")
        #expect(p.rules.map(\.id).contains("undisclosed-tie"))
        #expect(PolicyProfile.builtinIDs.contains("mext"))
    }

    @Test func anOngoingListedTieOnAHighSensitivityProjectIsHigh() throws {
        let a = try assess(try team(.high, ties: [DeclaredTie(type: .employment, org: "LISTED ORG LIMITED", start: PartialDate(year: 2020))]))
        #expect(a.level == .high)
        let f = try #require(a.findings.first)
        #expect(f.rule == "listed-tie-high")
        #expect(f.window == .ongoing)
        #expect(f.listings.map(\.record.key) == ["demo-list:EOC-1"])
        #expect(f.listings[0].provenance.sha256 == Self.provenance.sha256)
        #expect(!f.undisclosed)
        #expect(a.mitigations.map(\.id) == ["limit-access", "information-security", "data-handling"])
    }

    // The window is 5y back from 2026-06-15: it opens on 2021-06-15.
    @Test(arguments: [
        ("2021-06-15", true), ("2021-06-14", false), ("2021-06", true), ("2021-05", false), ("2021", true), ("2020", false),
    ])
    func theLookBackWindowEdges(end: String, inside: Bool) throws {
        let tie = DeclaredTie(type: .contract, org: "Listed Org", start: PartialDate(year: 2015), end: PartialDate(iso: end))
        let a = try assess(try team(.high, ties: [tie]))
        #expect((a.level == .high) == inside)
    }

    @Test(arguments: [(Sensitivity.high, Level.high), (.medium, .medium), (.low, .low)])
    func sensitivityGatesTheLevel(sensitivity: Sensitivity, level: Level) throws {
        let a = try assess(try team(sensitivity, ties: [DeclaredTie(type: .funding, org: "Listed Org")]))
        #expect(a.level == level)
        #expect(a.findings.count == 1)
    }

    @Test func anUnlistedDeclaredTieIsNoFinding() throws {
        let a = try assess(try team(.high, ties: [DeclaredTie(type: .employment, org: "Some Other University")]))
        #expect(a.level == .none)
        #expect(a.findings.isEmpty)
        #expect(Summary.paragraph(a).contains("No tie of any member matched"))
    }

    @Test func aPublicTieNotDeclaredIsUndisclosedAndADifferentSpellingIsNot() throws {
        let declared = [DeclaredTie(type: .employment, org: "Example Inst. of Tech.")]
        let ties = [
            PublicTie(source: "orcid", memberKey: "9999-0000-0000-0019", tie: .employment, org: "Example Institute of Technology", putCode: "1"),
            PublicTie(source: "orcid", memberKey: "9999-0000-0000-0019", tie: .appointment, org: "Other Body", putCode: "2"),
            PublicTie(source: "orcid", memberKey: "9999-0000-0000-0019", tie: .education, org: "Some College", putCode: "3"),
        ]
        let a = try assess(try team(.low, ties: declared), public: ties)
        #expect(a.findings.map(\.tie.org) == ["Other Body"])
        #expect(a.findings[0].undisclosed)
        #expect(a.findings[0].rule == "undisclosed-tie")
        #expect(a.findings[0].tie.provenance == Self.orcidProvenance)
        #expect(a.level == .low)
    }

    @Test func anUndisclosedListedTieIsOneFindingWithBothReasons() throws {
        let ties = [PublicTie(source: "orcid", memberKey: "9999-0000-0000-0019", tie: .appointment, org: "Listed Org Ltd", orgCountry: "XA")]
        let a = try assess(try team(.medium, ties: []), public: ties)
        #expect(a.findings.map(\.rule) == ["listed-tie-medium"], "one tie, one finding, at the highest level")
        #expect(a.findings[0].also.map(\.rule) == ["undisclosed-tie"])
        #expect(a.findings[0].also[0].level == .low)
        #expect(a.findings[0].mitigations.contains("disclosure"), "each reason's mitigations")
        #expect(a.level == .medium)
    }

    /// A team file cannot hide an ongoing public appointment at a listed organisation by declaring
    /// the same organisation as another type, or with old dates.
    @Test(arguments: [
        DeclaredTie(type: .contract, org: "Listed Org Ltd", start: PartialDate(year: 1990), end: PartialDate(year: 1991)),
        DeclaredTie(type: .appointment, org: "Listed Org Ltd", start: PartialDate(year: 1990), end: PartialDate(year: 1991)),
    ])
    func aDeclarationThatDisagreesNeverLowersAPublicTie(declared: DeclaredTie) throws {
        let ties = [PublicTie(source: "orcid", memberKey: "9999-0000-0000-0019", tie: .appointment, org: "Listed Org Ltd", orgCountry: "XA",
                              start: PartialDate(year: 2018), putCode: "7")]
        let undeclared = try assess(try team(.high, ties: []), public: ties)
        #expect(undeclared.level == .high)
        let a = try assess(try team(.high, ties: [declared]), public: ties)
        #expect(a.level == .high, "the public tie is weighed at its own type and dates")
        let f = try #require(a.findings.first { $0.tie.origin == .publicRecord })
        #expect(f.tie.type == .appointment && f.window == .ongoing)
        #expect(!f.undisclosed, "the organisation was declared, though otherwise")
        #expect(a.limits.contains { $0.reason.contains("the team file gives Listed Org Ltd as \(declared.type.rawValue) 1990 to 1991") && $0.reason.contains("appointment since 2018") })
    }

    @Test func aDeclarationThatAgreesConfirmsThePublicTie() throws {
        let ties = [PublicTie(source: "orcid", memberKey: "9999-0000-0000-0019", tie: .appointment, org: "Listed Org Ltd", orgCountry: "XA",
                              start: PartialDate(year: 2018), putCode: "7")]
        let a = try assess(try team(.high, ties: [DeclaredTie(type: .appointment, org: "Listed Org Ltd", start: PartialDate(year: 2018))]), public: ties)
        #expect(a.findings.count == 1)
        #expect(a.findings[0].tie.origin == .declared)
        #expect(!a.limits.contains { $0.reason.contains("the team file gives") })
    }

    /// The team file is written by or with the applicant: a country it gives never hides a listed
    /// organisation by itself (as `country:` or at the end of the name); the listing goes to review.
    @Test(arguments: [("Listed Org Ltd", "XB"), ("Listed Org Ltd, Harbour City, Taiwan", nil)] as [(String, String?)])
    func aCountryTheTeamFileGivesNeverHidesAListing(org: String, country: String?) throws {
        let yaml = "id: t\ntitle: T\nsensitivity: high\nmembers:\n  - id: m1\n    name: N\n    role: pi\n    ties:\n"
            + "      - {type: employment, org: \"\(org)\", start: \"2020\"\(country.map { ", country: \($0)" } ?? "")}\n"
        let a = try assess(try YAMLFile.decode(TeamSpec.self, yaml: yaml, displayPath: "teams/t.yml"))
        let item = try #require(a.needsReview.first, "\(org): neither a finding nor an item to review")
        #expect(a.findings.isEmpty)
        #expect(item.candidate.record.key == "demo-list:EOC-1")
        #expect(item.candidate.match.features["country"]?.contains("team file's country") == true)
    }

    @Test func aMemberWithoutORCIDIsALimit() throws {
        let a = try assess(try team(.high, ties: [], orcid: nil))
        #expect(a.limits == [Limit(.member, "m1", "Member m1 has no key to a public record (ORCID iD, researchmap permalink, KAKEN researcher number): undisclosed ties of this member could not be checked.")])
    }

    @Test func renamingAMemberChangesNothingButTheName() throws {
        let declared = [DeclaredTie(type: .employment, org: "Listed Org")]
        var t = try team(.high, ties: declared)
        let before = try assess(t)
        t.members[0].name = "Зоя Чжан-García"
        let after = try assess(t)
        #expect(before.level == after.level)
        #expect(before.findings.map(\.rule) == after.findings.map(\.rule))
        #expect(before.findings.map(\.listings) == after.findings.map(\.listings))
    }
    /// A report written before limits had a subject (sentences, the incomplete ones again under
    /// `incomplete`) still reads, with the same completeness, so that the next run's changes are right.
    @Test func limitsOfAnOlderReportReadAsSentences() throws {
        var a = try assess(try team(.high, ties: []))
        a.limits = [Limit(.source, "list", "Source list has no usable snapshot.", incomplete: true), Limit(.member, "m1", "Member m1 has no key.")]
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(a)) as! [String: Any]
        json["limits"] = ["Member m1 has no key.", "Source list has no usable snapshot."]
        json["incomplete"] = ["Source list has no usable snapshot."]
        let old = try JSONDecoder().decode(Assessment.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(!old.complete)
        #expect(old.incomplete.map(\.reason) == ["Source list has no usable snapshot."])
        #expect(old.limits.map(\.about) == [.unknown, .unknown])
        // And the new shape reads back as it was written.
        #expect(try JSONDecoder().decode(Assessment.self, from: JSONEncoder().encode(a)) == a)
    }
}

@Suite struct PolicyProfileTests {
    func load(_ yaml: String) throws -> PolicyProfile {
        let url = temporaryPath("rsdd-profile").appendingPathExtension("yml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return try PolicyProfile.load(url, display: "policies/x.yml")
    }

    static let base = """
    id: x
    title: X
    rules:
      - id: r1
        ties: [employment]
        categories: [entity-of-concern]
        level: high
    """

    @Test func readsAMinimalProfile() throws {
        let p = try load(Self.base)
        #expect(p.rules[0].window == nil)
        #expect(p.undisclosedTies == TieType.declarable)
    }

    @Test(arguments: [
        ("ties: [employment]", "ties: [friendship]", "unknown tie type 'friendship'"),
        ("categories: [entity-of-concern]", "categories: [bad-list]", "unknown category 'bad-list'"),
        ("level: high", "level: severe", "unknown level 'severe'"),
    ])
    func refusesUnknownValuesNamingFileAndRule(from: String, to: String, message: String) throws {
        let error = try #require(throws: ConfigError.self) { try load(Self.base.replacingOccurrences(of: from, with: to)) }
        #expect(error.file == "policies/x.yml")
        #expect(error.context == "rule r1")
        #expect(error.message.contains(message))
    }

    @Test func refusesAForbiddenAttribute() throws {
        let error = try #require(throws: ConfigError.self) {
            try load(Self.base + "\n    nationality: [XX]")
        }
        #expect(error.message.contains("key 'nationality' is not accepted"))
    }

}
