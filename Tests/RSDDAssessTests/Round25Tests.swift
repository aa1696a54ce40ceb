import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 25: the misses of sets 62 and 63, read as classes. Organisations are fictional; words of
/// a language, forms of body and places are real only where a rule reads them.
@Suite struct Round25NameFormTests {
    @Test func aWordCutShortIsTheListedWordItShortens() {
        #expect(EntityIndex.shortens("cplx.", "complex"))
        #expect(EntityIndex.shortens("commn", "commission"))
        #expect(EntityIndex.shortens("cent", "center"))
        #expect(EntityIndex.shortens("comm", "communication"))
        // (Its first and last letters are the word's, and its letters stand in the word's order.)
        #expect(!EntityIndex.shortens("cnt", "center"))
        #expect(!EntityIndex.shortens("clpx", "complex"))
        #expect(!EntityIndex.shortens("xplx", "complex"))
        #expect(!EntityIndex.shortens("complex", "complex"))
        // Words of three letters or more, each once, with what rsdd reads them as where it does.
        let cut = EntityIndex.cutWords("Def. Technol. & Sci. Res. Cent., Cplx. Cent. Co., Tehran")
        #expect(cut.map(\.word) == ["sci.", "cent.", "cplx."])
        #expect(cut.map(\.known) == ["science", nil, nil])
        #expect(EntityIndex.cutWords("Institute of Fictional Physics, Fictgorod, Russia").isEmpty)
        // (A stop after a word in quotation marks beyond ASCII: «Fictex Cplx.».)
        #expect(EntityIndex.cutWords("OAO «Cplx. Fictex»").map(\.word) == ["cplx."])
        #expect(EntityIndex.cutWords("OAO\u{00A0}Cplx. Fictex").map(\.word) == ["cplx."])
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
        #expect(two.writingOutAbbreviations("Fictional Cent. Fictology Cent., Tehran, Iran", [("cent.", nil)],
                                            [(0, PairScore(score: 0.7, words: 0.7, shared: 3, features: [:]), "Fictional Cent. Fictology Cent.")]).isEmpty)
        // A word that the listed names print whole is not a cut one ("… Russia." at a line's end).
        let whole = EntityIndex(records: [
            Record(source: "l", id: "r", name: "Fictional Russia Institute", aliases: ["Fictional Russian Institute"], category: .entityOfConcern, country: "RU"),
        ])
        #expect(whole.writingOutAbbreviations("Fictional Institute, Moscow, Russia.", [("russia.", nil)],
                                              [(0, PairScore(score: 0.7, words: 0.7, shared: 2, features: [:]), "Fictional Institute")]).isEmpty)
    }

    @Test func aWordRsddReadsOneWayIsTheListedWordItShortensWhereTheListingHasNoOther() {
        let index = EntityIndex(records: [
            // (An alias with Sciences, and one in French with Scientifiques, other names of the listing:
            // each name is read for itself.)
            Record(source: "l", id: "s", name: "Scientific Fictstudies and Research Center (SFRC)", aliases: ["Higher Institute for Applied Sciences and Fictology", "Centre d'Etudes Fictives et de Recherches Scientifiques"],
                   category: .entityOfConcern, country: "SY"),
            Record(source: "l", id: "u", name: "Fictional Science University", category: .entityOfConcern, country: "SY"),
        ])
        // "Sci." is Science to rsdd; the listing has no Science, and Scientific begins with it.
        #expect(index.listedIDs("Sci. Fictstudies and Res. Centre, Damascus, Syria") == ["s"])
        // Alone beside the listing (no other listing near the line to open the reading).
        let alone = EntityIndex(records: [index.records[0]])
        #expect(alone.listedIDs("Sci. Fictstudies and Res. Centre, Damascus, Syria") == ["s"])
        // A word rsdd reads one way is read another only as `otherReadings` gives: "Inst." is
        // no Instruments.
        #expect(EntityIndex.cutWords("Inst. Fictional, Univ. Fictional").isEmpty)
        // (Nor a legal form, nor the line's last word.)
        #expect(EntityIndex.cutWords("Fictional Cplx. Ltd., Tehran, Iran.").map(\.word) == ["cplx."])
        // A listing that has the word rsdd reads is read as before.
        #expect(index.listedIDs("Fictional Sci. Univ., Damascus, Syria") == ["u"])
        #expect(index.firstFeatures("Fictional Sci. Univ., Damascus, Syria")["expanded"] == nil)
    }
}

