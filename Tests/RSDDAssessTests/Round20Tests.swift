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
        let abroad = index.lookup(OrganisationQuery(name: "Fictsukhoi Design Bureau (OKB Fictsukhogo), Almaty, Kazakhstan"))
        #expect(abroad.listings.isEmpty && !abroad.near.contains { $0.record.id == "s" })
        // A word two organisations' names have is no organisation's own.
        let shared = index.lookup(OrganisationQuery(name: "Fictshared Design Bureau of Instruments, Moscow, Russia"))
        #expect(shared.listings.isEmpty && shared.near.allSatisfy { $0.explanation.features["one_rare_word"] == nil })
        // A region's name is where the co-author works: "Fictsukhoi … Region" names no company.
        let region = index.lookup(OrganisationQuery(name: "Institute of Applied Mathematics, Fictsukhoi Autonomous Administrative Region, Russia"))
        #expect(region.listings.isEmpty && !region.near.contains { $0.record.id == "s" })
        // No country on the line: the word in quotation marks only, for review.
        #expect(index.nearFeatures("Agro-Firm “Fictmagarach”, Vilino", "m")?["one_rare_word"]?.contains("gives no country") == true)
        let unquoted = index.lookup(OrganisationQuery(name: "Agro-Firm Fictmagarach, Vilino"))
        #expect(unquoted.listings.isEmpty && !unquoted.near.contains { $0.explanation.features["one_rare_word"] != nil })
    }

    @Test func russianWordsPrintedTransliterated() {
        #expect(compared("NII prikladnoi akustiki") == compared("Scientific Research Institute of Applied Acoustics"))
        #expect(compared("NII prikladnoy mekhaniki") == compared("Research Institute of Applied Mechanics"))
        // машиностроительное, and an Engineering Office for a design bureau.
        #expect(compared("Mashinostroitel'noe konstruktorskoe byuro Fictfakel") == compared("Machine-Building Engineering Office Fictfakel"))
        #expect(compared("Mashinostroitel'noe konstruktorskoe byuro Fictfakel") == compared("Machine-Building Design Bureau Fictfakel"))
        // Another engineering office stays one.
        #expect(compared("Fictfakel Software Engineering Office") == ["fictfakel", "software", "engineering", "office"])
        #expect(compared("Mechanical Engineering Office Fictfakel") == ["mechanical", "engineering", "office", "fictfakel"])
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
        // Nor does the listing's own word spelled otherwise: «Fictbuildink» is "Fictbuilding".
        #expect(index.listedIDs("Fictbuilding KB «Fictbuildink», Moscow, Russia") == ["k"])
    }

    @Test func aMilitaryIndustrialCorporationIsAStatusBeforeTheName() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "n", name: "MIC NPO Fictmashinostroyenia JSC", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "v", name: "Military Industrial Company", aliases: ["Voenno-Promyshlennaya Fictkompaniya"], category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("NPO Fictmashinostroyenia, Reutov, Russia") == ["n"])
        // The words are a company's whole name, not a status.
        #expect(index.listedIDs("Military Industrial Company, Moscow, Russia") == ["v"])
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
