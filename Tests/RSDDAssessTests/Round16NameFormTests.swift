import Foundation
import RSDDCore
import RSDDParse
@testable import RSDDResolve
import Testing

/// Name forms read from held-out sets 30 to 33 (round 16). Organisations are fictional; places and
/// countries are real only where a rule reads them.
@Suite struct Round16NameFormTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }
    func features(_ index: EntityIndex, _ line: String, country: String? = nil) -> [String: String] {
        index.listings(for: OrganisationQuery(name: line, country: country)).first?.explanation.features ?? [:]
    }

    @Test func imeniAndADeclinedSurnameNameThePersonTheListingIsNamedAfter() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "s", name: "Fictberian Scientific-Research Institute of Aviation N.A. S.A. Fictplygin", aliases: ["SibFIA"],
                   category: .researchInstitutionOfConcern, country: "Russia"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        let line = "FAU «SibFIA im. S.A. Fictplygina», Novosibirsk, Russia"
        #expect(index.listedIDs(line) == ["s"])
        #expect(features(index, line)["named_after"] != nil)
        #expect(features(index, line)["acronym_only"] == nil)
        // Another person, or another country: not the listing by this rule.
        #expect(index.listings(for: OrganisationQuery(name: "FAU «SibFIA im. A.B. Otherova», Novosibirsk, Russia")).allSatisfy { $0.explanation.features["named_after"] == nil })
        #expect(index.listedIDs("FAU «SibFIA im. S.A. Fictplygina», Almaty, Kazakhstan").isEmpty)
        // A piece before it with a marker word and nothing to read does not hide it.
        #expect(index.listedIDs("Lab im Zentrum, FAU «SibFIA im. S.A. Fictplygina», Novosibirsk, Russia") == ["s"])
    }

    @Test func aCoinedOwnNameBesideItsGroupsLettersOrOpenAlexsCountry() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Open Joint Stock Company Fictdvigatel", category: .entityOfConcern, country: "ロシア Russian Federation"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fictdvigatel (UEC), Perm, Russia") == ["a"])
        #expect(features(index, "Fictdvigatel (UEC), Perm, Russia")["company_own_name"] != nil)
        // Letters that are no group's: the coined word beside them is not read so.
        #expect(features(index, "Fictdvigatel (QZX), Perm, Russia")["company_own_name"] == nil)
        // OpenAlex's display name with the country in brackets, with the institution's country.
        #expect(index.listings(for: OrganisationQuery(name: "Fictdvigatel (Russia)", country: "RU")).map(\.record.id) == ["a"])
        #expect(index.listings(for: OrganisationQuery(name: "Fictdvigatel (Kazakhstan)", country: "KZ")).isEmpty)
        #expect(EntityIndex.withoutBracketedCountry("Fictdvigatel (Russia)", country: "RU") == "Fictdvigatel")
        #expect(EntityIndex.withoutBracketedCountry("Fictdvigatel (Russia)", country: "KZ") == nil)
        #expect(EntityIndex.withoutBracketedCountry("Fictdvigatel (UEC)", country: "RU") == nil)
        #expect(EntityIndex.withoutBracketedCountry("Perm Fictdvigatel (Russia)", country: "RU") == nil)
    }

    @Test func aCoinedOwnNameInBracketsAfterANameOfIt() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "n", name: "Fictgazekonomika, OOO", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "k", name: "Kvantix, OOO", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        let line = "Research Institute of Fictional Industry Economics and Management (Fictgazekonomika), Moscow, Russia"
        #expect(index.listedIDs(line) == ["n"])
        #expect(features(index, line)["bracketed_name"] != nil)
        // A short word in brackets is as often another company's: not a finding by this rule.
        #expect(index.listedIDs("Research Institute of Fictional Optics (Kvantix), Moscow, Russia").isEmpty)
        #expect(index.listedIDs("Research Institute of Fictional Industry Economics (Fictgazekonomika), Almaty, Kazakhstan").isEmpty)
        // Capitals in brackets are an acronym, a country in brackets a country: neither is this word.
        #expect(EntityIndex.bracketedWord("Research Institute (FGEK)").isEmpty)
        #expect(EntityIndex.bracketedWord("Fictdvigatel (Russia)").isEmpty)
        #expect(EntityIndex.bracketedWord("Research Institute (Fictgazekonomika)") == "Fictgazekonomika")
    }

    @Test func aNameAndADepartmentJoinedByAndAreReadApart() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "h", name: "Hefei Fictional Laboratory for Physical Sciences at the Fictoscale", category: .researchInstitutionOfConcern, country: "China"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "CN"),
        ])
        #expect(index.listedIDs("Hefei Fictional Laboratory for Physical Sciences at the Fictoscale and Department of Chemical Physics, University of Fictscience, Hefei 230026, China") == ["h"])
        // A name cut short before "and Department of" is no name of the listing.
        #expect(index.listedIDs("Hefei Fictional Laboratory and Department of Chemistry, University of Fictscience, Hefei 230026, China").isEmpty)
    }

    @Test func russianWordsOfAnInstitutesNameTransliterated() {
        #expect(Set(compared("Uralskii nauchno-issledovatelskii institut kompozitsionnykh materialov")) == Set(compared("Ural Research Institute of Composite Materials")))
        #expect(Set(compared("Gosudarstvennyi nauchno-issledovatelskii institut mashinostroeniya")) == Set(compared("State Research Institute of Mechanical Engineering")))
        #expect(Set(compared("Nauchnoissledovatelski Institut Ekonomiki I Organizatsii Upravleniya V Gazovoipromyshlennosti")).isSuperset(of: ["research", "institute", "organization", "management", "gas", "industry"]))
        #expect(compared("Spec. Technol. Ctr.").prefix(2) == ["special", "technology"])
        // The form of a limited liability company, written out in Latin letters, is no word of the name.
        #expect(PairScorer.withoutBodyForms(compared("Obshchestvo S Ogranichennoi Otvetstvennostyu Fictkom")) == ["fictkom"])
    }

    @Test func aServiceSchoolsInstituteAndNBCDefence() {
        // 防化 as chemical or NBC defence, and 学院 as an institute too, where a name would then match.
        #expect(Set(compared("PLA Army Institute of Chemical Defence")).subtracting(["pla"]) == Set(compared("Army Institute of NBC Defense")))
        func school(_ s: String) -> Set<String> { Set(PairScorer.asServiceSchool(compared(s))).subtracting(["pla"]) }
        #expect(school("Army Fictaviation Institute of PLA") == school("Army Fictaviation Academy"))
        #expect(school("Institute of NBC Defense, PLA Army") == school("Army Institute of NBC Defense"))
        // Not a research institute, nor an institute of a service's subject, nor in every comparison.
        #expect(school("Army Fictional Research Institute").contains("institute"))
        #expect(school("Institute of Naval Medicine").contains("institute"))
        #expect(compared("Army Fictaviation Institute").contains("institute"))
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Army Fictaviation Academy", category: .researchInstitutionOfConcern, country: "China"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "CN"),
        ])
        #expect(index.listedIDs("Army Fictaviation Institute of PLA, Beijing, China") == ["a"])
        #expect(features(index, "Army Fictaviation Institute of PLA, Beijing, China")["service_school"] != nil)
        // Another school of the army is not it; nor another country's, nor a line without a country.
        #expect(index.listedIDs("Army Fictinfantry Institute of PLA, Beijing, China").isEmpty)
        #expect(index.listedIDs("Army Fictaviation Institute, Lagos, Nigeria").isEmpty)
        #expect(features(index, "Army Fictaviation Institute")["service_school"] == nil)
    }

    @Test func aLineWrittenInRussianIsReadInLatinLetters() {
        #expect(NameNormaliser().tokens("ЦКБ МТ «Рубин»") == ["tskb", "mt", "rubin"])
        #expect(NameNormaliser().tokens("НИИгазэкономика") == ["niigazekonomika"])
        #expect(Identifiers.countryCode("Россия") == "RU")
        let index = EntityIndex(records: [
            Record(source: "l", id: "r", name: "TsKB MT Fiktrubin", category: .entityOfConcern, country: "ロシア Russian Federation"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("АО «ЦКБ МТ «Фиктрубин», Санкт-Петербург, Россия") == ["r"])
        #expect(index.listedIDs("АО «ЦКБ МТ «Фиктрубин», Алматы, Казахстан").isEmpty)
    }

    @Test func aQuotedOwnNameBesideTheListingsFormsOfEnterprise() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "Joint Stock Company Concern Fictavrora Scientific and Production Association", category: .entityOfConcern, country: "ロシア Russian Federation"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        let line = "Ship Automation Systems Division, Kontsern «Fictavrora», Saint Petersburg, Russia"
        #expect(index.listedIDs(line) == ["v"])
        #expect(features(index, line)["quoted_name"] != nil)
        #expect(index.listedIDs("Ship Automation Systems Division, Kontsern «Fictavrora», Minsk, Belarus").isEmpty)
    }

    @Test func webOfSciencesAndRussianWordsOfRound16() {
        #expect(compared("Opytnoe konstruktorskoe byuro") == compared("Experimental Design Bureau"))
        #expect(compared("Natl. Devp. Complex") == compared("National Development Complex"))
        #expect(compared("Aerospace Sci. & Ind. Corp.") == compared("Aerospace Science and Industry Corporation"))
    }

    @Test func initialsNoListingGivesAreForReviewNeverSilenceNeverAFinding() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "s", name: "Supreme Fictional Defense University", aliases: ["Institute for Policy Fictology"], category: .researchInstitutionOfConcern, country: "Iran"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "IR"),
        ])
        // (No word of the listing's own elsewhere on the line: with one, the initials are a
        // finding, `initials_and_own_word`, round 17.)
        let line = "Faculty of Strategic Studies, SFDU, Tehran, Iran"
        let found = index.lookup(OrganisationQuery(name: line))
        #expect(found.listings.isEmpty)
        #expect(found.near.first?.record.id == "s")
        #expect(found.near.first?.explanation.features["acronym_only"]?.contains("initials") == true)
        // Another country's line, or the letters inside a part with words of its own: nothing.
        #expect(index.lookup(OrganisationQuery(name: "Faculty of Strategic Studies, SFDU, Ankara, Turkey")).near.isEmpty)
        #expect(index.lookup(OrganisationQuery(name: "SFDU Fictional Laboratory, Tehran, Iran")).near.allSatisfy { $0.explanation.features["acronym_only"] == nil })
    }

    @Test func anAcronymAfterBranchOfIsReadAlone() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "u", name: "Fictional Islamic Azad University (FIAU)", category: .entityOfConcern, country: "Iran"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "IR"),
        ])
        #expect(index.listedIDs("Dept. of Food Science, Shahrekord Branch of FIAU, Shahrekord, Iran") == ["u"])
        #expect(index.listedIDs("Dept. of Food Science, Shahrekord Branch of FIAU, Ankara, Turkey").isEmpty)
    }

    @Test func aServiceSchoolAfterTheLinesOwnCity() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "d", name: "Air Force Fictcommunication NCO Academy", category: .researchInstitutionOfConcern, country: "China"),
            Record(source: "l", id: "k", name: "Fictkvant Instrument Plant", category: .entityOfConcern, country: "RU"),
        ])
        let line = "Dalian Air Force Fictcommunication NCO Academy, Dalian 116600, China"
        #expect(index.listedIDs(line) == ["d"])
        #expect(features(index, line)["place_prefix"] != nil)
        // A company's name after a city its list does not give stays a near match at most.
        #expect(index.listedIDs("Tula Fictkvant Instrument Plant, Tula 300001, Russia").isEmpty)
    }

    @Test func aRunOfWordsPrintedAsTheirInitials() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "c", name: "Advanced Fictional Communication Technology Center (AFCTC)", category: .entityOfConcern, country: "イラン Islamic Republic of Iran"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "IR"),
        ])
        let line = "Advanced FCT Center, Fictsharif University of Technology, Tehran, Iran"
        #expect(index.listedIDs(line) == ["c"])
        #expect(features(index, line)["initials_for_words"]?.contains("FCT") == true)
        #expect(EntityIndex.mayHoldCapitalsWord(line))
        #expect(!EntityIndex.mayHoldCapitalsWord("Advanced Fictional Center, Tehran, Iran"))
        // A part in capitals: its short words are no initials.
        #expect(index.listedIDs("ADVANCED FCT CENTER, FICTSHARIF UNIVERSITY OF TECHNOLOGY, TEHRAN, IRAN").isEmpty)
        // Other letters, a word more, or another country: not the listed name.
        #expect(index.listedIDs("Advanced FCX Center, Fictsharif University of Technology, Tehran, Iran").isEmpty)
        #expect(index.listedIDs("Advanced FCT Research Center, Fictsharif University of Technology, Tehran, Iran").isEmpty)
        #expect(index.listedIDs("Advanced FCT Center, Fictional University, Ankara, Turkey").isEmpty)
    }
}
