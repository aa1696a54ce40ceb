import Foundation
import RSDDCore

/// Reads ROR's registry (schema v2) into records of category `registry`: every organisation
/// with each of its names in every language, its acronyms, its external ids (GRID, ISNI,
/// Wikidata, FundRef) and the organisations it is part of. A registry is knowledge for resolve,
/// never a list of concern. Reads the published zip (the v2 JSON member: `*_schema_v2.json` in
/// releases 1.45–1.74, `*-ror-data.json` after them, beside v1 JSON and CSV) or the bare JSON.
public struct RORReader: Sendable {
    /// The external ids of a ROR record rsdd keeps (see `Identifiers.schemes`).
    static let externalSchemes: Set<String> = Set(Identifiers.schemes.filter(\.inROR).map(\.id))

    public let source: SourceSpec
    /// The most the JSON of a release zip may unpack to: it is held whole in memory, and the
    /// real one is about 250 MB (a 1 MB download once unpacked to 1.07 GB).
    public var maxBytes: UInt64
    /// The most it may unpack to per packed byte: the real dump packs about 10 to 1, a bomb
    /// some thousands to 1.
    public var maxRatio: UInt64

    public init(source: SourceSpec, maxBytes: UInt64 = 1 << 30, maxRatio: UInt64 = 200) {
        self.source = source
        self.maxBytes = maxBytes
        self.maxRatio = maxRatio
    }

    struct Organisation: Decodable {
        struct Name: Decodable {
            var value: String
            var types: [String]?
        }
        struct ExternalID: Decodable {
            var type: String
            var all: [String]?
            var preferred: String?
        }
        struct Location: Decodable {
            struct Details: Decodable { var country_code: String? }
            var geonames_details: Details?
        }
        struct Relationship: Decodable {
            var type: String
            var id: String
            var label: String?
        }
        var id: String
        var names: [Name]
        var status: String?
        var external_ids: [ExternalID]?
        var locations: [Location]?
        var relationships: [Relationship]?
    }

    /// The registry's records, in file order. Throws `ParseError` naming the source and file.
    public func read(contentsOf url: URL, file: String) throws -> [Record] {
        do {
            let head = try FileHandle(forReadingFrom: url).read(upToCount: 4) ?? Data()
            let json = head.starts(with: [0x50, 0x4B]) ? try member(of: url, file: file) : try Data(contentsOf: url)
            return try records(json, file: file)
        } catch var e as ParseError {
            e.source = source.id
            throw e
        } catch {
            throw ParseError(source: source.id, file: file, message: "cannot be read (\(error.localizedDescription))")
        }
    }

    /// The schema-v2 JSON of a release zip.
    func member(of url: URL, file: String) throws -> Data {
        let archive = try ZipArchive(contentsOf: url, file: file, kind: "a ROR release")
        let names = archive.entries.map(\.path).filter { $0.hasSuffix(".json") }.sorted()
        guard let path = names.first(where: { $0.hasSuffix("_schema_v2.json") }) ?? names.first(where: { $0.hasSuffix("-ror-data.json") }),
              let entry = archive[path] else {
            throw ParseError(file: file, message: "no schema-v2 JSON in the zip (members: \(names.joined(separator: ", ")))")
        }
        var data = Data()
        // The limits are checked before a byte is unpacked, and the bytes counted as they come.
        try archive.extract(entry, limits: .init(maxBytes: maxBytes, maxRatio: maxRatio)) { data.append($0) }
        return data
    }

