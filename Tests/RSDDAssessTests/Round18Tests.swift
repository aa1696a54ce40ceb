import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Name forms read from held-out sets 38 and 41 (round 18). Organisations are fictional; places,
/// countries and state groups' letters are real only where a rule reads them.
@Suite struct Round18NameFormTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }
    func features(_ index: EntityIndex, _ line: String) -> [String: String] {
        index.listings(for: OrganisationQuery(name: line)).first?.explanation.features ?? [:]
    }

    @Test func russianDesignBureausLettersAndWords() {
        #expect(Set(compared("Severnoe PKB")) == Set(compared("Severnoye Design Bureau")))
        #expect(Set(compared("Northern PKB")) == Set(compared("Severnoye Design Bureau")))
        #expect(Set(compared("Severnoye Project and Design Bureau")) == Set(compared("Severnoye Design Bureau")))
        #expect(Set(compared("OKB Fictov")) == Set(compared("Fictov Experimental Design Bureau")))
        #expect(Set(compared("Nizhegorodsky Research Institute of Radiotechnics")) == Set(compared("Nizhny Novgorod Research Institute of Radio Engineering")))
        #expect(Set(compared("VNII Fictiki")) == Set(compared("All-Russian Research Institute of Fictiki")))
        #expect(compared("Inst. of Microbiol. & Epidemiol.") == compared("Institute of Microbiology and Epidemiology"))
        // ("Project" is dropped only before a design bureau.)
        #expect(compared("Project Management Institute").contains("project"))
    }

    @Test func aListedAliasCellInBracketsOrBesideTheListingsOwnWords() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "s", name: "Organisation of Fictional Innovation and Research", aliases: ["FOXQ"], category: .entityOfConcern, country: "IR"),
            Record(source: "l", id: "m", name: "Research Centre for Fictional Impact", aliases: ["FICTAZ"], category: .entityOfConcern, country: "IR"),
        ])
        // The listing's name in its own language, its letters in brackets after it.
        #expect(index.listedIDs("Sazman-e Fictiv-e Novin (FOXQ), Tehran, Iran") == ["s"])
        // The letters beside words of the listed name only.
        #expect(index.listedIDs("FICTAZ Research Center, Tehran, Iran") == ["m"])
        // Beside a word the listed name does not have, or in another country: no finding.
        #expect(index.listedIDs("FICTAZ Ballet Center, Tehran, Iran").isEmpty)
        #expect(index.listedIDs("Sazman-e Fictiv-e Novin (FOXQ), Ankara, Turkey").isEmpty)
        // Letters in brackets that only begin with the alias are another acronym.
        #expect(index.listedIDs("Tehran Fictional Foundation (FOXQX), Tehran, Iran").isEmpty)
        #expect(features(index, "FICTAZ Research Center, Tehran, Iran")["printed_acronym"] != nil)
    }

    @Test func aGroupsLettersANumberAndAUnitsKind() {
        // (The 77th and 78th institutes are fictional.)
        let index = EntityIndex(records: [
            Record(source: "l", id: "c77", name: "China Electronics Technology Group Corporation (CETC) 77th Research Institute", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "e77", name: "77th Research Institute of China", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "a78", name: "Aviation Industry Corporation of China (AVIC) 78th Research Institute", category: .entityOfConcern, country: "CN"),
        ])
        #expect(index.listedIDs("Key Lab of Fictional Links, CETC 77th Inst., Chengdu, China") == ["c77"])
        #expect(features(index, "Key Lab of Fictional Links, CETC 77th Inst., Chengdu, China")["group_numbered_unit"] != nil)
        // Another number, another group, another kind of unit: not this rule's.
        #expect(index.listedIDs("Key Lab of Fictional Links, CETC 78th Inst., Chengdu, China").isEmpty)
        #expect(index.listedIDs("Key Lab of Fictional Links, AVIC 77th Inst., Chengdu, China").isEmpty)
        #expect(index.listedIDs("Key Lab of Fictional Links, CETC 77th Academy, Chengdu, China").isEmpty)
        // Of another country: no finding.
        #expect(index.listedIDs("Key Lab of Fictional Links, CETC 77th Inst., Taipei, Taiwan").isEmpty)
    }

    @Test func aListedAcronymAfterWordsTogetherTheListingsOnly() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "t", name: "Fictiv Sanaat Qorbi Technology Development Center (FSQ)", category: .entityOfConcern, country: "IR"),
            // Each word is another organisation's too; together they are the listing's only.
            Record(source: "l", id: "x", name: "Fictiv Trading Company", category: .entityOfConcern, country: "IR"),
            Record(source: "l", id: "y", name: "Sanaat Qorbi Kish Company", category: .entityOfConcern, country: "IR"),
        ])
        #expect(index.listedIDs("R&D Department, Fictiv Sanaat Qorbi (FSQ), Tehran, Iran") == ["t"])
        #expect(features(index, "R&D Department, Fictiv Sanaat Qorbi (FSQ), Tehran, Iran")["acronym_and_own_words"] != nil)
        // Without the letters, words that spell them; words that do not, or another country: not by
        // this rule.
        #expect(features(index, "R&D Department, Fictiv Sanaat Qorbi, Tehran, Iran")["acronym_and_own_words"] != nil)
        #expect(features(index, "R&D Department, Qorbi Fictiv Sanaat, Tehran, Iran")["acronym_and_own_words"] == nil)
        #expect(index.listedIDs("R&D Department, Fictiv Sanaat Qorbi (FSQ), Baku, Azerbaijan").isEmpty)
        // Words another organisation's name has together are not the listing's own.
        #expect(index.listedIDs("R&D Department, Sanaat Qorbi (FSQ), Tehran, Iran").isEmpty)
    }

    @Test func aLegalFormsLettersAreNoListedAcronym() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "Fictional Machine Plant, JSC", category: .entityOfConcern, country: "RU"),
        ])
        let hits = index.lookup(OrganisationQuery(name: "JSC QXPP, Perm, Russia"))
        #expect(hits.listings.isEmpty)
        #expect(hits.near.allSatisfy { $0.explanation.features["acronym_only"] == nil })
    }

    @Test func twoCompaniesInOneCellTheSecondByTheFirstsWordAndADash() {
        let names = NameParts.split("Joint Stock Company Fictrem, Fictrem-M").map(\.text)
        #expect(names.contains("Joint Stock Company Fictrem"))
        #expect(names.contains("Fictrem-M"))
        // Not a name and a place, nor a dash word of another name.
        #expect(!NameParts.split("Fictional Plant, Kazan-2").map(\.text).contains("Fictional Plant"))
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Joint Stock Company Fictrem, Fictrem-M", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Design Center, Joint Stock Company Fictrem, Zelenograd, Russia") == ["a"])
    }

    @Test func aListedNameWithAPlaceOfItsOwnAddress() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "w", name: "Air Fictional Complex (AFC)", category: .entityOfConcern, country: "PK", places: ["Officers Colony, Wah Cantt, Punjab, PK"]),
        ])
        #expect(index.listedIDs("Aerodynamics Section, A.F.C. (Air Fictional Complex) Wah, Punjab, Pakistan") == ["w"])
        #expect(features(index, "Aerodynamics Section, Air Fictional Complex Wah, Punjab, Pakistan")["place_of_address"] != nil)
        // Another place, or another country: not by this rule.
        #expect(index.listedIDs("Aerodynamics Section, Air Fictional Complex Lahore, Punjab, Pakistan").isEmpty)
        #expect(index.listedIDs("Aerodynamics Section, Air Fictional Complex Wah, Punjab, India").isEmpty)
    }

    @Test func set40sAbbreviationsAndACountrysDottedLetters() {
        #expect(compared("Iran Compos. Inst.") == compared("Iran Composites Institute"))
        #expect(compared("Air Weapons Cmplx.") == compared("Air Weapons Complex"))
        #expect(compared("Imam Fictir Uni.") == compared("Imam Fictir University"))
        #expect(Set(compared("National NDT Centre")) == Set(compared("National Centre for Non Destructive Testing")))
        let index = EntityIndex(records: [
            Record(source: "l", id: "p", name: "Pyongyang Fictional Centre", category: .entityOfConcern, country: "KP"),
        ])
        // "D.P.R.K." is the line's country, as "DPRK" is.
        #expect(features(index, "Pyongyang Fictional Centre, Pyongyang, D.P.R.K.")["country"] == "equal")
        #expect(features(index, "Pyongyang Fictional Centre, Pyongyang")["country"] == nil)
    }

    @Test func aCoinedNameOfCapitalsAndSmallLettersIsNoPlace() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "g", name: "Scientific Research Institute for Fictional Engineering", aliases: ["FictNIImash"], category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "p", name: "Fictional Plant", aliases: ["Kazan"], category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Propellant Laboratory, FictNIImash, Moscow Region, Russia") == ["g"])
        // Nor a company's word with a letter after a dash.
        let dashed = EntityIndex(records: [Record(source: "l", id: "m", name: "Fictrem-M", category: .entityOfConcern, country: "RU")])
        #expect(dashed.listedIDs("Design Centre, Fictrem-M, Zelenograd, Russia") == ["m"])
        // A one-word part that is a place stays for review.
        #expect(index.listedIDs("Department of Physics, Kazan, Russia").isEmpty)
        #expect(index.isOneWordPart("KwaZulu-Natal", of: OrganisationQuery(name: "School of Physics, KwaZulu-Natal, South Africa")))
        #expect(index.isOneWordPart("Arzamas-16", of: OrganisationQuery(name: "Lab, Arzamas-16, Russia")))
        #expect(!index.isOneWordPart("GosNIImash", of: OrganisationQuery(name: "Lab, GosNIImash, Russia")))
    }
}

