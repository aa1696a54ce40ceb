import Foundation
import GRDB
import RSDDCore
import RSDDFetch
import RSDDPipeline
import RSDDStore
import Testing
import TestSupport

@Suite(.serialized) struct WorkspaceParserTests {
    @Test func everySnapshotIsParsedAsARunReadsItAndNothingIsWritten() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        // The database and its write-ahead log: a write lands in one of them.
        func database() -> [Data?] { ["state.sqlite", "state.sqlite-wal"].map { try? Data(contentsOf: ws.stateDir.appendingPathComponent($0)) } }
        let before = database()
        let first = try WorkspaceParser.parse(workspace: ws)
        let list = try #require(first.first { $0.key == "demo-list" })
        #expect(list.error == nil)
        #expect(list.records == 5)
        #expect(first.filter { $0.key.hasPrefix("orcid/") }.count == 5)
        #expect(database() == before, "a check writes nothing")

        // The list is replaced by an empty file: fetched (bytes are bytes) but not parseable.
        try Data().write(to: ws.root.appendingPathComponent("snapshots/list.html"))
        _ = try Fetcher(workspace: ws, now: fixedNow.addingTimeInterval(60), force: true).fetch(try ws.loadSources(), members: MemberKeys())
        let second = try WorkspaceParser.parse(workspace: ws)
        let broken = try #require(second.first { $0.key == "demo-list" })
        #expect(broken.error?.contains("the file is empty") == true)
    }

    @Test func theUnreadParseTablesAreGoneFromAnOldDatabase() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let db = try DatabaseQueue(path: ws.stateDir.appendingPathComponent("state.sqlite").path)
        let tables = try db.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(!tables.contains("record") && !tables.contains("public_tie") && !tables.contains("parsed_snapshot"))
        #expect(tables.contains("run") && tables.contains("snapshot_entry"))
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
