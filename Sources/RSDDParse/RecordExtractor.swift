import Foundation
import RSDDCore

/// Reads the records of an html or xml source with the XPath its declaration gives.
public struct RecordExtractor: Sendable {
    public let source: SourceSpec

    /// Field names with a meaning of their own; any other field must name an identifier scheme.
    static let plainFields: Set<String> = ["id", "name", "aliases", "country", "category", "kind"]
    static let identifierSchemes: Set<String> = ["ror", "grid", "ringgold", "fundref", "lei", "isni", "wikidata"]

    public init(source: SourceSpec) throws {
        guard source.format == .html || source.format == .xml, source.records != nil else {
            throw ParseError(source: source.id, file: "sources.d/\(source.id).yml",
                             message: "only html and xml sources declare XPath records")
        }
        for field in source.records!.fields.keys.sorted()
        where !RecordExtractor.plainFields.contains(field) && !RecordExtractor.identifierSchemes.contains(field) {
            throw ParseError(source: source.id, file: "sources.d/\(source.id).yml",
                             message: "unknown field '\(field)' (known: \((RecordExtractor.plainFields.union(RecordExtractor.identifierSchemes)).sorted().joined(separator: ", ")))")
        }
        self.source = source
    }

    /// The records in `data`, read from a file shown as `file` in errors.
    public func extract(_ data: Data, file: String) throws -> [Record] {
        let spec = source.records!
        let doc: XMLDocument
        do {
            doc = try XMLDocument(data: data, kind: source.format == .html ? .html : .xml, file: file)
        } catch var e as ParseError {
            e.source = source.id
            throw e
        }
        let xpath = try XPathContext(document: doc, namespaces: spec.namespaces)
        var records: [Record] = []
        do {
            for (i, node) in try xpath.nodes(spec.path).enumerated() {
                func one(_ field: String) throws -> String? {
                    guard let expr = spec.fields[field] else { return nil }
                    return try xpath.text(expr, at: node)
                }
                guard let name = try one("name") else { continue }
                var ids: [String: String] = [:]
                for scheme in RecordExtractor.identifierSchemes.sorted() {
                    if let v = try one(scheme) { ids[scheme] = v }
                }
                let aliases = try spec.fields["aliases"].map { try xpath.texts($0, at: node) } ?? []
                let kind = try one("kind").flatMap { RecordKind(rawValue: $0.lowercased()) } ?? .organisation
                records.append(Record(
                    source: source.id, id: try one("id") ?? "#\(i + 1)", kind: kind, name: name,
                    aliases: aliases.filter { $0 != name }, category: try one("category") ?? source.category,
                    country: try one("country"), identifiers: ids))
            }
        } catch var e as ParseError {
            e.source = source.id
            throw e
        }
        if let min = source.expect?.minRecords, records.count < min {
            throw ParseError(source: source.id, file: file,
                             message: "\(records.count) records, fewer than the \(min) the declaration expects")
        }
        return records
    }
}
