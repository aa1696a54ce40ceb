import Foundation
import RSDDCore
import RSDDParse
import Testing
import TestSupport

@Suite struct RecordExtractorTests {
    func source(_ yaml: String) throws -> SourceSpec {
        try YAMLFile.decode(SourceSpec.self, yaml: yaml, displayPath: "sources.d/test.yml")
    }

    @Test func extractsDeclaredFieldsFromHTML() throws {
        let spec = try source("""
        id: test
        title: Test list
        url: list.html
        format: html
        category: entity-of-concern
        records:
          path: //table[@id='orgs']/tbody/tr
          fields:
            id: td[1]
            name: td[2]
            aliases: td[3]//li
            country: td[4]
        """)
        let data = try Data(contentsOf: try #require(Bundle.module.url(forResource: "Fixtures/org-list", withExtension: "html")))
        let records = try RecordExtractor(source: spec).extract(data, file: "org-list.html").records
        // The third row has no name and is skipped.
        #expect(records.map(\.id) == ["A-1", "A-2"])
        #expect(records[0].name == "Alpha Fictional Institute")
        #expect(records[0].aliases == ["AFI", "Alpha Fict. Inst."])
        #expect(records[0].country == "XA")
        #expect(records[0].category == .entityOfConcern)
        #expect(records[1].aliases.isEmpty)
        #expect(records.allSatisfy { $0.source == "test" && $0.kind == .organisation })
    }

    /// `last: ","` keeps what an address ends with: the country when every address ends with one
    /// ISO code or name (a postcode after it too); none when two countries, a city, a postcode or
    /// nothing end one.
    @Test func theCountryAnAddressEndsWith() throws {
        let spec = try source("""
        id: test
        title: Test list
        url: list.csv
        format: csv
        category: entity-of-concern
        records:
          fields:
            id: id
            name: name
            country: {select: addresses, split: ";", last: ","}
        """)
        let csv = """
        id,name,addresses
        1,Alpha Fictional Works,"1 Road, Sarov, 607188, RU; 2 Street, Moscow, RU"
        2,Beta Fictional Works,"1 Road, Beijing, CN; 3 Lane, Kowloon, HK"
        3,Gamma Fictional Works,"1 Road, Kowloon, "
        4,Delta Fictional Works,"Santa Fe, NM"
        5,Epsilon Fictional Works,"London, UK"
        6,Zeta Fictional Works,"Fictiville, XA"
        7,Eta Fictional Works,"1 Road, Fictgrad, China 610036; 2 Lane, Fictgrad, China, "
        8,Theta Fictional Works,"1 Road, Fictgrad, 610036"

        """
        let records = try RecordExtractor(source: spec).extract(Data(csv.utf8), file: "list.csv").records
        // (Round 40: a country with its postcode after it is the country, and a comma at the end
        // cuts nothing; a postcode alone is still none.)
        #expect(records.map(\.country) == ["RU", nil, nil, nil, "GB", "XA", "CN", nil])
    }

    /// `places`: an organisation's addresses as the list writes them, one per `split`; a person's
    /// are never read.
    @Test func anOrganisationsAddressesAreItsPlacesAndAPersonsAreNotRead() throws {
        let spec = try source("""
        id: test
        title: Test list
        url: list.csv
        format: csv
        category: entity-of-concern
        records:
          fields:
            id: id
            name: name
            country: {select: addresses, split: ";", last: ","}
            places: {select: addresses, split: ";"}
          kind_from: {select: type, organisation: [Entity], person: [Individual]}
        """)
        let csv = """
        id,name,type,addresses
        1,Fictional Research Center,Entity,"Fictnegev Fictdimona, XA; 2 Lane,  Fictville, XA"
        2,A Fictional Person,Individual,"3 Road, Fictville, XA"
        3,Fictional Works,Entity,

        """
        let records = try RecordExtractor(source: spec).extract(Data(csv.utf8), file: "list.csv").records
        #expect(records.map(\.places) == [["Fictnegev Fictdimona, XA", "2 Lane, Fictville, XA"], [], []])
        #expect(records[1].kind == .person && records[1].country == nil)
        // Written by `rsdd parse` only when there are some, and read back.
        let json = try JSONEncoder().encode(records[0])
        #expect(try JSONDecoder().decode(Record.self, from: json) == records[0])
        #expect(!String(decoding: try JSONEncoder().encode(records[2]), as: UTF8.self).contains("places"))
    }

    @Test func extractsFromNamespacedXMLWithIdentifiers() throws {
        let spec = try source("""
        id: test
        title: Test list
        url: list.xml
        format: xml
        category: sanctions
        records:
          path: /l:list/l:entry
          namespaces: {l: "urn:example:t"}
          fields:
            id: string(@uid)
            name: l:name
            lei: l:lei
            kind: string(@type)
        """)
        let xml = """
        <list xmlns="urn:example:t"><entry uid="9" type="organisation"><name>Org Nine</name><lei>LEI0009</lei></entry>
        <entry uid="10" type="person"><name>Kept As Record</name></entry></list>
        """
        let records = try RecordExtractor(source: spec).extract(Data(xml.utf8), file: "list.xml").records
        #expect(records.map(\.id) == ["9", "10"])
        #expect(records[0].identifiers == ["lei": "LEI0009"])
        #expect(records[1].kind == .person)
    }

    @Test func failsLoudlyWhenFewerRecordsThanExpected() throws {
        let spec = try source("""
        id: test
        title: Test list
        url: list.html
        format: html
        records:
          path: //tr
          fields:
            name: td[1]
        expect:
          min_records: 5
        """)
        let error = try #require(throws: ParseError.self) {
            try RecordExtractor(source: spec).extract(Data("<table><tr><td>x</td></tr></table>".utf8), file: "list.html").records
        }
        #expect(error.description == "list.html: source test: 1 records, fewer than the 5 the declaration expects")
    }

    @Test func namesTheSourceOfMalformedXML() throws {
        let spec = try source("""
        id: test
        title: Test list
        url: list.xml
        format: xml
        records:
          path: //e
          fields:
            name: n
        """)
        let error = try #require(throws: ParseError.self) {
            try RecordExtractor(source: spec).extract(Data("<a>\n<e><n>x</e>\n</a>".utf8), file: "list.xml").records
        }
        #expect(error.source == "test")
        #expect(error.line == 2)
    }
}
