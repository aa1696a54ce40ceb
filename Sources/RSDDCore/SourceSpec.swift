import Foundation

/// One public source, as declared in `sources.d/<id>.yml`.
public struct SourceSpec: Sendable, Hashable, Codable {
    /// How a source's bytes are read.
    public enum Format: String, Sendable, Codable, KnownWords {
        case html, xml, csv, json, xlsx, orcid, ror, researchmap
        case kakenResearcher = "kaken-researcher"
        case openalexWorks = "openalex-works"
    }

    public var id: String
    public var title: String
    public var publisher: String?
    /// `http(s)://`, `file:///abs`, or a path relative to the workspace; `{orcid}` in per-member sources.
    public var url: String
    public var format: Format
    public var licence: String?
    /// What a hit on this list means to a policy (`entity-of-concern`, …); absent for record sources.
    public var category: ListCategory?
    /// How long a successful fetch stays fresh.
    public var refresh: Span
    /// `member` for sources fetched once per team member with an ORCID iD.
    public var per: String?
    /// Extraction for html and xml sources.
    public var records: RecordSpec?
    /// Assertions a parse must meet, so a silently changed page fails loudly.
    public var expect: Expectation?
    /// Limits of one transfer; absent: the workspace's defaults (`rsdd.yml`).
    public var timeout: Seconds?
    public var connectTimeout: Seconds?
    public var maxBytes: ByteCount?
    /// A CA bundle (PEM) to verify this source's server with. TLS verification itself is never off.
    public var caBundle: String?
    /// Per-member sources: how many member keys one request asks for (`{orcid}` becomes
    /// `A|B|…`, sorted); absent: one per request.
    public var batch: Int?

    public var isPerMember: Bool { per == "member" }

    /// The member key a per-member source is read by: its format's scheme.
    public var memberScheme: MemberScheme? {
        guard isPerMember else { return nil }
        switch format {
        case .orcid, .openalexWorks: return .orcid
        case .researchmap: return .researchmap
        case .kakenResearcher: return .kaken
        default: return nil
        }
    }

    /// The formats of a member's public record, read once per member key.
    static let recordFormats: Set<Format> = [.orcid, .researchmap, .kakenResearcher, .openalexWorks]

    enum CodingKeys: String, CodingKey {
        case id, title, publisher, url, format, licence, category, refresh, per, records, expect
        case timeout, connectTimeout = "connect_timeout", maxBytes = "max_bytes", caBundle = "ca_bundle", batch

