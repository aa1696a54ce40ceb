import Foundation
import RSDDCore
import RSDDStore

/// How far a fetch has come, for a progress line or a log line.
public struct FetchProgress: Sendable {
    public var done: Int
    public var total: Int
    /// Body bytes received so far.
    public var bytes: Int
    /// `source` or `source/member`.
    public var key: String
    /// What just happened to `key`, in a few words (`stored 1,234 bytes`, `retry 2 in 1.5 s: HTTP 503`).
    public var event: String
    /// True when `key` has its final result.
    public var finished: Bool
}

/// The fetch stage: brings every source's snapshot up to date, politely, keeps the last good one
/// when a source fails, logs every attempt, and says what is fresh and what is stale.
public struct Fetcher: Sendable {
    public var store: SnapshotStore
    public var state: StateStore
    /// The time of this run, for refresh intervals and the state's last success and attempt.
    public var now: Date
    /// Make no request; use the stored snapshots.
    public var offline: Bool
    /// Fetch even what is still within its refresh interval.
    public var force: Bool
    public var settings: Settings

    /// Opens the workspace's state database; throws `StoreError` when it cannot.
    public init(workspace: Workspace, now: Date, offline: Bool = false, force: Bool = false, settings: Settings = Settings()) throws {
        store = SnapshotStore(workspace: workspace)
        state = try StateStore(workspace: workspace)
        self.now = now
        self.offline = offline
        self.force = force
        self.settings = settings
    }

    /// One URL to bring up to date.
    struct Target {
        var source: SourceSpec
        /// The member key (ORCID iD, researchmap permalink, KAKEN number) of a per-member source.
        var member: String?
        /// As stored and shown: environment variables by name, never their values.
        var url: String
        /// As requested; nil when an environment variable it needs is not set (`problem` says which).
        var fetchURL: String?
        var problem: String?
        /// Values that must never be written or shown (what `${NAME}` stood for).
        var secrets: [String]
        var key: String { SnapshotEntry.key(source: source.id, member: member) }

        init(source: SourceSpec, member: String?, workspace: URL, environment: [String: String], now: Date) {
            self.init(source: source, member: member, shown: source.resolvedURL(workspace: workspace, member: member, now: now), environment: environment)
        }

        /// A target whose URL is given; `secrets`: what else must never be written or shown.
        init(source: SourceSpec, member: String?, shown: String, environment: [String: String], secrets inherited: [String] = []) {
            self.source = source
            self.member = member
            secrets = inherited + SourceSpec.secrets(in: shown, environment: environment)
            url = SourceSpec.redacting(shown, secrets: secrets)
            do {
                fetchURL = try SourceSpec.fetchURL(shown, environment: environment)
            } catch let e as ConfigError {
                problem = e.message
            } catch {
                problem = "\(error)"
            }
        }

        /// A further part of this target's record, named by this target's content: it may fill in
        /// only the variables the declaration names, and keeps the record's secrets (a server that
        /// echoes one in a part's URL or headers does not get it written).
        func part(_ partURL: String, environment: [String: String]) -> Target {
            let names = Set(SourceSpec.environmentNames(in: source.url))
            return Target(source: source, member: PartKey.member(of: PartKey.record(of: member ?? ""), url: partURL), shown: partURL,
                          environment: environment.filter { names.contains($0.key) }, secrets: secrets)
        }

        func redacting(_ text: String) -> String { SourceSpec.redacting(text, secrets: secrets) }
    }

    /// The downloader this fetcher's settings describe.
    public var downloader: Downloader {
        let f = settings.fetch
        return Downloader(parallel: f.parallel,
                          retry: RetryPolicy(retries: f.retries, backoff: f.backoff.value, retryTime: f.retryTime.value),
                          limit: { f.limit(for: $0) })
    }

