import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 32: a school's 学院 read as an Institute, the DPRK's word for information, and listings
/// under the other names papers print for them (rsdd's table, `OtherNames`). The listings of the
/// table are real list cells (the table's own test checks them against the lists); the lines
/// around them are fictional.
@Suite struct Round32ResolveTests {
    /// 学院 printed as "Institute": a service's school the list names "… Institute of …" is found in
    /// Chinese, whatever a registry's weights make of the other readings.
    @Test func aSchoolReadAsAnInstitute() {
        let lines = HanGlossary.translatedLines("陆军防化学院, 北京 102205, 中国") ?? []
        #expect(lines.contains { $0.hasPrefix("Army NBC Defense Institute") })
        #expect(lines.contains { $0.hasPrefix("Army NBC Defense Academy") })
        #expect(lines.count == 4)
        // A registry of universities, whose weights make "University" a common word.
        let registry = (0..<40).map { i in
            Record(source: "ror", id: "r\(i)", name: "Fictional Provincial University \(i)", category: .registry, country: "CN")
        }
        // The listed school of the glossary's words.
        let real = Record(source: "l", id: "n", name: "Army Institute of NBC Defense", category: .entityOfConcern, country: "China")
        for records in [[real], [real] + registry] {
            let index = EntityIndex(records: records)
            #expect(index.listedIDs("中国人民解放军陆军防化学院, 北京 102205, 中国") == ["n"], "\(records.count) records")
        }
        // Taiwan's line in characters: no mainland place, no country read, nothing.
        #expect(EntityIndex(records: [real]).listedIDs("陆军防化学院, 台湾").isEmpty)
    }

    /// 정보, information, in the DPRK's names: "평양정보쎈터" is the Pyongyang Information Centre.
    @Test func theDPRKsWordForInformation() {
        #expect(HanGlossary.koreanLine("평양정보쎈터, 평양, 조선민주주의인민공화국")?.hasPrefix("Pyongyang Information Center") == true)
        // (A fictional listing by that name: the real one is the "Pyongyang Informatics Centre", which
        // the lists' other names bring near in a whole index, not in one of a single record.)
        let listing = Record(source: "l", id: "p", name: "Pyongyang Information Centre", category: .entityOfConcern, country: "North Korea")
        let index = EntityIndex(records: [listing])
        #expect(index.listedIDs("평양정보쎈터, 평양, 조선민주주의인민공화국") == ["p"])
        // The Republic of Korea's line (no DPRK, no Pyongyang): nothing.
        #expect(index.listedIDs("서울정보쎈터, 서울").isEmpty)
    }

    /// Other names of round 32: each listing found under a name its papers print, the evidence
    /// naming the table's name; the subject alone, without what makes the name the listing's, not.
    @Test func otherNamesOfRoundThirtyTwo() {
        let cases: [(listed: String, country: String, line: String, other: String)] = [
            ("AVIC Research Institute for Special Structures of Aeronautical Composites\n（中国航空工業集団公司済南特種結構研究所）", "China",
             "Lab. of Radomes, AVIC Jinan Special Structures Research Inst., Jinan 250023, China", "Jinan Special Structures Research Institute"),
            ("Space Engineering University", "China", "Dept. of Space Command, Academy of Equipment Command & Technology, Beijing 101416, China",
             "Academy of Equipment Command and Technology"),
            ("Air Force Logistics College", "China", "Air Force Service College, Xuzhou 221000, China", "Air Force Service College"),
            ("Belmicrosystems Research and Design Center", "Belarus", "НТЦ «Белмикросистемы», Минск, Беларусь", "Belmikrosistemy"),
            ("China Electronic Technology Group Corporation No. 11 Research Institute", "China",
             "North China Res. Inst. of Electro-Optics, Beijing 100015, China", "North China Research Institute of Electro-Optics"),
        ]
        for c in cases {
            let listing = Record(source: "l", id: "x", name: c.listed, category: .entityOfConcern, country: c.country)
            #expect(OtherNames.of(listing).contains { $0.name.contains(c.other) || c.other.contains($0.name) }, "\(c.listed)")
            let index = EntityIndex(records: [listing])
            #expect(index.listedIDs(c.line) == ["x"], "\(c.line)")
            #expect(index.firstFeatures(c.line)["other_name"] != nil, "\(c.line)")
        }
        // Another country's "Air Force Service College": nothing.
        let college = EntityIndex(records: [Record(source: "l", id: "x", name: "Air Force Logistics College", category: .entityOfConcern, country: "China")])
        #expect(college.listedIDs("Air Force Service College, Fictionville, Germany").isEmpty)
    }

