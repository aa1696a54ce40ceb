import CLibXML2
import Foundation

/// Reads a large XML file element by element with libxml2's `xmlTextReader`, so that memory
/// stays flat however large the file is: each record element is expanded into a small subtree,
/// handed to the caller, and freed as the reader moves on. Owns its reader (and the file
/// descriptor it reads) and frees them once in `deinit`. Never loads DTDs or external entities.
public final class XMLStreamReader {
    private let reader: xmlTextReaderPtr
    private let input: StreamInput
    public let file: String
    private let errors = StreamErrors()

    /// The most XML one record may span. A list's record is a few kilobytes; a record of millions
    /// of tiny children would expand to some thirty times its size in memory (40 MB took 1.3 GB),
    /// so past this the source fails alone, with a message naming the record's line.
    public static let defaultMaxRecordBytes = 8 << 20

    private static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// A reader over the file at `url`, shown as `file` in errors.
    public convenience init(contentsOf url: URL, file: String, maxRecordBytes: Int = XMLStreamReader.defaultMaxRecordBytes) throws {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ParseError(file: file, message: "cannot be read") }
        var st = stat()
        if fstat(fd, &st) == 0 && st.st_size == 0 {
            close(fd)
            throw ParseError(file: file, message: "the file is empty")
        }
        try self.init(input: StreamInput(fd: fd, maxRecordBytes: maxRecordBytes), file: file)
    }

    /// A reader over bytes in memory (copied, so the reader owns what it reads).
    public convenience init(data: Data, file: String, maxRecordBytes: Int = XMLStreamReader.defaultMaxRecordBytes) throws {
        guard !data.isEmpty else { throw ParseError(file: file, message: "the file is empty") }
        try self.init(input: StreamInput(data: data, maxRecordBytes: maxRecordBytes), file: file)
    }

    private init(input: StreamInput, file: String) throws {
        _ = XMLDocument.initialised
        self.file = file
        self.input = input
        // libxml2 pulls its input through these two callbacks, so that the bytes one record
        // takes can be counted, and refused, while it is being expanded.
        guard let r = xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer else { return -1 }
            return Unmanaged<StreamInput>.fromOpaque(context).takeUnretainedValue().read(into: buffer, length: Int(length))
        }, { _ in 0 }, Unmanaged.passUnretained(input).toOpaque(), file, nil, XMLStreamReader.options) else {
            throw ParseError(file: file, message: "cannot be opened as XML")
        }
        reader = r
        installErrorHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
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
            input.recordStarted()
            let expanded = xmlTextReaderExpand(reader)
            input.recordEnded()
            if input.overRecordLimit {
                throw ParseError(file: file, line: Int(xmlTextReaderGetParserLineNumber(reader)), message:
                    "a record spans more than \(input.maxRecordBytes >> 20) MB of XML (a list's record is a few KB): the source is not read")
            }
            guard let node = expanded else { break }
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

/// What the reader reads: a file descriptor or a copy of bytes in memory, owned here and closed
/// or freed once. Counts what it hands out so that one record's share can be bounded.
private final class StreamInput {
    private var fd: Int32
    private var memory: UnsafeMutableRawBufferPointer?
    private var offset = 0
    let maxRecordBytes: Int
    private var consumed = 0
    private var recordStart: Int?
    private(set) var overRecordLimit = false

    init(fd: Int32, maxRecordBytes: Int) {
        self.fd = fd
        self.maxRecordBytes = maxRecordBytes
    }

    init(data: Data, maxRecordBytes: Int) {
        fd = -1
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 1)
        copy.copyBytes(from: data)
        memory = copy
        self.maxRecordBytes = maxRecordBytes
    }

    deinit {
        if fd >= 0 { close(fd) }
        memory?.deallocate()
    }

    func recordStarted() { recordStart = consumed }
    func recordEnded() { recordStart = nil }

    /// Fills `buffer` with up to `length` bytes: the count, 0 at the end, -1 on an error or when
    /// the record being expanded has taken more than its share (the parser then stops).
    func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
        if let start = recordStart, consumed - start > maxRecordBytes {
            overRecordLimit = true
            return -1
        }
        var n: Int
        if let memory {
            n = min(length, memory.count - offset)
            if n > 0 { UnsafeMutableRawPointer(buffer).copyMemory(from: memory.baseAddress! + offset, byteCount: n) }
            offset += n
        } else {
            n = Foundation.read(fd, buffer, length)
            if n < 0 { return -1 }
        }
        consumed += n
        return Int32(n)
    }
}

/// The first error the reader reported.
private final class StreamErrors {
    var first: (line: Int, message: String)?
}
