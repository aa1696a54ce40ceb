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

    /// A markup character followed by a combining mark is one Swift Character, but pandoc reads
    /// code points: `[` + U+0301 still opens a link. Escaped by its bytes, it cannot.
    @Test func aMarkupCharacterWithACombiningMarkIsEscapedToo() {
        let hostile = "[\u{301}x](/etc/hostname) !\u{308}[i](/etc/passwd) #\u{301} ~\u{301}~s~~"
        let escaped = Text.markdown(hostile)
        for ch in ["[", "]", "!", "#", "~"] {
            let unescaped = escaped.unicodeScalars.indices.filter { i in
                String(escaped.unicodeScalars[i]) == ch && (i == escaped.unicodeScalars.startIndex
                    || escaped.unicodeScalars[escaped.unicodeScalars.index(before: i)] != "\\")
            }
            #expect(unescaped.isEmpty, "\(ch) left as markup in \(escaped)")
        }
        #expect(Text.markdown("Kestrel Dynamics Ltd. — 東京大学 (Tōkyō)") == "Kestrel Dynamics Ltd. — 東京大学 (Tōkyō)")
        #expect(Text.markdown("a|b\nc") == "a\\|b c")
    }
}
