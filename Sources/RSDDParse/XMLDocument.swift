import CLibXML2
import Foundation

/// A parsed XML or HTML document. Owns its libxml2 document and frees it once in `deinit`.
/// Parsing never touches the network and never loads external entities or DTDs.
public final class XMLDocument {
    /// Which libxml2 parser reads the bytes.
    public enum Kind: Sendable { case xml, html }

    let doc: xmlDocPtr
    /// The file name errors are reported against.
    public let file: String

    static let initialised: Bool = {
        xmlInitParser()
        // No parse ever reads a file or URL an input names: DTDs, external entities, XIncludes.
        rsdd_xml_refuse_external_entities()
        return true
    }()

    /// Parses `data`. XML must be well-formed; HTML is recovered from broken markup.
    public init(data: Data, kind: Kind, file: String) throws {
        _ = XMLDocument.initialised
        self.file = file
        if data.isEmpty {
            throw ParseError(file: file, message: "the file is empty")
        }
        let parsed: xmlDocPtr? = try data.withUnsafeBytes { raw -> xmlDocPtr? in
            let base = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
            guard raw.count <= Int(Int32.max) else {
                throw ParseError(file: file, message: "larger than 2 GiB; stream it instead")
            }
            switch kind {
            case .xml:
                guard let ctxt = xmlNewParserCtxt() else { throw ParseError(file: file, message: "out of memory") }
                defer { xmlFreeParserCtxt(ctxt) }
                let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                    | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
                let errors = ErrorCollector()
                let d = errors.collecting { xmlCtxtReadMemory(ctxt, base, Int32(raw.count), file, nil, options) }
                if d == nil { throw errors.first.map { ParseError(file: file, line: $0.line, message: "malformed: \($0.message)") }
                    ?? XMLDocument.error(xmlCtxtGetLastError(ctxt), file: file) }
                return d
            case .html:
                guard let ctxt = htmlNewParserCtxt() else { throw ParseError(file: file, message: "out of memory") }
                defer { htmlFreeParserCtxt(ctxt) }
                let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
                    | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
                let d = htmlCtxtReadMemory(ctxt, base, Int32(raw.count), file, nil, options)
                if d == nil { throw XMLDocument.error(xmlCtxtGetLastError(ctxt), file: file) }
                return d
            }
        }
        guard let parsed else { throw ParseError(file: file, message: "could not be parsed") }
        doc = parsed
    }

    deinit {
        xmlFreeDoc(doc)
    }

    /// The root element, if the document has one.
    public var root: XMLNode? {
        xmlDocGetRootElement(doc).map { XMLNode(owner: self, node: $0) }
    }

    /// Turns libxml2's structured error into a `ParseError` with the line.
    static func error(_ err: UnsafeMutablePointer<xmlError>?, file: String) -> ParseError {
        guard let e = err?.pointee else { return ParseError(file: file, message: "could not be parsed") }
        let text = e.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "could not be parsed"
        return ParseError(file: file, line: Int(e.line), message: "malformed: \(text)")
    }
}

/// A node of a document; keeps its document (or the stream reader building it) alive.
public struct XMLNode {
    let owner: AnyObject
    let node: xmlNodePtr

    /// The element or attribute name, without prefix.
    public var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// The text content, with runs of whitespace collapsed and the ends trimmed.
    public var text: String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { rsdd_xml_free(raw) }
        return Whitespace.collapse(UnsafeBufferPointer(start: raw, count: Int(xmlStrlen(raw))))
    }

    /// The text content as it stands, with line breaks kept (spreadsheet cells use them).
    public var rawText: String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { rsdd_xml_free(raw) }
        return String(cString: raw)
    }

    /// The line of the node in its file.
    public var line: Int { Int(xmlGetLineNo(node)) }

    static func collapse(_ s: String) -> String {
        Whitespace.collapse(s)
    }
}

/// Collects the first error libxml2 reports while parsing on this thread. libxml2 keeps its
/// structured error handler per thread, so setting it around one parse affects no other thread.
final class ErrorCollector {
    private(set) var first: (line: Int, message: String)?

    func collecting<T>(_ body: () -> T) -> T {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
            guard let context, let error else { return }
            let me = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
            guard me.first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let text = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error"
            me.first = (Int(error.pointee.line), text)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(self) { body() }
    }
}
