import Foundation
import GRDB
import RSDDCore

/// The history of runs: each run, its teams' reports (kept once per distinct content), its
/// findings by key, and the entities its listed records belonged to.
extension StateStore {
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
    /// Forgets the runs whose as-of date is before `oldest` (ISO date), with their reports, findings
    /// and entities, and the fetch attempts started before `attemptsBefore` (a day by the clock, not
    /// by as-of: a run as of a later date keeps today's attempts); never the newest run, the newest
    /// run that recorded entities (the next run's ids come from it), nor the runs in `protecting`.
    /// Reports that a kept run still names stay. Returns how many runs went.
    @discardableResult
    public func pruneRuns(before oldest: String, attemptsBefore: String, protecting: Set<String>) throws -> Int {
        try wrap {
            try db.write { db in
                let newest = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM run") ?? 0
                let entities = try Int64.fetchOne(db, sql: "SELECT MAX(run_seq) FROM entity_record") ?? 0
                let old = try Row.fetchAll(db, sql: "SELECT seq, id FROM run WHERE as_of < ? AND seq < ? AND seq != ?", arguments: [oldest, newest, entities])
                    .filter { !protecting.contains($0["id"] as String) }.map { $0["seq"] as Int64 }
                for seq in old {
                    for table in ["entity_record", "finding", "assessment"] {
                        try db.execute(sql: "DELETE FROM \(table) WHERE run_seq = ?", arguments: [seq])
                    }
                    try db.execute(sql: "DELETE FROM run WHERE seq = ?", arguments: [seq])
                }
                if !old.isEmpty {
                    try db.execute(sql: "DELETE FROM report_json WHERE digest NOT IN (SELECT digest FROM assessment WHERE digest IS NOT NULL)")
                }
                try db.execute(sql: "DELETE FROM fetch_attempt WHERE started < ?", arguments: [attemptsBefore])
                return old.count
            }
        }
    }

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
}
