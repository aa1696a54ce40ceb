import ArgumentParser
import Foundation
import RSDDCore
import RSDDResolve

/// Reads JSON Lines of records (what `rsdd parse` prints); one problem line per bad line.
func readRecords(_ paths: [String]) throws -> [Record] {
    var out: [Record] = []
    let decoder = JSONDecoder()
    for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("\(path): cannot be read", code: 2) }
        for (i, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.allSatisfy({ $0 == 32 || $0 == 13 }) {
            do { out.append(try decoder.decode(Record.self, from: Data(line))) } catch {
                throw fail("\(path):\(i + 1): not a record (\(error))", code: 2)
            }
        }
    }
    return out
}

func loadJudgements(_ path: String?) throws -> Judgements {
    guard let path, FileManager.default.fileExists(atPath: path) else { return Judgements() }
    do { return try YAMLFile.load(Judgements.self, from: URL(fileURLWithPath: path), displayPath: path) } catch let e as ConfigError {
        throw fail(e.description, code: 2)
    }
}

struct Resolve: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Resolve records into one entity per organisation; prints one JSON object per entity per line.",
        discussion: """
        Input: JSON Lines of records (`rsdd parse` output), several --in allowed. Output lines: \
        {"entity": ID, "records": ["<source>:<id>", ...], "names": [...], "identifiers": {...}}; every \
        input record is in exactly one entity. Judgements (DIR/judgements.yml, or --judgements FILE: \
        `same: [[a, b, ...]]`, `different: [[a, b]]` with record keys) always win. \
        --explain A B prints why two records are or are not one entity.
        """)

    @OptionGroup var logging: LogOptions

    @Option(name: .customLong("in"), help: ArgumentHelp("Records, JSON Lines (repeatable).", valueName: "RECORDS.jsonl"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("A workspace whose judgements.yml to apply.", valueName: "DIR"))
    var config: String?

    @Option(help: ArgumentHelp("A judgements file.", valueName: "FILE.yml"))
    var judgements: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Explain two records (keys <source>:<id>).", valueName: "A B"))
    var explain: [String] = []

    @Option(help: ArgumentHelp("A previous run's output: report on stderr which entities merged or split since.", valueName: "ENTITIES.jsonl"))
    var previous: String?

    func run() throws {
        guard !inputs.isEmpty else { throw fail("give records with --in RECORDS.jsonl", code: 2) }
        let records = try readRecords(inputs)
        let j = try loadJudgements(judgements ?? config.map { $0 + "/judgements.yml" })
        for k in j.missing(from: Set(records.map(\.key))) { note("warning: judgement names record \(k), which is not among the records") }
        let resolver = Resolver()
        if !explain.isEmpty {
            guard explain.count == 2, let a = records.first(where: { $0.key == explain[0] }), let b = records.first(where: { $0.key == explain[1] }) else {
                throw fail("--explain needs two record keys present in the input", code: 2)
            }
            print(resolver.explain(a, b, among: records, judgements: j))
            return
        }
        struct Line: Codable { var entity: String; var records: [String]; var names: [String]; var identifiers: [String: [String]] }
        let encoder = Files.jsonEncoder(pretty: false)
        let entities = resolver.resolve(records, judgements: j)
        if let previous {
            guard let data = FileManager.default.contents(atPath: previous) else { throw fail("\(previous): cannot be read", code: 2) }
            var old: [String: String] = [:]
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let l = try? JSONDecoder().decode(Line.self, from: Data(line)) else { continue }
                for k in l.records { old[k] = l.entity }
            }
            for change in EntityChanges.compare(old: old, new: entities) { note(change) }
        }
        for e in entities {
            print(String(decoding: try encoder.encode(Line(entity: e.id, records: e.records, names: e.names, identifiers: e.identifiers)), as: UTF8.self))
        }
    }
}

struct Match: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Match organisation names (declared, or whole affiliation lines) against records; one JSON line per query.",
        discussion: """
        A query line: {"id": ..., "name": ..., "country": ... (optional), "identifiers": {...} (optional)}. \
        Output: {"query": ID, "match": "<source>:<id>" or null, "entity": ID or null, "score": S, "features": {...}}. \
        A query for an organisation that is not among the records finds nothing.
        """)

    @OptionGroup var logging: LogOptions

    @Option(help: ArgumentHelp("Records to match against, JSON Lines.", valueName: "RECORDS.jsonl"))
    var entities: String

    @Option(help: ArgumentHelp("Queries, JSON Lines.", valueName: "QUERIES.jsonl"))
    var queries: String

    struct Query: Decodable {
        var id: String
        var name: String
        var country: String?
        var identifiers: [String: String]?

        enum CodingKeys: String, CodingKey { case id, name, country, identifiers }
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            if let s = try? c.decode(String.self, forKey: .id) { id = s } else { id = String(try c.decode(Int.self, forKey: .id)) }
            name = try c.decode(String.self, forKey: .name)
            country = try c.decodeIfPresent(String.self, forKey: .country)
            identifiers = try c.decodeIfPresent([String: String].self, forKey: .identifiers)
        }
    }

    struct Line: Encodable {
        var query: String
        var match: String?
        var entity: String?
        var score: Double
        var features: [String: String]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(query, forKey: .query)
            try c.encode(match, forKey: .match)
            try c.encode(entity, forKey: .entity)
            try c.encode(score, forKey: .score)
            try c.encode(features, forKey: .features)
        }
        enum CodingKeys: String, CodingKey { case query, match, entity, score, features }
    }

    func run() throws {
        let records = try readRecords([entities])
        let matcher = EntityIndex(records: records)
        guard let data = FileManager.default.contents(atPath: queries) else { throw fail("\(queries): cannot be read", code: 2) }
        let encoder = Files.jsonEncoder(pretty: false)
        for (i, raw) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !raw.allSatisfy({ $0 == 32 || $0 == 13 }) {
            let q: Query
            do { q = try JSONDecoder().decode(Query.self, from: Data(raw)) } catch { throw fail("\(queries):\(i + 1): not a query (\(error))", code: 2) }
            let m = matcher.best(for: OrganisationQuery(name: q.name, identifiers: q.identifiers ?? [:], country: q.country))
            let line = Line(query: q.id, match: m?.record.key, entity: m?.entity,
                            score: m?.explanation.score ?? 0, features: m?.explanation.features ?? [:])
            print(String(decoding: try encoder.encode(line), as: UTF8.self))
        }
    }
}
