import Foundation
import RSDDCore

/// Draws a team's ties that matter as SVG, written by rsdd itself: members on the left, the
/// organisations of their findings in the middle, the listings those organisations matched on
/// the right. Long names wrap inside their boxes; CJK characters count double when wrapping.
/// The output depends only on the assessment. The tie labels (`employment (undisclosed)`) sit in
/// the space between members and organisations, which is as wide as the widest label, each at an
/// end of its own on the organisation's box: never behind a box, never on another label.
public struct TieGraph: Sendable {
    public init() {}

    static let boxWidth = 270.0
    static let lineHeight = 15.0
    static let gap = 14.0
    /// Width units per line at 12 px (a Latin character is 1, a CJK character 2).
    static let unitsPerLine = 40
    /// The width of a width unit in a 9 px label, on the wide side (DejaVu Sans: 5.7 px for `m`
    /// and `w`, most letters 5.0-5.5), so that an estimate never falls short.
    static let labelUnit = 5.8
    /// The height one label takes on an organisation's box.
    static let labelPitch = 12.0

    struct Box {
        var key: String
        var lines: [String]
        var level: Level?
        var y = 0.0
        /// Edges with a label that end on this box: each gets its own height.
        var labels = 0
        var height: Double { max(Double(lines.count) * TieGraph.lineHeight + 12, Double(labels) * TieGraph.labelPitch + 8) }
    }

    /// The left edge of each column: the first gap holds the widest label.
    static func columnX(labelWidth: Double) -> [Double] {
        let first = 20.0 + boxWidth + max(40, labelWidth + 16)
        return [20, first, first + boxWidth + 40]
    }

    /// A label's width in pixels at 9 px, estimated from its width units.
    static func labelWidth(_ label: String) -> Double {
        Double(label.reduce(0) { $0 + widthUnits($1) }) * labelUnit
    }