@Suite struct Round25OwnNameTests {
    @Test func aQuotedOwnNameOfABodyListedWithTheBodyItIsOf() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "State Enterprise Fictarach of the National Institute of Fictwine", category: .entityOfConcern, country: "UA"),
        ])
        #expect(index.ownNameOfParent(0)?.own == ["fictarach"])
        #expect(index.listedIDs("State Agrarian Enterprise «Fictarach», Vilino, Crimea, Ukraine") == ["m"])
        #expect(index.firstFeatures("State Agrarian Enterprise «Fictarach», Vilino, Crimea, Ukraine")["quoted_name"] != nil)
        // Not quoted: the word alone is not the listing's whole own name.
        #expect(index.listedIDs("State Agrarian Enterprise Fictarach, Vilino, Crimea, Ukraine").isEmpty)
        // Another country: not the listing.
        #expect(index.listedIDs("State Agrarian Enterprise «Fictarach», Lisbon, Portugal").isEmpty)
        // A name of the body it is of before "of the" with more than one word of its own is not read so.
        let two = EntityIndex(records: [
            Record(source: "l", id: "x", name: "Fictarach Fictwine Company of the National Institute of Fictwine", category: .entityOfConcern, country: "UA"),
        ])
        #expect(two.ownNameOfParent(0) == nil)
        // Beside a word of the body it is of, not of its own forms, or a status word only: still
        // for review.
        #expect(index.listedIDs("Institute «Fictarach», Vilino, Crimea, Ukraine").isEmpty)
        #expect(index.listedIDs("State «Fictarach», Vilino, Crimea, Ukraine").isEmpty)
        #expect(index.listedIDs("Federal State Budget Scientific Institution «Fictarach», Yalta, Crimea, Ukraine").isEmpty)
    }
}

@Suite struct Round25CompanyOwnNameTests {
    @Test func aLongOwnWordBesideTheListingsFormsWithoutTheLettersBesideIt() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "g", name: "Fictional Missile Corporation, Concern “MPO—Fictopribor”", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ] + (1...5).map { Record(source: "l", id: "c\($0)", name: "Concern Fictional \($0) JSC", category: .entityOfConcern, country: "RU") })
        #expect(index.ownNameBesideLetters(0, "fictopribor"))
        #expect(!index.ownNameBesideLetters(1, "fictional"))
        #expect(index.listedIDs("Fictopribor Concern JSC, St. Petersburg, Russia") == ["g"])
        #expect(index.firstFeatures("Fictopribor Concern JSC, St. Petersburg, Russia")["company_own_name"] != nil)
        // Another country: not the company.
        #expect(index.listedIDs("Fictopribor Concern JSC, Minsk, Belarus").isEmpty)
        // Beside a word that is no form of body or enterprise: not the company's whole name.
        #expect(index.listedIDs("Fictopribor Marine Concern JSC, St. Petersburg, Russia").isEmpty)
    }

    @Test func aWordOfOneOrganisationListedInSeveralYearsIsItsOwn() {
        // A listing printed in three years' lists is three records of one organisation: its word
        // is still that organisation's own.
        let index = EntityIndex(records: (2022...2024).map {
            // (Older rows of the list give no country, as the 1286 list's before 2025.)
            Record(source: "l", id: "g\($0)", name: "Fictional Missile Corporation, Concern “MPO—Fictopribor”", category: .entityOfConcern,
                   country: $0 == 2024 ? "Russia" : nil)
        } + [Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU")]
          + (1...5).map { Record(source: "l", id: "c\($0)", name: "Concern Fictional \($0) JSC", category: .entityOfConcern, country: "RU") })
        #expect(index.fewOrganisations("fictopribor"))
        #expect(index.listedIDs("Fictopribor Concern JSC, St. Petersburg, Russia") == ["g2022", "g2023", "g2024"])
        #expect(index.firstFeatures("Fictopribor Concern JSC, St. Petersburg, Russia")["company_own_name"] != nil)
    }
}

