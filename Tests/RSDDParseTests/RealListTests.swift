import Foundation
import RSDDCore
import RSDDParse
import Testing
import TestSupport

/// The repository's own declarations (`sources.d/`) read the real published files in
/// `../shared/data/lists`. Counts are those of the data's MANIFEST, made without rsdd.
@Suite struct RealListTests {
    func declaration(_ id: String) throws -> SourceSpec {
        let url = repositoryRoot.appendingPathComponent("sources.d/\(id).yml")
        return try YAMLFile.load(SourceSpec.self, from: url, displayPath: "sources.d/\(id).yml")
    }

    /// Reads `file` (under lists/) with declaration `id`; nil (and a message) when the data is absent.
    func read(_ id: String, _ file: String) throws -> Extraction? {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the real-list tests need it")
            return nil
        }
        let url = data.appendingPathComponent("lists/\(file)")
        var records: [Record] = []
        let warnings = try RecordExtractor(source: try declaration(id)).read(contentsOf: url, file: file) { records.append($0) }
        return Extraction(records: records, warnings: warnings)
    }

    @Test(arguments: [
        // The excerpt ends in the middle of a quoted field: the MANIFEST counts that cut row
        // (4227), rsdd skips it with a warning (below), so 4226.
        ("us-csl", "us_csl/csl_2023-11_excerpt.csv", 4226),
        ("us-csl", "us_csl/consolidated_newformat_sample.csv", 13),
        ("us-bis-entity-list", "us_csl/csl_2023-11_excerpt.csv", 919),
        ("us-bis-dpl", "us_bis/dpl.txt", 546),
        ("us-dod-1286", "us_dod_1286/section_1286.csv", 443),
        ("us-section-889", "us_special_leg/section_889.csv", 5),
        ("us-section-154", "us_special_leg/section_154.csv", 6),
        ("us-section-5949", "us_special_leg/section_5949.csv", 3),
        ("us-inksna", "us_special_leg/inksna.csv", 28),
        ("un-consolidated", "un/UN_consolidated.xml", 730 + 273),
        ("ofac-consolidated", "ofac/CONS_ENHANCED.XML", 443),
        ("jp-meti-eul", "jp_meti_eul/meti_end_user_list_20250929.xlsx", 835),
        ("afdb-debarred", "html/afdb_debarred_entities.html", 1006),
        ("in-mha-banned", "html/in_mha_banned_organisations.html", 39),
        // 13 rows, of which 2 name no company (foreign-produced drones and routers in general).
        ("us-fcc-covered", "html/us_fcc_covered_list_table.html", 11),
    ])
    func recordCountsMatchTheManifest(id: String, file: String, count: Int) throws {
        guard let x = try read(id, file) else { return }
        #expect(x.records.count == count)
        if file.hasPrefix("us_csl/csl_") {
            #expect(x.warnings.map(\.description) == ["us_csl/csl_2023-11_excerpt.csv:4233: source \(id): the last row has a quoted field that is never closed (line 4233): truncated file? Row skipped"])
        } else {
            #expect(x.warnings.isEmpty, "\(x.warnings.map(\.description))")
        }
        #expect(x.records.allSatisfy { !$0.name.isEmpty && $0.source == id })
    }

    @Test func theConsolidatedScreeningListSkipsItsRepeatedHeaderAndSplitsAliases() throws {
        guard let x = try read("us-csl", "us_csl/csl_2023-11_excerpt.csv") else { return }
        let r = try #require(x.records.first { $0.id == "30882" })
        #expect(r.name == "China Telecom Corporation Limited")
        #expect(r.aliases == ["CHINA TELECOM", "CHINA TELECOM CO., LTD", "CHINA TELECOM CORP LTD"])
        #expect(r.kind == .organisation)
        #expect(r.category == .sanctions)
        #expect(!x.records.contains { $0.name == "name" }, "the repeated header is not a record")
        #expect(x.records.filter { $0.kind == .person }.count == 1124) // 1125 Individual rows, less the cut last one
    }

    /// The CSL gives a country only at the end of each address: an organisation's country is
    /// that code, and none when its addresses are in two countries (no one country may veto).
    @Test func theEntityListGivesTheCountryItsAddressesEndWith() throws {
        guard let x = try read("us-bis-entity-list", "us_csl/csl_2023-11_excerpt.csv") else { return }
        #expect(x.records.first { $0.name == "All-Russian Scientific Research Institute of Experimental Physics (VNIIEF)" }?.country == "RU")
        #expect(x.records.first { $0.name == "Nuclear Research Center" }?.country == "IL")
        #expect(x.records.first { $0.name == "Abdul Satar Ghoura" }.map { $0.country == nil } == true, "addresses in AF and PK")
    }

    @Test func theUNListReadsEntitiesAndKeepsIndividualsAsPersonsWithoutCountry() throws {
        guard let x = try read("un-consolidated", "un/UN_consolidated.xml") else { return }
        #expect(x.records.filter { $0.kind == .organisation }.count == 273)
        #expect(x.records.filter { $0.kind == .person }.count == 730)
        let adf = try #require(x.records.first { $0.id == "CDe.001" })
        #expect(adf.name == "ADF")
        #expect(adf.aliases.contains("Allied Democratic Forces"))
        #expect(adf.aliases.contains("ADF/NALU"))
        #expect(adf.country == "Democratic Republic of the Congo")
        let person = try #require(x.records.first { $0.id == "CDi.001" })
        #expect(person.name == "ERIC BADEGE")
        #expect(person.kind == .person)
        #expect(person.country == nil)
        #expect(x.records.allSatisfy { $0.kind != .person || $0.country == nil })
    }

    @Test func theOFACListIsStreamedWithItsNamespace() throws {
        guard let x = try read("ofac-consolidated", "ofac/CONS_ENHANCED.XML") else { return }
        #expect(x.records.filter { $0.kind == .organisation }.count == 363)
        #expect(x.records.filter { $0.kind == .person }.count == 80)
        let bank = try #require(x.records.first { $0.id == "15268" })
        #expect(bank.name == "BANK OF KUNLUN CO LTD")
        #expect(bank.aliases == ["KARAMAY URBAN CREDIT COOPERATIVES", "KARAMAY CITY COMMERCIAL BANK CO LTD."])
        #expect(bank.country == "China")
        let person = try #require(x.records.first { $0.id == "9639" })
        #expect(person.name == "HANIYA, Ismail Abdul Salah")
        #expect(person.kind == .person)
    }

    @Test func theMETISpreadsheetGivesNamesAliasesAndCountriesInBothScripts() throws {
        guard let x = try read("jp-meti-eul", "jp_meti_eul/meti_end_user_list_20250929.xlsx") else { return }
        let first = try #require(x.records.first { $0.name == "Al Qa'ida/Islamic Army" })
        #expect(first.id.hasPrefix("c"), "keyed by content, not by METI's row number")
        #expect(first.name == "Al Qa'ida/Islamic Army")
        #expect(first.country == "アフガニスタン Islamic Republic of Afghanistan")
        let utn = try #require(x.records.first { $0.name == "Ummah Tameer E-Nau (UTN)" })
        #expect(utn.name == "Ummah Tameer E-Nau (UTN)")
        #expect(utn.aliases.first == "FOUNDATION FOR CONSTRUCTION")
        #expect(utn.aliases.contains("UMMAT TAMIR-I-PAU"))
        #expect(utn.aliases.count == 10)
        #expect(x.records.allSatisfy { $0.category == .entityOfConcern })
    }

    @Test func htmlListsReadTheRightCellsAndNeverTheNationalityColumn() throws {
        guard let afdb = try read("afdb-debarred", "html/afdb_debarred_entities.html") else { return }
        let firm = try #require(afdb.records.first)
        #expect(firm.name == "Marseille for Engineering & Trading S.A.L. Offshore (doing business as MUE Group)")
        #expect(firm.kind == .organisation)
        #expect(firm.country == nil)
        #expect(afdb.records.first { $0.name == "A K M Shahid Ullah" }?.kind == .person)
        #expect(!afdb.records.contains { $0.name == "Lebanon" || $0.aliases.contains("Lebanon") })

        let fcc = try #require(try read("us-fcc-covered", "html/us_fcc_covered_list_table.html"))
        #expect(fcc.records.first?.name == "Huawei Technologies Company")
        #expect(fcc.records.contains { $0.name == "AO Kaspersky Lab" })

        let mha = try #require(try read("in-mha-banned", "html/in_mha_banned_organisations.html"))
        #expect(mha.records.first { $0.id == "1" }?.name == "Babbar Khalsa International")
    }

    @Test func statutoryListsSplitAliasesAndMapSchemaToKind() throws {
        guard let x = try read("us-dod-1286", "us_dod_1286/section_1286.csv") else { return }
        let beihang = try #require(x.records.first { $0.aliases.contains("Beihang University") })
        #expect(beihang.aliases == ["BUAA", "Beihang University"])
        #expect(x.records.allSatisfy { $0.category == .researchInstitutionOfConcern })
        let inksna = try #require(try read("us-inksna", "us_special_leg/inksna.csv"))
        #expect(inksna.records.filter { $0.kind == .person }.count == 14)
        #expect(inksna.records.first { $0.name == "EXPTRANS GMBH S.A.R.L." }?.country == "Lebanon")
    }

    @Test func everyDeclarationInSourcesDIsValid() throws {
        let ws = Workspace(root: repositoryRoot)
        let sources = try ws.loadSources()
        #expect(sources.count >= 15)
        for s in sources where !s.isPerMember {
            if s.format != .ror { _ = try RecordExtractor(source: s) }
            #expect(s.category != nil, "\(s.id): no category")
        }
    }
}
