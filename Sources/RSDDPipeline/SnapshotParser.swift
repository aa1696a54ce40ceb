import Foundation
import RSDDCore
import RSDDFetch
import RSDDParse
import RSDDStore

/// What one snapshot holds once parsed: a list's records, or a member's public ties.
public enum ParsedSnapshot: Sendable {
    case records([Record], warnings: [ParseError])
    /// A member's public record: its ties, the ORCID iDs the record itself lists (researchmap),
    /// and what of it could not be read (a section longer than the profile embeds).
    case ties([PublicTie], orcids: [String], unread: [String])

    public var count: Int {
        switch self {
        case .records(let r, _): return r.count
        case .ties(let t, _, _): return t.count
        }
    }
}

/// Parses one snapshot by its source's format: the one place that knows which reader a source
/// needs, used by the fetch check, by `rsdd parse` (workspace and files) and by every run.
public enum SnapshotParser {
    /// `parse`, with any failure as a `ParseError` naming the source and file.
    static func attempt(_ source: SourceSpec, member: String?, file: URL, display: String, parts: [URL] = []) -> Result<ParsedSnapshot, ParseError> {
        do {
            return .success(try parse(source, member: member, file: file, display: display, parts: parts))
        } catch let e as ParseError {
            return .failure(e)
        } catch {
            return .failure(ParseError(source: source.id, file: display, message: "\(error)"))
        }
    }

    /// Parses `file`, displayed as `display` in errors. Throws `ParseError` when the snapshot is
    /// unusable: not parseable, or fewer records than the declaration expects.
    /// The URLs of further parts of a member's record that the snapshot `file` (the record itself
    /// when `isRecord`, else one of its parts) leads to: the sections a researchmap profile embeds
    /// in part (named by the profile only, never by a section page), the next page of OpenAlex
    /// results (named by every page); none for other formats.
    static func parts(_ source: SourceSpec, member: String, file: URL, url: String, isRecord: Bool) -> [String] {
        // Only these formats come in parts: no other record is read a second time for them.
        guard source.format == .openalexWorks || (source.format == .researchmap && isRecord),
              let data = try? Data(contentsOf: file) else { return [] }
        return source.format == .researchmap
            ? ResearchmapReader.parts(data)
            : OpenAlexReader.nextCursor(data).map { [OpenAlexReader.url(url, cursor: $0)] } ?? []
    }

    /// `parts`: the snapshots of the record's further parts, in the order `parts` gave them.
    /// `member`: the member key the record was asked for (checked against the record where the
    /// format names its owner); nil only when a file is read by hand (`rsdd parse --source`).
    /// `each`: when given, a list's records are handed over as they are read (a large list
    /// streams through) and not kept.
    public static func parse(_ source: SourceSpec, member: String?, file: URL, display: String, parts: [URL] = [],
                             each: ((Record) throws -> Void)? = nil) throws -> ParsedSnapshot {
        if source.isPerMember {
            let data: Data
            do { data = try Data(contentsOf: file) } catch {
                throw ParseError(source: source.id, file: display, message: "cannot be read (\(error.localizedDescription))")
            }
            switch source.format {
            case .orcid:
                return .ties(try ORCIDReader(source: source.id).read(data, file: display, orcid: member), orcids: [], unread: [])
            case .researchmap:
                let sections = try parts.map { url -> Data in
                    do { return try Data(contentsOf: url) } catch {
                        throw ParseError(source: source.id, file: display, message: "a part of the record cannot be read (\(error.localizedDescription))")
                    }
                }
                let r = try ResearchmapReader(source: source.id).read(data, file: display, permalink: member, sections: sections)
                return .ties(r.ties, orcids: r.orcids, unread: r.unread)
            case .openalexWorks:
                let pages = try [data] + parts.map { url -> Data in
                    do { return try Data(contentsOf: url) } catch {
                        throw ParseError(source: source.id, file: display, message: "a page of the results cannot be read (\(error.localizedDescription))")
                    }
                }
                guard let member else {
                    throw ParseError(source: source.id, file: display, message: "OpenAlex works are read for a member: give the member's ORCID iD (--member)")
                }
                let r = try OpenAlexReader(source: source.id).readCounting(pages, file: display, members: member.split(separator: "|").map(String.init))
                return .ties(r.ties, orcids: [], unread: r.unread)
            case .kakenResearcher:
                let reader = KakenReader(source: source.id)
                return .ties(try member.map { try reader.read(data, file: display, researcher: $0) } ?? reader.readAll(data, file: display), orcids: [], unread: [])
            default:
                throw ParseError(source: source.id, file: display, message: "per-member sources of format \(source.format.rawValue) are not read")
            }
        }
        if source.format == .ror {
            let records = try RORReader(source: source).read(contentsOf: file, file: display)
            if records.count < (source.expect?.minRecords ?? 1) {
                throw ParseError(source: source.id, file: display, message: "\(records.count) organisations, fewer than the \(source.expect?.minRecords ?? 1) the declaration expects")
            }
            return .records(records, warnings: [])
        }
        var records: [Record] = []
        let warnings = try RecordExtractor(source: source).read(contentsOf: file, file: display) { r in
            if let each { try each(r) } else { records.append(r) }
        }
        return .records(records, warnings: warnings)
    }
}

