import Foundation
import RSDDAssess
import RSDDCore
import RSDDParse
import RSDDResolve
import Testing
import TestSupport

/// ROR's real records (../shared/data/ror, 2,281 schema-v2 files) as one registry array, joined
/// to the real Section 1286 list: a tie written 山东大学 reaches the listed "Shandong University".
@Suite struct RealRegistryTests {
    static func registry(_ data: URL) throws -> (SourceSpec, URL) {
        let dir = data.appendingPathComponent("ror/records")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
        var array = Data("[".utf8)
        for (i, f) in files.enumerated() {
            if i > 0 { array += Data(",".utf8) }
            array += try Data(contentsOf: dir.appendingPathComponent(f))
        }
        array += Data("]".utf8)
        let url = try makeTemporaryDirectory("rsdd-ror").appendingPathComponent("ror.json")
        try array.write(to: url)
        let spec = try YAMLFile.load(SourceSpec.self, from: repositoryRoot.appendingPathComponent("sources.d/ror.yml"), displayPath: "sources.d/ror.yml")
        return (spec, url)
    }

    @Test func theRegistryJoinsATieInChineseToTheSection1286Listing() throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the real registry test needs it")
            return
        }
        let (rorSpec, rorFile) = try Self.registry(data)
        let ror = try RORReader(source: rorSpec).read(contentsOf: rorFile, file: "ror.json")
        #expect(ror.count == 2278, "2,281 records, of which 3 withdrawn (not organisations any more)")
        #expect(ror.allSatisfy { $0.category == .registry })
        let sdu = try #require(ror.first { $0.aliases.contains("山东大学") })
        #expect(sdu.name == "Shandong University")
        #expect(sdu.country == "CN")
        #expect(sdu.identifiers["grid"] != nil)
        #expect(ror.contains { !$0.parents.isEmpty }, "parent relationships are kept")

        let spec = try YAMLFile.load(SourceSpec.self, from: repositoryRoot.appendingPathComponent("sources.d/us-dod-1286.yml"), displayPath: "sources.d/us-dod-1286.yml")
        var listed: [Record] = []
        _ = try RecordExtractor(source: spec).read(contentsOf: data.appendingPathComponent("lists/us_dod_1286/section_1286.csv"), file: "section_1286.csv") { listed.append($0) }
        let p = Provenance(source: spec.id, title: spec.title, url: "file:///1286.csv", retrieved: "2026-11-18T00:00:00Z", sha256: String(repeating: "0", count: 64))
        let index = ListIndex(records: listed + ror, provenance: [spec.id: p])
        func listings(_ org: String) -> [Listing] { index.listings(for: Tie(member: "m1", type: .employment, org: org, origin: .declared)) }

        let viaRegistry = listings("山东大学")
        #expect(viaRegistry.contains { $0.record.name == "Shandong University" }, "the registry joins the Chinese name to the listing")
        // (Through the registry, or through the lists' table of other names, round 33, which gives the
        // listing its Chinese name: each says how.)
        #expect(viaRegistry.allSatisfy { $0.match.features["via"]?.contains("ROR") == true || $0.match.features["resolved"] != nil
            || $0.match.features["other_name"] != nil })
        // One institution listed once per fiscal year is one organisation: one entity, every listing.
        let chongqing = listings("Chongqing University")
        #expect(chongqing.count >= 2)
        #expect(Set(chongqing.compactMap(\.entity)).count == 1)
        #expect(!chongqing.contains { $0.record.name == "Chongqing University of Technology" })
        // No registry organisation becomes a finding on its own.
        #expect(listings("Universidad Nacional de Río Cuarto").isEmpty)
    }
}
