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
/// Owns its libxml2 context and the expressions it compiled, and frees them once in `deinit`.
public final class XPathContext {
    /// What keeps the document alive: an `XMLDocument`, or the `XMLStreamReader` building it.
    let owner: AnyObject
    let doc: xmlDocPtr
    let file: String
    let ctx: xmlXPathContextPtr
    /// Each expression is compiled once: a list of a million records evaluates the same few.
    private var compiled: [String: xmlXPathCompExprPtr] = [:]

    /// A context over `document`; `namespaces` maps prefixes to URIs (a default namespace needs a prefix).
    public convenience init(document: XMLDocument, namespaces: [String: String] = [:]) throws {
        try self.init(doc: document.doc, owner: document, file: document.file, namespaces: namespaces)
    }

    init(doc: xmlDocPtr, owner: AnyObject, file: String, namespaces: [String: String]) throws {
        self.owner = owner
        self.doc = doc
        self.file = file
        guard let c = xmlXPathNewContext(doc) else {
            throw ParseError(file: file, message: "cannot create an XPath context")
        }
        ctx = c
        // Errors are read from the context, not printed.
        ctx.pointee.error = { _, _ in }
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) where xmlXPathRegisterNs(ctx, prefix, uri) != 0 {
            throw ParseError(file: file, message: "cannot register namespace prefix '\(prefix)'")
        }
    }

    deinit {
        for c in compiled.values { xmlXPathFreeCompExpr(c) }
        xmlXPathFreeContext(ctx)
    }

    private func lastError(_ expression: String) -> ParseError {
        let msg = ctx.pointee.lastError.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
        xmlResetError(&ctx.pointee.lastError)
        return ParseError(file: file, message: "XPath '\(expression)': \(msg ?? "invalid expression")")
    }

    /// Checks that `expression` compiles, so a bad declaration fails before any record is read.
    public func compile(_ expression: String) throws {
        if compiled[expression] != nil { return }
        guard let c = xmlXPathCtxtCompile(ctx, expression) else { throw lastError(expression) }
        compiled[expression] = c
    }

    /// Evaluates `expression` against the document root, or relative to `node`.
    public func evaluate(_ expression: String, at node: XMLNode? = nil) throws -> XPathValue {
        try evaluate(expression, node: node?.node ?? xmlDocGetRootElement(doc))
    }

    func evaluate(_ expression: String, node target: xmlNodePtr?) throws -> XPathValue {
        try compile(expression)
        ctx.pointee.node = target
        guard let obj = xmlXPathCompiledEval(compiled[expression]!, ctx) else { throw lastError(expression) }
        defer { xmlXPathFreeObject(obj) }
        switch obj.pointee.type {
        case XPATH_NODESET:
            let set = obj.pointee.nodesetval
            let n = rsdd_nodeset_count(set)
            return .nodes((0..<n).compactMap { rsdd_nodeset_item(set, $0) }.map { XMLNode(owner: owner, node: $0) })
        case XPATH_STRING:
            return .string(obj.pointee.stringval.map { String(cString: $0) } ?? "")
        case XPATH_NUMBER:
            return .number(obj.pointee.floatval)
        case XPATH_BOOLEAN:
            return .boolean(obj.pointee.boolval != 0)
        default:
            throw ParseError(file: file, message: "XPath '\(expression)' gives a value of an unsupported type")
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
