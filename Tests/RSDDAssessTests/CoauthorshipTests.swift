import Foundation
import RSDDAssess
import RSDDCore
import RSDDResolve
import RSDDParse
import Testing
import TestSupport

/// Co-authorship from OpenAlex: the real work read into ties, and the profiles that weigh it.
@Suite struct CoauthorshipTests {
    @Test func theRealWorkGivesTheOtherAuthorsInstitutionsNotTheMembersOwn() throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the OpenAlex test needs it")
            return
        }
        let work = try Data(contentsOf: data.appendingPathComponent("openalex/work_W2741809807.json"))
        // The member is one of the University of Washington authors (matched by ORCID iD only).
        let ties = try OpenAlexReader(source: "openalex").read([work], file: "work.json", members: ["0000-0002-0431-4221"])
        #expect(ties.allSatisfy { $0.tie == .coauthorship && $0.memberKey == "0000-0002-0431-4221" })
        let institutions: Set<String> = ["Our Research", "Impact Technology Development (United States)", "Université de Montréal",
                                         "Université du Québec à Montréal", "Simon Fraser University", "University of Ottawa"]
        #expect(Set(ties.filter { !$0.orgIDs.isEmpty || $0.orgCountry != nil }.map(\.org)) == institutions)
        // Each other author's affiliation as printed is a tie too (OpenAlex may assign none, or a parent).
        let printed = Set(ties.filter { $0.orgIDs.isEmpty && $0.orgCountry == nil }.map(\.org))
        #expect(printed.contains("Impactstory, Sanford, NC, USA"))
        #expect(printed.contains("School of Information Studies, University of Ottawa, Ottawa, ON, Canada"))
        #expect(printed.allSatisfy { $0.contains(",") || $0.contains(" ") })
        #expect(!ties.contains { $0.org.contains("University of Washington") || $0.org == "Seattle University" }, "the member's own institutions on the work")
        let ottawa = try #require(ties.first { $0.org == "University of Ottawa" })
        #expect(ottawa.orgIDs["ror"] == "https://ror.org/03c4mmv16")
        #expect(ottawa.orgCountry == "CA", "the institution's country")
        #expect(ottawa.start?.description == "2018-02-13" && ottawa.end == ottawa.start)
        #expect(ottawa.putCode == "W2741809807")
        #expect(ottawa.work?.doi == "https://doi.org/10.7717/peerj.4375")
        #expect(ottawa.work?.position == "last")
        #expect(ottawa.work?.rawAffiliations.contains { $0.contains("University of Ottawa") } == true)
        // A member not on the work has no ties from it; the co-authors' names are in no tie.
        #expect(try OpenAlexReader(source: "openalex").read([work], file: "work.json", members: ["0000-0002-1825-0097"]).isEmpty)
        let written = String(decoding: try JSONEncoder().encode(ties), as: UTF8.self)
        let json = try #require(try JSONSerialization.jsonObject(with: work) as? [String: Any])
        let names = (json["authorships"] as? [[String: Any]] ?? []).compactMap { ($0["author"] as? [String: Any])?["display_name"] as? String }
        #expect(names.count == 9)
        #expect(!names.contains { written.contains($0) })
    }

    static let listed = Record(source: "demo-list", id: "EOC-1", name: "Listed Aerospace Institute", category: .entityOfConcern, country: "XA")
    static let listProvenance = Provenance(source: "demo-list", title: "Demo list", url: "file:///x/list.html",
                                           retrieved: "2026-01-01T00:00:00Z", sha256: String(repeating: "a", count: 64))
    static let worksProvenance = Provenance(source: "openalex", title: "OpenAlex", url: "file:///x/works.json",
                                            retrieved: "2026-01-01T00:00:00Z", sha256: String(repeating: "c", count: 64))

    func assess(_ profile: String, works dates: [String]) throws -> Assessment {
        let p = try PolicyProfile.load(id: profile, workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        let assessor = Assessor(profile: p, lists: ListIndex(records: [Self.listed], provenance: ["demo-list": Self.listProvenance]),
                                asOf: Day(year: 2026, month: 11, day: 18))
        let team = try YAMLFile.decode(TeamSpec.self, yaml: "id: t\ntitle: T\nsensitivity: high\nmembers:\n  - {id: m1, name: N, orcid: 9999-0000-0000-0019}\n",
                                       displayPath: "teams/t.yml")
        let ties = dates.enumerated().map { i, d in
            PublicTie(source: "openalex", memberKey: "9999-0000-0000-0019", tie: .coauthorship, org: "Listed Aerospace Institute",
                      orgCountry: "XA", start: PartialDate(iso: d), end: PartialDate(iso: d), putCode: "W\(i)",
                      work: WorkRef(id: "W\(i)", date: PartialDate(iso: d), position: "middle"))
        }
        return assessor.assess(TeamFacts(team: team, publicTies: ["openalex/9999-0000-0000-0019": ties.map { ($0, Self.worksProvenance) },
                                                                   "orcid/9999-0000-0000-0019": []],
                                         recordSources: ["orcid": .orcid, "openalex": .orcid]),
                               sources: [], limits: [])
    }

    @Test func underDod2026ACoauthorshipWithinFiveYearsIsOneFindingWithItsWorks() throws {
        let a = try assess("dod-2026", works: ["2019-03-01", "2023-05-10", "2024-02-01", "2022-07-07", "2021-01-09", "2024-11-30", "2023-01-02"])
        let f = try #require(a.findings.first { $0.rule == "listed-coauthorship" })
        #expect(a.findings.filter { $0.tie.type == .coauthorship }.count == 1, "one finding per organisation, not one per work")
        #expect(f.outcome == "mitigation-required")
        #expect(f.tie.workCount == 7)
        #expect(f.tie.works?.count == 5)
        #expect(f.tie.works?.first?.date?.description == "2024-11-30", "the latest works are cited")
        #expect(f.tie.start?.description == "2019-03-01" && f.tie.end?.description == "2024-11-30")
        #expect(!f.undisclosed)
        #expect(a.collaborations.isEmpty)
    }

    @Test func aCoauthorshipSixYearsAgoIsNoFinding() throws {
        let a = try assess("dod-2026", works: ["2020-06-01"])
        #expect(!a.findings.contains { $0.tie.type == .coauthorship })
        #expect(a.collaborations.count == 1, "still shown, without a level")
    }

    @Test(arguments: ["mext", "strac", "dod-2023"])
    func otherProfilesShowItUnderCollaborationsOnly(profile: String) throws {
        let a = try assess(profile, works: ["2025-01-15", "2025-03-01"])
        #expect(!a.findings.contains { $0.tie.type == .coauthorship })
        #expect(a.level == .none)
        let c = try #require(a.collaborations.first)
        #expect(c.tie.workCount == 2)
        #expect(c.candidate.record.key == "demo-list:EOC-1")
        #expect(a.needsReview.isEmpty, "a co-authorship is no near match to review")
    }

    /// OpenAlex sometimes assigns the wrong institution (the real work shows "Seattle University"
    /// beside "University of Washington" for an Information School of the latter).
    @Test func anInstitutionThePrintedAffiliationContradictsGoesToReview() throws {
        let listed = Record(source: "demo-list", id: "EOC-9", name: "Harbour City Fictional University", category: .entityOfConcern, country: "XA")
        let registry = Record(source: "reg", id: "0reg00001", name: "Lakeside Fictional University", category: .registry, country: "XA",
                              identifiers: ["ror": "0reg00001"])
        let p = try PolicyProfile.load(id: "dod-2026", workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        let lists = ListIndex(records: [listed, registry], provenance: ["demo-list": Self.listProvenance, "reg": Self.listProvenance])
        let assessor = Assessor(profile: p, lists: lists, asOf: Day(year: 2026, month: 11, day: 18))
        let team = try YAMLFile.decode(TeamSpec.self, yaml: "id: t\ntitle: T\nsensitivity: high\nmembers:\n  - {id: m1, name: N, orcid: 9999-0000-0000-0019}\n",
                                       displayPath: "teams/t.yml")
        func assess(printed: String...) -> Assessment {
            let tie = PublicTie(source: "openalex", memberKey: "9999-0000-0000-0019", tie: .coauthorship, org: "Harbour City Fictional University",
                                orgCountry: "XA", start: PartialDate(iso: "2025-01-01"), end: PartialDate(iso: "2025-01-01"), putCode: "W1",
                                work: WorkRef(id: "W1", date: PartialDate(iso: "2025-01-01"), rawAffiliations: printed))
            return assessor.assess(TeamFacts(team: team, publicTies: ["openalex/9999-0000-0000-0019": [(tie, Self.worksProvenance)],
                                                                       "orcid/9999-0000-0000-0019": []],
                                             recordSources: ["orcid": .orcid, "openalex": .orcid]), sources: [], limits: [])
        }
        let conflicting = assess(printed: "School of Information, Lakeside Fictional University, Harbour City")
        #expect(conflicting.findings.isEmpty)
        let item = try #require(conflicting.needsReview.first)
        #expect(item.candidate.record.key == "demo-list:EOC-9")
        #expect(item.candidate.match.features["printed_affiliation"]?.contains("Lakeside Fictional University") == true)
        // A printed affiliation that resolves to nothing leaves the institution's id standing.
        let unknown = assess(printed: "Department of Things, Nowhere Particular")
        #expect(unknown.findings.contains { $0.rule == "listed-coauthorship" })
        #expect(unknown.needsReview.isEmpty)
        // A co-author who prints the listed institution and another affiliation is a co-author of
        // the listed one: any part of any printed line that reaches it keeps the finding.
        for dual in [["Harbour City Fictional University", "Lakeside Fictional University"],
                     ["Lakeside Fictional University", "Dept. of Physics, Harbour City Fictional University, Harbour City"]] {
            let a = assess(printed: dual[0], dual[1])
            #expect(a.findings.contains { $0.rule == "listed-coauthorship" }, "dual affiliation: \(dual)")
            #expect(a.needsReview.isEmpty)
        }
    }
}
