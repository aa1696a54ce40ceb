// rsdd's benchmarks (`make bench`): figures as medians over repeated runs, and ratios to the
// ideal, because the machines are noisy. Nothing here is a pass/fail test.
import Foundation
import RSDDCore
import RSDDFetch
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
        let status = try fetcher.fetch([source], orcids: orcids)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status[0].state == .fresh, status[0].snapshots == count else {
            throw NSError(domain: "bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "fetch did not succeed: \(status[0])"])
        }
        times.append(seconds)
    }
    return times
}

let runs = Int(ProcessInfo.processInfo.environment["RSDD_BENCH_RUNS"] ?? "") ?? 5
print("rsdd benchmarks, \(runs) runs each, medians")
print("")

do {
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
}
