import RSDDCore

/// The declared metadata of one run: the only run-dependent values a report carries.
public struct RunInfo: Sendable, Hashable, Codable {
    /// Derived from the run's inputs (snapshot hashes, teams, profile, as-of date). In a team
    /// report, the hash of the inputs: the same inputs give the same id, so team reports stay
    /// byte-identical. In the index, `changes` and the history, the run's own id: the same hash
    /// for the first run of those inputs, hashed again with a counter for each later one.
    public var id: String
    public var rsddVersion: String
    public var asOf: Day

    public init(id: String, rsddVersion: String = RSDDVersion.current, asOf: Day) {
        self.id = id
        self.rsddVersion = rsddVersion
        self.asOf = asOf
    }

    enum CodingKeys: String, CodingKey { case id, rsddVersion = "rsdd_version", asOf = "as_of" }

    /// True for what a run id is: exactly twelve ASCII lowercase hex digits. Only such an id may
    /// name a folder under `.rsdd/runs/` (an id read from a file may have been tampered with).
    public static func isValidID(_ id: String) -> Bool {
        Text.isLowerHex(id, count: 12)
    }
}

/// A team's report as JSON: schema tag, the version of rsdd and the as-of date, and the
/// assessment. It carries no run id: a team's report changes only when its content does (the
/// run id is in `index.*` and `changes.*`), so an unchanged team's files are kept as they are.
public struct TeamReport: Sendable, Hashable, Codable {
    public var schema = "rsdd-team-report/2"
    /// The run's version of rsdd and as-of date (its id is not written here).
    public var run: RunInfo
    public var assessment: Assessment

    public init(run: RunInfo, assessment: Assessment) {
        self.run = run
        self.assessment = assessment
    }

    enum CodingKeys: String, CodingKey { case schema, run, assessment }
    struct Meta: Codable { var id: String?; var rsdd_version: String; var as_of: Day }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        // Reports of version 1 carry the run id; later ones do not.
        let m = try c.decode(Meta.self, forKey: .run)
        run = RunInfo(id: m.id ?? "", rsddVersion: m.rsdd_version, asOf: m.as_of)
        assessment = try c.decode(Assessment.self, forKey: .assessment)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(Meta(id: nil, rsdd_version: run.rsddVersion, as_of: run.asOf), forKey: .run)
        try c.encode(assessment, forKey: .assessment)
    }
}
