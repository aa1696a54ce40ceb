import Foundation
import RSDDCore

/// What rsdd knows of one fetched URL: its last good snapshot and its last attempt.
public struct SnapshotEntry: Sendable, Hashable, Codable {
    public var url: String
    public var sha256: String?
    public var bytes: Int?
    /// When the bytes of `sha256` were first retrieved (a re-fetch of the same bytes keeps it).
    public var retrieved: String?
    public var lastSuccess: String?
    public var lastAttempt: String?
    public var httpStatus: Int?
    public var error: String?
    public var etag: String?
    public var lastModified: String?

    public init(url: String) {
        self.url = url
    }

    enum CodingKeys: String, CodingKey {
        case url, sha256, bytes, retrieved, lastSuccess = "last_success", lastAttempt = "last_attempt"
        case httpStatus = "http_status", error, etag, lastModified = "last_modified"
    }
}

/// A stored snapshot a later stage reads: the file and the provenance every finding cites.
public struct Snapshot: Sendable, Hashable {
    public var source: String
    /// The member's ORCID iD, for per-member sources.
    public var orcid: String?
    public var file: URL
    public var provenance: Provenance
}

/// Content-addressed snapshots under `.rsdd/snapshots/<sha256>`, and the state of every fetched
/// URL in `.rsdd/fetch-state.json`. A snapshot, once written, is never changed or removed by a fetch.
public struct SnapshotStore: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    var snapshotsDir: URL { workspace.stateDir.appendingPathComponent("snapshots") }
    var stateFile: URL { workspace.stateDir.appendingPathComponent("fetch-state.json") }
    var logFile: URL { workspace.stateDir.appendingPathComponent("fetch-log.jsonl") }

    /// The key of a source's state: its id, or `id/orcid` for per-member sources.
    public static func key(source: String, orcid: String?) -> String {
        orcid.map { "\(source)/\($0)" } ?? source
    }

    /// The stored state; empty when nothing was fetched yet.
    public func loadState() throws -> [String: SnapshotEntry] {
        guard let data = try? Data(contentsOf: stateFile) else { return [:] }
        do {
            return try JSONDecoder().decode([String: SnapshotEntry].self, from: data)
        } catch {
            throw ConfigError(file: workspace.display(stateFile), message: "state file is damaged (\(error)); move it aside to start afresh")
        }
    }

    func saveState(_ state: [String: SnapshotEntry]) throws {
        try Files.writeAtomically(try Files.jsonEncoder().encode(state), to: stateFile)
    }

    /// Stores `body` under its hash (once) and returns the hash.
    func store(_ body: Data) throws -> String {
        let hash = Files.sha256(body)
        let file = snapshotsDir.appendingPathComponent(hash)
        if !FileManager.default.fileExists(atPath: file.path) {
            try Files.writeAtomically(body, to: file)
        }
        return hash
    }

    func appendLog(_ line: [String: String]) {
        guard let data = try? Files.jsonEncoder(pretty: false).encode(line) else { return }
        try? FileManager.default.createDirectory(at: workspace.stateDir, withIntermediateDirectories: true)
        if let h = try? FileHandle(forWritingTo: logFile) {
            defer { try? h.close() }
            _ = try? h.seekToEnd()
            try? h.write(contentsOf: data + Data("\n".utf8))
        } else {
            try? (data + Data("\n".utf8)).write(to: logFile)
        }
    }

    /// The last good snapshot of a source (or of one member's record), if any.
    public func snapshot(of source: SourceSpec, orcid: String? = nil, state: [String: SnapshotEntry]) -> Snapshot? {
        guard let e = state[SnapshotStore.key(source: source.id, orcid: orcid)], let hash = e.sha256 else { return nil }
        let file = snapshotsDir.appendingPathComponent(hash)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        return Snapshot(source: source.id, orcid: orcid, file: file, provenance: Provenance(
            source: source.id, title: source.title, url: e.url, retrieved: e.retrieved ?? e.lastSuccess ?? "", sha256: hash))
    }
}