/// One stop of the walk over a workspace's data: a source (and member), its current snapshot,
/// and what parsing it gave (nil when there is no snapshot).
struct WalkedSnapshot {
    var source: SourceSpec
    var member: String?
    var snapshot: Snapshot?
    var parsed: Result<ParsedSnapshot, ParseError>?
    /// The hashes of the record's further parts that were read with it.
    var parts: [String] = []
}

/// The one loop over a workspace's data that `rsdd parse --config` and every run share: each
/// list source's current snapshot once, each per-member source's once per member key, in
/// declaration order, each parsed by its format. A snapshot the fetch check already parsed (by
/// hash, in `parsed`) is not parsed again.
enum SnapshotWalk {
    /// How the fetch check's parses are kept for the walk: by source, member key and hash (the
    /// same bytes read for another member give other ties).
    static func cacheKey(_ source: SourceSpec, _ member: String?, _ sha256: String) -> String {
        "\(source.id)|\(member ?? "")|\(sha256)"
    }

    /// `environment`: where the values of a source's `${NAME}` are read from, to redact them from
    /// every text a snapshot gives (a server may echo them in part URLs and error texts).
    static func walk(_ sources: [SourceSpec], members: MemberKeys, store: SnapshotStore, entries: [String: SnapshotEntry],
                     parsed: [String: ParsedSnapshot] = [:], environment: [String: String] = ProcessInfo.processInfo.environment) -> [WalkedSnapshot] {
        var out: [WalkedSnapshot] = []
        for s in sources {
            let secrets = SourceSpec.secrets(in: s.url, environment: environment)
            for member in s.isPerMember ? members.keys(for: s).map(Optional.some) : [nil] {
                guard let snap = store.snapshot(of: s, member: member, entries: entries) else {
                    out.append(WalkedSnapshot(source: s, member: member, snapshot: nil, parsed: nil))
                    continue
                }
                // A member's record may come in parts: each must be there, else what is missing
                // is named and the member's assessment is incomplete.
                let (found, missing) = member.map { member in
                    store.parts(of: s, member: member, file: snap.file, url: snap.provenance.url,
                                fetched: entries[SnapshotEntry.key(source: s.id, member: member)]?.lastSuccess ?? "",
                                entries: entries, next: Pipeline.parts)
                } ?? ([], [])
                let partFiles = found.map(\.file)
                let partHashes = found.map(\.provenance.sha256)
                var result = partFiles.isEmpty ? parsed[SnapshotWalk.cacheKey(s, member, snap.provenance.sha256)].map { Result<ParsedSnapshot, ParseError>.success($0) } : nil
                if case .success(.records(let r, let warnings))? = result {
                    // Parsed by the fetch's check, which knew the snapshot only by its hash: its
                    // warnings name the URL, as those of a snapshot parsed here do.
                    result = .success(.records(r, warnings: warnings.map { w in
                        var w = w
                        if w.file == snap.provenance.sha256 { w.file = snap.provenance.url }
                        return w
                    }))
                }
                if result == nil {
                    result = SnapshotParser.attempt(s, member: member, file: snap.file, display: snap.provenance.url, parts: partFiles)
                }
                if !missing.isEmpty, case .success(.ties(let t, let o, let unread))? = result {
                    result = .success(.ties(t, orcids: o, unread: unread + missing.map { "part \($0)" }))
                }
                out.append(WalkedSnapshot(source: s, member: member, snapshot: snap, parsed: result.map { Self.redacting($0, secrets: secrets) }, parts: partHashes))
            }
        }
        return out
    }

    /// `result` with `secrets` taken out of every text it holds (what was not read, warnings, errors).
    static func redacting(_ result: Result<ParsedSnapshot, ParseError>, secrets: [String]) -> Result<ParsedSnapshot, ParseError> {
        guard !secrets.isEmpty else { return result }
        func clean(_ e: ParseError) -> ParseError {
            var e = e
            e.file = SourceSpec.redacting(e.file, secrets: secrets)
            e.message = SourceSpec.redacting(e.message, secrets: secrets)
            return e
        }
        switch result {
        case .success(.ties(let t, let o, let unread)):
            return .success(.ties(t, orcids: o, unread: unread.map { SourceSpec.redacting($0, secrets: secrets) }))
        case .success(.records(let r, let warnings)):
            return .success(.records(r, warnings: warnings.map(clean)))
        case .failure(let e):
            return .failure(clean(e))
        }
    }
}