        static let names: Set<String> = ["id", "title", "publisher", "url", "format", "licence", "category", "refresh",
                                         "per", "records", "expect", "timeout", "connect_timeout", "max_bytes", "ca_bundle", "batch"]
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        url = try c.decode(String.self, forKey: .url)
        format = try c.decode(Format.self, forKey: .format)
        licence = try c.decodeIfPresent(String.self, forKey: .licence)
        let categoryName = try c.decodeIfPresent(String.self, forKey: .category)
        category = categoryName.flatMap(ListCategory.init(rawValue:))
        refresh = try c.decodeIfPresent(Span.self, forKey: .refresh) ?? Span(count: 24, unit: .hours)
        per = try c.decodeIfPresent(String.self, forKey: .per)
        records = try c.decodeIfPresent(RecordSpec.self, forKey: .records)
        expect = try c.decodeIfPresent(Expectation.self, forKey: .expect)
        timeout = try c.decodeIfPresent(Seconds.self, forKey: .timeout)
        connectTimeout = try c.decodeIfPresent(Seconds.self, forKey: .connectTimeout)
        maxBytes = try c.decodeIfPresent(ByteCount.self, forKey: .maxBytes)
        caBundle = try c.decodeIfPresent(String.self, forKey: .caBundle)
        batch = try c.decodeIfPresent(Int.self, forKey: .batch)
        if let b = batch, !(1...100).contains(b) || format != .openalexWorks {
            throw DecodingError.dataCorruptedError(forKey: .batch, in: c, debugDescription: "batch (1 to 100 member keys per request) is for openalex-works sources only")
        }
        try YAMLFile.refuseUnknownKeys(in: decoder, known: CodingKeys.names)
        if per != nil && per != "member" {
            throw DecodingError.dataCorruptedError(forKey: .per, in: c, debugDescription: "only 'member' is known")
        }
        if let categoryName, category == nil {
            throw DecodingError.dataCorruptedError(forKey: .category, in: c,
                debugDescription: "'\(Text.printable(categoryName, limit: 40))' is not a category (known: \(ListCategory.known.joined(separator: ", ")))")
        }
        if format == .ror && category != .registry {
            throw DecodingError.dataCorruptedError(forKey: .category, in: c,
                debugDescription: "a ror source is a registry: category: registry (never a list of concern)")
        }
        if SourceSpec.recordFormats.contains(format) && per != "member" {
            throw DecodingError.keyNotFound(CodingKeys.per, .init(codingPath: c.codingPath,
                debugDescription: "a \(format.rawValue) source is read once per member: per: member"))
        }
        if per == "member" && !SourceSpec.recordFormats.contains(format) {
            throw DecodingError.dataCorruptedError(forKey: .per, in: c,
                debugDescription: "per-member sources are of format orcid, researchmap, kaken-researcher or openalex-works")
        }
        if let bad = SourceSpec.environmentNames(in: url).first(where: { !SourceSpec.isEnvironmentName($0) }) {
            throw DecodingError.dataCorruptedError(forKey: .url, in: c,
                debugDescription: "'${\(Text.printable(bad, limit: 40))}' is not an environment variable name (capitals, digits and _)")
        }
        if !SourceSpec.recordFormats.contains(format) && format != .ror && records == nil {
            throw DecodingError.keyNotFound(CodingKeys.records, .init(codingPath: c.codingPath,
                debugDescription: "list sources declare their records"))
        }
        if (format == .html || format == .xml || format == .json) && records?.path == nil {
            throw DecodingError.keyNotFound(RecordSpec.CodingKeys.path, .init(codingPath: c.codingPath + [CodingKeys.records],
                debugDescription: "\(format.rawValue) sources give the path of their records"))
        }
        if id.isEmpty || !id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c,
                debugDescription: "'\(id)' must be lowercase letters, digits and dashes")
        }
    }

    /// The URL as stored, logged and shown, with the member's key filled in (`{orcid}`,
    /// `{researchmap}`, `{kaken}`) and relative paths resolved against the workspace. Secrets
    /// (`${NAME}`, read from the environment) stay as their names: see `fetchURL`.
    public func resolvedURL(workspace: URL, member: String? = nil, now: Date = Date()) -> String {
        var u = url
        if let member {
            for scheme in MemberScheme.allCases { u = u.replacingOccurrences(of: "{\(scheme.rawValue)}", with: member) }
        }
        // A lower bound of dates that changes once a year, so that the URL (and its snapshot) stays
        // the same from night to night: 1 January five years back.
        if u.contains("{since}") {
            u = u.replacingOccurrences(of: "{since}", with: "\(SourceSpec.sinceYear(now: now))-01-01")
        }
        if u.contains("://") { return u }
        return workspace.appendingPathComponent(u).standardizedFileURL.absoluteString
    }

    /// The year `{since}` stands for: five years before `now`'s (the longest co-authorship window
    /// of the built-in profiles).
    public static func sinceYear(now: Date) -> Int {
        Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: now).year! - 5
    }

    /// The URL requested: `shown` (from `resolvedURL`) with each `${NAME}` replaced by the
    /// environment's value, percent-encoded for a query. Throws naming the variable (never a value)
    /// when one is not set.
    public static func fetchURL(_ shown: String, environment: [String: String]) throws -> String {
        var u = shown
        for name in environmentNames(in: shown) {
            guard let value = environment[name], !value.isEmpty else {
                throw ConfigError(file: "sources.d", message: "the environment variable \(name) that a source's url names is not set")
            }
            let encoded = value.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#"))) ?? value
            u = u.replacingOccurrences(of: "${\(name)}", with: encoded)
        }
        return u
    }

    /// The values of the environment variables a URL names: what must never be written or shown.
    public static func secrets(in shown: String, environment: [String: String]) -> [String] {
        environmentNames(in: shown).compactMap { environment[$0] }.filter { !$0.isEmpty }
            .flatMap { v in [v, v.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#"))) ?? v] }
    }

    /// `text` with every secret replaced by `[redacted]`.
    public static func redacting(_ text: String, secrets: [String]) -> String {
        secrets.sorted { $0.count > $1.count }.reduce(text) { $0.replacingOccurrences(of: $1, with: "[redacted]") }
    }

    /// The names inside `${…}` in a URL, in order.
    public static func environmentNames(in url: String) -> [String] {
        var out: [String] = []
        var rest = Substring(url)
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
            out.append(String(rest[open.upperBound..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    static func isEnvironmentName(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            && !("0"..."9").contains(s.unicodeScalars.first!)
    }
}

/// How the records of a list source are found and read. The meaning of a field's `select`
/// depends on the format: an XPath relative to the record node (html, xml), a column header or
/// `#N` (csv, xlsx; a column letter also works for xlsx), a dotted key path (json).
public struct RecordSpec: Sendable, Hashable, Codable {
    /// html, xml: XPath selecting one node per record. json: key path of the array of records.
    /// csv, xlsx: unused.
    public var path: String?
    /// prefix → namespace URI, for XPath over XML with namespaces.
    public var namespaces: [String: String]
    /// field name → how to read it. A field selecting several values is a list.
    public var fields: [String: FieldSpec]
    /// The record's kind from one of its values (`Entity` → organisation, `Individual` → person).
    public var kindFrom: KindRule?
    /// Only records whose value is among the listed ones are kept (e.g. one list of a consolidated file).
    public var filter: Filter?
    /// csv: the field separator (default `,`; `"\t"` for tab-separated files).
    public var delimiter: String?
    /// csv: the text encoding (utf-8 by default; latin1, windows-1252, utf-16).
    public var encoding: String?
    /// csv, xlsx: the row holding the column headers (1-based; default 1).
    public var headerRow: Int?
    /// xlsx: the sheet to read, by name (default: the first sheet).
    public var sheet: String?

    public init(path: String?, namespaces: [String: String] = [:], fields: [String: FieldSpec]) {
        self.path = path
        self.namespaces = namespaces
        self.fields = fields
    }

    enum CodingKeys: String, CodingKey {
        case path, namespaces, fields, kindFrom = "kind_from", filter = "where", delimiter, encoding
        case headerRow = "header_row", sheet
    }

    /// True when an XPath calls `name()` or `local-name()` inside a predicate (`[…]`), outside
    /// quoted strings: it would pick elements by a computed name that no refusal can read.
    static func namesElementsInPredicate(_ xpath: String) -> Bool {
        var depth = 0
        var quote: Character?
        // The word being read, and the one before spaces (`name ()` is a call too).
        var word = ""
        var beforeSpace = ""
        for ch in xpath {
            if let q = quote {
                if ch == q { quote = nil }
                continue
            }
            if ch.isWhitespace {
                if !word.isEmpty { beforeSpace = word }
                word = ""
                continue
            }
            let called = word.isEmpty ? beforeSpace : word
            beforeSpace = ""
            switch ch {
            case "'", "\"": quote = ch; word = ""
            case "[": depth += 1; word = ""
            case "]": depth = max(0, depth - 1); word = ""
            case "(":
                if depth > 0 && (called == "name" || called == "local-name") { return true }
                word = ""
            default:
                if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" || ch == ":" { word.append(ch) } else { word = "" }
            }
        }
        return false
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decodeIfPresent(String.self, forKey: .path)
        namespaces = try c.decodeIfPresent([String: String].self, forKey: .namespaces) ?? [:]
        fields = try c.decode([String: FieldSpec].self, forKey: .fields)
        kindFrom = try c.decodeIfPresent(KindRule.self, forKey: .kindFrom)
        filter = try c.decodeIfPresent(Filter.self, forKey: .filter)
        delimiter = try c.decodeIfPresent(String.self, forKey: .delimiter)
        encoding = try c.decodeIfPresent(String.self, forKey: .encoding)
        headerRow = try c.decodeIfPresent(Int.self, forKey: .headerRow)
        sheet = try c.decodeIfPresent(String.self, forKey: .sheet)
        try YAMLFile.refuseUnknownKeys(in: decoder, known: ["path", "namespaces", "fields", "kind_from", "where", "delimiter",
                                                            "encoding", "header_row", "sheet"])
        for key in fields.keys.sorted() where ForbiddenAttribute.isForbidden(key) {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.fields, AnyCodingKey(stringValue: key)],
                                                    debugDescription: ForbiddenAttribute.refusal(key)))
        }
        // A field may not read a forbidden column or element under another name (`country: nationalities`).
        for (key, f) in fields.sorted(by: { $0.key < $1.key }) {
            if let bad = f.select.flatMap(ForbiddenAttribute.mentioned) {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.fields, AnyCodingKey(stringValue: key)],
                    debugDescription: "reads '\(bad)', which is not accepted (rsdd assesses ties, never nationality, citizenship, birthplace, ethnicity or race)"))
            }
        }
        // Nor compute an element's name to pick it (`*[starts-with(name(), 'NAT')]`): no word to refuse.
        for (key, expr) in fields.sorted(by: { $0.key < $1.key }).map({ ("fields.\($0.key)", $0.value.select) })
            + [("kind_from", kindFrom?.select), ("where", filter?.select), ("path", path)] {
            if let e = expr, RecordSpec.namesElementsInPredicate(e) {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + key.split(separator: ".").map { AnyCodingKey(stringValue: String($0)) },
                    debugDescription: "name() or local-name() inside a predicate is not accepted: select elements by their names, so that what a source reads can be checked"))
            }
        }
        for (key, expr) in [("kind_from", kindFrom?.select), ("where", filter?.select)] {
            if let bad = expr.flatMap(ForbiddenAttribute.mentioned) {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [AnyCodingKey(stringValue: key)],
                    debugDescription: "reads '\(bad)', which is not accepted (rsdd assesses ties, never nationality)"))
            }
        }
        if fields["name"] == nil {
            throw DecodingError.dataCorruptedError(forKey: .fields, in: c, debugDescription: "a 'name' field is required")
        }
        if let d = delimiter, d != "\\t", d.unicodeScalars.count != 1 {
            throw DecodingError.dataCorruptedError(forKey: .delimiter, in: c, debugDescription: "one character, or \\t for tab")
        }
        if let h = headerRow, h < 1 {
            throw DecodingError.dataCorruptedError(forKey: .headerRow, in: c, debugDescription: "rows count from 1")
        }
    }

    /// The field separator as a character.
    public var separator: Character {
        guard let d = delimiter else { return "," }
        return d == "\\t" ? "\t" : Character(d)
    }
}

