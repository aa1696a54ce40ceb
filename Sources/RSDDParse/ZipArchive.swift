import CLibZ
import Foundation

/// A zip file (an XLSX workbook, a ROR release) read with every size checked: its central
/// directory against the file, each local header against the central directory, and each
/// member's bytes counted as they unpack, so that a damaged or hostile zip is an error, never a
/// hang or a bomb. ZIPFoundation's reader (on Linux) spun for ever on a deflate stream that runs
/// to the end of the file, read past a short chunk, and trusted the declared sizes.
final class ZipArchive {
    /// One member, as the central directory declares it.
    struct Entry {
        var path: String
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64
    }

    /// How much a member may unpack to: a size, and a ratio of unpacked to packed bytes (nil: any).
    struct Limits {
        var maxBytes: UInt64
        var maxRatio: UInt64?
    }

    /// The bytes: a file read by offset, or bytes in memory.
    private enum Storage {
        case file(FileHandle)
        case data(Data)
    }

    private let storage: Storage
    private let size: UInt64
    private let file: String
    /// The members in the central directory's order.
    let entries: [Entry]

    /// The zip at `url`; `file` names it in errors, `kind` says what it should be ("an XLSX workbook").
    convenience init(contentsOf url: URL, file: String, kind: String) throws {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw ParseError(file: file, message: "cannot be read (\(error.localizedDescription))")
        }
        let size: UInt64
        do { size = try handle.seekToEnd() } catch {
            throw ParseError(file: file, message: "cannot be read (\(error.localizedDescription))")
        }
        try self.init(storage: .file(handle), size: size, file: file, kind: kind)
    }

    /// The zip held in `data`; see `init(contentsOf:file:kind:)`.
    convenience init(_ data: Data, file: String, kind: String) throws {
        try self.init(storage: .data(data), size: UInt64(data.count), file: file, kind: kind)
    }

    private init(storage: Storage, size: UInt64, file: String, kind: String) throws {
        self.storage = storage
        self.size = size
        self.file = file
        do {
            entries = try ZipArchive.centralDirectory(read: { try ZipArchive.read(storage, size, file, at: $0, count: $1) }, size: size, file: file)
        } catch let e as ParseError {
            throw ParseError(file: file, message: "not \(kind) (\(e.message))")
        }
    }

    deinit {
        if case .file(let handle) = storage { try? handle.close() }
    }

    /// The member at `path`, if the zip has one.
    subscript(path: String) -> Entry? { entries.first { $0.path == path } }

    private func read(at offset: UInt64, count: Int) throws -> Data {
        try ZipArchive.read(storage, size, file, at: offset, count: count)
    }

    /// Exactly `count` bytes at `offset`, or an error saying that the zip ends before them.
    private static func read(_ storage: Storage, _ size: UInt64, _ file: String, at offset: UInt64, count: Int) throws -> Data {
        guard offset <= size, UInt64(count) <= size - offset else {
            throw ParseError(file: file, message: "not a readable zip (it ends at byte \(size), before the \(count) bytes at \(offset) that it declares)")
        }
        switch storage {
        case .data(let data):
            let start = data.startIndex + Int(offset)
            return data.subdata(in: start..<start + count)
        case .file(let handle):
            let bytes: Data
            do {
                try handle.seek(toOffset: offset)
                bytes = try handle.read(upToCount: count) ?? Data()
            } catch {
                throw ParseError(file: file, message: "cannot be read (\(error.localizedDescription))")
            }
            guard bytes.count == count else { throw ParseError(file: file, message: "not a readable zip (it changed while read)") }
            return bytes
        }
    }

    // MARK: - The central directory

    /// The members listed by the end-of-central-directory record (zip64 where it says so).
    private static func centralDirectory(read: (UInt64, Int) throws -> Data, size: UInt64, file: String) throws -> [Entry] {
        func refuse(_ why: String) -> ParseError { ParseError(file: file, message: "not a readable zip (\(why))") }
        // The end record is 22 bytes and a comment of at most 65,535: search that tail backwards.
        let tailCount = Int(min(size, 22 + 0xFFFF))
        let tail = [UInt8](try read(size - UInt64(tailCount), tailCount))
        guard tail.count >= 22, let at = stride(from: tail.count - 22, through: 0, by: -1).first(where: { tail.le32($0) == 0x0605_4B50 }) else {
            throw refuse("no end of central directory")
        }
        var count = UInt64(tail.le16(at + 10))
        var directorySize = UInt64(tail.le32(at + 12))
        var directoryOffset = UInt64(tail.le32(at + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            let locatorAt = size - UInt64(tailCount) + UInt64(at)
            guard locatorAt >= 20 else { throw refuse("a zip64 end record without its locator") }
            let locator = [UInt8](try read(locatorAt - 20, 20))
            guard locator.le32(0) == 0x0706_4B50 else { throw refuse("a zip64 end record without its locator") }
            let record = [UInt8](try read(locator.le64(8), 56))
            guard record.le32(0) == 0x0606_4B50 else { throw refuse("the zip64 locator points at no zip64 end record") }
            count = record.le64(32)
            directorySize = record.le64(40)
            directoryOffset = record.le64(48)
        }
        guard directoryOffset <= size, directorySize <= size - directoryOffset, count <= directorySize / 46 + 1 else {
            throw refuse("its central directory of \(count) members and \(directorySize) bytes at \(directoryOffset) lies outside the file of \(size) bytes")
        }
        let directory = [UInt8](try read(directoryOffset, Int(directorySize)))
        var entries: [Entry] = []
        var p = 0
        for _ in 0..<count {
            guard p + 46 <= directory.count, directory.le32(p) == 0x0201_4B50 else { throw refuse("a damaged central directory entry at byte \(directoryOffset + UInt64(p))") }
            let nameCount = Int(directory.le16(p + 28))
            let extraCount = Int(directory.le16(p + 30))
            let commentCount = Int(directory.le16(p + 32))
            guard p + 46 + nameCount + extraCount + commentCount <= directory.count else { throw refuse("a central directory entry runs past the directory") }
            var entry = Entry(path: String(decoding: directory[p + 46 ..< p + 46 + nameCount], as: UTF8.self),
                              method: directory.le16(p + 10), flags: directory.le16(p + 8), crc32: directory.le32(p + 16),
                              compressedSize: UInt64(directory.le32(p + 20)), uncompressedSize: UInt64(directory.le32(p + 24)),
                              localHeaderOffset: UInt64(directory.le32(p + 42)))
            // The zip64 extra field holds, in this order, each of these that reads 0xFFFFFFFF.
            var x = p + 46 + nameCount
            let extraEnd = x + extraCount
            while x + 4 <= extraEnd {
                let id = directory.le16(x)
                let length = Int(directory.le16(x + 2))
                guard x + 4 + length <= extraEnd else { break }
                if id == 0x0001 {
                    var v = x + 4
                    for field in [\Entry.uncompressedSize, \Entry.compressedSize, \Entry.localHeaderOffset] where entry[keyPath: field] == 0xFFFF_FFFF {
                        guard v + 8 <= x + 4 + length else { throw refuse("\(entry.path): a short zip64 extra field") }
                        entry[keyPath: field] = directory.le64(v)
                        v += 8
                    }
                }
                x += 4 + length
            }
            entries.append(entry)
            p += 46 + nameCount + extraCount + commentCount
        }
        return entries
    }

    // MARK: - Unpacking

    /// Unpacks `entry`, handing its bytes to `consume` in chunks. Throws a `ParseError` naming
    /// the member when its local header disagrees with the central directory, when its packed
    /// bytes run past the end of the file or stop before the deflate stream ends, when it unpacks
    /// to more than `limits` or to another size or checksum than declared.
    func extract(_ entry: Entry, limits: Limits, consume: (Data) throws -> Void) throws {
        let path = entry.path
        func refuse(_ why: String) -> ParseError { ParseError(file: file, message: "\(path) cannot be unpacked (\(why))") }
        guard entry.flags & 1 == 0 else { throw refuse("it is encrypted") }
        guard entry.method == 0 || entry.method == 8 else { throw refuse("compression method \(entry.method), not stored or deflate") }
        guard entry.uncompressedSize <= limits.maxBytes else {
            throw refuse("it declares \(entry.uncompressedSize) bytes, over the limit of \(limits.maxBytes)")
        }
        // (A zip64 size times the ratio may pass 2^64: then no size is over it.)
        if let ratio = limits.maxRatio, case let (most, overflow) = max(entry.compressedSize, 1).multipliedReportingOverflow(by: ratio),
           !overflow, entry.uncompressedSize > most {
            throw refuse("it declares \(entry.uncompressedSize) bytes from \(entry.compressedSize), more than \(ratio) times its packed size")
        }
        let header = [UInt8](try read(at: entry.localHeaderOffset, count: 30))
        guard header.le32(0) == 0x0403_4B50 else { throw refuse("no local header at byte \(entry.localHeaderOffset)") }
        let nameCount = Int(header.le16(26))
        let localName = try read(at: entry.localHeaderOffset + 30, count: nameCount)
        guard header.le16(8) == entry.method, String(decoding: localName, as: UTF8.self) == path else {
            throw refuse("its local header disagrees with the central directory")
        }
        // Without a data descriptor (flag 3) the local header repeats the sizes and checksum;
        // 0xFFFFFFFF defers a size to the zip64 extra field.
        if entry.flags & 8 == 0 {
            func agrees(_ local: UInt32, _ central: UInt64) -> Bool { local == 0xFFFF_FFFF || UInt64(local) == central }
            guard header.le32(14) == entry.crc32, agrees(header.le32(18), entry.compressedSize), agrees(header.le32(22), entry.uncompressedSize) else {
                throw refuse("its local header disagrees with the central directory")
            }
        }
        let dataOffset = entry.localHeaderOffset + 30 + UInt64(nameCount) + UInt64(header.le16(28))
        guard dataOffset <= size, entry.compressedSize <= size - dataOffset else {
            throw refuse("its \(entry.compressedSize) packed bytes at \(dataOffset) run past the end of the file at \(size): truncated")
        }
        var produced: UInt64 = 0
        var crc = crc32(0, nil, 0)
        func emit(_ chunk: Data) throws {
            produced += UInt64(chunk.count)
            if produced > entry.uncompressedSize { throw refuse("it unpacks past its declared \(entry.uncompressedSize) bytes") }
            crc = chunk.withUnsafeBytes { crc32(crc, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count)) }
            try consume(chunk)
        }
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else { throw refuse("stored with \(entry.compressedSize) bytes but declared \(entry.uncompressedSize)") }
            var offset: UInt64 = 0
            while offset < entry.compressedSize {
                let count = Int(min(entry.compressedSize - offset, ZipArchive.chunk))
                try emit(try read(at: dataOffset + offset, count: count))
                offset += UInt64(count)
            }
        } else {
            try inflate(from: dataOffset, count: entry.compressedSize, refuse: refuse, emit: emit)
        }
        guard produced == entry.uncompressedSize else { throw refuse("it unpacks to \(produced) bytes, not the \(entry.uncompressedSize) it declares") }
        guard crc == uLong(entry.crc32) else { throw refuse("its checksum does not match") }
    }

    private static let chunk: UInt64 = 256 << 10

    /// Inflates the `count` packed bytes at `offset`: every turn of the loop either reads
    /// packed bytes (of which there are `count`) or hands on a full buffer (which `emit` bounds),
    /// so that it ends, with an error when the stream is damaged or cut short.
    private func inflate(from offset: UInt64, count: UInt64, refuse: (String) -> ParseError, emit: (Data) throws -> Void) throws {
        var stream = z_stream()
        guard rsdd_inflate_init_raw(&stream) == Z_OK else { throw refuse("zlib cannot start") }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(ZipArchive.chunk))
        var read: UInt64 = 0
        var ended = false
        while !ended {
            guard read < count else { throw refuse("its deflate stream stops before its end: truncated") }
            var input = [UInt8](try self.read(at: offset + read, count: Int(min(count - read, ZipArchive.chunk))))
            read += UInt64(input.count)
            try input.withUnsafeMutableBufferPointer { inBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                repeat {
                    let result = output.withUnsafeMutableBufferPointer { outBuffer in
                        stream.next_out = outBuffer.baseAddress
                        stream.avail_out = uInt(outBuffer.count)
                        return CLibZ.inflate(&stream, Z_NO_FLUSH)
                    }
                    let made = output.count - Int(stream.avail_out)
                    switch result {
                    case Z_STREAM_END: ended = true
                    case Z_OK: break
                    case Z_BUF_ERROR where made == 0 && stream.avail_in == 0: break
                    default: throw refuse("damaged deflate data (zlib \(result))")
                    }
                    if made > 0 { try emit(Data(output[0..<made])) }
                } while !ended && stream.avail_out == 0
                guard ended || stream.avail_in == 0 else { throw refuse("zlib stopped with input left") }
            }
        }
        guard read == count, stream.avail_in == 0 else { throw refuse("its deflate stream ends before its \(count) packed bytes") }
    }
}

private extension [UInt8] {
    func le16(_ i: Int) -> UInt16 { UInt16(self[i]) | UInt16(self[i + 1]) << 8 }
    func le32(_ i: Int) -> UInt32 { UInt32(le16(i)) | UInt32(le16(i + 2)) << 16 }
    func le64(_ i: Int) -> UInt64 { UInt64(le32(i)) | UInt64(le32(i + 4)) << 32 }
}
