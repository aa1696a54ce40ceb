import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 31: classes of misses that came back set after set, read as rules. Organisations are
/// fictional.
@Suite struct Round31ResolveTests {
    /// The end of a listed name of capitals alone ("FGU FNTS FNIISI RAN"), from a word of four
    /// letters or more that is no form's: the listing, in its country.
    @Test func theEndOfANameInCapitals() {
        #expect(EntityIndex.capitalsWords("FGU FNTS FNIISI RAS") == ["FGU", "FNTS", "FNIISI", "RAN"])
        #expect(EntityIndex.capitalsWords("Fictional Institute RAS") == nil)
        #expect(EntityIndex.capitalsEnds(["FGU", "FNTS", "FNIISI", "RAN"]) == ["FNTS FNIISI RAN", "FNIISI RAN"])
        // (Not from a form's letters, nor the academy's alone.)
        #expect(EntityIndex.capitalsEnds(["FNIISI", "JSC", "RAN"]) == [])
        let index = EntityIndex(records: [
            Record(source: "l", id: "s", name: "Federal Scientific Center Fictional Research Institute for System Studies of the Russian Academy of Sciences",
                   aliases: ["FGU FNTS FNIISI RAN"], category: .entityOfConcern, country: "Russia"),
        ])
        for line in ["Dept. of Computing, FNIISI RAS, Moscow, Russia", "Center of Optics, FSC FNIISI RAS, Moscow, Russia", "FNIISI RAN, Moscow, Russia"] {
            #expect(index.listedIDs(line) == ["s"], "\(line)")
        }
        #expect(index.firstFeatures("Dept. of Computing, FNIISI RAS, Moscow, Russia")["printed_acronym"]?.contains("FNIISI RAN") == true)
        // Another country: nothing. No country: for review.
        #expect(index.listedIDs("Dept. of Computing, FNIISI RAS, Paris, France").isEmpty)
        #expect(index.listedIDs("Dept. of Computing, FNIISI RAS").isEmpty)
        #expect(index.nearFeatures("Dept. of Computing, FNIISI RAS", "s")?["acronym_only"] != nil)
        // The academy's letters with another word: no end of the listed name.
        #expect(index.listedIDs("Dept. of Computing, FNTS RAS, Moscow, Russia").isEmpty)
        // A listing that gives no country, on a line of one: for review, never silence.
        let countryless = EntityIndex(records: [
            Record(source: "l", id: "n", name: "Fictional Research Institute for System Studies", aliases: ["FGU FNTS FNIISI RAN"], category: .entityOfConcern),
        ])
        #expect(countryless.listedIDs("Dept. of Computing, FNIISI RAS, Moscow, Russia").isEmpty)
        #expect(countryless.nearFeatures("Dept. of Computing, FNIISI RAS, Moscow, Russia", "n")?["printed_acronym"] != nil)
    }

