import Foundation
import GRDB
import RSDDCore

/// The workspace's state database, `.rsdd/state.sqlite` (SQLite through GRDB): the state of every
/// fetched URL and the log of every fetch attempt. Each write is one transaction, and the database
/// runs in WAL mode, so a process killed at any point leaves it consistent.
public final class StateStore: Sendable {
    public let file: URL
    private let db: DatabaseQueue
    private let display: String

    /// Opens (creating and migrating when needed) the state database of `workspace`.
    public init(workspace: Workspace) throws {
        file = workspace.stateDir.appendingPathComponent("state.sqlite")
        display = workspace.display(file)
        do {
            try FileManager.default.createDirectory(at: workspace.stateDir, withIntermediateDirectories: true)
            var config = Configuration()
            // A reader (`rsdd sources`) may meet a writer holding the lock for a moment.
            config.busyMode = .timeout(10)
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            db = try DatabaseQueue(path: file.path, configuration: config)
            try StateStore.migrator.migrate(db)
        } catch {
            throw StoreError(file: workspace.display(file), error: error)
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("1-fetch") { db in
            try db.create(table: SnapshotEntry.databaseTableName) { t in
                t.primaryKey("key", .text)
                t.column("source", .text).notNull()
                t.column("member", .text)
                t.column("url", .text).notNull()
                t.column("sha256", .text)
                t.column("bytes", .integer)
                t.column("retrieved", .text)
                t.column("last_success", .text)
                t.column("last_attempt", .text)
                t.column("http_status", .integer)
                t.column("error", .text)
                t.column("etag", .text)
                t.column("last_modified", .text)
            }
            try db.create(table: FetchAttempt.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source", .text).notNull().indexed()
                t.column("member", .text)
                t.column("url", .text).notNull()
                t.column("attempt", .integer).notNull()
                t.column("started", .text).notNull()
                t.column("duration_ms", .integer).notNull()
                t.column("http_status", .integer)
                t.column("curl_code", .integer)
                t.column("error", .text)
                t.column("etag", .text)
                t.column("last_modified", .text)
                t.column("bytes", .integer)
                t.column("sha256", .text)
                t.column("outcome", .text).notNull()
            }
        }
        m.registerMigration("2-parse") { db in
            try db.create(table: "parsed_snapshot") { t in
                t.column("source", .text).notNull()
                t.column("member", .text).notNull().defaults(to: "")
                t.column("sha256", .text).notNull()
                t.column("parsed", .text).notNull()
                t.column("records", .integer).notNull()
                t.column("warnings", .text).notNull()
                t.column("error", .text)
                t.primaryKey(["source", "member"])
            }
            try db.create(table: "record") { t in
                t.autoIncrementedPrimaryKey("rowid")
                t.column("source", .text).notNull().indexed()
                t.column("sha256", .text).notNull()
                t.column("id", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("name", .text).notNull()
                t.column("aliases", .text).notNull()
                t.column("category", .text)
                t.column("country", .text)
                t.column("identifiers", .text).notNull()
            }
            try db.create(table: "public_tie") { t in
                t.autoIncrementedPrimaryKey("rowid")
                t.column("source", .text).notNull()
                t.column("orcid", .text).notNull().indexed()
                t.column("sha256", .text).notNull()
                t.column("tie", .text).notNull()
                t.column("org", .text).notNull()
                t.column("json", .text).notNull()
            }
        }
        m.registerMigration("3-runs") { db in
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("id", .text).notNull().indexed()
                t.column("as_of", .text).notNull()
                t.column("started", .text).notNull()
                t.column("finished", .text).notNull()
                t.column("profile", .text).notNull()
            }
            try db.create(table: "assessment") { t in
                t.column("run_seq", .integer).notNull().references("run", onDelete: .cascade)
                t.column("team", .text).notNull()
                t.column("level", .text).notNull()
                t.column("json", .text).notNull()
                t.primaryKey(["run_seq", "team"])
            }
            try db.create(table: "finding") { t in
                t.autoIncrementedPrimaryKey("rowid")
                t.column("run_seq", .integer).notNull().indexed().references("run", onDelete: .cascade)
                t.column("team", .text).notNull()
                t.column("level", .text).notNull()
                t.column("undisclosed", .boolean).notNull()
                t.column("json", .text).notNull()
            }
        }
        m.registerMigration("4-entities") { db in
            // Which organisation (entity) each listed record belonged to in each run, so that the
            // next run's entities inherit their ids and merges and splits can be named.
            try db.create(table: "entity_record") { t in
                t.column("run_seq", .integer).notNull().references("run", onDelete: .cascade)
                t.column("record_key", .text).notNull()
                t.column("entity", .text).notNull()
                t.primaryKey(["run_seq", "record_key"])
            }
            try db.alter(table: "finding") { t in t.add(column: "entity", .text) }
        }
        m.registerMigration("5-final-url") { db in
            // Where an attempt's answer came from, when redirects led away from its URL.
            try db.alter(table: FetchAttempt.databaseTableName) { t in t.add(column: "final_url", .text) }
        }
        m.registerMigration("6-drop-unread-parse-tables") { db in
            // What `rsdd parse --config` stored and no run read: runs read the snapshots
            // themselves, verified by their hashes. A copy that nothing reads can only drift.
            for table in ["public_tie", "record", "parsed_snapshot"] { try db.drop(table: table) }
        }
        m.registerMigration("7-content-addressed-history") { db in
            // A team's report is kept once per distinct content (by the SHA-256 its index gives);
            // each run's row names it. A finding row names its key instead of repeating its JSON.
            try db.create(table: "report_json") { t in
                t.column("digest", .text).primaryKey()
                t.column("json", .text).notNull()
            }
            try db.alter(table: "assessment") { t in t.add(column: "digest", .text) }
            try db.alter(table: "finding") { t in t.add(column: "key", .text) }
        }
        return m
    }

    /// One run of the history, newest last.
    public struct RunRow: Sendable, Hashable, Codable, FetchableRecord {
        public var seq: Int64
        public var id: String
        public var asOf: String
        public var started: String
        public var finished: String
        public var profile: String

        enum CodingKeys: String, CodingKey { case seq, id, asOf = "as_of", started, finished, profile }
    }

    /// Keeps one run, its assessments and findings, in one transaction.
    public func recordRun(id: String, asOf: String, started: String, finished: String, profile: String,
                          assessments: [(team: String, level: String, digest: String,
                                         findings: [(level: String, undisclosed: Bool, entity: String?, key: String?)])],
                          report: (String) throws -> Data, entities: [String: String] = [:]) throws {
        try wrap {
            try db.write { db in
                try db.execute(sql: "INSERT INTO run (id, as_of, started, finished, profile) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, asOf, started, finished, profile])
                let seq = db.lastInsertedRowID
                let known = try db.makeStatement(sql: "SELECT EXISTS (SELECT 1 FROM report_json WHERE digest = ?)")
                let blob = try db.makeStatement(sql: "INSERT INTO report_json (digest, json) VALUES (?, ?)")
                let row = try db.makeStatement(sql: "INSERT INTO assessment (run_seq, team, level, json, digest) VALUES (?, ?, ?, '', ?)")
                let finding = try db.makeStatement(sql: "INSERT INTO finding (run_seq, team, level, undisclosed, entity, json, key) VALUES (?, ?, ?, ?, ?, '', ?)")
                for a in assessments {
                    // A report kept from an earlier run is stored once: only new content is read.
                    if try Bool.fetchOne(known, arguments: [a.digest]) != true {
                        try blob.execute(arguments: [a.digest, String(decoding: try report(a.team), as: UTF8.self)])
                    }
                    try row.execute(arguments: [seq, a.team, a.level, a.digest])
                    for f in a.findings {
                        try finding.execute(arguments: [seq, a.team, f.level, f.undisclosed, f.entity, f.key])
                    }
                }
                let insert = try db.makeStatement(sql: "INSERT INTO entity_record (run_seq, record_key, entity) VALUES (?, ?, ?)")
                for (key, entity) in entities.sorted(by: { $0.key < $1.key }) {
                    try insert.execute(arguments: [seq, key, entity])
                }
            }
        }
    }

    /// Record key → entity id as the newest run that kept them resolved; empty before the first.
    public func latestEntities() throws -> [String: String] {
        try wrap {
            try db.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT record_key, entity FROM entity_record WHERE run_seq = (SELECT MAX(run_seq) FROM entity_record)
                    """)
                return Dictionary(rows.map { ($0["record_key"] as String, $0["entity"] as String) }, uniquingKeysWith: { a, _ in a })
            }
        }
    }

    /// True when a run of this id is kept.
    public func hasRun(id: String) throws -> Bool {
        try wrap { try db.read { try Bool.fetchOne($0, sql: "SELECT EXISTS (SELECT 1 FROM run WHERE id = ?)", arguments: [id]) ?? false } }
    }

    /// The runs kept, oldest first.
    public func runs() throws -> [RunRow] {
        try wrap { try db.read { try RunRow.fetchAll($0, sql: "SELECT * FROM run ORDER BY seq") } }
    }

    /// The team reports of the newest run with this id, as JSON texts by team (the assessment
    /// alone for runs recorded before reports were kept by content).
    public func assessments(run id: String) throws -> [String: String] {
        try wrap {
            try db.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.team AS team, COALESCE(r.json, a.json) AS json FROM assessment a LEFT JOIN report_json r ON r.digest = a.digest
                    WHERE a.run_seq = (SELECT MAX(seq) FROM run WHERE id = ?)
                    """, arguments: [id])
                return Dictionary(uniqueKeysWithValues: rows.map { ($0["team"] as String, $0["json"] as String) })
            }
        }
    }

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

    private func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw StoreError(file: display, error: error) }
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
    /// `stored` (new bytes), `unchanged` (same bytes again), `not-modified` (304), `retried`, `failed`.
    public var outcome: String

    public init(source: String, member: String?, url: String, finalURL: String? = nil, attempt: Int, started: String, durationMs: Int,
                httpStatus: Int? = nil, curlCode: Int? = nil, error: String? = nil, etag: String? = nil,
                lastModified: String? = nil, bytes: Int? = nil, sha256: String? = nil, outcome: String) {
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

/// The state database could not be opened, read or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    init(file: String, error: Error) {
        self.file = file
        if let e = error as? DatabaseError {
            switch e.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                message = "the state database is damaged (\(e.message ?? "\(e.resultCode)")); move it aside to start afresh (snapshots stay in .rsdd/snapshots)"
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                message = "the state database is busy (another rsdd process?): \(e.message ?? "")"
            default:
                message = e.message ?? "\(e)"
            }
        } else {
            message = "\(error)"
        }
    }

    public var description: String { "\(file): \(message)" }
}
