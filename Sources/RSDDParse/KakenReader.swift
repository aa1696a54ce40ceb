import Foundation
import RSDDCore

/// Reads one researcher from a response of KAKEN's researcher API (NII, JSON: `{"researchers": […]}`)
/// into public ties: affiliations merged into stints per institution (KAKEN's `since`/`until` are
/// the fiscal years an affiliation was reported, so these dates never contradict a declaration),
/// each KAKENHI project as funding with the project's institution, and, for every co-investigator
/// of that project at another institution, a `collaboration` tie with that institution.
/// Co-investigators' names are never read: the institution and the project number are the evidence.
public struct KakenReader: Sendable {
    public let source: String

    public init(source: String) {
        self.source = source
    }

    public func read(_ data: Data, file: String, researcher number: String) throws -> [PublicTie] {
        let root = try JSONRecord.object(data, source: source, file: file, what: "a KAKEN researcher response")
        guard let researchers = root["researchers"] as? [[String: Any]] else {
            throw ParseError(source: source, file: file, message: "not a KAKEN researcher response (no researchers array)")
        }
        // KAKEN answers a throttled request with 200 and no results: an empty answer is never "no ties".
        guard let r = researchers.first(where: { Self.strings($0["id:person:erad"]).contains(number) }) else {
            throw ParseError(source: source, file: file, message: researchers.isEmpty
                ? "no researcher in the response (KAKEN answers an empty result when it throttles): researcher \(number) not read"
                : "researcher \(number) is not among the \(researchers.count) in the response")
        }
        return affiliations(r, number: number) + projects(r, number: number)
    }

