import Foundation
import RSDDCore
import RSDDResolve
import Testing

@Suite struct ResolverTests {
    func r(_ id: String, _ name: String, _ aliases: [String] = [], country: String? = nil, ids: [String: String] = [:],
           kind: RecordKind = .organisation, source: String = "s") -> Record {
        Record(source: source, id: id, kind: kind, name: name, aliases: aliases, category: .entityOfConcern, country: country, identifiers: ids)
    }

    func groups(_ entities: [Entity]) -> Set<Set<String>> { Set(entities.map { Set($0.records) }) }

    @Test func variantsOfOneNameAreOneEntityAndEveryRecordIsInExactlyOne() {
        let records = [r("1", "Harbin Institute of Technology", country: "XA"), r("2", "HARBIN INST. OF TECH.", country: "XA"),
                       r("3", "Harbin Institute of Technology Co., Ltd."), r("4", "Harbin Engineering University", country: "XA"),
                       r("5", "Harbin Institute of Technology Shenzhen", country: "XA")]
        let e = Resolver().resolve(records)
        #expect(groups(e) == [["s:1", "s:2", "s:3"], ["s:4"], ["s:5"]])
        #expect(e.flatMap(\.records).sorted() == records.map(\.key).sorted())
    }

    @Test func sharedIdentifiersJoinAndConflictingOnesNeverDo() {
        let e = Resolver().resolve([
            r("a", "Alpha Works", ids: ["lei": "LEI1"]), r("b", "Totally Different Name", ids: ["lei": "LEI1"]),
            r("c", "Alpha Works", ids: ["lei": "LEI2"]),
        ])
        #expect(groups(e) == [["s:a", "s:b"], ["s:c"]])
    }

    @Test func aChainNeverJoinsTwoOrganisationsOfDifferentCountries() {
        // B has no country and the same name as A (XA) and C (XB): it may join one, never both.
        let e = Resolver().resolve([r("a", "Northwind Works", country: "XA"), r("b", "Northwind Works"), r("c", "Northwind Works", country: "XB")])
        #expect(!e.contains { $0.records.contains("s:a") && $0.records.contains("s:c") })
        #expect(e.count == 2)
    }

    @Test func personsAreNeverMergedByName() {
        let e = Resolver().resolve([r("p1", "Jo Example", kind: .person), r("p2", "Jo Example", kind: .person)])
        #expect(e.count == 2)
    }

    @Test func acronymsAloneAreWeakEvidence() {
        let e = Resolver().resolve([r("1", "Universidad Nacional de Rio Cuarto", ["UNRC"]), r("2", "University of Northern Rocky Coast", ["UNRC"])])
        #expect(e.count == 2)
    }

    @Test func judgementsWinAndAMissingRecordIsReported() {
        let records = [r("1", "Alpha Works"), r("2", "Alpha Works"), r("3", "Beta Foundry")]
        let j = Judgements(same: [["s:1", "s:3"]], different: [["s:1", "s:2"], ["s:9", "s:1"]])
        let e = Resolver().resolve(records, judgements: j)
        #expect(groups(e) == [["s:1", "s:3"], ["s:2"]])
        #expect(j.missing(from: Set(records.map(\.key))) == ["s:9"])
        #expect(Resolver().explain(records[0], records[1], among: records, judgements: j).contains("judgement: different (wins)"))
    }

    @Test func entityIdsStayWhileTheirRecordsStay() {
        let base = [r("1", "Alpha Works"), r("2", "ALPHA WORKS"), r("3", "Beta Foundry")]
        let before = Resolver().resolve(base)
        let after = Resolver().resolve(base + [r("4", "Gamma Mills"), r("0", "Delta Yards")])
        let id = before.first { $0.records.contains("s:1") }!.id
        #expect(after.first { $0.records.contains("s:1") }?.id == id)
        #expect(Resolver().resolve(base.reversed()).map(\.id) == before.map(\.id))
    }

    @Test func chineseAndJapaneseNamesAreComparedByCharacterPairs() {
        let n = NameNormaliser()
        #expect(n.comparisonTokens("青岚先进材料研究院有限公司") == ["青岚", "岚先", "先进", "进材", "材料", "institute"])
        let e = Resolver().resolve([r("1", "株式会社ミナト精密工業"), r("2", "ミナト精密工業株式会社"), r("3", "ミナト電機")])
        #expect(groups(e) == [["s:1", "s:2"], ["s:3"]])
    }

    @Test(arguments: ["Nat'l Univ. of Sci. & Tech.", "ACME Co., Ltd.", "  Example   Institute-of Technology, Inc. ", "O'Neill Labs", "R&D Center 7"])
    func theASCIIPathNormalisesAsTheUnicodePathDoes(name: String) {
        let n = NameNormaliser()
        // A non-ASCII character that folds to nothing keeps the same words but takes the Unicode path.
        #expect(n.tokens(name) == n.tokens(name + " \u{00A0}"))
    }
}