/// How one field is read: what to select, or a constant; optionally split into a list and trimmed.
/// Written as a plain string (`name: td[2]`) when only `select` is needed.
public struct FieldSpec: Sendable, Hashable, Codable {
    /// XPath, column or key path, by format (see `RecordSpec`).
    public var select: String?
    /// A constant value instead of a selection (e.g. `kind: {value: organisation}`).
    public var value: String?
    /// Splits each selected text on this separator (`"\n"` for a newline) into several values.
    public var split: String?
    /// Characters removed from both ends of each value, beside whitespace (e.g. bullets `"・•"`).
    public var trim: String?
    /// Keeps what follows the last occurrence of this text in each value (after `split`): the
    /// country code that ends an address (`"37 Mira Ave. Sarov, 607188, RU"` → `RU`).
    public var last: String?

    public init(select: String? = nil, value: String? = nil, split: String? = nil, trim: String? = nil, last: String? = nil) {
        self.select = select
        self.value = value
        self.split = split
        self.trim = trim
        self.last = last
    }

    enum CodingKeys: String, CodingKey { case select, value, split, trim, last }

    public init(from decoder: Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(select: text)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let select = try c.decodeIfPresent(String.self, forKey: .select)
        let value = try c.decodeIfPresent(String.self, forKey: .value)
        let split = try c.decodeIfPresent(String.self, forKey: .split)
        try YAMLFile.refuseUnknownKeys(in: decoder, known: ["select", "value", "split", "trim", "last"])
        if (select == nil) == (value == nil) {
            throw DecodingError.dataCorruptedError(forKey: .select, in: c, debugDescription: "give either 'select' or 'value'")
        }
        if split?.isEmpty == true {
            throw DecodingError.dataCorruptedError(forKey: .split, in: c, debugDescription: "an empty separator")
        }
        let last = try c.decodeIfPresent(String.self, forKey: .last)
        if last?.isEmpty == true {
            throw DecodingError.dataCorruptedError(forKey: .last, in: c, debugDescription: "an empty separator")
        }
        self.init(select: select, value: value, split: split, trim: try c.decodeIfPresent(String.self, forKey: .trim), last: last)
    }

