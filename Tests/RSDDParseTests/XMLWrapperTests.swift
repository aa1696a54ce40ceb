import Foundation
import RSDDParse
import Testing

@Suite struct XMLWrapperTests {
    @Test func recoversBrokenHTML() throws {
        let html = "<html><body><table id=t><tr><td>Alpha<td>Beta &amp; Co<tr><td>Gamma</table><p>unclosed <b>bold"
        let doc = try XMLDocument(data: Data(html.utf8), kind: .html, file: "broken.html")
        let x = try XPathContext(document: doc)
        #expect(try x.texts("//table[@id='t']//tr/td") == ["Alpha", "Beta & Co", "Gamma"])
        #expect(try x.nodes("//table//tr").count == 2)
        #expect(try x.text("//p/b") == "bold")
    }

    @Test func queriesXMLWithNamespaces() throws {
        let xml = """
        <?xml version="1.0"?>
        <list xmlns="urn:example:list" xmlns:x="urn:example:extra">
          <entry uid="E1"><name>First   Org</name><x:note>n1</x:note></entry>
          <entry uid="E2"><name>Second Org</name></entry>
        </list>
        """
        let doc = try XMLDocument(data: Data(xml.utf8), kind: .xml, file: "list.xml")
        // A default namespace needs a prefix for XPath: without one nothing is found.
        #expect(try XPathContext(document: doc).nodes("//entry").isEmpty)
        let x = try XPathContext(document: doc, namespaces: ["l": "urn:example:list", "x": "urn:example:extra"])
        let entries = try x.nodes("/l:list/l:entry")
        #expect(entries.count == 2)
        #expect(try x.text("string(@uid)", at: entries[1]) == "E2")
        #expect(try x.text("l:name", at: entries[0]) == "First Org")
        #expect(try x.text("x:note", at: entries[0]) == "n1")
        #expect(try x.text("normalize-space(l:name)", at: entries[0]) == "First Org")
        #expect(try x.evaluate("count(//l:entry)").texts == ["2"])
    }

    @Test func anXPathThatSelectsNothingIsEmpty() throws {
        let doc = try XMLDocument(data: Data("<a><b>1</b></a>".utf8), kind: .xml, file: "a.xml")
        let x = try XPathContext(document: doc)
        #expect(try x.nodes("//c").isEmpty)
        #expect(try x.texts("//c").isEmpty)
        #expect(try x.text("//c") == nil)
    }

    @Test func malformedXMLIsAnErrorWithItsLine() throws {
        let xml = "<?xml version=\"1.0\"?>\n<list>\n  <entry>\n    <name>Org</nam>\n  </entry>\n</list>\n"
        let error = try #require(throws: ParseError.self) {
            try XMLDocument(data: Data(xml.utf8), kind: .xml, file: "bad.xml")
        }
        #expect(error.file == "bad.xml")
        #expect(error.line == 4)
        #expect(error.description.hasPrefix("bad.xml:4: malformed:"))
    }

    @Test func anEmptyFileIsAnError() throws {
        let error = try #require(throws: ParseError.self) { try XMLDocument(data: Data(), kind: .xml, file: "empty.xml") }
        #expect(error.message == "the file is empty")
    }

    @Test func anInvalidXPathIsAnError() throws {
        let doc = try XMLDocument(data: Data("<a/>".utf8), kind: .xml, file: "a.xml")
        let error = try #require(throws: ParseError.self) { try XPathContext(document: doc).nodes("//a[") }
        #expect(error.message.contains("XPath '//a['"))
    }

    @Test func neverLoadsExternalEntities() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE list [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <list><entry><name>&secret;</name></entry></list>
        """
        let doc = try XMLDocument(data: Data(xml.utf8), kind: .xml, file: "xxe.xml")
        let name = try XPathContext(document: doc).text("//name") ?? ""
        #expect(!name.contains("root:"))
    }

    @Test func boundsEntityExpansion() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let prev = i == 1 ? "lol" : "lol\(i - 1)"
            xml += "<!ENTITY lol\(i) \"" + String(repeating: "&\(prev);", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>\n"
        let started = Date()
        let text: String
        do {
            let doc = try XMLDocument(data: Data(xml.utf8), kind: .xml, file: "lol.xml")
            text = try XPathContext(document: doc).evaluate("string(/lolz)").texts.first ?? ""
        } catch is ParseError {
            text = ""
        }
        // Without expansion the text stays small; a full expansion would be 3 GB.
        #expect(text.utf8.count < 10_000_000)
        #expect(Date().timeIntervalSince(started) < 30)
    }
}
