import CLibXML2

/// The XPath expressions most declarations use (`name`, `l:name`, `a/b`, `@id`, `string(@id)`,
/// `text()`), evaluated by walking the record's children directly. Large lists read a few of
/// these for every record; through the XPath engine each would allocate a result set, node
/// objects and a copy of the text. Any other expression goes to `XPathContext`.
struct SimplePath: Sendable {
    /// One step: a name and a namespace URI as NUL-terminated C strings owned by `storage`. A
    /// trivial value, so that comparing millions of nodes against it costs no reference counting.
    struct Step: @unchecked Sendable {
        // Unchecked: the pointers are immutable, owned by the path's `CStrings`, freed only when
        // the last path holding them goes away, and only read.
        var name: UnsafePointer<xmlChar>
        var namespace: UnsafePointer<xmlChar>?
    }

    /// Owns the C strings of a path's steps.
    final class CStrings: @unchecked Sendable {
        // Unchecked: filled once in init, never mutated, freed in deinit.
        private(set) var pointers: [UnsafeMutablePointer<xmlChar>] = []

        func make(_ s: String) -> UnsafePointer<xmlChar> {
            let bytes = Array(s.utf8) + [0]
            let p = UnsafeMutablePointer<xmlChar>.allocate(capacity: bytes.count)
            p.initialize(from: bytes, count: bytes.count)
            pointers.append(p)
            return UnsafePointer(p)
        }

        deinit {
            for p in pointers { p.deallocate() }
        }
    }

    let storage = CStrings()
    var steps: [Step]
    /// The final `@name`, if the path ends on an attribute.
    var attribute: Step?
    /// `string(...)`: only the first match counts.
    var firstOnly: Bool
    /// Ends in `text()`: the element's own text children only.
    var ownText: Bool

