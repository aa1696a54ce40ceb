import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDParse
@testable import RSDDResolve
import Testing
import TestSupport

/// Round 43: the misses of fresh sets 136 to 139, read after their first runs: a line that ends
/// with a mainland city and no country ("…, AMMS, Beijing"), a listing's letters in Russian with a
/// K where the English word begins with C ("KRET" for "Concern Radio-Electronic Technologies"), a
/// listing's three letters beside its name's own word ("RTI Concern JSC"), a listed name without
/// its first word ("Azad University") and with a person's name before it ("Tatishchev Astrakhan
/// State University"). The listings are
/// fictional ones in the form of list cells, or real list cells; the lines' places around
/// fictional names are fictional too, but for the real mainland cities the rule reads.
@Suite struct Round43ResolveTests {
    /// A mainland city or province as a line's last part, a postcode beside it or not, is China;
    /// a place of elsewhere, a longer part or an organisation's name is not.
    @Test func aMainlandPlaceAsTheLastPart() {
        #expect(EntityIndex.isMainlandPlace("Ningbo"))
        #expect(EntityIndex.isMainlandPlace("Beijing 100850"))
        #expect(EntityIndex.isMainlandPlace("Xi’an"))
        #expect(!EntityIndex.isMainlandPlace("Taipei"))
        #expect(!EntityIndex.isMainlandPlace("Ningbo University"))
        #expect(!EntityIndex.isMainlandPlace("China"), "a country is read as a country, not as a place")
        #expect(!EntityIndex.isMainlandPlace("100850"))
    }

