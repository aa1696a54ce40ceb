import Foundation
import RSDDCore

/// Reads one researcher's researchmap profile (the API's JSON-LD, `api.researchmap.jp/{permalink}`)
/// into public ties: career, current affiliations, education, degrees, committees, memberships,
/// grants and awards, each with the organisation in both languages when given, its researchmap
/// institution code, the item's `rm:id` and its dates (`9999` = ongoing). Names of people are
/// never read.
public struct ResearchmapReader: Sendable {
    public let source: String

    public init(source: String) {
        self.source = source
    }

    /// What a profile gives: its ties, the ORCID iDs its owner linked, and sections that hold more
    /// items than the profile embeds (their other items were not read).
    public struct Profile: Sendable {
        public var ties: [PublicTie]
        public var orcids: [String]
        public var unread: [String]
    }

    /// Sections and the tie each item is: (section, tie type, organisation key, role key).
    static let sections: [(String, TieType, String, String?)] = [
        ("research_experience", .employment, "affiliation", "job"),
        ("education", .education, "affiliation", "course"),
        ("committee_memberships", .service, "association", "committee_name"),
        ("association_memberships", .membership, "academic_society_name", nil),
        ("research_projects", .funding, "offer_organization", "system_name"),
        ("awards", .distinction, "association", "award_name"),
    ]

    /// Job titles of a student (an enrolment, not an employment).
    static let studentWords = ["博士後期課程", "博士前期課程", "博士課程", "修士課程", "学部", "学士課程", "研究生", "大学院生",
                               "student", "doctoral course", "master's course", "undergraduate"]