    func records(_ json: Data, file: String) throws -> [Record] {
        let orgs: [Organisation]
        do {
            if let first = json.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }), first == UInt8(ascii: "{") {
                orgs = [try JSONDecoder().decode(Organisation.self, from: json)]
            } else if let chunks = JSONArrayChunks.split(json, into: 4 * ProcessInfo.processInfo.activeProcessorCount),
                      chunks.count > 1 {
                // A dump of 100,000 organisations decodes in parts on every core; a part that does
                // not decode sends the whole file through the decoder below for its precise error.
                let parts = Workspace.parallelMap(chunks, minimum: 1) { try? JSONDecoder().decode([Organisation].self, from: $0) }
                if parts.allSatisfy({ $0 != nil }) {
                    orgs = parts.flatMap { $0! }
                } else {
                    orgs = try JSONDecoder().decode([Organisation].self, from: json)
                }
            } else {
                orgs = try JSONDecoder().decode([Organisation].self, from: json)
            }
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw ParseError(file: file, message: "not ROR schema v2: key '\(key.stringValue)' missing at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))"
                             + (key.stringValue == "names" ? " (a schema-v1 file? rsdd reads v2)" : ""))
        } catch {
            throw ParseError(file: file, message: "not ROR JSON (\(error))")
        }
        return orgs.compactMap { o -> Record? in
            guard o.status.map({ $0 == "active" || $0 == "inactive" }) ?? true else { return nil }
            let ror = o.id.split(separator: "/").last.map(String.init) ?? o.id
            let names = o.names.filter { !$0.value.isEmpty }
            guard let display = names.first(where: { $0.types?.contains("ror_display") == true }) ?? names.first else { return nil }
            var identifiers = ["ror": ror]
            for x in o.external_ids ?? [] where RORReader.externalSchemes.contains(x.type) {
                if let v = x.preferred ?? x.all?.first { identifiers[x.type] = v }
            }
            func relations(_ type: String) -> [String: String] {
                Dictionary((o.relationships ?? []).filter { $0.type == type && !($0.label ?? "").isEmpty }
                    .map { ($0.id.split(separator: "/").last.map(String.init) ?? $0.id, $0.label!) }, uniquingKeysWith: { a, _ in a })
            }
            return Record(source: source.id, id: ror, name: display.value,
                          aliases: names.map(\.value).filter { $0 != display.value },
                          category: source.category ?? .registry,
                          country: o.locations?.first?.geonames_details?.country_code, identifiers: identifiers,
                          parents: (o.relationships ?? []).filter { $0.type == "parent" }.map(\.id).sorted(),
                          children: relations("child"), related: relations("related"))
        }
    }
}

/// The elements of a top-level JSON array, cut into `parts` arrays of whole elements, by a scan
/// that follows strings and nesting only; nil when the text is not one array of objects (the
/// decoder then reads it whole and says what is wrong).
enum JSONArrayChunks {
    static func split(_ json: Data, into parts: Int) -> [Data]? {
        guard json.count > 1 << 20, parts > 1 else { return nil }
        return json.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Data]? in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            func skipSpace() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "[") else { return nil }
            i += 1
            var starts: [Int] = []
            var ends: [Int] = []
            while true {
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: "]") && starts.isEmpty { break }
                guard b[i] == UInt8(ascii: "{") else { return nil }
                starts.append(i)
                var depth = 0
                var inString = false
                while i < b.count {
                    let c = b[i]
                    if inString {
                        if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { inString = false }
                    } else if c == UInt8(ascii: "\"") {
                        inString = true
                    } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                        depth += 1
                    } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                        depth -= 1
                        if depth == 0 { i += 1; break }
                    }
                    i += 1
                }
                guard depth == 0, !inString else { return nil }
                ends.append(i)
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                guard b[i] == UInt8(ascii: "]") else { return nil }
                i += 1
                break
            }
            skipSpace()
            guard i == b.count, !starts.isEmpty else { return nil }
            let per = (starts.count + parts - 1) / parts
            return stride(from: 0, to: starts.count, by: per).map { k in
                let last = min(k + per, starts.count) - 1
                var d = Data(capacity: ends[last] - starts[k] + 2)
                d.append(UInt8(ascii: "["))
                d.append(UnsafeBufferPointer(rebasing: b[starts[k]..<ends[last]]))
                d.append(UInt8(ascii: "]"))
                return d
            }
        }
    }
}
