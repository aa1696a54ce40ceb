import Foundation
import RSDDCore

/// The records of one file, and the problems that did not stop the reading (one line each).
public struct Extraction: Sendable {
    public var records: [Record]
    public var warnings: [ParseError]

    public init(records: [Record], warnings: [ParseError]) {
        self.records = records
        self.warnings = warnings
    }
}

/// Reads the records of a list source as its declaration says: html and xml through libxml2
/// XPath (large xml streamed with `xmlTextReader`), csv, xlsx and json through their readers.
/// Every format goes through the same field rules: select or constant, split, trim, `kind_from`
/// and `where`.
public struct RecordExtractor: Sendable {
    public let source: SourceSpec
    let spec: RecordSpec
    /// How each field is read.
    let plans: Plans

    /// Field names with a meaning of their own; any other field must name an identifier scheme.
    static let plainFields: Set<String> = ["id", "name", "aliases", "country", "category", "kind"]
    static let identifierSchemes: Set<String> = ["ror", "grid", "ringgold", "fundref", "lei", "isni", "wikidata"]

    public init(source: SourceSpec) throws {
        guard source.format != .orcid, source.format != .ror, let spec = source.records else {
            throw ParseError(source: source.id, file: "sources.d/\(source.id).yml",
                             message: "format \(source.format.rawValue) has no declared records (the orcid, researchmap, kaken-researcher and ror formats have readers of their own)")
        }
        for field in spec.fields.keys.sorted()
        where !RecordExtractor.plainFields.contains(field) && !RecordExtractor.identifierSchemes.contains(field) {
            throw ParseError(source: source.id, file: "sources.d/\(source.id).yml",
                             message: "unknown field '\(field)' (known: \((RecordExtractor.plainFields.union(RecordExtractor.identifierSchemes)).sorted().joined(separator: ", ")))")
        }
        self.source = source
        self.spec = spec
        plans = Plans(spec, format: source.format)
    }

    /// Every record in `data` (a file shown as `file` in errors), checked against `expect:`.
    public func extract(_ data: Data, file: String) throws -> Extraction {
        var records: [Record] = []
        let warnings = try read(.data(data), file: file) { records.append($0) }
        return Extraction(records: records, warnings: warnings)
    }

    /// Reads the file at `url` record by record, calling `each` for every record, and returns the
    /// warnings. XML whose record path is `//name` is streamed: memory does not grow with the file.
    public func read(contentsOf url: URL, file: String, each: (Record) throws -> Void) throws -> [ParseError] {
        try read(.file(url), file: file, each: each)
    }

    enum Input {
        case data(Data)
        case file(URL)

        func bytes(file: String) throws -> Data {
            switch self {
            case .data(let d): return d
            case .file(let u):
                do { return try Data(contentsOf: u) } catch { throw ParseError(file: file, message: "cannot be read") }
            }
        }
    }

    /// `c` and a hash of the record's content, for lists that give no id of their own.
    static func contentKey(name: String, aliases: [String], country: String?, category: String?) -> String {
        "c" + String(Files.sha256(Data(([name, country ?? "", category ?? ""] + aliases.sorted()).joined(separator: "\u{1F}").utf8)).prefix(12))
    }

    func read(_ input: Input, file: String, each: (Record) throws -> Void) throws -> [ParseError] {
        var count = 0
        var warnings: [ParseError] = []
        // Content keys are unique within a source: the same row listed again gets `~2`, `~3` in
        // the order the list gives them. (Ids a list declares are its own; resolve tolerates a
        // repeated one, and a list of a million records keeps no set of them.)
        var seen: [String: Int] = [:]
        let contentKeyed = plans.id == nil
        let emit: (Record) throws -> Void = { r in
            // A category of the record's own that rsdd does not know could match no rule: the
            // record is not read (nor counted towards the declaration's minimum), and said.
            if let category = r.category, !ListCategory.known.contains(category) {
                warnings.append(ParseError(file: file, message: "record \(Text.printable(r.id, limit: 40)): category '\(Text.printable(category, limit: 40))' is not a category (known: \(ListCategory.known.joined(separator: ", "))): the record is not read"))
                return
            }
            count += 1
            guard contentKeyed else { return try each(r) }
            var r = r
            let n = (seen[r.id] ?? 0) + 1
            seen[r.id] = n
            if n > 1 { r.id += "~\(n)" }
            try each(r)
        }
        do {
            switch source.format {
            case .xml where streamTarget != nil:
                try readStreaming(input, file: file, emit: emit)
            case .xml, .html:
                try readDocument(try input.bytes(file: file), file: file, emit: emit)
            case .csv:
                let rowWarnings = try readCSV(try input.bytes(file: file), file: file, emit: emit)
                warnings += rowWarnings
            case .xlsx:
                let rowWarnings = try readXLSX(input, file: file, emit: emit)
                warnings += rowWarnings
            case .json:
                try readJSON(try input.bytes(file: file), file: file, emit: emit)
            case .orcid, .ror, .researchmap, .kakenResearcher, .openalexWorks:
                break
            }
        } catch var e as ParseError {
            e.source = source.id
            throw e
        }
        let minimum = source.expect?.minRecords ?? 1
        if count < minimum {
            throw ParseError(source: source.id, file: file, message: count == 0
                ? "no records found (is the declaration's path or header still right?)"
                : "\(count) records, fewer than the \(minimum) the declaration expects")
        }
        return warnings.map { var w = $0; w.source = source.id; return w }
    }

