import Foundation
import RSDDCore
import RSDDParse
import Testing
import TestSupport
import ZIPFoundation

/// A zip archive of text files (path, text), as a workbook is one.
func zipArchive(_ parts: [(String, String)]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
            data.subdata(in: Int(pos)..<Int(pos) + size)
        }
    }
    return try #require(archive.data)
}

/// A source declaration from YAML text, for the tests.
func declare(_ yaml: String) throws -> SourceSpec {
    try YAMLFile.decode(SourceSpec.self, yaml: yaml, displayPath: "sources.d/t.yml")
}

func extract(_ spec: SourceSpec, _ text: String, file: String = "input") throws -> Extraction {
    try RecordExtractor(source: spec).extract(Data(text.utf8), file: file)
}

@Suite struct CSVTests {
    let spec = """
    id: t
    title: T
    url: t.csv
    format: csv
    category: entity-of-concern
    records:
      fields:
        id: "#1"
        name: Clean Name
        aliases: {select: Other Names, split: ";"}
        country: Country
      kind_from: {select: Type, organisation: [Entity], person: [Individual]}
    """

    @Test func quotedFieldsDoubledQuotesLineBreaksAndCRLF() throws {
        let csv = "\u{FEFF}Ref,Clean Name,Other Names,Country,Type\r\n"
            + "A1,\"Harbor, Inc.\",\"HB; \"\"Harbor\"\" Co\",XA,Entity\r\n"
            + "A2,\"Two\nLines Ltd\",,XB,Entity\r\n"
            + "A3,Jo Example,,XC,Individual\r\n"
        let x = try extract(try declare(spec), csv)
        #expect(x.records.map(\.id) == ["A1", "A2", "A3"])
        #expect(x.records[0].name == "Harbor, Inc.")
        #expect(x.records[0].aliases == ["HB", "\"Harbor\" Co"])
        #expect(x.records[1].name == "Two Lines Ltd")
        #expect(x.records[2].kind == .person)
        #expect(x.records[2].country == nil, "no country is kept for a person")
        #expect(x.warnings.isEmpty)
    }

    /// A record whose own category is not one rsdd knows is not read (no rule could ever match
    /// it), with a warning naming the file, the record and the known categories.
    @Test func aRecordOfAnUnknownCategoryIsAWarningAndNotRead() throws {
        let declaration = try declare(spec.replacingOccurrences(of: "country: Country", with: "country: Country\n    category: Kind"))
        let csv = "Ref,Clean Name,Other Names,Country,Type,Kind\nA1,Harbor Inc.,,XA,Entity,sanctions\nA2,Typo Ltd,,XB,Entity,sanctons\nA3,Plain Ltd,,XC,Entity,\n"
        let x = try extract(declaration, csv, file: "t.csv")
        #expect(x.records.map(\.id) == ["A1", "A3"])
        #expect(x.records.map(\.category) == [.sanctions, .entityOfConcern])
        #expect(x.warnings.map(\.description) == ["t.csv: source t: record A2: category 'sanctons' is not a category (known: \(ListCategory.known.joined(separator: ", "))): the record is not read"])
    }

    @Test func aRowWithTheWrongNumberOfFieldsIsAWarningNamingItsLineAndTheRestIsRead() throws {
        let csv = "Ref,Clean Name,Other Names,Country,Type\nA1,One,,XA,Entity\nA2,Two,XB\nA3,Three,,XC,Entity\n"
        let x = try extract(try declare(spec), csv, file: "list.csv")
        #expect(x.records.map(\.name) == ["One", "Three"])
        #expect(x.warnings.map(\.description) == ["list.csv:3: source t: row has 3 fields where the header has 5; skipped"])
    }

