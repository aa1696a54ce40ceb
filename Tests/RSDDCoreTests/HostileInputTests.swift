import Foundation
import RSDDCore
import Testing
import TestSupport

/// Team, source and settings files written carelessly or to do harm: each is refused with one line
/// that names the file and place, before anything is written (issue "Fail closed", items 1, 5, 6, 7).
@Suite struct HostileInputTests {
    static let team = """
    id: t-1
    title: A project
    sensitivity: high
    members:
      - id: m1
        name: Given Family
        role: pi
        orcid: 0000-0002-1825-0097
        ties:
          - type: employment
            org: Some University
            start: 2019-04

    """

    func decode(_ yaml: String) throws -> TeamSpec {
        try YAMLFile.decode(TeamSpec.self, yaml: yaml, displayPath: "teams/t-1.yml")
    }

    func refusal(_ yaml: String) throws -> ConfigError {
        try #require(throws: ConfigError.self) { try decode(yaml) }
    }

    // MARK: item 1: a team id names files in reports/

    @Test(arguments: ["../../../escaped-team", "index", "changes", "\"\"", "a/b", String(repeating: "x", count: 300),
                      ".hidden", "T-Upper", "\"t\\e1\""])
    func refusesATeamIDThatIsNotAFileName(id: String) throws {
        let e = try refusal(Self.team.replacingOccurrences(of: "id: t-1", with: "id: \(id)"))
        #expect(e.line == 1)
        #expect(!e.description.contains("\n"))
        #expect(e.description.hasPrefix("teams/t-1.yml:1: key 'id':"))
    }

