import Foundation

/// Reads delimited text (RFC 4180): fields separated by a delimiter, optionally quoted with `"`,
/// quotes doubled inside quoted fields, line breaks allowed inside quotes, CRLF or LF rows.
public struct CSVReader: Sendable {
    /// One row and the line of the file it starts on.
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var fields: [String]
    }

    public var delimiter: Character

    public init(delimiter: Character = ",") {
        self.delimiter = delimiter
    }

    /// Decodes `data` in `encoding` (utf-8 by default, a BOM is skipped) or throws naming `file`.
    public static func text(_ data: Data, encoding: String?, file: String) throws -> String {
        let enc: String.Encoding
        switch (encoding ?? "utf-8").lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": enc = .utf8
        case "latin1", "latin-1", "iso-8859-1": enc = .isoLatin1
        case "windows-1252", "cp1252": enc = .windowsCP1252
        case "utf-16", "utf16": enc = .utf16
        case let other: throw ParseError(file: file, message: "unknown encoding '\(other)' (utf-8, latin1, windows-1252, utf-16)")
        }
        if data.isEmpty { throw ParseError(file: file, message: "the file is empty") }
        guard var s = String(data: data, encoding: enc) else {
            // Name the line of the first byte that is not valid in the declared encoding.
            var line = 1
            if enc == .utf8 {
                var it = data.makeIterator()
                var bytes: [UInt8] = []
                while let b = it.next() {
                    bytes.append(b)
                    if b == 10 {
                        if String(validating: bytes.dropLast(), as: UTF8.self) == nil { break }
                        line += 1
                        bytes.removeAll(keepingCapacity: true)
                    }
                }
            }
            throw ParseError(file: file, line: enc == .utf8 ? line : nil, message: "not valid \(encoding ?? "UTF-8") text")
        }
        if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
        return s
    }

    /// Every row of `text`. A quoted field still open at the end of the file (a truncated
    /// download) drops that last row and adds a warning naming its line.
    public func rows(_ text: String, file: String, warnings: inout [ParseError]) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var quoteLine = 0
        var line = 1
        var rowLine = 1
        var atFieldStart = true
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        let delim = delimiter.unicodeScalars.first!
        func endRow() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
            atFieldStart = true
        }
        while let c = pending ?? chars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                inQuotes = true
                quoteLine = line
                atFieldStart = false
            case delim:
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\r":
                let next = chars.next()
                if next != "\n" { pending = next }
                endRow()
                line += 1
                rowLine = line
            case "\n":
                endRow()
                line += 1
                rowLine = line
            default:
                field.unicodeScalars.append(c)
                atFieldStart = false
            }
        }
        if inQuotes {
            warnings.append(ParseError(file: file, line: rowLine,
                message: "the last row has a quoted field that is never closed (line \(quoteLine)): truncated file? Row skipped"))
        } else if !field.isEmpty || !fields.isEmpty {
            endRow()
        }
        return rows
    }
}
