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
    /// not yet collapsed), one range per node; with `firstOnly`, stops after the first non-blank.
    func appendRaw(_ node: xmlNodePtr, plan: UInt16, into bytes: inout [UInt8], values: inout [RawValue]) {
        // The common cases without intermediate node lists: `p:name` and `@id`.
        if steps.count == 1 && attribute == nil {
            var c = node.pointee.children
            while let child = c {
                if child.pointee.type == XML_ELEMENT_NODE, SimplePath.matches(child, steps[0]) {
                    let start = bytes.count
                    SimplePath.collect(child, ownOnly: ownText, into: &bytes)
                    if SimplePath.blank(bytes, from: start) {
                        bytes.removeSubrange(start...)
                    } else {
                        values.append(RawValue(plan: plan, start: Int32(start), end: Int32(bytes.count)))
                        if firstOnly { return }
                    }
                }
                c = child.pointee.next
            }
            return
        }
        if steps.isEmpty, let a = attribute {
            var attr = node.pointee.properties
            while let p = attr {
                if SimplePath.matches(p, a) {
                    let start = bytes.count
                    var c = p.pointee.children
                    while let t = c {
                        if let content = t.pointee.content { SimplePath.append(content, to: &bytes) }
                        c = t.pointee.next
                    }
                    if SimplePath.blank(bytes, from: start) {
                        bytes.removeSubrange(start...)
                    } else {
                        values.append(RawValue(plan: plan, start: Int32(start), end: Int32(bytes.count)))
                    }
                    return
                }
                attr = p.pointee.next
            }
            return
        }
        var current = [node]
        for s in steps.dropLast(attribute == nil ? 1 : 0) {
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
        func add(_ body: (inout [UInt8]) -> Void) -> Bool {
            let start = bytes.count
            body(&bytes)
            let blank = bytes[start...].allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
            if blank { bytes.removeSubrange(start...); return false }
            values.append(RawValue(plan: plan, start: Int32(start), end: Int32(bytes.count)))
            return true
        }
        for n in current {
            if let a = attribute {
                var attr = n.pointee.properties
                while let p = attr {
                    if SimplePath.matches(p, a) {
                        let added = add { buf in
                            var c = p.pointee.children
                            while let t = c {
                                if let content = t.pointee.content { SimplePath.append(content, to: &buf) }
                                c = t.pointee.next
                            }
                        }
                        if added && firstOnly { return }
                        break
                    }
                    attr = p.pointee.next
                }
                continue
            }
            guard let last = steps.last else {
                if add({ SimplePath.collect(n, ownOnly: ownText, into: &$0) }) && firstOnly { return }
                continue
            }
            var c = n.pointee.children
            while let child = c {
                if child.pointee.type == XML_ELEMENT_NODE, SimplePath.matches(child, last) {
                    if add({ SimplePath.collect(child, ownOnly: ownText, into: &$0) }) && firstOnly { return }
                }
                c = child.pointee.next
            }
        }
    }

    /// The first non-empty text this path selects under `node`.
    func first(_ node: xmlNodePtr) -> String? {
        if steps.count == 1 && attribute == nil {
            var c = node.pointee.children
            while let child = c {
                if child.pointee.type == XML_ELEMENT_NODE, SimplePath.matches(child, steps[0]) {
                    let t = SimplePath.text(of: child, ownOnly: ownText)
                    if !t.isEmpty { return t }
                }
                c = child.pointee.next
            }
            return nil
        }
        return texts(node).first
    }

    /// The texts this path selects under `node`, whitespace collapsed, empty ones dropped.
    func texts(_ node: xmlNodePtr) -> [String] {
        if steps.count == 1 && attribute == nil {
            // The common case, `name` or `p:name`: no intermediate node lists.
            var out: [String] = []
            var c = node.pointee.children
            while let child = c {
                if child.pointee.type == XML_ELEMENT_NODE, SimplePath.matches(child, steps[0]) {
                    let t = SimplePath.text(of: child, ownOnly: ownText)
                    if !t.isEmpty {
                        out.append(t)
                        if firstOnly { break }
                    }
                }
                c = child.pointee.next
            }
            return out
        }
        var current = [node]
        for s in steps {
            var next: [xmlNodePtr] = []
            for n in current {
                var c = n.pointee.children
                while let child = c {
                    if child.pointee.type == XML_ELEMENT_NODE, SimplePath.matches(child, s) { next.append(child) }
                    c = child.pointee.next
                }
            }
            current = next
            if current.isEmpty { return [] }
        }
        var out: [String] = []
        var buffer: [UInt8] = []
        for n in current {
            buffer.removeAll(keepingCapacity: true)
            if let a = attribute {
                var attr = n.pointee.properties
                while let p = attr {
                    if SimplePath.matches(p, a) {
                        var c = p.pointee.children
                        while let t = c {
                            if let content = t.pointee.content { SimplePath.append(content, to: &buffer) }
                            c = t.pointee.next
                        }
                        break
                    }
                    attr = p.pointee.next
                }
            } else {
                SimplePath.collect(n, ownOnly: ownText, into: &buffer)
            }
            let text = buffer.withUnsafeBufferPointer { Whitespace.collapse($0) }
            if !text.isEmpty {
                out.append(text)
                if firstOnly { break }
            }
            if firstOnly { break }
        }
        return out
    }

    /// The collapsed text of an element, built in one pass without a byte array when it is one text node.
    static func text(of node: xmlNodePtr, ownOnly: Bool) -> String {
        if let only = node.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE,
           let content = only.pointee.content {
            return Whitespace.collapse(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        }
        var buffer: [UInt8] = []
        collect(node, ownOnly: ownOnly, into: &buffer)
        return buffer.withUnsafeBufferPointer { Whitespace.collapse($0) }
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
