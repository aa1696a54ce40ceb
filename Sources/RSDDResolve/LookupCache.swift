import Foundation
import RSDDCore

/// What the index answered for each counterparty name (`EntityIndex.lookup`), kept from one run to
/// the next: a nightly run re-assesses every team (the as-of date moves), and the lists and the
/// registry change far less often than that. Reading a name against tens of thousands of listed
/// names was most of a run's time. One file per index, named by everything an answer depends on:
/// every record of the index, the analysts' judgements, the previous run's entity ids, and this
/// very executable (`PreparedCache.executableFingerprint`), so that any other build of rsdd, and
/// any change of a list, answers afresh. A file that is missing, damaged or of another index is
/// ignored and rewritten. Round 34.
public enum LookupCache {
    /// The file starts with this line, then the SHA-256 of the payload (64 hex digits), then the payload.
    static let magic = Array("rsdd-lookups-1\n".utf8)
    static let digestLength = 64

    /// The cache file for `index` in `dir` (`.rsdd/cache`).
    public static func file(in dir: URL, index: EntityIndex) -> URL {
        let key = Files.sha256(Data((PreparedCache.executableFingerprint + "\n" + index.inputDigest + "\n").utf8))
        return dir.appendingPathComponent("lookups").appendingPathComponent("\(key.prefix(24)).bin")
    }

    /// The answers in `file` for `index`, or nil when it cannot be used: another format, a payload
    /// that differs from its digest, or a record position the index does not have.
    public static func read(_ file: URL, index: EntityIndex) -> [OrganisationQuery: EntityIndex.Answer]? {
        // (Not from a cache folder that is a symbolic link, as `write` does not write there.)
        guard PreparedCache.symbolicLink(above: file) == nil, let data = try? Data(contentsOf: file, options: .alwaysMapped), data.count >= magic.count + digestLength,
              Array(data.prefix(magic.count)) == magic,
              String(decoding: data[(data.startIndex + magic.count)..<(data.startIndex + magic.count + digestLength)], as: UTF8.self)
                == Files.sha256(data.suffix(from: data.startIndex + magic.count + digestLength))
        else { return nil }
        let records = index.records
        return data.withUnsafeBytes { raw -> [OrganisationQuery: EntityIndex.Answer]? in
            var r = BinaryReader(bytes: raw.bindMemory(to: UInt8.self))
            func hits() -> [RecordHit]? {
                // (A hit takes 28 bytes at least.)
                guard let n = r.count(atLeast: 28) else { return nil }
                var out: [RecordHit] = []
                for _ in 0..<n {
                    guard let position = r.int(), records.indices.contains(position), let entity = r.string(),
                          let score = r.string().flatMap(UInt64.init).map(Double.init(bitPattern:)), let features = r.map(),
                          let matched = r.string(), let normalised = r.string(), let via = r.strings() else { return nil }
                    let viaPositions = via.compactMap(Int.init)
                    guard viaPositions.count == via.count, viaPositions.allSatisfy(records.indices.contains) else { return nil }
                    out.append(RecordHit(record: records[position], entity: entity,
                                         explanation: MatchExplanation(score: score, features: features, matchedName: matched, normalised: normalised),
                                         via: viaPositions.map { records[$0] }))
                }
                return out
            }
            // (The index's own digest first: a file of another index is no answer of this one. An
            // entry takes 18 bytes at least: a count beyond the bytes left is no file of this format.)
            guard r.take(magic.count + digestLength) != nil, r.string() == index.inputDigest, let count = r.count(atLeast: 18) else { return nil }
            var out: [OrganisationQuery: EntityIndex.Answer] = [:]
            out.reserveCapacity(count)
            for _ in 0..<count {
                guard let name = r.string(), let identifiers = r.map(), let country = r.optional(), let flag = r.byte(), flag <= 1,
                      let listings = hits(), let near = hits() else { return nil }
                out[OrganisationQuery(name: name, identifiers: identifiers, country: country, countryFromName: flag == 1)] = (listings, near)
            }
            return r.atEnd ? out : nil
        }
    }

    /// Writes `index`'s answers to `file` (through a temporary file, so that a killed run leaves no
    /// half file), in a fixed order, and removes the files of other indexes beside it. Failing to
    /// write is no error: the next run answers again.
    public static func write(_ index: EntityIndex, to file: URL) {
        // (A fixed order, for the same bytes from the same answers: each query's key made once, as
        // its UTF-8 bytes, and compared bytewise; most queries give no identifier and no country.
        // Sorting the entries themselves by `String`'s order was most of the write's time.)
        let entries = Array(index.answers)
        let keys = entries.map { q, _ -> [UInt8] in
            let ids = q.identifiers.isEmpty ? "" : q.identifiers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\u{1F}")
            return Array("\(q.name)\u{0}\(q.country ?? "")\u{0}\(q.countryFromName ? 1 : 0)\u{0}\(ids)".utf8)
        }
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        let answers = order.map { entries[$0] }
        let position = index.recordPositions
        var w = BinaryWriter()
        func hits(_ list: [RecordHit]) -> Bool {
            w.int(list.count)
            for h in list {
                guard let p = position[h.record] else { return false }
                let via = h.via.compactMap { position[$0] }
                guard via.count == h.via.count else { return false }
                w.int(p); w.string(h.entity); w.string(String(h.explanation.score.bitPattern)); w.map(h.explanation.features)
                w.string(h.explanation.matchedName); w.string(h.explanation.normalised); w.strings(via.map(String.init))
            }
            return true
        }
        w.string(index.inputDigest)
        w.int(answers.count)
        for (q, a) in answers {
            w.string(q.name); w.map(q.identifiers); w.optional(q.country); w.byte(q.countryFromName ? 1 : 0)
            // (A hit on a record the index does not hold: no file rather than a wrong one.)
            guard hits(a.listings), hits(a.near) else { return }
        }
        let payload = Data(w.bytes)
        // (Not in a cache folder that is a symbolic link: writing or cleaning it would touch files
        // outside the workspace.)
        guard PreparedCache.symbolicLink(above: file) == nil else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = file.appendingPathExtension("tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(magic) + Data(Files.sha256(payload).utf8) + payload) else { return }
        _ = try? FileManager.default.removeItem(at: file)
        guard (try? FileManager.default.moveItem(at: temporary, to: file)) != nil else { return }
        // The files of other indexes (of earlier lists or builds): only files named as this cache
        // names them, nothing else the folder may hold.
        PreparedCache.removeOthers(keeping: file, ext: "bin")
    }
}
