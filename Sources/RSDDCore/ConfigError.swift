/// A problem in a file the user wrote (source, team, profile): names the file and the place.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user knows it, relative to the workspace where possible.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// Where in the file, in the user's words ("member m2", "rule listed-tie").
    public var context: String?
    public var message: String

    public init(file: String, line: Int? = nil, context: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.context = context
        self.message = message
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if let context { s += "\(context): " }
        return s + message
    }
}
