import Foundation
import RSDDCore

/// csv and xlsx: rows whose columns a select names by header, number or letter.
extension RecordExtractor {
    // MARK: - csv and xlsx

    /// The column a select names: a header (exact, any case, or one line of a multi-line header),
    /// `#N`, or for xlsx a column letter.
    static func column(_ select: String, headers: [String], letters: Bool) -> Int? {
        let s = select.trimmingCharacters(in: .whitespaces)
        let trimmed = headers.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let i = trimmed.firstIndex(of: s) { return i }
        if let i = trimmed.firstIndex(where: { $0.caseInsensitiveCompare(s) == .orderedSame }) { return i }
        if let i = trimmed.firstIndex(where: { h in
            h.split(whereSeparator: \.isNewline).contains { $0.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(s) == .orderedSame }
        }) { return i }
        if s.hasPrefix("#"), let n = Int(s.dropFirst()), n >= 1 { return n - 1 }
        if letters, s.count <= 3, s.allSatisfy({ $0.isASCII && $0.isUppercase }) { return XLSXReader.columnIndex(s) }
        return nil
    }

    func columns(headers: [String], letters: Bool, file: String, line: Int) throws -> [String: Int] {
        var map: [String: Int] = [:]
        for s in selects where map[s] == nil {
            guard let i = Self.column(s, headers: headers, letters: letters) else {
                let shown = headers.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: ", ")
                throw ParseError(file: file, line: line, message: "column '\(s)' is not in the header row (columns: \(shown))")
            }
            map[s] = i
        }
        return map
    }

    func readCSV(_ data: Data, file: String, emit: (Built) throws -> Void) throws -> [ParseError] {
        let text = try CSVReader.text(data, encoding: spec.encoding, file: file)
        var warnings: [ParseError] = []
        let rows = CSVReader(delimiter: spec.separator).rows(text, file: file, warnings: &warnings)
        let headerAt = (spec.headerRow ?? 1) - 1
        guard rows.count > headerAt else { throw ParseError(file: file, message: "no header row") }
        let header = rows[headerAt]
        let cols = try columns(headers: header.fields, letters: false, file: file, line: header.line)
        var position = 0
        for row in rows.dropFirst(headerAt + 1) {
            if row.fields == header.fields { continue } // a header repeated in the data, as some exports do
            guard row.fields.count == header.fields.count else {
                warnings.append(ParseError(file: file, line: row.line,
                    message: "row has \(row.fields.count) fields where the header has \(header.fields.count); skipped"))
                continue
            }
            position += 1
            let r = try record(position: position) { f in
                let v = row.fields[cols[f.select!]!]
                return v.isEmpty ? [] : [v]
            }
            if let r { try emit(r) }
        }
        return warnings
    }

    func readXLSX(_ input: Input, file: String, emit: (Built) throws -> Void) throws -> [ParseError] {
        let rows: [XLSXReader.Row]
        switch input {
        case .data(let data): rows = try XLSXReader().rows(data, sheet: spec.sheet, file: file)
        case .file(let url): rows = try XLSXReader().rows(contentsOf: url, sheet: spec.sheet, file: file)
        }
        let headerNumber = spec.headerRow ?? 1
        guard let header = rows.first(where: { $0.number == headerNumber }) else {
            throw ParseError(file: file, message: "no header row \(headerNumber)")
        }
        let width = (header.cells.keys.max() ?? -1) + 1
        let headers = (0..<width).map { header.cells[$0] ?? "" }
        let cols = try columns(headers: headers, letters: true, file: file, line: headerNumber)
        var position = 0
        for row in rows where row.number > headerNumber && !row.cells.isEmpty {
            position += 1
            if let r = try record(position: position, values: { f in row.cells[cols[f.select!]!].map { [$0] } ?? [] }) { try emit(r) }
        }
        return []
    }
}