    /// A listed name that "PLA" alone tells from a civil body's: the civil body's name, every other
    /// word printed, is for review, never a finding.
    @Test func aListedNameThatPLAAloneTellsFromACivilBodys() {
        let listing = Record(source: "l", id: "d", name: "Academy of Military Medical Sciences, Institute of Disease Control and Prevention",
                             category: .entityOfConcern, country: "China")
        #expect(OtherNames.of(listing).contains { $0.name == "Chinese PLA Center for Disease Control and Prevention" })
        let index = EntityIndex(records: [listing])
        #expect(index.listedIDs("Chinese PLA Center for Disease Control and Prevention, Beijing 100071, China") == ["d"])
        let civil = "National Institute for Viral Disease Control and Prevention, Chinese Center for Disease Control and Prevention, Beijing 102206, China"
        #expect(index.listedIDs(civil).isEmpty)
        #expect(index.nearFeatures(civil, "d")?["missing_word"]?.contains("PLA") == true)
        // A listing that gives its name with "PLA" and without: a line of the name without it is
        // the listing's, a finding as before.
        let both = EntityIndex(records: [
            Record(source: "l", id: "u", name: "Fictional Engineering University", aliases: ["PLA Fictional Engineering University"],
                   category: .entityOfConcern, country: "China"),
        ])
        #expect(both.listedIDs("School of Radar, Fictional Engg. Univ., Fictionville 410073, China") == ["u"])
    }

    /// A Russian name in Latin letters shortened by its Russian letters ("TsKBA" for "Tsentralnoe
    /// Konstruktorskoe Byuro Avtomatiki", ЦКБА), printed alone in the listing's country: never
    /// silence; for review, as the initials of a listed name are.
    @Test func russianLettersOfANameInLatinLetters() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "t", name: "Fictional Central Design Bureau",
                   aliases: ["Aktsionernoe Obshchestvo Tsentralnoe Konstruktorskoe Byuro Fiktivnoe"], category: .entityOfConcern, country: "Russia"),
        ])
        #expect(index.byInitials["TSKBF"] == [0])
        #expect(index.byInitials["TKBF"] == [0])
        let line = "Dept. of Antennas, TsKBF, Omsk, Russia"
        #expect(index.listedIDs(line).isEmpty)
        #expect(index.nearFeatures(line, "t")?["acronym_only"]?.contains("TSKBF") == true)
        // Another country: nothing.
        #expect(index.nearFeatures("Dept. of Antennas, TsKBF, Lyon, France", "t") == nil)
    }

    /// More of Web of Science's address abbreviations: "Proc", "Operat", "Hyg" and the like are the
    /// words they shorten.
    @Test func moreWebOfScienceAbbreviations() {
        #expect(PairScorer.variants["proc"] == "processing")
        #expect(PairScorer.variants["operat"] == "operational")
        let index = EntityIndex(records: [
            Record(source: "l", id: "h", name: "Fictional Institute of Hygiene and Operational Safety", category: .entityOfConcern, country: "China"),
            Record(source: "l", id: "r", name: "Fictional Laboratory of Radar Signal Processing", category: .entityOfConcern, country: "China"),
        ])
        #expect(index.listedIDs("Fictional Inst Hyg & Operat Safety, Tianjin 300050, Peoples R China") == ["h"])
        #expect(index.listedIDs("Fictional Lab Radar Signal Proc, Xian 710071, Peoples R China") == ["r"])
    }
}
