import Foundation
@testable import RSDDCore
import Testing
import Yams

@Suite struct TeamFileTests {
    static let base = """
    id: t-1
    title: A project
    sensitivity: high
    members:
      - id: m1
        name: Given Family
        role: pi
        ties:
          - type: employment
            org: Some University
            start: 2019-04
      - id: m2
        name: Other Person
        role: member
        ties: []

    """

    func decode(_ yaml: String) throws -> TeamSpec {
        try YAMLFile.decode(TeamSpec.self, yaml: yaml, displayPath: "teams/t-1.yml", contextFor: { root, path in
            // The workspace's own context function is internal; this mirrors its words.
            guard path.count >= 2, path[0].stringValue == "members", let i = path[1].intValue else { return nil }
            if case .sequence(let ms)? = root["members"], i < ms.count, let id = ms[i]["id"]?.string { return "member \(id)" }
            return nil
        })
    }

    @Test func readsATeam() throws {
        let t = try decode(Self.base)
        #expect(t.members.count == 2)
        #expect(t.members[0].ties[0].type == .employment)
        #expect(t.members[0].ties[0].start == PartialDate(year: 2019, month: 4))
        #expect(t.members[0].ties[0].end == nil)
    }

    @Test(arguments: ["nationality", "Nationality", "CITIZENSHIP", "country-of-birth", "Place_Of_Birth", "ethnicity", "race", "place of birth"])
    func refusesForbiddenKeysWithFileLineAndMember(key: String) throws {
        let yaml = Self.base.replacingOccurrences(of: "    name: Other Person\n", with: "    name: Other Person\n    \(key): XX\n")
        let error = try #require(throws: ConfigError.self) { try decode(yaml) }
        #expect(error.file == "teams/t-1.yml")
        #expect(error.line == 14)
        #expect(error.context == "member m2")
        #expect(error.description.hasPrefix("teams/t-1.yml:14: member m2: key '\(key)' is not accepted"))
    }

    @Test func refusesAForbiddenKeyAnywhere() throws {
        let yaml = Self.base.replacingOccurrences(of: "        org: Some University\n", with: "        org: Some University\n        nationality: XX\n")
        let error = try #require(throws: ConfigError.self) { try decode(yaml) }
        #expect(error.line == 11)
        #expect(error.context == "member m1")
    }

    @Test func namesTheLineOfAnUnknownTieType() throws {
        let yaml = Self.base.replacingOccurrences(of: "type: employment", with: "type: friendship")
        let error = try #require(throws: ConfigError.self) { try decode(yaml) }
        #expect(error.line == 9)
        #expect(error.message.contains("unknown tie type 'friendship'"))
    }

    @Test func namesABadDate() throws {
        let yaml = Self.base.replacingOccurrences(of: "start: 2019-04", with: "start: April 2019")
        let error = try #require(throws: ConfigError.self) { try decode(yaml) }
        #expect(error.line == 11)
        #expect(error.message.contains("'April 2019' is not a date"))
    }

    @Test func reportsBrokenYAMLWithItsLine() throws {
        let error = try #require(throws: ConfigError.self) { try decode("id: t-1\nmembers: [\n  - x") }
        #expect(error.line != nil)
        #expect(error.message.hasPrefix("not valid YAML"))
    }

    @Test func refusesAnInvalidORCID() throws {
        let yaml = Self.base.replacingOccurrences(of: "    role: pi\n", with: "    role: pi\n    orcid: 0000-0002-1825-0098\n")
        let error = try #require(throws: ConfigError.self) { try decode(yaml) }
        #expect(error.message.contains("is not an ORCID iD"))
    }
}

/// The fast path that reads team files without the Decoder gives exactly what the Decodable path
/// gives, and leaves everything unusual to it.
@Suite struct TeamFastPathTests {
    static let teams: [String] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/demo/teams")
        let demo = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
            .compactMap { try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
        return demo + [
            "id: t-1\ntitle: 2019\nsensitivity: low\nprogramme: \"null\"\nmembers:\n  - {id: m1, name: A, ties: [{type: funding, org: X, start: 2019, end: 2020-03, x-note: y}]}\n",
            "id: t-1\ntitle: T\nsensitivity: high\nmembers: []\nx-owner: someone\n",
        ]
    }()

    @Test(arguments: teams)
    func theFastPathEqualsTheDecoder(yaml: String) throws {
        // The fast path reads nodes whose plain scalars were never resolved (all text), the
        // Decoder nodes with numbers, booleans and nulls resolved.
        let text = try #require(try Yams.compose(yaml: yaml, .basic))
        let fast = try #require(TeamSpec.fast(text), "the fast path declined a well-formed team")
        #expect(fast == (try YAMLDecoder().decode(TeamSpec.self, from: try #require(try Yams.compose(yaml: yaml)))))
        #expect(fast == (try YAMLFile.decode(TeamSpec.self, yaml: yaml, displayPath: "teams/t-1.yml")))
    }

    @Test func aTeamTheFastPathDeclinesIsStillRead() throws {
        // A quoted key and a null value: not for the fast path, read by the Decoder all the same.
        let yaml = "\"id\": t-1\ntitle: T\nsensitivity: high\nprogramme: ~\nmembers:\n  - {id: m1, name: A, ties: [{type: funding, org: X, start: 2019}]}\n"
        #expect(TeamSpec.fast(try #require(try Yams.compose(yaml: yaml, .basic))) == nil)
        let team = try YAMLFile.decode(TeamSpec.self, yaml: yaml, displayPath: "teams/t-1.yml")
        #expect(team.id == "t-1")
        #expect(team.programme == nil)
        #expect(team.members.first?.ties.first?.org == "X")
    }

    @Test(arguments: ["id: t-1\ntitle: T\nsensitivity: high\nprogramme: ~\nmembers: []\n",
                      "id: t-1\ntitle: T\nsensitivity: extreme\nmembers: []\n",
                      "id: t-1\ntitle: T\nsensitivity: high\nmembers:\n  - {id: m1, name: A, ORCID: x}\n",
                      "id: t-1\ntitle: T\nsensitivity: high\nmembers:\n  - {id: m1, name: A, ties: [{type: funding, org: X, start: 2020, end: 2019}]}\n"])
    func anythingUnusualGoesTheSlowWay(yaml: String) throws {
        let node = try #require(try Yams.compose(yaml: yaml))
        #expect(TeamSpec.fast(node) == nil)
    }
}