@Suite struct Round25CommonWordTests {
    @Test func aOneWordNameOtherOrganisationsNamesHaveIsForReview() {
        // ("Mashinostroeniya", of machine building, is a word of Russian rsdd reads as mechanical
        // engineering; the companies are fictional.)
        let index = EntityIndex(records: [
            Record(source: "m", id: "u", name: "Joint Stock Company Fictaltransmash", aliases: ["Mashinostroeniya"], category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "n", name: "Joint Stock Company Military-Industrial Corporation NPO Fictomash", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "k", name: "Fictional Institute for Mechanical Engineering", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "e", name: "Fictional Mechanical Engineering Plant", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "e2", name: "Fictoria Mechanical Engineering Works", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "e3", name: "Fictburg Mechanical Engineering Bureau", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "e4", name: "Fictgrad Mechanical Engineering Centre", category: .entityOfConcern, country: "RU"),
            // (A company's own word that three lists print under names that do not cluster is
            // still its own: "JSC Fictfracht".)
            Record(source: "l", id: "f1", name: "OJSC Fictfracht", aliases: ["Fictfracht"], category: .entityOfConcern, country: "RU"),
            Record(source: "o", id: "f2", name: "Fictfracht Group Holding", category: .entityOfConcern, country: "RU"),
            Record(source: "u", id: "f3", name: "Fictfracht-Fictmortrans", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "s", name: "Fictolsk", aliases: ["Fictolsk Plant"], category: .entityOfConcern, country: "RU"),
        ])
        let line = "Design Bureau, MIC Mashinostroyeniya JSC, Fictovo, Moscow Region, Russia"
        #expect(!index.listedIDs(line).contains("u"))
        #expect(index.nearFeatures(line, "u")?["common_word_name"] != nil)
        #expect(index.listedIDs("Fictfracht JSC, Moscow, Russia").contains("f1"))
        // A listed cell of one word and its legal form is the company's own name, however many of
        // its subsidiaries' names have the word.
        let group = EntityIndex(records: [Record(source: "l", id: "g", name: "Fictprom, OAO", category: .entityOfConcern, country: "RU")]
            + (1...6).map { Record(source: "l", id: "s\($0)", name: "Fictprom Subsidiary \($0)", category: .entityOfConcern, country: "RU") })
        #expect(group.manyOrganisations("fictprom"))
        #expect(group.listedIDs("Fictprom, OAO, Moscow, Russia").contains("g"))
        // A state group's one-word name is the group's, however many of its companies print it.
        let rosatom = EntityIndex(records: [Record(source: "l", id: "r", name: "State Fictional Energy Corporation", aliases: ["Rosatom"], category: .entityOfConcern, country: "RU")]
            + (1...6).map { Record(source: "l", id: "c\($0)", name: "Rosatom Fictional Subsidiary \($0)", category: .entityOfConcern, country: "RU") })
        #expect(rosatom.manyOrganisations("rosatom"))
        #expect(rosatom.listedIDs("Rosatom").contains("r"))
        #expect(rosatom.lookup(OrganisationQuery(name: "Rosatom")).listings.allSatisfy { $0.explanation.features["common_word_name"] == nil })
        // A one-word name of one organisation's own is still that organisation.
        #expect(index.listedIDs("Fictolsk JSC, Moscow, Russia") == ["s"])
    }
}
