import Foundation
import GRDB
import RSDDCore

/// Where each record was first read in its present form: record key → the SHA-256 of the record
/// (as rsdd reads it) and the snapshot (URL, first retrieval, SHA-256) it came from then. The
/// provenance's source and title are not kept: the record's key and the source's declaration give them.
extension StateStore {
    /// Every record seen, by key.
    public func recordsSeen() throws -> [String: (digest: String, provenance: Provenance)] {
        try wrap {
            try db.read { db in
                var out: [String: (digest: String, provenance: Provenance)] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT key, digest, url, retrieved, sha256 FROM record_seen") {
                    out[row["key"]] = (row["digest"], Provenance(source: "", title: "", url: row["url"], retrieved: row["retrieved"], sha256: row["sha256"]))
                }
                return out
            }
        }
    }

    /// Notes records read for the first time in their present form, in one transaction (a record
    /// seen before in another form is replaced).
    public func noteRecordsSeen(_ seen: [String: (digest: String, provenance: Provenance)]) throws {
        guard !seen.isEmpty else { return }
        try wrap {
            try db.write { db in
                let upsert = try db.makeStatement(sql: "INSERT OR REPLACE INTO record_seen (key, digest, url, retrieved, sha256) VALUES (?, ?, ?, ?, ?)")
                for (key, r) in seen.sorted(by: { $0.key < $1.key }) {
                    try upsert.execute(arguments: [key, r.digest, r.provenance.url, r.provenance.retrieved, r.provenance.sha256])
                }
            }
        }
    }
}
