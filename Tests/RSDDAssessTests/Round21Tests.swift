import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Name forms read from held-out sets 48 and 49 (round 21), the safer quoted-name rule, and the
/// speed work's equivalences. Organisations are fictional; places, countries, forms of body and
/// words of a language are real only where a rule reads them.
@Suite struct Round21NameFormTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    @Test func russianInitialsSpellTheListedAcronym() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "JSC Scientific Research Institute of Fictional Equipment (NIIFO)", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "k", name: "Research Institute of Fictional Khimprom Equipment (NIIFKHO)", category: .entityOfConcern, country: "RU"),
        ])
        // НИИ + the initials of the words after it spell the listing's own letters; its words alone
        // only come near it.
        let line = "NII Fictionalnogo Oborudovaniya, Moscow Region, Russia"
        let hit = index.lookup(OrganisationQuery(name: line))
        #expect(hit.listings.map(\.record.id) == ["a"], "\(hit.near.map(\.record.id))")
        #expect(hit.listings.first?.explanation.features["initials_spell_acronym"]?.contains("NIIFO") == true)
        // "Kh" is two letters of an acronym, as Х is written.
        #expect(index.listedIDs("NII Fictionalnogo Khimprom Oborudovaniya, Moscow, Russia") == ["k"])
        // Other initials, or another country, spell nothing.
        let other = index.lookup(OrganisationQuery(name: "NII Fictionalnogo Vodnogo Oborudovaniya, Moscow Region, Russia"))
        #expect(other.listings.isEmpty && other.near.contains { $0.record.id == "a" })
        #expect(index.listedIDs("NII Fictionalnogo Oborudovaniya, Almaty, Kazakhstan").isEmpty)
    }

    @Test func wordsOfSetsFortyEightAndFortyNine() {
        // Web of Science's "Supercomput.", оборудования, and НПФ and РСК as the words they stand for.
        #expect(compared("Natl. Supercomput. Ctr. in Fictcity") == compared("National Supercomputing Center Fictcity"))
        #expect(compared("NII Fictsionnogo Oborudovaniya") == compared("Research Institute of Fictsionnogo Equipment"))
        #expect(Set(compared("NPF Fictmikran")) == Set(compared("Research and Production Company Fictmikran")))
        #expect(Set(compared("RSK Fictmig")) == Set(compared("Russian Aircraft Corporation Fictmig")))
        // Only as a word of its own: "Rskov" stays.
        #expect(compared("Rskov Institute") == ["rskov", "institute"])
    }

    @Test func aListingsOwnWordOutsideTheQuotationMarksKeepsTheFinding() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "Research and Production Corporation Fictbuilding Design Bureau", aliases: ["KB Fictbuilding"],
                   category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "z", name: "JSC Fictzircon Design Bureau", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "w", name: "Fictwidget Design Bureau", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "x", name: "Fictwidget Radio Plant", category: .entityOfConcern, country: "RU"),
            // (Another company's name with the word: "Fictbuilding" is no listing's own, as "Machine-Building" is none.)
            Record(source: "l", id: "y", name: "Fictbuilding Radio Works", category: .entityOfConcern, country: "RU"),
        ])
        // "Fictzircon" is the listing's own word: a quoted word beside it (a product, a branch's
        // name) does not take the finding away.
        let own = index.lookup(OrganisationQuery(name: "Fictzircon Design Bureau «Fictstrela», Moscow, Russia"))
        #expect(own.listings.map(\.record.id) == ["z"], "\(own.near.map { ($0.record.id, $0.explanation.features.keys.sorted()) })")
        // Words any design bureau has, beside another company's quoted name: review, as before.
        let generic = index.lookup(OrganisationQuery(name: "Fictbuilding KB «Fictiskra», Moscow, Russia"))
        #expect(!generic.listings.contains { $0.record.id == "k" })
        #expect(generic.near.first { $0.record.id == "k" }?.explanation.features["other_quoted_name"] != nil)
        // A word two organisations share is no listing's own: review stays.
        let shared = index.lookup(OrganisationQuery(name: "Fictwidget Design Bureau «Fictstrela», Moscow, Russia"))
        #expect(!shared.listings.contains { $0.record.id == "w" })
        #expect(shared.near.first { $0.record.id == "w" }?.explanation.features["other_quoted_name"] != nil)
    }

    @Test func speedWorkKeepsWhatItSkips() {
        // Names whose words' bits meet nowhere share no word: the bits never skip a shared word.
        let words = ["institute", "research", "fictville", "radio", "1", "大学", "laboratory", "center", "academy"]
        for a in words { for b in words where a == b { #expect(PairScorer.wordBit(a) & PairScorer.wordBit(b) != 0) } }
        // The alias markers are found in either case, as before, and a plain name has none.
        #expect(NameParts.mayHaveParts("Fictville Institute FORMERLY Fictville College"))
        #expect(NameParts.mayHaveParts("Fictville Institute a.k.a. Fictville College"))
        #expect(NameParts.mayHaveParts("Fictville Institute - Fictville College"))
        #expect(!NameParts.mayHaveParts("Fictville Central Research Institute Branch 959"))
        // ("aka" inside a word is still a marker to look at closer, as before: `splitAliases` decides.)
        #expect(NameParts.mayHaveParts("Osaka Fictional Institute"))
        // An acronym from initials, in ASCII and otherwise.
        #expect(PairScorer.derivedAcronym(["fictville", "radio", "plant"]) == "FRP")
        #expect(PairScorer.derivedAcronym(["fictville", "école"]) == nil)
        #expect(PairScorer.derivedAcronym(["fictville", "1"]) == nil)
        #expect(PairScorer.derivedAcronym(["fictville"]) == nil)
        // A form of body at either end, with the ends' index: the same as without it.
        for name in [["federal", "state", "budgetary", "institution", "fictville", "institute"], ["fictville", "institute"],
                     ["fictville", "institute", "federal", "state", "budgetary", "institution"]] {
            #expect(PairScorer.withoutForms(name, PairScorer.bodyForms, ends: PairScorer.bodyFormEnds) == PairScorer.withoutForms(name, PairScorer.bodyForms))
        }
    }
}
