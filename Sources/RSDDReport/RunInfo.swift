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