    @Test func badUTF8NamesTheLine() throws {
        var data = Data("Ref,Clean Name,Other Names,Country,Type\nA1,One,,XA,Entity\n".utf8)
        data.append(contentsOf: [0x41, 0x32, 0x2C, 0xC3, 0x28, 0x0A])
        let e = #expect(throws: ParseError.self) { try RecordExtractor(source: try declare(spec)).extract(data, file: "bad.csv") }
        #expect(e?.description == "bad.csv:3: source t: not valid UTF-8 text")
    }

    @Test func aDeclaredEncodingIsUsed() throws {
        let latin = try declare(spec.replacingOccurrences(of: "records:\n", with: "records:\n  encoding: latin1\n"))
        var data = Data("Ref,Clean Name,Other Names,Country,Type\nA1,Soci".utf8)
        data.append(0xE9) // é in ISO 8859-1
        data.append(contentsOf: Data("t".utf8))
        data.append(0xE9)
        data.append(contentsOf: Data(" Anonyme,,XA,Entity\n".utf8))
        let x = try RecordExtractor(source: latin).extract(data, file: "latin.csv")
        #expect(x.records.first?.name == "Société Anonyme")
    }

    @Test func anEmptyFileAndAFileOfNoRecordsAreErrors() throws {
        let s = try declare(spec)
        let empty = #expect(throws: ParseError.self) { try extract(s, "", file: "empty.csv") }
        #expect(empty?.description == "empty.csv: source t: the file is empty")
        let none = #expect(throws: ParseError.self) { try extract(s, "Ref,Clean Name,Other Names,Country,Type\n", file: "none.csv") }
        #expect(none?.description.contains("no records found") == true)
    }

    @Test func aColumnMissingFromTheHeaderIsAnErrorListingTheColumns() throws {
        let e = #expect(throws: ParseError.self) { try extract(try declare(spec), "Ref,Name\nA,B\n", file: "changed.csv") }
        #expect(e?.description == "changed.csv:1: source t: column 'Clean Name' is not in the header row (columns: Ref, Name)")
    }

    @Test func whereKeepsOnlyTheNamedListAndConstantsApply() throws {
        let s = try declare("""
        id: t
        title: T
        url: t.tsv
        format: csv
        records:
          delimiter: '\\t'
          where: {select: list, in: [EL]}
          fields:
            name: name
            category: {value: entity-of-concern}
            kind: {value: organisation}
        """)
        let x = try extract(s, "list\tname\nEL\tAlpha\nSDN\tBeta\nEL\tGamma\n")
        #expect(x.records.map(\.name) == ["Alpha", "Gamma"])
        #expect(x.records.allSatisfy { $0.category == .entityOfConcern })
    }
}

@Suite struct DeclarationRefusalTests {
    @Test(arguments: [
        ("country: nationalities", "key 'country': reads 'nationalities'"),
        ("country: NATIONALITY/VALUE", "key 'country': reads 'nationality'"),
        ("country: Place of Birth", "key 'country': reads 'placeofbirth'"),
        ("citizenship: td[3]", "key 'citizenship' is not accepted"),
    ])
    func aFieldThatWouldReadNationalityIsRefused(field: String, message: String) {
        let e = #expect(throws: ConfigError.self) {
            try declare("id: t\ntitle: T\nurl: t.csv\nformat: csv\nrecords:\n  fields:\n    name: name\n    \(field)\n")
        }
        #expect(e?.description.contains(message) == true, "\(e?.description ?? "")")
        #expect(e?.description.hasPrefix("sources.d/t.yml:8") == true, "\(e?.description ?? "")")
    }

    @Test func aFilterOnNationalityIsRefused() {
        let e = #expect(throws: ConfigError.self) {
            try declare("id: t\ntitle: T\nurl: t.csv\nformat: csv\nrecords:\n  where: {select: citizenships, in: [X]}\n  fields:\n    name: name\n")
        }
        #expect(e?.description.contains("reads 'citizenship") == true, "\(e?.description ?? "")")
    }
}

