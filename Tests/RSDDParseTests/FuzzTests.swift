import Foundation
import RSDDCore
import RSDDParse
import Testing
import TestSupport
import ZIPFoundation

/// Random bytes and mutated real files through every reader: each input either parses or fails
/// with a `ParseError` that names the source; nothing crashes or hangs. CI tries the same 10,000
/// inputs on every machine (a few seconds; `RSDD_FUZZ_INPUTS` for another count); `make fuzz` runs
/// it for a time (`RSDD_FUZZ_SECONDS`) from another seed (`RSDD_FUZZ_SEED`). `RSDD_FUZZ_TRACE`
/// names each input on standard error before it is read, so that a hang shows its input.
@Suite struct FuzzTests {
    /// A reader under test: its format, a declaration, and the seed inputs it is fuzzed from.
    struct Target {
        var format: String
        var spec: SourceSpec?
        var seeds: [Data]
    }

    static func declaration(_ format: String, _ records: String) throws -> SourceSpec {
        try YAMLFile.decode(SourceSpec.self, yaml: """
        id: fuzz-\(format)
        title: Fuzz \(format)
        url: fuzz.\(format)
        format: \(format)
        records:
        \(records)
        """, displayPath: "sources.d/fuzz-\(format).yml")
    }

    /// The seeds: the demo's own snapshots, and the real files of ../shared/data where present
    /// (their first 64 KB, so that each run tries many inputs).
    static func targets() throws -> [Target] {
        let demo = repositoryRoot.appendingPathComponent("examples/demo/snapshots")
        func file(_ url: URL, limit: Int = 64 << 10) -> Data? { (try? Data(contentsOf: url)).map { $0.prefix(limit) } }
        let shared = sharedData
        func real(_ path: String, limit: Int = 64 << 10) -> [Data] {
            guard let shared else { return [] }
            return file(shared.appendingPathComponent(path), limit: limit).map { [$0] } ?? []
        }
        let orcids = (try? FileManager.default.contentsOfDirectory(atPath: demo.appendingPathComponent("orcid").path))?.sorted() ?? []
        return [
            Target(format: "html", spec: try declaration("html", "  path: //table//tr\n  fields:\n    id: td[1]\n    name: td[2]\n    aliases: td[3]//li"),
                   seeds: [file(demo.appendingPathComponent("list.html"))].compactMap { $0 } + real("lists/html/in_mha_banned_organisations.html")),
            Target(format: "xml", spec: try declaration("xml", "  path: //entity\n  fields:\n    id: string(@id)\n    name: name\n    aliases: alias"),
                   seeds: [file(demo.appendingPathComponent("consolidated.xml"))].compactMap { $0 } + real("lists/un/UN_consolidated.xml")),
            Target(format: "xml", spec: try declaration("xml", "  path: /list/entity\n  fields:\n    name: name\n    country: string(../@country)"),
                   seeds: [file(demo.appendingPathComponent("consolidated.xml"))].compactMap { $0 }),
            Target(format: "csv", spec: try declaration("csv", "  fields:\n    id: id\n    name: name\n    aliases: {select: alt_names, split: ';'}"),
                   seeds: [Data("id,name,alt_names\n1,\"Kestrel, Works\",\"K1;K2\"\n2,Minato,\n".utf8)] + real("lists/us_csl/csl_2023-11_excerpt.csv")),
            Target(format: "json", spec: try declaration("json", "  path: items\n  fields:\n    id: id\n    name: name"),
                   seeds: [Data(#"{"items": [{"id": 1, "name": "Kestrel Works"}, {"id": "2", "name": ["x"]}]}"#.utf8)]
                       + real("openalex/work_W2741809807.json") + real("researchmap/wakanakuwata_excerpt.json")),
            Target(format: "xlsx", spec: try declaration("xlsx", "  fields:\n    name: A\n    id: B"),
                   seeds: [try workbook(sheet: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c><c r=\"B1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>")]
                       + [craftedZip([.deflated("xl/workbook.xml", ZipTests.workbook, cut: true)])]
                       + real("lists/jp_meti_eul/meti_end_user_list_20250929.xlsx", limit: .max)),
            // Beside the records (of 9999-0000-0000-0043 and others): answers that are no record.
            Target(format: "orcid", spec: nil,
                   seeds: orcids.compactMap { file(demo.appendingPathComponent("orcid/\($0)")) } + [
                       #"<error:error xmlns:error="http://www.orcid.org/ns/error"><error:response-code>503</error:response-code></error:error>"#,
                       #"<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Service unavailable</h1></body></html>"#,
                   ].map { Data($0.utf8) }),
            // Beside the profiles (of demo-kakuu-aoi and another): answers without the permalink.
            Target(format: "researchmap", spec: nil,
                   seeds: [file(demo.appendingPathComponent("researchmap/demo-kakuu-aoi.json"))].compactMap { $0 } + real("researchmap/wakanakuwata_excerpt.json") + [
                       #"{"@graph": [{"@type": "research_experience", "items": [{"rm:id": "1", "affiliation": {"en": "Fictional Institute"}}]}]}"#,
                       #"{"permalink": "someone-else", "affiliations": []}"#,
                   ].map { Data($0.utf8) }),
            Target(format: "kaken", spec: nil,
                   seeds: [file(demo.appendingPathComponent("kaken/90000001.json"))].compactMap { $0 } + real("kaken/nrid_researchers_osaka_2022.json")),
        ]
    }

    /// A minimal workbook whose one sheet holds `sheet` (rows), with one shared string.
    static func workbook(sheet: String) throws -> Data {
        let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
        let parts = [
            ("xl/workbook.xml", "<workbook \(ns)><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/sharedStrings.xml", "<sst \(ns)><si><t>Kestrel Works (fictional)</t></si></sst>"),
            ("xl/worksheets/sheet1.xml", "<worksheet \(ns)><sheetData>\(sheet)</sheetData></worksheet>"),
        ]
        return try zipArchive(parts)
    }

    /// One mutation of `seed`: bytes flipped, inserted or deleted, a cut, a repeated chunk, markup
    /// spliced in, or random bytes altogether.
    static func mutate(_ seed: Data, _ r: inout SplitMix) -> Data {
        var d = [UInt8](seed)
        let splices: [[UInt8]] = ["<", ">", "</", "<x>", "]]>", "<!--", "&#0;", "&amp", "\"", ",", "\n", "{", "[", "\\u0000", "\u{FEFF}",
                                  "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", String(repeating: "<a>", count: 300)].map { Array($0.utf8) }
        for _ in 0..<(1 + r.below(8)) {
            switch r.below(8) {
            case 0 where !d.isEmpty: d[r.below(d.count)] = UInt8(truncatingIfNeeded: r.next())
            case 1: d.insert(UInt8(truncatingIfNeeded: r.next()), at: r.below(d.count + 1))
            case 2 where !d.isEmpty: d.remove(at: r.below(d.count))
            case 3 where !d.isEmpty: d = Array(d.prefix(r.below(d.count)))
            case 4 where d.count > 2:
                let a = r.below(d.count - 1)
                let b = min(d.count, a + 1 + r.below(256))
                d.insert(contentsOf: d[a..<b], at: r.below(d.count + 1))
            case 5: d.insert(contentsOf: splices[r.below(splices.count)], at: r.below(d.count + 1))
            case 6: d = (0..<r.below(2048)).map { _ in UInt8(truncatingIfNeeded: r.next()) }
            default: if !d.isEmpty { d[r.below(d.count)] ^= UInt8(1 << r.below(8)) }
            }
        }
        return Data(d)
    }

    /// Reads `input` with `target`'s reader: nil when it parsed, else the error's text; an error
    /// of another type than `ParseError`, or one that does not name its source, is a failure.
    static func read(_ input: Data, _ target: Target) -> String? {
        do {
            if let spec = target.spec {
                _ = try RecordExtractor(source: spec).extract(input, file: "fuzz.\(target.format)")
            } else if target.format == "researchmap" {
                // Whoever's it is, then as the declared member's (which it may not be).
                _ = try ResearchmapReader(source: "fuzz-researchmap").read(input, file: "fuzz.json", permalink: nil)
                _ = try ResearchmapReader(source: "fuzz-researchmap").read(input, file: "fuzz.json", permalink: "demo-kakuu-aoi")
            } else if target.format == "kaken" {
                _ = try KakenReader(source: "fuzz-kaken").readAll(input, file: "fuzz.json")
                _ = try KakenReader(source: "fuzz-kaken").read(input, file: "fuzz.json", researcher: "90000001")
            } else {
                _ = try ORCIDReader(source: "fuzz-orcid").read(input, file: "fuzz.xml", orcid: nil)
                _ = try ORCIDReader(source: "fuzz-orcid").read(input, file: "fuzz.xml", orcid: "9999-0000-0000-0043")
            }
            return nil
        } catch let e as ParseError {
            return e.description
        } catch {
            return "NOT A ParseError: \(error)"
        }
    }

    @Test(.timeLimit(.minutes(30)))
    func everyReaderSurvivesRandomAndMutatedInput() throws {
        let env = ProcessInfo.processInfo.environment
        let seconds = Double(env["RSDD_FUZZ_SECONDS"] ?? "")
        let count = Int(env["RSDD_FUZZ_INPUTS"] ?? "") ?? 10_000
        let seed = UInt64(env["RSDD_FUZZ_SEED"] ?? "") ?? 20_261_126
        let targets = try Self.targets().filter { !$0.seeds.isEmpty }
        let started = Date()
        var tried = 0
        var failed = 0
        var parsed = 0
        // Round-robin over the readers, each input from its own seed; CI tries a fixed number of
        // inputs (the same on every machine), `make fuzz` as many as its time allows.
        func more() -> Bool { seconds.map { Date().timeIntervalSince(started) < $0 } ?? (tried < count) }
        while more() {
            let target = targets[tried % targets.count]
            let inputSeed = seed &+ UInt64(tried)
            var r = SplitMix(state: inputSeed)
            let input = Self.mutate(target.seeds[r.below(target.seeds.count)], &r)
            tried += 1
            if env["RSDD_FUZZ_TRACE"] != nil { FileHandle.standardError.write(Data("input \(inputSeed) (\(target.format))\n".utf8)) }
            guard let error = Self.read(input, target) else {
                parsed += 1
                continue
            }
            failed += 1
            let id = target.spec?.id ?? "fuzz-\(target.format)"
            #expect(error.contains("source \(id)"), "input \(inputSeed) (\(target.format)): \(error)")
            #expect(!error.contains("\n"), "input \(inputSeed) (\(target.format)): a multi-line error")
        }
        #expect(tried > 0)
        if seconds != nil || env["RSDD_FUZZ_INPUTS"] != nil {
            print("fuzz: \(tried) inputs in \(String(format: "%.0f", Date().timeIntervalSince(started))) s from seed \(seed): \(parsed) parsed, \(failed) refused with a ParseError naming the source")
        }
    }
}
