import Foundation
import RSDDCore
import RSDDParse

/// What one snapshot holds once parsed: a list's records, or a member's public ties.
enum ParsedSnapshot: Sendable {
    case records([Record], warnings: [ParseError])
    case ties([PublicTie])

    var count: Int {
        switch self {
        case .records(let r, _): return r.count
        case .ties(let t): return t.count
        }
    }
}

/// Parses one snapshot by its source's format: the one place that knows which reader a source
/// needs, used by the fetch check, by `rsdd parse` and by every run.
enum SnapshotParser {
    /// `parse`, with any failure as a `ParseError` naming the source and file.
    static func attempt(_ source: SourceSpec, orcid: String?, file: URL, display: String) -> Result<ParsedSnapshot, ParseError> {
        do {
            return .success(try parse(source, orcid: orcid, file: file, display: display))
        } catch let e as ParseError {
            return .failure(e)
        } catch {
            return .failure(ParseError(source: source.id, file: display, message: "\(error)"))
        }
    }

    /// Parses `file`, displayed as `display` in errors. Throws `ParseError` when the snapshot is
    /// unusable: not parseable, or fewer records than the declaration expects.
    static func parse(_ source: SourceSpec, orcid: String?, file: URL, display: String) throws -> ParsedSnapshot {
        if source.isPerMember {
            guard source.format == .orcid, let orcid else {
                throw ParseError(source: source.id, file: display, message: "per-member sources of format \(source.format.rawValue) are not read yet")
            }
            let data: Data
            do { data = try Data(contentsOf: file) } catch {
                throw ParseError(source: source.id, file: display, message: "cannot be read (\(error.localizedDescription))")
            }
            return .ties(try ORCIDReader(source: source.id).read(data, file: display, orcid: orcid))
        }
        if source.format == .ror {
            let records = try RORReader(source: source).read(contentsOf: file, file: display)
            if records.count < (source.expect?.minRecords ?? 1) {
                throw ParseError(source: source.id, file: display, message: "\(records.count) organisations, fewer than the \(source.expect?.minRecords ?? 1) the declaration expects")
            }
            return .records(records, warnings: [])
        }
        var records: [Record] = []
        let warnings = try RecordExtractor(source: source).read(contentsOf: file, file: display) { records.append($0) }
        return .records(records, warnings: warnings)
    }
}