    @Test func refusesATeamFileNamedOtherThanItsID() throws {
        let dir = temporaryPath("rsdd-ws")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("teams"), withIntermediateDirectories: true)
        try Self.team.write(to: dir.appendingPathComponent("teams/t-2.yml"), atomically: true, encoding: .utf8)
        let e = try #require(throws: ConfigError.self) { try Workspace(root: dir).loadTeams() }
        #expect(e.description == "teams/t-2.yml: id: 't-1' must equal the file name 't-2'")
    }

    // MARK: item 5: unknown keys, impossible ties, one grammar of time

    @Test(arguments: [("    orcid: 0000-0002-1825-0097\n", "    ORCID: 0000-0002-1825-0097\n", "ORCID"),
                      ("        start: 2019-04\n", "        start: 2019-04\n        ende: 2020\n", "ende"),
                      ("sensitivity: high\n", "sensitivty: high\nsensitivity: high\n", "sensitivty")])
    func refusesUnknownKeys(original: String, replacement: String, key: String) throws {
        let e = try refusal(Self.team.replacingOccurrences(of: original, with: replacement))
        #expect(e.message.contains("key '\(key)'"))
        #expect(e.message.contains("unknown key"))
    }

    @Test func acceptsKeysOfYourOwn() throws {
        let t = try decode(Self.team.replacingOccurrences(of: "        start: 2019-04\n", with: "        start: 2019-04\n        x-note: checked by hand\n"))
        #expect(t.members[0].ties.count == 1)
    }

    @Test func refusesATieThatEndsBeforeItStarts() throws {
        let e = try refusal(Self.team.replacingOccurrences(of: "        start: 2019-04\n", with: "        start: 2019-04\n        end: 2019-03\n"))
        #expect(e.message.contains("ends (2019-03) before it starts (2019-04)"))
        // The same month on both sides is a tie of less than a month, not an error.
        _ = try decode(Self.team.replacingOccurrences(of: "        start: 2019-04\n", with: "        start: 2019-04\n        end: 2019-04\n"))
    }

    @Test(arguments: ["\"\"", "\"   \"", "\"\\e\""])
    func refusesAnEmptyOrganisation(org: String) throws {
        let e = try refusal(Self.team.replacingOccurrences(of: "org: Some University", with: "org: \(org)"))
        #expect(e.message.contains("cannot be empty"))
    }

    @Test(arguments: ["٠٠٠٠-٠٠٠٢-١٨٢٥-٠٠٩٧", "０000-0002-1825-0097"])
    func refusesAnORCIDIDInOtherDigits(orcid: String) throws {
        let e = try refusal(Self.team.replacingOccurrences(of: "orcid: 0000-0002-1825-0097", with: "orcid: \"\(orcid)\""))
        #expect(e.message.contains("is not an ORCID iD"))
    }

    @Test func aBareMIsAmbiguousEverywhere() throws {
        let span = try #require(throws: ConfigError.self) {
            try YAMLFile.decode([String: Span].self, yaml: "refresh: 30m\n", displayPath: "sources.d/x.yml")
        }
        #expect(span.message.contains("30min for minutes or 30mo for months"))
        let seconds = try #require(throws: ConfigError.self) {
            try YAMLFile.decode([String: Seconds].self, yaml: "timeout: 30m\n", displayPath: "rsdd.yml")
        }
        #expect(seconds.message.contains("30min for minutes or 30mo for months"))
        #expect(Span(text: "30min")?.seconds == 1800)
        #expect(Span(text: "6mo")?.unit == .months)
        #expect(Seconds(text: "30min")?.value == 1800)
        #expect(Seconds(text: "500ms")?.value == 0.5)
        #expect(Span(text: "6m") == nil)
    }

    // MARK: item 6: forbidden attributes in other spellings

    @Test(arguments: ["\"nationality \"", "\" nationality\"", "nаtionality", "ＮＡＴＩＯＮＡＬＩＴＹ", "x-nationality", "Nationality.",
                      "countryofbirth", "place__of__birth", "\"nationality\u{200B}\"", "国籍", "staatsangehörigkeit", "Nationalité",
                      "lugar_de_nacimiento", "гражданство", "Место рождения", "member_nationality", "ethnie", "\"na\u{00AD}tionality\""])
    func refusesForbiddenKeysHoweverWritten(key: String) throws {
        let yaml = Self.team.replacingOccurrences(of: "    name: Given Family\n", with: "    name: Given Family\n    \(key): SECRET-VALUE\n")
        let e = try refusal(yaml)
        #expect(e.message.contains("is not accepted"))
        #expect(e.line == 7)
        #expect(!e.description.contains("SECRET-VALUE"))
    }

    @Test(arguments: ["trace", "international", "racetrack_id", "x-origin-of-funding", "country"])
    func acceptsKeysThatOnlyLookClose(key: String) {
        #expect(!ForbiddenAttribute.isForbidden(key))
    }

    @Test func aDuplicateKeyQuotesNeitherTheFileNorAValue() throws {
        let yaml = Self.team.replacingOccurrences(of: "    name: Given Family\n", with: "    name: Given Family\n    nationality: SECRET-VALUE\n    nationality: SECRET-VALUE\n")
        let e = try refusal(yaml)
        #expect(!e.description.contains("SECRET-VALUE"))
        #expect(!e.description.contains("\n"))
        #expect(e.message.contains("is not accepted"))
        let plain = try refusal(Self.team.replacingOccurrences(of: "title: A project\n", with: "title: A project\ntitle: Another\n"))
        #expect(plain.message == "key 'title' appears twice in one mapping")
    }

    @Test func refusesASelectThatComputesElementNames() throws {
        func source(_ select: String) throws -> SourceSpec {
            try YAMLFile.decode(SourceSpec.self, yaml: """
            id: s
            title: S
            url: s.xml
            format: xml
            category: sanctions
            records:
              path: //ENTITY
              fields:
                name: NAME
                country: \(select)

            """, displayPath: "sources.d/s.yml")
        }
        for bad in ["\"*[starts-with(name(), 'NAT')]\"", "\"*[local-name() = 'X']/VALUE\"", "\"*[x and name ()='Y']\""] {
            let e = try #require(throws: ConfigError.self) { try source(bad) }
            #expect(e.message.contains("name() or local-name() inside a predicate"))
        }
        // Outside a predicate, or inside quotes, name() stays usable (un-consolidated.yml's kind_from).
        _ = try source("\"concat(name(), ' ', COUNTRY)\"")
        _ = try source("\"ADDRESS[TYPE='name(x)']/COUNTRY\"")
    }

    // MARK: item 7: a YAML alias bomb

    @Test func refusesYAMLAliasesAtOnce() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...10 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        // Before this was refused, walking these 10^11 nodes spun for minutes.
        let e = try #require(throws: ConfigError.self) { try decode(Self.team + yaml) }
        #expect(e.message.contains("anchors and aliases"))
        #expect(e.line == 13)
    }
}
