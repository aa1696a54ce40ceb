import Foundation
import RSDDCore
import RSDDParse
import Testing
import TestSupport

/// One zip member written by hand, so that its headers can lie: what the local header and the
/// central directory declare, and the bytes that follow.
struct CraftedMember {
    var path: String
    var method: UInt16 = 8
    var payload: [UInt8]
    var compressedSize: UInt32? = nil
    var uncompressedSize: UInt32
    var crc32: UInt32 = 0
    /// The local header's method and path, when they should disagree with the central directory.
    var localMethod: UInt16? = nil
    var localPath: String? = nil

    /// A member whose deflate data is `text` in one stored block, its sizes and checksum true
    /// unless overridden; `cut`, the block declares 65,535 bytes, so that the stream runs on
    /// through the rest of the file and stops at its end.
    static func deflated(_ path: String, _ text: String, cut: Bool = false) -> CraftedMember {
        let bytes = Array(text.utf8)
        let n = cut ? UInt16.max : UInt16(bytes.count)
        return CraftedMember(path: path, payload: [cut ? 0 : 1, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8(~n >> 8)] + bytes,
                             uncompressedSize: UInt32(bytes.count), crc32: crc(bytes))
    }

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = c & 1 == 1 ? (c >> 1) ^ 0xEDB8_8320 : c >> 1 }
        }
        return ~c
    }
}

