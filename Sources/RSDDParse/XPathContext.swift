import CLibXML2
import Foundation

/// What an XPath expression evaluated to.
public enum XPathValue {
    case nodes([XMLNode])
    case string(String)
    case number(Double)
    case boolean(Bool)

    /// The value as texts: a node set gives one text per node, a scalar gives one text.
    public var texts: [String] {
        switch self {
        case .nodes(let ns): return ns.map(\.text)
        case .string(let s): return [XMLNode.collapse(s)]
        case .number(let d): return [d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)]
        case .boolean(let b): return [b ? "true" : "false"]
        }
    }
}

/// An XPath evaluation context over one document, with namespace prefixes registered.
/// Owns its libxml2 context and frees it once in `deinit`.
public final class XPathContext {
    let document: XMLDocument
    let ctx: xmlXPathContextPtr

    /// A context over `document`; `namespaces` maps prefixes to URIs (a default namespace needs a prefix).
    public init(document: XMLDocument, namespaces: [String: String] = [:]) throws {
        self.document = document
        guard let c = xmlXPathNewContext(document.doc) else {
            throw ParseError(file: document.file, message: "cannot create an XPath context")
        }
        ctx = c
        // Errors are read from the context, not printed.
        ctx.pointee.error = { _, _ in }
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) where xmlXPathRegisterNs(ctx, prefix, uri) != 0 {
            throw ParseError(file: document.file, message: "cannot register namespace prefix '\(prefix)'")
        }
    }

    deinit {
        xmlXPathFreeContext(ctx)
    }

    /// Evaluates `expression` against the document root, or relative to `node`.
    public func evaluate(_ expression: String, at node: XMLNode? = nil) throws -> XPathValue {
        let target = node?.node ?? xmlDocGetRootElement(document.doc)
        guard let obj = xmlXPathNodeEval(target, expression, ctx) else {
            let msg = ctx.pointee.lastError.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
            throw ParseError(file: document.file, message: "XPath '\(expression)': \(msg ?? "invalid expression")")
        }
        defer { xmlXPathFreeObject(obj) }
        switch obj.pointee.type {
        case XPATH_NODESET:
            let set = obj.pointee.nodesetval
            let n = rsdd_nodeset_count(set)
            return .nodes((0..<n).compactMap { rsdd_nodeset_item(set, $0) }.map { XMLNode(document: document, node: $0) })
        case XPATH_STRING:
            return .string(obj.pointee.stringval.map { String(cString: $0) } ?? "")
        case XPATH_NUMBER:
            return .number(obj.pointee.floatval)
        case XPATH_BOOLEAN:
            return .boolean(obj.pointee.boolval != 0)
        default:
            throw ParseError(file: document.file, message: "XPath '\(expression)' gives a value of an unsupported type")
        }
    }

    /// The nodes `expression` selects (none when it selects nothing or gives a scalar).
    public func nodes(_ expression: String, at node: XMLNode? = nil) throws -> [XMLNode] {
        if case .nodes(let ns) = try evaluate(expression, at: node) { return ns }
        return []
    }

    /// The non-empty texts of what `expression` gives.
    public func texts(_ expression: String, at node: XMLNode? = nil) throws -> [String] {
        try evaluate(expression, at: node).texts.filter { !$0.isEmpty }
    }

    /// The first non-empty text of what `expression` gives.
    public func text(_ expression: String, at node: XMLNode? = nil) throws -> String? {
        try texts(expression, at: node).first
    }
}
