import Foundation

/// Reads one sheet of an XLSX workbook (a zip of XML parts) into rows of cell texts: the zip
/// through `ZipArchive`, the workbook, shared strings and sheet through libxml2 and XPath.
public struct XLSXReader: Sendable {
    /// One row: its number in the sheet and its cells by column index (0 = A).
    public struct Row: Sendable, Hashable {
        public var number: Int
        public var cells: [Int: String]
    }

    /// No part of the workbook may unpack to more than this (a zip bomb stops here).
    public var maxPartBytes: Int
    /// Nor hold more elements than this: a part is parsed whole, and 248 MB of `<x/>` (from a
    /// 254 KB file) took 8 GB as a tree. A real list's sheet has some tens of thousands.
    public var maxPartElements: Int

    public init(maxPartBytes: Int = 256 << 20, maxPartElements: Int = 2_000_000) {
        self.maxPartBytes = maxPartBytes
        self.maxPartElements = maxPartElements
    }

    /// The number of `<` in `bytes`: an upper bound of the elements a part holds.
    static func tagCount(_ bytes: Data) -> Int {
        bytes.withUnsafeBytes { raw in
            guard var p = raw.baseAddress else { return 0 }
            let end = p + raw.count
            var n = 0
            while p < end, let hit = memchr(p, Int32(UInt8(ascii: "<")), end - p) {
                n += 1
                p = UnsafeRawPointer(hit) + 1
            }
            return n
        }
    }

    static let ns = [
        "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    ]

    /// The rows of `sheet` (by name; the first sheet when nil), sorted by row number.
    public func rows(_ data: Data, sheet: String?, file: String) throws -> [Row] {
        if data.isEmpty { throw ParseError(file: file, message: "the file is empty") }
        return try rows(of: try ZipArchive(data, file: file, kind: "an XLSX workbook"), sheet: sheet, file: file)
    }

    /// The rows of `sheet` of the workbook at `url`; see `rows(_:sheet:file:)`.
    public func rows(contentsOf url: URL, sheet: String?, file: String) throws -> [Row] {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size == 0 { throw ParseError(file: file, message: "the file is empty") }
        return try rows(of: try ZipArchive(contentsOf: url, file: file, kind: "an XLSX workbook"), sheet: sheet, file: file)
    }

    private func rows(of archive: ZipArchive, sheet: String?, file: String) throws -> [Row] {
        func part(_ path: String) throws -> XMLDocument? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            var tags = 0
            // Counted as it unpacks, so that a bomb stops at its first megabytes.
            try archive.extract(entry, limits: .init(maxBytes: UInt64(maxPartBytes), maxRatio: nil)) { chunk in
                bytes.append(chunk)
                tags += XLSXReader.tagCount(chunk)
                if tags > maxPartElements {
                    throw ParseError(file: file, message: "\(path) holds more than \(maxPartElements) XML tags, over the limit: the workbook is not read")
                }
            }
            return try XMLDocument(data: bytes, kind: .xml, file: "\(file)!\(path)")
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw ParseError(file: file, message: "not an XLSX workbook (no xl/workbook.xml)")
        }
        let wb = try XPathContext(document: workbook, namespaces: XLSXReader.ns)
        let sheets = try wb.nodes("//m:sheets/m:sheet")
        let names = try sheets.map { try wb.text("string(@name)", at: $0) ?? "" }
        let index: Int
        if let sheet {
            guard let i = names.firstIndex(of: sheet) else {
                throw ParseError(file: file, message: "no sheet '\(sheet)' (sheets: \(names.joined(separator: ", ")))")
            }
            index = i
        } else {
            guard !sheets.isEmpty else { throw ParseError(file: file, message: "the workbook has no sheet") }
            index = 0
        }
        let rid = try wb.text("string(@r:id)", at: sheets[index]) ?? ""
        var target = "worksheets/sheet\(index + 1).xml"
        if let rels = try part("xl/_rels/workbook.xml.rels") {
            let rx = try XPathContext(document: rels, namespaces: XLSXReader.ns)
            if let t = try rx.text("string(//rel:Relationship[@Id='\(rid.replacingOccurrences(of: "'", with: ""))']/@Target)") { target = t }
        }
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let sheetDoc = try part(sheetPath) else { throw ParseError(file: file, message: "the workbook has no part \(sheetPath)") }

        var shared: [String] = []
        if let sst = try part("xl/sharedStrings.xml") {
            let sx = try XPathContext(document: sst, namespaces: XLSXReader.ns)
            // A string is its text runs; phonetic guides (rPh) are not part of it.
            shared = try sx.nodes("//m:sst/m:si").map { si in
                try sx.nodes("m:t | m:r/m:t", at: si).map(\.rawText).joined()
            }
        }
        let x = try XPathContext(document: sheetDoc, namespaces: XLSXReader.ns)
        var rows: [Row] = []
        for (i, rowNode) in try x.nodes("//m:sheetData/m:row").enumerated() {
            let number = Int(try x.text("string(@r)", at: rowNode) ?? "") ?? i + 1
            var cells: [Int: String] = [:]
            for (j, c) in try x.nodes("m:c", at: rowNode).enumerated() {
                let ref = try x.text("string(@r)", at: c) ?? ""
                let col = XLSXReader.columnIndex(ref) ?? j
                let type = try x.text("string(@t)", at: c) ?? "n"
                let value: String
                switch type {
                case "s":
                    guard let k = Int(try x.text("string(m:v)", at: c) ?? ""), k >= 0, k < shared.count else {
                        throw ParseError(file: "\(file)!\(sheetPath)", line: c.line, message: "cell \(ref) names a shared string that does not exist")
                    }
                    value = shared[k]
                case "inlineStr":
                    value = try x.nodes("m:is/m:t | m:is/m:r/m:t", at: c).map(\.rawText).joined()
                default:
                    value = try x.nodes("m:v", at: c).first?.rawText ?? ""
                }
                if !value.isEmpty { cells[col] = value }
            }
            rows.append(Row(number: number, cells: cells))
        }
        return rows.sorted { $0.number < $1.number }
    }

    /// `C12` → 2; `AA3` → 26.
    public static func columnIndex(_ ref: String) -> Int? {
        var n = 0
        var any = false
        for ch in ref {
            guard let a = ch.asciiValue, a >= 65, a <= 90 else { break }
            n = n * 26 + Int(a - 64)
            any = true
        }
        return any ? n - 1 : nil
    }
}
