import RSDDCore

/// Text made safe for a Markdown paragraph or table cell.
enum Markdown {
    static func escape(_ s: String) -> String { Text.markdown(s) }

    /// A value of the report's YAML metadata block. pandoc reads metadata values as Markdown (a
    /// title holding `![x](http://…)` fetched and embedded the image, `--sandbox` or not), so the
    /// value is Markdown-escaped first, then quoted for YAML.
    static func yamlQuoted(_ s: String) -> String {
        "\"" + Text.markdown(s).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in "---" }.joined(separator: "|") + "|"]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