@Suite struct AffiliationMatchTests {
    let records = [
        Record(source: "reg", id: "hit", name: "Harbin Institute of Technology", aliases: ["HIT"], country: "CN"),
        Record(source: "reg", id: "heu", name: "Harbin Engineering University", country: "CN"),
        Record(source: "reg", id: "nyu", name: "New York University", country: "US"),
    ]

    @Test func aDeclaredNameAndAWholeAffiliationLineFindTheirOrganisation() {
        let m = EntityIndex(records: records)
        #expect(m.best(for: OrganisationQuery(name: "Harbin Inst. of Tech."))?.record.id == "hit")
        #expect(m.best(for: OrganisationQuery(name: "Dept. of Physics, Harbin Institute of Technology, Harbin 150001, China"))?.record.id == "hit")
        #expect(m.best(for: OrganisationQuery(name: "Harbin Engineering Univ.", country: "CN"))?.record.id == "heu")
    }

    @Test func anOrganisationNotAmongTheRecordsFindsNothing() {
        let m = EntityIndex(records: records)
        #expect(m.best(for: OrganisationQuery(name: "Department of Psychology, Columbia University, New York, NY, USA")) == nil)
        #expect(m.best(for: OrganisationQuery(name: "Harbin Medical University, Harbin, China")) == nil)
        #expect(m.best(for: OrganisationQuery(name: "Harbin Institute of Technology", country: "US")) == nil, "countries differ")
    }
}

@Suite struct EntityChangeTests {
    @Test func mergesAndSplitsAreNamed() {
        let a = Record(source: "s", id: "1", name: "Alpha Works")
        let b = Record(source: "s", id: "2", name: "Alpha Works Group")
        let before = Resolver().resolve([a, b])
        #expect(before.count == 2)
        let old = Dictionary(uniqueKeysWithValues: before.flatMap { e in e.records.map { ($0, e.id) } })
        // An analyst says they are the same: the two old entities merge into one.
        let after = Resolver().resolve([a, b], judgements: Judgements(same: [["s:1", "s:2"]]))
        let changes = EntityChanges.compare(old: old, new: after)
        #expect(changes.count == 1)
        #expect(changes.first?.hasPrefix("merged: ") == true)
        // And back: the merged entity splits.
        let merged = Dictionary(uniqueKeysWithValues: after.flatMap { e in e.records.map { ($0, e.id) } })
        #expect(EntityChanges.compare(old: merged, new: before).contains { $0.hasPrefix("split: ") })
    }
}

@Suite struct NormalisationRuleTests {
    @Test(arguments: [
        ("Ｈａｒｂｉｎ　Ｉｎｓｔｉｔｕｔｅ", ["harbin", "institute"]),          // NFKC: full width to ASCII
        ("Universität Stuttgart", ["university", "stuttgart"]),                // case and diacritics
        ("K.L.M. (Holdings), Ltd.", ["klm", "holdings"]),             // punctuation, legal form
        ("ООО «Северный Ветер»", ["severnyi", "veter"]),                       // Cyrillic legal form
        ("株式会社ミナト精密工業", ["ミナ", "ナト", "ト精", "精密", "密工", "工业"]),  // CJK legal form, character pairs
        ("Natl. Acad. of Sci.", ["national", "academy", "science"]),           // abbreviations, function word
        ("Lab. for Tech. & Eng.", ["laboratory", "technology", "engineering"]),
    ])
    func eachRule(name: String, words: [String]) {
        #expect(NameNormaliser().comparisonTokens(name) == words)
    }

    @Test func acronymsAreDerivedAndOnlyNudgeAScore() {
        #expect(PairScorer.derivedAcronym(["harbin", "institute", "technology"]) == "HIT")
        let r = Resolver()
        let e = r.resolve([Record(source: "s", id: "1", name: "Harbin Institute of Technology"), Record(source: "s", id: "2", name: "HIT")])
        #expect(e.count == 2, "an acronym alone never makes a match")
    }

    @Test func explainNamesFeaturesScoreThresholdAndResult() {
        let a = Record(source: "s", id: "1", name: "Harbin Institute of Technology", country: "CN")
        let b = Record(source: "s", id: "2", name: "HARBIN INST. OF TECH.", country: "CN")
        let text = Resolver().explain(a, b, among: [a, b])
        #expect(text.contains("score 1.00, threshold 0.92"))
        #expect(text.contains("normalised_name: equal"))
        #expect(text.contains("name_as_listed: HARBIN INST. OF TECH."))
        #expect(text.hasSuffix("result: one entity"))
    }
}
