import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 27: the misses of sets 70 and 71, read as classes. Organisations are fictional; words of
/// a language, forms of body and places are real only where a rule reads them.
@Suite struct Round27WordTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    /// A design bureau is a form of enterprise beside a company's own name.
    @Test func aDesignBureauIsAFormOfEnterprise() {
        #expect(PairScorer.ownName(compared("Fictodvigatel Design Bureau")) == ["fictodvigatel"])
        #expect(PairScorer.ownName(compared("Experimental Design Bureau Fictator")) == ["fictator"])
        #expect(PairScorer.ownName(compared("CDB Fictomash")) == ["fictomash"])
        // Between other words it stays a word of the name.
        #expect(PairScorer.ownName(compared("Fictional Design Bureau of Fictomatics")).count == 4)
    }

    /// A firm says what kind of business, not which: a legal form, as a company is.
    @Test func aFirmIsALegalForm() {
        #expect(compared("Research and Production Firm Fictran") == compared("Research and Production Company Fictran"))
        #expect(compared("Fictran Firm") == ["fictran"])
    }

    /// "Non" is read run into the next word, as it is as often printed.
    @Test func nonIsReadWithTheNextWord() {
        #expect(compared("Non Destructive Fictesting") == compared("Nondestructive Fictesting"))
        #expect(compared("Non-Destructive Fictesting") == ["nondestructive", "fictesting"])
        #expect(compared("NDT") == compared("Nondestructive Testing"))
        // Not before a short word, and not at the end.
        #expect(compared("Fictional Non") == ["fictional", "non"])
        #expect(compared("Non Ion Fictology") == ["non", "ion", "fictology"])
    }
}

/// Round 27, second part: the misses of sets 72 and 73.
@Suite struct Round27SecondWordTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    /// "Sci." before "Prod." or "Research" is the "Scientific" of a Russian name's form.
    @Test func sciBeforeProductionOrResearchIsResearch() {
        #expect(compared("Fictran Sci. & Prod. Company") == compared("Fictran Research and Production Company"))
        #expect(compared("33rd Sci. Research & Testing Inst.") == compared("33rd Scientific Research and Testing Institute"))
        // Elsewhere "Science" stays a word of the name.
        #expect(compared("Fictional Institute of Science").contains("science"))
        #expect(compared("Fictional Computational Science Research Center").contains("science"))
        #expect(compared("Fictional Nuclear Science Research Institute").contains("science"))
    }

    /// An organisation's headquarters, last, is the organisation.
    @Test func headquartersLastIsTheOrganisation() {
        #expect(compared("Fictistan Atomic Energy Commission Headquarters") == compared("Fictistan Atomic Energy Commission"))
        #expect(compared("Fictistan Atomic Energy Commission Headquarter") == compared("Fictistan Atomic Energy Commission"))
        // Not with one word before it, and not before other words.
        #expect(compared("Fictamazan Headquarters") == ["fictamazan", "headquarter"])
        #expect(compared("Headquarters Fictional Command").contains("headquarter"))
    }

    /// An academy's letters before a closing quotation mark are written out, the mark kept.
    @Test func anAcademysLettersBeforeAClosingQuoteAreWrittenOut() {
        #expect(NameParts.expandingAcademies("Federal Scientific Center «Fictional Institute for System Analysis of RAS», Moscow, Russia")
                == "Federal Scientific Center «Fictional Institute for System Analysis of», Russian Academy of Sciences, Moscow, Russia")
        #expect(NameParts.expandingAcademies("“Fictional Institute of RAS”") == "“Fictional Institute of”, Russian Academy of Sciences")
    }

    /// Transliterations read as the list writes them.
    @Test func chosunIsChoson() {
        #expect(compared("Chosun Fictcomputer Centre") == compared("Choson Fictcomputer Center"))
        #expect(compared("Elektromekhaniki") == compared("Elektromechaniki"))
        // (Not "AF" for Air Force: a person's initials, "A.F.", are read as the same word.)
        #expect(!compared("Fictional Military Academy named after A.F. Fictoffe").contains("air"))
    }
}

