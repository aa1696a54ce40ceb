import Foundation
import RSDDCore
import RSDDParse
@testable import RSDDResolve
import Testing

/// Name forms read from held-out sets 28 and 29 (round 15). Organisations are fictional; places
/// and countries are real only where a rule reads them.
@Suite struct Round15NameFormTests {
    @Test func aRussianAcronymWithLowerCaseDigraphsIsTheListsCapitals() {
        #expect(NameParts.isMixedCaseAcronym("TsNIIKhM"))
        #expect(NameParts.isMixedCaseAcronym("SibNIA"))
        #expect(NameParts.isMixedCaseAcronym("NIIMash"))
        #expect(!NameParts.isMixedCaseAcronym("TSNIIKHM"))
        #expect(!NameParts.isMixedCaseAcronym("BioNTech"))
        #expect(!NameParts.isMixedCaseAcronym("McGill"))
        #expect(!NameParts.isMixedCaseAcronym("Moscow"))
        // Lower-case runs that are not Russian's: a compound's formula, a technique, a university's letters.
        #expect(!NameParts.isMixedCaseAcronym("AlGaN"))
        #expect(!NameParts.isMixedCaseAcronym("LiDAR"))
        #expect(!NameParts.isMixedCaseAcronym("UrFU"))
        let index = EntityIndex(records: [
            Record(source: "l", id: "t", name: "Federal State Unitary Enterprise Central Scientific Research Institute of Fictistry and Mechanics",
                   aliases: ["TSFIIKHM", "FSUE TSFIIKHM"], category: .researchInstitutionOfConcern, country: "Russia"),
        ])
        #expect(index.listedIDs("TsFIIKhM, Moscow, Russia") == ["t"])
        // Letters of a form of body round it (a State Research Centre of the Russian Federation,
        // a joint-stock company) leave it alone.
        #expect(index.listedIDs("SRC RF TsFIIKhM, Moscow 115487, Russia") == ["t"])
        #expect(index.listedIDs("JSC TsFIIKhM, Moscow, Russia") == ["t"])
        #expect(index.listings(for: OrganisationQuery(name: "JSC TsFIIKhM, Moscow, Russia")).first?.explanation.features["printed_acronym"] != nil)
        // An alias cell written so ("SibFIA") is the listing's acronym too.
        let sib = EntityIndex(records: [
            Record(source: "l", id: "s", name: "Fictberian Scientific-Research Institute of Aviation", aliases: ["SibFIA"], category: .researchInstitutionOfConcern, country: "Russia"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        #expect(sib.listedIDs("SibFIA, Novosibirsk, Russia") == ["s"])
        #expect(sib.listedIDs("SibFIA, Almaty, Kazakhstan").isEmpty)
        // Another country's line is not it; a part with a word of its own is not the letters alone.
        #expect(index.listedIDs("TsFIIKhM, Almaty, Kazakhstan").isEmpty)
        #expect(index.listedIDs("TsFIIKhM Fictional Laboratory, Moscow, Russia").isEmpty)
    }

    @Test func aRussianNameInLatinLettersStandsForItsAcronym() {
        #expect(NameParts.russianAcronyms("NII FIKTIVNOI ELEKTRONIKI I ZAVOD FIKTRON PAO").contains("NIIFE"))
        #expect(NameParts.russianAcronyms("Tsentralny Nauchno-Issledovatelski Institut Khimii I Mekhaniki, FGUP").contains("TSNIIKHM"))
        // An English name, four letters, or letters far before NII: none.
        #expect(NameParts.russianAcronyms("Joint Stock Company Scientific Research Institute of Computer Engineering NII SVT").isEmpty)
        #expect(NameParts.russianAcronyms("JSC NIIP, f.k.a., Otkrytoe Aktsionernoe Obshchestvo Nauchno Issledovatelski Institut Priborostroeniya Imeni V.V. Fictomirova").isEmpty)
        let index = EntityIndex(records: [
            Record(source: "l", id: "f", name: "Fiktron", aliases: ["NII FIKTIVNOI ELEKTRONIKI I ZAVOD FIKTRON PAO"], category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("AO NIIFE, Zelenograd, Moscow, Russia") == ["f"])
        #expect(index.listedIDs("NIIFE, Minsk, Belarus").isEmpty)
    }

    @Test func aviationAndAeronauticsTranslateOneWord() {
        #expect(PairScorer.compared(["aeronautical"]) == ["aviation"])
        #expect(PairScorer.compared(["aeronautics"]) == ["aviation"])
        #expect(PairScorer.compared(["automatics"]) == ["automation"])
        let n = NameNormaliser()
        #expect(PairScorer.compared(n.tokens("North Fictchina Res Inst Electroopt")) == PairScorer.compared(n.tokens("North Fictchina Research Institute of Electro-Optics")))
        let index = EntityIndex(records: [
            Record(source: "l", id: "n", name: "Fictnaval Aviation University", category: .researchInstitutionOfConcern, country: "China"),
            Record(source: "l", id: "s", name: "Fictberian Scientific-Research Institute of Aviation N.A. S.A. Fictplygin", category: .researchInstitutionOfConcern, country: "Russia"),
        ])
        #expect(index.listedIDs("Coast Defense College, Fictnaval Aeronautical University, Yantai 264001, China") == ["n"])
        #expect(index.listedIDs("Fictberian Aeronautical Research Institute named after S.A. Fictplygin, Novosibirsk 630051, Russia") == ["s"])
        #expect(index.listedIDs("Fictnaval Aeronautical University, Ankara, Turkey").isEmpty)
    }

    @Test func aUnitsInstitutionIsItsInstitute() {
        #expect(PairScorer.compared(["field", "blood", "transfusion", "institution"]).last == "institute")
        #expect(PairScorer.compared(["federal", "state", "budgetary", "institution"]).last == "institution")
        let index = EntityIndex(records: [
            Record(source: "l", id: "f", name: "Academy of Fictional Medical Sciences, Field Fictblood Transfusion Institution",
                   category: .researchInstitutionOfConcern, country: "China"),
            Record(source: "l", id: "p", name: "Academy of Fictional Medical Sciences, Institute of Fictology and Pharmacology",
                   category: .researchInstitutionOfConcern, country: "China"),
        ])
        #expect(index.listedIDs("Institute of Field Fictblood Transfusion, Academy of Fictional Medical Sciences, Beijing 100850, China") == ["f"])
        // The unit's own name after a place, its words in another order, without the parent: a
        // finding since round 23, where the listing gives no address (the 1286 list's) and the name
        // has a word of its own, in the listing's country.
        let placed = index.lookup(OrganisationQuery(name: "State Key Laboratory of Fictology, Beijing Institute of Pharmacology and Fictology, Beijing 100850, China"))
        #expect(placed.listings.contains { $0.record.id == "p" && $0.explanation.features["unit_after_place"] != nil })
        // At a place that is not the listing's address: the listed unit or another of that name,
        // for review.
        let addressed = EntityIndex(records: [
            Record(source: "l", id: "s", name: "Academy of Fictional Medical Sciences, Institute of Fictology and Pharmacology",
                   category: .researchInstitutionOfConcern, country: "China", places: ["Shanghai"]),
        ])
        let elsewhere = addressed.lookup(OrganisationQuery(name: "State Key Laboratory of Fictology, Beijing Institute of Pharmacology and Fictology, Beijing 100850, China"))
        #expect(elsewhere.listings.isEmpty)
        #expect(elsewhere.near.contains { $0.record.id == "s" && $0.explanation.features["place_before_unit"] != nil })
    }

    @Test func aCompanysQuotedNameBeforeNamedAfterIsANameOfIt() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "i", name: "\"Fictiskra\" Engineering Design Bureau JSC named after I.I. Fictukov", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "g", name: "Institute of Fictphysics named after P.N. Fictedev", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fictiskra Engineering Design Bureau, Moscow, Russia") == ["i"])
        // Without quotation marks the name before "named after" may be a generic one: not a name.
        #expect(index.listedIDs("Institute of Fictphysics, Moscow, Russia").isEmpty)
        // Nor where the marks hold a descriptive name, not one of its own.
        let generic = EntityIndex(records: [
            Record(source: "l", id: "g", name: "JSC “Research Institute of Fictument Engineering” named after V.V. Fictomirov", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        #expect(generic.listedIDs("Research Institute of Fictument Engineering, Fictovsk, Russia").isEmpty)
    }

    @Test func aNamePrintedWithThePersonTheListingIsNamedAfter() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "p", name: "Fictomirov Scientific Research Institute of Instrument Design, JSC",
                   aliases: ["JSC FIIP, f.k.a., Otkrytoe Aktsionernoe Obshchestvo Nauchno Issledovatelski Institut Priborostroeniya Imeni V.V. Fictomirova"],
                   category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "y", name: "Fictova Design Bureau", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("FIIP named after V. V. Fictomirov, Moscow Region, Russia") == ["p"])
        let why = index.listings(for: OrganisationQuery(name: "FIIP named after V. V. Fictomirov, Moscow Region, Russia")).first?.explanation.features ?? [:]
        #expect(why["named_after"] != nil && why["acronym_only"] == nil)
        // In quotation marks, beside the group it belongs to (read in a window of parts).
        #expect(index.listedIDs("JSC “FIIP named after V. V. Fictomirov”, Fictova Design Bureau, Moscow Region, Russia").contains("p"))
        // Another person, another country, or the letters alone: not two pieces of evidence.
        #expect(index.listedIDs("FIIP named after A. B. Fictorov, Moscow Region, Russia").isEmpty)
        #expect(index.listedIDs("FIIP named after V. V. Fictomirov, Almaty, Kazakhstan").isEmpty)
        #expect(index.listedIDs("FIIP, Fictovsky, Russia").isEmpty)
    }

    @Test func aQuotedNameInAnotherTransliterationNamesTheListing() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "St. Petersburg Marine Bureau of Machine Building Fictmalakhit", aliases: ["SPMBF Fictmalakhit", "Fictmalakhit"],
                   category: .entityOfConcern, country: "RU"),
            // (Other listings, so that the words weigh what they weigh in a list.)
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "y", name: "Fictova Design Bureau", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("JSC “SPMBF “Fictmalachite”, St. Petersburg, Russia") == ["m"])
        #expect(index.listedIDs("JSC “SPMBF “Fictgranit”, St. Petersburg, Russia").isEmpty)
        #expect(index.listedIDs("JSC “SPMBF “Fictmalachite”, Almaty, Kazakhstan").isEmpty)
    }
}

/// A co-author's printed line read with the institution OpenAlex assigned and the line does not
/// print (issue 17's first cause: only a parent assigned, the unit printed). Fictional names.
@Suite struct AssignedParentTests {
    static let provenance = Provenance(source: "l", title: "Fictional list", url: "file:///x/list.html",
                                       retrieved: "2026-01-01T00:00:00Z", sha256: String(repeating: "a", count: 64))
    static let records = [
        Record(source: "l", id: "amfs", name: "Academy of Fictional Medical Sciences", category: .researchInstitutionOfConcern, country: "China"),
        Record(source: "l", id: "unit", name: "Academy of Fictional Medical Sciences, Institute of Fictology and Pharmacology",
               category: .researchInstitutionOfConcern, country: "China"),
        Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
    ]

    func tie(_ line: String, assigned: [String]?) -> Tie {
        Tie(member: "m", type: .coauthorship, org: line, origin: .publicRecord,
            work: WorkRef(id: "W1", rawAffiliations: [line], assignedInstitutions: assigned))
    }

    func read(_ printed: [String]) throws -> [PublicTie] {
        let work: [String: Any] = ["id": "https://openalex.org/W1", "publication_date": "2025-03-01", "authorships": [
            ["author": ["orcid": "https://orcid.org/9999-0000-0000-0019"], "institutions": [["display_name": "Home College"]]],
            ["author_position": "middle", "institutions": [["display_name": "Academy of Fictional Medical Sciences", "country_code": "CN"]],
             "raw_affiliation_strings": printed],
        ]]
        return try OpenAlexReader(source: "openalex").read([try JSONSerialization.data(withJSONObject: work)], file: "w", members: ["9999-0000-0000-0019"])
    }

    @Test func theReaderKeepsTheInstitutionsALineDoesNotPrint() throws {
        let one = try read(["Institute of Pharmacology and Fictology, Beijing 100850, China"])
        let unit = try #require(one.first { $0.org.hasPrefix("Institute of Pharmacology") })
        #expect(unit.work?.assignedInstitutions == ["Academy of Fictional Medical Sciences"])
        // A co-author of two printed lines: OpenAlex's institutions are the co-author's, not one
        // line's, and are kept for neither.
        let two = try read(["Institute of Radiation Fictology, Tianjin 300192, China", "Academy of Fictional Medical Sciences, Beijing, China"])
        let other = try #require(two.first { $0.org.hasPrefix("Institute of Radiation") })
        #expect(other.work?.assignedInstitutions == nil)
    }

    @Test func aUnitPrintedUnderTheAssignedParentIsItsListing() {
        let lists = ListIndex(records: Self.records, provenance: ["l": Self.provenance])
        let line = "State Key Laboratory of Fictology, Institute of Pharmacology and Fictology, Beijing 100850, China"
        let found = lists.listings(for: tie(line, assigned: ["Academy of Fictional Medical Sciences"]))
        #expect(found.map(\.record.id) == ["unit"])
        #expect(found.first?.match.features["assigned_parent"] != nil)
        // Without the assigned parent the line names no listing.
        #expect(lists.listings(for: tie(line, assigned: nil)).isEmpty)
        // A line that prints a university of its own: the unit is as often that one's.
        #expect(lists.listings(for: tie("Institute of Pharmacology and Fictology, Fictional University, Beijing, China",
                                        assigned: ["Academy of Fictional Medical Sciences"])).isEmpty)
        // Another parent assigned: nothing listed under it.
        #expect(lists.listings(for: tie(line, assigned: ["Fictional Chemical Company"])).isEmpty)
        // A line of two affiliations is not read so; nor one of another country than the unit's.
        #expect(lists.listings(for: tie(line + "; Fictional Plant, Moscow, Russia", assigned: ["Academy of Fictional Medical Sciences"])).isEmpty)
        #expect(lists.listings(for: tie("Institute of Pharmacology and Fictology, Tokyo, Japan", assigned: ["Academy of Fictional Medical Sciences"])).isEmpty)
    }
}
