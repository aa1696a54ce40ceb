// rsdd's benchmarks (`make bench`): figures as medians over repeated runs, and ratios to the
// ideal, because the machines are noisy. Nothing here is a pass/fail test.
import Foundation
import RSDDCore
import RSDDFetch
import RSDDParse
import RSDDResolve
import TestSupport

/// An ORCID-shaped iD with a valid check digit (ISO 7064 MOD 11-2), for fictional members.
func fictionalORCID(_ n: Int) -> String {
    let body = String(format: "9999%011d", n)
    var total = 0
    for ch in body { total = (total + ch.wholeNumberValue!) * 2 }
    let r = (12 - total % 11) % 11
    let digits = body + (r == 10 ? "X" : String(r))
    let a = Array(digits)
    return [a[0..<4], a[4..<8], a[8..<12], a[12..<16]].map { String($0) }.joined(separator: "-")
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Fetches `count` per-member URLs from a local server that answers each after `delay` seconds.
func benchPerMemberFetch(count: Int, delay: Double, limit: HostLimit, runs: Int) throws -> [Double] {
    let record = Data("<record>fictional</record>".utf8)
    let server = try TestHTTPServer { _ in TestResponse(body: record, delay: delay) }
    defer { server.stop() }
    let orcids = (1...count).map(fictionalORCID)
    precondition(orcids.allSatisfy(ORCID.isValid))
    let source = try YAMLFile.decode(SourceSpec.self, yaml: """
    id: orcid
    title: Local stand-in for the ORCID public API
    url: \(server.url("/v3.0/{orcid}/record"))
    format: orcid
    per: member
    """, displayPath: "sources.d/orcid.yml")
    var settings = Settings()
    settings.fetch.hosts = ["127.0.0.1": limit]
    var times: [Double] = []
    for _ in 0..<runs {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rsdd-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fetcher = try Fetcher(workspace: Workspace(root: dir), now: Date(), force: true, settings: settings)
        let start = DispatchTime.now().uptimeNanoseconds
        let status = try fetcher.fetch([source], members: MemberKeys(orcids: orcids))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status[0].state == .fresh, status[0].snapshots == count else {
            throw NSError(domain: "bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "fetch did not succeed: \(status[0])"])
        }
        times.append(seconds)
    }
    return times
}

/// The declaration the parse benchmark reads its generated list with (streamed: `//l:entity`).
let benchListYAML = """
id: bench-list
title: Generated list (fictional)
url: list.xml
format: xml
category: sanctions
records:
  path: //l:entity
  namespaces: {l: "urn:rsdd:bench"}
  fields:
    id: string(@id)
    name: l:name
    aliases: l:alias
    country: l:country
  kind_from: {select: l:type, organisation: [Entity], person: [Individual]}
"""

/// Writes a list of fictional organisations of about `bytes` bytes, in the shape of the large
/// sanctions lists (namespaced elements, several aliases, long notes).
func generateList(at url: URL, bytes: Int) throws -> Int {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let h = try FileHandle(forWritingTo: url)
    defer { try? h.close() }
    try h.write(contentsOf: Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<list xmlns=\"urn:rsdd:bench\">\n".utf8))
    var written = 0
    var n = 0
    var chunk = ""
    while written < bytes {
        n += 1
        let type = n % 5 == 0 ? "Individual" : "Entity"
        chunk += """
          <entity id="\(n)"><type>\(type)</type><name>Fictional Precision Works \(n) Co., Ltd.</name>\
        <alias>FPW \(n)</alias><alias>Fictional Works No. \(n) (FW&amp;\(n))</alias><country>X\(n % 3 == 0 ? "A" : "B")</country>\
        <notes>Listed for the benchmark only; this organisation does not exist. Record \(n) of a generated file, with text to make it as long as a real entry.</notes></entity>

        """
        if chunk.utf8.count > 1 << 20 {
            let d = Data(chunk.utf8)
            try h.write(contentsOf: d)
            written += d.count
            chunk = ""
        }
    }
    try h.write(contentsOf: Data((chunk + "</list>\n").utf8))
    return n
}

/// Runs a command, returning its wall time and the largest resident set of any child so far (KiB).
func timeChild(_ path: String, _ args: [String], allowing codes: Set<Int32> = [0]) throws -> (seconds: Double, maxRSSKiB: Int, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    guard codes.contains(p.terminationStatus) else {
        throw NSError(domain: "bench", code: 2, userInfo: [NSLocalizedDescriptionKey: "\(path) \(args) exited \(p.terminationStatus)"])
    }
    return (seconds, usage.ru_maxrss, String(decoding: data, as: UTF8.self))
}

/// The bytes of the regular files under `dirs`, each file (inode) once: hard links cost nothing.
func diskUse(_ dirs: [URL]) -> Int {
    var seen = Set<UInt64>(), total = 0
    for dir in dirs {
        // A file counts as itself; a folder, as the files under it.
        let e: [URL] = (FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)?.allObjects as? [URL]) ?? []
        for url in e.isEmpty ? [dir] : e {
            guard let a = try? FileManager.default.attributesOfItem(atPath: url.path), (a[.type] as? FileAttributeType) == .typeRegular,
                  let ino = a[.systemFileNumber] as? UInt64, seen.insert(ino).inserted else { continue }
            total += (a[.size] as? Int) ?? 0
        }
    }
    return total
}

