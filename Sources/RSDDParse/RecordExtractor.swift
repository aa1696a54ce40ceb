import Foundation
import RSDDCore

/// The records of one file, and the problems that did not stop the reading (one line each).
public struct Extraction: Sendable {
    public var records: [Record]
    public var warnings: [ParseError]

    public init(records: [Record], warnings: [ParseError]) {
        self.records = records
        self.warnings = warnings
    }
}

/// Reads the records of a list source as its declaration says: html and xml through libxml2
/// XPath (large xml streamed with `xmlTextReader`), csv, xlsx and json through their readers.
/// Every format goes through the same field rules: select or constant, split, trim, `kind_from`
/// and `where`.
public struct RecordExtractor: Sendable {
    public let source: SourceSpec
    let spec: RecordSpec
    /// How each field is read.
    let plans: Plans

    /// Field names with a meaning of their own; any other field must name an identifier scheme.
    static let plainFields: Set<String> = ["id", "name", "aliases", "country", "category", "kind", "places"]
    static let identifierSchemes: Set<String> = Identifiers.schemeIDs

    public init(source: SourceSpec) throws {
        guard source.format != .orcid, source.format != .ror, let spec = source.records else {
            throw ParseError(source: source.id, file: "sources.d/\(source.id).yml",
                             message: "format \(source.format.rawValue) has no declared records (the orcid, researchmap, kaken-researcher and ror formats have readers of their own)")
        }
        for field in spec.fields.keys.sorted()
        where !RecordExtractor.plainFields.contains(field) && !RecordExtractor.identifierSchemes.contains(field) {
            throw ParseError(source: source.id, file: "sources.d/\(source.id).yml",
                             message: "unknown field '\(field)' (known: \((RecordExtractor.plainFields.union(RecordExtractor.identifierSchemes)).sorted().joined(separator: ", ")))")
        }
        self.source = source
        self.spec = spec
        plans = Plans(spec, format: source.format)
    }

    /// Every record in `data` (a file shown as `file` in errors), checked against `expect:`.
    public func extract(_ data: Data, file: String) throws -> Extraction {
        var records: [Record] = []
        let warnings = try read(.data(data), file: file) { records.append($0) }
        return Extraction(records: records, warnings: warnings)
    }

    /// Reads the file at `url` record by record, calling `each` for every record, and returns the
    /// warnings. XML whose record path is `//name` is streamed: memory does not grow with the file.
    public func read(contentsOf url: URL, file: String, each: (Record) throws -> Void) throws -> [ParseError] {
        try read(.file(url), file: file, each: each)
    }

    enum Input {
        case data(Data)
        case file(URL)

        func bytes(file: String) throws -> Data {
            switch self {
            case .data(let d): return d
            case .file(let u):
                do { return try Data(contentsOf: u) } catch { throw ParseError(file: file, message: "cannot be read") }
            }
        }
    }

    /// `c` and a hash of the record's content, for lists that give no id of their own.
    static func contentKey(name: String, aliases: [String], country: String?, category: String?) -> String {
        "c" + String(Files.sha256(Data(([name, country ?? "", category ?? ""] + aliases.sorted()).joined(separator: "\u{1F}").utf8)).prefix(12))
    }

    func read(_ input: Input, file: String, each: (Record) throws -> Void) throws -> [ParseError] {
        var count = 0
        var warnings: [ParseError] = []
        // Content keys are unique within a source: the same row listed again gets `~2`, `~3` in
        // the order the list gives them. (Ids a list declares are its own; resolve tolerates a
        // repeated one, and a list of a million records keeps no set of them.)
        var seen: [String: Int] = [:]
        let contentKeyed = plans.id == nil
        let emit: (Built) throws -> Void = { built in
            // A category of the record's own that rsdd does not know could match no rule: the
            // record is not read (nor counted towards the declaration's minimum), and said.
            var r: Record
            switch built {
            case .refused(let id, let category):
                warnings.append(ParseError(file: file, message: "record \(Text.printable(id, limit: 40)): category '\(Text.printable(category, limit: 40))' is not a category (known: \(ListCategory.known.joined(separator: ", "))): the record is not read"))
                return
            case .record(let record):
                r = record
            }
            count += 1
            guard contentKeyed else { return try each(r) }
            let n = (seen[r.id] ?? 0) + 1
            seen[r.id] = n
            if n > 1 { r.id += "~\(n)" }
            try each(r)
        }
        do {
            switch source.format {
            case .xml where streamTarget != nil:
                try readStreaming(input, file: file, emit: emit)
            case .xml, .html:
                try readDocument(try input.bytes(file: file), file: file, emit: emit)
            case .csv:
                let rowWarnings = try readCSV(try input.bytes(file: file), file: file, emit: emit)
                warnings += rowWarnings
            case .xlsx:
                let rowWarnings = try readXLSX(input, file: file, emit: emit)
                warnings += rowWarnings
            case .json:
                try readJSON(try input.bytes(file: file), file: file, emit: emit)
            case .orcid, .ror, .researchmap, .kakenResearcher, .openalexWorks:
                break
            }
        } catch var e as ParseError {
            e.source = source.id
            throw e
        }
        let minimum = source.expect?.minRecords ?? 1
        if count < minimum {
            throw ParseError(source: source.id, file: file, message: count == 0
                ? "no records found (is the declaration's path or header still right?)"
                : "\(count) records, fewer than the \(minimum) the declaration expects")
        }
        return warnings.map { var w = $0; w.source = source.id; return w }
    }

