import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 25: the misses of sets 62 and 63, read as classes. Organisations are fictional; words of
/// a language, forms of body and places are real only where a rule reads them.
@Suite struct Round25NameFormTests {
    @Test func aWordCutShortIsTheListedWordItShortens() {
        #expect(EntityIndex.shortens("cplx", "complex"))
        #expect(EntityIndex.shortens("commn", "commission"))
        #expect(EntityIndex.shortens("cent", "center"))
        #expect(EntityIndex.shortens("comm", "communication"))
        // (Its first and last letters are the word's, and its letters stand in the word's order.)
        #expect(!EntityIndex.shortens("cnt", "center"))
        #expect(!EntityIndex.shortens("clpx", "complex"))
        #expect(!EntityIndex.shortens("xplx", "complex"))
        #expect(!EntityIndex.shortens("complex", "complex"))
        // Only words rsdd does not read already, of three letters or more, each once.
        #expect(EntityIndex.cutWords("Def. Technol. & Sci. Res. Cent., Cplx. Cent. Co., Tehran") == ["cent", "cplx"])
        #expect(EntityIndex.cutWords("Institute of Fictional Physics, Fictgorod, Russia").isEmpty)
    }

    @Test func aLineThatCutsWordsAListedNameNearItWritesOut() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Air Fictweapons Complex (AFC)", category: .entityOfConcern, country: "PK"),
            Record(source: "l", id: "d", name: "Defense Fictology and Science Research Center (DFSRC)", category: .entityOfConcern, country: "IR"),
        ])
        #expect(index.listedIDs("Air Fictweapons Cplx., Wah Cantonment, Pakistan") == ["a"])
        #expect(index.firstFeatures("Air Fictweapons Cplx., Wah Cantonment, Pakistan")["expanded"]?.contains("Complex") == true)
        #expect(index.listedIDs("Def. Fictology & Sci. Res. Cent., Tehran, Iran") == ["d"])
        // A line of another country is not the listing's, read so or not.
        #expect(index.listedIDs("Air Fictweapons Cplx., Lisbon, Portugal").isEmpty)
        // A cut word that two words of the listed names shorten is left as printed: "Cent." of a
        // Central … Center.
        let two = EntityIndex(records: [
            Record(source: "l", id: "c", name: "Fictional Central Fictology Center", category: .entityOfConcern, country: "IR"),
        ])
        #expect(two.writingOutAbbreviations("Fictional Cent. Fictology Cent., Tehran, Iran", ["cent"],
                                            [(0, PairScore(score: 0.7, words: 0.7, shared: 3, features: [:]), "Fictional Cent. Fictology Cent.")]).isEmpty)
        // A word that the listed names print whole is not a cut one ("… Russia." at a line's end).
        let whole = EntityIndex(records: [
            Record(source: "l", id: "r", name: "Fictional Russia Institute", aliases: ["Fictional Russian Institute"], category: .entityOfConcern, country: "RU"),
        ])
        #expect(whole.writingOutAbbreviations("Fictional Institute, Moscow, Russia.", ["russia"],
                                              [(0, PairScore(score: 0.7, words: 0.7, shared: 2, features: [:]), "Fictional Institute")]).isEmpty)
    }
}