/// Each team's JSON report by its inode.
func teamReportInodes(_ reports: URL) -> [String: UInt64] {
    var out: [String: UInt64] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? [] where name.hasSuffix(".json") && !["index.json", "changes.json"].contains(name) {
        out[name] = (try? FileManager.default.attributesOfItem(atPath: reports.appendingPathComponent(name).path))?[.systemFileNumber] as? UInt64
    }
    return out
}

/// How many team reports are other files than before (written anew, or new).
func rewritten(_ reports: URL, since before: [String: UInt64]) -> Int {
    teamReportInodes(reports).filter { before[$0.key] != $0.value }.count
}

// A child mode: parse one file with the benchmark declaration and print the record count.
if CommandLine.arguments.count == 3 && CommandLine.arguments[1] == "parse-xml" {
    let spec = try YAMLFile.decode(SourceSpec.self, yaml: benchListYAML, displayPath: "bench-list.yml")
    var count = 0
    _ = try RecordExtractor(source: spec).read(contentsOf: URL(fileURLWithPath: CommandLine.arguments[2]), file: "list.xml") { _ in
        count += 1
    }
    print(count)
    exit(0)
}

// A child mode: only walk the records with the stream reader (expand each, build nothing).
if CommandLine.arguments.count == 3 && CommandLine.arguments[1] == "walk-xml" {
    let reader = try XMLStreamReader(contentsOf: URL(fileURLWithPath: CommandLine.arguments[2]), file: "list.xml")
    var count = 0
    try reader.forEachElement(localName: "entity", namespaceURI: "urn:rsdd:bench", namespaces: [:]) { _, _ in count += 1 }
    print(count)
    exit(0)
}

// A child mode: write a workspace at an institution's scale (see Scale.swift).
if CommandLine.arguments.count == 6 && CommandLine.arguments[1] == "scale-workspace" {
    try writeScaleWorkspace(at: URL(fileURLWithPath: CommandLine.arguments[2]), teams: Int(CommandLine.arguments[3])!,
                            registry: Int(CommandLine.arguments[4])!, data: URL(fileURLWithPath: CommandLine.arguments[5]))
    exit(0)
}