@Suite struct XLSXTests {
    /// A small workbook written for the test: shared strings with rich text and a phonetic guide,
    /// an inline string, a number, a multi-line header, and a second sheet.
    func workbook(extraRows: String = "") throws -> Data {
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let parts: [(String, String)] = [
            ("xl/workbook.xml", """
            <workbook \(ns) xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="Notes" sheetId="1" r:id="rId2"/><sheet name="リスト" sheetId="2" r:id="rId1"/></sheets></workbook>
            """),
            ("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="worksheet" Target="worksheets/sheet2.xml"/></Relationships>
            """),
            ("xl/sharedStrings.xml", """
            <sst \(ns)><si><t>No.</t></si><si><t>企業名
            Company or Organization</t></si><si><t>別名
            Also Known As</t><rPh sb="0" eb="2"><t>ベツメイ</t></rPh></si>\
            <si><r><t>Minato </t></r><r><t>Precision (fictional)</t></r></si>\
            <si><t xml:space="preserve">・MPI
            ・ミナト精密 </t></si></sst>
            """),
            ("xl/worksheets/sheet1.xml", """
            <worksheet \(ns)><sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>\
            <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>4</v></c></row>\
            <row r="4"><c r="A4"><v>2</v></c><c r="B4" t="inlineStr"><is><t>Kestrel Works (fictional)</t></is></c></row>\(extraRows)\
            </sheetData></worksheet>
            """),
            ("xl/worksheets/sheet2.xml", "<worksheet \(ns)><sheetData/></worksheet>"),
        ]
        return try zipArchive(parts)
    }

    let spec = """
    id: t
    title: T
    url: t.xlsx
    format: xlsx
    records:
      sheet: リスト
      fields:
        id: "No."
        name: Company or Organization
        aliases: {select: C, split: '\\n', trim: "・"}
    """

    @Test func readsSharedInlineAndNumberCellsByHeaderOrLetter() throws {
        let x = try RecordExtractor(source: try declare(spec)).extract(try workbook(), file: "t.xlsx")
        #expect(x.records.map(\.id) == ["1", "2"])
        #expect(x.records[0].name == "Minato Precision (fictional)")
        #expect(x.records[0].aliases == ["MPI", "ミナト精密"])
        #expect(x.records[1].name == "Kestrel Works (fictional)")
    }

    @Test func aMissingSheetAndANonZipAreClearErrors() throws {
        let missing = try declare(spec.replacingOccurrences(of: "sheet: リスト", with: "sheet: Other"))
        let e = #expect(throws: ParseError.self) { try RecordExtractor(source: missing).extract(try workbook(), file: "t.xlsx") }
        #expect(e?.description == "t.xlsx: source t: no sheet 'Other' (sheets: Notes, リスト)")
        let notZip = #expect(throws: ParseError.self) { try RecordExtractor(source: try declare(spec)).extract(Data("PK? no".utf8), file: "t.xlsx") }
        #expect(notZip?.description.contains("not an XLSX workbook") == true)
    }

    @Test func aPartThatUnpacksPastTheLimitStops() throws {
        let big = String(repeating: "<row r=\"9\"><c r=\"A9\"><v>9</v></c></row>", count: 2000)
        let e = #expect(throws: ParseError.self) { try XLSXReader(maxPartBytes: 10_000).rows(try workbook(extraRows: big), sheet: "リスト", file: "bomb.xlsx") }
        #expect(e?.message.contains("over the limit of 10000") == true, "\(e?.description ?? "")")
    }

    /// 2.1 million empty elements in a sheet (8 MB, a few KB zipped): before the element limit,
    /// a 254 KB file of this kind drove parse to 8 GB and a fatal allocation error.
    @Test func aSheetOfMillionsOfElementsFailsAloneWithAMessage() throws {
        let bomb = try workbook(extraRows: String(repeating: "<x/>", count: 2_100_000))
        let e = #expect(throws: ParseError.self) { try RecordExtractor(source: try declare(spec)).extract(bomb, file: "bomb.xlsx") }
        #expect(e?.description.hasPrefix("bomb.xlsx: source t: xl/worksheets/sheet1.xml holds") == true, "\(e?.description ?? "")")
        #expect(e?.message.contains("holds more than 2000000 XML tags, over the limit") == true)
    }
}

@Suite struct JSONTests {
    @Test func readsRecordsAtAKeyPathWithNestedFields() throws {
        let s = try declare("""
        id: t
        title: T
        url: t.json
        format: json
        records:
          path: data.items
          fields:
            id: ref
            name: names.primary
            aliases: names.other
            ror: ids.ror
        """)
        let json = #"{"data": {"items": [{"ref": 7, "names": {"primary": "Harborlight Foundation (fictional)", "other": ["HLF", "Harborlight"]}, "ids": {"ror": "https://ror.org/00fict001"}}, {"ref": 8, "names": {"primary": " "}}]}}"#
        let x = try extract(s, json)
        #expect(x.records.count == 1)
        #expect(x.records[0].id == "7")
        #expect(x.records[0].aliases == ["HLF", "Harborlight"])
        #expect(x.records[0].identifiers == ["ror": "https://ror.org/00fict001"])
        let bad = #expect(throws: ParseError.self) { try extract(s, "{\"data\": [", file: "cut.json") }
        #expect(bad?.description.hasPrefix("cut.json: source t: malformed JSON") == true)
    }
}

@Suite struct HostileXMLTests {
    /// One record of a streamed list with millions of children: before the record limit, 40 MB of
    /// this grew to 1.3 GB and 200 MB killed the process.
    @Test func aStreamedRecordPastItsLimitFailsTheSourceAlone() throws {
        let xml = "<list><entry><name>Kestrel Works (fictional)</name></entry>\n<entry><name>Huge</name>"
            + String(repeating: "<x/>", count: 2_500_000) + "</entry></list>"
        let e = #expect(throws: ParseError.self) { try RecordExtractor(source: try declare(streamed)).extract(Data(xml.utf8), file: "huge.xml") }
        #expect(e?.description.hasPrefix("huge.xml:2: source t: a record spans more than 8 MB of XML") == true, "\(e?.description ?? "")")
        // Under the limit, the same shape reads.
        let small = "<list><entry><name>A</name>" + String(repeating: "<x/>", count: 1000) + "</entry></list>"
        #expect(try RecordExtractor(source: try declare(streamed)).extract(Data(small.utf8), file: "small.xml").records.map(\.name) == ["A"])
    }

    let streamed = """
    id: t
    title: T
    url: t.xml
    format: xml
    records:
      path: //entry
      fields:
        name: name
        aliases: alias
    """

    @Test(arguments: ["//entry", "/list/entry"])
    func externalEntitiesAreNeverLoaded(path: String) throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE list [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>
        <list><entry><name>Org &secret; (fictional)</name><alias>&secret;</alias></entry></list>
        """
        let spec = try declare(streamed.replacingOccurrences(of: "//entry", with: path))
        let records = (try? extract(spec, xml).records) ?? []
        for r in records {
            #expect(!r.name.contains("root:"))
            #expect(!r.aliases.joined().contains("root:"))
        }
    }

    @Test func entityExpansionIsBoundedInTheStreamReader() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let prev = i == 1 ? "lol" : "lol\(i - 1)"
            xml += "<!ENTITY lol\(i) \"" + String(repeating: "&\(prev);", count: 10) + "\">\n"
        }
        xml += "]>\n<list><entry><name>&lol9;</name></entry></list>\n"
        let started = Date()
        let name = (try? extract(try declare(streamed), xml).records.first?.name) ?? ""
        #expect(name.utf8.count < 10_000_000)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func malformedAndTruncatedXMLNameTheLine() throws {
        let s = try declare(streamed)
        let bad = #expect(throws: ParseError.self) {
            try extract(s, "<list>\n<entry><name>A</name></entry>\n<entry><name>B</nam></entry>\n</list>", file: "bad.xml")
        }
        #expect(bad?.description.hasPrefix("bad.xml:3: source t: malformed:") == true, "\(bad?.description ?? "")")
        let cut = #expect(throws: ParseError.self) {
            try extract(s, "<list>\n<entry><name>A</name></entry>\n<entry><na", file: "cut.xml")
        }
        #expect(cut?.line == 3, "\(cut?.description ?? "")")
    }

    @Test func streamingAndTheDocumentReaderGiveTheSameRecords() throws {
        let xml = """
        <?xml version="1.0"?>
        <l:list xmlns:l="urn:example:list"><l:entry id="1"><l:name> Harbor  Works (fictional)</l:name><l:alias>HW</l:alias>\
        <l:alias>HW</l:alias></l:entry><l:group><l:entry id="2"><l:name>Nested &amp; Co</l:name></l:entry></l:group>\
        <l:entry id="3"><l:name/></l:entry></l:list>
        """
        func spec(_ path: String) throws -> SourceSpec {
            try declare("""
            id: t
            title: T
            url: t.xml
            format: xml
            records:
              path: \(path)
              namespaces: {l: "urn:example:list"}
              fields:
                id: string(@id)
                name: l:name
                aliases: l:alias
            """)
        }
        let stream = try extract(try spec("//l:entry"), xml).records
        let dom = try extract(try spec("//l:list//l:entry"), xml).records
        #expect(stream == dom)
        #expect(stream.map(\.name) == ["Harbor Works (fictional)", "Nested & Co"])
        #expect(stream[0].aliases == ["HW"])
    }
}