    /// Every researcher of a response, each by their own number (for `rsdd parse FILE`).
    public func readAll(_ data: Data, file: String) throws -> [PublicTie] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let researchers = root["researchers"] as? [[String: Any]] else {
            return try read(data, file: file, researcher: "")
        }
        return researchers.flatMap { r -> [PublicTie] in
            guard let number = Self.strings(r["id:person:erad"]).first else { return [] }
            return affiliations(r, number: number) + projects(r, number: number)
        }
    }

    /// One affiliation row: institution names (Japanese first, as KAKEN writes them), its e-Rad
    /// code, department, job title and the fiscal years it was reported in.
    struct Row {
        var names: [String]
        var erad: String?
        var department: String?
        var job: String?
        var since: Int?
        var until: Int?
        var sequence: String
    }

    func rows(_ list: Any?) -> [Row] {
        (list as? [[String: Any]] ?? []).compactMap { a in
            let inst = a["affiliation:institution"] as? [String: Any]
            let names = Self.texts(inst?["humanReadableValue"])
            guard !names.isEmpty else { return nil }
            return Row(names: names, erad: inst?["id:institution:erad"] as? String,
                       department: Self.texts((a["affiliation:department"] as? [String: Any])?["humanReadableValue"]).first,
                       job: Self.texts((a["affiliation:jobTitle"] as? [String: Any])?["humanReadableValue"]).first,
                       since: Self.year((a["since"] as? [String: Any])?["commonEra:year"]),
                       until: Self.year((a["until"] as? [String: Any])?["commonEra:year"]),
                       sequence: (a["sequence"]).map { "\($0)" } ?? "?")
        }
    }

    func affiliations(_ r: [String: Any], number: String) -> [PublicTie] {
        let current = rows(r["affiliations:current"])
        let history = rows(r["affiliations:history"])
        let normaliser = NameNormaliser()
        // One institution under several legal forms and spellings ((独)…, 独立行政法人…, 国立研究開発法人…)
        // is one institution: rows are grouped by the normalised name, and the e-Rad code of the
        // current affiliation is given to the history rows of the same name.
        func key(_ row: Row) -> String { normaliser.normalise(row.names[0]) }
        var codes: [String: String] = [:]
        for row in current { if let c = row.erad { codes[key(row)] = c } }
        var groups: [String: (current: Bool, rows: [Row])] = [:]
        var order: [String] = []
        for (row, isCurrent) in current.map({ ($0, true) }) + history.map({ ($0, false) }) {
            let k = key(row)
            if groups[k] == nil { order.append(k); groups[k] = (false, []) }
            groups[k]!.rows.append(row)
            if isCurrent { groups[k]!.current = true }
        }
        // Years in which the record shows the researcher at each institution.
        var yearsAt: [String: [(Int, Int)]] = [:]
        for (k, g) in groups { yearsAt[k] = g.rows.compactMap { r in r.since.map { ($0, max(r.until ?? $0, $0)) } } }
        var out: [PublicTie] = []
        for k in order {
            let g = groups[k]!
            // Stints: rows at one institution are one stint unless the record shows the researcher at
            // another institution in between (KAKEN reports a year only when there is something to
            // report, so a year without a row is no evidence of leaving).
            func elsewhere(after a: Int, before b: Int) -> Bool {
                yearsAt.contains { other, spans in other != k && spans.contains { $0.0 < b && $0.1 > a } }
            }
            let dated = g.rows.filter { $0.since != nil }.sorted { ($0.since!, $0.until ?? $0.since!) < ($1.since!, $1.until ?? $1.since!) }
            var stints: [(from: Int, to: Int, rows: [Row])] = []
            for row in dated {
                let from = row.since!, to = max(row.until ?? from, from)
                if let last = stints.last, from <= last.to + 1 || !elsewhere(after: last.to, before: from) {
                    stints[stints.count - 1].to = max(last.to, to)
                    stints[stints.count - 1].rows.append(row)
                } else {
                    stints.append((from, to, [row]))
                }
            }
            if stints.isEmpty { stints = [(0, 0, g.rows)] }
            for (i, stint) in stints.enumerated() {
                let latest = stint.rows.max { ($0.until ?? 0, $0.sequence) < ($1.until ?? 0, $1.sequence) } ?? stint.rows[0]
                var names: [String] = []
                for row in stint.rows { for n in row.names.map(Self.organisationPart) where !names.contains(n) { names.append(n) } }
                var ids: [String: String] = [:]
                if let c = codes[k] ?? stint.rows.compactMap(\.erad).first { ids["erad-institution"] = c }
                // The current affiliation is ongoing whatever its `until`; so is the last stint of its institution.
                let ongoing = g.current && i == stints.count - 1
                out.append(PublicTie(source: source, memberKey: number, tie: .employment, org: latest.names.map(Self.organisationPart)[0],
                                     orgIDs: ids, department: latest.department, role: latest.job,
                                     start: stint.from > 0 ? PartialDate(year: stint.from) : nil,
                                     end: ongoing || stint.to == 0 ? nil : PartialDate(year: stint.to),
                                     putCode: "affiliation " + stint.rows.map(\.sequence).joined(separator: ","),
                                     otherNames: names.filter { $0 != Self.organisationPart(latest.names[0]) }, datesReported: true))
            }
        }
        return out
    }

    func projects(_ r: [String: Any], number: String) -> [PublicTie] {
        var out: [PublicTie] = []
        for p in r["work:project"] as? [[String: Any]] ?? [] {
            let id = Self.strings((p["recordSource"] as? [String: Any])?["id:project:kakenhi"]).first ?? "?"
            let project = id.replacingOccurrences(of: "KAKENHI-PROJECT-", with: "").replacingOccurrences(of: "KAKENHI-PLANNED-", with: "")
            let since = Self.year(((p["since"] as? [String: Any])?["fiscal:year"] as? [String: Any])?["commonEra:year"])
            let until = Self.year(((p["until"] as? [String: Any])?["fiscal:year"] as? [String: Any])?["commonEra:year"])
            let category = Self.texts((p["category"] as? [[String: Any]])?.first?["humanReadableValue"], preferring: "en").first
            let title = Self.texts((p["title"] as? [[String: Any]])?.first?["humanReadableValue"], preferring: "en").first
            let institution = (p["institution"] as? [[String: Any]])?.first?["humanReadableValue"]
            let names = Self.texts(institution, preferring: "ja")
            let nii = (institution as? [[String: Any]])?.compactMap { $0["niiCode"] as? String }.first
            var own: Set<String> = []
            if let org = names.first {
                out.append(PublicTie(source: source, memberKey: number, tie: .funding, org: org, orgIDs: nii.map { ["nii-institution": $0] } ?? [:],
                                     role: (p["role"] as? [[String: Any]])?.first?["code:roleInProject:kakenhi"] as? String,
                                     start: since.map { PartialDate(year: $0) }, end: until.map { PartialDate(year: $0) },
                                     putCode: "KAKENHI \(project)", title: title, fundingType: category, grantNumbers: [project],
                                     otherNames: Array(names.dropFirst()), datesReported: true))
            }
            let members = p["member"] as? [[String: Any]] ?? []
            // The member's own institution on this project (from their own row), else the project's.
            let mine = members.first { Self.strings($0["id:person:erad"]).contains(number) }
            let normaliser = NameNormaliser()
            for n in (mine.map { Self.texts($0["institution:name"]) } ?? names) { own.insert(normaliser.normalise(n)) }
            var seen = Set<String>()
            for m in members where !Self.strings(m["id:person:erad"]).contains(number) {
                let inst = Self.texts(m["institution:name"])
                guard let org = inst.first else { continue }
                let k = normaliser.normalise(org)
                guard !own.contains(k), seen.insert(k).inserted else { continue }
                out.append(PublicTie(source: source, memberKey: number, tie: .collaboration, org: org,
                                     start: since.map { PartialDate(year: $0) }, end: until.map { PartialDate(year: $0) },
                                     putCode: "KAKENHI \(project)", title: title, grantNumbers: [project],
                                     otherNames: Array(inst.dropFirst()), datesReported: true))
            }
        }
        return out
    }

    /// "Osaka University, Graduate School of Engineering Science, Professor" → "Osaka University":
    /// an English line that runs on into the department and title gives its first part.
    static func organisationPart(_ s: String) -> String {
        guard s.unicodeScalars.allSatisfy({ $0.isASCII }), s.contains(", ") else { return s }
        return String(s.split(separator: ",")[0]).trimmingCharacters(in: .whitespaces)
    }

    /// Texts of a `humanReadableValue` list (or of `[{text, lang}]`), the preferred language first.
    static func texts(_ value: Any?, preferring lang: String = "ja") -> [String] {
        let items = value as? [[String: Any]] ?? []
        let sorted = items.filter { ($0["lang"] as? String) == lang } + items.filter { ($0["lang"] as? String) != lang && ($0["lang"] as? String) != "ja-Kana" }
        var out: [String] = []
        for i in sorted { if let t = (i["text"] as? String).map(Text.clean), !t.isEmpty, !out.contains(t) { out.append(t) } }
        return out
    }

    static func strings(_ value: Any?) -> [String] {
        if let s = value as? String { return [s] }
        return (value as? [Any] ?? []).map { "\($0)" }
    }

    /// A year KAKEN could mean (1000–9999); anything else is no year.
    static func year(_ value: Any?) -> Int? {
        let y = (value as? Int) ?? (value as? String).flatMap { Int($0) }
        return y.flatMap { (1000...9999).contains($0) ? $0 : nil }
    }
}