// A child mode: the institution-scale figures for one workspace size, each command a child of
// this process (so that the peak memory is theirs alone): fetch once, then assess and run.
if CommandLine.arguments.count == 5 && CommandLine.arguments[1] == "scale" {
    let teams = Int(CommandLine.arguments[2])!, registry = Int(CommandLine.arguments[3])!, runs = Int(CommandLine.arguments[4])!
    let rsdd = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rsdd").path
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rsdd-bench-scale-\(teams)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try writeScaleWorkspace(at: dir, teams: teams, registry: registry, data: sharedData!)
    _ = try? timeChild(rsdd, ["fetch", "--config", dir.path])
    // The first assess reads every counterparty name against the index; the next ones find the
    // answers it kept (`.rsdd/cache/lookups/`, round 34), as a nightly run over unchanged lists does.
    let firstAssess = try timeChild(rsdd, ["assess", "--config", dir.path]).seconds
    var assess: [Double] = [], run: [Double] = []
    for _ in 0..<runs { assess.append(try timeChild(rsdd, ["assess", "--config", dir.path]).seconds) }
    let assessRSS = try timeChild(rsdd, ["assess", "--config", dir.path]).maxRSSKiB
    // (The fetch above decoded the team files and cached them, as every run does: an assess with
    // the cache removed reads all the YAML again, as the first command on a new workspace would.)
    try? FileManager.default.removeItem(at: dir.appendingPathComponent(".rsdd/cache/teams.bin"))
    let cold = try timeChild(rsdd, ["assess", "--config", dir.path]).seconds
    // The first run writes every report; a run right after it, with nothing new, keeps them all.
    let first = try timeChild(rsdd, ["run", "--config", dir.path, "--offline"], allowing: [0, 3])
    for _ in 0..<runs { run.append(try timeChild(rsdd, ["run", "--config", dir.path, "--offline"], allowing: [0, 3]).seconds) }
    print(String(format: "%d teams, registry of %d: assess median %.1f s with the last assess's answers kept (%.1f s for the first assess after fetch, every name read; peak %.0f MB; %.1f s with no team cached, every team file read as YAML); first run, every report written, %.1f s (peak %.0f MB); run again with no change median %.1f s",
                 teams, registry, median(assess), firstAssess, Double(assessRSS) / 1024, cold, first.seconds, Double(first.maxRSSKiB) / 1024, median(run)))
    // The next night with nothing new (another as-of date: every report's header changes), then
    // a night on which one row of the Section 1286 list changed (fetched again).
    let tomorrow = Day(Date().addingTimeInterval(86_400)).description
    let reports = dir.appendingPathComponent("reports")
    var use = diskUse([reports, dir.appendingPathComponent(".rsdd/runs")])
    var inodes = teamReportInodes(reports)
    let night = try timeChild(rsdd, ["run", "--config", dir.path, "--offline", "--as-of", tomorrow], allowing: [0, 3, 4])
    var grew = diskUse([reports, dir.appendingPathComponent(".rsdd/runs")]) - use
    print(String(format: "  next night, no input changed: run %.1f s, %d team reports rewritten, reports and archive grew %.1f MB",
                 night.seconds, rewritten(reports, since: inodes), Double(grew) / 1e6))
    let list = dir.appendingPathComponent("snapshots/section_1286.csv")
    var rows = try String(contentsOf: list, encoding: .utf8).components(separatedBy: "\n")
    // The first row past the middle that names a university, renamed as a re-published list might.
    let at = (rows.count / 2..<rows.count).first { rows[$0].contains("University") } ?? rows.count / 2
    rows[at] = rows[at].replacingOccurrences(of: "University", with: "University (renamed)")
    try rows.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
    use = diskUse([reports, dir.appendingPathComponent(".rsdd/runs")])
    let archive = diskUse([dir.appendingPathComponent(".rsdd/runs")])
    let history = diskUse([dir.appendingPathComponent(".rsdd/state.sqlite"), dir.appendingPathComponent(".rsdd/state.sqlite-wal")])
    inodes = teamReportInodes(reports)
    let changed = try timeChild(rsdd, ["run", "--config", dir.path, "--force", "--as-of", tomorrow], allowing: [0, 3, 4])
    grew = diskUse([reports, dir.appendingPathComponent(".rsdd/runs")]) - use
    let archiveGrew = diskUse([dir.appendingPathComponent(".rsdd/runs")]) - archive
    let historyGrew = diskUse([dir.appendingPathComponent(".rsdd/state.sqlite"), dir.appendingPathComponent(".rsdd/state.sqlite-wal")]) - history
    print(String(format: "  one list row changed: run %.1f s, %d team reports rewritten, reports and archive grew %.1f MB (.rsdd/runs/ %.1f MB, state database %.1f MB)",
                 changed.seconds, rewritten(reports, since: inodes), Double(grew) / 1e6, Double(archiveGrew) / 1e6, Double(historyGrew) / 1e6))
    exit(0)
}