/// Lines printed in Chinese about organisations the lists name in English only (round 18).
@Suite struct HanGlossaryTests {
    @Test func numbersAndWordsReadWhole() throws {
        #expect(HanGlossary.translate("第五十四研究所")?.0 == ["54", "Research", "Institute"])
        #expect(HanGlossary.translate("二〇三所")?.0 == ["203", "Research", "Institute"])
        #expect(HanGlossary.translate("第十二研究所")?.0 == ["12", "Research", "Institute"])
        // A character that is no word of the glossary leaves the piece as printed.
        #expect(HanGlossary.translate("陆军交通学院附属医院饭堂") == nil)
        let lines = try #require(HanGlossary.translatedLines("海军指挥学院 作战指挥系，南京"))
        #expect(lines.contains("Naval Command College, 作战指挥系, Nanjing, China"))
        #expect(lines.contains("Naval Command Academy, 作战指挥系, Nanjing, China"))
        // Traditional forms are folded first; a word read once (海军 … 舰艇).
        #expect(HanGlossary.translatedLines("海軍大連艦艇學院")?.first == "Naval Dalian Academy, China")
        // A place alone names nothing.
        #expect(HanGlossary.translatedLines("北京，中国") == nil)
        // A run of numerals too long for a unit's number is none (and no overflow).
        #expect(HanGlossary.translate("〇一二三四五六七八九〇一二三四五六七八九所") == nil)
        #expect(HanGlossary.translate("一百零三研究所")?.0 == ["103", "Research", "Institute"])
        #expect(HanGlossary.translate("十研究所")?.0 == ["10", "Research", "Institute"])
        // 军医大学: a service's Medical University, else the Military Medical University.
        #expect(HanGlossary.translate("陆军军医大学")?.0 == ["Army", "Medical", "University"])
        #expect(HanGlossary.translate("第三军医大学")?.0 == ["3", "Military", "Medical", "University"])
        // "Air" twice where the name says it twice.
        #expect(HanGlossary.translate("空军防空兵学院")?.0.prefix(4) == ["Air", "Force", "Air", "Defense"])
        // A line of no country is read only where it names a mainland place (Taiwan's lines in
        // Chinese characters are not).
        #expect(HanGlossary.translatedLines("國防大學", needsPlace: true) == nil)
        #expect(HanGlossary.translatedLines("國防大學 战略系，桃园", needsPlace: true) == nil)
        #expect(HanGlossary.translatedLines("国防大学，北京", needsPlace: true) != nil)
        // Latin words beside Chinese stay together.
        #expect(HanGlossary.translatedLines("Fictional Lab 海军指挥学院，南京")?.first == "Fictional Lab, Naval Command Academy, Nanjing, China")
        #expect(HanGlossary.translatedLines("Institute of Physics, Beijing") == nil)
    }

    @Test func aChineseLineFindsAnEnglishListing() {
        // (Fictional schools, named in words of the glossary.)
        let school = EntityIndex(records: [
            Record(source: "l", id: "n", name: "Naval Dalian Command College", category: .researchInstitutionOfConcern, country: "CN"),
            Record(source: "l", id: "f", name: "Air Force Nanjing Flight Academy", category: .researchInstitutionOfConcern, country: "CN"),
        ])
        #expect(school.listedIDs("海军大连指挥学院 作战指挥系，大连") == ["n"])
        #expect(school.listedIDs("空军南京飞行学院 飞行训练系，南京") == ["f"])
        #expect(features(school, "海军大连指挥学院 作战指挥系，大连")["expanded"]?.contains("glossary") == true)
        // A line of another country is not read in English; nor one whose piece the glossary
        // cannot read whole.
        #expect(school.listedIDs("海军大连指挥学院, Taiwan").isEmpty)
        #expect(school.listedIDs("海军大连指挥学院饭堂，大连").isEmpty)
    }

    func features(_ index: EntityIndex, _ line: String) -> [String: String] {
        index.listings(for: OrganisationQuery(name: line)).first?.explanation.features ?? [:]
    }
}
