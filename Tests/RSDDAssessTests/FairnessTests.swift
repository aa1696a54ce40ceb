import Foundation
import RSDDAssess
import RSDDCore
import RSDDReport
import RSDDResolve
import RSDDParse
import Testing
import TestSupport

/// The demo's lists, teams and public records, read as the pipeline reads them.
struct DemoFacts {
    let lists: ListIndex
    let teams: [TeamSpec]
    let publicTies: [String: [(PublicTie, Provenance)]]

    init() throws {
        let ws = Workspace(root: repositoryRoot.appendingPathComponent("examples/demo"))
        var records: [Record] = []
        var provenance: [String: Provenance] = [:]
        for s in try ws.loadSources() where !s.isPerMember {
            let file = ws.root.appendingPathComponent(s.url)
            records += s.format == .ror ? try RORReader(source: s).read(contentsOf: file, file: s.url)
                : try RecordExtractor(source: s).extract(try Data(contentsOf: file), file: s.url).records
            provenance[s.id] = Provenance(source: s.id, title: s.title, url: s.url, retrieved: "2026-11-18T00:00:00Z",
                                          sha256: Files.sha256(try Data(contentsOf: file)))
        }
        lists = ListIndex(records: records, provenance: provenance)
        teams = try ws.loadTeams()
        var ties: [String: [(PublicTie, Provenance)]] = [:]
        let dir = ws.root.appendingPathComponent("snapshots/orcid")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".xml") {
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            let orcid = String(name.dropLast(4))
            let p = Provenance(source: "orcid", title: "ORCID", url: name, retrieved: "2026-11-18T00:00:00Z", sha256: Files.sha256(data))
            ties[TeamFacts.recordKey("orcid", orcid)] = try ORCIDReader(source: "orcid").read(data, file: name, orcid: orcid).map { ($0, p) }
        }
        publicTies = ties
    }

    func assess(_ team: TeamSpec, profile: String = "mext") throws -> Assessment {
        let p = try PolicyProfile.load(id: profile, workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        return Assessor(profile: p, lists: lists, asOf: Day(year: 2026, month: 11, day: 18))
            .assess(TeamFacts(team: team, publicTies: publicTies), sources: [], limits: [])
    }
}

/// A member's findings without the display name: what must not move when names or order do.
func signature(_ a: Assessment) -> [String: [String]] {
    Dictionary(grouping: a.findings, by: \.member).mapValues { fs in
        fs.map { "\($0.tie.type.rawValue)|\($0.tie.org)|\($0.rule)|\($0.level.rawValue)|\($0.listings.map(\.record.key).sorted())|\($0.undisclosed)" }.sorted()
    }
}

@Suite struct FairnessTests {
    static let names = ["王小明", "Алексей Иванов", "محمد علي", "Nguyễn Văn An", "Ngozi Okonkwo", "José María García",
                        "Kim Min-jun", "Aroha Ngata", "Priya Raghunathan", "Zhang Wei"]

    @Test(arguments: ["mext", "dod-2023", "strac"])
    func renamingEveryMemberChangesNothing(profile: String) throws {
        let demo = try DemoFacts()
        for team in demo.teams {
            let before = try demo.assess(team, profile: profile)
            for shift in 0..<3 {
                var renamed = team
                for i in renamed.members.indices { renamed.members[i].name = Self.names[(i + shift * 3) % Self.names.count] }
                let after = try demo.assess(renamed, profile: profile)
                #expect(signature(after) == signature(before), "\(team.id), names shifted by \(shift)")
                #expect(after.level == before.level)
                #expect(after.outcome == before.outcome)
            }
        }
    }

    @Test(arguments: ["mext", "dod-2023", "strac"])
    func reorderingMembersAndTiesChangesNothing(profile: String) throws {
        let demo = try DemoFacts()
        for team in demo.teams {
            let before = try demo.assess(team, profile: profile)
            var shuffled = team
            shuffled.members.reverse()
            for i in shuffled.members.indices { shuffled.members[i].ties.reverse() }
            let after = try demo.assess(shuffled, profile: profile)
            #expect(signature(after) == signature(before), "\(team.id)")
            #expect(after.level == before.level)
            #expect(after.findings.map(\.rule) == before.findings.map(\.rule), "findings come out in one order")
        }
    }

    @Test(arguments: ["mext", "dod-2023", "strac"])
    func addingAMemberWithoutConcerningTiesChangesNoOtherMember(profile: String) throws {
        let demo = try DemoFacts()
        let extra = try YAMLFile.decode(TeamSpec.self, yaml: """
        id: x
        title: X
        sensitivity: low
        members:
          - {id: m9, name: 王小明, role: collaborator, ties: [{type: employment, org: Example University of Sciences, start: 2020-01}]}
        """, displayPath: "teams/x.yml").members[0]
        for team in demo.teams {
            let before = try demo.assess(team, profile: profile)
            var grown = team
            grown.members.append(extra)
            let after = try demo.assess(grown, profile: profile)
            #expect(signature(after).filter { $0.key != "m9" } == signature(before), "\(team.id)")
            #expect(signature(after)["m9"] == nil)
            #expect(after.level == before.level)
        }
    }