    // MARK: - One record from its values

    /// How one field is read, worked out once per declaration rather than once per record.
    /// A class, so that passing it for every field of every record costs one reference.
    final class FieldPlan: Sendable {
        let select: String?
        let value: String?
        let separator: String?
        let trim: String?
        /// The select as a `SimplePath` for xml and html, when it is one.
        let simple: SimplePath?
        /// No split and no trim: the first non-empty text is the value.
        let plain: Bool
        /// The plan's place among its declaration's plans (for values read on another thread).
        let index: Int

        init(_ f: FieldSpec, namespaces: [String: String], format: SourceSpec.Format, index: Int) {
            self.index = index
            select = f.select
            value = f.value
            separator = f.separator
            trim = f.trim
            plain = f.separator == nil && f.trim == nil
            if let s = f.select, format == .xml || format == .html {
                simple = SimplePath(s, namespaces: namespaces, html: format == .html)
            } else {
                simple = nil
            }
        }

        convenience init(select: String, namespaces: [String: String], format: SourceSpec.Format, index: Int) {
            self.init(FieldSpec(select: select), namespaces: namespaces, format: format, index: index)
        }
    }

    /// The plans of a declaration's fields.
    struct Plans: Sendable {
        var name: FieldPlan
        var id, aliases, country, kind, category: FieldPlan?
        var schemes: [(String, FieldPlan)]
        var kindRule: FieldPlan?
        var filter: FieldPlan?

        init(_ spec: RecordSpec, format: SourceSpec.Format) {
            var next = 0
            var made: [FieldPlan] = []
            func plan(_ key: String) -> FieldPlan? {
                guard let f = spec.fields[key] else { return nil }
                let p = FieldPlan(f, namespaces: spec.namespaces, format: format, index: next)
                next += 1
                made.append(p)
                return p
            }
            func selectPlan(_ select: String) -> FieldPlan {
                let p = FieldPlan(select: select, namespaces: spec.namespaces, format: format, index: next)
                next += 1
                made.append(p)
                return p
            }
            name = plan("name")!
            id = plan("id")
            aliases = plan("aliases")
            country = plan("country")
            kind = plan("kind")
            category = plan("category")
            schemes = RecordExtractor.identifierSchemes.sorted().compactMap { k in plan(k).map { (k, $0) } }
            kindRule = spec.kindFrom.map { selectPlan($0.select) }
            filter = spec.filter.map { selectPlan($0.select) }
            all = made
        }

        /// Every plan, by index.
        var all: [FieldPlan] = []
    }

