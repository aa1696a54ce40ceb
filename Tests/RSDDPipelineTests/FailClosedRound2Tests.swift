import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport
import Testing
import TestSupport

/// Reproductions of the issue "Fail closed, round 2" that need a whole run of the demo: each
/// failed before (markup reached a report, a level fell) and must not now.
extension FailClosedRunTests {
    // MARK: item 6

    /// pandoc reads the metadata block as Markdown: a team's title or programme holding an image
    /// made Debian's pandoc fetch it (and embed a local file), `--sandbox` or not.
    @Test func aHostileTitleIsTextInTheReportsMetadata() throws {
        let ws = try demoCopy()
        try replace(ws, "teams/t-clean.yml", "title: Self-healing polymer coatings for bridge cables",
                    #"title: "Coatings ![x](http://127.0.0.1:9/x.png) ~~struck~~ <img src=/etc/hostname>""#)
        try replace(ws, "teams/t-clean.yml", "programme: Demo Economic Security Research Programme (fictional)",
                    #"programme: "![h](/etc/hostname) [l](javascript:x) ^sup^""#)
        _ = try run(ws)
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-clean.md"), encoding: .utf8)
        let front = try #require(md.components(separatedBy: "\n---\n").first)
        for pattern in ["![", "](", "~~", "<img", "^sup"] {
            #expect(unescaped(pattern, in: front.replacingOccurrences(of: "\\\\", with: "\\")) == 0, "\(pattern) reaches pandoc's metadata as markup")
        }
        #expect(front.contains(#"title: "Research-security report: Coatings \\!\\[x\\](http://127.0.0.1:9/x.png) \\~\\~struck\\~\\~"#))
    }

    // MARK: item 13

    /// `~~…~~` struck a listed name through on GitHub and in the PDF; U+202E reversed a table row.
    @Test func strikeThroughSuperscriptsAndBidiControlsAreText() throws {
        let ws = try demoCopy()
        try replace(ws, "teams/t-clean.yml", "      - type: employment\n",
                    "      - type: contract\n        org: \"~~Minato Precision Industries~~ &amp; ^2^ \u{202E}seirtsudnI\u{202C} @cite\"\n        start: 2025-01\n      - type: employment\n")
        _ = try run(ws)
        for name in ["t-clean.md", "t-clean.svg", "t-clean.json", "index.md"] {
            let text = try String(contentsOf: ws.reportsDir.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{202C}" }, "\(name) holds a bidi control")
        }
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-clean.md"), encoding: .utf8)
        #expect(md.contains(#"\~\~Minato Precision Industries\~\~ \&amp; \^2\^"#))
        for pattern in ["~~", "&amp;", "^2", "@cite"] {
            #expect(unescaped(pattern, in: md) == 0, "\(pattern) is written as markup")
        }
    }

    // MARK: also found: the declarations belong in the run id

    @Test func twoWorkspacesDifferingOnlyInASourceDeclarationAreTwoRuns() throws {
        let ws = try demoCopy()
        // The hash of the inputs a run's id starts from (each run has an id of its own).
        func inputsID() throws -> String {
            try Pipeline.assess(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow, offline: true)).runInfo().reports.id
        }
        let first = try run(ws).run.id
        #expect(try inputsID() == first)
        #expect(try run(ws, force: true, offline: true).run.id != first, "every run has an id of its own")
        #expect(try inputsID() == first, "the same inputs, the same hash")
        try replace(ws, "sources.d/demo-list.yml", "publisher: Demo Export Control Office (fictional)", "publisher: Demo Export Control Office (fictional, renamed)")
        #expect(try inputsID() != first)
    }
}
