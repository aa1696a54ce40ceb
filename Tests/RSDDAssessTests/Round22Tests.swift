import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 22: the two wrong listings of sets 36 and 40, read as classes. Organisations are
/// fictional; words of a language and forms of body are real only where a rule reads them.
@Suite struct Round22NameFormTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    @Test func electroMechanicalIsOneWordInEverySpelling() {
        let hyphen = compared("Fictsea Electro-Mechanical Technology Academy")
        #expect(hyphen == compared("Fictsea Electromechanical Technology Academy"))
        #expect(hyphen == compared("Fictsea Electromech Technol Acad"))
        #expect(compared("Elektromekhaniki") == compared("Electro-Mechanics"))
        // (A word of its own: "Mechanical Engineering" shares none of it.)
        #expect(hyphen.contains("electromechanical"))
    }

    @Test func aRussianAdjectiveOfANameIsTheName() {
        // Курчатовский институт, "Kurchatovskiy Institute", is the Kurchatov Institute: -ovsky,
        // -evsky in every transliteration of the ending.
        let name = compared("Fictkurchatov Institute")
        for written in ["Fictkurchatovskiy Institute", "Fictkurchatovskii Institute", "Fictkurchatovsky Institute", "Fictkurchatovskij Institute"] {
            #expect(compared(written) == name, "\(written)")
        }
        #expect(compared("Fictambovsky Plant") == compared("Fictambov Plant"))
        // A masculine adjective of a name of six letters stays: the town Zhukovsky is not Zhukov.
        #expect(compared("Zhukovsky Institute") != compared("Zhukov Institute"))
        #expect(compared("Fictaevskoe Plant") == compared("Fictaev Plant"))
        // Other adjectives keep their ending; a name made of fewer than six letters is not read.
        #expect(compared("Fictzhirmunskiy Institute") == ["fictzhirmunsky", "institute"])
        #expect(compared("Lvovsky Plant") == ["lvovsky", "plant"])
    }

    @Test func wordsOfSetsFiftyTwoAndFiftyThree() {
        // Спец- run into the next word, where the table knows it; not otherwise.
        #expect(compared("Spetstekhnologicheskii tsentr") == compared("Special Technology Center"))
        #expect(compared("Spetsfictword Center") == ["spetsfictword", "center"])
        // "Noncommissioned Officer" in one word.
        #expect(compared("Rocket Force Noncommissioned Officers School") == compared("Rocket Force Non-Commissioned Officer School"))
        // Web of Science's "Stds", "Stand." and "Calib.".
        #expect(compared("Natl Stds & Calibration Lab") == compared("National Standards and Calibration Laboratory"))
        #expect(compared("Natl. Stand. & Calib. Lab.") == compared("National Standards and Calibration Laboratory"))
        // A place in -ovo and its adjective in any gender; the adjective of a name in -ov.
        #expect(compared("NPO Fictozovskii Elektromekhanicheskii Zavod") == compared("NPO Fictozovo Electromechanical Plant"))
        #expect(compared("Fictaevskoe MKB") == compared("Fictayev Machine Building Design Bureau"))
        #expect(compared("Fictaevskaya Plant") == compared("Fictaev Plant"))
        // A name in -ov or -ev in the genitive ("imeni Tupoleva"); "Geneva" stays.
        #expect(compared("Fictishcheva Experimental Plant") == compared("Fictishchev Experimental Plant"))
        #expect(compared("Geneva Institute") == ["geneva", "institute"])
        // Other adjectives in those endings keep them.
        #expect(compared("Fictinskaya Plant").first?.hasPrefix("fictinsk") == true)
    }

    @Test func aGroupsCompanyByItsQuotedNameIsAName() {
        let parts = NameParts.split("Fictional Missile Corporation, Concern “MPO—Fictpribor”").map(\.text)
        #expect(parts.contains("Concern “MPO—Fictpribor”"), "\(parts)")
        // Not a quoted name alone after the comma, nor where the group's part is quoted too.
        #expect(NameParts.quotedCompanyAfterGroup("Fictional Missile Corporation, “Fictpribor”") == nil)
        #expect(NameParts.quotedCompanyAfterGroup("JSC “Fictional Missile”, Concern “Fictpribor”") == nil)
        #expect(NameParts.quotedCompanyAfterGroup("Fictional Missile Corporation, Moscow") == nil)
        // A quoted name of one word is any company's ("JSC “Progress”").
        #expect(NameParts.quotedCompanyAfterGroup("Fictional Missile Corporation, JSC “Fictprogress”") == nil)
        let index = EntityIndex(records: [
            Record(source: "l", id: "g", name: "Fictional Missile Corporation, Concern “MPO—Fictpribor”", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Concern MPO-Fictpribor JSC, Saint Petersburg, Russia") == ["g"])
    }

    @Test func aNameReadOffAnotherBeforeItsUnitsLettersNamesTheOtherListing() {
        let records = [
            // The 1286 list's pattern: an institute whose alias is its parent's name and its own letters.
            Record(source: "l", id: "h", name: "Institute of Fictional Energy Physics", aliases: ["IFEP", "Fictkurchatovskiy Institute FTEF"],
                   category: .researchInstitutionOfConcern),
            Record(source: "l", id: "h2", name: "Institute of Fictional Energy Physics", aliases: ["Fictkurchatovskiy Institute FTEF"],
                   category: .researchInstitutionOfConcern),
            Record(source: "l", id: "k", name: "National Research Centre “Fictkurchatov Institute”", aliases: ["Fictkurchatov Institute"],
                   category: .researchInstitutionOfConcern, country: "RU"),
        ]
        // Resolution keeps them apart: the shared name is only read off the institute's alias.
        let entities = Resolver().resolve(records)
        #expect(entities.count == 2, "\(entities.map(\.records))")
        let index = EntityIndex(records: records)
        // The parent's name: the parent, not the institute.
        #expect(index.listedIDs("NRC «Fictkurchatovskiy Institute», Moscow, Russia") == ["k"])
        // The alias read off it ("the parent's FTEF") still finds the institute as written (the
        // row gives it), and the parent by its head; its words are no longer the institute's, so
        // the parent's word stays its own (below).
        #expect(Set(index.listedIDs("Fictkurchatovskiy Institute FTEF, Moscow, Russia")).isSuperset(of: ["h", "h2", "k"]))
        #expect(Set(index.listedIDs("Institute of Fictional Energy Physics, Moscow, Russia")) == ["h", "h2"])
        #expect(index.listedIDs("Fictkurchatov Complex for Synchrotron Studies, NRC FI, Moscow, Russia") == ["k"])
        // Where no other listing gives the name, the head still finds the institute (nothing lost).
        let alone = EntityIndex(records: Array(records.prefix(2)))
        #expect(Set(alone.listedIDs("Fictkurchatovskiy Institute, Moscow, Russia")) == ["h", "h2"])
    }

    @Test func aHeadStaysANameWhereItMayBeTheListingsOwn() {
        // It shares a word of its own with the listing's name: one organisation, linked.
        let same = [
            Record(source: "l", id: "a", name: "Fictachinsk Refinery", aliases: ["Fictachinsk Oil Refinery FVNK"], category: .entityOfConcern, country: "RU"),
            Record(source: "m", id: "b", name: "Fictachinsk Oil Refinery", category: .entityOfConcern, country: "RU"),
        ]
        #expect(Resolver().resolve(same).count == 1)
        #expect(Set(EntityIndex(records: same).listedIDs("Fictachinsk Oil Refinery, Fictachinsk, Russia")) == ["a", "b"])
        // The other listing is of another country: no one else's name.
        let other = [
            Record(source: "l", id: "h", name: "Institute of Fictional Energy Physics", aliases: ["Fictkurchatovskiy Institute FTEF"],
                   category: .researchInstitutionOfConcern, country: "BY"),
            Record(source: "l", id: "k", name: "Fictkurchatov Institute", category: .researchInstitutionOfConcern, country: "RU"),
        ]
        #expect(EntityIndex(records: other).listedIDs("Fictkurchatovskiy Institute, Minsk, Belarus") == ["h"])
        // The cell gives the name on its own as well: a name of the listing, whichever came first.
        let parts = NameParts.split("Fictkurchatovskiy Institute FTEF a.k.a. Fictkurchatovskiy Institute")
        #expect(parts.first { $0.text == "Fictkurchatovskiy Institute" }?.head == false)
        // The listing's own name is never dropped, even where it begins as the head does.
        let named = [
            Record(source: "l", id: "n", name: "Fictkurchatovskiy Institute of Nuclear Studies", aliases: ["Fictkurchatovskiy Institute FTEF"],
                   category: .researchInstitutionOfConcern, country: "RU"),
            Record(source: "l", id: "k", name: "Fictkurchatov Institute", category: .researchInstitutionOfConcern, country: "RU"),
        ]
        #expect(EntityIndex(records: named).listedIDs("Fictkurchatovskiy Institute of Nuclear Studies, Moscow, Russia").contains("n"))
    }

    @Test func theHeadFlagMarksOnlyNamesReadBeforeATrailingAcronym() {
        let parts = NameParts.split("Fictkurchatovskiy Institute FTEF")
        #expect(parts.first { $0.text == "Fictkurchatovskiy Institute" }?.head == true)
        #expect(parts.first { $0.text == "Fictkurchatovskiy Institute FTEF" }?.head == false)
        // (In a cell of several names, too.)
        let inCell = NameParts.split("Institute of Fictional Energy Physics (IFEP) a.k.a. Fictkurchatovskiy Institute FTEF")
        #expect(inCell.first { $0.text == "Fictkurchatovskiy Institute" }?.head == true)
        #expect(NameParts.split("Institute of Fictional Energy Physics").allSatisfy { !$0.head })
    }
}
