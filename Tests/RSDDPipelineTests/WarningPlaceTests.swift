import Foundation
import RSDDCore
import RSDDPipeline
import Testing
import TestSupport

/// Issue 21: a CSV warning cited the snapshot's hash on the night the list was fetched and its
/// URL on later nights; it cites the URL on both.
@Suite struct WarningPlaceTests {
    @Test func aCSVWarningNamesTheURLOnTheNightOfTheFetchAndAfter() throws {
        let ws = try demoCopy()
        try """
        id: demo-csv
        title: Demo CSV list (fictional)
        url: snapshots/extra.csv
        format: csv
        category: entity-of-concern
        records:
          fields:
            name: name
            country: country

        """.write(to: ws.root.appendingPathComponent("sources.d/demo-csv.yml"), atomically: true, encoding: .utf8)
        try "name,country\nAcme Fictional Ltd,XA\nA row with three,XB,fields\nZeta Fictional Corp,XB\n"
            .write(to: ws.root.appendingPathComponent("snapshots/extra.csv"), atomically: true, encoding: .utf8)
        let first = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let second = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow.addingTimeInterval(600)))
        let mine = { (w: [String]) in w.filter { $0.contains("extra.csv") || $0.contains("demo-csv") } }
        #expect(mine(first.warnings).count == 1, "\(first.warnings)")
        #expect(mine(first.warnings) == mine(second.warnings))
        #expect(mine(first.warnings).first?.contains("snapshots/extra.csv:3") == true, "\(first.warnings)")
    }

    /// Issue 21: a batched per-member request that failed was named only by its members
    /// (`openalex/A|B|C: failed: Couldn't read a file:// file`), not by the file it wanted.
    @Test func aFailedBatchedFetchNamesTheFileItWanted() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        let openalex = ws.root.appendingPathComponent("sources.d/openalex.yml")
        try String(contentsOf: openalex, encoding: .utf8).replacingOccurrences(of: "per: member\n", with: "per: member\nbatch: 3\n")
            .write(to: openalex, atomically: true, encoding: .utf8)
        let r = try runRSDDExactly(["fetch", "--config", ws.root.path], environment: [:])
        #expect(r.status == 3)
        #expect(r.stderr.contains("openalex/9999-0000-0000-0019|9999-0000-0000-0027|9999-0000-0000-0035: failed: Couldn't read a file:// file (snapshots/openalex/9999-0000-0000-0019|9999-0000-0000-0027|9999-0000-0000-0035.json)"), "\(r.stderr)")
    }
}
