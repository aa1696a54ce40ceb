import Foundation
import RSDDCore

/// Reads the affiliations and fundings of an ORCID v3.0 record (or of one of its activity
/// sections). It reads the activities only: never the person section (names, addresses).
public struct ORCIDReader: Sendable {
    public let source: String

    public init(source: String) {
        self.source = source
    }

    static let namespaces: [String: String] = [
        "record": "http://www.orcid.org/ns/record",
        "activities": "http://www.orcid.org/ns/activities",
        "common": "http://www.orcid.org/ns/common",
        "employment": "http://www.orcid.org/ns/employment",
        "education": "http://www.orcid.org/ns/education",
        "qualification": "http://www.orcid.org/ns/qualification",
        "invited-position": "http://www.orcid.org/ns/invited-position",
        "distinction": "http://www.orcid.org/ns/distinction",
        "membership": "http://www.orcid.org/ns/membership",
        "service": "http://www.orcid.org/ns/service",
        "funding": "http://www.orcid.org/ns/funding",
        "history": "http://www.orcid.org/ns/history",
    ]

    /// The namespaces of the activity sections a document may be on its own (`rsdd parse FILE`).
    static let sectionNamespaces: Set<String> = Set(ORCIDReader.namespaces.filter { !["record", "common", "history"].contains($0.key) }.values)

    /// ORCID section element → tie type. An invited position is an appointment.
    static let sections: [(prefix: String, element: String, tie: TieType)] = [
        ("employment", "employment", .employment),
        ("education", "education", .education),
        ("qualification", "qualification", .qualification),
        ("invited-position", "invited-position", .appointment),
        ("distinction", "distinction", .distinction),
        ("membership", "membership", .membership),
        ("service", "service", .service),
    ]

    /// Disambiguation source as ORCID writes it → rsdd's identifier scheme.
    static let schemes: [String: String] = Dictionary(uniqueKeysWithValues: Identifiers.schemes.compactMap { s in s.orcidSource.map { ($0, s.id) } })

    /// The ties in `data`. `orcid`, the member's declared iD: the document must be the ORCID
    /// v3.0 record (`record:record`) of that iD, else it is refused (an error page, `<error/>` or
    /// another person's record is never the member's record); nil (`rsdd parse FILE`) reads a
    /// record or one of its activity sections, and nothing else.
    public func read(_ data: Data, file: String, orcid: String?) throws -> [PublicTie] {
        let doc: XMLDocument
        do {
            doc = try XMLDocument(data: data, kind: .xml, file: file)
        } catch var e as ParseError {
            e.source = source
            throw e
        }
        let x = try XPathContext(document: doc, namespaces: ORCIDReader.namespaces)
        let rootName = try x.text("local-name(/*)") ?? ""
        let rootNamespace = try x.text("namespace-uri(/*)") ?? ""
        func refuse(_ message: String) -> ParseError { ParseError(source: source, file: file, message: message) }
        let root = "its root element is '\(Text.printable(rootName, limit: 40))'" + (rootNamespace.isEmpty ? "" : " in \(Text.printable(rootNamespace, limit: 80))")
        let isRecord = rootName == "record" && rootNamespace == ORCIDReader.namespaces["record"]
        let id: String
        if let orcid {
            guard isRecord else { throw refuse("not an ORCID v3.0 record (\(root))") }
            guard let own = try x.text("/record:record/common:orcid-identifier/common:path") else {
                throw refuse("the record carries no ORCID iD (common:orcid-identifier/common:path), so it is not the declared \(orcid)'s")
            }
            guard own.uppercased() == orcid.uppercased() else {
                throw refuse("the record of \(Text.printable(own, limit: 40)), not of the declared \(orcid)")
            }
            id = own
        } else {
            guard isRecord || ORCIDReader.sectionNamespaces.contains(rootNamespace) else {
                throw refuse("not an ORCID v3.0 record or activity section (\(root))")
            }
            id = try x.text("/record:record/common:orcid-identifier/common:path") ?? ""
        }
        let recordModified = try x.text("/record:record/history:history/common:last-modified-date")
        var ties: [PublicTie] = []
        for s in ORCIDReader.sections {
            let path = "//\(s.prefix):\(s.element)-summary | /\(s.prefix):\(s.element)"
            for node in try x.nodes(path, at: nil) {
                var t = try tie(node, type: s.tie, orcid: id, x)
                t.recordLastModified = recordModified
                ties.append(t)
            }
        }
        for node in try x.nodes("//funding:funding-summary | /funding:funding") {
            var t = try tie(node, type: .funding, orcid: id, x)
            t.title = try x.text("funding:title/common:title", at: node)
            t.fundingType = try x.text("funding:type", at: node)
            t.grantNumbers = try x.texts("common:external-ids/common:external-id[common:external-id-type='grant_number']/common:external-id-value", at: node)
            t.department = nil
            t.recordLastModified = recordModified
            ties.append(t)
        }
        return ties
    }

    private func tie(_ node: XMLNode, type: TieType, orcid: String, _ x: XPathContext) throws -> PublicTie {
        var ids: [String: String] = [:]
        if let value = try x.text("common:organization/common:disambiguated-organization/common:disambiguated-organization-identifier", at: node),
           let src = try x.text("common:organization/common:disambiguated-organization/common:disambiguation-source", at: node) {
            ids[ORCIDReader.schemes[src.uppercased()] ?? src.lowercased()] = value
        }
        return PublicTie(
            source: source, memberKey: orcid, tie: type,
            org: try x.text("common:organization/common:name", at: node) ?? "",
            orgIDs: ids,
            orgCountry: try x.text("common:organization/common:address/common:country", at: node),
            department: try x.text("common:department-name", at: node),
            role: try x.text("common:role-title", at: node),
            start: try date("common:start-date", node, x),
            end: try date("common:end-date", node, x),
            putCode: try x.text("string(@put-code)", at: node),
            orgCity: try x.text("common:organization/common:address/common:city", at: node),
            orgRegion: try x.text("common:organization/common:address/common:region", at: node),
            visibility: try x.text("string(@visibility)", at: node),
            lastModified: try x.text("common:last-modified-date", at: node))
    }

    private func date(_ path: String, _ node: XMLNode, _ x: XPathContext) throws -> PartialDate? {
        guard let y = try x.text("\(path)/common:year", at: node).flatMap({ Int($0) }) else { return nil }
        let m = try x.text("\(path)/common:month", at: node).flatMap { Int($0) }
        let d = try x.text("\(path)/common:day", at: node).flatMap { Int($0) }
        return PartialDate(year: y, month: m, day: d)
    }
}
