import Foundation

/// One public source, as declared in `sources.d/<id>.yml`.
public struct SourceSpec: Sendable, Hashable, Codable {
    /// How a source's bytes are read.
    public enum Format: String, Sendable, Codable { case html, xml, csv, json, orcid }

    public var id: String
    public var title: String
    public var publisher: String?
    /// `http(s)://`, `file:///abs`, or a path relative to the workspace; `{orcid}` in per-member sources.
    public var url: String
    public var format: Format
    public var licence: String?
    /// What a hit on this list means to a policy (`entity-of-concern`, …); absent for record sources.
    public var category: String?
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

    public var isPerMember: Bool { per == "member" }

    enum CodingKeys: String, CodingKey {
        case id, title, publisher, url, format, licence, category, refresh, per, records, expect
        case timeout, connectTimeout = "connect_timeout", maxBytes = "max_bytes", caBundle = "ca_bundle"

        static let names: Set<String> = ["id", "title", "publisher", "url", "format", "licence", "category", "refresh",
                                         "per", "records", "expect", "timeout", "connect_timeout", "max_bytes", "ca_bundle"]
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        url = try c.decode(String.self, forKey: .url)
        format = try c.decode(Format.self, forKey: .format)
        licence = try c.decodeIfPresent(String.self, forKey: .licence)
        category = try c.decodeIfPresent(String.self, forKey: .category)
        refresh = try c.decodeIfPresent(Span.self, forKey: .refresh) ?? Span(count: 24, unit: .hours)
        per = try c.decodeIfPresent(String.self, forKey: .per)
        records = try c.decodeIfPresent(RecordSpec.self, forKey: .records)
        expect = try c.decodeIfPresent(Expectation.self, forKey: .expect)
        timeout = try c.decodeIfPresent(Seconds.self, forKey: .timeout)
        connectTimeout = try c.decodeIfPresent(Seconds.self, forKey: .connectTimeout)
        maxBytes = try c.decodeIfPresent(ByteCount.self, forKey: .maxBytes)
        caBundle = try c.decodeIfPresent(String.self, forKey: .caBundle)
        try YAMLFile.refuseUnknownKeys(in: decoder, known: CodingKeys.names)
        if per != nil && per != "member" {
            throw DecodingError.dataCorruptedError(forKey: .per, in: c, debugDescription: "only 'member' is known")
        }
        if (format == .html || format == .xml) && records == nil {
            throw DecodingError.keyNotFound(CodingKeys.records, .init(codingPath: c.codingPath,
                debugDescription: "html and xml sources declare their records"))
        }
        if id.isEmpty || !id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c,
                debugDescription: "'\(id)' must be lowercase letters, digits and dashes")
        }
    }

    /// The URL to fetch, with `{orcid}` filled in and relative paths resolved against the workspace.
    public func resolvedURL(workspace: URL, orcid: String? = nil) -> String {
        var u = url
        if let orcid { u = u.replacingOccurrences(of: "{orcid}", with: orcid) }
        if u.contains("://") { return u }
        return workspace.appendingPathComponent(u).standardizedFileURL.absoluteString
    }
}

/// XPath extraction for html and xml sources: record path, namespaces, fields.
public struct RecordSpec: Sendable, Hashable, Codable {
    /// XPath selecting one node per record.
    public var path: String
    /// prefix → namespace URI, for XPath over XML with namespaces.
    public var namespaces: [String: String]
    /// field name → XPath relative to the record node. A field selecting several nodes is a list.
    public var fields: [String: String]

    public init(path: String, namespaces: [String: String] = [:], fields: [String: String]) {
        self.path = path
        self.namespaces = namespaces
        self.fields = fields
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        namespaces = try c.decodeIfPresent([String: String].self, forKey: .namespaces) ?? [:]
        fields = try c.decode([String: String].self, forKey: .fields)
        for key in fields.keys where ForbiddenAttribute.isForbidden(key) {
            throw DecodingError.dataCorruptedError(forKey: .fields, in: c, debugDescription: ForbiddenAttribute.refusal(key))
        }
        if fields["name"] == nil {
            throw DecodingError.dataCorruptedError(forKey: .fields, in: c, debugDescription: "a 'name' field is required")
        }
    }
}

/// Assertions about a parse result.
public struct Expectation: Sendable, Hashable, Codable {
    public var minRecords: Int?

    enum CodingKeys: String, CodingKey { case minRecords = "min_records" }
}
