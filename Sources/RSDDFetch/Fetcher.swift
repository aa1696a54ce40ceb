import Foundation
import RSDDCore

/// The fetch stage: brings every source's snapshot up to date, keeps the last good one when a
/// source fails, and says what is fresh and what is stale.
public struct Fetcher: Sendable {
    public var store: SnapshotStore
    /// The time of this run, for retrieval times and refresh intervals.
    public var now: Date
    /// Make no request; use the stored snapshots.
    public var offline: Bool
    /// Fetch even what is still within its refresh interval.
    public var force: Bool
    public var downloader: Downloader
    public var userAgent: String

    public init(workspace: Workspace, now: Date, offline: Bool = false, force: Bool = false, parallel: Int = 8,
                userAgent: String = "rsdd/\(RSDDVersion.current) (research-security due diligence)") {
        store = SnapshotStore(workspace: workspace)
        self.now = now
        self.offline = offline
        self.force = force
        downloader = Downloader(parallel: parallel)
        self.userAgent = userAgent
    }

    /// One URL to bring up to date.
    struct Target {
        var source: SourceSpec
        var orcid: String?
        var url: String
        var key: String { SnapshotStore.key(source: source.id, orcid: orcid) }
    }

    /// Fetches `sources` (per-member sources once per iD in `orcids`) and returns each source's status.
    public func fetch(_ sources: [SourceSpec], orcids: [String]) throws -> [SourceStatus] {
        var state = try store.loadState()
        let ws = store.workspace.root
        let targets = sources.flatMap { s in
            s.isPerMember
                ? orcids.sorted().map { Target(source: s, orcid: $0, url: s.resolvedURL(workspace: ws, orcid: $0)) }
                : [Target(source: s, orcid: nil, url: s.resolvedURL(workspace: ws))]
        }
        let due = offline ? [] : targets.filter { t in
            guard !force, let e = state[t.key], e.url == t.url, e.sha256 != nil, e.error == nil,
                  let last = e.lastSuccess.flatMap(Files.date(fromTimestamp:)) else { return true }
            return now.timeIntervalSince(last) >= t.source.refresh.seconds
        }
        let requests = due.map { t -> DownloadRequest in
            var headers: [String] = []
            if let e = state[t.key], e.url == t.url, e.sha256 != nil {
                if let etag = e.etag { headers.append("If-None-Match: \(etag)") }
                if let lm = e.lastModified { headers.append("If-Modified-Since: \(lm)") }
            }
            return DownloadRequest(url: t.url, headers: headers, userAgent: userAgent)
        }
        let stamp = Files.timestamp(now)
        for (t, result) in zip(due, downloader.download(requests)) {
            var e = state[t.key] ?? SnapshotEntry(url: t.url)
            if e.url != t.url { e = SnapshotEntry(url: t.url) }
            e.lastAttempt = stamp
            var log = ["source": t.source.id, "url": t.url, "time": stamp]
            if let o = t.orcid { log["member"] = o }
            switch result {
            case .success(let r):
                e.httpStatus = r.status == 0 ? nil : r.status
                log["status"] = String(r.status)
                log["duration_ms"] = String(Int(r.duration * 1000))
                if r.notModified, e.sha256 != nil {
                    log["outcome"] = "not-modified"
                } else {
                    let hash = try store.store(r.body)
                    if hash != e.sha256 { e.retrieved = stamp }
                    e.sha256 = hash
                    e.bytes = r.body.count
                    e.etag = r.headers["etag"]
                    e.lastModified = r.headers["last-modified"]
                    log["outcome"] = "stored"
                    log["sha256"] = hash
                    log["bytes"] = String(r.body.count)
                }
                e.lastSuccess = stamp
                e.error = nil
            case .failure(let err):
                e.httpStatus = err.httpStatus
                e.error = err.message
                log["outcome"] = "failed"
                log["error"] = err.message
                if err.curlCode != 0 { log["curl_code"] = String(err.curlCode) }
            }
            state[t.key] = e
            store.appendLog(log)
        }
        if !due.isEmpty { try store.saveState(state) }
        return sources.map { status(of: $0, targets: targets, state: state) }
    }

    /// The status of one source over its targets (one, or one per member).
    func status(of source: SourceSpec, targets: [Target], state: [String: SnapshotEntry]) -> SourceStatus {
        let mine = targets.filter { $0.source.id == source.id }
        let entries = mine.map { state[$0.key] }
        let states: [SourceStatus.State] = entries.map { e in
            guard let e else { return .never }
            if e.sha256 == nil { return .failed }
            if e.error != nil { return .stale }
            if let last = e.lastSuccess.flatMap(Files.date(fromTimestamp:)), now.timeIntervalSince(last) < source.refresh.seconds {
                return .fresh
            }
            return .stale
        }
        // The worst member decides: never < failed < stale < fresh in goodness.
        let order: [SourceStatus.State] = [.never, .failed, .stale, .fresh]
        let worst = states.min { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! } ?? .fresh
        let successes = entries.compactMap { $0?.lastSuccess }.sorted()
        let error = entries.compactMap { $0?.error }.sorted().first
        return SourceStatus(id: source.id, title: source.title, state: worst,
                            retrieved: entries.compactMap { $0?.retrieved }.max(),
                            sha256: source.isPerMember ? nil : entries.first??.sha256,
                            lastSuccess: worst == .fresh ? nil : successes.first,
                            error: error, snapshots: entries.filter { $0?.sha256 != nil }.count)
    }
}