    // MARK: - One record from its values

    /// How one field is read, worked out once per declaration rather than once per record.
    /// A class, so that passing it for every field of every record costs one reference.
    final class FieldPlan: Sendable {
        let select: String?
        let value: String?
        let separator: String?
        let trim: String?
        let last: String?
        /// The select as a `SimplePath` for xml and html, when it is one.
        let simple: SimplePath?
        /// No split and no trim: the first non-empty text is the value.
        let plain: Bool
        /// The plan's place among its declaration's plans (for values read on another thread).
        let index: Int

        init(_ f: FieldSpec, namespaces: [String: String], format: SourceSpec.Format, index: Int) {
            self.index = index
            select = f.select
            value = f.value
            separator = f.separator
            trim = f.trim
            last = f.last
            plain = f.separator == nil && f.trim == nil && f.last == nil
            if let s = f.select, format == .xml || format == .html {
                simple = SimplePath(s, namespaces: namespaces, html: format == .html)
            } else {
                simple = nil
            }
        }

        convenience init(select: String, namespaces: [String: String], format: SourceSpec.Format, index: Int) {
            self.init(FieldSpec(select: select), namespaces: namespaces, format: format, index: index)
        }
    }

    /// The plans of a declaration's fields.
    struct Plans: Sendable {
        var name: FieldPlan
        var id, aliases, country, kind, category, places: FieldPlan?
        var schemes: [(String, FieldPlan)]
        var kindRule: FieldPlan?
        var filter: FieldPlan?

        init(_ spec: RecordSpec, format: SourceSpec.Format) {
            var next = 0
            var made: [FieldPlan] = []
            func plan(_ key: String) -> FieldPlan? {
                guard let f = spec.fields[key] else { return nil }
                let p = FieldPlan(f, namespaces: spec.namespaces, format: format, index: next)
                next += 1
                made.append(p)
                return p
            }
            func selectPlan(_ select: String) -> FieldPlan {
                let p = FieldPlan(select: select, namespaces: spec.namespaces, format: format, index: next)
                next += 1
                made.append(p)
                return p
            }
            name = plan("name")!
            id = plan("id")
            aliases = plan("aliases")
            country = plan("country")
            kind = plan("kind")
            category = plan("category")
            places = plan("places")
            schemes = RecordExtractor.identifierSchemes.sorted().compactMap { k in plan(k).map { (k, $0) } }
            kindRule = spec.kindFrom.map { selectPlan($0.select) }
            filter = spec.filter.map { selectPlan($0.select) }
            all = made
        }

        /// Every plan, by index.
        var all: [FieldPlan] = []
    }

    /// Builds a record from `values` (a field's plan → its raw texts); nil when it has no name or
    /// `where` drops it.
    /// What one row, element or item gives: a record, or a record refused for a category of its
    /// own that rsdd does not know (said by the caller, with the record's id).
    enum Built {
        case record(Record)
        case refused(id: String, category: String)
    }

