import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 26: the misses of sets 65 to 67, read as classes. Organisations are fictional; words of a
/// language, forms of body and places are real only where a rule reads them.
@Suite struct Round26WordTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    @Test func aJointStockCompanyWrittenOutOrAfterPublicIsALegalForm() {
        let n = NameNormaliser()
        #expect(n.tokens("Fictrem Aktsionernoye Obshchestvo") == ["fictrem"])
        #expect(n.tokens("Publichnoe Aktsionernoe Obshchestvo Fictrem") == ["fictrem"])
        #expect(n.tokens("Fictolev Public JSC") == ["fictolev"])
        // (Before words that are no legal form alone, left to the forms of body: "Open Joint Stock".)
        #expect(n.tokens("Fictolev Open Joint Stock Company") == ["fictolev", "open", "joint", "stock"])
        // "Public" elsewhere is a word of the name.
        #expect(n.tokens("Public Fictional Health Institute") == ["public", "fictional", "health", "institute"])
        #expect(n.tokens("Fictolev Public") == ["fictolev", "public"])
        // The same beside a character beyond ASCII ("«Fictolev» Public JSC").
        #expect(n.tokens("«Fictolev» Public JSC") == ["fictolev"])
        #expect(n.tokens("Fictrem Aktsionernoye Obshchestvo «Fictex»") == ["fictrem", "fictex"])
        #expect(n.tokens("Obshchestvo s Ogranichennoi Otvetstvennostyu Fictgazekonomika") == ["fictgazekonomika"])
        // The same written in Russian letters.
        #expect(n.tokens("Акционерное общество «Фиктрем»") == ["fiktrem"])
        #expect(n.tokens("Общество с ограниченной ответственностью Фиктекс") == ["fikteks"])
        #expect(n.tokens("ООО Фиктекс") == ["fikteks"])
        // "Obshchestvo" alone is a society's word, not a form.
        #expect(n.tokens("Russkoe Fictograficheskoe Obshchestvo") == ["russkoe", "fictograficheskoe", "obshchestvo"])
    }

    @Test func russianWordsPrintedTransliteratedAreTheirTranslations() {
        #expect(compared("Voenno-Morskaya Akademiya") == ["navy", "academy"])
        #expect(compared("Vserossiiskii NII Fictoapparatury") == ["all", "russian", "research", "institute", "fictoapparatury"])
        #expect(Set(compared("33 Tsentralnyi Nauchno-Issledovatelskii Ispytatelnyi Institut")) == Set(compared("33 Central Research Test Institute")))
        // (Russian "i", and, between two words is no word of the name: round 29.)
        #expect(compared("Fiziko-Tekhnicheskikh i Radiotekhnicheskikh Izmerenii") == ["physical", "technical", "radio", "engineering", "measurement"])
        #expect(compared("Advanced Fictional Engr. Res. Org.") == compared("Advanced Fictional Engineering Research Organization"))
        #expect(compared("Inst. of Exp. Fictophysics") == compared("Institute of Experimental Fictophysics"))
    }

    /// "n.a." is "named after": in small letters, or in capitals before a person's initials.
    @Test func nAIsNamedAfter() {
        #expect(NameNormaliser.namedAfterWritten("GosMKB «Fictuga» n.a. A.Ya. Fictnyak, Dubna") == "GosMKB «Fictuga» named after A.Ya. Fictnyak, Dubna")
        #expect(NameNormaliser.namedAfterWritten("Fictional Institute of Aviation N.A. S.A. Fictygin") == "Fictional Institute of Aviation named after S.A. Fictygin")
        // A person's own initials stay ("N.A. Fictezhal"), as does a word that ends so.
        #expect(NameNormaliser.namedAfterWritten("N.A. Fictezhal Research Institute") == "N.A. Fictezhal Research Institute")
        #expect(NameNormaliser.namedAfterWritten("Fictional Inst. of Fictn.a. Fictology") == "Fictional Inst. of Fictn.a. Fictology")
        #expect(NameNormaliser.namedAfterWritten("Fictional Plant n.a. Fictov, Fictgorod") == "Fictional Plant named after Fictov, Fictgorod")
        let index = EntityIndex(records: [
            Record(source: "l", id: "r", name: "\"Fictuga\" State Engineering Design Bureau JSC named after A.Y. Fictnyak", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fictuga State Engineering Design Bureau n.a. A.Ya. Fictnyak, Dubna, Russia") == ["r"])
    }

    /// Persian words printed transliterated, with the ezafe.
    @Test func persianWordsPrintedTransliteratedAreTheirTranslations() {
        #expect(Set(compared("Markaz-e Tahqiqat-e Shahid Fictami")) == Set(compared("Shahid Fictami Research Center")))
        #expect(Set(compared("Sazman-e Enerzhi-ye Atomi-ye Fictistan")) == Set(compared("Atomic Energy Organization of Fictistan")))
        #expect(Set(compared("Daneshgah-e Oloom-e Daryaei-ye Fictollah")) == Set(compared("Fictollah University of Naval Sciences")))
        // A "ye" after another word stays a word of the name.
        #expect(compared("Fictional Ye Fictology Institute").contains("ye"))
    }

    /// A national centre named after its city, printed by the city first.
    @Test func aNationalCentreIsPrintedByItsCityFirst() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "g", name: "National Fictcomputing Center Guangzhou (NFC-GZ)", category: .entityOfConcern, country: "CN"),
        ])
        #expect(index.listedIDs("Guangzhou Fictcomputing Centre, Fictional University, Guangzhou, China") == ["g"])
        #expect(!index.listedIDs("Shanghai Fictcomputing Centre, Shanghai, China").contains("g"))
    }

    /// A federal research and production center (ФНПЦ) is a status before the enterprise's name.
    @Test func aFederalResearchAndProductionCenterIsAStatusBeforeTheName() {
        #expect(PairScorer.core(compared("FSUE FNPC Fictovsky Research Institute of Radio Engineering"))
                == compared("Fictovsky Research Institute of Radio Engineering"))
        let index = EntityIndex(records: [
            Record(source: "l", id: "n", name: "FSUE FNPC Fictovsky Scientific Research Institute of Radiotechnics (FNIIRT)", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fictovsky Research Inst. of Radio Engineering, Fictovsk, Russia") == ["n"])
        #expect(index.listedIDs("Fictovsky Research Inst. of Radio Engineering, Lisbon, Portugal").isEmpty)
    }
}

@Suite struct Round26LineTests {
    /// A name printed with its parent's letters after a dash and no spaces.
    @Test func twoNamesJoinedByADashWithoutSpacesAreEachRead() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "Maritime Fictology Complex (MFC)", category: .entityOfConcern, country: "PK"),
        ])
        #expect(index.listedIDs("Sonar Division, Maritime Fictology Complex–FICTCOM, Karachi, Pakistan") == ["m"])
        #expect(index.listedIDs("Sonar Division, Maritime Fictology Complex—FICTCOM, Karachi, Pakistan") == ["m"])
        // A hyphen joins the words of one name: not read apart.
        #expect(index.listedIDs("Sonar Division, Maritime Fictology Complex-FICTCOM Fictwerks, Karachi, Pakistan").isEmpty)
    }

    /// A listed unit's name after the line's own place, with the parent the listing names it
    /// under printed in another part.
    @Test func aUnitAfterThePlaceWithItsParentPrintedIsTheListedUnit() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "u", name: "Academy of Fictional Medical Sciences, Institute of Medical Fictquipment", category: .entityOfConcern, country: "CN"),
        ])
        let line = "Tianjin Inst. of Medical Fictquipment, Academy of Fictional Med. Sci., Tianjin 300161, China"
        #expect(index.listedIDs(line) == ["u"])
        #expect(index.firstFeatures(line)["unit_after_place"]?.contains("parent") == true)
        // Another parent printed: not this unit.
        #expect(index.listedIDs("Tianjin Inst. of Medical Fictquipment, Academy of Other Med. Sci., Tianjin 300161, China").isEmpty)
        // A unit of an academy of sciences after a place is another city's institute of that name.
        let academy = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Fictional Academy of Sciences – Institute of Fictputing Technology", category: .entityOfConcern, country: "CN"),
        ])
        #expect(academy.listedIDs("Shenyang Institute of Fictputing Technology, Fictional Academy of Sciences, Shenyang 110168, China").isEmpty)
        // Another country: not the listing.
        #expect(index.listedIDs("Lisbon Inst. of Medical Fictquipment, Academy of Fictional Med. Sci., Lisbon 1000, Portugal").isEmpty)
    }

    /// A part that prints two names of one listing together.
    @Test func twoNamesOfOneListingPrintedTogetherAreTheListing() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "National Fictence College", aliases: ["Fictgye Fictence College"], category: .entityOfConcern, country: "KP"),
        ])
        let line = "Faculty of Automation, Fictgye National Fictence Coll., Jagang Province, DPRK"
        #expect(index.listedIDs(line) == ["k"])
        #expect(index.firstFeatures(line)["two_names_in_one"] != nil)
        // A word that neither name has: not the listing's names together.
        #expect(index.listedIDs("Fictgye National Fictence Naval College, Jagang Province, DPRK").isEmpty)
        // Another country: not the listing.
        #expect(index.listedIDs("Fictgye National Fictence College, Lisbon, Portugal").isEmpty)
    }

    /// "Basic Medical Sciences" is the "Basic Medicine" of a listed unit's name.
    @Test func basicMedicalSciencesIsBasicMedicine() {
        func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }
        #expect(compared("Fictional Institute of Basic Medical Sciences") == compared("Fictional Institute of Basic Medicine"))
        #expect(compared("Fictional Inst. of Basic Med. Sci.") == compared("Fictional Institute of Basic Medicine"))
        // (Elsewhere "Medical Sciences" stays: "Academy of Fictional Medical Sciences".)
        #expect(compared("Academy of Fictional Medical Sciences").contains("medical"))
        // Another academy's institute of that name, printed with its academy, is no finding.
        let index = EntityIndex(records: [
            Record(source: "l", id: "b", name: "Academy of Fictional Military Medical Sciences, Institute of Basic Medicine", category: .researchInstitutionOfConcern),
        ])
        #expect(index.listedIDs("Institute of Basic Medical Sciences, Chinese Academy of Fictional Medical Sciences, Beijing 100005, China").isEmpty)
    }

    /// A near match that misses a listed subject word and prints another in its place is another
    /// organisation of a similar name: the postcode of the listing's address does not make it a
    /// finding.
    @Test func aSubjectWordPrintedInPlaceOfTheListedOneIsNoFindingAtThePostcode() {
        // (Subject words are words five organisations' names have.)
        var records = (1...5).map { k in
            Record(source: "l", id: "f\(k)", name: "Fictional \(["Alpha", "Beta", "Gamma", "Delta", "Epsilon"][k - 1]) Physical and Engineering Works", category: .entityOfConcern, country: "KZ")
        }
        var listed = Record(source: "l", id: "n", name: "FSUE FNPC Fictovsk Research Institute of Radio Engineering (FNIIRE)", category: .entityOfConcern, country: "RU")
        listed.places = ["Fictovsk, 603950, RU"]
        records.append(listed)
        let index = EntityIndex(records: records)
        #expect(index.substitutedWord(records.count - 1, ["radio", "physical", "research", "institute", "fictovsk"])?.other == "physical")
        #expect(index.substitutedWord(records.count - 1, ["radio", "engineering", "research", "institute", "fictovsk"]) == nil)
        #expect(index.listedIDs("Fictovsk Research Inst. of Radio Engineering, Fictovsk 603950, Russia") == ["n"])
        // (Near, 0.8 or so, at the listing's postcode: a finding but for the word printed in place
        // of the listed one.)
        #expect(index.listedIDs("Fictovsk Radio Research Institute, Fictovsk 603950, Russia") == ["n"])
        // (Near, and at 0.7 or more: only the word in place of the listed one keeps it from a finding.)
        let line = "Radiophysical Research Institute (FRFI), Fictovsk 603950, Russia"
        #expect(index.listedIDs(line).isEmpty)
        #expect((index.lookup(OrganisationQuery(name: line)).near.first { $0.record.id == "n" }?.explanation.score ?? 0) >= EntityIndex.nearAtPostcode)
    }
}