/// A zip of `members`, local headers and data first, then the central directory and its end.
func craftedZip(_ members: [CraftedMember]) -> Data {
    var out: [UInt8] = []
    var directory: [UInt8] = []
    func le16(_ v: UInt16, _ into: inout [UInt8]) { into += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    func le32(_ v: UInt32, _ into: inout [UInt8]) { le16(UInt16(v & 0xFFFF), &into); le16(UInt16(v >> 16), &into) }
    for m in members {
        let offset = UInt32(out.count)
        let compressed = m.compressedSize ?? UInt32(m.payload.count)
        let localName = Array((m.localPath ?? m.path).utf8)
        le32(0x0403_4B50, &out); le16(20, &out); le16(0, &out); le16(m.localMethod ?? m.method, &out); le32(0, &out)
        le32(m.crc32, &out); le32(compressed, &out); le32(m.uncompressedSize, &out)
        le16(UInt16(localName.count), &out); le16(0, &out)
        out += localName + m.payload
        let name = Array(m.path.utf8)
        le32(0x0201_4B50, &directory); le16(20, &directory); le16(20, &directory); le16(0, &directory); le16(m.method, &directory)
        le32(0, &directory); le32(m.crc32, &directory); le32(compressed, &directory); le32(m.uncompressedSize, &directory)
        le16(UInt16(name.count), &directory); le16(0, &directory); le16(0, &directory); le16(0, &directory); le16(0, &directory)
        le32(0, &directory); le32(offset, &directory)
        directory += name
    }
    let directoryOffset = UInt32(out.count)
    out += directory
    le32(0x0605_4B50, &out); le16(0, &out); le16(0, &out); le16(UInt16(members.count), &out); le16(UInt16(members.count), &out)
    le32(UInt32(directory.count), &out); le32(directoryOffset, &out); le16(0, &out)
    return Data(out)
}

/// Damaged and lying zips through the XLSX and ROR readers: each is a one-line `ParseError`
/// naming the file and the member, found in well under a second; none hangs (ZIPFoundation's
/// reader spun for ever on the first) or unpacks past what it declares.
@Suite struct ZipTests {
    static let workbook = #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>"#

    static let damaged: [(String, CraftedMember)] = [
        ("a deflate stream that stops at the end of the file", .deflated("xl/workbook.xml", workbook, cut: true)),
        ("packed bytes declared past the end of the file", {
            var m = CraftedMember.deflated("xl/workbook.xml", workbook)
            m.compressedSize = 1 << 20
            return m
        }()),
        ("more bytes than declared", {
            var m = CraftedMember.deflated("xl/workbook.xml", workbook)
            m.uncompressedSize = 10
            return m
        }()),
        ("fewer bytes than declared", {
            var m = CraftedMember.deflated("xl/workbook.xml", workbook)
            m.uncompressedSize += 1
            return m
        }()),
        ("a local header with another method", {
            var m = CraftedMember.deflated("xl/workbook.xml", workbook)
            m.localMethod = 0
            return m
        }()),
        ("a local header with another path", {
            var m = CraftedMember.deflated("xl/workbook.xml", workbook)
            m.localPath = "xl/workbook.xmm"
            return m
        }()),
        ("a wrong checksum", {
            var m = CraftedMember.deflated("xl/workbook.xml", workbook)
            m.crc32 ^= 1
            return m
        }()),
    ]

    @Test(.timeLimit(.minutes(1)), arguments: damaged.indices)
    func aDamagedWorkbookIsAnErrorNamingTheMember(_ i: Int) throws {
        let (what, member) = Self.damaged[i]
        let e = try #require(throws: ParseError.self, "\(what)") { try XLSXReader().rows(craftedZip([member]), sheet: nil, file: "t.xlsx") }
        #expect(e.description.hasPrefix("t.xlsx: xl/workbook.xml cannot be unpacked ("), "\(what): \(e.description)")
        #expect(!e.description.contains("\n"))
    }

    /// The control: with true headers the same member unpacks (and the workbook it holds has no sheet).
    @Test func aCraftedWorkbookWithTrueHeadersIsUnpacked() throws {
        let e = try #require(throws: ParseError.self) { try XLSXReader().rows(craftedZip([.deflated("xl/workbook.xml", Self.workbook)]), sheet: nil, file: "t.xlsx") }
        #expect(e.description == "t.xlsx: the workbook has no sheet")
    }

    @Test(.timeLimit(.minutes(1)))
    func aRORReleaseCutShortIsAnError() throws {
        let file = try makeTemporaryDirectory().appendingPathComponent("ror.zip")
        try craftedZip([.deflated("v2.0-ror-data.json", "[" + String(repeating: " ", count: 1000) + "]", cut: true)]).write(to: file)
        let spec = try declare("id: ror\ntitle: R\nformat: ror\ncategory: registry\nurl: https://example.org/ror.zip\n")
        let e = try #require(throws: ParseError.self) { try RORReader(source: spec).read(contentsOf: file, file: "ror.zip") }
        #expect(e.description.hasPrefix("ror.zip: source ror: v2.0-ror-data.json cannot be unpacked ("), "\(e.description)")
    }
}

/// A ROR release is unpacked whole into memory: its schema-v2 JSON is refused for a declared size
/// over the limit (1 GiB; the real one is about 250 MB) or over 200 times its packed size (the real
/// one about 10), and stopped when it unpacks past what it declares.
@Suite struct RORZipBombTests {
    static let spec = try! declare("id: ror\ntitle: R\nformat: ror\ncategory: registry\nurl: https://example.org/ror.zip\n")

    func refusal(_ zip: Data, _ reader: RORReader = RORReader(source: spec)) throws -> ParseError {
        let file = try makeTemporaryDirectory().appendingPathComponent("ror.zip")
        try zip.write(to: file)
        return try #require(throws: ParseError.self) { try reader.read(contentsOf: file, file: "ror.zip") }
    }

    /// 8 MB of blanks from a zip of some KB: a bomb in small, refused before it is unpacked.
    @Test func aMemberThatDeclaresTooHighARatioIsRefused() throws {
        let e = try refusal(try zipArchive([("v2.0-ror-data.json", "[" + String(repeating: " ", count: 8 << 20) + "]")]))
        #expect(e.description.hasPrefix("ror.zip: source ror: v2.0-ror-data.json cannot be unpacked (it declares 8388610 bytes from "), "\(e.description)")
        #expect(e.message.contains("more than 200 times its packed size"))
    }

    @Test func aMemberOverTheSizeLimitIsRefused() throws {
        var reader = RORReader(source: Self.spec)
        reader.maxBytes = 100_000
        let e = try refusal(try zipArchive([("v2.0-ror-data.json", RegistryInPartsTests.dump(1000))]), reader)
        #expect(e.message.contains("over the limit of 100000"), "\(e.description)")
    }

    /// Declared sizes are not trusted: the bytes are counted as they unpack.
    @Test func aMemberThatUnpacksPastItsDeclaredSizeStops() throws {
        var member = CraftedMember.deflated("v2.0-ror-data.json", "[" + String(repeating: " ", count: 1000) + "]")
        member.uncompressedSize = 100
        let e = try refusal(craftedZip([member]))
        #expect(e.message == "v2.0-ror-data.json cannot be unpacked (it unpacks past its declared 100 bytes)", "\(e.description)")
    }
}
