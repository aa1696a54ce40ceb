import Foundation
import GRDB
import RSDDCore

/// The workspace's state database, `.rsdd/state.sqlite` (SQLite through GRDB): the state of every
/// fetched URL and the log of every fetch attempt. Each write is one transaction, and the database
/// runs in WAL mode, so a process killed at any point leaves it consistent.
public final class StateStore: Sendable {
    public let file: URL
    let db: DatabaseQueue
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
        m.registerMigration("8-record-first-seen") { db in
            // The snapshot each listed or registry record was first read from in its present form:
            // a finding cites it, so that another row of the list changing leaves the report of a
            // team it does not concern as it was.
            try db.create(table: "record_seen") { t in
                t.primaryKey("key", .text)
                t.column("digest", .text).notNull()
                t.column("url", .text).notNull()
                t.column("retrieved", .text).notNull()
                t.column("sha256", .text).notNull()
            }
        }
        return m
    }

    func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw StoreError(file: display, error: error) }
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
