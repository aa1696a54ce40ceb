import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 23: the misses and wrong listings of sets 54 and 55, read as classes. Organisations are
/// fictional; words of a language, forms of body and places are real only where a rule reads them.
@Suite struct Round23NameFormTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    @Test func aCountryTransliteratedIsTheCountry() {
        #expect(Identifiers.countryCode("Rossiya") == "RU")
        #expect(Identifiers.countryCode("Rossiyskaya Federatsiya") == "RU")
        #expect(Identifiers.countryCode("Zhongguo") == "CN")
        // A line that ends with it prints its country: the acronym a listing of that country
        // gives, printed alone, is then a finding.
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "Fictional Research Institute of Experimental Fictphysics", aliases: ["FVNIIEF"],
                   category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("FVNIIEF, Sarov, 607188, Rossiya") == ["v"])
        // (Without a country the letters alone are for review.)
        #expect(index.listedIDs("FVNIIEF, Sarov, 607188").isEmpty)
    }

    @Test func wordsOfSetsFiftyFourAndFiftyFive() {
        #expect(compared("PLA SSF Fictional Engineering University") == compared("PLA Strategic Support Force Fictional Engineering University"))
        #expect(compared("Fictspace & Upper Atmosphere Res. Commn.") == compared("Fictspace and Upper Atmosphere Research Commission"))
        // "MoD", so written, is read again as the Ministry of Defence; "Mod." in an index
        // abbreviation is Modern, and no word is changed.
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "Fictional Center of the Ministry of Defense", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fictional Centre of the MoD, Moscow, Russia") == ["m"])
        #expect(compared("Inst. Mod. Phys.").contains("mod"))
        // "Physics Science" written out is a school's name, not Physical Sciences.
        #expect(!compared("School of Physics Science and Technology").contains("physical"))
        #expect(compared("Fictoria Natl. Lab. for Phys. Sci.") == compared("Fictoria National Laboratory for Physical Sciences"))
        #expect(compared("Fictoria Lab. of Phys.") == compared("Fictoria Laboratory of Physics"))
        #expect(compared("Imam Hussain Fictional University") == compared("Imam Hossein Fictional University"))
    }

    @Test func wordsOfSetsFiftySixAndFiftySeven() {
        #expect(compared("Fictional St. Petersburg JSC") == compared("Fictional Saint Petersburg JSC"))
        // "St." before anything else is left as it is (a street, a state).
        #expect(compared("Fictional St. Mary Hospital").contains("st"))
        // ("Info" stays: a listed "Info Tec" read "Information Technology" comes near every school of it.)
        #expect(compared("Fictional Info Tec") != compared("Fictional Information Technology"))
        #expect(compared("V.M. Fictishchev EMZ") == compared("V.M. Fictishchev Experimental Machine-Building Plant"))
        #expect(HanGlossary.translatedLines("国家超算天津中心, 天津, 中国", needsPlace: false)?.contains { $0.contains("Supercomputing") } == true)
    }

    @Test func aLegalFormsAdjectiveStaysWithTheForm() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "PJSC Fictmikron", category: .entityOfConcern, country: "RU", places: ["1st Zapadniy Proezd 12/1, Zelenograd, 124460, RU"]),
            Record(source: "k", id: "n", name: "Fictmikron", aliases: ["PUBLIC JOINT STOCK COMPANY FICTMIKRON", "FICTMIKRON JSC"],
                   category: .entityOfConcern, country: "ロシア Russian Federation"),
        ])
        #expect(Set(index.listedIDs("Dept. of Process Integration, Fictmikron Public JSC, Zelenograd, Moscow, Russia")) == ["m", "n"])
        // Without the form, "Public" is a word of the name, not the company's own name alone.
        #expect(index.listedIDs("Dept. of Process Integration, Fictmikron Public, Zelenograd, Moscow, Russia").isEmpty)
    }

    @Test func aRussianInstitutesNameTranslatedByItsRussianLetters() {
        #expect(EntityIndex.russianInstituteLetters(NameNormaliser().tokens("All-Russia Research Institute of Automatics")) == "VNIIA")
        #expect(EntityIndex.russianInstituteLetters(NameNormaliser().tokens("All-Russian Scientific Research Institute of Experimental Physics")) == "VNIIEF")
        #expect(EntityIndex.russianInstituteLetters(NameNormaliser().tokens("Central Research Institute of Chemistry and Mechanics")) == "TSNIIKHM")
        #expect(EntityIndex.russianInstituteLetters(NameNormaliser().tokens("Research Institute of Automatics")) == nil)
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Federal State Unitary Enterprise Fictdukhov Automatics Research Institute (VNIIA)", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Department of Pulse Generators, All-Russia Research Institute of Automatics, Moscow, Russia") == ["a"])
        // Another country's line: not this institute; no country: for review.
        #expect(index.listedIDs("All-Russia Research Institute of Automatics, Minsk, Belarus").isEmpty)
        let open = index.lookup(OrganisationQuery(name: "Department of Pulse Generators, All-Russia Research Institute of Automatics"))
        #expect(open.listings.isEmpty && open.near.contains { $0.record.id == "a" })
    }

    @Test func anEponymAfterOfAndInitialsIsLeftOutAsNamedAfter() {
        #expect(NameParts.withoutEponym("FICTPOLYUS Research Institute of M.F. Fictmakh Joint Stock Company")
                == "FICTPOLYUS Research Institute Joint Stock Company")
        #expect(NameParts.withoutEponym("FICTPOLYUS Research Institute of M. F. Fictmakh") == "FICTPOLYUS Research Institute")
        #expect(NameParts.withoutEponym("Institute of Physics") == nil)
        #expect(NameParts.withoutEponym("Institute of M.F. Fictmakh") == nil, "one word before it")
        let index = EntityIndex(records: [
            Record(source: "l", id: "p", name: "FICTPOLYUS Research Institute of M.F. Fictmakh Joint Stock Company", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "c", name: "Central Fictdesign Research Institute of A.N. Fictkrylov", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fictpolyus Research Institute JSC, Moscow, Russia") == ["p"])
        // A name that says only its kind is nobody's without its eponym: its own word is not
        // written as a name is (capitals, quotation marks).
        #expect(index.listedIDs("Central Fictdesign Research Institute, Moscow, Russia").isEmpty)
        // Nor where the quoted name is a descriptive one.
        let quoted = EntityIndex(records: [
            Record(source: "l", id: "p", name: "FICTPOLYUS Research Institute of M.F. Fictmakh Joint Stock Company", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "q", name: "JSC “Central Fictdesign Research Institute of A.N. Fictkrylov”", category: .entityOfConcern, country: "RU"),
        ])
        #expect(quoted.listedIDs("Central Fictdesign Research Institute, Moscow, Russia").isEmpty)
    }

    @Test func anAcronymAndTheKindOfBodyItsLastLetterStandsFor() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Advanced Fictinformation and Communication Technology Center (AFCTC)", category: .entityOfConcern, country: "IR"),
        ])
        #expect(index.listedIDs("AFCT Center, Fictional University of Technology, Tehran, Iran") == ["a"])
        // Another country's line: not this organisation.
        #expect(index.listedIDs("AFCT Center, Fictional University, Berlin, Germany").isEmpty)
        // Letters no listing gives, with the same word: nothing read.
        #expect(index.listedIDs("AFCX Center, Fictional University of Technology, Tehran, Iran").isEmpty)
        // Another word for the same letter ("Company" for C): not the centre.
        #expect(index.listedIDs("AFCT Company, Fictional University of Technology, Tehran, Iran").isEmpty)
    }

    @Test func threeLettersAPartDefinesBesideANameThatComesClose() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "n", name: "National Fictdevelopment Complex (NFC)", category: .entityOfConcern, country: "PK"),
            Record(source: "l", id: "o", name: "Fictother Complex", category: .entityOfConcern, country: "PK"),
            Record(source: "l", id: "p", name: "National Fictone Institute", category: .entityOfConcern, country: "PK"),
            Record(source: "l", id: "q", name: "National Fictwo Center", category: .entityOfConcern, country: "CN"),
        ])
        // ("Nt." is no word rsdd reads: since round 25 "Nat." is the listing's National, a word it shortens.)
        let near = index.lookup(OrganisationQuery(name: "Nt. Fictdevelopment Complex, Fateh Jang, Punjab, Pakistan")).near
        #expect(near.contains { $0.record.id == "n" }, "\(near.map { ($0.record.id, $0.explanation.score) })")
        #expect(index.listedIDs("Nt. Fictdevelopment Complex (NFC), Fateh Jang, Punjab, Pakistan") == ["n"])
        // Without the letters the name alone is short of a finding; in another country, too.
        #expect(index.listedIDs("Nt. Fictdevelopment Complex, Fateh Jang, Punjab, Pakistan").isEmpty)
        #expect(index.listedIDs("Nt. Fictdevelopment Complex (NFC), Dhaka, Bangladesh").isEmpty)
        #expect(index.listedIDs("Nat. Fictdevelopment Complex, Fateh Jang, Punjab, Pakistan") == ["n"])
    }

    @Test func aGenericUnitBeforeAnotherListedOrganisationIsForReview() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "f", name: "Joint Stock Company Fictstrem", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "t", name: "Federal State Budgetary Scientific Institution Research and Production Complex Technology Center",
                   aliases: ["NPK Technological Center"], category: .entityOfConcern, country: "RU"),
            // (Words of listings of two countries: generic words.)
            Record(source: "l", id: "x", name: "Fictional Technology Center", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "y", name: "Fictother Technology Center", category: .entityOfConcern, country: "IR"),
        ])
        let line = "Technology Center, OAO Fictstrem, Zelenograd, Moscow, Russia"
        #expect(index.listedIDs(line) == ["f"])
        let (_, near) = index.lookup(OrganisationQuery(name: line))
        #expect(near.contains { $0.record.id == "t" && $0.explanation.features["generic_unit"] != nil })
        // Printed alone, the complex is still found.
        #expect(index.listedIDs("Technology Center, Zelenograd, Moscow, Russia") == ["t"])
    }

    @Test func aUnitsOwnNameAfterAPlaceNamesTheListedUnit() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "u", name: "Academy of Fictional Medical Sciences, Institute of Fictmicrobiology and Fictepidemiology",
                   category: .researchInstitutionOfConcern, country: "CN"),
            Record(source: "l", id: "g", name: "Academy of Fictional Sciences, Institute of Physics and Technology",
                   category: .researchInstitutionOfConcern, country: "CN"),
            // (Physics and technology are words of listings of other countries too.)
            Record(source: "l", id: "r", name: "Fictrussian Institute of Physics and Technology", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fict Key Laboratory, Beijing Inst. of Fictmicrobiology & Fictepidemiology, Beijing 100071, China") == ["u"])
        // By words any country's institutes have: for review, as before.
        let generic = "Beijing Institute of Physics and Technology, Beijing 100081, China"
        #expect(index.listedIDs(generic).isEmpty)
        #expect(index.lookup(OrganisationQuery(name: generic)).near.contains { $0.record.id == "g" })
        // A line that names a university beside it: perhaps that one's namesake, for review.
        let hosted = "Beijing Inst. of Fictmicrobiology & Fictepidemiology, Fictional University, Beijing 100871, China"
        #expect(index.listedIDs(hosted).isEmpty)
        #expect(index.lookup(OrganisationQuery(name: hosted)).near.contains { $0.record.id == "u" })
        // Another country's line: not the unit.
        #expect(index.listedIDs("Moscow Institute of Fictmicrobiology and Fictepidemiology, Moscow 101000, Russia").isEmpty)
    }
}
