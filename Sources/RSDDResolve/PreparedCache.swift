import Foundation
import RSDDCore

/// A registry's records and their prepared names, kept from one run to the next: a registry of
/// 120,000 organisations changes once a release, and reading and preparing it was a third of a
/// run's time. One file per source snapshot, named by everything its content depends on (the
/// snapshot's hash, the declaration, and this very executable, so that any other build of rsdd
/// prepares again). A file that is missing, damaged or of another build is ignored and rewritten.
public enum PreparedCache {
    /// The file starts with this line, then the SHA-256 of the payload (64 hex digits), then the payload.
    static let magic = Array("rsdd-prepared-8\n".utf8)
    static let digestLength = 64

    /// The cache file for a snapshot of a source.
    public static func file(in dir: URL, source: String, sha256: String, declaration: Data) -> URL {
        let key = Files.sha256(Data((executableFingerprint + "\n" + sha256 + "\n").utf8) + declaration)
        return dir.appendingPathComponent(source).appendingPathComponent("\(key.prefix(24)).prepared")
    }

    /// What identifies this build of rsdd: the executable's path, size and modification time.
    static let executableFingerprint: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "rsdd"
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "\(RSDDVersion.current) \(path) \(size) \(modified)"
    }()

    /// The records and their prepared names in `file`, or nil when it cannot be used: another
    /// format, or a payload that differs from its digest (a flipped bit in a cached country would
    /// otherwise unlink a listed organisation from its registry names).
    public static func read(_ file: URL) -> [(Record, PairScorer.Prepared)]? {
        guard let data = try? Data(contentsOf: file, options: .alwaysMapped), data.count >= magic.count + digestLength,
              Array(data.prefix(magic.count)) == magic,
              String(decoding: data[(data.startIndex + magic.count)..<(data.startIndex + magic.count + digestLength)], as: UTF8.self)
                == Files.sha256(data.suffix(from: data.startIndex + magic.count + digestLength))
        else { return nil }
        return data.withUnsafeBytes { raw -> [(Record, PairScorer.Prepared)]? in
            var r = BinaryReader(bytes: raw.bindMemory(to: UInt8.self))
            // (An entry takes 40 bytes at least: a count beyond the bytes left is no file of this format.)
            guard r.take(magic.count + digestLength) != nil, let count = r.count(atLeast: 40) else { return nil }
            var out: [(Record, PairScorer.Prepared)] = []
            out.reserveCapacity(count)
            for _ in 0..<count {
                guard let e = r.preparedEntry() else { return nil }
                out.append(e)
            }
            return r.atEnd ? out : nil
        }
    }

    /// Writes the records and their prepared names to `file` (through a temporary file, so that
    /// a killed run leaves no half file). Failing to write is no error: the next run prepares again.
    public static func write(_ entries: [(Record, PairScorer.Prepared)], to file: URL) {
        let payload: Data = {
            var w = BinaryWriter()
            w.int(entries.count)
            for (record, p) in entries { w.preparedEntry(record, p) }
            return Data(w.bytes)
        }()
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = file.appendingPathExtension("tmp")
        // Written in three pieces: the payload (90 MB for 120,000 organisations) is not copied.
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(magic) + Data(Files.sha256(payload).utf8)),
              let handle = try? FileHandle(forWritingTo: temporary) else { return }
        defer { try? handle.close() }
        guard (try? handle.seekToEnd()) != nil, (try? handle.write(contentsOf: payload)) != nil else { return }
        _ = try? FileManager.default.removeItem(at: file)
        try? FileManager.default.moveItem(at: temporary, to: file)
    }

    /// Removes the source's other cache files (of earlier snapshots or builds): only files named as
    /// this cache names them (and their temporary files), nothing else a folder may hold.
    public static func removeOthers(of source: String, keeping file: URL) {
        removeOthers(keeping: file, ext: "prepared")
    }

    /// Removes the files beside `file` named as a cache names its files, `<24 hex digits>.<ext>`
    /// (and their temporary files, `.<ext>.tmp`), other than `file`: nothing else the folder may
    /// hold. (Also `LookupCache`'s.)
    static func removeOthers(keeping file: URL, ext: String) {
        let dir = file.deletingLastPathComponent()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where name != file.lastPathComponent && isOwn(name, ext: ext) {
            try? FileManager.default.removeItem(at: dir.appendingPathComponent(name))
        }
    }

    /// True for `<24 hex digits>.<ext>` and `<24 hex digits>.<ext>.tmp`.
    static func isOwn(_ name: String, ext: String = "prepared") -> Bool {
        let stem = name.hasSuffix(".\(ext).tmp") ? name.dropLast(ext.count + 5) : name.hasSuffix(".\(ext)") ? name.dropLast(ext.count + 1) : ""
        return Text.isLowerHex(String(stem), count: 24)
    }

    /// The cache folder above `file` (the cache itself, or its source's folder) that is a symbolic
    /// link, if any: such a cache is not used, since writing or cleaning it would touch files
    /// outside the workspace.
    public static func symbolicLink(above file: URL) -> URL? {
        let sourceDir = file.deletingLastPathComponent()
        return [sourceDir.deletingLastPathComponent(), sourceDir].first { dir in
            (try? FileManager.default.attributesOfItem(atPath: dir.path))?[.type] as? FileAttributeType == .typeSymbolicLink
        }
    }
}