    /// Builds a record from `values` (a field's plan → its raw texts); nil when it has no name or
    /// `where` drops it.
    func record(position: Int, values: (FieldPlan) throws -> [String],
                firstValue: ((FieldPlan) throws -> String?)? = nil) throws -> Record? {
        if let fp = plans.filter, let filter = spec.filter {
            let vs = try values(fp).map { Self.clean($0, trim: nil) }
            guard vs.contains(where: { filter.values.contains($0) }) else { return nil }
        }
        func all(_ f: FieldPlan?) throws -> [String] {
            guard let f else { return [] }
            if let v = f.value { return [v] }
            var out: [String] = []
            for raw in try values(f) {
                if let sep = f.separator {
                    for part in raw.components(separatedBy: sep) {
                        let t = Self.clean(part, trim: f.trim)
                        if !t.isEmpty && !out.contains(t) { out.append(t) }
                    }
                } else {
                    let t = Self.clean(raw, trim: f.trim)
                    if !t.isEmpty && !out.contains(t) { out.append(t) }
                }
            }
            return out
        }
        func first(_ f: FieldPlan?) throws -> String? {
            guard let f else { return nil }
            if let v = f.value { return v }
            if f.plain {
                // Texts from libxml2 come collapsed already (SimplePath and XPathValue.texts).
                if let firstValue { return try firstValue(f) }
                for raw in try values(f) {
                    let t = Self.clean(raw, trim: nil)
                    if !t.isEmpty { return t }
                }
                return nil
            }
            return try all(f).first
        }
        guard let name = try first(plans.name) else { return nil }
        var ids: [String: String] = [:]
        for (scheme, plan) in plans.schemes {
            if let v = try first(plan) { ids[scheme] = v }
        }
        var kind = try first(plans.kind).flatMap { RecordKind(rawValue: $0.lowercased()) } ?? .organisation
        if let rp = plans.kindRule, let rule = spec.kindFrom, let k = try first(rp).flatMap(rule.kind(of:)) {
            kind = k
        }
        var aliases = try all(plans.aliases)
        aliases.removeAll { $0 == name }
        // A country is recorded for organisations only: for a person it could only be a place of
        // residence or origin, which rsdd never reads.
        let category = try first(plans.category) ?? source.category
        let country = kind == .person ? nil : try first(plans.country)
        // A list without ids of its own is keyed by what the record says, not by its row: a
        // re-ordered list keeps its keys, so entity ids and reports stay the same.
        let id = try first(plans.id) ?? RecordExtractor.contentKey(name: name, aliases: aliases, country: country, category: category)
        return Record(source: source.id, id: id, kind: kind, name: name,
                      aliases: aliases, category: category, country: country, identifiers: ids)
    }

    /// Trims whitespace and `trim` characters from both ends and collapses inner runs of whitespace.
    static func clean(_ s: String, trim: String?) -> String {
        guard let trim, !trim.isEmpty else { return Whitespace.collapse(s) }
        let extra = Set(trim)
        var t = Substring(Whitespace.collapse(s))
        while let f = t.first, extra.contains(f) || f.isWhitespace { t.removeFirst() }
        while let l = t.last, extra.contains(l) || l.isWhitespace { t.removeLast() }
        return Whitespace.collapse(String(t))
    }

    /// Every select expression of the declaration, to check before reading.
    var selects: [String] {
        // In a fixed order (name first), so that the first problem reported is always the same one.
        let keys = ["name"] + spec.fields.keys.filter { $0 != "name" }.sorted()
        return keys.compactMap { spec.fields[$0]?.select } + [spec.kindFrom?.select, spec.filter?.select].compactMap { $0 }
    }

    // MARK: - html and xml

    private func readDocument(_ data: Data, file: String, emit: (Record) throws -> Void) throws {
        let doc = try XMLDocument(data: data, kind: source.format == .html ? .html : .xml, file: file)
        let xpath = try XPathContext(document: doc, namespaces: spec.namespaces)
        for s in selects { try xpath.compile(s) }
        for (i, node) in try xpath.nodes(spec.path!).enumerated() {
            let r = try record(position: i + 1, values: { f in try f.simple?.texts(node.node) ?? xpath.texts(f.select!, at: node) },
                               firstValue: { f in try f.simple.map { $0.first(node.node) } ?? xpath.text(f.select!, at: node) })
            if let r { try emit(r) }
        }
    }

