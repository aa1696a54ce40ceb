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
}
