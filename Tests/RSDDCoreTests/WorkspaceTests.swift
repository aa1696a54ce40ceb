import Foundation
import RSDDCore
import Testing

@Suite struct WorkspaceTests {
    func workspace(sources: [String: String]) throws -> Workspace {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rsdd-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sources.d"), withIntermediateDirectories: true)
        for (name, text) in sources {
            try text.write(to: dir.appendingPathComponent("sources.d/\(name)"), atomically: true, encoding: .utf8)
        }
        return Workspace(root: dir)
    }

    static let source = """
    id: a-list
    title: A list
    url: snapshots/a.html
    format: html
    category: entity-of-concern
    records:
      path: //tr
      fields:
        name: td[1]

    """

    @Test func loadsSourcesAndResolvesRelativeURLs() throws {
        let ws = try workspace(sources: ["a-list.yml": Self.source])
        let s = try #require(try ws.loadSources().first)
        #expect(s.refresh == Span(count: 24, unit: .hours))
        #expect(s.resolvedURL(workspace: ws.root) == ws.root.appendingPathComponent("snapshots/a.html").absoluteString)
        #expect(s.resolvedURL(workspace: ws.root).hasPrefix("file:///"))
    }

    @Test func theIdMustEqualTheFileName() throws {
        let ws = try workspace(sources: ["other.yml": Self.source])
        let error = try #require(throws: ConfigError.self) { try ws.loadSources() }
        #expect(error.description == "sources.d/other.yml: id: 'a-list' must equal the file name 'other'")
    }

    @Test func aSourceMayNotExtractAForbiddenField() throws {
        let text = Self.source + "    nationality: td[2]\n"
        let ws = try workspace(sources: ["a-list.yml": text])
        let error = try #require(throws: ConfigError.self) { try ws.loadSources() }
        #expect(error.description.contains("key 'nationality' is not accepted"))
        #expect(error.line == 10)
    }
}
