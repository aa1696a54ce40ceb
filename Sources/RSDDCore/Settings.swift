import Foundation

/// A length of time written for people: `30` or `30s` (seconds), `500ms`, `2min`, `1h`.
/// Used for timeouts and back-off, where `Span` (hours to years) is too coarse.
public struct Seconds: Sendable, Hashable, Codable, CustomStringConvertible {
    public var value: TimeInterval

    public init(_ value: TimeInterval) {
        self.value = value
    }

    public init?(text: String) {
        let factors: [String: Double] = ["": 1, "ms": 0.001, "s": 1, "min": 60, "h": 3600, "d": 86_400]
        guard case .success(let (n, unit)) = TimeText.split(text), let f = factors[unit] else { return nil }
        self.init(n * f)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Double.self) {
            guard n >= 0 else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "a time cannot be negative") }
            value = n
            return
        }
        let text = try c.decode(String.self)
        if case .failure(let why) = TimeText.split(text) { throw DecodingError.dataCorruptedError(in: c, debugDescription: why.message) }
        guard let s = Seconds(text: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(text)' is not a time such as 30s, 500ms or 2min")
        }
        value = s.value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }

    public var description: String { value == value.rounded() ? "\(Int(value))s" : "\(value)s" }
}

/// A size written for people: `1048576`, `500KB`, `50MB`, `2GB` (powers of 1024; `KiB` etc. accepted).
public struct ByteCount: Sendable, Hashable, Codable, CustomStringConvertible {
    public var value: Int

    public init(_ value: Int) {
        self.value = value
    }

    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: "IB", with: "B")
        let units: [(String, Int)] = [("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30), ("B", 1)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            guard let n = Double(t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), n > 0 else { return nil }
            self.init(Int(n * Double(factor)))
            return
        }
        guard let n = Int(t), n > 0 else { return nil }
        self.init(n)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) {
            guard n > 0 else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "a size must be positive") }
            value = n
            return
        }
        let text = try c.decode(String.self)
        guard let b = ByteCount(text: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(text)' is not a size such as 500KB or 50MB")
        }
        value = b.value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }

    public var description: String { "\(value) bytes" }
}

/// Politeness towards one host: transfers in flight at once, and a request rate with bursts.
public struct HostLimit: Sendable, Hashable, Codable {
    public var inFlight: Int
    public var perSecond: Double
    public var burst: Int

    public init(inFlight: Int, perSecond: Double, burst: Int? = nil) {
        self.inFlight = max(1, inFlight)
        self.perSecond = perSecond
        self.burst = max(1, burst ?? Int(perSecond.rounded(.up)))
    }

    enum CodingKeys: String, CodingKey { case inFlight = "in_flight", perSecond = "per_second", burst }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let n = try c.decodeIfPresent(Int.self, forKey: .inFlight) ?? HostLimit.default.inFlight
        let r = try c.decodeIfPresent(Double.self, forKey: .perSecond) ?? HostLimit.default.perSecond
        let b = try c.decodeIfPresent(Int.self, forKey: .burst)
        try YAMLFile.refuseUnknownKeys(in: decoder, known: ["in_flight", "per_second", "burst"])
        guard n >= 1 else { throw DecodingError.dataCorruptedError(forKey: .inFlight, in: c, debugDescription: "must be at least 1") }
        guard r > 0 else { throw DecodingError.dataCorruptedError(forKey: .perSecond, in: c, debugDescription: "must be more than 0") }
        if let b, b < 1 { throw DecodingError.dataCorruptedError(forKey: .burst, in: c, debugDescription: "must be at least 1") }
        self.init(inFlight: n, perSecond: r, burst: b)
    }

    /// Any host not named in `rsdd.yml`.
    public static let `default` = HostLimit(inFlight: 4, perSecond: 5, burst: 5)

    /// Hosts whose published limits rsdd knows: ORCID's public API allows 24 requests/s, bursts of 40.
    public static let known: [String: HostLimit] = [
        "pub.orcid.org": HostLimit(inFlight: 8, perSecond: 24, burst: 40),
    ]
}

/// How the fetch stage behaves towards servers: `fetch:` in `rsdd.yml`.
public struct FetchSettings: Sendable, Hashable, Codable {
    /// Transfers in flight at once, over all hosts.
    public var parallel: Int = 16
    /// Further attempts after the first, on connection errors, timeouts, 429 and 5xx.
    public var retries: Int = 4
    /// The first back-off; each retry doubles it, with jitter.
    public var backoff: Seconds = Seconds(2)
    /// No retry starts later than this after the first attempt of a URL.
    public var retryTime: Seconds = Seconds(300)
    /// Per-source defaults, which a source file may override.
    public var timeout: Seconds = Seconds(120)
    public var connectTimeout: Seconds = Seconds(20)
    public var maxBytes: ByteCount = ByteCount(512 << 20)
    /// host → limit; `default` for every other host.
    public var hosts: [String: HostLimit] = [:]
    /// Further parts of members' records (section pages, result pages) one fetch requests at most,
    /// over all records: a record whose parts are cut off is incomplete and fetched again next time.
    public var partsPerRun: Int = 10_000

