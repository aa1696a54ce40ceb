import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDParse
@testable import RSDDResolve
import Testing
import TestSupport

/// Round 41: the misses of fresh sets 122 to 125, read after their first runs: a Russian
/// institute's own letters that a list or the table gives as a name of capitals ("JSC NIKIET",
/// "ФАУ «ЦИАМ им. П.И. Баранова»") printed in Latin letters, an acronym that ends with four letters
/// of a word ("PINSTECH"), "им." in Cyrillic as "named after", a line in Hangul that prints only a
/// town of the DPRK, and a company's one-word name with "Group" after it at the listing's city.
/// The listings are fictional ones in the form of list cells, or real list cells; the lines'
/// places around fictional names are fictional too.
@Suite struct Round41ResolveTests {
    /// A name that is one word of capitals, with a Russian legal form's letters or a "named after"
    /// tail beside it at most, gives its letters in Latin letters; any other name gives none.
    @Test func lettersOfANameOfCapitals() {
        #expect(EntityIndex.lettersCell("JSC FIKTEK") == "FIKTEK")
        #expect(EntityIndex.lettersCell("АО «ФИКТЕК»") == "FIKTEK")
        #expect(EntityIndex.lettersCell("ФАУ «ЦФИАМ им. П.И. Фиктова»") == "TSFIAM")
        #expect(EntityIndex.lettersCell("ЦФИАМ имени П.И. Фиктова") == "TSFIAM")
        #expect(EntityIndex.lettersCell("FIKTEK") == "FIKTEK")
        #expect(EntityIndex.lettersCell("JSC NIIF") == nil, "four letters name several institutes")
        #expect(EntityIndex.lettersCell("JSC Fiktek") == nil, "a word with small letters")
        #expect(EntityIndex.lettersCell("FIKTEK FIKMASH") == nil, "two words of capitals")
        #expect(EntityIndex.lettersCell("OJSC") == nil, "a legal form alone")
        #expect(EntityIndex.lettersCell("ФГУП «ВНИИФ им. Н.Л. Фиктова»") == nil, "an institute's kind and its subject's initial: many institutes'")
        #expect(EntityIndex.lettersCell("FSUE TSNIIFK") == nil)
        #expect(EntityIndex.lettersCell("Fictional Institute (FIKTEK)") == nil)
    }