    /// The separator with `\n` and `\t` written as escapes in YAML single-quoted or plain strings.
    public var separator: String? {
        split.map { $0.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t") }
    }
}

/// `kind_from: {select: type, organisation: [Entity], person: [Individual], programme: [...]}`.
/// A value in none of the lists leaves the record's kind to its `kind` field (default organisation).
public struct KindRule: Sendable, Hashable, Codable {
    public var select: String
    public var organisation: [String]
    public var person: [String]
    public var programme: [String]
    /// Lower-cased value → kind, built once: a large list asks for every record.
    private var lookup: [String: RecordKind] = [:]

    enum CodingKeys: String, CodingKey { case select, organisation, person, programme }

    private mutating func index() {
        for v in programme { lookup[v.lowercased()] = .programme }
        for v in organisation { lookup[v.lowercased()] = .organisation }
        for v in person { lookup[v.lowercased()] = .person }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(select, forKey: .select)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(person, forKey: .person)
        try c.encode(programme, forKey: .programme)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        select = try c.decode(String.self, forKey: .select)
        organisation = try c.decodeIfPresent([String].self, forKey: .organisation) ?? []
        person = try c.decodeIfPresent([String].self, forKey: .person) ?? []
        programme = try c.decodeIfPresent([String].self, forKey: .programme) ?? []
        try YAMLFile.refuseUnknownKeys(in: decoder, known: ["select", "organisation", "person", "programme"])
        index()
    }

    /// The kind a value means (compared case-insensitively; the value comes trimmed), if any.
    public func kind(of value: String) -> RecordKind? {
        lookup[value] ?? lookup[value.lowercased()]
    }
}

/// `where: {select: source, in: ["Entity List (EL) - Bureau of Industry and Security"]}`.
public struct Filter: Sendable, Hashable, Codable {
    public var select: String
    public var values: [String]

    enum CodingKeys: String, CodingKey { case select, values = "in" }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        select = try c.decode(String.self, forKey: .select)
        values = try c.decode([String].self, forKey: .values)
        try YAMLFile.refuseUnknownKeys(in: decoder, known: ["select", "in"])
    }
}

/// Assertions about a parse result.
public struct Expectation: Sendable, Hashable, Codable {
    public var minRecords: Int?

    enum CodingKeys: String, CodingKey { case minRecords = "min_records" }
}
