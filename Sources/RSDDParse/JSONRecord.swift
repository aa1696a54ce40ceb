import Foundation

/// The top-level object of a member's public record in JSON (researchmap, KAKEN, OpenAlex), or a
/// `ParseError` in one line naming the source and file: not JSON (with Foundation's own reason),
/// or JSON that is not an object (`what` says what was expected).
enum JSONRecord {
    static func object(_ data: Data, source: String, file: String, what: String) throws -> [String: Any] {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw ParseError(source: source, file: file, message: "not JSON (\(oneLine(error)))")
        }
        guard let root = object as? [String: Any] else {
            throw ParseError(source: source, file: file, message: "not \(what) (the JSON is not an object)")
        }
        return root
    }

    /// A JSON error in one line: Foundation's own description ("Invalid value around line 3,
    /// column 7") rather than its error domain and code.
    static func oneLine(_ error: Error) -> String {
        let ns = error as NSError
        let text = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
