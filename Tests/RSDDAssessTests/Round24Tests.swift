import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 24: the misses of sets 58 and 59, read as classes. Organisations are fictional; words of
/// a language, forms of body and places are real only where a rule reads them.
@Suite struct Round24NameFormTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    @Test func wordsOfSetsFiftyEightAndFiftyNine() {
        #expect(compared("Fictoria Academy Engng. Physics") == compared("Fictoria Academy of Engineering Physics"))
        #expect(compared("Army Mil. Transp. Univ.") == compared("Army Military Transportation University"))
        #expect(compared("Fictoria Transport University") == compared("Fictoria Transportation University"))
        #expect(compared("Fictoria Spaceflight Autocontrol Institute") == compared("Fictoria Aerospace Automatic Control Institute"))
        #expect(compared("Fictgorod NII Radiotekhniki") == compared("Fictgorod NII Radio Engineering"))
        #expect(compared("Army Logistical Fictional University") == compared("Army Logistic Fictional University"))
    }

    @Test func wordsOfSetSixtyOne() {
        #expect(compared("Fictoria Upper Atmos. Res.") == compared("Fictoria Upper Atmosphere Research"))
        #expect(compared("Fictoria Radio Meas. Res. Inst.") == compared("Fictoria Radio Measurement Research Institute"))
        #expect(compared("Army Academy of Armoured Fictforces") == compared("Army Academy of Armored Fictforces"))
        #expect(compared("Fictkaraj Br.") == compared("Fictkaraj Branch"))
        // "Comm." is read as a Commission only where a listing near the line has that word.
        let index = EntityIndex(records: [
            Record(source: "l", id: "c", name: "Fictspace and Upper Atmosphere Research Commission (FICTARCO)", category: .entityOfConcern, country: "PK"),
            Record(source: "l", id: "k", name: "Fictional Communications Research Center", category: .entityOfConcern, country: "PK"),
        ])
        #expect(index.listedIDs("Remote Sensing Division, Fictspace & Upper Atmos. Res. Comm., Karachi, Pakistan") == ["c"])
        #expect(index.firstFeatures("Remote Sensing Division, Fictspace & Upper Atmos. Res. Comm., Karachi, Pakistan")["expanded"]?.contains("Commission") == true)
    }

    @Test func aLineInChineseThatPartsItsUnitWithASpace() {
        let index = EntityIndex(records: [
            Record(source: "m", id: "u", name: "University of Fictional Science and Technology of China (UFSTC) (虚構科技大学)", category: .entityOfConcern, country: "中国 People's Republic of China"),
        ])
        #expect(index.listedIDs("虚构科技大学 光电科学与工程学院, 成都 611731, 中国") == ["u"])
        // (A run of characters beside Latin words is not parted so.)
        // (A part that holds a word in Latin letters too is not parted so.)
        // (Round 28: the glossary now reads 光电科学与工程学院 whole, and a line it translates is
        // read part by part: the university it prints is found so. A school it cannot read keeps
        // the part whole, found only as a unit of the listed university's whole name.)
        #expect(index.listedIDs("虚构科技大学 光电科学与工程学院 Lab, 成都 611731, 中国") == ["u"])
        let whole = index.firstFeatures("虚构科技大学 光电虚构学院 Lab, 成都 611731, 中国")
        #expect(whole["unit_of_listed"] != nil && whole["name_as_listed"] == nil)
        // (Korean puts spaces between the words of one name: not parted so.)
        #expect(index.listedIDs("가상 과학기술 대학교, 서울, 한국").isEmpty)
    }

    @Test func lettersJoinedToANameByADashAreANameOfTheirOwn() {
        #expect(NameParts.lettersBeforeDashedName("FICTREA-Fictional Technological University") == "FICTREA")
        #expect(NameParts.lettersBeforeDashedName("Fictangstrem-M") == nil)
        #expect(NameParts.lettersBeforeDashedName("NIIP-NZIK") == nil)
        #expect(NameParts.lettersBeforeDashedName("RTU-FICTREA") == nil)
        let index = EntityIndex(records: [
            Record(source: "l", id: "u", name: "Federal State Budgetary Educational Institution of Higher Education",
                   aliases: ["Fictional Technological University", "FICTREA-Fictional Technological University", "RTU-FICTREA"],
                   category: .entityOfConcern, country: "Russia"),
        ])
        #expect(index.listedIDs("Institute of Radio Electronics and Informatics, FICTREA, Moscow, Russia") == ["u"])
        #expect(index.listedIDs("Institute of Radio Electronics and Informatics, FICTREA, Lisbon, Portugal").isEmpty)
        // A parent's letters before its unit, which no other name of the unit gives, are not the unit's.
        let unit = EntityIndex(records: [
            Record(source: "l", id: "g", name: "Fictional Missile Command", aliases: ["FICTGC-Air Force Fictional Missile Command", "FICTGC Aerospace Force"],
                   category: .entityOfConcern, country: "IR"),
        ])
        #expect(unit.listedIDs("Department of Physics, FICTGC, Tehran, Iran").isEmpty)
        #expect(unit.nearFeatures("Department of Physics, FICTGC, Tehran, Iran", "g") == nil)
    }

    @Test func eachAffiliationOfALineReadWithTheCountryItEndsWith() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "n", name: "National Fictional and Scientific Commission (NAFSCOM)", category: .entityOfConcern, country: "PK"),
        ])
        // The second affiliation ends with the listing's country; the first with none, so the line
        // as a whole has none. The second read alone is a finding.
        let line = "Dept. of Mechanical Engineering, Institute of Fictspace Technology; Natl. Fictional and Scientific Cmsn. (NAFSCOM), Islamabad, Pakistan"
        #expect(index.listedIDs(line) == ["n"])
        #expect(index.firstFeatures(line)["expanded"]?.contains("one affiliation of the line") == true)
        // An affiliation that ends with another country is not this commission.
        #expect(index.listedIDs("Dept. of Mechanical Engineering, Institute of Fictspace Technology; Natl. Fictional and Scientific Cmsn. (NAFSCOM), Lisbon, Portugal").isEmpty)
        #expect(index.nearFeatures("Dept. of Mechanical Engineering, Institute of Fictspace Technology; Natl. Fictional and Scientific Cmsn. (NAFSCOM), Lisbon, Portugal", "n") == nil)
        // Evidence from an affiliation of the listing's country stands beside one of another.
        #expect(index.listedIDs("Natl. Fictional and Scientific Cmsn. (NAFSCOM), Islamabad, Pakistan; Natl. Fictional and Scientific Cmsn. (NAFSCOM), Lisbon, Portugal") == ["n"])
        // Nor where the line's words written out name it whole: the affiliation's country vetoes it.
        #expect(index.listedIDs("Dept. of Mechanical Engineering, Institute of Fictspace Technology; Natl. Fictional and Scientific Comm. (NAFSCOM), Lisbon, Portugal").isEmpty)
        #expect(index.listedIDs("Dept. of Mechanical Engineering, Institute of Fictspace Technology; Natl. Fictional and Scientific Comm. (NAFSCOM), Islamabad, Pakistan") == ["n"])
        // (The line's country stays none where its affiliations end differently.)
        #expect(index.scoredWithCountry(OrganisationQuery(name: "Fictional University, Harbin, China; Fictional Institute, Singapore")).country == nil)
    }

    @Test func jointStockCompanyWrittenOutIsJSC() {
        #expect(EntityIndex.withShortJointStock("Department of Landing Systems, Joint-Stock Co. FICTRA, St Petersburg") == "Department of Landing Systems, JSC FICTRA, St Petersburg")
        #expect(EntityIndex.withShortJointStock("Open Joint Stock Company Fictor, Moscow") == "OJSC Fictor, Moscow")
        #expect(EntityIndex.withShortJointStock("Joint Stock Corporation Fictor") == nil)
        #expect(EntityIndex.withShortJointStock("Fictional University, Moscow") == nil)
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "OAO All-Russia Research Institute of Fictional Equipment (JSC FICTRA)", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Department of Landing Systems, Joint-Stock Co. FICTRA, St Petersburg 199106, Russia") == ["v"])
    }

    @Test func aGroupsShortNameInChineseWrittenOut() {
        #expect(GroupUnits.writingOutShortNames("航空工业济南特种结构研究所, 济南, 中国") == "中国航空工业集团公司济南特种结构研究所, 济南, 中国")
        // Not after other characters, not where the whole name is printed, not without a unit.
        #expect(GroupUnits.writingOutShortNames("北京航空工业研究所, 北京") == nil)
        #expect(GroupUnits.writingOutShortNames("中国航空工业集团公司济南特种结构研究所") == nil)
        // (Since round 36 the short name with 集团 after it is written out too.)
        #expect(GroupUnits.writingOutShortNames("航空工业集团济南特种结构研究所") == "中国航空工业集团公司济南特种结构研究所")
        #expect(GroupUnits.writingOutShortNames("航空工业大学, 沈阳") == nil)
        let index = EntityIndex(records: [
            Record(source: "m", id: "a", name: "AVIC Fictional Institute （中国航空工業集団公司虚構研究所）", category: .entityOfConcern, country: "中国 People's Republic of China"),
        ])
        #expect(index.listedIDs("航空工业虚构研究所, 济南, 中国") == ["a"])
    }

    @Test func lettersAndTheWordsTheyStandForPutForEachOther() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "Joint Stock Company Research and Production Company Fictmicranov", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "s", name: "Fictayev Machine Building Design Bureau Fictsoyuz", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "g", name: "Fictional Missile Corporation, Concern “MPO—Fictpribor”", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "f", name: "Joint Stock Company Machine-Building Engineering Office Fictel", aliases: ["Engineering Design Bureau Fictel"],
                   category: .entityOfConcern, country: "RU"),
        ])
        // The line's letters for the listed name's words.
        #expect(index.listedIDs("RPC Fictmicranov JSC, Tomsk 634041, Russia") == ["m"])
        #expect(index.firstFeatures("RPC Fictmicranov JSC, Tomsk 634041, Russia")["expanded"]?.contains("letters and the words") == true)
        // (Two words in common, the eponym and the own name.)
        #expect(index.listedIDs("Fictaev MBDB «Fictsoyuz», Lytkarino, Moscow Region, Russia") == ["s"])
        // The line's words for the listed name's letters (unquoted).
        #expect(index.listedIDs("Concern Morskoe Podvodnoe Oruzhie – Fictpribor JSC, St Petersburg, Russia") == ["g"])
        // A short own name alone beside letters: "EDB" is an engineering and an experimental design
        // bureau, and many companies have a short name. For review, not a finding.
        let edb = index.lookup(OrganisationQuery(name: "EDB Fictel, Kaliningrad, Russia"))
        #expect(edb.listings.isEmpty)
        #expect(edb.near.contains { $0.record.id == "f" && $0.explanation.features["letters_for_words"] != nil })
        // Letters that spell no run of the name, or with no other word of it: nothing put.
        let q = OrganisationQuery(name: "XYZ Fictmicranov JSC, Tomsk")
        #expect(index.writingOutInitials(q.name, index.scoredWithCountry(q).candidates) == nil)
        #expect(index.listedIDs("RPC Tomsk, Tomsk 634041, Russia").isEmpty)
        // Another country's line: not this company.
        #expect(index.listedIDs("RPC Fictmicranov JSC, Minsk, Belarus").isEmpty)
    }
}
