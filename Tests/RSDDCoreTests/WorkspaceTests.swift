import Foundation
import RSDDCore
import Testing
import TestSupport

@Suite struct WorkspaceTests {
    func workspace(sources: [String: String]) throws -> Workspace {
        let dir = temporaryPath("rsdd-ws")
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

    /// Team files read before are taken from `.rsdd/cache/teams.json` by their bytes' hash; a
    /// changed file is read again, and what the cache gives equals what the YAML gives.
    @Test func teamFilesReadBeforeComeFromTheCacheByTheirBytes() throws {
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/demo/teams")
        let dir = temporaryPath("rsdd-ws")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: demo, to: dir.appendingPathComponent("teams"))
        let ws = Workspace(root: dir)
        let cacheFile = ws.stateDir.appendingPathComponent("cache/teams.json")
        let fromYAML = try ws.loadTeams()
        #expect(!FileManager.default.fileExists(atPath: cacheFile.path), "no state folder: a read-only command writes none")
        try FileManager.default.createDirectory(at: ws.stateDir, withIntermediateDirectories: true)
        _ = try ws.loadTeams()
        var cached = TeamCache.read(cacheFile)
        #expect(cached.count == fromYAML.count)
        #expect(try ws.loadTeams() == fromYAML, "the cache gives what the YAML gives")
        // The cache is what is read: a title planted in it shows.
        let file = dir.appendingPathComponent("teams/t-clean.yml")
        let hash = Files.sha256(try Data(contentsOf: file))
        var planted = try JSONDecoder().decode(TeamSpec.self, from: try #require(cached[hash]))
        planted.title = "From the cache"
        cached[hash] = try Files.jsonEncoder(pretty: false).encode(planted)
        TeamCache.write(cached, to: cacheFile)
        // A team's digest is that of its JSON, whether read from YAML or from the cache.
        #expect(try ws.loadTeamsWithDigests().first { $0.team.id == "t-clean" }?.digest == Files.sha256(try #require(cached[hash])))
        #expect(try ws.loadTeams().first { $0.id == "t-clean" }?.title == "From the cache")
        // Other bytes: read from the file again.
        try (String(contentsOf: file, encoding: .utf8) + "\n# edited\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try ws.loadTeams() == fromYAML)
        // A damaged cache is ignored: a flipped bit inside a name still parses as JSON, but the
        // digest of the payload differs.
        _ = try ws.loadTeams()
        var bytes = [UInt8](try Data(contentsOf: cacheFile))
        let name = Array("Minato Precision".utf8)
        let at = try #require(bytes.indices.first { i in i + name.count <= bytes.count && Array(bytes[i..<(i + name.count)]) == name },
                              "the demo teams name Minato Precision Industries")
        bytes[at] ^= 0x01  // "Minato" → "Linato", still valid JSON
        try Data(bytes).write(to: cacheFile)
        #expect(TeamCache.read(cacheFile).isEmpty)
        #expect(try ws.loadTeams() == fromYAML)
        try Data("{not json".utf8).write(to: cacheFile)
        #expect(try ws.loadTeams() == fromYAML)
    }
}