@Suite struct PipelinedStreamTests {
    @Test func aFileReadOnTwoThreadsGivesTheRecordsOfTheDocumentReader() throws {
        var xml = "<?xml version=\"1.0\"?>\n<l:list xmlns:l=\"urn:example:list\">\n"
        for i in 1...3000 {
            xml += "<l:entry id=\"\(i)\"><l:type>\(i % 4 == 0 ? "Individual" : "Entity")</l:type><l:name> Works  No. \(i) (fictional)</l:name>"
            xml += "<l:alias>W\(i)</l:alias><l:alias> </l:alias><l:alias>Works \(i) &amp; Co</l:alias><l:country>X\(i % 2 == 0 ? "A" : "B")</l:country></l:entry>\n"
        }
        xml += "</l:list>\n"
        let file = try makeTemporaryDirectory().appendingPathComponent("list.xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        func spec(_ path: String) throws -> SourceSpec {
            try declare("""
            id: t
            title: T
            url: t.xml
            format: xml
            records:
              path: \(path)
              namespaces: {l: "urn:example:list"}
              fields:
                id: string(@id)
                name: l:name
                aliases: l:alias
                country: l:country
              kind_from: {select: l:type, organisation: [Entity], person: [Individual]}
            """)
        }
        var streamed: [Record] = []
        _ = try RecordExtractor(source: try spec("//l:entry")).read(contentsOf: file, file: "list.xml") { streamed.append($0) }
        let dom = try RecordExtractor(source: try spec("/l:list/l:entry")).extract(Data(xml.utf8), file: "list.xml").records
        #expect(streamed.count == 3000)
        #expect(streamed == dom)
        #expect(streamed[3].kind == .person && streamed[3].country == nil)
        #expect(streamed[0].aliases == ["W1", "Works 1 & Co"])

        // A consumer that stops early stops the reader too, and the error is the consumer's.
        struct Enough: Error {}
        var seen = 0
        #expect(throws: Enough.self) {
            _ = try RecordExtractor(source: try spec("//l:entry")).read(contentsOf: file, file: "list.xml") { _ in
                seen += 1
                if seen == 700 { throw Enough() }
            }
        }
        #expect(seen == 700)

