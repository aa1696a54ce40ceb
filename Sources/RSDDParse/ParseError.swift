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
        return s + message
    }
}