// A child mode: resolve N generated records, print the entity count.
if CommandLine.arguments.count == 3 && CommandLine.arguments[1] == "resolve" {
    let n = Int(CommandLine.arguments[2])!
    let records = generatedRecords(n)
    let (entities, pairs) = Resolver().resolveCounting(records)
    print("\(entities.count) \(pairs)")
    exit(0)
}

// `make eval`: resolution and matching measured against ../shared/data.
if CommandLine.arguments.count == 3 && CommandLine.arguments[1] == "eval" {
    try evaluate(URL(fileURLWithPath: CommandLine.arguments[2]))
    exit(0)
}

let runs = Int(ProcessInfo.processInfo.environment["RSDD_BENCH_RUNS"] ?? "") ?? 5
/// RSDD_BENCH_SECTIONS=parse,scale runs only those (fetch, parse, resolve, scale); default all.
let sections = Set((ProcessInfo.processInfo.environment["RSDD_BENCH_SECTIONS"] ?? "fetch,parse,resolve,scale").split(separator: ",").map(String.init))
print("rsdd benchmarks, \(runs) runs each, medians")
print("")

if sections.contains("fetch") { do {
    let n = 200, delay = 0.1, inFlight = 8
    let ideal = Double(n) * delay / Double(inFlight)
    let serial = Double(n) * delay
    let t = try benchPerMemberFetch(count: n, delay: delay, limit: HostLimit(inFlight: inFlight, perSecond: 1000, burst: 1000), runs: runs)
    let m = median(t)
    print(String(format: "fetch: %d per-member URLs, server answers each in %.0f ms, %d in flight", n, delay * 1000, inFlight))
    print(String(format: "  median %.2f s (min %.2f, max %.2f); ideal %.2f s (ratio %.2f); one at a time %.1f s (%.1fx faster)",
                 m, t.min()!, t.max()!, ideal, m / ideal, serial, serial / m))

    let orcid = HostLimit.known["pub.orcid.org"]!
    let paced = try benchPerMemberFetch(count: n, delay: delay, limit: orcid, runs: max(1, runs / 2))
    let floor = Double(n - orcid.burst) / orcid.perSecond
    print(String(format: "fetch: the same under ORCID's published limit (%.0f requests/s, bursts of %d, %d in flight)",
                 orcid.perSecond, orcid.burst, orcid.inFlight))
    print(String(format: "  median %.2f s; the rate alone allows no less than %.2f s (ratio %.2f)",
                 median(paced), floor, median(paced) / floor))
} catch {
    FileHandle.standardError.write(Data("rsdd-bench: \(error)\n".utf8))
    exit(1)
} }

