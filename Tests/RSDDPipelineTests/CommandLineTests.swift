import Foundation
import RSDDCore
import Testing
import TestSupport

/// The built `rsdd` executable beside the test bundle, if it was built.
func rsddExecutable() -> URL? {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("rsdd")
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return nil
}

/// Runs the built `rsdd` once: its status, standard output and standard error. Standard output
/// goes through a file, so a command that writes much on both never blocks on a full pipe.
/// `environment` replaces the process's own when given.
func rsddCaptured(_ args: [String], environment: [String: String]? = nil) throws -> (status: Int32, stdout: Data, stderr: Data) {
    guard let exe = rsddExecutable() else { throw CommandLineSkip() }
    let outFile = temporaryPath("rsdd-stdout")
    FileManager.default.createFile(atPath: outFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: outFile) }
    let p = Process()
    p.executableURL = exe
    p.arguments = args
    if let environment { p.environment = environment }
    let out = try FileHandle(forWritingTo: outFile)
    defer { try? out.close() }
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let e = err.readAll()
    p.waitUntilExit()
    return (p.terminationStatus, try Data(contentsOf: outFile), e)
}

func runRSDD(_ args: [String]) throws -> (status: Int32, stderr: String) {
    let r = try rsddCaptured(args)
    return (r.status, String(decoding: r.stderr, as: UTF8.self))
}

struct CommandLineSkip: Error {}

@Suite(.serialized) struct CommandLineTests {
    @Test func aForbiddenKeyExitsTwoWithOneLineAndWritesNothing() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        let team = ws.root.appendingPathComponent("teams/t-declared.yml")
        let text = try String(contentsOf: team, encoding: .utf8)
        try text.replacingOccurrences(of: "    name: Noa Mustermann\n", with: "    name: Noa Mustermann\n    place-of-birth: XC\n")
            .write(to: team, atomically: true, encoding: .utf8)
        for command in ["check", "run"] {
            let r = try runRSDD([command, "--config", ws.root.path])
            #expect(r.status == 2)
            #expect(untimed(r.stderr) == "rsdd: teams/t-declared.yml:22: member m2: key 'place-of-birth' is not accepted (rsdd assesses ties, never nationality, citizenship, birthplace, ethnicity or race)\n")
        }
        #expect(!FileManager.default.fileExists(atPath: ws.reportsDir.path))
        #expect(!FileManager.default.fileExists(atPath: ws.stateDir.appendingPathComponent("snapshots").path))
    }

    @Test func reportRewritesTheReportsWithoutANetworkRequest() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        // Nothing fetched yet: every source is missing, and the reports say so.
        let r = try runRSDD(["report", "--config", ws.root.path, "--as-of", "2026-11-18"])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("sources not fresh: demo-consolidated, demo-list, demo-registry, kaken, openalex, orcid, researchmap"))
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-declared.md"), encoding: .utf8)
        #expect(md.contains("Source demo-list has no usable snapshot"))
        // Assessed without its lists, no team is a clean `none`.
        #expect(md.contains("subtitle: \"Team t-declared · level none — incomplete\""))
        #expect(r.stderr.contains("incomplete: t-clean, t-declared, t-undisclosed"))
        #expect(!FileManager.default.fileExists(atPath: ws.stateDir.appendingPathComponent("snapshots").path))
    }

    @Test func runExitsZeroWhenEverySourceIsFresh() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        let r = try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("3 teams (1 high, 1 medium, 0 low, 1 none), 8 findings"))
        #expect(FileManager.default.fileExists(atPath: ws.reportsDir.appendingPathComponent("t-clean.md").path))
    }
}

