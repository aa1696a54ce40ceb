import Foundation
import RSDDCore
import RSDDResolve
import Testing
import TestSupport

@Suite struct NameNormaliserTests {
    let n = NameNormaliser()

    @Test(arguments: [
        ("Harbin Institute of Technology", "harbin institute of technology"),
        ("HARBIN  INSTITUTE OF TECHNOLOGY", "harbin institute of technology"),              // case, spaces
        ("ＨＡＲＢＩＮ　Ｉｎｓｔｉｔｕｔｅ", "harbin institute"),                                // full width
        ("Harbin Inst. of Tech.", "harbin institute of technology"),                        // abbreviations
        ("Université de Montréal", "university de montreal"),                              // diacritics, type
        ("Acme Co., Ltd.", "acme"),                                                         // legal forms
        ("ACME Company Limited", "acme"),
        ("Kestrel Dynamics, Inc.", "kestrel dynamics"),
        ("Feld GmbH", "feld"),
        ("ООО «Северный Ветер»", "severnyi veter"),                                          // Cyrillic legal form, quotes
        ("株式会社ミナト精密工業", "ミナト精密工业"),                                                // Japanese legal form, Han folded
        ("(株)ミナト精密工業", "ミナト精密工业"),
        ("青岚先进材料研究院有限公司", "青岚先进材料 institute"),                                          // Chinese legal form, type
        ("Natl. Lab. for Sci. & Eng.", "national laboratory for science and engineering"),
        ("Nat'l Univ.", "national university"),
    ])
    func normalises(name: String, expected: String) {
        #expect(n.normalise(name) == expected)
    }

    /// Company forms generated from rigour's organisation types (issue 21): gone in every language
    /// they were written in; short words and kinds of body stay.
    @Test(arguments: [
        ("Kestrel Dynamics Kft.", "kestrel dynamics"),                                      // Hungarian
        ("Kestrel Dynamics S.p.z.o.o.", "kestrel dynamics"),                               // Polish, dotted
        ("Kestrel Dynamics Sp. z o.o.", "kestrel dynamics sp z oo"),                       // several words: not a phrase
        ("Kestrel Dynamics Berhad", "kestrel dynamics"),                                   // Malaysian
        ("Kestrel Dynamics Aktiengesellschaft", "kestrel dynamics"),
        ("Kestrel Dynamics S.A.R.L.", "kestrel dynamics"),
        ("ТОВ Кестрел", "tov kestrel"),                                                    // a vowel: three letters stay
        ("ХХК Кестрел", "kestrel"),                                                         // Mongolian, no vowel
        ("주식회사 케스트렐", "케스트렐"),                                                     // Korean
        ("SAS Institute", "sas institute"),                                                // an acronym stays
        ("Kestrel Foundation", "kestrel foundation"),                                      // a kind of body stays
        ("Kestrel Cooperative", "kestrel cooperative"),
        ("Federal State Unitary Enterprise Kestrel", "federal state unitary enterprise kestrel"),
    ])
    func dropsGeneratedCompanyForms(name: String, expected: String) {
        #expect(n.normalise(name) == expected)
    }

    /// `LegalFormsTable.swift` is what `tools/gen-legal-forms.py` writes from the shared copy of
    /// rigour's table (skipped without ../shared/data, python3 or PyYAML).
    @Test func theGeneratedLegalFormsAreUpToDate() throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout")
            return
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import yaml"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return }
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            print("skipped: python3 with PyYAML is not installed")
            return
        }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.currentDirectoryURL = repositoryRoot
        check.arguments = ["python3", "tools/gen-legal-forms.py", data.appendingPathComponent("matching/rigour_org_types.yml").path, "--check"]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "Sources/RSDDCore/Names/LegalFormsTable.swift is out of date: run python3 tools/gen-legal-forms.py")
    }

    @Test func aNameOfLegalFormsOnlyIsEmpty() {
        #expect(n.normalise("Co., Ltd.").isEmpty)
    }
}

@Suite struct EntityIndexTests {
    let records = [
        Record(source: "l", id: "1", name: "Kestrel Dynamics Ltd.", aliases: ["KDL Group"], category: .entityOfConcern, country: "XB"),
        Record(source: "l", id: "2", name: "Orrery Photonics GmbH", category: .entityOfConcern, country: "XC",
               identifiers: ["ror": "https://ror.org/0abcdef12"]),
        Record(source: "l", id: "3", kind: .person, name: "Some Person", category: .sanctions),
        Record(source: "m", id: "9", name: "Kestrel Dynamics", category: .sanctions, country: "China"),
    ]

    func keys(_ m: EntityIndex, _ q: OrganisationQuery) -> [String] { m.listings(for: q).map(\.record.key).sorted() }

