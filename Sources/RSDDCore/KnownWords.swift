/// A closed set of words a user's file may give for one key (`format: csv`, `sensitivity: high`).
/// Decoding any other word fails with the word and the ones allowed, which `YAMLFile` turns into
/// `sources.d/x.yml:6: key 'format': unknown value 'xls' (known: html, xml, …)` instead of Swift's
/// "Cannot initialize Format from invalid String value xls".
public protocol KnownWords: RawRepresentable, CaseIterable, Decodable where RawValue == String {}

extension KnownWords {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let word = try c.decode(String.self)
        guard let value = Self(rawValue: word) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription:
                "unknown value '\(Text.printable(word, limit: 60))' (known: \(Self.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        self = value
    }
}
