import Foundation

/// The top-level object of a member's public record in JSON (researchmap, KAKEN, OpenAlex), or a
/// `ParseError` in one line naming the source and file: not JSON (with Foundation's own reason),
/// or JSON that is not an object (`what` says what was expected).
enum JSONRecord {
    static func object(_ data: Data, source: String, file: String, what: String) throws -> [String: Any] {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw ParseError(source: source, file: file, message: "not JSON (\(reason(error)))")
        }
        guard let root = object as? [String: Any] else {
            throw ParseError(source: source, file: file, message: "not \(what) (the JSON is not an object)")
        }
        return root
    }

    /// Foundation's own reason for a JSON error ("Invalid value around line 3, column 7") rather
    /// than its error domain and code (`ParseError` puts it on one line).
    static func reason(_ error: Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
    }
}