    @Test func noAssessmentCarriesAnOriginAttribute() throws {
        let demo = try DemoFacts()
        for team in demo.teams {
            let a = try demo.assess(team)
            let json = String(decoding: try Files.jsonEncoder().encode(a), as: UTF8.self).lowercased()
            for word in ["nationality", "citizenship", "ethnicity", "place_of_birth", "\"race\""] {
                #expect(!json.contains(word), "\(team.id): \(word)")
            }
        }
    }
}

@Suite struct DisclosureTests {
    static let provenance = Provenance(source: "orcid", title: "ORCID", url: "file:///o.xml", retrieved: "2026-01-01T00:00:00Z",
                                       sha256: String(repeating: "d", count: 64))

    func assess(declared: String, public ties: [PublicTie], records: [Record] = []) throws -> Assessment {
        let team = try YAMLFile.decode(TeamSpec.self, yaml: """
        id: t
        title: T
        sensitivity: medium
        members:
          - id: m1
            name: N
            role: pi
            orcid: 9999-0000-0000-0019
            ties: \(declared)
        """, displayPath: "teams/t.yml")
        let p = try PolicyProfile.load(id: "mext", workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        let lp = Provenance(source: "list", title: "List", url: "file:///l.html", retrieved: "2026-01-01T00:00:00Z", sha256: String(repeating: "e", count: 64))
        return Assessor(profile: p, lists: ListIndex(records: records, provenance: ["list": lp]), asOf: Day(year: 2026, month: 11, day: 18))
            .assess(TeamFacts(team: team, publicTies: ["orcid/9999-0000-0000-0019": ties.map { ($0, Self.provenance) }]), sources: [], limits: [])
    }

    @Test func aPublicTieThatNoDeclaredTieNamesIsUndisclosedAndAResolvableSpellingIsNot() throws {
        let a = try assess(declared: "[{type: employment, org: \"Example Univ. of Sciences\", start: 2019-10}]", public: [
            PublicTie(source: "orcid", memberKey: "9999-0000-0000-0019", tie: .employment, org: "Example University of Sciences",
                      start: PartialDate(year: 2019, month: 10), putCode: "1"),
            PublicTie(source: "orcid", memberKey: "9999-0000-0000-0019", tie: .appointment, org: "Other Institute of Things",
                      start: PartialDate(year: 2024, month: 1), putCode: "2"),
        ])
        #expect(a.findings.filter(\.undisclosed).map(\.tie.org) == ["Other Institute of Things"])
        #expect(a.findings.filter { $0.rule == "contradicted-tie" }.isEmpty, "same start: no contradiction")
    }

    @Test func aDeclaredTieWhoseDatesThePublicRecordContradictsIsNotedLow() throws {
        let a = try assess(declared: "[{type: employment, org: Example University of Sciences, start: 2019-10, end: 2023-03}]", public: [
            PublicTie(source: "orcid", memberKey: "9999-0000-0000-0019", tie: .employment, org: "Example University of Sciences",
                      start: PartialDate(year: 2019, month: 10), putCode: "7"),
        ])
        let c = try #require(a.findings.first { $0.rule == "contradicted-tie" })
        #expect(c.level == .low)
        #expect(c.contradictedBy?.end == nil, "the record says ongoing")
        #expect(c.contradictedBy?.recordID == "7")
        #expect(!c.undisclosed)
        #expect(a.findings.filter(\.undisclosed).isEmpty)
    }

    @Test func aNearNameIsAnItemToReviewNeverAFinding() throws {
        let listed = Record(source: "list", id: "L1", name: "Northwind Aerospace Research Institute", category: .entityOfConcern)
        let a = try assess(declared: "[{type: advisory, org: Northwind Aerospace Research, start: 2024-01}]", public: [], records: [listed])
        #expect(a.findings.isEmpty)
        #expect(a.needsReview.map(\.candidate.record.key) == ["list:L1"])
        #expect(a.needsReview.first?.candidate.match.score == 0.75)
        #expect(a.level == .none)
    }

    @Test func aTeamAssessedOnAStaleSourceNamesIt() throws {
        let team = try YAMLFile.decode(TeamSpec.self, yaml: "id: t\ntitle: T\nsensitivity: low\nmembers: []\n", displayPath: "t.yml")
        let p = try PolicyProfile.load(id: "mext", workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        let stale = SourceStatus(id: "us-csl", title: "CSL", state: .stale, retrieved: "2026-11-01T00:00:00Z", sha256: nil,
                                 lastSuccess: "2026-11-01T00:00:00Z", error: "HTTP 503", snapshots: 1)
        let a = Assessor(profile: p, lists: ListIndex(records: [], provenance: [:]), asOf: Day(year: 2026, month: 11, day: 18))
            .assess(TeamFacts(team: team, publicTies: [:]), sources: [stale], limits: [Limit(.source, "us-csl", "Source us-csl is stale since 2026-11-01T00:00:00Z (last error: HTTP 503)")])
        #expect(Summary.paragraph(a).contains("Not every source was fresh (us-csl)"))
        #expect(a.limits.contains { $0.reason.contains("us-csl is stale") })
        #expect(a.sources.first?.state == .stale)
    }
}
