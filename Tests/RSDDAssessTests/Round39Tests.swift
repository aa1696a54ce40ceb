import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing
import TestSupport

/// Round 39: the misses of set 117 and of fresh sets 118 and 119, read after their first runs. A
/// city printed after a name without a comma (in Chinese, in Cyrillic, with its region's word), a
/// unit and its host in one part, a unit's city before "at" its host, "PLA" before a force. The
/// listings are fictional ones in the form of list cells, or real list cells; the lines' places
/// around the names are fictional where the listing is.
@Suite struct Round39ResolveTests {
    /// A mainland place in Chinese after a name in Chinese, in the same piece: the name and the
    /// place apart. Only after a word an organisation's name ends with, and the longest place.
    @Test func aPlaceInChineseAfterAName() {
        #expect(HanGlossary.placeAfterName("空军航空大学长春").map { [$0.name, $0.place] } == ["空军航空大学", "Changchun"])
        #expect(HanGlossary.placeAfterName("虚构研究所石家庄").map { [$0.name, $0.place] } == ["虚构研究所", "Shijiazhuang"])
        // (A place first is the name's own, "Changchun University of Science and Technology"; a
        // place inside a name, or after a word that no organisation's name ends with, is no place
        // after a name.)
        #expect(HanGlossary.placeAfterName("长春理工大学") == nil)
        #expect(HanGlossary.placeAfterName("中国科学院长春光学精密机械与物理研究所") == nil)
        #expect(HanGlossary.placeAfterName("虚构航空长春") == nil)
        #expect(HanGlossary.placeAfterName("大学中国") == nil, "China is a country, not a place after a name")
        #expect(HanGlossary.placeAfterName("Fictional University Changchun") == nil)
    }