        // A malformed file fails with its line, from the reader's thread.
        try (xml.prefix(5000) + "<l:entry><l:name>cut").write(to: file, atomically: true, encoding: .utf8)
        let e = #expect(throws: ParseError.self) {
            _ = try RecordExtractor(source: try spec("//l:entry")).read(contentsOf: file, file: "list.xml") { _ in }
        }
        #expect(e?.line != nil && e?.description.contains("malformed") == true, "\(e?.description ?? "")")
    }
}

/// A registry dump of more than a megabyte is decoded in parts on every core: the parts give the
/// same organisations in the same order as one decoding, whatever the strings hold, and a broken
/// dump still fails with the decoder's message.
@Suite struct RegistryInPartsTests {
    static func dump(_ n: Int) -> String {
        let orgs = (0..<n).map { i in
            // Names holding what a careless cut would take for structure: quotes, brackets, braces, commas.
            #"{"id": "https://ror.org/0test\#(i)", "status": "active", "names": [{"types": ["ror_display"], "value": "Fictional \"Org\" [\#(i)] {x}, Ltd"}, {"types": ["alias"], "value": "架空\#(i)研究所"}], "external_ids": [{"type": "grid", "all": ["grid.\#(i).x"]}], "locations": [{"geonames_details": {"country_code": "XF"}}], "relationships": []}"#
        }
        return "[\n" + orgs.joined(separator: ",\n") + "\n]\n"
    }