    public init() {}

    enum CodingKeys: String, CodingKey {
        case parallel, retries, backoff, retryTime = "retry_time", timeout, connectTimeout = "connect_timeout"
        case maxBytes = "max_bytes", hosts, partsPerRun = "parts_per_run"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = FetchSettings()
        parallel = try c.decodeIfPresent(Int.self, forKey: .parallel) ?? d.parallel
        retries = try c.decodeIfPresent(Int.self, forKey: .retries) ?? d.retries
        backoff = try c.decodeIfPresent(Seconds.self, forKey: .backoff) ?? d.backoff
        retryTime = try c.decodeIfPresent(Seconds.self, forKey: .retryTime) ?? d.retryTime
        timeout = try c.decodeIfPresent(Seconds.self, forKey: .timeout) ?? d.timeout
        connectTimeout = try c.decodeIfPresent(Seconds.self, forKey: .connectTimeout) ?? d.connectTimeout
        maxBytes = try c.decodeIfPresent(ByteCount.self, forKey: .maxBytes) ?? d.maxBytes
        hosts = try c.decodeIfPresent([String: HostLimit].self, forKey: .hosts) ?? [:]
        partsPerRun = try c.decodeIfPresent(Int.self, forKey: .partsPerRun) ?? d.partsPerRun
        try YAMLFile.refuseUnknownKeys(in: decoder, known: ["parallel", "retries", "backoff", "retry_time", "timeout",
                                                            "connect_timeout", "max_bytes", "hosts", "parts_per_run"])
        guard parallel >= 1 else { throw DecodingError.dataCorruptedError(forKey: .parallel, in: c, debugDescription: "must be at least 1") }
        guard (0...20).contains(retries) else {
            throw DecodingError.dataCorruptedError(forKey: .retries, in: c, debugDescription: "must be between 0 and 20")
        }
        guard partsPerRun >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: .partsPerRun, in: c, debugDescription: "cannot be negative")
        }
    }

    /// The limit for `host`: as named in `rsdd.yml`, else as rsdd knows it, else `default`.
    public func limit(for host: String) -> HostLimit {
        hosts[host.lowercased()] ?? hosts[host] ?? HostLimit.known[host.lowercased()] ?? hosts["default"] ?? .default
    }
}

/// The workspace's own settings, `DIR/rsdd.yml` (optional).
public struct Settings: Sendable, Hashable, Codable {
    /// A contact address put in the User-Agent, so a server's operator can reach whoever runs rsdd.
    public var contact: String?
    public var fetch: FetchSettings
    /// How long the reports of earlier runs are kept under `.rsdd/runs/` (by their as-of date,
    /// before the current one): `keep: 180d` by default. The latest earlier run and any run a
    /// report cites are always kept.
    public var keep: Span

    public static let defaultKeep = Span(count: 180, unit: .days)

    public init(contact: String? = nil, fetch: FetchSettings = FetchSettings(), keep: Span = Settings.defaultKeep) {
        self.contact = contact
        self.fetch = fetch
        self.keep = keep
    }

    enum CodingKeys: String, CodingKey { case contact, fetch, keep }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        contact = try c.decodeIfPresent(String.self, forKey: .contact)
        fetch = try c.decodeIfPresent(FetchSettings.self, forKey: .fetch) ?? FetchSettings()
        keep = try c.decodeIfPresent(Span.self, forKey: .keep) ?? Settings.defaultKeep
        try YAMLFile.refuseUnknownKeys(in: decoder, known: ["contact", "fetch", "keep"])
        if keep.unit == .minutes || keep.unit == .hours {
            throw DecodingError.dataCorruptedError(forKey: .keep, in: c, debugDescription: "say it in days, months or years (180d, 6mo, 1y)")
        }
        if let contact, contact.contains(where: { $0.isNewline || $0 == "(" || $0 == ")" }) {
            throw DecodingError.dataCorruptedError(forKey: .contact, in: c, debugDescription: "one line, without parentheses")
        }
    }

    /// `rsdd/0.1.0 (research-security due diligence; +mailto:contact)`.
    public var userAgent: String {
        "rsdd/\(RSDDVersion.current) (research-security due diligence\(contact.map { "; \($0)" } ?? ""))"
    }
}