    /// Fetches `sources` (per-member sources once per member key in `members`) and returns each source's
    /// status. Each URL's result is saved as soon as it is final, so a killed fetch keeps what it got.
    /// `accept` checks new content before it replaces the last good snapshot (the parse stage
    /// reads it): what it refuses, with a reason, is kept aside and the source stays on its last
    /// good snapshot, stale, with the reason as its error. A maintenance page never replaces a list.
    ///
    /// `parts` gives, for a stored snapshot of a per-member source, the URLs of further parts of
    /// the same record (a section longer than a profile embeds, the next page of results); each is
    /// fetched after the snapshot it comes from and stored under `PartKey.member(of:url:)`. Only
    /// the record names parts freely; a part leads at most to one more (the next page), a record
    /// has at most `PartKey.limit` parts and a fetch requests at most `fetch.parts_per_run`: a
    /// record cut off by either is incomplete. Parts are fetched only when their record was (a
    /// fresh record keeps its parts).
    public func fetch(_ sources: [SourceSpec], members: MemberKeys, environment: [String: String] = ProcessInfo.processInfo.environment,
                      progress: (FetchProgress) -> Void = { _ in },
                      accept: (_ source: SourceSpec, _ member: String?, _ file: URL) -> String? = { _, _, _ in nil },
                      parts: NextParts = { _, _, _, _, _ in [] }) throws -> [SourceStatus] {
        var entries = try state.snapshotEntries()
        let ws = store.workspace.root
        let targets = sources.flatMap { s in
            s.isPerMember
                ? members.keys(for: s).map { Target(source: s, member: $0, workspace: ws, environment: environment, now: now) }
                : [Target(source: s, member: nil, workspace: ws, environment: environment, now: now)]
        }
        let stamp = Files.timestamp(now)
        // A target whose URL needs an environment variable that is not set fails without a request.
        let unready = offline ? [] : targets.filter { $0.fetchURL == nil }
        for t in unready {
            var e = entries[t.key] ?? SnapshotEntry(source: t.source.id, member: t.member, url: t.url)
            if e.url != t.url { e = SnapshotEntry(source: t.source.id, member: t.member, url: t.url) }
            e.lastAttempt = stamp
            e.error = t.problem
            try state.record(e, attempts: [])
            entries[t.key] = e
            progress(FetchProgress(done: 0, total: targets.count, bytes: 0, key: t.key, event: "failed: \(t.problem ?? "")", finished: true))
        }
        // A record whose parts did not all come with it is fetched again, parts and all.
        func partsComplete(_ t: Target) -> Bool {
            guard t.source.isPerMember, let member = t.member, let record = entries[t.key], let hash = record.sha256 else { return true }
            return store.parts(of: t.source, member: member, file: store.file(sha256: hash), url: t.url, fetched: record.lastSuccess ?? "",
                               entries: entries, next: parts).missing.isEmpty
        }
        let due = offline ? [] : targets.filter { t in
            guard t.fetchURL != nil else { return false }
            if !force, let e = entries[t.key], e.url == t.url, e.sha256 != nil, e.error == nil, !partsComplete(t) { return true }
            guard !force, let e = entries[t.key], e.url == t.url, e.sha256 != nil, e.error == nil,
                  let last = e.lastSuccess.flatMap(Files.date(fromTimestamp:)) else { return true }
            return now.timeIntervalSince(last) >= t.source.refresh.seconds
        }
        var round = due
        var seen = Set(due.map(\.key))
        // Parts named so far, by record; parts this fetch may still request.
        var named: [String: Int] = [:]
        var budget = settings.fetch.partsPerRun
        while !round.isEmpty {
            try download(round, entries: &entries, stamp: stamp, progress: progress, accept: accept)
            var next: [Target] = []
            var refused: [Target] = []
            for t in round {
                guard t.source.isPerMember, let member = t.member, let e = entries[t.key], e.error == nil, let hash = e.sha256 else { continue }
                let record = PartKey.record(of: member)
                let urls = PartKey.named(parts(t.source, record, store.file(sha256: hash), t.url, !PartKey.isPart(member)), byRecord: !PartKey.isPart(member))
                for url in urls {
                    let part = t.part(url, environment: environment)
                    guard seen.insert(part.key).inserted else { continue }
                    // Counted as `SnapshotStore.parts` counts them, which names the rest as missing.
                    let recordKey = SnapshotEntry.key(source: t.source.id, member: record)
                    named[recordKey, default: 0] += 1
                    guard named[recordKey]! <= PartKey.limit else { break }
                    // A part's URL comes from the record's content: it may only go to the record's
                    // host and fill in the variables the declaration names, nothing else.
                    guard PartKey.allowed(url, record: t.url), part.fetchURL != nil else { continue }
                    if budget > 0 {
                        budget -= 1
                        next.append(part)
                    } else {
                        refused.append(part)
                    }
                }
            }
            for part in refused {
                var e = entries[part.key] ?? SnapshotEntry(source: part.source.id, member: part.member, url: part.url)
                if e.url != part.url { e = SnapshotEntry(source: part.source.id, member: part.member, url: part.url) }
                e.lastAttempt = stamp
                e.error = "not requested: this fetch reached its limit of \(settings.fetch.partsPerRun) parts (fetch.parts_per_run in rsdd.yml)"
                try state.record(e, attempts: [])
                entries[part.key] = e
            }
            round = next
        }
        return sources.map { status(of: $0, targets: targets, entries: entries) }
    }