/// A record and its prepared names, in the order `PreparedCache` writes them.
extension BinaryWriter {
    /// Every field of a record, in a fixed order (also what `EntityIndex.digest` hashes).
    mutating func record(_ r: Record) {
        string(r.source); string(r.id); string(r.kind.rawValue); string(r.name); strings(r.aliases)
        optional(r.category?.rawValue); optional(r.country); map(r.identifiers); strings(r.parents); map(r.children); map(r.related); strings(r.places)
    }

    mutating func preparedEntry(_ r: Record, _ p: PairScorer.Prepared) {
        record(r)
        nested(p.names); nested(p.sortedNames)
        strings(p.acronyms.sorted()); map(p.keys); map(p.compacts); strings(p.tokens.sorted()); strings(p.pairs.sorted())
        optional(p.country); map(p.identifiers)
        byte((p.person ? 1 : 0) | (p.registry ? 2 : 0) | (p.listed ? 4 : 0) | (p.folded ? 8 : 0))
        strings(p.skeletonNames.sorted().map(String.init)); strings(p.skeletonKeys.sorted())
        strings(p.namedAcronyms.sorted())
    }
}

extension BinaryReader {
    mutating func preparedEntry() -> (Record, PairScorer.Prepared)? {
        guard let source = string(), let id = string(), let kind = string().flatMap(RecordKind.init(rawValue:)), let name = string(),
              let aliases = strings(), let category = optional(), let country = optional(), let ids = map(), let parents = strings(), let children = map(), let related = map(), let places = strings(),
              let names = nested(), let sortedNames = nested(), let acronyms = strings(), let keys = map(), let compacts = map(),
              let tokens = strings(), let pairs = strings(), let pCountry = optional(), let pIDs = map(), let flags = take(1)?.first,
              let skeletonNames = strings(), let skeletonKeys = strings(), let namedAcronyms = strings()
        else { return nil }
        // A category this build does not know: not this build's cache.
        let listCategory = category.flatMap(ListCategory.init(rawValue:))
        if category != nil && listCategory == nil { return nil }
        let record = Record(source: source, id: id, kind: kind, name: name, aliases: aliases, category: listCategory, country: country,
                            identifiers: ids, parents: parents, children: children, related: related, places: places)
        let prepared = PairScorer.Prepared(names: names, sortedNames: sortedNames, acronyms: Set(acronyms), namedAcronyms: Set(namedAcronyms), keys: keys, compacts: compacts,
                                           tokens: Set(tokens), pairs: Set(pairs), country: pCountry, identifiers: pIDs,
                                           person: flags & 1 != 0, registry: flags & 2 != 0, listed: flags & 4 != 0, folded: flags & 8 != 0,
                                           skeletonNames: Set(skeletonNames.compactMap { Int($0) }), skeletonKeys: Set(skeletonKeys))
        return (record, prepared)
    }
}
