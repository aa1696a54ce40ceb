import Foundation
import RSDDCore

/// Reads OpenAlex works (a page of `/works` results, or one work) into co-authorship ties of the
/// members whose ORCID iDs the works carry: for each work, each institution of each other author
/// that is not one of the member's own institutions on that work, and each affiliation line the
/// other author printed (unless it names the member's own institution). The institution's ROR id and
/// country (the institution's, never a person's) come with it; the evidence is the work (id, DOI,
/// date, title), the co-author's position and the affiliation as printed. `authorships[].countries`
/// and everything else about co-authors as persons are never read.
public struct OpenAlexReader: Sendable {
    public let source: String

    public init(source: String) {
        self.source = source
    }

    /// `pages`: the pages of one request, in order. `members`: the ORCID iDs asked for.
    public func read(_ pages: [Data], file: String, members: [String]) throws -> [PublicTie] {
        try readCounting(pages, file: file, members: members).ties
    }

    /// `read`, and what was not read: fewer works on the pages than the first page's `meta.count`.
    public func readCounting(_ pages: [Data], file: String, members: [String]) throws -> (ties: [PublicTie], unread: [String]) {
        let wanted = Set(members)
        var out: [PublicTie] = []
        var seen = 0
        for (n, page) in pages.enumerated() {
            let list = try works(page, file: n == 0 ? file : "\(file) (page \(n + 1))")
            seen += list.count
            for work in list { out += ties(work, members: wanted) }
        }
        var unread: [String] = []
        if let first = pages.first, let root = try? JSONSerialization.jsonObject(with: first) as? [String: Any],
           let count = (root["meta"] as? [String: Any])?["count"] as? Int, count > seen {
            unread.append("OpenAlex counts \(count) works, the pages held \(seen)")
        }
        return (out, unread)
    }

    /// The works of a page (`results`), or the one work a file holds.
    func works(_ data: Data, file: String) throws -> [[String: Any]] {
        let root = try JSONRecord.object(data, source: source, file: file, what: "an OpenAlex response")
        if let results = root["results"] {
            guard let list = results as? [[String: Any]] else {
                throw ParseError(source: source, file: file, message: "not an OpenAlex works page (results is not a list of works)")
            }
            return list
        }
        guard root["authorships"] is [Any] else {
            throw ParseError(source: source, file: file, message: "not an OpenAlex works page nor a work (no results, no authorships)")
        }
        return [root]
    }

    /// The cursor of the next page, or nil on the last.
    public static func nextCursor(_ data: Data) -> String? {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let meta = root["meta"] as? [String: Any], let next = meta["next_cursor"] as? String, !next.isEmpty else { return nil }
        return next
    }

    /// `url` asking for the page after `cursor`.
    public static func url(_ url: String, cursor: String) -> String {
        let encoded = cursor.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#"))) ?? cursor
        guard let r = url.range(of: "cursor=") else { return url + (url.contains("?") ? "&" : "?") + "cursor=" + encoded }
        let end = url[r.upperBound...].firstIndex(of: "&") ?? url.endIndex
        return url.replacingCharacters(in: r.upperBound..<end, with: encoded)
    }

    static func orcid(_ value: Any?) -> String? {
        guard let s = value as? String, !s.isEmpty else { return nil }
        return s.split(separator: "/").last.map(String.init)
    }

    func ties(_ work: [String: Any], members: Set<String>) -> [PublicTie] {
        let authorships = work["authorships"] as? [[String: Any]] ?? []
        guard let workID = (work["id"] as? String)?.split(separator: "/").last.map(String.init) else { return [] }
        let date = (work["publication_date"] as? String).flatMap { PartialDate(iso: $0) }
            ?? (work["publication_year"] as? Int).flatMap { (1000...9999).contains($0) ? PartialDate(year: $0) : nil }
        let title = (work["display_name"] as? String) ?? (work["title"] as? String)
        let doi = work["doi"] as? String
        var out: [PublicTie] = []
        for (i, mine) in authorships.enumerated() {
            guard let member = Self.orcid((mine["author"] as? [String: Any])?["orcid"]), members.contains(member) else { continue }
            let own = Set((mine["institutions"] as? [[String: Any]] ?? []).map(Self.institutionKey))
            let ownNames = (mine["institutions"] as? [[String: Any]] ?? []).compactMap { ($0["display_name"] as? String)?.lowercased() }.filter { !$0.isEmpty }
            var seen = Set<String>()
            for (j, other) in authorships.enumerated() where j != i {
                let raw = (other["raw_affiliation_strings"] as? [String]) ?? (other["raw_affiliation_string"] as? String).map { [$0] } ?? []
                let position = other["author_position"] as? String
                let evidence = WorkRef(id: workID, doi: doi, date: date, title: title, position: position, rawAffiliations: raw)
                let institutions = other["institutions"] as? [[String: Any]] ?? []
                for inst in institutions {
                    let key = Self.institutionKey(inst)
                    guard !own.contains(key), seen.insert(key).inserted, let name = inst["display_name"] as? String, !name.isEmpty else { continue }
                    var ids: [String: String] = [:]
                    if let ror = inst["ror"] as? String, !ror.isEmpty { ids["ror"] = ror }
                    out.append(PublicTie(source: source, memberKey: member, tie: .coauthorship, org: name, orgIDs: ids,
                                         orgCountry: inst["country_code"] as? String, start: date, end: date,
                                         putCode: workID, title: title, work: evidence))
                }
                // The affiliation as printed is a tie of its own: OpenAlex often assigns no
                // institution, or only a parent while the line names the listed institute. The
                // resolve stage reads the line part by part; a line that names the member's own
                // institution, or is just the name of an institution above, adds nothing.
                let assigned = Set(institutions.compactMap { ($0["display_name"] as? String)?.lowercased() })
                for line in raw {
                    let l = Text.trimmed(line).lowercased()
                    guard !l.isEmpty, !assigned.contains(l), !ownNames.contains(where: { l.contains($0) }), seen.insert("line:" + l).inserted else { continue }
                    // (With the institutions OpenAlex assigned that the line does not print: a
                    // parent, under which the line's unit may be listed. Only for a co-author of
                    // one printed line: OpenAlex assigns institutions to the co-author, not to each
                    // line, and another line's institution is no parent of this one's unit.)
                    let unprinted = raw.filter({ !Text.trimmed($0).isEmpty }).count != 1 ? []
                        : institutions.compactMap { $0["display_name"] as? String }.filter { !$0.isEmpty && !l.contains($0.lowercased()) }.sorted()
                    let lineEvidence = unprinted.isEmpty ? evidence
                        : WorkRef(id: workID, doi: doi, date: date, title: title, position: position, rawAffiliations: raw, assignedInstitutions: unprinted)
                    out.append(PublicTie(source: source, memberKey: member, tie: .coauthorship, org: Text.trimmed(line), start: date, end: date,
                                         putCode: workID, title: title, work: lineEvidence))
                }
            }
        }
        return out
    }

    static func institutionKey(_ inst: [String: Any]) -> String {
        if let ror = inst["ror"] as? String, !ror.isEmpty { return "ror:" + (ror.split(separator: "/").last.map(String.init) ?? ror) }
        return "name:" + ((inst["display_name"] as? String) ?? "").lowercased()
    }
}
