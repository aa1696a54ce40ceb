import Foundation
import RSDDAssess
import RSDDCore
import Testing
import TestSupport

/// The built-in profiles are compiled in (an installed rsdd has no resource bundle and no source
/// tree); `policies/` stays their one source of truth.
@Suite struct BuiltinProfileTests {
    @Test func theCompiledInProfilesArePoliciesByteForByte() throws {
        let dir = repositoryRoot.appendingPathComponent("policies")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(files.map { String($0.dropLast(4)) } == BuiltinProfiles.yaml.keys.sorted(),
                "Sources/RSDDAssess/BuiltinProfiles.swift is out of date: run python3 tools/gen-builtins.py")
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            #expect(BuiltinProfiles.yaml[String(file.dropLast(4))] == text,
                    "policies/\(file) differs from its compiled-in copy: run python3 tools/gen-builtins.py")
        }
    }

    @Test func everyBuiltInProfileLoadsInAWorkspaceWithoutPolicies() throws {
        let ws = Workspace(root: try makeTemporaryDirectory())
        for id in PolicyProfile.builtinIDs {
            #expect(try PolicyProfile.load(id: id, workspace: ws).id == id)
        }
        let e = #expect(throws: ConfigError.self) { try PolicyProfile.load(id: "nosuch", workspace: ws) }
        #expect(e?.description == "policies/nosuch.yml: no policy profile 'nosuch' (built in: dod-2023, dod-2026, mext, strac)")
    }
}