    @Test func matchesByNormalisedNameAndAlias() {
        let m = EntityIndex(records: records)
        #expect(keys(m, OrganisationQuery(name: "KESTREL DYNAMICS LIMITED")) == ["l:1", "m:9"])
        #expect(m.listings(for: OrganisationQuery(name: "KDL Group")).first?.explanation.features["name_as_listed"] == "KDL Group")
    }

    @Test func matchesByIdentifierWhateverTheName() throws {
        let m = EntityIndex(records: records)
        let hit = try #require(m.listings(for: OrganisationQuery(name: "Orrery", identifiers: ["ror": "0abcdef12"])).first)
        #expect(hit.record.key == "l:2")
        #expect(hit.explanation.features["identifier"] == "ror 0abcdef12 equal")
    }

    @Test func aDifferentCountryVetoesANameMatch() {
        let m = EntityIndex(records: records)
        // XA against XB vetoes; a country in words ("China") is compared as its code (CN).
        #expect(keys(m, OrganisationQuery(name: "Kestrel Dynamics Ltd", country: "XA")).isEmpty)
        #expect(keys(m, OrganisationQuery(name: "Kestrel Dynamics Ltd", country: "xb")) == ["l:1"])
        #expect(keys(m, OrganisationQuery(name: "Kestrel Dynamics Ltd", country: "CN")) == ["m:9"])
    }

    @Test func aConflictingIdentifierVetoesANameMatch() {
        let m = EntityIndex(records: records)
        #expect(keys(m, OrganisationQuery(name: "Orrery Photonics", identifiers: ["ror": "https://ror.org/0zzzzzz99"])).isEmpty)
    }

    @Test func neverMatchesAPersonByName() {
        let m = EntityIndex(records: records)
        #expect(keys(m, OrganisationQuery(name: "Some Person")).isEmpty)
        #expect(m.nearListings(for: OrganisationQuery(name: "Some Person")).isEmpty)
    }

    @Test func aNameOfOnlyLegalFormsMatchesNothing() {
        let m = EntityIndex(records: records + [Record(source: "x", id: "1", name: "Ltd.", category: .sanctions)])
        #expect(keys(m, OrganisationQuery(name: "Co., Ltd.")).isEmpty)
    }

    @Test func sameOrganisation() {
        #expect(EntityIndex.same(OrganisationQuery(name: "Example Inst. of Tech."), OrganisationQuery(name: "Example Institute of Technology")))
        #expect(!EntityIndex.same(OrganisationQuery(name: "Example Institute"), OrganisationQuery(name: "Example Institute of Technology")))
        #expect(EntityIndex.same(OrganisationQuery(name: "A", identifiers: ["ror": "https://ror.org/01"]),
                                 OrganisationQuery(name: "B", identifiers: ["ror": "01"])))
    }

    /// Exact, fuzzy and near come from one score at three thresholds.
    @Test func oneScorerThreeThresholds() throws {
        let m = EntityIndex(records: [Record(source: "l", id: "1", name: "Northwind Aerospace Propulsion Research and Test Institute",
                                             category: .entityOfConcern)])
        let exact = try #require(m.listings(for: OrganisationQuery(name: "Northwind Aerospace Propulsion Research & Test Inst.")).first)
        #expect(exact.explanation.score == 1)
        let fuzzy = try #require(m.listings(for: OrganisationQuery(name: "Northwind Aerospace Propulsion Research Institute")).first,
                                 "five of six words still match")
        #expect(fuzzy.explanation.score >= PairScorer.match && fuzzy.explanation.score < 1)
        #expect(m.listings(for: OrganisationQuery(name: "Northwind Research Institute")).isEmpty)
        let near = try #require(m.nearListings(for: OrganisationQuery(name: "Northwind Research Institute")).first)
        #expect(near.explanation.score >= PairScorer.near && near.explanation.score < PairScorer.match)
    }

    /// A "?" between two letters is a character the list lost ("Xi?an" for "Xi'an"): read as an
    /// apostrophe is, so the name equals the one written with it. Elsewhere it still parts words.
    @Test func aQuestionMarkBetweenLettersIsALostApostrophe() {
        let n = NameNormaliser()
        #expect(n.normalise("Xi?an Research Institute of Navigation Technology") == n.normalise("Xi'an Research Institute of Navigation Technology"))
        #expect(n.normalise("Fictional Academy?s 159 Factory") == n.normalise("Fictional Academy's 159 Factory"))
        #expect(n.tokens("Fictional ?Kinostudiya? Studio") == ["fictional", "kinostudiya", "studio"])
        #expect(n.tokens("Who? Institute") == ["who", "institute"])
        #expect(n.tokens("Institute of Fictionation?Novosibirsk Plant (NPO FIIP?NZIK)") == ["institute", "of", "fictionation", "novosibirsk", "plant", "npo", "fiip", "nzik"],
                "before a capital, a lost dash")
        #expect(n.tokens("Fict?9 Lab") == ["fict", "9", "laboratory"], "a letter and a digit stay apart")
    }
}
