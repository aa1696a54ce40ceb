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

    /// Team files read before are taken from `.rsdd/cache/teams.bin` by their bytes' hash; a
    /// changed file is read again, and what the cache gives equals what the YAML gives.
    @Test func teamFilesReadBeforeComeFromTheCacheByTheirBytes() throws {
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/demo/teams")
        let dir = temporaryPath("rsdd-ws")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: demo, to: dir.appendingPathComponent("teams"))
        let ws = Workspace(root: dir)
        let cacheFile = ws.stateDir.appendingPathComponent("cache/teams.bin")
        let fromYAML = try ws.loadTeamsWithDigests()
        #expect(!FileManager.default.fileExists(atPath: cacheFile.path), "no state folder: a read-only command writes none")
        try FileManager.default.createDirectory(at: ws.stateDir, withIntermediateDirectories: true)
        // An older build's JSON cache is replaced.
        try FileManager.default.createDirectory(at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let old = cacheFile.deletingLastPathComponent().appendingPathComponent("teams.json")
        try Data("rsdd-team-cache/2 x y\n".utf8).write(to: old)
        _ = try ws.loadTeams()
        #expect(!FileManager.default.fileExists(atPath: old.path))
        var cached = TeamCache.read(cacheFile)
        #expect(cached.count == fromYAML.count)
        let again = try ws.loadTeamsWithDigests()
        #expect(again.map(\.team) == fromYAML.map(\.team), "the cache gives what the YAML gives")
        // A team's digest is that of its JSON, whether read from YAML or from the cache.
        #expect(again.map(\.digest) == fromYAML.map(\.digest))
        #expect(fromYAML.allSatisfy { $0.digest == Files.sha256(try! Files.jsonEncoder(pretty: false).encode($0.team)) })
        // The cache is what is read: a title planted in it shows, and so does its digest.
        let file = dir.appendingPathComponent("teams/t-clean.yml")
        let hash = Files.sha256(try Data(contentsOf: file))
        var planted = try #require(cached[hash])
        planted.team.title = "From the cache"
        planted.digest = String(repeating: "0", count: 64)
        cached[hash] = planted
        TeamCache.write(cached, to: cacheFile)
        #expect(try ws.loadTeamsWithDigests().first { $0.team.id == "t-clean" }?.digest == planted.digest)
        #expect(try ws.loadTeams().first { $0.id == "t-clean" }?.title == "From the cache")
        // A cached team its YAML could not give (an ORCID iD with a wrong check digit, a tie with
        // an empty organisation) makes the whole cache ignored: the files are read again.
        for bad in [{ (e: inout TeamCache.Entry) in e.team.members[0].orcid = "0000-0002-1825-0098" },
                    { (e: inout TeamCache.Entry) in e.team.members[0].ties = [DeclaredTie(type: .employment, org: " ")] }] {
            var broken = cached
            var entry = try #require(broken[hash])
            try #require(!entry.team.members.isEmpty)
            bad(&entry)
            broken[hash] = entry
            TeamCache.write(broken, to: cacheFile)
            #expect(TeamCache.read(cacheFile).isEmpty)
            #expect(try ws.loadTeams() == fromYAML.map(\.team))
        }
        // Other bytes: read from the file again.
        try (String(contentsOf: file, encoding: .utf8) + "\n# edited\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try ws.loadTeams() == fromYAML.map(\.team))
        // A damaged cache is ignored: a flipped bit inside a name still reads as a name, but the
        // digest of the payload differs.
        _ = try ws.loadTeams()
        var bytes = [UInt8](try Data(contentsOf: cacheFile))
        let name = Array("Minato Precision".utf8)
        let at = try #require(bytes.indices.first { i in i + name.count <= bytes.count && Array(bytes[i..<(i + name.count)]) == name },
                              "the demo teams name Minato Precision Industries")
        bytes[at] ^= 0x01  // "Minato" → "Linato"
        try Data(bytes).write(to: cacheFile)
        #expect(TeamCache.read(cacheFile).isEmpty)
        #expect(try ws.loadTeams() == fromYAML.map(\.team))
        try Data("{not a cache".utf8).write(to: cacheFile)
        #expect(try ws.loadTeams() == fromYAML.map(\.team))
        // A payload whose digest is right but whose bytes end early (another format) is ignored too.
        let payload = Data([1, 0, 0, 0, 5])
        try (Data((TeamCache.header(payload: payload) + "\n").utf8) + payload).write(to: cacheFile)
        #expect(TeamCache.read(cacheFile).isEmpty)
        #expect(try ws.loadTeams() == fromYAML.map(\.team))
        // A crafted payload with a right digest: a string's length beyond the bytes left, and a
        // count of ten million entries in 24 bytes, are refused without a trap or a huge allocation.
        for crafted in [Data([1, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f] + [UInt8](repeating: 0, count: 200)),
                        Data([0x80, 0x96, 0x98, 0] + [UInt8](repeating: 0, count: 20))] {
            try (Data((TeamCache.header(payload: crafted) + "\n").utf8) + crafted).write(to: cacheFile)
            #expect(TeamCache.read(cacheFile).isEmpty)
        }
    }
}
