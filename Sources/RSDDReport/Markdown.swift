import RSDDCore

/// Text made safe for a Markdown paragraph or table cell.
enum Markdown {
    static func escape(_ s: String) -> String { Text.markdown(s) }

    /// A YAML double-quoted scalar for the metadata block.
    static func yamlQuoted(_ s: String) -> String {
        "\"" + Text.clean(s).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in "---" }.joined(separator: "|") + "|"]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