    /// A name in Chinese with its city after it and no comma, "虚构航空大学长春, 中国", is the listed
    /// name printed at that city; a name whose own words end otherwise is not read so.
    @Test func aChineseNameWithItsCityAfterIt() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Fictional Aviation University", aliases: ["虚构航空大学"],
                   category: .researchInstitutionOfConcern, country: "China"),
        ])
        #expect(index.listedIDs("虚构航空大学, 长春, 中国") == ["a"])
        #expect(index.listedIDs("虚构航空大学长春, 中国") == ["a"])
        #expect(index.listedIDs("虚构航空大学长春, 台湾").isEmpty, "another country's line")
    }

    /// Москва is compared as Moscow, so a Russian line's city after a name in Cyrillic is read
    /// apart as the Latin one is.
    @Test func moskvaIsMoscow() {
        let scorer = PairScorer()
        #expect(scorer.comparedWords(of: "Москва") == scorer.comparedWords(of: "Moscow"))
        #expect(scorer.comparedWords(of: "Moskva") == scorer.comparedWords(of: "Moscow"))
        #expect(scorer.comparedWords(of: "Москва") != scorer.comparedWords(of: "Minsk"))
    }

    /// A city and its region's word after a name without a comma ("… Fictgrad Oblast"), and a name
    /// with cut words before its city ("Natl. … Lab. Fictgrad"): the listing at that city is found,
    /// the line read with the city apart and every reading of a line (its cut words); a listing at
    /// another city is not.
    @Test func aCityAfterANameIsReadWithEveryReading() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "r", name: "JSC Fictional Research Institute of Avionics Equipment (FRIAE)",
                   category: .entityOfConcern, country: "RU", places: ["Fictstreet 18, Fictgrad, 140182, RU"]),
            Record(source: "l", id: "s", name: "National Fictional Standards and Testing Laboratory (NFSTL)",
                   category: .entityOfConcern, country: "SY", places: ["P.O. Box 1, Fictpolis, SY"]),
        ])
        #expect(index.listedIDs("Test Department, Fictional Research Institute of Avionics Equipment JSC Fictgrad Oblast, Russia") == ["r"])
        #expect(index.listedIDs("Test Department, Fictional Research Institute of Avionics Equipment JSC Otherburg Oblast, Russia").isEmpty)
        #expect(index.listedIDs("Metrology Laboratory, Natl. Fictional Standards and Testing Lab. Fictpolis, Syria") == ["s"])
        #expect(index.listedIDs("Metrology Laboratory, Natl. Fictional Standards and Testing Lab. Otherburg, Syria").isEmpty)
    }

    /// A unit's name and its host's in one part, without a comma: read with the two apart, the
    /// unit's listing is found as on the line with the comma. Not where the name before the host's
    /// ends with a word of a name ("Research Institute of Fictional Equipment JSC" is one name, not a
    /// "Research Institute of" at a company "Fictional Equipment").
    @Test func aUnitAndItsHostInOnePart() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "u", name: "Advanced Fictional Communication Technology Center (AFCTC)",
                   category: .entityOfConcern, country: "Iran"),
            Record(source: "l", id: "h", name: "Fictional University of Technology", category: .entityOfConcern, country: "Iran"),
            Record(source: "l", id: "e", name: "Joint Stock Company Fictional Equipment", category: .entityOfConcern, country: "Russia"),
            Record(source: "l", id: "n", name: "Research Institute of Fictional Equipment Engineering", category: .entityOfConcern, country: "Russia"),
        ])
        #expect(Set(index.listedIDs("Advanced Fictional Communication Technology Centre Fictional University of Technology, Tehran, Iran")) == ["u", "h"])
        #expect(!index.listedIDs("Advanced Fictional Communication Technology Centre Fictional University of Technology, Berlin, Germany").contains("u"))
        func apart(_ line: String) -> String? {
            index.hostApart(line, index.scoredWithCountry(OrganisationQuery(name: line), name: line, country: nil).candidates)
        }
        #expect(apart("Advanced Fictional Communication Technology Centre Fictional University of Technology, Tehran, Iran")
            == "Advanced Fictional Communication Technology Centre, Fictional University of Technology, Tehran, Iran")
        #expect(apart("Research Institute of Fictional Equipment JSC, Moscow Region, Russia") == nil)
    }

    /// A centre "in" its city "at" its university, "Natl. Fictional Computing Center in Fictcity at
    /// Fictional University": read with the centre and the university apart, as "at" is read without
    /// the city.
    @Test func aCentreInItsCityAtItsHost() {
        #expect(EntityIndex.ofParentApart("Natl. Fictional Computing Center in Fictcity at Fictional University, Fictcity, China")
            == "Natl. Fictional Computing Center in Fictcity, Fictional University, Fictcity, China")
        #expect(EntityIndex.ofParentApart("Fictional Computing Group in Fictcity at Fictional University, China") == nil,
                "a group is no unit printed at its host")
    }

    /// "PLA" inside a name before a force the school belongs to ("Engineering University of PLA
    /// Joint Fictional Support Force"): no word of the school's own.
    @Test func plaBeforeAForce() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "j", name: "Joint Fictional Support Force Engineering University", category: .researchInstitutionOfConcern, country: "China"),
        ])
        #expect(index.listedIDs("Engineering University of PLA Joint Fictional Support Force, Fictcity, China") == ["j"])
        #expect(index.listedIDs("Engineering University of PLA Joint Fictional Support Force, Fictcity, Taiwan").isEmpty)
    }

    /// The lines of sets 117 to 119 on the real lists. (Skipped without `../shared/data`.)
    @Test func linesOfSets117To119FindRealListings() throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the real lists are needed for this test")
            return
        }
        let names = try Round36ResolveTests.listedNames(data, ["us-bis-entity-list", "jp-meti-eul", "us-dod-1286"])
        #expect(names("Engineering University of PLA Joint Logistics Support Force, Chongqing, China").contains("Joint Logistics Support Force Engineering University"))
        #expect(names("Flight Simulation Department, AO NIIAO Moscow Oblast, Russia").contains { $0.contains("(NIIAO)") })
        #expect(names("Electrical Metrology Laboratory, Natl. Standards and Calibration Lab. Damascus, Syria").contains { $0.contains("(NSCL)") })
        #expect(names("Natl. Supercomputing Center in Changsha at Hunan University, Changsha, China").contains { $0.contains("Changsha (NSCC-CS)") })
        #expect(names("空军航空大学长春, 中国").contains("Air Force Aviation University"))
        #expect(names("空军通信士官学校大连, 中国").contains("Air Force Communication NCO Academy"))
        #expect(names("ФГУ ФНЦ НИИСИ РАН Москва, Россия").contains { $0.contains("System Analysis") })
        #expect(names("Advanced Information and Communication Technology Centre Sharif University of Technology, Tehran, Iran")
            .contains { $0.contains("(AICTC)") })
        // (Not a unit at a company: set 117's NIIAO line, "… Aircraft Equipment JSC", names no
        // company "Aircraft Equipment".)
        #expect(!names("Research Institute of Aircraft Equipment JSC, Moscow Region, Russia").contains { $0.contains("Tekhnodinamika") })
    }
}
