import Foundation
import GRDB
import RSDDCore

/// The fetch state: each URL's last good snapshot and every attempt.
extension StateStore {
    /// Every fetched URL's state, by key (`source` or `source/orcid`).
    public func snapshotEntries() throws -> [String: SnapshotEntry] {
        try wrap {
            try db.read { db in
                Dictionary(uniqueKeysWithValues: try SnapshotEntry.fetchAll(db).map { ($0.key, $0) })
            }
        }
    }

    /// Saves one URL's new state and the attempts that led to it, together.
    public func record(_ entry: SnapshotEntry, attempts: [FetchAttempt]) throws {
        try wrap {
            try db.write { db in
                try entry.save(db)
                for var a in attempts { try a.insert(db) }
            }
        }
    }

    /// The fetch log, oldest first; only `source`'s attempts when given.
    public func attempts(source: String? = nil) throws -> [FetchAttempt] {
        try wrap {
            try db.read { db in
                var q = FetchAttempt.order(Column("id"))
                if let source { q = q.filter(Column("source") == source) }
                return try q.fetchAll(db)
            }
        }
    }
}

/// What rsdd knows of one fetched URL: its last good snapshot and its last attempt.
public struct SnapshotEntry: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "snapshot_entry"

    /// `source`, or `source/orcid` for per-member sources.
    public var key: String
    public var source: String
    /// The member's ORCID iD, for per-member sources.
    public var member: String?
    public var url: String
    public var sha256: String?
    public var bytes: Int?
    /// When the bytes of `sha256` were first retrieved (a re-fetch of the same bytes keeps it).
    public var retrieved: String?
    public var lastSuccess: String?
    public var lastAttempt: String?
    public var httpStatus: Int?
    /// The last attempt's error; nil after a success.
    public var error: String?
    public var etag: String?
    public var lastModified: String?

    public init(source: String, member: String?, url: String) {
        key = SnapshotEntry.key(source: source, member: member)
        self.source = source
        self.member = member
        self.url = url
    }

    /// The key of a source's state: its id, or `id/orcid` for per-member sources.
    public static func key(source: String, member: String?) -> String {
        member.map { "\(source)/\($0)" } ?? source
    }

    enum CodingKeys: String, CodingKey {
        case key, source, member, url, sha256, bytes, retrieved, lastSuccess = "last_success", lastAttempt = "last_attempt"
        case httpStatus = "http_status", error, etag, lastModified = "last_modified"
    }
}

/// One attempt at fetching one URL, as the fetch log keeps it.
public struct FetchAttempt: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "fetch_attempt"

    public var id: Int64?
    public var source: String
    public var member: String?
    public var url: String
    /// Where the answer came from, when redirects led away from `url`.
    public var finalURL: String?
    /// 1 for the first attempt, 2 for the first retry, …
    public var attempt: Int
    public var started: String
    public var durationMs: Int
    public var httpStatus: Int?
    /// curl's result code, when curl failed.
    public var curlCode: Int?
    public var error: String?
    public var etag: String?
    public var lastModified: String?
    public var bytes: Int?
    public var sha256: String?
    public var outcome: FetchOutcome

    public init(source: String, member: String?, url: String, finalURL: String? = nil, attempt: Int, started: String, durationMs: Int,
                httpStatus: Int? = nil, curlCode: Int? = nil, error: String? = nil, etag: String? = nil,
                lastModified: String? = nil, bytes: Int? = nil, sha256: String? = nil, outcome: FetchOutcome) {
        self.source = source
        self.member = member
        self.url = url
        self.finalURL = finalURL
        self.attempt = attempt
        self.started = started
        self.durationMs = durationMs
        self.httpStatus = httpStatus
        self.curlCode = curlCode
        self.error = error
        self.etag = etag
        self.lastModified = lastModified
        self.bytes = bytes
        self.sha256 = sha256
        self.outcome = outcome
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id, source, member, url, finalURL = "final_url", attempt, started, durationMs = "duration_ms", httpStatus = "http_status"
        case curlCode = "curl_code", error, etag, lastModified = "last_modified", bytes, sha256, outcome
    }
}

/// What became of one attempt to fetch a URL (column `outcome` of `fetch_attempt`).
public enum FetchOutcome: String, Sendable, Hashable, Codable, DatabaseValueConvertible {
    /// New bytes, stored as the URL's last good snapshot.
    case stored
    /// The same bytes as the last good snapshot.
    case unchanged
    /// The server answered 304: the last good snapshot stands.
    case notModified = "not-modified"
    /// Fetched, but the bytes are not usable (they do not parse, or are another record): the last
    /// good snapshot stays and the source is stale.
    case rejected
    /// Failed, and tried again.
    case retried
    /// Failed for good.
    case failed
}
