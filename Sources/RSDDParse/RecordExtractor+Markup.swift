import Foundation
import RSDDCore

/// html and xml: a document read whole through libxml2 XPath, or a large xml file streamed with
/// `xmlTextReader` (on a reader thread when it is a file).
extension RecordExtractor {
    // MARK: - html and xml

    func readDocument(_ data: Data, file: String, emit: (Built) throws -> Void) throws {
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

    func readStreaming(_ input: Input, file: String, emit: (Built) throws -> Void) throws {
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

    func readPipelined(_ url: URL, target: (localName: String, namespaceURI: String?), file: String,
                               emit: (Built) throws -> Void) throws {
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
    struct PipelineStopped: Error {}
}
