import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Name forms read from held-out sets 42 and 43 (round 19). Organisations are fictional; places,
/// countries, forms of body and ministries are real only where a rule reads them.
@Suite struct Round19NameFormTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    @Test func aFormOfBodysLettersEndingACellAreNoListedAcronym() {
        // "…, FGUP" ends an alias cell, as the 1286 list writes one: every Russian state enterprise
        // prints those letters.
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "Federal State Unitary Enterprise Central Institute of Fictional Mechanics",
                   aliases: ["Tsentralny Institut Fiktivnoi Mekhaniki, FGUP", "TSNIIFM"], category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("FGUP «Fictnavigator», Nizhny Novgorod, Russia").isEmpty)
        // The listing's own letters still name it.
        #expect(index.listedIDs("FGUP «TsNIIFM», Moscow, Russia") == ["k"])
    }

    @Test func theMinistryARussianNameAnswersToPrintedAfterIt() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "t", name: "77th Scientific Research and Testing Institute", aliases: ["77 TsNIIIF"], category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "c", name: "78th Fictional Center of the Russian Ministry of Defense", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("77 TsNIIIF Minoborony Rossii, Volsk, Russia") == ["t"])
        #expect(index.listedIDs("77 TsNIIIF MO RF, Volsk, Russia") == ["t"])
        // The name with the ministry's words is still one of the part's names.
        #expect(index.listedIDs("FGBU “78 Fictional Tsentr” Minoborony Rossii, Moscow, Russia") == ["c"])
        // Another number is another institute.
        #expect(index.listedIDs("76 TsNIIIF Minoborony Rossii, Volsk, Russia").isEmpty)
    }

    @Test func webOfSciencesVetAndTech() {
        #expect(compared("Inst Mil Vet") == compared("Institute of Military Veterinary"))
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "Fictazan National Research Technical University named after A.N. Fictolev-KFI", category: .entityOfConcern, country: "RU"),
        ])
        // "Tech." is Technical to Web of Science: read again so.
        let line = "Department of Radiophotonics, Fictazan National Research Tech. Univ. (KFI), Fictazan, Russia"
        #expect(index.listedIDs(line) == ["k"])
        #expect(index.firstFeatures(line)["expanded"]?.contains("“Tech” as Technical") == true)
        // A "Technological" university written out is another university.
        #expect(index.listedIDs("Fictazan National Research Technological University, Fictazan, Russia").isEmpty)
        // "Tech" inside a word is no abbreviation.
        #expect(EntityIndex.withWord("Fictazan Technology Park", "Tech", "Technical") == nil)
        #expect(EntityIndex.withWord("Fictazan Tech. Park", "Tech", "Technical") == "Fictazan Technical Park")
    }

    @Test func aUnitJoinedByAndIsReadWithTheParentAfterIt() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "p", name: "Chinese Academy of Sciences – Institute of Fictional Physics", category: .entityOfConcern, country: "CN"),
        ])
        #expect(index.listedIDs("Beijing National Laboratory for Fictional Matter and Institute of Fictional Physics, CAS, Beijing, China") == ["p"])
        // Alone, the unit names no listing (many academies have one of that name).
        #expect(index.listedIDs("Beijing National Laboratory for Fictional Matter and Institute of Fictional Physics, Beijing, China").isEmpty)
    }

    @Test func aWordAShortListedNameRepeatsMustBePrintedTwice() {
        #expect(PairScorer.sortedWords(["institute", "fictation", "fictation", "medicine"]).count == 4)
        #expect(PairScorer.distinctCount(PairScorer.sortedWords(["institute", "fictation", "fictation", "medicine"])) == 3)
        // (A long name, a parent's and a unit's, keeps each word once.)
        #expect(PairScorer.sortedWords(["academy", "fictary", "medical", "science", "institute", "fictation", "fictation"]).count == 6)
        let index = EntityIndex(records: [
            Record(source: "l", id: "r", name: "Academy of Fictary Medical Sciences, Institute of Fictation and Fictation Medicine",
                   aliases: ["Institute of Fictation and Fictation Medicine"], category: .entityOfConcern),
        ])
        // Another academy's "Institute of Fictation Medicine" is one word short: never a finding.
        #expect(index.listedIDs("Institute of Fictation Medicine, CAMS & PUMC, Tianjin 300192, China").isEmpty)
        #expect(index.nearFeatures("Institute of Fictation Medicine, CAMS & PUMC, Tianjin 300192, China", "r")?["repeated_word"] != nil,
                "for review, not silence")
        #expect(index.listedIDs("Institute of Fictation and Fictation Medicine, Beijing, China") == ["r"])
        #expect(index.listedIDs("Dept of Fictobiology, Institute of Fictation and Fictation Medicine, Academy of Fictary Medical Sciences, Beijing, China") == ["r"])
    }

    @Test func aListedNameWithoutItsCountrysWord() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "Russian Fictolet Corporation MiF", category: .entityOfConcern, country: "RU"),
            // Every word of this one is also a listing's of another country: no name of its own.
            Record(source: "l", id: "g", name: "Russian Coastal Fictguard Academy", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "u", name: "Coastal Fictguard Academy", category: .entityOfConcern, country: "US"),
        ])
        let line = "Engineering Centre, MiF Fictolet Corporation, Moscow, Russia"
        #expect(index.listedIDs(line) == ["m"])
        #expect(index.firstFeatures(line)["country_word_left_out"] != nil)
        // In another country, or without a word of its own: not by this rule.
        #expect(index.listedIDs("MiF Fictolet Corporation, Almaty, Kazakhstan").isEmpty)
        #expect(!index.listedIDs("Coastal Fictguard Academy, Moscow, Russia").contains("g"))
    }

    @Test func anAcademysUnitByItsOwnNameAlone() {
        #expect(compared("Air Force Logist Acad") == compared("Air Force Logistics Academy"))
        let index = EntityIndex(records: [
            Record(source: "l", id: "t", name: "Chinese Academy of Sciences – National Fictime Service Center", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "p", name: "Chinese Academy of Sciences – Institute of Fictional Physics", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "o", name: "Fictional Physics Society", category: .entityOfConcern, country: "CN"),
        ])
        let line = "Key Lab of Precise Fictiming, Natl Fictime Serv Ctr, Xian 710600, Shaanxi, Peoples R China"
        #expect(index.listedIDs(line) == ["t"])
        #expect(index.firstFeatures(line)["unit_by_own_name"] != nil)
        // In another country: no finding.
        #expect(index.listedIDs("Natl Fictime Serv Ctr, Taipei, Taiwan").isEmpty)
        // A unit's name that begins as a generic unit's does stays for review: many academies have one.
        let generic = "Institute of Fictional Physics, Beijing, China"
        #expect(index.listedIDs(generic).isEmpty)
        #expect(index.lookup(OrganisationQuery(name: generic)).near.contains { $0.record.id == "p" })
    }

    @Test func aQuotedNamesLettersWrittenOutAsTheirWords() {
        #expect(EntityIndex.writtenOut("mpo", in: ["marine", "podvodnoe", "oruzhie", "fictopribor"], as: ["mpo", "fictopribor"]))
        #expect(!EntityIndex.writtenOut("mpo", in: ["marine", "oruzhie", "podvodnoe", "fictopribor"], as: ["mpo", "fictopribor"]))
        let index = EntityIndex(records: [
            Record(source: "l", id: "g", name: "Tactical Fictile Corporation, Concern “MPO—Fictopribor”", category: .entityOfConcern, country: "RU"),
        ])
        let line = "Concern «Morskoe podvodnoe oruzhie – Fictopribor», Saint Petersburg, Russia"
        #expect(index.listedIDs(line) == ["g"])
        #expect(index.firstFeatures(line)["quoted_name"]?.contains("MPO written out") == true)
        // Other words for the letters, or another country: no finding.
        #expect(index.listedIDs("Concern «Oruzhie morskoe podvodnoe – Fictopribor», Saint Petersburg, Russia").isEmpty)
        #expect(index.listedIDs("Concern «Morskoe podvodnoe oruzhie – Fictopribor», Kyiv, Ukraine").isEmpty)
    }

    @Test func theGlossaryReadsInfantryAndQingzhou() {
        #expect(HanGlossary.translatedLines("陆军步兵学院，南昌", needsPlace: true)?.contains { $0.contains("Army Infantry") } == true)
        #expect(HanGlossary.translatedLines("火箭军士官学校，青州", needsPlace: true)?.contains { $0.contains("Rocket Force NCO School") && $0.contains("Qingzhou") } == true)
    }

    @Test func russianLettersOfAResearchInstituteStayForReviewAndAGroupsShortName() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "Federal State Unitary Enterprise Fictov Automatics Research Institute（VNIIFA）", category: .entityOfConcern, country: "RU"),
        ])
        // НИИ's letters alone are many Russian institutes' (two VNIIAs in Moscow): for review, not
        // a finding; after another institute's name, that institute's.
        #expect(index.listedIDs("VNIIFA (Rosatom State Corporation), Moscow, Russia").isEmpty)
        #expect(index.lookup(OrganisationQuery(name: "VNIIFA (Rosatom State Corporation), Moscow, Russia")).near.contains { $0.record.id == "v" })
        #expect(index.listedIDs("Fictanishnikov Institute of Agrochemistry (VNIIFA), Moscow, Russia").isEmpty)
        #expect(GroupUnits.english("中国电科第五十四研究所 卫星通信系统创新中心") == ["China Electronics Technology Group Corporation 54th Research Institute"])
        #expect(GroupUnits.english("中国航天科技集团第四研究院") == ["China Aerospace Science and Technology Corporation 4th Academy"])
        #expect(GroupUnits.english("星河航天科技有限公司第一研究所").isEmpty, "a private firm's name holding 航天科技")
    }

    @Test func aGenericListedNamePrintedAsAUnitOfAnotherOrganisation() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "e", name: "Engineering Center Ltd.", category: .entityOfConcern, country: "RU"),
            // (So that each of its words is in listed names of two countries.)
            Record(source: "l", id: "x", name: "Fictional Engineering Center", category: .entityOfConcern, country: "CN"),
        ])
        let line = "Engineering Centre, Fictolet Aircraft Corporation, Moscow, Russia"
        #expect(index.listedIDs(line).isEmpty)
        #expect(index.nearFeatures(line, "e")?["generic_unit"] != nil)
        // The company printed as itself is still a finding, with its legal form apart too.
        #expect(index.listedIDs("Engineering Center Ltd., Moscow, Russia") == ["e"])
        #expect(index.listedIDs("Engineering Centre, Joint Stock Company, Moscow, Russia") == ["e"])
    }
}
