import Foundation
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 44: the cold assess's cheaper steps must answer exactly as the steps they replace. Names
/// are walked by number (`WordNumbers`), an ASCII part's country is read on its bytes, and an ASCII
/// name is searched byte by byte. Each test compares the new step with the old one (Foundation, or
/// the walk over strings) on many inputs, fictional names among them.
@Suite struct SpeedRound44Tests {
    /// A small deterministic generator (the same inputs every run).
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let vocabulary = ["Institute", "Research", "Fictional", "Fictapex", "Physics", "Technology", "University", "State",
                             "Centre", "Center", "National", "Laboratory", "Academy", "Sciences", "Engineering", "10th", "14th",
                             "Radio", "Electronic", "Fictiville", "Branch", "Design", "Bureau", "Ülgen", "Žarko", "研究所", "Radiation"]

    static func name(_ g: inout Generator, words: Int) -> String {
        (0..<words).map { _ in vocabulary[g.next(vocabulary.count)] }.joined(separator: " ")
    }

    /// A word the index lacks is numbered between its neighbours: every comparison with a word
    /// of the index comes out as the strings' own, and it equals none of them.
    @Test func numbersKeepTheWordsOrder() {
        let scorer = PairScorer()
        var g = Generator(state: 44)
        let records = (0..<60).map { k in
            scorer.prepare(Record(source: "s", id: "\(k)", name: SpeedRound44Tests.name(&g, words: 2 + g.next(4)),
                                  aliases: [SpeedRound44Tests.name(&g, words: 3)], category: .entityOfConcern))
        }
        let numbers = WordNumbers([records])
        let known = numbers.words
        #expect(known.count > 10)
        for w in known + ["aaa", "zzz", "institutf", "institute\u{2}", "", "ülgen", "研究", "10", "14thx"] {
            for v in known {
                #expect((w < v) == (numbers.number(w) < numbers.number(v)), "\(w) against \(v)")
                #expect((w == v) == (numbers.number(w) == numbers.number(v)), "\(w) against \(v)")
            }
        }
    }

    /// Scores walked by number are the scores walked by words, to the last bit, with and without
    /// their explanation.
    @Test func numberedScoresAreTheWordsScores() {
        let scorer = PairScorer()
        var g = Generator(state: 4_404)
        let raw = (0..<80).map { k in
            scorer.prepare(Record(source: "s", id: "\(k)", name: SpeedRound44Tests.name(&g, words: 2 + g.next(5)),
                                  aliases: [SpeedRound44Tests.name(&g, words: 2 + g.next(3))], category: .entityOfConcern))
        }
        let idf = PairScorer.idf(raw)
        let weighed = raw.map { PairScorer.weighed($0, idf: idf) }
        let numbers = WordNumbers([weighed])
        let numbered = weighed.map { numbers.numbered($0) }
        var compared = 0, sharing = 0
        for _ in 0..<300 {
            let q = scorer.prepare(Record(source: "query", id: "q", name: SpeedRound44Tests.name(&g, words: 2 + g.next(5)) + (g.next(3) == 0 ? " Fictnew" : "")),
                                   withPairs: false)
            let plain = PairScorer.weighed(q, idf: idf)
            let byNumber = numbers.numbered(plain)
            #expect(byNumber.numbering != 0)
            for k in 0..<numbered.count where g.next(4) == 0 {
                for explain in [false, true] {
                    let a = scorer.score(plain, weighed[k], idf: idf, explain: explain)
                    let b = scorer.score(byNumber, numbered[k], idf: idf, explain: explain)
                    #expect(a.score.bitPattern == b.score.bitPattern && a.words.bitPattern == b.words.bitPattern && a.shared == b.shared)
                    #expect(a.features == b.features)
                    compared += 1
                    if a.shared > 0 { sharing += 1 }
                }
            }
        }
        #expect(compared > 1_000)
        #expect(sharing > 100, "the pairs compared share words, not only none")
    }

    /// The country of an ASCII part read on its bytes is Foundation's reading of it.
    @Test func anASCIIPartsCountryIsFoundationsReading() {
        func foundation(_ c: String) -> String? {
            let t = Text.trimmed(c).trimmingCharacters(in: CharacterSet(charactersIn: ".;"))
            return Identifiers.countryWords[t.lowercased()] ?? Identifiers.countryWords[t.replacingOccurrences(of: "The ", with: "").lowercased()]
        }
        let parts = ["China", " China ", "China.", "P.R. China", "PR China", "People's Republic of China", "The Netherlands", "Netherlands;",
                     "the Netherlands", "THE NETHERLANDS", "The The Gambia", "Gambia, The", "Russia", "Russian Federation", " .Iran; ",
                     "\tIran\t", ". Iran", "Iran .", "Islamic Republic of Iran", "Fictiville", "Institute of Physics", "", " ", ".;",
                     "USA", "U.S.A.", "United States of America", "Korea", "DPR Korea", "Theland", "TheChina", "The China", "Japan 113-8656",
                     "Republic of Korea", "Syria", "Syrian Arab Republic", "Pakistan.", "UK", "Hong Kong", "Taiwan", "ROC"]
        var checked = 0
        for p in parts {
            #expect(Identifiers.asciiCountryName(p) != nil, "\(p) is ASCII")
            #expect(Identifiers.countryName(p) == foundation(p), "\(p)")
            checked += foundation(p) == nil ? 0 : 1
        }
        #expect(checked >= 15, "most parts above name a country")
        #expect(Identifiers.asciiCountryName("Türkiye") == nil, "another string is read as before")
        #expect(Identifiers.countryName("Democratic People’s Republic of Korea") == Identifiers.countryName("Democratic People's Republic of Korea"))
    }

    /// An ASCII search is Foundation's; other strings are Foundation's own answer.
    @Test func anASCIISearchIsFoundations() {
        var g = Generator(state: 7)
        let letters = Array("ab (c)")
        for _ in 0..<2_000 {
            let s = String((0..<g.next(12)).map { _ in letters[g.next(letters.count)] })
            let n = String((0..<g.next(4)).map { _ in letters[g.next(letters.count)] })
            #expect(Text.contains(s, n) == s.contains(n), "\(s) contains \(n)")
        }
        #expect(Text.contains("Institute (Fictapex)", "(Fictapex)"))
        #expect(!Text.contains("Institute (Fictapex)", "（Fictapex）"))
        #expect(Text.contains("Institut（Fictapex）", "（Fictapex）"))
        #expect(!Text.contains("abc", ""))
    }
}
