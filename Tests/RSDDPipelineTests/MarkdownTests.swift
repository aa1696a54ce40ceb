import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport
import Testing
import TestSupport

/// The Markdown reports read well where reviewers read them (GitHub, GitLab) and in the PDFs.
@Suite struct MarkdownTests {
    @Test func noHeadingCarriesAVisibleAttribute() throws {
        let ws = try demoCopy(decisions: true)
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        for name in try FileManager.default.contentsOfDirectory(atPath: ws.reportsDir.path) where name.hasSuffix(".md") {
            let text = try String(contentsOf: ws.reportsDir.appendingPathComponent(name), encoding: .utf8)
            let headings = text.split(separator: "\n").filter { $0.hasPrefix("#") }
            #expect(!headings.isEmpty)
            #expect(!headings.contains { $0.contains("{#") }, "\(name): GitHub shows {#…} after the heading")
        }
        let index = try String(contentsOf: ws.reportsDir.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.contains("[t-declared](t-declared.md)") && index.contains("[changes](changes.md)"))
    }

    @Test func thePDFsLinkToEachOther() {
        let md = "| t | [t-a](t-a.md) |\nSee [changes](changes.md); ![x](index.svg); [elsewhere](https://example.org/t-a.md)\n"
        let pdf = PDFWriter.forPDF(md, stem: "index", svg: Data("<svg/>".utf8), reports: ["t-a", "changes", "index"])
        #expect(pdf.contains("[t-a](t-a.pdf)") && pdf.contains("[changes](changes.pdf)"))
        #expect(pdf.contains("](data:image/svg+xml;base64,"))
        #expect(pdf.contains("(https://example.org/t-a.md)"), "a link elsewhere is left alone")
    }
}