    @Test func aLargeDumpDecodedInPartsEqualsOneDecoding() throws {
        let dir = try makeTemporaryDirectory()
        let text = Self.dump(8000)
        #expect(text.utf8.count > 1 << 20, "large enough to be cut into parts")
        let file = dir.appendingPathComponent("ror.json")
        try Data(text.utf8).write(to: file)
        let spec = try declare("id: ror\ntitle: R\nformat: ror\ncategory: registry\nurl: https://example.org/ror.zip\n")
        let records = try RORReader(source: spec).read(contentsOf: file, file: "ror.json")
        #expect(records.count == 8000)
        #expect(records.map(\.id) == (0..<8000).map { "0test\($0)" })
        #expect(records[4321].name == "Fictional \"Org\" [4321] {x}, Ltd")
        #expect(records[4321].aliases == ["架空4321研究所"])
    }

    @Test func aBrokenLargeDumpFailsWithTheDecodersMessage() throws {
        let dir = try makeTemporaryDirectory()
        var text = Self.dump(8000)
        text.removeLast(40)  // truncated download
        let file = dir.appendingPathComponent("ror.json")
        try Data(text.utf8).write(to: file)
        let spec = try declare("id: ror\ntitle: R\nformat: ror\ncategory: registry\nurl: https://example.org/ror.zip\n")
        let e = try #require(throws: ParseError.self) { try RORReader(source: spec).read(contentsOf: file, file: "ror.json") }
        #expect(e.description.contains("ror.json"))
        #expect(e.message.contains("not ROR JSON"))
    }
}

@Suite struct PerMemberDeclarationTests {
    @Test(arguments: ["format: orcid\nper: member\nbatch: 10", "format: openalex-works\nper: member\nbatch: 101", "format: researchmap"])
    func aDeclarationThatCannotWorkIsRefused(lines: String) throws {
        let e = try #require(throws: ConfigError.self) { try declare("id: x\ntitle: X\nurl: https://example.org/{orcid}\n\(lines)\n") }
        #expect(e.description.contains("sources.d/t.yml"))
    }

    @Test func anEnvironmentNameMustBeOne() throws {
        let e = try #require(throws: ConfigError.self) {
            try declare("id: x\ntitle: X\nurl: https://example.org/?key=${not a name}&q={orcid}\nformat: openalex-works\nper: member\n")
        }
        #expect(e.description.contains("is not an environment variable name"))
    }
}