    /// Letters the listing gives, spelled from its name, printed alone on a line that ends with a
    /// mainland city: a finding, as on a line that ends with "China". A line of no country, or one
    /// ending with a place of elsewhere, stays for review.
    @Test func lettersAloneOnALineEndingWithAMainlandCity() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Academy of Military Fictional Sciences (AMFS)", category: .entityOfConcern, country: "CN"),
        ])
        #expect(index.listedIDs("Institute of Fictional Information, AMFS, Beijing") == ["a"])
        #expect(index.listedIDs("Institute of Fictional Information, AMFS, Beijing 100850") == ["a"])
        #expect(index.listedIDs("Institute of Fictional Information, AMFS, China") == ["a"])
        #expect(index.listedIDs("Institute of Fictional Information, AMFS, Fictcity").isEmpty, "no country")
        #expect(index.nearFeatures("Institute of Fictional Information, AMFS, Fictcity", "a")?["acronym_only"] != nil)
        #expect(index.listedIDs("Institute of Fictional Information, AMFS, Taipei").isEmpty, "not a mainland place")
        #expect(index.listedIDs("Institute of Fictional Information, AMFS, Hanoi, Vietnam").isEmpty, "another country")
    }

    /// A listing's letters with a K where the English word of its name begins with C (the letters
    /// are the name's in Russian: Концерн, "Concern") spell its name: printed alone in its country,
    /// a finding. Letters that spell nothing of the name even so stay for review.
    @Test func aKOfTheLettersForTheCOfAnEnglishWord() {
        let concern = EntityIndex(records: [
            Record(source: "l", id: "k", name: "JSC Concern Radio-Fictronic Technologies（KRFT）", category: .entityOfConcern, country: "RU"),
        ])
        #expect(concern.listedIDs("KRFT, Fictgrad, Russia") == ["k"])
        #expect(concern.listedIDs("KRFT, Fictgrad, Ukraine").isEmpty, "another country")
        let works = EntityIndex(records: [
            Record(source: "l", id: "w", name: "JSC Radio-Fictronic Technologies Works（KRFT）", category: .entityOfConcern, country: "RU"),
        ])
        #expect(works.listedIDs("KRFT, Fictgrad, Russia").isEmpty, "no word of the name begins with K or C")
        #expect(works.nearFeatures("KRFT, Fictgrad, Russia", "w")?["acronym_only"] != nil)
    }

    /// Three letters a listing gives in its own name, beside words of that name only, in the
    /// listing's country: a finding. Another country, another word, or letters two listed
    /// organisations give: none.
    @Test func threeLettersBesideTheNamesOwnWord() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "r", name: "Radiofictional and Information Systems (RFI) Concern", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("RFI Concern JSC, Fictgrad, Russia") == ["r"])
        #expect(index.firstFeatures("RFI Concern JSC, Fictgrad, Russia")["printed_acronym"]?.contains("three letters") == true)
        #expect(index.listedIDs("RFI Concern JSC, Fictgrad, Belarus").isEmpty, "another country")
        #expect(index.listedIDs("RFI Fictworks JSC, Fictgrad, Russia").isEmpty, "a word the listed name does not have")
        let two = EntityIndex(records: [
            Record(source: "l", id: "r", name: "Radiofictional and Information Systems (RFI) Concern", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "q", name: "Research Fictional Institute (RFI) Concern Fictmash", category: .entityOfConcern, country: "RU"),
        ])
        #expect(two.listedIDs("RFI Concern JSC, Fictgrad, Russia").isEmpty, "letters two listed organisations give")
    }

    /// Universities of other names beside the listings, so that "university" and "state" weigh as
    /// the common words they are.
    static let others = (1...6).map { Record(source: "l", id: "o\($0)", name: "Fictional Other\($0) State University", category: .entityOfConcern, country: "RU") }

    /// A listed name printed without its first word, a word many organisations' names have, every
    /// other word and nothing more, one of them the listing's own, in its country: a finding.
    /// Another country, a word more, or a first word that says which of two is meant (a compass's,
    /// a person's): none.
    @Test func aListedNameWithoutItsFirstWord() {
        // ("Fictislamic" is in many organisations' names: it says nothing of which one is meant.)
        let common = (1...5).map { Record(source: "l", id: "c\($0)", name: "Fictislamic Fictional Body\($0) Organisation", category: .entityOfConcern, country: "IR") }
        let index = EntityIndex(records: Round43ResolveTests.others + common + [
            Record(source: "l", id: "a", name: "Fictislamic Azadfict University (FAU)", category: .entityOfConcern, country: "IR"),
            Record(source: "l", id: "s", name: "South Fictural State University", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Department of Physics, Science and Research Branch, Azadfict University, Iran") == ["a"])
        #expect(index.firstFeatures("Department of Physics, Azadfict University, Iran")["first_word_left_out"] != nil)
        #expect(index.listedIDs("Department of Physics, Azadfict University, Iraq").isEmpty, "another country")
        #expect(index.listedIDs("Azadfict University of Medical Sciences, Iran").isEmpty, "words the listed name does not have")
        #expect(index.listedIDs("Fictural State University, Fictgrad, Russia").isEmpty, "a compass's word says which university is meant")
        let eponym = EntityIndex(records: Round43ResolveTests.others + [
            Record(source: "l", id: "k", name: "Keldfict Institute of Applied Fictematics", category: .entityOfConcern, country: "RU"),
        ])
        #expect(eponym.listedIDs("Institute of Applied Fictematics, Fictgrad, Russia").isEmpty, "a person's name says which institute is meant")
    }

    /// A listed name printed with one word before it that no other organisation's name has (the
    /// person it is named after), in its country: a finding. A compass's word, another country,
    /// or a word another organisation's name has: none.
    @Test func aPersonsNameBeforeTheListedName() {
        // (A place's word, which another organisation's name has too.)
        let place = Record(source: "l", id: "p", name: "Fictprom Transgaz Fictrakhan, OOO", category: .entityOfConcern, country: "RU")
        // (Enough other records that a word no record has weighs as in the lists.)
        let filler = (1...300).map { Record(source: "l", id: "f\($0)", name: "Fictional Filler\($0) Works", category: .entityOfConcern, country: "RU") }
        let index = EntityIndex(records: filler + Round43ResolveTests.others + [place,
            Record(source: "l", id: "a", name: "Fictrakhan State University", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Tatfictchev Fictrakhan State University, Fictrakhan, Russia") == ["a"])
        #expect(index.firstFeatures("Tatfictchev Fictrakhan State University, Fictrakhan, Russia")["eponym_before_name"] != nil)
        #expect(index.listedIDs("Northern Fictrakhan State University, Fictrakhan, Russia").isEmpty, "a compass's word")
        #expect(index.listedIDs("Fictestan Fictrakhan State University, Fictrakhan, Russia").isEmpty, "a word that does not end as a surname: a town's as often")
        #expect(index.listedIDs("Tatfictchev Fictrakhan State University, Fictrakhan, Kazakhstan").isEmpty, "another country")
        let named = EntityIndex(records: filler + Round43ResolveTests.others + [place,
            Record(source: "l", id: "a", name: "Fictrakhan State University", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "t", name: "Tatfictchev Fictional Works", category: .entityOfConcern, country: "RU"),
        ])
        #expect(named.listedIDs("Tatfictchev Fictrakhan State University, Fictrakhan, Russia").isEmpty, "a word of another organisation's name")
    }

    /// A listed name's letters and its short own word ("FSUE SRI Fictran" for the listed "Fictran
    /// Scientific Research Institute, FSUE"), which stay for review (`letters_for_words`), are a
    /// finding where the line prints the city of the listing's address as a part of its own, in
    /// the listing's country.
    @Test func lettersForWordsAtTheListingsCity() {
        // (Research institutes of other names, so that "research" and "institute" weigh as the
        // common words they are.)
        let institutes = (1...6).map { Record(source: "l", id: "i\($0)", name: "Fictional Other\($0) Scientific Research Institute", category: .entityOfConcern, country: "RU") }
        // (And another organisation of the listing's own word: the word alone is not sure.)
        let index = EntityIndex(records: institutes + [Record(source: "l", id: "x", name: "Fictran Research Works", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "e", name: "Fictran Scientific Research Institute, FSUE", category: .entityOfConcern, country: "RU",
                   places: ["Fictional Avenue 24, Fictsamara, 443022, RU"]),
        ])
        #expect(index.listedIDs("FSUE SRI Fictran, Fictsamara, Russia") == ["e"])
        #expect(index.firstFeatures("FSUE SRI Fictran, Fictsamara, Russia")["at_listed_city"] != nil)
        #expect(index.listedIDs("FSUE SRI Fictran, Fictkazan, Russia").isEmpty, "another city")
        #expect(index.nearFeatures("FSUE SRI Fictran, Fictkazan, Russia", "e")?["letters_for_words"] != nil)
        #expect(index.listedIDs("FSUE SRI Fictran, Fictsamara, Kazakhstan").isEmpty, "another country")
    }

    /// A listed name that is one coined word of capitals and small letters, printed after the
    /// institute's name translated, in its country: a finding. Another country, or the word in
    /// small letters (a word as any other): none.
    @Test func aCoinedNameWithinALongerPart() {
        let index = EntityIndex(records: Round43ResolveTests.others + [
            Record(source: "l", id: "g", name: "OAO GosNIIfictanalit", category: .entityOfConcern, country: "RU"),
        ])
        let line = "State Research Institute of Fictional Analytical Technologies GosNIIfictanalit, Fictburg, Russia"
        #expect(index.listedIDs(line) == ["g"])
        #expect(index.firstFeatures(line)["coined_name_within"] != nil)
        #expect(index.listedIDs("State Research Institute of Fictional Analytical Technologies GosNIIfictanalit, Fictburg, Ukraine").isEmpty, "another country")
        #expect(EntityIndex.isCoinedWord("GosNIIkhimanalit"))
        #expect(!EntityIndex.isCoinedWord("Novosibirsk"))
        #expect(!EntityIndex.isCoinedWord("KwaZulu"))
        #expect(!EntityIndex.isCoinedWord("NIIP"))
    }

    /// A listed name's initials joined to a word of the listed name that no other organisation's
    /// name of its country has ("KNRTU-KAF"), in its country: a finding. Another country, or a word
    /// another organisation's name of the country has too: none.
    @Test func initialsBesideTheListingsOwnWord() {
        let index = EntityIndex(records: Round43ResolveTests.others + [
            Record(source: "l", id: "k", name: "Kazfict National Research Technical University named after A.N. Fictolev-KAF", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Department of Fictonics, KNRTU-KAF, Kazfict, Russia") == ["k"])
        #expect(index.firstFeatures("Department of Fictonics, KNRTU-KAF, Kazfict, Russia")["initials_and_own_word"] != nil)
        #expect(index.listedIDs("Department of Fictonics, KNRTU-KAF, Kazfict, Belarus").isEmpty, "another country")
        let shared = EntityIndex(records: Round43ResolveTests.others + [
            Record(source: "l", id: "k", name: "Kazfict National Research Technical University named after A.N. Fictolev-KAF", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "f", name: "KAF Fictional Works", category: .entityOfConcern, country: "RU"),
        ])
        #expect(shared.listedIDs("Department of Fictonics, KNRTU-KAF, Kazfict, Russia").isEmpty, "a word another organisation's name of the country has")
        let abroad = EntityIndex(records: Round43ResolveTests.others + [
            Record(source: "l", id: "k", name: "Kazfict National Research Technical University named after A.N. Fictolev-KAF", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "f", name: "Korea Fictomation Industry (KAF)", category: .entityOfConcern, country: "KR"),
        ])
        #expect(abroad.listedIDs("Department of Fictonics, KNRTU-KAF, Kazfict, Russia") == ["k"], "another country's organisation has the word")
    }

    /// A listing's own letters (a name of capitals a cell gives, "JSC VNIIFEM") beside a form of
    /// enterprise the listed name does not write ("VNIIFEM Concern"), in its country: a finding,
    /// as the letters alone are. Letters in brackets after a legal form ("(JSC VNIIFE)") are the
    /// listing's acronym: for review where they spell nothing of the name, no longer silence.
    /// Three letters beside a form alone: none.
    @Test func lettersBesideAFormOfEnterprise() {
        let index = EntityIndex(records: Round43ResolveTests.others + [
            Record(source: "l", id: "m", name: "OAO All-Russia Research Institute of Fictional Equipment Makers", aliases: ["JSC VNIIFEM"],
                   category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "v", name: "OAO All-Russia Research Institute of Fictional Radio Equipment (JSC VNIIFR)", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "r", name: "Radiofictional and Information Systems (RFI) Works", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Navigation Department, VNIIFEM Concern, Fictburg, Russia") == ["m"])
        #expect(index.listedIDs("Navigation Department, VNIIFEM Concern, Fictburg, Ukraine").isEmpty, "another country")
        #expect(index.nearFeatures("Navigation Department, VNIIFR Concern, Fictburg, Russia", "v")?["printed_acronym"] != nil)
        #expect(index.listedIDs("RFI Concern JSC, Fictburg, Russia").isEmpty, "three letters beside a form of enterprise alone")
    }

    /// A listed service school printed with "University" for "Academy" (the 2017 reform renamed
    /// many), every other word the same, in its country: a finding (`service_school`). Another
    /// country's, or a school of no armed service: none.
    @Test func aServiceSchoolPrintedAsAUniversity() {
        let index = EntityIndex(records: Round43ResolveTests.others + [
            Record(source: "l", id: "s", name: "Air Force Fictlogistics Academy", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "c", name: "Fictlogistics Trade Academy", category: .entityOfConcern, country: "CN"),
        ])
        #expect(index.listedIDs("PLA Air Force Fictlogistics University, Fictzhou, China") == ["s"])
        #expect(index.firstFeatures("PLA Air Force Fictlogistics University, Fictzhou, China")["service_school"] != nil)
        #expect(index.listedIDs("Air Force Fictlogistics University, Fictcity, Vietnam").isEmpty, "another country")
        #expect(index.listedIDs("Fictlogistics Trade University, Fictzhou, China").isEmpty, "no armed service's school")
        let two = EntityIndex(records: Round43ResolveTests.others + [
            Record(source: "l", id: "u", name: "Air Force Fictaviation University", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "i", name: "Air Force Fictaviation Institute", category: .entityOfConcern, country: "CN"),
        ])
        #expect(two.listedIDs("Air Force Fictaviation University, Fictchun, China") == ["u"], "two listed schools of names that read the same: each its own")
        #expect(two.listedIDs("Air Force Fictaviation Institute, Fictchun, China") == ["i"])
    }

    /// Fresh sets 136 to 143's lines, against the real lists (and the letters rsdd's table now
    /// gives the Institute of Bioorganic Chemistry).
    @Test func linesOfSets136To143ReachRealListings() throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the real lists are needed for this test")
            return
        }
        let names = try Round36ResolveTests.listedNames(data, ["us-bis-entity-list", "jp-meti-eul", "us-dod-1286"])
        #expect(names("KRET, Moscow, Russia").contains { $0.contains("KRET") })
        #expect(names("IBCh RAS, Moscow, Russia").contains { $0.contains("Bioorganic") })
        #expect(names("RTI Concern JSC, Moscow, Russia").contains { $0.contains("(RTI)") })
        #expect(names("Department of Maritime Law Enforcement, Coast Guard Academy, Ningbo").contains("China Coast Guard Academy"))
        #expect(names("Department of Maritime Law Enforcement, Coast Guard Academy, New London").isEmpty)
        #expect(names("Department of Maritime Law Enforcement, Coast Guard Academy, New London, USA").isEmpty)
        #expect(names("Department of Physics, Science and Research Branch, Azad University, Iran").contains { $0.contains("Islamic Azad University") })
        #expect(names("Tatishchev Astrakhan State University, Astrakhan, Russia").contains("Astrakhan State University"))
        #expect(names("FSUE SRI Ekran, Samara, Russia").contains { $0.contains("Ekran") })
        #expect(names("Department of Radiophotonics and Microwave Technologies, KNRTU-KAI, Kazan, Russia").contains { $0.contains("Tupolev") })
        #expect(names("PLA Air Force Logistics University, Xuzhou, China").contains("Air Force Logistics Academy"))
        #expect(names("Molecular Electronics Research Institute and Mikron Plant, Zelenograd, Russia").contains { $0.contains("Mikron") })
        #expect(names("Sazman-e Pazhouhesh-ha-ye Novin-e Defa'i, Tehran, Iran").contains("Organisation of Defensive Innovation and Research"))
        #expect(names("State Research Institute of Chemical Analytical Technologies GosNIIkhimanalit, St Petersburg, Russia").contains { $0.contains("GosNIIkhimanalit") })
    }
}
