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
        public var categories: [String]?
        /// Only ties in a public record that the member did not declare.
        public var undisclosed: Bool
        /// The project sensitivities the rule applies to; absent: all.
        public var sensitivity: [Sensitivity]?
        /// Look-back from the as-of date to the tie's end; absent: any time. An ongoing tie is current.
        public var window: Span?
        public var level: Level
        public var mitigations: [String]

        enum CodingKeys: String, CodingKey { case id, title, ties, categories, undisclosed, sensitivity, window, level, mitigations }

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
            categories = try c.decodeIfPresent([String].self, forKey: .categories)
            for cat in categories ?? [] where !ListCategory.known.contains(cat) {
                throw DecodingError.dataCorruptedError(forKey: .categories, in: c, debugDescription:
                    "unknown category '\(cat)' (one of: \(ListCategory.known.joined(separator: ", ")))")
            }
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
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, basis, teamLevel = "team_level", undisclosedTies = "undisclosed_ties", rules, mitigations
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
        guard let builtin = Bundle.module.url(forResource: id, withExtension: "yml", subdirectory: "Profiles") else {
            throw ConfigError(file: workspace.display(own), message: "no policy profile '\(id)' (built in: \(builtinIDs.joined(separator: ", ")))")
        }
        return try load(builtin, display: "policies/\(id).yml (built in)")
    }

    /// The ids of the profiles built into rsdd.
    public static var builtinIDs: [String] {
        let dir = Bundle.module.url(forResource: "Profiles", withExtension: nil)
        let names = dir.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0.path) } ?? []
        return names.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Reads and checks one profile file.
    public static func load(_ url: URL, display: String) throws -> PolicyProfile {
        try YAMLFile.load(PolicyProfile.self, from: url, displayPath: display) { root, path in
            guard path.count >= 2, path[0].stringValue == "rules", let i = path[1].intValue,
                  case .sequence(let rules)? = root["rules"], i < rules.count else { return nil }
            return "rule \(rules[i]["id"]?.string ?? "#\(i + 1)")"
        }
    }
}