/// `rsdd` run as a cron job would, with an environment: its status, and what it printed.
func runRSDD(_ args: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
    let r = try rsddCaptured(args, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    return (r.status, String(decoding: r.stderr + r.stdout, as: UTF8.self))
}

/// KAKEN's application id comes from the environment and goes to KAKEN only: never into a file
/// rsdd writes (snapshot bodies aside, stored as received), nor anything it prints.
@Suite(.serialized) struct SecretTests {
    static let appid = "sEcReT-appid-7f3a9c"

    /// Every file under the workspace but the snapshot bodies, with its bytes.
    func writtenFiles(_ ws: Workspace) -> [(String, Data)] {
        let snapshots = ws.stateDir.appendingPathComponent("snapshots").path
        var out: [(String, Data)] = []
        let e = FileManager.default.enumerator(atPath: ws.root.path)
        while let rel = e?.nextObject() as? String {
            let path = ws.root.appendingPathComponent(rel).path
            var dir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &dir), !dir.boolValue, !path.hasPrefix(snapshots + "/") else { continue }
            if let d = FileManager.default.contents(atPath: path) { out.append((rel, d)) }
        }
        return out
    }

    @Test func theAppIDReachesKAKENAndNothingElse() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        let body = try Data(contentsOf: ws.root.appendingPathComponent("snapshots/kaken/90000001.json"))
        let server = try TestHTTPServer { req in
            // The second member key is refused the way a server would, quoting the request.
            req.path.contains("qm=90000001") ? TestResponse(status: 200, body: body) : .text("bad request \(req.path)", status: 400)
        }
        defer { server.stop() }
        try """
        id: kaken
        title: KAKEN researcher records (test server)
        url: \(server.url("/opensearch/"))?appid=${KAKEN_APPID}&format=json&qm={kaken}
        format: kaken-researcher
        per: member
        refresh: 24h
        """.write(to: ws.sourcesDir.appendingPathComponent("kaken.yml"), atomically: true, encoding: .utf8)
        // A second member with a KAKEN number the server refuses: its error must not quote the URL's secret either.
        let team = ws.teamsDir.appendingPathComponent("t-clean.yml")
        let text = try String(contentsOf: team, encoding: .utf8)
        try (text + "  - id: m9\n    name: Kim Example\n    kaken: 90000002\n").write(to: team, atomically: true, encoding: .utf8)

        let r = try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18", "--force"], environment: ["KAKEN_APPID": Self.appid])
        #expect(server.requests.contains { $0.path.contains("appid=\(Self.appid)") }, "the appid was sent to KAKEN")
        #expect(r.status == 3, "one member's record failed: \(r.output)")
        #expect(!r.output.contains(Self.appid), "printed: \(r.output)")
        let files = writtenFiles(ws)
        #expect(files.contains { $0.0.hasSuffix("state.sqlite") })
        #expect(files.contains { $0.0.hasSuffix("t-undisclosed.md") })
        for (name, data) in files {
            #expect(data.range(of: Data(Self.appid.utf8)) == nil, "\(name) holds the appid")
        }
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-undisclosed.md"), encoding: .utf8)
        #expect(md.contains("appid=${KAKEN_APPID}"), "the evidence shows the URL with the variable's name")
    }

    @Test func aSecretThatAServerEchoesInPartsAndHeadersIsNeverWritten() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let secret = Self.appid
        nonisolated(unsafe) var base = ""
        // The server echoes the key in the part URLs it names, in ETag and Last-Modified; one part fails.
        let server = try TestHTTPServer { req in
            let echo = ["ETag: \"\(secret)\"", "Last-Modified: \(secret)"]
            if req.path.hasPrefix("/api/demo-long?") {
                let profile = RecordPartsTests.profile(base: base, total: 1500)
                    .replacingOccurrences(of: "/research_experience\"", with: "/research_experience?key=\(secret)\"")
                let second = #", {"@id": "\#(base)/demo-long/education?key=\#(secret)", "@type": "education", "total_items": 5, "items": []}]}"#
                return .text(String(profile.dropLast(2)) + second, headers: echo)
            }
            if req.path.contains("/education") { return .text("gone", status: 410, headers: echo) }
            let start = req.path.contains("start=1001") ? 1001 : 1
            return .text(RecordPartsTests.page(start: start, count: start == 1 ? 1000 : 500), headers: echo)
        }
        base = server.url("/api")
        defer { server.stop() }
        let ws = try RecordPartsTests().workspace(server)
        let source = ws.sourcesDir.appendingPathComponent("researchmap.yml")
        try String(contentsOf: source, encoding: .utf8).replacingOccurrences(of: "?format=json", with: "?format=json&key=${RM_KEY}")
            .write(to: source, atomically: true, encoding: .utf8)
        var output = ""
        for _ in 0..<2 {
            let r = try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18", "--force"], environment: ["RM_KEY": secret])
            #expect(r.status == 3, "the education part failed: \(r.output)")
            output += r.output
        }
        #expect(server.requests.contains { $0.path.contains("start=1001") && $0.path.contains(secret) }, "the parts were fetched")
        #expect(!output.contains(secret), "printed: \(output)")
        let files = writtenFiles(ws)
        #expect(files.contains { $0.0.hasSuffix("state.sqlite") })
        #expect(files.contains { $0.0.hasSuffix("changes.md") })
        for (name, data) in files {
            #expect(data.range(of: Data(secret.utf8)) == nil, "\(name) holds the secret")
        }
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-long.md"), encoding: .utf8)
        #expect(md.contains(#"education?key=\[redacted\]\&limit=1000\&start=1 failed: HTTP 410"#), "the part is named, redacted")
    }

    @Test func checkNamesEachVariableThatASourceNeedsAndIsNotSet() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        try """
        id: kaken
        title: KAKEN researcher records
        url: http://127.0.0.1:9/opensearch/?appid=${RSDD_TEST_APPID}&key=${RSDD_TEST_KEY}&qm={kaken}
        format: kaken-researcher
        per: member
        refresh: 24h
        """.write(to: ws.sourcesDir.appendingPathComponent("kaken.yml"), atomically: true, encoding: .utf8)
        let unset = ["RSDD_TEST_APPID": "", "RSDD_TEST_KEY": ""]
        let r = try runRSDD(["check", "--config", ws.root.path], environment: unset)
        #expect(r.status == 2, "\(r.output)")
        #expect(r.output.contains("sources.d/kaken.yml: the environment variable RSDD_TEST_APPID that the url names is not set"), "\(r.output)")
        #expect(r.output.contains("RSDD_TEST_KEY"))
        #expect(!r.output.contains("no problem found"))
        let offline = try runRSDD(["check", "--config", ws.root.path, "--offline"], environment: unset)
        #expect(offline.status == 0, "\(offline.output)")
        #expect(offline.output.contains("warning: sources.d/kaken.yml: the environment variable RSDD_TEST_APPID"), "\(offline.output)")
        let set = try runRSDD(["check", "--config", ws.root.path], environment: ["RSDD_TEST_APPID": "x", "RSDD_TEST_KEY": "y"])
        #expect(set.status == 0 && set.output.contains("no problem found"), "\(set.output)")
    }

    @Test func anUnsetAppIDFailsThatSourceAloneNamingTheVariable() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let ws = try demoCopy()
        try """
        id: kaken
        title: KAKEN researcher records
        url: http://127.0.0.1:9/opensearch/?appid=${KAKEN_APPID}&format=json&qm={kaken}
        format: kaken-researcher
        per: member
        refresh: 24h
        """.write(to: ws.sourcesDir.appendingPathComponent("kaken.yml"), atomically: true, encoding: .utf8)
        // Set but empty counts as not set.
        let r = try runRSDD(["run", "--config", ws.root.path, "--as-of", "2026-11-18"], environment: ["KAKEN_APPID": ""])
        #expect(r.status == 3, "\(r.output)")
        #expect(r.output.contains("KAKEN_APPID"))
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-undisclosed.md"), encoding: .utf8)
        #expect(md.contains("KAKEN researcher number"), "the member's KAKEN record is named as not read")
        #expect(md.contains("incomplete"))
    }
}