    func record(position: Int, values: (FieldPlan) throws -> [String],
                firstValue: ((FieldPlan) throws -> String?)? = nil) throws -> Built? {
        if let fp = plans.filter, let filter = spec.filter {
            let vs = try values(fp).map { Self.clean($0, trim: nil) }
            guard vs.contains(where: { filter.values.contains($0) }) else { return nil }
        }
        // Each value split, cut after `last`, and cleaned, in order (empty ones too): `nil` for a
        // piece that was empty before it was cut (nothing there at all).
        func pieces(_ f: FieldPlan) throws -> [String?] {
            var out: [String?] = []
            for raw in try values(f) {
                for piece in f.separator.map({ raw.components(separatedBy: $0) }) ?? [raw] {
                    guard f.last == nil || !Self.clean(piece, trim: nil).isEmpty else { out.append(nil); continue }
                    // (A separator at the end cuts nothing: "…, Chengdu, China, " ends with China.
                    // Round 40.)
                    var piece = Substring(piece)
                    if let last = f.last, !last.isEmpty {
                        while true {
                            while piece.last?.isWhitespace == true { piece.removeLast() }
                            guard piece.hasSuffix(last) else { break }
                            piece.removeLast(last.count)
                        }
                    }
                    let tail = f.last.flatMap { piece.range(of: $0, options: .backwards) }.map { String(piece[$0.upperBound...]) } ?? String(piece)
                    out.append(Self.clean(tail, trim: f.trim))
                }
            }
            return out
        }
        func all(_ f: FieldPlan?) throws -> [String] {
            guard let f else { return [] }
            if let v = f.value { return [v] }
            var out: [String] = []
            for case let t? in try pieces(f) where !t.isEmpty && !out.contains(t) { out.append(t) }
            return out
        }
        func first(_ f: FieldPlan?) throws -> String? {
            guard let f else { return nil }
            if let v = f.value { return v }
            if f.plain {
                // Texts from libxml2 come collapsed already (SimplePath and XPathValue.texts).
                if let firstValue { return try firstValue(f) }
                for raw in try values(f) {
                    let t = Self.clean(raw, trim: nil)
                    if !t.isEmpty { return t }
                }
                return nil
            }
            return try all(f).first
        }
        guard let name = try first(plans.name) else { return nil }
        var ids: [String: String] = [:]
        for (scheme, plan) in plans.schemes {
            if let v = try first(plan) { ids[scheme] = v }
        }
        var kind = try first(plans.kind).flatMap { RecordKind(rawValue: $0.lowercased()) } ?? .organisation
        if let rp = plans.kindRule, let rule = spec.kindFrom, let k = try first(rp).flatMap(rule.kind(of:)) {
            kind = k
        }
        var aliases = try all(plans.aliases)
        aliases.removeAll { $0 == name }
        // A country is recorded for organisations only: for a person it could only be a place of
        // residence or origin, which rsdd never reads.
        // (The cell as read keys the record, as it always has; the category is the cell cleaned.)
        let cell = try first(plans.category) ?? source.category?.rawValue
        let categoryName = cell.map(Text.clean)
        // A country field that gives several (addresses in two countries) gives none: no one
        // country may veto a tie.
        // With `last:` (an address's last words), an address that ends with no country (a city, a
        // postcode, nothing) leaves the country unknown as well.
        let country: String?
        if kind == .person { country = nil } else if let plan = plans.country, plan.last != nil, plan.value == nil {
            // (A country with its postcode after it, "…, Chengdu, China 610036", is that country.
            // Round 40.)
            let codes = try pieces(plan).compactMap { $0 }.map { Identifiers.countryCode($0) ?? RecordExtractor.withoutPostcode($0).flatMap(Identifiers.countryCode) }
            country = !codes.contains(nil) && Set(codes).count == 1 ? codes[0] : nil
        } else if let plan = plans.country, !plan.plain {
            let all = try all(plan)
            country = all.count == 1 ? all[0] : nil
        } else { country = try first(plans.country) }
        // A list without ids of its own is keyed by what the record says, not by its row: a
        // re-ordered list keeps its keys, so entity ids and reports stay the same.
        let id = try first(plans.id) ?? RecordExtractor.contentKey(name: name, aliases: aliases, country: country, category: cell)
        var category: ListCategory?
        if let categoryName {
            guard let known = ListCategory(rawValue: categoryName) else { return .refused(id: Text.clean(id), category: categoryName) }
            category = known
        }
        // An organisation's addresses (never a person's).
        let places = kind == .person ? [] : try all(plans.places)
        return .record(Record(source: source.id, id: id, kind: kind, name: name,
                              aliases: aliases, category: category, country: country, identifiers: ids, places: places))
    }

    /// `piece` without the words of digits at its end ("China 610036": "China"); nil when it has
    /// none, or nothing else.
    static func withoutPostcode(_ piece: String) -> String? {
        var words = piece.split(separator: " ")
        var cut = false
        while let l = words.last, l.allSatisfy({ $0.isASCII && $0.isNumber }) { words.removeLast(); cut = true }
        return cut && !words.isEmpty ? words.joined(separator: " ") : nil
    }

    /// Trims whitespace and `trim` characters from both ends and collapses inner runs of whitespace.
    static func clean(_ s: String, trim: String?) -> String {
        guard let trim, !trim.isEmpty else { return Whitespace.collapse(s) }
        let extra = Set(trim)
        var t = Substring(Whitespace.collapse(s))
        while let f = t.first, extra.contains(f) || f.isWhitespace { t.removeFirst() }
        while let l = t.last, extra.contains(l) || l.isWhitespace { t.removeLast() }
        return Whitespace.collapse(String(t))
    }

    /// Every select expression of the declaration, to check before reading.
    var selects: [String] {
        // In a fixed order (name first), so that the first problem reported is always the same one.
        let keys = ["name"] + spec.fields.keys.filter { $0 != "name" }.sorted()
        return keys.compactMap { spec.fields[$0]?.select } + [spec.kindFrom?.select, spec.filter?.select].compactMap { $0 }
    }
}
