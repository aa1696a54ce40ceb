import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 33: a unit printed "under" its parent, small joining words that are no subject of a name,
/// more of the DPRK's words in Hangul, and listings under the other names papers print for them
/// (rsdd's table, `OtherNames`). The listings of the table are real list cells (the table's own
/// test checks them against the lists); the lines around them are fictional.
@Suite struct Round33ResolveTests {
    /// "X under the Y" is a unit and its parent: read as the two parts papers print otherwise.
    @Test func aUnitPrintedUnderItsParent() {
        #expect(EntityIndex.underApart("Institute of Automation under the State Academy of Sciences, Pyongyang, DPR Korea")
            == "Institute of Automation, State Academy of Sciences, Pyongyang, DPR Korea")
        #expect(EntityIndex.underApart("Fictional Institute under Fictional Ministry, Fictionville") == "Fictional Institute, Fictional Ministry, Fictionville")
        // Not a word inside another, nor a title, nor "under" before small words.
        #expect(EntityIndex.underApart("Underwater Acoustics Laboratory, Fictional University, Harbin") == nil)
        #expect(EntityIndex.underApart("Office of the Under Secretary, Fictionville") == nil)
        #expect(EntityIndex.underApart("Dept. of Materials under stress testing, Fictional University") == nil)
        // A listing whose name puts the parent first: found, where before the line was only near.
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Fictional Academy of Science Institute of Automation", category: .entityOfConcern, country: "North Korea"),
        ])
        let line = "Institute of Automation under the Fictional Academy of Sciences, Pyongyang, DPR Korea"
        #expect(index.listedIDs(line) == ["a"])
        #expect(index.firstFeatures(line)["expanded"]?.contains("under") == true)
        // Another country's line: nothing.
        #expect(index.listedIDs("Institute of Automation under the Fictional Academy of Sciences, Fictionville, Germany").isEmpty)
    }

    /// "on", "under", "by": words that join a name's words are never the subject word a line is
    /// said to leave out.
    @Test func joiningWordsAreNoSubjectWords() {
        let records = (0..<6).map { i in
            Record(source: "l", id: "k\(i)", name: "Fictional Key Laboratory on Subject \(i) Lasers", category: .entityOfConcern, country: "China")
        }
        let index = EntityIndex(records: records)
        #expect(index.isSubjectWord("lasers") || index.isSubjectWord("laser"))
        #expect(!index.isSubjectWord("on"))
        #expect(!index.isSubjectWord("under"))
    }

    /// More of the DPRK's words in Hangul: 보건 (health), 식품 (food), and the place of the
    /// Nyongbyon centre in both Koreas' spellings (녕변, 영변).
    @Test func moreOfTheDPRKsWords() {
        #expect(HanGlossary.koreanLine("보건식품과학원, 평양, 조선민주주의인민공화국")?.hasPrefix("Health Food Academy of Sciences") == true)
        #expect(HanGlossary.koreanLine("녕변원자력연구소, 녕변, 조선민주주의인민공화국")?.hasPrefix("Nyongbyon Atomic Energy Institute") == true)
        let listing = Record(source: "l", id: "h", name: "Fictional Academy of Health and Food Science", aliases: ["Academy of Health and Food Science"],
                             category: .entityOfConcern, country: "North Korea")
        let index = EntityIndex(records: [listing])
        #expect(index.listedIDs("보건식품과학원, 평양, 조선민주주의인민공화국") == ["h"])
        // The Republic of Korea's line (no DPRK, no Pyongyang): nothing.
        #expect(index.listedIDs("보건식품과학원, 서울").isEmpty)
    }

    /// Other names of round 33: each listing found under a name its papers print, the evidence
    /// naming the table's name; the subject alone, or another country's body of that name, not.
    @Test func otherNamesOfRoundThirtyThree() {
        let cases: [(listed: String, country: String, line: String, other: String)] = [
            ("National Defense College\n(国防大学)", "North Korea", "Dept. of Engineering, Kanggye Univ. of National Defence, Kanggye, DPR Korea",
             "Kanggye University of National Defence"),
            ("Air Force Early Warning Academy", "China", "Dept. of Radar Engineering, Air Force Radar Academy, Wuhan 430019, China", "Air Force Radar Academy"),
            ("Federal Research Center Boreskov Institute of Catalysis", "Russia", "Лаборатория катализаторов, Институт катализа СО РАН, Новосибирск, Россия",
             "Institut Kataliza SO RAN"),
            ("Federal Research Center Boreskov Institute of Catalysis", "Russia", "Lab. of Catalysts, Institute of Catalysis SB RAS, Novosibirsk 630090, Russia",
             "Institute of Catalysis, Siberian Branch of the Russian Academy of Sciences"),
            ("Yongbyon Nuclear Research Centre", "North Korea", "녕변원자력연구소, 녕변, 조선민주주의인민공화국", "Nyongbyon Atomic Energy Research Institute"),
        ]
        for c in cases {
            let listing = Record(source: "l", id: "x", name: c.listed, category: .entityOfConcern, country: c.country)
            #expect(OtherNames.of(listing).contains { $0.name == c.other }, "\(c.listed)")
            let index = EntityIndex(records: [listing])
            #expect(index.listedIDs(c.line) == ["x"], "\(c.line)")
            #expect(index.firstFeatures(c.line)["other_name"] != nil || index.firstFeatures(c.line)["expanded"] != nil, "\(c.line)")
        }
        // Another country's "Air Force Radar Academy", another institute of catalysis: nothing.
        let academy = EntityIndex(records: [Record(source: "l", id: "x", name: "Air Force Early Warning Academy", category: .entityOfConcern, country: "China")])
        #expect(academy.listedIDs("Air Force Radar Academy, Fictionville, Germany").isEmpty)
        let catalysis = EntityIndex(records: [Record(source: "l", id: "x", name: "Federal Research Center Boreskov Institute of Catalysis",
                                                     category: .entityOfConcern, country: "Russia")])
        #expect(catalysis.listedIDs("Institute of Catalysis and Petrochemistry, Fictional Council, Madrid, Spain").isEmpty)
        #expect(catalysis.listedIDs("Institute of Petrochemistry and Catalysis RAS, Ufa, Russia").isEmpty)
        #expect(catalysis.listedIDs("Institute of Catalysis, Fictional University, Fictionville, Chile").isEmpty)
        // An academy's institute whose other name the lists' table gives with its branch's letters:
        // another country's institute of that subject is no finding (the letters are written out as
        // its parent). (A listing that gives no country: no country vetoes it.)
        let cell = "Federal State Budgetary Institution of Science Institute of Molecular and Cell Biology, Siberian Branch of the Russian Academy of Sciences"
        let imcb = Record(source: "l", id: "i", name: cell, category: .entityOfConcern)
        #expect(OtherNames.of(imcb).contains { $0.name.hasSuffix(", Siberian Branch of the Russian Academy of Sciences") })
        #expect(!OtherNames.of(imcb).contains { $0.name.hasSuffix(" SB RAS") })
        #expect(EntityIndex(records: [imcb]).listedIDs("Institute of Molecular and Cell Biology, Fictional Agency for Science, Singapore 138673").isEmpty)
    }

    /// A line that prints an eponym the list leaves out ("… named after Shokin") is read without it
    /// too; a name that is only its kind once the eponym is gone is not.
    @Test func anEponymTheListLeavesOut() {
        // (The real listing, whose table gives "RPC Istok"; the line is fictional.)
        let index = EntityIndex(records: [
            Record(source: "l", id: "f", name: "NPP Istok", category: .entityOfConcern, country: "Russia"),
        ])
        #expect(index.listedIDs("Dept. of Klystrons, JSC RPC Istok named after Shokin, Fryazino, Moscow Region, Russia") == ["f"])
        // Listings named after someone else: the line's institute is a third one.
        let named = EntityIndex(records: [
            Record(source: "l", id: "g", name: "Institute of Fictional Physics Named After A.B. Ivanov", category: .entityOfConcern, country: "Russia"),
            Record(source: "l", id: "h", name: "Institute of Fictional Physics Named After C.D. Petrov", category: .entityOfConcern, country: "Russia"),
        ])
        #expect(named.listedIDs("Institute of Fictional Physics named after Sidorov, Tomsk, Russia").isEmpty)
    }

    /// More DPRK words, Web of Science's "Biotech", and an academy's letters, which are never the
    /// word a line prints in place of a listed one.
    @Test func moreWordsOfRoundThirtyThree() {
        #expect(HanGlossary.koreanLine("함흥화학공업대학, 함흥, 조선민주주의인민공화국")?.hasPrefix("Hamhung Chemical Industry University") == true)
        #expect(PairScorer.variants["biotech"] == "biotechnology")
        let index = EntityIndex(records: [
            Record(source: "l", id: "b", name: "Fictional Institute of Biotechnology", category: .entityOfConcern, country: "China"),
        ])
        #expect(index.listedIDs("State Key Lab of Fictional Pathogens, Fictional Inst. of Biotech., Beijing 100071, China") == ["b"])
    }

    /// The lists' table of other names (`OtherNames.lists`): a PLA school by its former name and by
    /// its name in Chinese, an institute by its Russian name; not another country's school.
    @Test func theListsTableOfOtherNames() {
        let school = Record(source: "l", id: "m", name: "Army Medical University", category: .entityOfConcern, country: "China")
        #expect(OtherNames.of(school).contains { $0.name == "Third Military Medical University" })
        let index = EntityIndex(records: [school])
        #expect(index.listedIDs("Dept. of Burns, Third Military Medical Univ., Chongqing 400038, China") == ["m"])
        #expect(index.listedIDs("陆军军医大学 西南医院, 重庆 400038, 中国") == ["m"])
        #expect(index.listedIDs("Third Military Medical University, Fictionville, Germany").isEmpty)
        let institute = Record(source: "l", id: "k", name: "Lomonosov Moscow State University", category: .entityOfConcern, country: "Russia")
        #expect(EntityIndex(records: [institute]).listedIDs("Химический факультет, Московский государственный университет имени М.В. Ломоносова, Москва, Россия") == ["k"])
    }
}
