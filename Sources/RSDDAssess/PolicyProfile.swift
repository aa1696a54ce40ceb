import Foundation
import RSDDCore
import Yams

/// A policy profile: which ties, to organisations in which list categories, within which window,
/// on projects of which sensitivity, yield which level and which mitigations.
public struct PolicyProfile: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// The published documents the profile encodes.
    public var basis: [Basis]
    /// How members' levels make the team's: only `highest` for now.
    public var teamLevel: String
    /// Public-record tie types that must appear among a member's declared ties.
    public var undisclosedTies: [TieType]
    public var rules: [Rule]
    public var mitigations: [Mitigation]
    /// The outcomes a profile's rules may yield instead of a bare level (DoD: `prohibited`,
    /// `mitigation-required`, …), each with the level it counts as; the team's outcome is the
    /// outcome of its highest finding.
    public var outcomes: [Outcome]
    /// Parts of the policy rsdd cannot assess (no data for them); each becomes a limit of every assessment.
    public var notAssessed: [String]

    /// A named outcome of a profile and the level it counts as.
    public struct Outcome: Sendable, Hashable, Codable {
        public var id: String
        public var level: Level
        public var text: String?
    }

    /// A document a profile cites.
    public struct Basis: Sendable, Hashable, Codable {
        public var title: String
        public var publisher: String?
        public var date: String?
        public var url: String?
    }

    /// One rule of a profile.
    public struct Rule: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var ties: [TieType]
        /// The tie's counterparty must be listed in one of these categories; absent: no listing needed.
        public var categories: [ListCategory]?
        /// Only ties in a public record that the member did not declare.
        public var undisclosed: Bool
        /// The project sensitivities the rule applies to; absent: all.
        public var sensitivity: [Sensitivity]?
        /// Look-back from the as-of date to the tie's end; absent: any time. An ongoing tie is current.
        public var window: Span?
        public var level: Level
        public var mitigations: [String]
        /// The outcome this rule yields (one of the profile's `outcomes`), when the policy speaks in outcomes.
        public var outcome: String?
        /// Only ties current on, or ended on or after, this date (a policy's key date).
        public var since: Day?
        /// A declared tie whose dates the public record contradicts (same organisation, other dates).
        public var contradicted: Bool
        /// Where the policy says it: a section or page of the basis document.
        public var cite: String?
        /// Rules of one factor are a decision matrix's row: for a tie, the first that applies (in
        /// file order) is the only one of its factor that does.
        public var factor: String?
        /// The counterparty organisation's country (ISO 3166 alpha-2) must be one of these: a
        /// property of the funder or employer, never of a person.
        public var orgCountries: [String]?

        enum CodingKeys: String, CodingKey {
            case id, title, ties, categories, undisclosed, sensitivity, window, level, mitigations, outcome, since
            case contradicted, cite, factor, orgCountries = "org_countries"
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            title = try c.decodeIfPresent(String.self, forKey: .title) ?? id
            let rawTies = try c.decode([String].self, forKey: .ties)
            ties = try rawTies.map { raw in
                guard let t = TieType(rawValue: raw) else {
                    throw DecodingError.dataCorruptedError(forKey: .ties, in: c, debugDescription:
                        "unknown tie type '\(raw)' (one of: \(TieType.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return t
            }
            let names = try c.decodeIfPresent([String].self, forKey: .categories)
            for cat in names ?? [] where ListCategory(rawValue: cat) == nil {
                throw DecodingError.dataCorruptedError(forKey: .categories, in: c, debugDescription:
                    "unknown category '\(cat)' (one of: \(ListCategory.known.joined(separator: ", ")))")
            }
            categories = names?.compactMap(ListCategory.init(rawValue:))
            undisclosed = try c.decodeIfPresent(Bool.self, forKey: .undisclosed) ?? false
            sensitivity = try c.decodeIfPresent([Sensitivity].self, forKey: .sensitivity)
            window = try c.decodeIfPresent(Span.self, forKey: .window)
            let rawLevel = try c.decode(String.self, forKey: .level)
            guard let l = Level(rawValue: rawLevel) else {
                throw DecodingError.dataCorruptedError(forKey: .level, in: c, debugDescription:
                    "unknown level '\(rawLevel)' (one of: \(Level.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            level = l
            mitigations = try c.decodeIfPresent([String].self, forKey: .mitigations) ?? []
            outcome = try c.decodeIfPresent(String.self, forKey: .outcome)
            since = try c.decodeIfPresent(Day.self, forKey: .since)
            contradicted = try c.decodeIfPresent(Bool.self, forKey: .contradicted) ?? false
            cite = try c.decodeIfPresent(String.self, forKey: .cite)
            factor = try c.decodeIfPresent(String.self, forKey: .factor)
            orgCountries = try c.decodeIfPresent([String].self, forKey: .orgCountries)?.map { $0.uppercased() }
            for cc in orgCountries ?? [] where !(cc.count == 2 && cc.allSatisfy({ $0.isASCII && $0.isLetter })) {
                throw DecodingError.dataCorruptedError(forKey: .orgCountries, in: c, debugDescription: "'\(cc)' is not an ISO 3166 alpha-2 code")
            }
            if undisclosed && contradicted {
                throw DecodingError.dataCorruptedError(forKey: .contradicted, in: c,
                    debugDescription: "a rule is about undisclosed ties or contradicted ones, not both")
            }
            try YAMLFile.refuseUnknownKeys(in: decoder, known: ["id", "title", "ties", "categories", "undisclosed", "sensitivity",
                                                                "window", "level", "mitigations", "outcome", "since",
                                                                "contradicted", "cite", "factor", "org_countries"])
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, basis, teamLevel = "team_level", undisclosedTies = "undisclosed_ties", rules, mitigations, outcomes
        case notAssessed = "not_assessed"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        basis = try c.decodeIfPresent([Basis].self, forKey: .basis) ?? []
        teamLevel = try c.decodeIfPresent(String.self, forKey: .teamLevel) ?? "highest"
        guard teamLevel == "highest" else {
            throw DecodingError.dataCorruptedError(forKey: .teamLevel, in: c, debugDescription: "only 'highest' is known")
        }
        undisclosedTies = try c.decodeIfPresent([TieType].self, forKey: .undisclosedTies) ?? TieType.declarable
        rules = try c.decode([Rule].self, forKey: .rules)
        mitigations = try c.decodeIfPresent([Mitigation].self, forKey: .mitigations) ?? []
        outcomes = try c.decodeIfPresent([Outcome].self, forKey: .outcomes) ?? []
        notAssessed = try c.decodeIfPresent([String].self, forKey: .notAssessed) ?? []
        try YAMLFile.refuseUnknownKeys(in: decoder, known: ["id", "title", "basis", "team_level", "undisclosed_ties", "rules",
                                                            "mitigations", "outcomes", "not_assessed"])
        let knownOutcomes = Set(outcomes.map(\.id))
        for rule in rules {
            if let o = rule.outcome, !knownOutcomes.contains(o) {
                throw DecodingError.dataCorruptedError(forKey: .rules, in: c,
                    debugDescription: "rule \(rule.id): outcome '\(o)' is not defined under outcomes")
            }
            if let o = rule.outcome, let def = outcomes.first(where: { $0.id == o }), def.level != rule.level {
                throw DecodingError.dataCorruptedError(forKey: .rules, in: c,
                    debugDescription: "rule \(rule.id): level \(rule.level.rawValue) differs from the level of outcome '\(o)' (\(def.level.rawValue))")
            }
        }
        let known = Set(mitigations.map(\.id))
        var seen = Set<String>()
        for rule in rules {
            if !seen.insert(rule.id).inserted {
                throw DecodingError.dataCorruptedError(forKey: .rules, in: c, debugDescription: "rule id '\(rule.id)' appears twice")
            }
            for m in rule.mitigations where !known.contains(m) {
                throw DecodingError.dataCorruptedError(forKey: .rules, in: c,
                    debugDescription: "rule \(rule.id): mitigation '\(m)' is not defined under mitigations")
            }
        }
    }

    /// The profile `id`: the workspace's `policies/<id>.yml` if present, else the built-in one.
    public static func load(id: String, workspace: Workspace) throws -> PolicyProfile {
        let own = workspace.policiesDir.appendingPathComponent("\(id).yml")
        if FileManager.default.fileExists(atPath: own.path) {
            return try load(own, display: workspace.display(own))
        }
        guard let builtin = BuiltinProfiles.yaml[id] else {
            throw ConfigError(file: workspace.display(own), message: "no policy profile '\(id)' (built in: \(builtinIDs.joined(separator: ", ")))")
        }
        return try YAMLFile.decode(PolicyProfile.self, yaml: builtin, displayPath: "policies/\(id).yml (built in)", contextFor: ruleContext)
    }

    /// The ids of the profiles built into rsdd (compiled in from `policies/` by `tools/gen-builtins.py`).
    public static var builtinIDs: [String] { BuiltinProfiles.yaml.keys.sorted() }

    /// Reads and checks one profile file.
    public static func load(_ url: URL, display: String) throws -> PolicyProfile {
        try YAMLFile.load(PolicyProfile.self, from: url, displayPath: display, contextFor: ruleContext)
    }

    /// Names the rule an error is in (`rule listed-tie-high`).
    private static func ruleContext(_ root: Yams.Node, _ path: [CodingKey]) -> String? {
        guard path.count >= 2, path[0].stringValue == "rules", let i = path[1].intValue,
              case .sequence(let rules)? = root["rules"], i < rules.count else { return nil }
        return "rule \(rules[i]["id"]?.string ?? "#\(i + 1)")"
    }
}
