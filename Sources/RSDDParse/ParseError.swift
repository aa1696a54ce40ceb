import Foundation
import RSDDCore

/// A file that could not be read as its source declares: names the source, file and line.
public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String?
    public var file: String
    public var line: Int?
    public var message: String

    public init(source: String? = nil, file: String, line: Int? = nil, message: String) {
        self.source = source
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        var s = file
        if let line, line > 0 { s += ":\(line)" }
        s += ": "
        if let source { s += "source \(source): " }
        return s + ParseError.oneLine(message)
    }

    /// `text` on one line, without control characters: libxml2's messages run over lines
    /// ("Input is not proper UTF-8, indicate encoding !⏎Bytes: 0xE9 …") and may quote the input.
    static func oneLine(_ text: String) -> String {
        Text.clean(text).split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
