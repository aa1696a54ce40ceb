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

    @Test func wordsOfSetsFortyEightAndFortyNine() {
        // Web of Science's "Supercomput.", оборудования, and НПФ and РСК as the words they stand for.
        #expect(compared("Natl. Supercomput. Ctr. in Fictcity") == compared("National Supercomputing Center Fictcity"))
        #expect(compared("NII Aviatsionnogo Oborudovaniya") == compared("Research Institute of Aircraft Equipment"))
        #expect(Set(compared("NPF Fictmikran")) == Set(compared("Research and Production Company Fictmikran")))
        #expect(Set(compared("RSK Fictmig")) == Set(compared("Russian Aircraft Corporation Fictmig")))
        // Only as a word of its own: "Rskov" stays.
        #expect(compared("Rskov Institute") == ["rskov", "institute"])
    }

    @Test func wordsOfSetsFiftyAndFiftyOne() {
        // A Russian word of the table in the other spelling of its glide.
        #expect(compared("Konstruktorskoye Byuro Priborostroyeniya") == compared("Konstruktorskoe Byuro Priborostroeniya"))
        #expect(PairScorer.glidelessVariant("priborostroyeniya") == "instrument")
        // An English word with a glide is no Russian word of the table.
        #expect(PairScorer.glidelessVariant("employees") == nil && PairScorer.glidelessVariant("surveyors") == nil)
        // Web of Science's "Navig." and "Inform.".
        #expect(compared("Res. Inst. of Navig. Technol.") == compared("Research Institute of Navigation Technology"))
        #expect(compared("Inst. of Health Serv. and Med. Inform.") == compared("Institute of Health Service and Medical Information"))
    }

    @Test func anAcademysUnitListedBeforeItsAcademyByItsOwnName() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "p", name: "Federal State Budgetary Institution of Science Federal Research Center Fictpushchino Scientific Center for Biology, Russian Academy of Sciences",
                   category: .researchInstitutionOfConcern, country: "RU"),
            Record(source: "l", id: "g", name: "Institute of Fictional Physics, Russian Academy of Sciences", category: .researchInstitutionOfConcern, country: "RU"),
            Record(source: "r", id: "o", name: "Fictional Physics Institute", category: .registry, country: "DE"),
        ])
        // Its own name, "for Biological Research" and without the academy: the listed centre.
        let hit = index.lookup(OrganisationQuery(name: "Institute of Cell Biophysics, Fictpushchino Federal Research Center for Biological Research, Pushchino, Moscow Region, Russia"))
        #expect(hit.listings.map(\.record.id) == ["p"], "\(hit.near.map { ($0.record.id, $0.explanation.score, $0.explanation.features) })")
        #expect(hit.listings.first?.explanation.features["unit_by_own_name"] != nil)
        // Another country's line: no finding.
        #expect(!index.listedIDs("Fictpushchino Federal Research Center for Biological Research, Almaty, Kazakhstan").contains("p"))
        // A unit whose words another organisation's name holds together is no name of its own.
        #expect(!index.listedIDs("Institute of Fictional Physics, Moscow, Russia").contains("g"))
        // Nor is a unit without a word of its own, whatever form of body the list writes before it,
        // nor one that reads alike only without a form's word inside it ("Solid State").
        let generic = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Federal State Budgetary Institution of Science Institute of Applied Physics, Russian Academy of Sciences",
                   category: .researchInstitutionOfConcern, country: "RU"),
            Record(source: "l", id: "s", name: "Federal State Budgetary Institution of Science Fictsolid State Physics Center, Russian Academy of Sciences",
                   category: .researchInstitutionOfConcern, country: "RU"),
        ])
        #expect(!generic.listedIDs("Institute of Applied Physics, Fictsk State University, Russia").contains("a"))
        #expect(!generic.listedIDs("Fictsolid Physics Center, Moscow, Russia").contains("s"))
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
        // Not on a line without a country (the listing's word may be another country's company's),
        // nor where the listing's country is not the line's.
        let noCountry = index.lookup(OrganisationQuery(name: "Fictzircon Design Bureau «Fictstrela»"))
        #expect(!noCountry.listings.contains { $0.record.id == "z" })
        #expect(noCountry.near.first { $0.record.id == "z" }?.explanation.features["other_quoted_name"] != nil)
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
        // A pair scored with the names' word bits and without them: the same score, whatever the
        // names (a repeated word, digits, characters, a name sharing nothing).
        let scorer = PairScorer()
        let names = ["Institute of Fictional Radiation and Radiation Medicine", "Fictional Radiation Medicine Institute",
                     "Fictville 29th Research Institute", "Fictville 14th Research Institute", "Fictville Radio Plant",
                     "哈尔滨工业大学", "Fictville Institute of Technology (FIT)", "Nothing Shared Here"]
        var idf: [String: Double] = [:]
        for (k, w) in ["institute", "research", "fictville", "radiation", "medicine", "radio"].enumerated() { idf[w] = 1 + Double(k) / 3 }
        let prepared = names.enumerated().map { k, n in
            PairScorer.weighed(scorer.prepare(Record(source: "l", id: "\(k)", name: n, category: .entityOfConcern, country: "CN")), idf: idf)
        }
        #expect(prepared.allSatisfy { $0.sortedBits.count == $0.sortedNames.count })
        for a in prepared {
            for b in prepared {
                var plain = b
                plain.sortedBits = []
                let x = scorer.score(a, b, idf: idf), y = scorer.score(a, plain, idf: idf)
                #expect(x.score == y.score && x.words == y.words && x.shared == y.shared && x.features == y.features)
            }
        }
        // The alias markers and marks are found as the former reading (which copied the bytes
        // lower-cased) found them.
        func formerly(_ s: String) -> Bool {
            let bytes = Array(s.utf8)
            var lower: [UInt8] = []
            for (i, b) in bytes.enumerated() {
                switch b {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0xE2, 0xEF: return true
                case 0xE3 where i + 1 < bytes.count && bytes[i + 1] == 0x80: return true
                case 0xE6 where bytes[i...].starts(with: [0xE6, 0x97, 0xA7]): return true
                case 0xE7 where bytes[i...].starts(with: [0xE7, 0x95, 0xA5]): return true
                case 0xE9 where bytes[i...].starts(with: [0xE9, 0x80, 0x9A]): return true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): lower.append(b + 32)
                default: lower.append(b)
                }
            }
            return NameParts.asciiMarkers.contains { NameParts.contains(lower, $0) } || NameParts.contains(lower, Array(" - ".utf8))
        }
        let corpus = ["Fictville Institute FORMERLY Fictville College", "Fictville Institute a.k.a. Fictville College",
                      "Fictville Institute - Fictville College", "Fictville Central Research Institute Branch 959",
                      "Osaka Fictional Institute", "FKA Fictville", "Fictville Entity: Fictville Lab", "Fictville BRANCH: Plant",
                      "Fictville (Fictcity)", "Fictville – Plant", "哈尔滨工业大学", "旧称 Fictville", "Fictville\nPlant", "",
                      "Subordinate Fictville", "also KNOWN as", "Fictville-Plant", "Fictville -Plant", "ÀKA Fictville", "Previously: X"]
        for name in corpus { #expect(NameParts.mayHaveParts(name) == formerly(name), "\(name)") }
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
