import RSDDCore

/// The declared metadata of one run: the only run-dependent values a report carries.
public struct RunInfo: Sendable, Hashable, Codable {
    /// Derived from the run's inputs (snapshot hashes, teams, profile, as-of date): the same
    /// inputs give the same id, so reports stay byte-identical.
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

/// A team's report as JSON: schema tag, run metadata, and the assessment.
public struct TeamReport: Sendable, Hashable, Codable {
    public var schema = "rsdd-team-report/1"
    public var run: RunInfo
    public var assessment: Assessment

    public init(run: RunInfo, assessment: Assessment) {
        self.run = run
        self.assessment = assessment
    }
}