    /// Downloads `due` (in parallel, by the host limits) and records each result as it is final.
    private func download(_ due: [Target], entries: inout [String: SnapshotEntry], stamp: String,
                          progress: (FetchProgress) -> Void, accept: (SourceSpec, String?, URL) -> String?) throws {
        let ws = store.workspace.root
        let f = settings.fetch
        let requests = due.map { t -> DownloadRequest in
            var headers: [String] = []
            if let e = entries[t.key], e.url == t.url, e.sha256 != nil {
                if let etag = e.etag { headers.append("If-None-Match: \(etag)") }
                if let lm = e.lastModified { headers.append("If-Modified-Since: \(lm)") }
            }
            return DownloadRequest(url: t.fetchURL!, headers: headers, timeout: (t.source.timeout ?? f.timeout).value,
                                   connectTimeout: (t.source.connectTimeout ?? f.connectTimeout).value,
                                   maxBytes: (t.source.maxBytes ?? f.maxBytes).value, userAgent: settings.userAgent,
                                   caBundle: t.source.caBundle.map { Self.path($0, in: ws) }, sameOrigin: PartKey.isPart(t.member))
        }
        var done = 0
        var bytes = 0
        var failure: Error?
        _ = downloader.download(requests) { event in
            switch event {
            case .retrying(let i, let attempt, let delay):
                let why = due[i].redacting(attempt.error?.message ?? "failed")
                progress(FetchProgress(done: done, total: due.count, bytes: bytes, key: due[i].key,
                                       event: String(format: "retry %d in %.1f s: %@", attempt.number + 1, delay, why), finished: false))
            case .finished(let i, let result):
                done += 1
                let t = due[i]
                do {
                    // A part is checked with its record (the reader of the whole), not on its own.
                    let (entry, attempts, event) = try withoutActuallyEscaping(accept) { accept in
                        try update(entries[t.key], target: t, result: result, stamp: stamp,
                                   accept: PartKey.isPart(t.member) ? { _, _, _ in nil } : accept)
                    }
                    try state.record(entry, attempts: attempts)
                    entries[t.key] = entry
                    if case .success(let r) = result.result { bytes += r.body.count }
                    progress(FetchProgress(done: done, total: due.count, bytes: bytes, key: t.key, event: event, finished: true))
                } catch {
                    if failure == nil { failure = error }
                }
            }
        }
        if let failure { throw failure }
    }

