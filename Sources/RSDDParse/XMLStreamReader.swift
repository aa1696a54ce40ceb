import CLibXML2
import Foundation

/// Reads a large XML file element by element with libxml2's `xmlTextReader`, so that memory
/// stays flat however large the file is: each record element is expanded into a small subtree,
/// handed to the caller, and freed as the reader moves on. Owns its reader (and the file
/// descriptor it reads) and frees them once in `deinit`. Never loads DTDs or external entities.
public final class XMLStreamReader {
    private let reader: xmlTextReaderPtr
    private let fd: Int32
    private var buffer: UnsafeMutableRawBufferPointer?
    public let file: String
    private let errors = StreamErrors()

    private static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// A reader over the file at `url`, shown as `file` in errors.
    public init(contentsOf url: URL, file: String) throws {
        _ = XMLDocument.initialised
        self.file = file
        fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ParseError(file: file, message: "cannot be read") }
        var st = stat()
        if fstat(fd, &st) == 0 && st.st_size == 0 {
            close(fd)
            throw ParseError(file: file, message: "the file is empty")
        }
        guard let r = xmlReaderForFd(fd, file, nil, XMLStreamReader.options) else {
            close(fd)
            throw ParseError(file: file, message: "cannot be opened as XML")
        }
        reader = r
        installErrorHandler()
    }

    /// A reader over bytes in memory (copied, so the reader owns what it reads).
    public init(data: Data, file: String) throws {
        _ = XMLDocument.initialised
        self.file = file
        fd = -1
        guard !data.isEmpty else { throw ParseError(file: file, message: "the file is empty") }
        guard data.count <= Int(Int32.max) else { throw ParseError(file: file, message: "larger than 2 GiB in memory; read it from a file") }
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 1)
        copy.copyBytes(from: data)
        guard let r = xmlReaderForMemory(copy.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), file, nil,
                                         XMLStreamReader.options) else {
            copy.deallocate()
            throw ParseError(file: file, message: "cannot be opened as XML")
        }
        buffer = copy
        reader = r
        installErrorHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
        if fd >= 0 { close(fd) }
        buffer?.deallocate()
    }

    private func installErrorHandler() {
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let me = Unmanaged<StreamErrors>.fromOpaque(context).takeUnretainedValue()
            guard me.first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let text = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error"
            me.first = (Int(error.pointee.line), text)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    /// Calls `body` with each element named `localName` (in `namespaceURI`, or in no namespace
    /// when nil) and an XPath context to read it with; the element's subtree is freed afterwards.
    public func forEachElement(localName: String, namespaceURI: String?, namespaces: [String: String],
                               _ body: (XMLNode, XPathContext) throws -> Void) throws {
        var xpath: XPathContext?
        let name = Array(localName.utf8) + [0]
        let uri = namespaceURI.map { Array($0.utf8) + [0] }
        var ret = xmlTextReaderRead(reader)
        while ret == 1 {
            guard xmlTextReaderNodeType(reader) == rsdd_reader_element(), matches(name, uri) else {
                ret = xmlTextReaderRead(reader)
                continue
            }
            guard let node = xmlTextReaderExpand(reader) else { break }
            if xpath == nil, let doc = xmlTextReaderCurrentDoc(reader) {
                xpath = try XPathContext(doc: doc, owner: self, file: file, namespaces: namespaces)
            }
            try body(XMLNode(owner: self, node: node), xpath!)
            // Past the subtree: the reader frees the nodes it leaves behind.
            ret = xmlTextReaderNext(reader)
        }
        if ret < 0 || errors.first != nil {
            let e = errors.first
            throw ParseError(file: file, line: e?.line, message: "malformed: \(e?.message ?? "the reader stopped")")
        }
    }

    /// True when the current element has this local name (and namespace), both NUL-terminated UTF-8.
    private func matches(_ localName: [UInt8], _ namespaceURI: [UInt8]?) -> Bool {
        guard let n = xmlTextReaderConstLocalName(reader),
              localName.withUnsafeBufferPointer({ xmlStrEqual(n, $0.baseAddress) }) != 0 else { return false }
        let ns = xmlTextReaderConstNamespaceUri(reader)
        guard let namespaceURI else { return ns == nil }
        guard let ns else { return false }
        return namespaceURI.withUnsafeBufferPointer { xmlStrEqual(ns, $0.baseAddress) } != 0
    }
}

/// The first error the reader reported.
private final class StreamErrors {
    var first: (line: Int, message: String)?
}