    /// Parses `expression`, or returns nil when it is not one of the simple forms.
    init?(_ expression: String, namespaces: [String: String], html: Bool) {
        var e = expression.trimmingCharacters(in: .whitespaces)
        firstOnly = false
        if e.hasPrefix("string("), e.hasSuffix(")") {
            e = String(e.dropFirst(7).dropLast())
            firstOnly = true
        }
        let parts = e.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !e.isEmpty, !parts.contains(where: \.isEmpty) else { return nil }
        let nameChars = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
        let storage = self.storage
        func step(_ p: String) -> Step? {
            let pieces = p.split(separator: ":", omittingEmptySubsequences: false)
            guard pieces.count <= 2, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(nameChars.contains) }) else { return nil }
            if pieces.count == 2 {
                guard let uri = namespaces[String(pieces[0])] else { return nil }
                return Step(name: storage.make(String(pieces[1])), namespace: storage.make(uri))
            }
            // libxml2's HTML parser lower-cases element names.
            return Step(name: storage.make(html ? p.lowercased() : p), namespace: nil)
        }
        var steps: [Step] = []
        attribute = nil
        ownText = false
        for (i, p) in parts.enumerated() {
            let last = i == parts.count - 1
            if last && p.hasPrefix("@") {
                guard let a = step(String(p.dropFirst())) else { return nil }
                attribute = a
            } else if last && p == "text()" {
                ownText = true
            } else {
                guard let s = step(p) else { return nil }
                steps.append(s)
            }
        }
        self.steps = steps
    }

    /// Appends the raw text of every node this path selects under `node` to `bytes` (whitespace
    /// not yet collapsed), one range per node; blank texts are left out. With `firstOnly`
    /// (`string(...)`) or `stopAtFirst`, stops after the first. The one walk behind `texts`,
    /// `first` and the two-thread reader.
    func appendRaw(_ node: xmlNodePtr, plan: UInt16, into bytes: inout [UInt8], values: inout [RawValue],
                   stopAtFirst: Bool = false) {
        let once = firstOnly || stopAtFirst
        /// Keeps what `body` appended unless it is blank; true when a value was kept.
        func keep(_ body: (inout [UInt8]) -> Void) -> Bool {
            let start = bytes.count
            body(&bytes)
            if SimplePath.blank(bytes, from: start) {
                bytes.removeSubrange(start...)
                return false
            }
            values.append(RawValue(plan: plan, start: Int32(start), end: Int32(bytes.count)))
            return true
        }
        func attributeText(_ p: xmlAttrPtr, into buf: inout [UInt8]) {
            var c = p.pointee.children
            while let t = c {
                if let content = t.pointee.content { SimplePath.append(content, to: &buf) }
                c = t.pointee.next
            }
        }
        /// Takes the values of one element the steps before the last led to; true to stop.
        func visit(_ n: xmlNodePtr) -> Bool {
            if let a = attribute {
                var attr = n.pointee.properties
                while let p = attr {
                    if SimplePath.matches(p, a) { return keep({ attributeText(p, into: &$0) }) && once }
                    attr = p.pointee.next
                }
                return false
            }
            guard let last = steps.last else { return keep({ SimplePath.collect(n, ownOnly: ownText, into: &$0) }) && once }
            var c = n.pointee.children
            while let child = c {
                if child.pointee.type == XML_ELEMENT_NODE, SimplePath.matches(child, last),
                   keep({ SimplePath.collect(child, ownOnly: ownText, into: &$0) }), once { return true }
                c = child.pointee.next
            }
            return false
        }
        let intermediate = steps.dropLast(attribute == nil ? 1 : 0)
        // The common one-step paths (`p:name`, `@id`) visit the record itself: no node lists.
        if intermediate.isEmpty {
            _ = visit(node)
            return
        }
        var current = [node]
        for s in intermediate {
            var next: [xmlNodePtr] = []
            for n in current {
                var c = n.pointee.children
                while let child = c {
                    if child.pointee.type == XML_ELEMENT_NODE, SimplePath.matches(child, s) { next.append(child) }
                    c = child.pointee.next
                }
            }
            current = next
            if current.isEmpty { return }
        }
        for n in current where visit(n) { return }
    }

    /// The texts this path selects under `node`, whitespace collapsed, empty ones dropped.
    func texts(_ node: xmlNodePtr) -> [String] {
        collapsed(node, stopAtFirst: false)
    }

    /// The first non-empty text this path selects under `node`.
    func first(_ node: xmlNodePtr) -> String? {
        collapsed(node, stopAtFirst: true).first
    }

    private func collapsed(_ node: xmlNodePtr, stopAtFirst: Bool) -> [String] {
        var bytes: [UInt8] = []
        var values: [RawValue] = []
        appendRaw(node, plan: 0, into: &bytes, values: &values, stopAtFirst: stopAtFirst)
        return bytes.withUnsafeBufferPointer { b in
            values.map { Whitespace.collapse(UnsafeBufferPointer(rebasing: b[Int($0.start)..<Int($0.end)])) }.filter { !$0.isEmpty }
        }
    }

    @inline(__always)
    static func matches(_ node: xmlNodePtr, _ s: Step) -> Bool {
        guard let name = node.pointee.name, xmlStrEqual(name, s.name) != 0 else { return false }
        let href = node.pointee.ns?.pointee.href
        guard let ns = s.namespace else { return href == nil }
        guard let href else { return false }
        return xmlStrEqual(href, ns) != 0
    }

    @inline(__always)
    static func matches(_ attr: xmlAttrPtr, _ s: Step) -> Bool {
        guard let name = attr.pointee.name, xmlStrEqual(name, s.name) != 0 else { return false }
        let href = attr.pointee.ns?.pointee.href
        guard let ns = s.namespace else { return href == nil }
        guard let href else { return false }
        return xmlStrEqual(href, ns) != 0
    }

    /// Appends the text of `node`'s descendants (its own text children only when `ownOnly`).
    static func collect(_ node: xmlNodePtr, ownOnly: Bool, into buffer: inout [UInt8]) {
        var c = node.pointee.children
        while let child = c {
            switch child.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = child.pointee.content { append(content, to: &buffer) }
            case XML_ELEMENT_NODE where !ownOnly:
                collect(child, ownOnly: false, into: &buffer)
            default:
                break
            }
            c = child.pointee.next
        }
    }

    /// True when the bytes from `start` are all ASCII whitespace.
    @inline(__always)
    static func blank(_ bytes: [UInt8], from start: Int) -> Bool {
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { return false }
            i += 1
        }
        return true
    }

    static func append(_ content: UnsafePointer<xmlChar>, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
    }
}

/// One value read by the stream reader's thread: which field plan, and where its bytes lie.
struct RawValue: Sendable {
    var plan: UInt16
    var start: Int32
    var end: Int32
}
