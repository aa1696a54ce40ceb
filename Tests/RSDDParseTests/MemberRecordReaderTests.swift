import Foundation
import RSDDCore
import RSDDParse
import Testing
import TestSupport

/// researchmap and KAKEN records read into public ties: the real files of `../shared/data`
/// (skipped when absent) and small fictional ones. People are never matched or printed by name.
@Suite struct ResearchmapReaderTests {
    func real() throws -> ResearchmapReader.Profile? {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the researchmap test needs it")
            return nil
        }
        let file = data.appendingPathComponent("researchmap/wakanakuwata_excerpt.json")
        return try ResearchmapReader(source: "researchmap").read(try Data(contentsOf: file), file: "wakanakuwata_excerpt.json", permalink: "wakanakuwata")
    }

    @Test func theRealProfileGivesItsTiesInBothLanguages() throws {
        guard let p = try real() else { return }
        let nii = try #require(p.ties.first { $0.putCode == "rm:id 49517096" })
        #expect(nii.tie == .employment)
        #expect(nii.org == "National Institute of Informatics")
        #expect(nii.otherNames == ["国立情報学研究所"])
        #expect(nii.orgIDs["researchmap-institution"] == "A158002013")
        #expect(nii.start?.description == "2023-05")
        #expect(nii.end == nil, "9999 is ongoing")
        #expect(nii.memberKey == "wakanakuwata")

        // Education: three stints at one university; the current affiliation (a doctoral student's)
        // is the ongoing one, not a fourth tie nor an employment.
        let hyogo = p.ties.filter { ([$0.org] + $0.otherNames).contains("兵庫県立大学") }
        #expect(hyogo.filter { $0.tie == .education }.count == 3)
        #expect(!hyogo.contains { $0.tie == .employment })
        let degree = try #require(hyogo.first { $0.tie == .qualification })
        #expect(degree.start?.description == "2025-03")
        #expect(p.ties.contains { $0.tie == .service && $0.org == "日本データベース学会" && $0.start?.description == "2024-07" })
        #expect(p.ties.filter { $0.tie == .membership }.map(\.org).sorted() == ["情報処理学会", "日本データベース学会"])
        #expect(p.orcids == ["0009-0009-4612-4467"])
        #expect(p.unread.isEmpty)
    }

    @Test func aProfileOfAnotherPermalinkIsRefused() throws {
        guard let data = sharedData else { return }
        let bytes = try Data(contentsOf: data.appendingPathComponent("researchmap/wakanakuwata_excerpt.json"))
        let e = try #require(throws: ParseError.self) { try ResearchmapReader(source: "researchmap").read(bytes, file: "x.json", permalink: "someone-else") }
        #expect(e.message.contains("not of the declared 'someone-else'"))
    }

    /// An answer without the declared permalink is not the member's profile, whatever else it holds.
    @Test(arguments: [#"{"@graph": []}"#, #"{"affiliations": []}"#, #"{"permalink": "", "@graph": []}"#, #"{"permalink": ["demo-x"], "@graph": []}"#])
    func aProfileWithoutTheDeclaredPermalinkIsRefused(text: String) throws {
        let e = try #require(throws: ParseError.self) { try ResearchmapReader(source: "researchmap").read(Data(text.utf8), file: "x.json", permalink: "demo-x") }
        #expect(e.description.hasPrefix("x.json: source researchmap: "), "\(e.description)")
        #expect(e.message.contains("the declared 'demo-x'"), "\(e.description)")
    }

    static let fictional = #"""
    {"permalink": "demo-x", "@graph": [
      {"@type": "research_experience", "total_items": 5, "items": [
        {"rm:id": "1", "from_date": "2020-04", "to_date": "2022-03", "affiliation": {"ja": "架空大学"}, "job": {"ja": "客員研究員"}},
        {"rm:id": "2", "from_date": "2021", "to_date": "9999", "affiliation": {"en": "Fictional Institute"}, "job": {"ja": "非常勤講師"}},
        {"rm:id": "3", "display": "closed", "from_date": "2021", "to_date": "9999", "affiliation": {"en": "Hidden Institute"}}
      ]},
      {"@type": "research_projects", "total_items": 1, "items": [
        {"rm:id": "4", "from_date": "2022-04", "to_date": "2025-03", "offer_organization": {"ja": "架空振興会", "en": "Fictional Promotion Society"},
         "system_name": {"ja": "架空研究費"}, "research_project_title": {"ja": "架空の研究"}}
      ]},
      {"@type": "awards", "total_items": 1, "items": [
        {"rm:id": "5", "from_date": "2023-11", "association": {"ja": "架空学会"}, "award_name": {"ja": "架空賞"}}
      ]}
    ]}
    """#

    @Test func jobTitlesSectionsAndLongSections() throws {
        let p = try ResearchmapReader(source: "researchmap").read(Data(Self.fictional.utf8), file: "f.json", permalink: "demo-x")
        #expect(p.ties.first { $0.putCode == "rm:id 1" }?.tie == .visiting, "客員 is a visiting appointment")
        #expect(p.ties.first { $0.putCode == "rm:id 2" }?.tie == .appointment, "非常勤 is a concurrent appointment")
        #expect(p.ties.first { $0.putCode == "rm:id 2" }?.role == "非常勤講師")
        #expect(!p.ties.contains { $0.putCode == "rm:id 3" }, "an item that is not disclosed is not read")
        let grant = try #require(p.ties.first { $0.putCode == "rm:id 4" })
        #expect(grant.tie == .funding && grant.org == "Fictional Promotion Society" && grant.otherNames == ["架空振興会"])
        #expect(grant.title == "架空の研究")
        #expect(p.ties.first { $0.putCode == "rm:id 5" }?.tie == .distinction)
        #expect(p.unread == ["researchmap section research_experience of demo-x holds 5 items, the profile embeds 3"])
    }

    @Test(arguments: ["", "[1,2]", "{\"name\": 1}", "{\"permalink\": \"demo-x\", \"@graph\": ["])
    func badInputIsOneLineNamingTheFile(text: String) throws {
        let e = try #require(throws: ParseError.self) { try ResearchmapReader(source: "researchmap").read(Data(text.utf8), file: "bad.json", permalink: "demo-x") }
        #expect(e.description.contains("bad.json"))
        #expect(!e.description.contains("\n"))
    }
}

@Suite struct KakenReaderTests {
    func real(_ number: String) throws -> [PublicTie]? {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the KAKEN test needs it")
            return nil
        }
        let file = data.appendingPathComponent("kaken/nrid_researchers_osaka_2022.json")
        return try KakenReader(source: "kaken").read(try Data(contentsOf: file), file: "nrid.json", researcher: number)
    }

    @Test func eighteenReportedRowsAtOneUniversityAreOneOngoingStint() throws {
        guard let ties = try real("50283734") else { return }
        let jobs = ties.filter { $0.tie == .employment }
        #expect(jobs.count == 1)
        let osaka = try #require(jobs.first)
        #expect(osaka.org == "大阪大学")
        #expect(osaka.otherNames.contains("Osaka University"), "the English line's organisation part: \(osaka.otherNames)")
        #expect(!osaka.otherNames.contains { $0.contains("Professor") })
        #expect(osaka.orgIDs["erad-institution"] == "2114401000", "the current affiliation's e-Rad code, joined by name")
        #expect(osaka.start?.description == "1997")
        #expect(osaka.end == nil, "the current affiliation is ongoing whatever its until")
        #expect(osaka.datesReported)
    }

    @Test func oneInstitutionUnderThreeLegalFormsIsOne() throws {
        guard let ties = try real("40395124") else { return }
        let jobs = ties.filter { $0.tie == .employment }
        let nict = try #require(jobs.first { $0.orgIDs["erad-institution"] == "0000000640" })
        #expect(nict.org == "国立研究開発法人情報通信研究機構")
        #expect(nict.start?.description == "2011" && nict.end == nil)
        #expect(jobs.count == 2, "NICT and one earlier university: \(jobs.map(\.org))")
        #expect(jobs.contains { $0.org == "玉川大学" && $0.start?.description == "2010" && $0.end?.description == "2010" })
    }

    @Test func projectsAreFundingAndCoInvestigatorsInstitutionsAreCollaborations() throws {
        guard let data = sharedData, let ties = try real("60242038") else { return }
        let funding = ties.filter { $0.tie == .funding }
        #expect(funding.count == 18)
        #expect(funding.allSatisfy { $0.putCode?.hasPrefix("KAKENHI ") == true && $0.grantNumbers.count == 1 && $0.fundingType != nil })
        let collaborations = ties.filter { $0.tie == .collaboration }
        #expect(collaborations.allSatisfy { $0.putCode?.hasPrefix("KAKENHI ") == true && !$0.org.isEmpty })
        // No person's name is kept anywhere in any tie.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("kaken/nrid_researchers_osaka_2022.json"))) as! [String: Any]
        var names = Set<String>()
        func collect(_ v: Any) {
            if let d = v as? [String: Any] {
                for (k, x) in d {
                    if k == "person:name" || k == "name" || k == "names", let list = x as? [[String: Any]] { for n in list { if let t = n["text"] as? String { names.insert(t) } } }
                    if k == "name", let n = x as? [String: Any], let h = n["humanReadableValue"] as? [[String: Any]] { for m in h { if let t = m["text"] as? String { names.insert(t) } } }
                    collect(x)
                }
            } else if let a = v as? [Any] { a.forEach(collect) }
        }
        collect(json)
        #expect(names.count > 20)
        let written = String(decoding: try JSONEncoder().encode(ties), as: UTF8.self)
        #expect(!names.contains { written.contains($0) }, "a person's name reached a tie")
    }

    @Test func anEmptyAnswerIsAFailureNeverNoTies() throws {
        let empty = try #require(throws: ParseError.self) {
            try KakenReader(source: "kaken").read(Data(#"{"researchers": []}"#.utf8), file: "k.json", researcher: "12345678")
        }
        #expect(empty.message.contains("throttles"))
        guard let data = sharedData else { return }
        let other = try #require(throws: ParseError.self) {
            try KakenReader(source: "kaken").read(try Data(contentsOf: data.appendingPathComponent("kaken/nrid_researchers_osaka_2022.json")), file: "k.json", researcher: "12345678")
        }
        #expect(other.message.contains("12345678 is not among the 7"))
    }
}
