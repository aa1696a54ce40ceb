import Foundation
import RSDDCore

/// json: records at a path of the document, fields at paths below each.
extension RecordExtractor {
    // MARK: - json

    func readJSON(_ data: Data, file: String, emit: (Built) throws -> Void) throws {
        if data.isEmpty { throw ParseError(file: file, message: "the file is empty") }
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            let nsError = error as NSError
            let detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            throw ParseError(file: file, message: "malformed JSON: \(detail)")
        }
        let path = spec.path!
        let items = (path == "." || path.isEmpty) ? Self.flatten([root]) : Self.values(at: path, in: root)
        for (i, item) in items.enumerated() {
            let r = try record(position: i + 1) { f in Self.values(at: f.select!, in: item).compactMap(Self.text) }
            if let r { try emit(r) }
        }
    }

    /// The values at a dotted key path; arrays on the way are walked element by element.
    static func values(at path: String, in value: Any) -> [Any] {
        var current = flatten([value])
        for key in path.split(separator: ".") {
            current = flatten(current.compactMap { ($0 as? [String: Any])?[String(key)] })
        }
        return current
    }

    static func flatten(_ xs: [Any]) -> [Any] {
        xs.flatMap { ($0 as? [Any]) ?? [$0] }
    }

    static func text(_ v: Any) -> String? {
        switch v {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}
