import Foundation
import RSDDCore
import RSDDPipeline
import Testing
import TestSupport

/// The index's answers kept from one run to the next (`.rsdd/cache/lookups/`): a second run over
/// the same lists gives the same assessments, byte for byte, and a damaged cache file is only
/// answered afresh.
@Suite(.serialized) struct LookupCachePipelineTests {
    func assessed(_ ws: Workspace) throws -> Data {
        let a = try Pipeline.assess(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow, offline: true)).assessments
        return try Files.jsonEncoder(pretty: false).encode(a)
    }

    func cacheFiles(_ ws: Workspace) -> [URL] {
        let dir = ws.stateDir.appendingPathComponent("cache/lookups")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted().map { dir.appendingPathComponent($0) }
    }

    @Test func aSecondRunKeepsTheAnswersAndAssessesAlike() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow, offline: false))
        let first = try assessed(ws)
        let files = cacheFiles(ws)
        #expect(files.count == 1 && files[0].lastPathComponent.hasSuffix(".bin"))
        let written = try Data(contentsOf: try #require(files.first))
        // Read back: the same assessments, and the file not written again (nothing new was asked).
        #expect(try assessed(ws) == first)
        #expect(try Data(contentsOf: files[0]) == written)
        // Damaged: ignored, answered afresh, the same assessments, the file rewritten whole.
        var bytes = written
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: files[0])
        #expect(try assessed(ws) == first)
        #expect(try Data(contentsOf: files[0]) == written)
    }
}
