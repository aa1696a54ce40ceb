import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Name forms read from held-out sets 46 and 47 (round 20). Organisations are fictional; places,
/// countries, forms of body and words of a language are real only where a rule reads them.
@Suite struct Round20NameFormTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    @Test func aPartSharingOneWordOfAListingsOwnIsForReviewWhateverItsLength() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "s", name: "Fictsukhoi Aviation JSC", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "m", name: "State Enterprise Fictmagarach of the National Institute of Wine", category: .entityOfConcern, country: "UA"),
            Record(source: "l", id: "a", name: "Fictshared Radio Plant", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "b", name: "Fictshared Optics Works", category: .entityOfConcern, country: "RU"),
        ])
        // A part of five words: too many for `oneRareWord`'s own names, never silence.
        let line = "Fictsukhoi Design Bureau (OKB Fictsukhogo), Moscow, Russia"
        #expect(index.listedIDs(line).isEmpty)
        #expect(index.nearFeatures(line, "s")?["one_rare_word"] != nil)
        // Another country than the listing's: nothing.
        #expect(index.nearFeatures("Fictsukhoi Design Bureau (OKB Fictsukhogo), Almaty, Kazakhstan", "s") == nil)
        // A word two organisations' names have is no organisation's own.
        #expect(index.nearFeatures("Fictshared Design Bureau of Instruments, Moscow, Russia", "a")?["one_rare_word"] == nil)
        #expect(index.nearFeatures("Fictshared Design Bureau of Instruments, Moscow, Russia", "b")?["one_rare_word"] == nil)
        // No country on the line: the word in quotation marks only, for review.
        #expect(index.nearFeatures("Agro-Firm “Fictmagarach”, Vilino", "m")?["one_rare_word"]?.contains("gives no country") == true)
        #expect(index.nearFeatures("Agro-Firm Fictmagarach, Vilino", "m")?["one_rare_word"] == nil)
    }

    @Test func russianWordsPrintedTransliterated() {
        #expect(compared("NII prikladnoi akustiki") == compared("Scientific Research Institute of Applied Acoustics"))
        #expect(compared("NII prikladnoy mekhaniki") == compared("Research Institute of Applied Mechanics"))
        // машиностроительное, and an Engineering Office for a design bureau.
        #expect(compared("Mashinostroitel'noe konstruktorskoe byuro Fictfakel") == compared("Machine-Building Engineering Office Fictfakel"))
        #expect(compared("Mashinostroitel'noe konstruktorskoe byuro Fictfakel") == compared("Machine-Building Design Bureau Fictfakel"))
        #expect(compared("Fictfakel Engineering Office") == compared("Fictfakel Design Bureau"))
        // An office of another kind stays one.
        #expect(compared("Fictfakel Patent Office") == ["fictfakel", "patent", "office"])
        #expect(compared("St Petersburg Fictmarine Bureau") == compared("Saint-Petersburg Fictmarine Bureau"))
        #expect(compared("St Fictpetersburg") == ["st", "fictpetersburg"])
        let index = EntityIndex(records: [
            Record(source: "l", id: "f", name: "Joint Stock Company Machine-Building Engineering Office Fictfakel Named After P.D. Fictushin",
                   category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Mashinostroitel'noe konstruktorskoe byuro «Fictfakel», Khimki, Moscow Region, Russia") == ["f"])
    }

    @Test func aQuotedNameTheListingLacksIsAnotherCompany() {
        #expect(Set(compared("KB Fictsalyut")) == Set(compared("Fictsalyut Design Bureau")))
        #expect(Set(compared("MKB Fictfakel")) == Set(compared("Machine-Building Design Bureau Fictfakel")))
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "Research and Production Corporation Fictbuilding Design Bureau", aliases: ["KB Fictbuilding"],
                   category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "i", name: "“Fictiskra” Fictbuilding Design Bureau JSC named after I.I. Fictukov", category: .entityOfConcern, country: "RU"),
        ])
        // The piece without the quoted name is the first listing's alias word for word; the quoted
        // name says it is the second company.
        let line = "Fictbuilding KB «Fictiskra», Moscow, Russia"
        #expect(index.listedIDs(line) == ["i"])
        #expect(index.nearFeatures(line, "k")?["other_quoted_name"]?.contains("fictiskra") == true)
        // Without a quoted name, the alias names the first.
        #expect(index.listedIDs("Fictbuilding KB, Moscow, Russia") == ["k"])
        // A quoted kind of body names no company: `KB «Design Bureau»` says nothing.
        #expect(index.listedIDs("Fictbuilding KB «Design Bureau», Moscow, Russia") == ["k"])
    }

    @Test func aMilitaryIndustrialCorporationIsAStatusBeforeTheName() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "n", name: "Joint Stock Company Military-Industrial Corporation NPO Fictmashinostroyenia", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("NPO Fictmashinostroyenia, Reutov, Russia") == ["n"])
        #expect(index.listedIDs("NPO Fictpriborostroyenia, Reutov, Russia").isEmpty)
    }

    @Test func chineseServiceArmsAndLogistics() {
        let lines = HanGlossary.translatedLines("陆军航空兵学院，北京") ?? []
        #expect(lines.contains("Army Aviation Academy, Beijing, China"))
        // 勤务 is printed as Service and as Logistics: both are read.
        let service = HanGlossary.translatedLines("陆军勤务学院，重庆 401331") ?? []
        #expect(service.contains("Army Logistics Academy, Chongqing, 401331, China"))
        #expect(service.contains("Army Service Academy, Chongqing, 401331, China"))
        #expect(service.allSatisfy { !$0.contains("\u{1}") })
    }

    @Test func anAbbreviatedDefenceLaboratoryIsReviewed() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "d", name: "Defense S&T Key Laboratory of Fictional Systems Engineering", category: .researchInstitutionOfConcern, country: "CN"),
        ])
        for line in ["Sci. & Technol. on Fictional Systems Engineering Lab., Fictional University of Defense, Changsha 410073, China",
                     "Sci. and Tech. on Fictional Systems Engineering Laboratory, Changsha 410073, China"] {
            let hits = index.lookup(OrganisationQuery(name: line))
            #expect(hits.listings.isEmpty && hits.near.first { $0.record.id == "d" }?.explanation.features["defense_lab"] != nil, "\(line)")
        }
        // Another topic is another laboratory.
        #expect(index.lookup(OrganisationQuery(name: "Sci. & Technol. on Fictional Gadget Engineering Lab., Changsha 410073, China"))
            .near.allSatisfy { $0.explanation.features["defense_lab"] == nil })
    }
}
