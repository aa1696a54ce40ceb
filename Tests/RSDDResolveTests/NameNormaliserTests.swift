import RSDDCore
import RSDDResolve
import Testing

@Suite struct NameNormaliserTests {
    let n = NameNormaliser()

    @Test(arguments: [
        ("Harbin Institute of Technology", "harbin institute of technology"),
        ("HARBIN  INSTITUTE OF TECHNOLOGY", "harbin institute of technology"),              // case, spaces
        ("ＨＡＲＢＩＮ　Ｉｎｓｔｉｔｕｔｅ", "harbin institute"),                                // full width
        ("Harbin Inst. of Tech.", "harbin institute of technology"),                        // abbreviations
        ("Université de Montréal", "universite de montreal"),                              // diacritics
        ("Acme Co., Ltd.", "acme"),                                                         // legal forms
        ("ACME Company Limited", "acme"),
        ("Kestrel Dynamics, Inc.", "kestrel dynamics"),
        ("Feld GmbH", "feld"),
        ("ООО «Северный Ветер»", "северныи ветер"),                                          // Cyrillic legal form, quotes
        ("株式会社ミナト精密工業", "ミナト精密工業"),                                                // Japanese legal form
        ("(株)ミナト精密工業", "ミナト精密工業"),
        ("青岚先进材料研究院有限公司", "青岚先进材料研究院"),                                          // Chinese legal form
        ("Natl. Lab. for Sci. & Eng.", "national laboratory for science and engineering"),
        ("Nat'l Univ.", "national university"),
    ])
    func normalises(name: String, expected: String) {
        #expect(n.normalise(name) == expected)
    }

    @Test func aNameOfLegalFormsOnlyIsEmpty() {
        #expect(n.normalise("Co., Ltd.").isEmpty)
    }
}

@Suite struct OrganisationMatcherTests {
    let records = [
        Record(source: "l", id: "1", name: "Kestrel Dynamics Ltd.", aliases: ["KDL Group"], category: "entity-of-concern", country: "XB"),
        Record(source: "l", id: "2", name: "Orrery Photonics GmbH", category: "entity-of-concern", country: "XC",
               identifiers: ["ror": "https://ror.org/0abcdef12"]),
        Record(source: "l", id: "3", kind: .person, name: "Some Person", category: "sanctions"),
        Record(source: "m", id: "9", name: "Kestrel Dynamics", category: "sanctions", country: "China"),
    ]

    @Test func matchesByNormalisedNameAndAlias() {
        let m = OrganisationMatcher(records: records)
        #expect(m.matches(OrganisationQuery(name: "KESTREL DYNAMICS LIMITED")).map(\.record.key) == ["l:1", "m:9"])
        #expect(m.matches(OrganisationQuery(name: "KDL Group")).first?.explanation.features["name_as_listed"] == "alias")
    }

    @Test func matchesByIdentifierWhateverTheName() throws {
        let m = OrganisationMatcher(records: records)
        let hit = try #require(m.matches(OrganisationQuery(name: "Orrery", identifiers: ["ror": "0abcdef12"])).first)
        #expect(hit.record.key == "l:2")
        #expect(hit.explanation.features["identifier"] == "ror 0abcdef12 equal")
    }

    @Test func aDifferentCountryCodeVetoesANameMatch() {
        let m = OrganisationMatcher(records: records)
        // XA against XB vetoes; a country in words ("China") is not compared with a code.
        #expect(m.matches(OrganisationQuery(name: "Kestrel Dynamics Ltd", country: "XA")).map(\.record.key) == ["m:9"])
        #expect(m.matches(OrganisationQuery(name: "Kestrel Dynamics Ltd", country: "xb")).map(\.record.key) == ["l:1", "m:9"])
    }

    @Test func aConflictingIdentifierVetoesANameMatch() {
        let m = OrganisationMatcher(records: records)
        #expect(m.matches(OrganisationQuery(name: "Orrery Photonics", identifiers: ["ror": "https://ror.org/0zzzzzz99"])).isEmpty)
    }

    @Test func neverMatchesAPersonByName() {
        let m = OrganisationMatcher(records: records)
        #expect(m.matches(OrganisationQuery(name: "Some Person")).isEmpty)
    }

    @Test func aNameOfOnlyLegalFormsMatchesNothing() {
        let m = OrganisationMatcher(records: records + [Record(source: "x", id: "1", name: "Ltd.", category: "sanctions")])
        #expect(m.matches(OrganisationQuery(name: "Co., Ltd.")).isEmpty)
    }

    @Test func sameOrganisation() {
        #expect(OrganisationMatcher.same(OrganisationQuery(name: "Example Inst. of Tech."), OrganisationQuery(name: "Example Institute of Technology")))
        #expect(!OrganisationMatcher.same(OrganisationQuery(name: "Example Institute"), OrganisationQuery(name: "Example Institute of Technology")))
        #expect(OrganisationMatcher.same(OrganisationQuery(name: "A", identifiers: ["ror": "https://ror.org/01"]),
                                         OrganisationQuery(name: "B", identifiers: ["ror": "01"])))
    }
}