    /// Letters that a listing gives only as a name of capitals ("JSC FIKTEK", or in Cyrillic),
    /// which its English name does not spell, printed alone in Latin letters in the listing's
    /// country: the listing's own acronym, a finding (before round 41 the line found nothing, not
    /// even for review). In another country's line: none.
    @Test func lettersGivenAsANameOfCapitalsAreTheListings() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "f", name: "N.A. Fiktov Research and Design Institute of Power Engineering", aliases: ["JSC FIKTEK"],
                   category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "c", name: "Fictional Central Institute of Engine Building", aliases: ["ФАУ «ЦФИАМ им. П.И. Фиктова»"],
                   category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("FIKTEK, Moscow, Russia") == ["f"])
        #expect(index.listedIDs("Fiktov FIKTEK, Moscow, Russia") == ["f"])
        #expect(index.firstFeatures("FIKTEK, Moscow, Russia")["printed_acronym"] != nil)
        #expect(index.listedIDs("FIKTEK, Almaty, Kazakhstan").isEmpty, "another country")
        // (In brackets after another organisation's name, the letters are that one's: for review.)
        let bracketed = "Fictional Institute of Agrochemistry (FIKTEK), Moscow, Russia"
        #expect(index.listedIDs(bracketed).isEmpty)
        #expect(index.lookup(OrganisationQuery(name: bracketed)).near.map(\.record.id) == ["f"])
        #expect(index.listedIDs("FAU TsFIAM, Moscow, Russia") == ["c"])
        #expect(index.listedIDs("FAU TsFIAM, Minsk, Belarus").isEmpty, "another country")
    }

    /// An acronym may end with four first letters of a word ("TECH" for "Technology"), not more,
    /// and only at its end; where one letter a word is asked, four are not allowed either.
    @Test func anAcronymEndingWithFourLettersOfAWord() {
        let words = ["fictland", "institute", "nuclear", "science", "technology"]
        #expect(EntityIndex.spells("FINSTECH", words, prefix: 3))
        #expect(!EntityIndex.spells("FINSTECHN", words, prefix: 3), "five letters of a word")
        #expect(!EntityIndex.spells("FINSTECH", words, prefix: 1), "one letter a word was asked")
        #expect(!EntityIndex.spells("FINUCLSTE", words, prefix: 3), "four letters before the end")
        #expect(EntityIndex.spells("FINSTEC", words, prefix: 3))
        #expect(!EntityIndex.spells("NFIP", ["fictional", "instruments", "nfip"], prefix: 3), "the acronym as a word of the name")
    }

    /// The listing's acronym, spelled with "TECH" at its end and given in brackets after its name,
    /// printed alone in its country: a finding.
    @Test func aBracketedAcronymEndingWithFourLetters() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "p", name: "Fictland Institute of Nuclear Science and Technology (FINSTECH)", category: .entityOfConcern, country: "PK"),
        ])
        #expect(index.listedIDs("Physics Division, FINSTECH, Islamabad, Pakistan") == ["p"])
        #expect(index.listedIDs("Physics Division, FINSTECH, Tehran, Iran").isEmpty)
    }

    /// A line in Hangul that prints a town of the DPRK as a part is the DPRK's; a town alone names
    /// no organisation, and a line of the Republic of Korea's capital is not read so.
    @Test func aHangulLineWithATownOfTheDPRK() {
        #expect(HanGlossary.koreanLine("국방종합대학, 강계") == "National Defense University, Kanggye, DPRK")
        #expect(HanGlossary.koreanLine("강계") == nil, "a town alone")
        #expect(HanGlossary.koreanLine("국방대학교, 서울") == nil, "Seoul: the Republic of Korea's script too")
        #expect(HanGlossary.koreanLine("국방종합대학") == nil, "no country and no town")
    }

    /// "им." in Cyrillic is "named after": a listed one-word name and the person the listing is
    /// named after, in the listing's country, is a finding, as "im." in Latin letters is.
    @Test func namedAfterInCyrillic() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "Fiktovets State Design Bureau named after I.I. Fiktorov", aliases: ["Fiktovets"],
                   category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Фиктовец им. И.И. Фикторова, Москва, Россия") == ["v"])
        #expect(index.firstFeatures("Фиктовец им. И.И. Фикторова, Москва, Россия")["named_after"] != nil)
        #expect(index.listedIDs("Фиктовец им. И.И. Фикторова, Минск, Беларусь").isEmpty, "another country")
    }

    /// A listed name and the person a name of the listing is named after, the line printing the
    /// surname as it stands and the listed name as Russian declines it after "imeni" ("Fiktorin",
    /// "Fiktorina"): a finding in the listing's country. Another person: not.
    @Test func namedAfterASurnameTheListDeclines() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "i", name: "NPP Fiktok", aliases: ["RPC Fiktok", "NPP Fiktok imeni A. I. Fiktorina"],
                   category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("JSC RPC Fiktok named after A.I. Fiktorin, Fryazino, Russia") == ["i"])
        #expect(index.firstFeatures("JSC RPC Fiktok named after A.I. Fiktorin, Fryazino, Russia")["named_after"] != nil)
        #expect(index.listedIDs("JSC RPC Fiktok named after A.I. Petrovin, Fryazino, Russia").isEmpty, "another person")
        #expect(index.listedIDs("JSC RPC Fiktok named after A.I. Fiktorin, Minsk, Belarus").isEmpty, "another country")
    }

    /// Letters joined by a dash to a capitalised word ("FRC-Negevo") are read as with a space:
    /// the letters of the listed name's words and its own word come near it, for review (before
    /// round 41 the line reached nothing). Capitals on both sides, or small letters before the
    /// dash, are left as printed.
    @Test func lettersJoinedByADashToAWord() {
        #expect(EntityIndex.lettersDashApart("Department of Physics, FRC-Negevo, Beer-Sheva") == "Department of Physics, FRC Negevo, Beer-Sheva")
        #expect(EntityIndex.lettersDashApart("RFNC-VNIIEF, Sarov") == nil)
        #expect(EntityIndex.lettersDashApart("Temp-Avia, Arzamas") == nil)
        #expect(EntityIndex.lettersDashApart("Beer-Sheva") == nil)
        let index = EntityIndex(records: [
            Record(source: "l", id: "n", name: "Fictional Research Center Negevo (FRCN)", category: .entityOfConcern, country: "IL"),
        ])
        let (listings, near) = index.lookup(OrganisationQuery(name: "Department of Physics, FRC-Negevo, Beer-Sheva, Israel"))
        #expect(listings.isEmpty)
        #expect(near.map(\.record.id) == ["n"])
    }

    /// A company's listed one-word name with "Group" after it, at the city of the listing's address
    /// and in its country: a finding. In another city, or another country: for review at most.
    @Test func aOneWordNameWithGroupAtTheListingsCity() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "s", name: "Institut Fiktproekt, AO", aliases: ["Fiktproekt", "Fiktproekt Engineering Group"],
                   category: .entityOfConcern, country: "RU", places: ["Fictional Prospect 13, St. Petersburg, 196158, RU"]),
        ])
        #expect(index.listedIDs("Bridge Design Department, Fiktproekt Group, Saint Petersburg, Russia") == ["s"])
        #expect(index.firstFeatures("Bridge Design Department, Fiktproekt Group, Saint Petersburg, Russia")["company_own_name"] != nil)
        #expect(index.listedIDs("Fiktproekt Group, Moscow, Russia").isEmpty, "another city")
        #expect(index.listedIDs("Fiktproekt Group, Saint Petersburg, Florida, USA").isEmpty, "another country")
        #expect(index.listedIDs("Fiktproekt Partners, Saint Petersburg, Russia").isEmpty, "not a group's word")
    }

    /// Fresh sets 123 to 125's lines, against the real lists: each finds its listing.
    @Test func linesOfSets123To125FindRealListings() throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the real lists are needed for this test")
            return
        }
        let names = try Round36ResolveTests.listedNames(data, ["us-bis-entity-list", "jp-meti-eul", "us-dod-1286"])
        #expect(names("НИКИЭТ им. Н.А. Доллежаля, Москва, Россия").contains { $0.contains("Dollezhal") })
        #expect(names("Dollezhal NIKIET, Moscow, Russia").contains { $0.contains("Dollezhal") })
        #expect(names("국방종합대학, 강계").contains { $0.contains("National Defense College") })
        #expect(names("Bridge Design Department, Stroyproekt Group, Saint Petersburg, Russia").contains("Institut Stroiproekt, AO"))
        #expect(names("FAU TsIAM, Moscow, Russia").contains { $0.contains("Baranov") })
        #expect(names("Physics Division, PINSTECH, Islamabad, Pakistan").contains { $0.contains("(PINSTECH)") })
    }
}