    public func svg(_ a: Assessment) -> String {
        var members = a.members.map { m in
            Box(key: m.id, lines: wrap("\(m.id) · \(m.name)") + ["\(m.role), level \(m.level.rawValue)"], level: m.level)
        }
        var orgs: [Box] = []
        var listings: [Box] = []
        var memberEdges: Set<[String]> = []
        var listingEdges: Set<[String]> = []
        for f in a.findings {
            let orgKey = f.tie.org.lowercased()
            if let i = orgs.firstIndex(where: { $0.key == orgKey }) {
                if (orgs[i].level ?? .none) < f.level { orgs[i].level = f.level }
            } else {
                orgs.append(Box(key: orgKey, lines: wrap(f.tie.org), level: f.level))
            }
            memberEdges.insert([f.member, orgKey, f.tie.type.rawValue + (f.undisclosed ? " (undisclosed)" : "")])
            for l in f.listings {
                let key = l.record.key
                if !listings.contains(where: { $0.key == key }) {
                    listings.append(Box(key: key, lines: wrap(l.record.name) + wrap("\(key) · \(l.record.category?.rawValue ?? "listed")"), level: nil))
                }
                listingEdges.insert([orgKey, key])
            }
        }
        orgs.sort { $0.key < $1.key }
        listings.sort { $0.key < $1.key }
        let labelled = memberEdges.sorted(by: { $0.lexicographicallyPrecedes($1) })
        for i in orgs.indices { orgs[i].labels = labelled.filter { $0[1] == orgs[i].key }.count }
        let columnX = Self.columnX(labelWidth: labelled.map { Self.labelWidth($0[2]) }.max() ?? 0)
        let width = columnX[2] + Self.boxWidth + 20
        let columns = [stack(&members), stack(&orgs), stack(&listings)]
        let height = max(120, (columns.max() ?? 0) + 40)
        var s: [String] = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width))\" height=\"\(fmt(height))\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" font-family=\"Noto Sans CJK JP, Noto Sans, DejaVu Sans, sans-serif\" font-size=\"12\">",
            "<title>\(x("Ties of team \(a.team): members, organisations, listings"))</title>",
            "<rect width=\"\(fmt(width))\" height=\"\(fmt(height))\" fill=\"#ffffff\"/>",
        ]
        for (i, title) in ["Members", "Organisations (findings)", "Listings"].enumerated() {
            s.append("<text x=\"\(fmt(columnX[i]))\" y=\"22\" font-weight=\"bold\" font-size=\"13\">\(title)</text>")
        }
        var slot: [String: Int] = [:]
        for e in labelled {
            guard let from = members.first(where: { $0.key == e[0] }), let to = orgs.first(where: { $0.key == e[1] }) else { continue }
            // The k-th labelled edge into a box ends at the k-th of its box's heights.
            let k = slot[e[1], default: 0]
            slot[e[1]] = k + 1
            s += edge(from: from, to: to, x1: columnX[0] + Self.boxWidth, x2: columnX[1],
                      y2: to.y + to.height * Double(k + 1) / Double(to.labels + 1), label: e[2])
        }
        for e in listingEdges.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            guard let from = orgs.first(where: { $0.key == e[0] }), let to = listings.first(where: { $0.key == e[1] }) else { continue }
            s += edge(from: from, to: to, x1: columnX[1] + Self.boxWidth, x2: columnX[2], y2: to.y + to.height / 2, label: nil)
        }
        for (column, boxes) in [(0, members), (1, orgs), (2, listings)] {
            for b in boxes { s += box(b, x0: columnX[column]) }
        }
        if a.findings.isEmpty {
            s.append("<text x=\"\(fmt(columnX[1]))\" y=\"60\" fill=\"#555555\">No finding: no tie of this team matters under the profile.</text>")
        }
        s.append("</svg>")
        return s.joined(separator: "\n") + "\n"
    }

    /// Places boxes top to bottom; returns the bottom.
    private func stack(_ boxes: inout [Box]) -> Double {
        var y = 40.0
        for i in boxes.indices {
            boxes[i].y = y
            y += boxes[i].height + Self.gap
        }
        return y
    }

    private func fill(_ level: Level?) -> String {
        switch level {
        case .high?: return "#f8d7d3"
        case .medium?: return "#fbe8c8"
        case .low?: return "#fff6cc"
        case .none?: return "#e6f2e6"
        case nil: return "#e8ecf4"
        }
    }

    private func box(_ b: Box, x0: Double) -> [String] {
        var out = ["<rect x=\"\(fmt(x0))\" y=\"\(fmt(b.y))\" width=\"\(fmt(Self.boxWidth))\" height=\"\(fmt(b.height))\" rx=\"6\" fill=\"\(fill(b.level))\" stroke=\"#555555\"/>"]
        for (i, line) in b.lines.enumerated() {
            out.append("<text x=\"\(fmt(x0 + 8))\" y=\"\(fmt(b.y + 18 + Double(i) * Self.lineHeight))\">\(x(line))</text>")
        }
        return out
    }

    private func edge(from a: Box, to b: Box, x1: Double, x2: Double, y2: Double, label: String?) -> [String] {
        let y1 = a.y + a.height / 2
        let mid = (x1 + x2) / 2
        var out = ["<path d=\"M \(fmt(x1)) \(fmt(y1)) C \(fmt(mid)) \(fmt(y1)), \(fmt(mid)) \(fmt(y2)), \(fmt(x2)) \(fmt(y2))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.2\"/>"]
        if let label {
            // Beside the organisation's box, where edges from different members do not cross.
            out.append("<text x=\"\(fmt(x2 - 4))\" y=\"\(fmt(y2 - 3))\" text-anchor=\"end\" font-size=\"9\" fill=\"#333333\">\(x(label))</text>")
        }
        return out
    }

    /// Splits text into lines of at most `unitsPerLine` width units, at spaces where it can.
    public func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        var width = 0
        let units = Self.widthUnits
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let w = word.reduce(0) { $0 + units($1) }
            if width > 0 && width + 1 + w <= Self.unitsPerLine {
                line += " " + word
                width += 1 + w
                continue
            }
            if width > 0 { lines.append(line); line = ""; width = 0 }
            // A word longer than a line (CJK names have no spaces) is cut by width.
            for c in word {
                if width + units(c) > Self.unitsPerLine { lines.append(line); line = ""; width = 0 }
                line.append(c)
                width += units(c)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A character's width units: 2 for CJK and other wide characters, 1 otherwise.
    static func widthUnits(_ c: Character) -> Int {
        guard let v = c.unicodeScalars.first?.value else { return 1 }
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) ? 2 : 1
    }

    /// Text for XML: control characters are not allowed in XML 1.0 at all, so they are dropped.
    private func x(_ s: String) -> String {
        Text.clean(s).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private func fmt(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)
    }
}
