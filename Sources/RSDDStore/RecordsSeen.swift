import Foundation
import GRDB
import RSDDCore

/// Where each record was first read in its present form: record key → the SHA-256 of the record
/// (as rsdd reads it) and the snapshot (URL, first retrieval, SHA-256) it came from then.
extension StateStore {
    public struct RecordSeen: Sendable, Hashable {
        public var digest: String
        public var url: String
        public var retrieved: String
        public var sha256: String

        public init(digest: String, url: String, retrieved: String, sha256: String) {
            self.digest = digest
            self.url = url
            self.retrieved = retrieved
            self.sha256 = sha256
        }
    }

    /// Every record seen, by key.
    public func recordsSeen() throws -> [String: RecordSeen] {
        try wrap {
            try db.read { db in
                var out: [String: RecordSeen] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT key, digest, url, retrieved, sha256 FROM record_seen") {
                    out[row["key"]] = RecordSeen(digest: row["digest"], url: row["url"], retrieved: row["retrieved"], sha256: row["sha256"])
                }
                return out
            }
        }
    }

    /// Notes records read for the first time in their present form, in one transaction (a record
    /// seen before in another form is replaced).
    public func noteRecordsSeen(_ seen: [String: RecordSeen]) throws {
        guard !seen.isEmpty else { return }
        try wrap {
            try db.write { db in
                let upsert = try db.makeStatement(sql: "INSERT OR REPLACE INTO record_seen (key, digest, url, retrieved, sha256) VALUES (?, ?, ?, ?, ?)")
                for (key, r) in seen.sorted(by: { $0.key < $1.key }) {
                    try upsert.execute(arguments: [key, r.digest, r.url, r.retrieved, r.sha256])
                }
            }
        }
    }
}