    /// A URL's new state and the log rows of its attempts.
    private func update(_ old: SnapshotEntry?, target t: Target, result: DownloadResult, stamp: String,
                        accept: (SourceSpec, String?, URL) -> String?) throws
        -> (SnapshotEntry, [FetchAttempt], String) {
        var e = old ?? SnapshotEntry(source: t.source.id, member: t.member, url: t.url)
        if e.url != t.url { e = SnapshotEntry(source: t.source.id, member: t.member, url: t.url) }
        e.lastAttempt = stamp
        var rows = result.attempts.map { a in
            FetchAttempt(source: t.source.id, member: t.member, url: t.url, finalURL: a.finalURL.map(t.redacting), attempt: a.number, started: Files.timestamp(a.started),
                         durationMs: Int((a.duration * 1000).rounded()), httpStatus: a.httpStatus,
                         curlCode: a.error.flatMap { $0.curlCode == 0 ? nil : $0.curlCode }, error: a.error.map { t.redacting($0.message) },
                         etag: a.etag.map(t.redacting), lastModified: a.lastModified.map(t.redacting), bytes: a.bytes,
                         outcome: a.retryIn != nil ? .retried : .failed)
        }
        let event: String
        switch result.result {
        case .success(let r):
            e.httpStatus = r.status == 0 ? nil : r.status
            var outcome: FetchOutcome
            if r.notModified, e.sha256 != nil {
                outcome = .notModified
                event = "not modified (304)"
            } else {
                let hash = try store.store(r.body)
                if hash != e.sha256, let why = accept(t.source, t.member, store.file(sha256: hash)).map(t.redacting) {
                    // Fetched but unusable: the entry keeps its last good snapshot and says why.
                    if !rows.isEmpty {
                        rows[rows.count - 1].outcome = .rejected
                        rows[rows.count - 1].sha256 = hash
                        rows[rows.count - 1].error = why
                    }
                    e.httpStatus = r.status == 0 ? nil : r.status
                    e.error = "unusable snapshot \(hash.prefix(12)): \(why)"
                    return (e, rows, "rejected: \(why)")
                }
                outcome = hash == e.sha256 ? .unchanged : .stored
                if hash != e.sha256 { e.retrieved = stamp }
                e.sha256 = hash
                e.bytes = r.body.count
                e.etag = r.headers["etag"].map(t.redacting)
                e.lastModified = r.headers["last-modified"].map(t.redacting)
                event = "\(outcome.rawValue) \(r.body.count) bytes" + (result.attempts.last?.finalURL.map { " from \(t.redacting($0))" } ?? "")
                if !rows.isEmpty { rows[rows.count - 1].sha256 = hash }
            }
            if !rows.isEmpty { rows[rows.count - 1].outcome = outcome }
            e.lastSuccess = stamp
            e.error = nil
        case .failure(let err):
            e.httpStatus = err.httpStatus
            e.error = t.redacting(err.message)
            // The URL or file it wanted: a batched per-member key (`A|B|C`) names members, not it.
            event = "failed: \(t.redacting(err.message)) (\(store.workspace.displayURL(t.url)))"
        }
        return (e, rows, event)
    }

    /// The status of one source over its targets (one, or one per member).
    func status(of source: SourceSpec, targets: [Target], entries: [String: SnapshotEntry]) -> SourceStatus {
        let mine = targets.filter { $0.source.id == source.id }
        let list = mine.map { entries[$0.key] }
        let states: [SourceStatus.State] = list.map { e in
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
        let successes = list.compactMap { $0?.lastSuccess }.sorted()
        let error = list.compactMap { $0?.error }.sorted().first
        return SourceStatus(id: source.id, title: source.title, state: worst,
                            retrieved: list.compactMap { $0?.retrieved }.max(),
                            sha256: source.isPerMember ? nil : list.first??.sha256,
                            lastSuccess: worst == .fresh ? nil : successes.first,
                            error: error, snapshots: list.filter { $0?.sha256 != nil }.count)
    }

    /// A path from a source file, relative to the workspace unless absolute.
    static func path(_ p: String, in ws: URL) -> String {
        p.hasPrefix("/") ? p : ws.appendingPathComponent(p).path
    }
}

/// How the further parts of a member's record are keyed: `member#` and a hash of the part's URL,
/// so that a part keeps its key from night to night and two parts never share one.
public enum PartKey {
    public static func member(of record: String, url: String) -> String {
        record + "#" + String(Files.sha256(Data(url.utf8)).prefix(12))
    }

    public static func isPart(_ member: String?) -> Bool { member?.contains("#") == true }

    /// The most parts one record is read in (a researchmap section of 100,000 items, 100 pages of
    /// OpenAlex results): what a record names beyond is not fetched, and the record is incomplete.
    public static let limit = 100

    /// The parts a snapshot leads to, as followed: all that the record names, the first that a
    /// part names (the next page of a chain). A part never fans out.
    public static func named(_ urls: [String], byRecord: Bool) -> [String] {
        byRecord ? urls : Array(urls.prefix(1))
    }

    /// True when `url` (a part named by a record's content) goes to the record's own scheme, host
    /// and port. (Which variables it may fill in is the declaration's business: see `fetch`.)
    public static func allowed(_ url: String, record: String) -> Bool {
        guard let u = origin(url), let r = origin(record) else { return false }
        return u == r
    }

    /// `scheme://host:port` of a URL, lower-cased; nil without one.
    static func origin(_ url: String) -> String? {
        guard let sep = url.range(of: "://") else { return nil }
        let rest = url[sep.upperBound...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<end]
        guard !authority.isEmpty, !authority.contains("@") else { return nil }
        return (url[..<sep.lowerBound] + "://" + authority).lowercased()
    }

    /// The member key of the record a part belongs to.
    public static func record(of member: String) -> String {
        member.split(separator: "#", maxSplits: 1).first.map(String.init) ?? member
    }
}