    /// The element a `//name` or `//prefix:name` record path streams over, with its namespace URI.
    var streamTarget: (localName: String, namespaceURI: String?)? {
        guard let path = spec.path, path.hasPrefix("//") else { return nil }
        let rest = path.dropFirst(2)
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "_-.:"))
        guard !rest.isEmpty, rest.unicodeScalars.allSatisfy(allowed.contains) else { return nil }
        let parts = rest.split(separator: ":")
        switch parts.count {
        case 1: return (String(parts[0]), nil)
        case 2:
            guard let uri = spec.namespaces[String(parts[0])] else { return nil }
            return (String(parts[1]), uri)
        default: return nil
        }
    }

    private func readStreaming(_ input: Input, file: String, emit: (Record) throws -> Void) throws {
        let target = streamTarget!
        // A file whose fields are all plain paths is read on two threads: libxml2's reader and
        // the walk of each record on one, the records built on this one.
        if case .file(let url) = input, plans.all.allSatisfy({ $0.value != nil || $0.simple != nil }) {
            return try readPipelined(url, target: target, file: file, emit: emit)
        }
        let reader: XMLStreamReader
        switch input {
        case .data(let d): reader = try XMLStreamReader(data: d, file: file)
        case .file(let u): reader = try XMLStreamReader(contentsOf: u, file: file)
        }
        var position = 0
        var checked = false
        try reader.forEachElement(localName: target.localName, namespaceURI: target.namespaceURI, namespaces: spec.namespaces) { node, xpath in
            if !checked {
                for s in selects { try xpath.compile(s) }
                checked = true
            }
            position += 1
            let r = try record(position: position, values: { f in try f.simple?.texts(node.node) ?? xpath.texts(f.select!, at: node) },
                               firstValue: { f in try f.simple.map { $0.first(node.node) } ?? xpath.text(f.select!, at: node) })
            if let r { try emit(r) }
        }
    }

    private func readPipelined(_ url: URL, target: (localName: String, namespaceURI: String?), file: String,
                               emit: (Record) throws -> Void) throws {
        let queue = BatchQueue(capacity: 8)
        let plans = self.plans.all.filter { $0.simple != nil }.map { (UInt16($0.index), $0.simple!) }
        let namespaces = spec.namespaces
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { finished.signal() }
            do {
                let reader = try XMLStreamReader(contentsOf: url, file: file)
                var batch = RawBatch()
                var position = 0
                var stopped = false
                try reader.forEachElement(localName: target.localName, namespaceURI: target.namespaceURI, namespaces: namespaces) { node, _ in
                    if stopped { throw PipelineStopped() }
                    position += 1
                    batch.recordStarts.append(batch.values.count)
                    batch.positions.append(position)
                    for (index, path) in plans { path.appendRaw(node.node, plan: index, into: &batch.bytes, values: &batch.values) }
                    if batch.positions.count == 512 {
                        if !queue.put(batch) { stopped = true }
                        batch = RawBatch()
                    }
                }
                if !stopped && !batch.positions.isEmpty { _ = queue.put(batch) }
                queue.finish(nil)
            } catch is PipelineStopped {
                queue.finish(nil)
            } catch let e as ParseError {
                queue.finish(e)
            } catch {
                queue.finish(ParseError(file: file, message: "\(error)"))
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        defer { finished.wait() }
        do {
            while let b = queue.take() {
                for (k, start) in b.recordStarts.enumerated() {
                    let end = k + 1 < b.recordStarts.count ? b.recordStarts[k + 1] : b.values.count
                    let values = b.values[start..<end]
                    func texts(_ f: FieldPlan) -> [String] {
                        var out: [String] = []
                        for v in values where Int(v.plan) == f.index {
                            let t = b.bytes.withUnsafeBufferPointer {
                                Whitespace.collapse(UnsafeBufferPointer(rebasing: $0[Int(v.start)..<Int(v.end)]))
                            }
                            if !t.isEmpty { out.append(t) }
                        }
                        return out
                    }
                    let r = try record(position: b.positions[k], values: texts, firstValue: { texts($0).first })
                    if let r { try emit(r) }
                }
            }
        } catch {
            queue.cancel()
            throw error
        }
        if let e = queue.error { throw e }
    }

    /// The consumer gave up: the reader thread stops reading.
    private struct PipelineStopped: Error {}

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

    private func columns(headers: [String], letters: Bool, file: String, line: Int) throws -> [String: Int] {
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

    private func readCSV(_ data: Data, file: String, emit: (Record) throws -> Void) throws -> [ParseError] {
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

    private func readXLSX(_ input: Input, file: String, emit: (Record) throws -> Void) throws -> [ParseError] {
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

    // MARK: - json

    private func readJSON(_ data: Data, file: String, emit: (Record) throws -> Void) throws {
        if data.isEmpty { throw ParseError(file: file, message: "the file is empty") }
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            let nsError = error as NSError
            let detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            throw ParseError(file: file, message: "malformed JSON: \(detail)")
        }
        let path = spec.path!
        let items = (path == "." || path.isEmpty) ? Self.flatten([root]) : Self.values(at: path, in: root)
        for (i, item) in items.enumerated() {
            let r = try record(position: i + 1) { f in Self.values(at: f.select!, in: item).compactMap(Self.text) }
            if let r { try emit(r) }
        }
    }

    /// The values at a dotted key path; arrays on the way are walked element by element.
    static func values(at path: String, in value: Any) -> [Any] {
        var current = flatten([value])
        for key in path.split(separator: ".") {
            current = flatten(current.compactMap { ($0 as? [String: Any])?[String(key)] })
        }
        return current
    }

    private static func flatten(_ xs: [Any]) -> [Any] {
        xs.flatMap { ($0 as? [Any]) ?? [$0] }
    }

    private static func text(_ v: Any) -> String? {
        switch v {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}
