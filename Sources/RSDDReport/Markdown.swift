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

    /// A pipe table. `widths` are the columns' relative widths in the PDF: pandoc takes them
    /// from the number of dashes under each header when a row is longer than a line; widths that
    /// add up to 24 fill the page (72 dashes, pandoc's line).
    static func table(_ header: [String], _ rows: [[String]], widths: [Int]? = nil) -> [String] {
        let dashes = widths.map { w in header.indices.map { String(repeating: "-", count: 3 * max(1, $0 < w.count ? w[$0] : 1)) } }
            ?? header.map { _ in "---" }
        return ["| " + header.joined(separator: " | ") + " |", "|" + dashes.joined(separator: "|") + "|"]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
