@testable import RSDDResolve
import Testing

/// The scorer's table of spellings and abbreviations (`PairScorer.variants`) is read twice per
/// word (before the rules of whole words in `compared`, and in `fold`): it must give the same
/// word either way.
@Suite struct VariantsTests {
    @Test func noVariantIsAKeyOfAnother() {
        let chains = PairScorer.variants.filter { PairScorer.variants[$0.value] != nil }.map { "\($0.key) → \($0.value)" }.sorted()
        #expect(chains.isEmpty, "\(chains)")
    }

    @Test func foldingTwiceIsFoldingOnce() {
        for word in PairScorer.variants.keys.sorted() {
            #expect(PairScorer.fold(PairScorer.fold(word)) == PairScorer.fold(word), "\(word)")
        }
    }

    /// A word that stands for several is no key of the one-word table (it would never be read).
    @Test func runTogetherWordsAreNotVariants() {
        #expect(PairScorer.runTogether.keys.filter { PairScorer.variants[$0] != nil }.isEmpty)
    }
}