@Suite struct Round27LineTests {
    /// A company's whole own name beside "Design Bureau", in the listing's country.
    @Test func aCompanysOwnNameBesideDesignBureauIsTheCompany() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Open Joint Stock Company Fictodvigatel", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fictodvigatel Design Bureau, Perm, Russia") == ["a"])
        #expect(index.firstFeatures("Fictodvigatel Design Bureau, Perm, Russia")["company_own_name"] != nil)
        // Another country's: no finding.
        #expect(index.listedIDs("Fictodvigatel Design Bureau, Kyiv, Ukraine").isEmpty)
    }

    /// "Firm" for the listed "Company".
    @Test func aResearchAndProductionFirmIsTheListedCompany() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "Joint Stock Company Research and Production Company Fictran", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Research and Production Firm Fictran, Tomsk, Russia") == ["m"])
    }

    /// Non-destructive testing run together, and by its letters.
    @Test func nondestructiveRunTogetherIsTheListedName() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "n", name: "National Centre for Non Destructive Fictesting (NCNDF)", category: .entityOfConcern, country: "PK"),
        ])
        #expect(index.listedIDs("National Centre for Nondestructive Fictesting, Islamabad, Pakistan") == ["n"])
        #expect(index.listedIDs("National Centre for Nondestructive Fictesting, Bern, Switzerland").isEmpty)
    }

    /// A whole listed name and a person it is named after, where the listing names no one: the
    /// listed organisation. Where the listing names another person, not.
    @Test func aPersonTheListingDoesNotNameDoesNotHideItsWholeName() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "Fictional Instrument Design Bureau", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "o", name: "Fictional Optics Design Bureau named after B.B. Otherov", category: .entityOfConcern, country: "RU"),
        ])
        let line = "Fictional Instrument Design Bur. n.a. A.G. Fictunov, Tula, Russia"
        #expect(index.listedIDs(line) == ["k"])
        #expect(index.firstFeatures(line)["named_after"] != nil)
        // Another person than the one the listing names.
        #expect(!index.listedIDs("Fictional Optics Design Bureau named after A.G. Fictunov, Tula, Russia").contains("o"))
        // Not in another country.
        #expect(index.listedIDs("Fictional Instrument Design Bureau named after A.G. Fictunov, Minsk, Belarus").isEmpty)
    }

    /// A company's own name of fewer than nine letters beside a plant and a legal form stays for review: as
    /// often another company's name (the rule earlier rounds set, kept).
    @Test func aShortOwnNameBesideALegalFormStaysForReview() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "Fictron", category: .entityOfConcern, country: "RU"),
        ])
        let q = OrganisationQuery(name: "Design Centre, Zavod Fictron PAO, Zelenograd, Russia")
        #expect(index.listings(for: q).isEmpty)
        #expect(index.lookup(q).near.map(\.record.id) == ["m"])
    }

    /// A word of one organisation's names, listed in a record for each year.
    @Test func aWordOfOneOrganisationListedEachYearIsItsOwn() {
        // (Unrelated listings beside it, as a real list has: a word in every record is no own word.)
        let others = (0..<12).map { k in
            Record(source: "l", id: "o\(k)", name: "Fictional Institute of Subject \(k)", category: .entityOfConcern, country: "RU")
        }
        let index = EntityIndex(records: others + (1...4).map { y in
            Record(source: "l", id: y == 1 ? "g" : "g~\(y)", name: "Tactical Fictile Corporation, Joint Stock Company GosNIIFictmash",
                   aliases: ["GOSNIIFICTMASH", "Joint Stock Company GosNIIFictmash Branch"], category: .entityOfConcern, country: "RU")
        })
        #expect(index.listedIDs("GosNIIFictmash Research Inst., Fictional Corp., Fictgorod Region, Russia").contains("g"))
    }

    /// A numbered institute printed with "Central".
    @Test func aNumberedInstitutePrintedWithCentralIsTheListing() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "t", name: "33rd Fictional Research and Testing Institute", category: .entityOfConcern, country: "RU"),
        ])
        let line = "33rd Central Fictional Research & Testing Inst., Volsk, Russia"
        #expect(index.listedIDs(line) == ["t"])
        #expect(index.firstFeatures(line)["central_left_out"] != nil)
        #expect(!index.listedIDs("34th Central Fictional Research & Testing Inst., Volsk, Russia").contains("t"))
        #expect(index.listedIDs("33rd Central Fictional Research & Testing Inst., Kyiv, Ukraine").isEmpty)
        // A number and kinds of body alone say nothing "Central" could be left out of.
        let bare = EntityIndex(records: [
            Record(source: "l", id: "b", name: "14th Research Institute", category: .entityOfConcern, country: "RU"),
        ])
        #expect(bare.listedIDs("14th Central Research Institute, Moscow, Russia").isEmpty)
    }
}

/// Round 27, third part: the misses of sets 74 and 75.
@Suite struct Round27ThirdTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    /// Within an academy, "所" after a number is its numbered institute.
    @Test func anAcademysNumberedSuoIsItsResearchInstitute() {
        #expect(GroupUnits.english("中国航天科工集团第三研究院三十三所")
                == ["China Aerospace Science and Industry Corporation 3rd Academy 33rd Research Institute"])
        // Not without an academy before it: after a numbered institute, "所" is read no further.
        #expect(GroupUnits.english("中国航天科工集团第三研究所三十三所")
                == ["China Aerospace Science and Industry Corporation 3rd Research Institute"])
    }

    /// Korean names romanised.
    @Test func koreanRomanised() {
        #expect(Set(compared("Kukbang Kwahakwon")) == Set(compared("Academy of National Defense Science")))
        #expect(compared("Choson Kompyuta Senta") == compared("Choson Computer Center"))
    }

    /// An all-Russian institute's name translated after the person it is named after, by the
    /// Russian letters the listing gives.
    @Test func anAllRussianInstituteAfterItsPersonIsTheListing() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "Federal State Unitary Enterprise Fictov Fictomatics Research Institute (VNIIF)", category: .entityOfConcern, country: "RU"),
        ])
        let line = "Fictov All-Russia Research Inst. of Fictomatics, Moscow, Russia"
        #expect(index.listedIDs(line) == ["v"])
        #expect(index.firstFeatures(line)["russian_letters"] != nil)
        // Another person before it: not the listing's.
        #expect(index.listedIDs("Otherov All-Russia Research Inst. of Fictomatics, Moscow, Russia").isEmpty)
    }
}
