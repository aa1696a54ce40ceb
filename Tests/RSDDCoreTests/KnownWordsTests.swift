import Foundation
@testable import RSDDCore
import Testing

/// A word outside a key's closed set is one line naming the file, line, key, the word and the
/// words allowed (issue 21: it was Swift's "Cannot initialize Format from invalid String value xls").
@Suite struct KnownWordsTests {
    @Test(arguments: [
        ("sensitivity: high", "sensitivity: Medium",
         "teams/t-1.yml:3: key 'sensitivity': unknown value 'Medium' (known: low, medium, high)"),
        ("    role: pi", "    role: boss",
         "teams/t-1.yml:7: member m1: key 'role': unknown value 'boss' (known: pi, co-pi, member, collaborator)"),
    ])
    func aTeamFileNamesTheBadWordAndTheAllowedOnes(old: String, new: String, message: String) throws {
        let yaml = TeamFileTests.base.replacingOccurrences(of: old, with: new)
        let error = try #require(throws: ConfigError.self) { try TeamFileTests().decode(yaml) }
        #expect(error.description == message)
    }

    @Test func aSourceFileNamesTheBadFormatAndTheAllowedOnes() throws {
        let yaml = "id: s\ntitle: S\nurl: snapshots/s.xls\nformat: xls\ncategory: entity-of-concern\nrecords:\n  path: //tr\n  fields:\n    name: td[1]\n"
        let error = try #require(throws: ConfigError.self) {
            try YAMLFile.decode(SourceSpec.self, yaml: yaml, displayPath: "sources.d/s.yml")
        }
        #expect(error.description == "sources.d/s.yml:4: key 'format': unknown value 'xls' (known: html, xml, csv, json, xlsx, orcid, ror, researchmap, kaken-researcher, openalex-works)")
    }

    @Test func aKnownWordStillReads() throws {
        let team = try TeamFileTests().decode(TeamFileTests.base.replacingOccurrences(of: "sensitivity: high", with: "sensitivity: medium"))
        #expect(team.sensitivity == .medium)
    }
}