    /// The URLs of the sections the profile embeds only in part (`total_items` above the items
    /// given), in pages of 1000: `{section @id}?limit=1000&start=N`. None for a section page.
    public static func parts(_ data: Data) -> [String] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let graph = root["@graph"] as? [[String: Any]] else { return [] }
        var out: [String] = []
        for (name, _, _, _) in sections {
            guard let section = graph.first(where: { ($0["@type"] as? String) == name }),
                  let total = section["total_items"] as? Int, total > (section["items"] as? [Any] ?? []).count,
                  let base = section["@id"] as? String, base.hasPrefix("https://") || base.hasPrefix("http://") else { continue }
            for start in stride(from: 1, through: min(total, 100_000), by: 1000) {
                out.append("\(base)\(base.contains("?") ? "&" : "?")limit=1000&start=\(start)")
            }
        }
        return out
    }

    /// `permalink`: the member's, which the profile must be of; nil reads whoever's it is.
    /// `sections`: pages of sections the profile embeds in part (see `parts`), in their order.
    public func read(_ data: Data, file: String, permalink declared: String?, sections pages: [Data] = []) throws -> Profile {
        let root = try JSONRecord.object(data, source: source, file: file, what: "a researchmap profile")
        guard root["@graph"] != nil || root["affiliations"] != nil || root["permalink"] != nil else {
            throw ParseError(source: source, file: file, message: "not a researchmap profile (no permalink, affiliations or @graph)")
        }
        if let declared {
            // Only the member's own profile is read: an answer without its permalink is not it.
            guard let p = root["permalink"] as? String, !p.isEmpty else {
                throw ParseError(source: source, file: file, message: "the answer carries no permalink, so it is not the profile of the declared '\(declared)'")
            }
            guard p.lowercased() == declared.lowercased() else {
                throw ParseError(source: source, file: file, message: "the profile of '\(Text.printable(p, limit: 64))', not of the declared '\(declared)'")
            }
        }
        let permalink = declared ?? (root["permalink"] as? String).map { Text.printable($0, limit: 64) } ?? "?"
        var ties: [PublicTie] = []
        var unread: [String] = []
        let graph = root["@graph"] as? [[String: Any]] ?? []
        // A section's pages replace what the profile embeds of it.
        var paged: [String: [[String: Any]]] = [:]
        for page in pages {
            guard let object = try? JSONSerialization.jsonObject(with: page) as? [String: Any], let name = object["@type"] as? String else {
                throw ParseError(source: source, file: file, message: "a section page of the profile is not a researchmap section")
            }
            paged[name, default: []] += object["items"] as? [[String: Any]] ?? []
        }
        for (name, type, orgKey, roleKey) in Self.sections {
            guard let section = graph.first(where: { ($0["@type"] as? String) == name }) else { continue }
            let items = paged[name] ?? section["items"] as? [[String: Any]] ?? []
            if let total = section["total_items"] as? Int, total > items.count {
                unread.append("researchmap section \(name) of \(permalink) holds \(total) items, the profile embeds \(items.count)")
            }
            for item in items where (item["display"] as? String).map({ $0 == "disclosed" }) ?? true {
                guard var tie = self.tie(item, type: type, orgKey: orgKey, roleKey: roleKey, permalink: permalink) else { continue }
                if name == "research_experience" {
                    let job = Self.texts(item["job"]).joined(separator: " ").lowercased()
                    if job.contains("客員") || job.contains("visiting") {
                        tie.tie = .visiting
                    } else if ["兼任", "兼務", "非常勤"].contains(where: job.contains) {
                        tie.tie = .appointment
                    }
                }
                if name == "research_projects" {
                    tie.title = Self.texts(item["research_project_title"]).first.map(Text.clean)
                }
                ties.append(tie)
            }
        }
        // Current affiliations (embedded in the profile, undated: ongoing) unless the career already
        // gives the same organisation as ongoing; a student's affiliation is an enrolment.
        for item in root["affiliations"] as? [[String: Any]] ?? [] {
            guard var tie = self.tie(item, type: .employment, orgKey: "affiliation", roleKey: "job", permalink: permalink) else { continue }
            let job = Self.texts(item["job"]).joined(separator: " ").lowercased()
            if Self.studentWords.contains(where: { job.contains($0) }) { tie.tie = .education }
            let names = Set([tie.org] + tie.otherNames)
            let code = tie.orgIDs["researchmap-institution"]
            if ties.contains(where: { t in
                t.tie == tie.tie && t.end == nil
                    && ((code != nil && t.orgIDs["researchmap-institution"] == code) || !names.isDisjoint(with: [t.org] + t.otherNames))
            }) { continue }
            ties.append(tie)
        }
        for item in root["degrees"] as? [[String: Any]] ?? [] {
            guard var tie = self.tie(item, type: .qualification, orgKey: "degree_institution", roleKey: "degree", permalink: permalink) else { continue }
            if let d = (item["degree_date"] as? String).flatMap(Self.date) {
                tie.start = d
                tie.end = d
            }
            ties.append(tie)
        }
        let orcids = ((root["identifiers"] as? [String: Any])?["orc_id"] as? [String] ?? []).filter(ORCID.isValid).sorted()
        return Profile(ties: ties, orcids: orcids, unread: unread)
    }

    func tie(_ item: [String: Any], type: TieType, orgKey: String, roleKey: String?, permalink: String) -> PublicTie? {
        let names = Self.texts(item[orgKey])
        guard let org = names.first else { return nil }
        var ids: [String: String] = [:]
        if let code = item["rm:institution_code"] as? String, !code.isEmpty { ids["researchmap-institution"] = code }
        let end = (item["to_date"] as? String).flatMap { $0.hasPrefix("9999") ? nil : Self.date($0) }
        return PublicTie(source: source, memberKey: permalink, tie: type, org: org, orgIDs: ids,
                         department: Self.texts(item["section"] ?? item["department"]).first,
                         role: roleKey.flatMap { Self.texts(item[$0]).first },
                         start: (item["from_date"] as? String).flatMap(Self.date), end: end,
                         putCode: (item["rm:id"] as? String).map { "rm:id \($0)" }, lastModified: item["rm:modified"] as? String,
                         otherNames: Array(names.dropFirst()))
    }

    /// A bilingual value's texts: English first when given (reports are read in English), then
    /// Japanese; a plain string as it is.
    static func texts(_ value: Any?) -> [String] {
        if let s = value as? String { return s.isEmpty ? [] : [s] }
        guard let d = value as? [String: Any] else { return [] }
        var out: [String] = []
        for key in ["en", "ja"] { if let s = d[key] as? String, !s.isEmpty, !out.contains(s) { out.append(s) } }
        return out
    }

    /// `2023-05`, `2021`, `2023-05-01`; nil for anything else.
    static func date(_ s: String) -> PartialDate? {
        PartialDate(iso: String(s.prefix(10)))
    }
}