print("")
if sections.contains("parse") { do {
    let megabytes = Int(ProcessInfo.processInfo.environment["RSDD_BENCH_XML_MB"] ?? "") ?? 500
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rsdd-bench-xml")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let small = dir.appendingPathComponent("list-small.xml")
    let large = dir.appendingPathComponent("list-large.xml")
    let smallCount = try generateList(at: small, bytes: max(1, megabytes / 10) << 20)
    let largeCount = try generateList(at: large, bytes: megabytes << 20)
    let size = Double(try FileManager.default.attributesOfItem(atPath: large.path)[.size] as! Int) / 1_048_576
    let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let me = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
        : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]

    // Memory: the small file first, then the large one; the largest child so far is the large one's if it grew.
    let smallRun = try timeChild(me, ["parse-xml", small.path])
    guard Int(smallRun.output.trimmingCharacters(in: .whitespacesAndNewlines)) == smallCount else {
        throw NSError(domain: "bench", code: 3, userInfo: [NSLocalizedDescriptionKey: "small list: \(smallRun.output) records, expected \(smallCount)"])
    }
    var ours: [Double] = []
    var rss = 0
    for _ in 0..<max(1, runs / 2) {
        let r = try timeChild(me, ["parse-xml", large.path])
        guard Int(r.output.trimmingCharacters(in: .whitespacesAndNewlines)) == largeCount else {
            throw NSError(domain: "bench", code: 3, userInfo: [NSLocalizedDescriptionKey: "large list: \(r.output) records, expected \(largeCount)"])
        }
        ours.append(r.seconds)
        rss = r.maxRSSKiB
    }
    print(String(format: "parse: generated XML list, %.0f MB, %d records, streamed (xmlTextReader; simple paths walked, others compiled XPath)", size, largeCount))
    print(String(format: "  rsdd: median %.2f s = %.0f MB/s; peak memory %.0f MB (after the %d MB file: %.0f MB)",
                 median(ours), size / median(ours), Double(rss) / 1024, max(1, megabytes / 10), Double(smallRun.maxRSSKiB) / 1024))
    var walk: [Double] = []
    for _ in 0..<max(1, runs / 2) { walk.append(try timeChild(me, ["walk-xml", large.path]).seconds) }
    print(String(format: "  the same reader walking the records without building them: median %.2f s = %.0f MB/s",
                 median(walk), size / median(walk)))
    if let xmllint {
        var lint: [Double] = []
        for _ in 0..<max(1, runs / 2) { lint.append(try timeChild(xmllint, ["--stream", "--noout", large.path]).seconds) }
        print(String(format: "  xmllint --stream --noout: median %.2f s = %.0f MB/s; rsdd takes %.2fx its time (goal: at most 1.5x)",
                     median(lint), size / median(lint), median(ours) / median(lint)))
    } else {
        print("  xmllint not found (apt-get install libxml2-utils): no raw libxml2 figure to compare with")
    }
} catch {
    FileHandle.standardError.write(Data("rsdd-bench: \(error)\n".utf8))
    exit(1)
} }

print("")
if sections.contains("resolve") { do {
    let n = Int(ProcessInfo.processInfo.environment["RSDD_BENCH_RECORDS"] ?? "") ?? 500_000
    let me = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
        : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
    var times: [Double] = []
    var rss = 0
    var out = ""
    for _ in 0..<max(1, runs / 2) {
        let r = try timeChild(me, ["resolve", String(n)])
        times.append(r.seconds)
        rss = r.maxRSSKiB
        out = r.output
    }
    let parts = out.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    print(String(format: "resolve: %d generated records (fictional organisations, name variants and near-duplicates)", n))
    print(String(format: "  median %.1f s = %.0f records/s; %.2f candidate pairs per record; %d entities; peak memory %.0f MB (goal: under 60 s and 4 GiB)",
                 median(times), Double(n) / median(times), Double(parts.count > 1 ? parts[1] : 0) / Double(n), parts.first ?? 0, Double(rss) / 1024))
} catch {
    FileHandle.standardError.write(Data("rsdd-bench: \(error)\n".utf8))
    exit(1)
} }

print("")
if !sections.contains("scale") {
} else if sharedData != nil {
    // Institution scale: 10,000 teams × 5 members × 2 ties over three real lists, with and without a
    // generated registry of 120,000 organisations; and the assess figure for 100,000 teams.
    let me = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
        : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
    print("scale: teams of 5 members with 2 declared ties, the Entity List (CSL), METI's End User List and the Section 1286 list")
    print("  (goals for 10,000 teams: assess ≤ 10 s, run with every report ≤ 60 s, peak memory ≤ 1 GiB with the registry; a run with no change costs what changed)")
    for (teams, registry, n) in [(10_000, 0, max(1, runs / 2)), (10_000, 120_000, max(1, runs / 2)), (100_000, 120_000, 1)] {
        do {
            print("  " + (try timeChild(me, ["scale", String(teams), String(registry), String(n)]).output.trimmingCharacters(in: .whitespacesAndNewlines)))
        } catch {
            print("  \(teams) teams: \(error)")
        }
    }
} else {
    print("scale: ../shared/data is not beside the checkout: no institution-scale figures")
}
