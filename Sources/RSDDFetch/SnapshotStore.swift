import Foundation
import RSDDCore
import RSDDStore

/// A stored snapshot a later stage reads: the file and the provenance every finding cites.
public struct Snapshot: Sendable, Hashable {
    public var source: String
    /// The member's ORCID iD, for per-member sources.
    public var member: String?
    public var file: URL
    public var provenance: Provenance
}

/// Content-addressed snapshots under `.rsdd/snapshots/<sha256>`. A snapshot, once written, is
/// never changed or removed by a fetch; what each URL's last good snapshot is lives in the state
/// database (`StateStore`).
public struct SnapshotStore: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    var snapshotsDir: URL { workspace.stateDir.appendingPathComponent("snapshots") }

    /// The file holding the snapshot with this hash.
    public func file(sha256: String) -> URL {
        snapshotsDir.appendingPathComponent(sha256)
    }

    /// Stores `body` under its hash (once) and returns the hash.
    func store(_ body: Data) throws -> String {
        let hash = Files.sha256(body)
        let file = file(sha256: hash)
        if !FileManager.default.fileExists(atPath: file.path) {
            try Files.writeAtomically(body, to: file)
        }
        return hash
    }

    /// The last good snapshot of a source (or of one member's record), if any.
    public func snapshot(of source: SourceSpec, member: String? = nil, entries: [String: SnapshotEntry]) -> Snapshot? {
        guard let e = entries[SnapshotEntry.key(source: source.id, member: member)], let hash = e.sha256 else { return nil }
        let file = file(sha256: hash)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        return Snapshot(source: source.id, member: member, file: file, provenance: Provenance(
            source: source.id, title: source.title, url: e.url, retrieved: e.retrieved ?? e.lastSuccess ?? "", sha256: hash))
    }
}

extension SnapshotStore {
    /// The further parts of a member's record, followed from the record's snapshot (`file`, fetched
    /// from `url` at `fetched`) by `next`: the snapshots of the parts fetched with the record, and
    /// for each part that is missing, failed, left from an earlier fetch or beyond `PartKey.limit`,
    /// its URL and why. The one place that decides whether a record came whole (the fetcher, to
    /// fetch it again; the walk, to read it or call it incomplete).
    public func parts(of source: SourceSpec, member: String, file: URL, url: String, fetched: String,
                      entries: [String: SnapshotEntry], next: NextParts) -> (found: [Snapshot], missing: [String]) {
        var found: [Snapshot] = []
        var missing: [String] = []
        var queue = [(file, url, true)]
        var seen = Set<String>()
        while !queue.isEmpty {
            let (file, pageURL, isRecord) = queue.removeFirst()
            for partURL in PartKey.named(next(source, member, file, pageURL, isRecord), byRecord: isRecord) where seen.insert(partURL).inserted {
                guard seen.count <= PartKey.limit else {
                    missing.append("\(partURL) and any part after it were not fetched: a record is read in at most \(PartKey.limit) parts")
                    return (found, missing)
                }
                let key = PartKey.member(of: member, url: partURL)
                let entry = entries[SnapshotEntry.key(source: source.id, member: key)]
                guard let part = snapshot(of: source, member: key, entries: entries), entry?.error == nil,
                      (entry?.lastSuccess ?? "") >= fetched else {
                    missing.append("\(partURL) " + (entry?.error.map { "failed: \($0)" }
                        ?? (entry?.sha256 == nil ? "was not fetched" : "was not fetched with the record")))
                    continue
                }
                found.append(part)
                queue.append((part.file, part.provenance.url, false))
            }
        }
        return (found, missing)
    }
}

/// The URLs of further parts that a snapshot of a member's record (`isRecord`) or of one of its
/// parts leads to: the sections a profile embeds in part, the next page of results.
public typealias NextParts = (_ source: SourceSpec, _ member: String, _ file: URL, _ url: String, _ isRecord: Bool) -> [String]
