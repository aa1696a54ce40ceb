import Foundation
import RSDDCore
import RSDDFetch
import RSDDPipeline
import RSDDStore
import Testing
import TestSupport

@Suite(.serialized) struct WorkspaceParserTests {
    @Test func everySnapshotIsParsedIntoTheStateStoreAndABadOneKeepsTheLastGoodRecords() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let first = try WorkspaceParser.parse(workspace: ws, now: fixedNow)
        let list = try #require(first.first { $0.key == "demo-list" })
        #expect(list.error == nil)
        #expect(list.records == 5)
        #expect(first.filter { $0.key.hasPrefix("orcid/") }.count == 5)
        let state = try StateStore(workspace: ws)
        let stored = try state.records(source: "demo-list")
        #expect(stored.count == 5)
        #expect(stored.first { $0.id == "EOC-002" }?.aliases.contains("MINATO SEIMITSU KOGYO K.K.") == true)

        // The list is replaced by an empty file: fetched (bytes are bytes) but not parseable.
        try Data().write(to: ws.root.appendingPathComponent("snapshots/list.html"))
        _ = try Fetcher(workspace: ws, now: fixedNow.addingTimeInterval(60), force: true).fetch(try ws.loadSources(), members: MemberKeys())
        let second = try WorkspaceParser.parse(workspace: ws, now: fixedNow.addingTimeInterval(60))
        let broken = try #require(second.first { $0.key == "demo-list" })
        #expect(broken.error?.contains("the file is empty") == true)
        #expect(try state.records(source: "demo-list") == stored, "the last good records stay")
        let parsed = try #require(try state.parsedSnapshots().first { $0.source == "demo-list" })
        #expect(parsed.error?.contains("the file is empty") == true)
        #expect(parsed.records == 5)
    }

    @Test func theCommandParsesTheWorkspaceAndPrintsOneLinePerSource() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        #expect(try runRSDD(["fetch", "--config", ws.root.path]).status == 0)
        let r = try runRSDD(["parse", "--config", ws.root.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("rsdd: demo-list: 5 records (snapshot "))
        #expect(r.stderr.contains("rsdd: orcid/9999-0000-0000-0019: "))
        let usage = try runRSDD(["parse", "some.html"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("INPUT files need --source"))
    }
}