    /// A listed laboratory's acronym written out as the words it stands for, beside its host.
    @Test func aLaboratorysAcronymWrittenOut() {
        #expect(EntityIndex.spelledByRun("atr", ["automatic", "target", "recognition"]))
        #expect(EntityIndex.spelledByRun("atr", ["national", "automatic", "target", "recognition"]))
        #expect(!EntityIndex.spelledByRun("atr", ["automatic", "recognition"]))
        #expect(!EntityIndex.spelledByRun("at", ["automatic", "target"]))
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "ATR Defense S&T Key Laboratory of Fictional Information Processing at Fictional Coast University",
                   category: .entityOfConcern, country: "CN"),
        ])
        let line = "National Key Laboratory of Automatic Target Recognition, Fictional Coast University, Fictcity 518060, China"
        #expect(index.listedIDs(line) == ["k"])
        #expect(index.firstFeatures(line)["lab_at_host"]?.contains("ATR written out") == true)
        // The host's other laboratory, whose words spell no acronym of the listing's: no finding.
        #expect(index.listedIDs("Key Laboratory of Automatic Control, Fictional Coast University, Fictcity 518060, China").isEmpty)
    }

    /// "SRI of …": a Scientific Research Institute of what follows; "SRI" before a name is not.
    @Test func sriOfIsAScientificResearchInstitute() {
        let n = NameNormaliser()
        #expect(PairScorer.compared(n.tokens("SRI of Fictional Computing")) == PairScorer.compared(n.tokens("Scientific Research Institute of Fictional Computing")))
        #expect(PairScorer.compared(n.tokens("SRI International")) != PairScorer.compared(n.tokens("Scientific Research Institute International")))
        let index = EntityIndex(records: [
            Record(source: "l", id: "c", name: "Joint Stock Company Scientific Research Institute of Fictional Computer Engineering",
                   category: .entityOfConcern, country: "Russia"),
        ])
        #expect(index.listedIDs("SRI of Fictional Computer Engineering, Moscow, Russia") == ["c"])
    }

    /// The rewrite of a line part by part keeps every mark and space round the parts.
    @Test func rewritingPiecesKeepsTheMarks() {
        #expect(EntityIndex.rewritingPieces("a, b ;c", { $0 == "b" ? "B!" : nil }) == "a, B! ;c")
        #expect(EntityIndex.rewritingPieces("a, b ;c", { _ in nil }) == nil)
        #expect(EntityIndex.rewritingPieces("a,,b", { $0 == "a" ? "x" : nil }) == "x,,b")
    }

    /// A unit's initials with the letters of the academy its listed name names ("FIMIT-CAS").
    @Test func initialsWithTheAcademysLetters() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "u", name: "Chinese Academy of Sciences – Fictishan Institute of Microsystem and Information Technology",
                   category: .entityOfConcern, country: "CN"),
        ])
        let line = "State Key Laboratory of Fictional Materials, FIMIT-CAS, Shanghai 200050, China"
        #expect(index.listedIDs(line) == ["u"])
        #expect(index.firstFeatures(line)["initials_and_own_word"]?.contains("Chinese Academy of Sciences") == true)
        // Another academy's letters, or the initials alone: no finding.
        #expect(index.listedIDs("State Key Laboratory of Fictional Materials, FIMIT-RAS, Moscow, Russia").isEmpty)
        #expect(index.listedIDs("State Key Laboratory of Fictional Materials, FIMIT, Shanghai 200050, China").isEmpty)
        #expect(index.nearFeatures("State Key Laboratory of Fictional Materials, FIMIT, Shanghai 200050, China", "u")?["acronym_only"] != nil)
    }

    /// "Elektron" is "Electron". "Holding" before a legal form stays a word (the finding keys of
    /// listed "… Holding Ltd." names stay as they were).
    @Test func elektronAndAHolding() {
        #expect(NameNormaliser.withoutLegalForms(["fictional", "aviation", "holding", "co"]) == ["fictional", "aviation", "holding"])
        let index = EntityIndex(records: [
            Record(source: "l", id: "g", name: "JSC Concern Fictit-Electron", category: .entityOfConcern, country: "Russia"),
        ])
        #expect(index.listedIDs("Fictit-Elektron Concern JSC, St. Petersburg, Russia") == ["g"])
    }

    /// Round 30's words, left without a test then: "Environ.", "Radioengineering", the DPRK's
    /// 콤퓨터 and 쎈터.
    @Test func roundThirtysWords() {
        let scorer = PairScorer()
        #expect(scorer.comparedWords(of: "Inst. of Environ. Medicine") == scorer.comparedWords(of: "Institute of Environmental Medicine"))
        #expect(scorer.comparedWords(of: "Institute of Radioengineering") == scorer.comparedWords(of: "Institute of Radio Engineering"))
        #expect(HanGlossary.koreanLine("조선콤퓨터쎈터, 평양", dprk: true)?.contains("Computer Center") == true)
    }
}
