import Foundation

/// `.rsdd/cache/teams.json`: the teams decoded from their files, by the SHA-256 of each file's
/// bytes, for this build of rsdd only. A file whose bytes are in it is not parsed as YAML again (ten
/// thousand team files took 1.7 s of a run with nothing new). Only files that decoded without a
/// problem are kept. Its first line names the build and the SHA-256 of the rest: a damaged cache
/// (a flipped bit in an organisation's name would drop a tie), a foreign or an older one is
/// ignored and written again. Safe to delete.
public enum TeamCache {
    static let tag = "rsdd-team-cache/2"

    static func header(payload: Data) -> String {
        "\(tag) \(Files.sha256(Data(RSDDVersion.build.utf8))) \(Files.sha256(payload))"
    }

    /// File hash → the team as JSON (rsdd's encoding, one line each: `hash<TAB>json`), decoded
    /// by the caller on every core; an empty dictionary when the cache is absent, damaged or
    /// another build's.
    public static func read(_ url: URL) -> [String: Data] {
        guard let data = try? Data(contentsOf: url), let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return [:] }
        let payload = data[(newline + 1)...]
        guard String(decoding: data[..<newline], as: UTF8.self) == header(payload: Data(payload)) else { return [:] }
        // Cut by a scan of the bytes (`Data.split` took 0.27 s for 10,000 teams, this 0.02 s).
        return payload.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [String: Data] in
            let b = raw.bindMemory(to: UInt8.self)
            var teams: [String: Data] = [:]
            var i = 0
            while i < b.count {
                var tab = i
                while tab < b.count && b[tab] != UInt8(ascii: "\t") && b[tab] != UInt8(ascii: "\n") { tab += 1 }
                var end = tab
                while end < b.count && b[end] != UInt8(ascii: "\n") { end += 1 }
                guard tab < end else { return [:] }  // a line without its tab: not this cache
                teams[String(decoding: UnsafeBufferPointer(rebasing: b[i..<tab]), as: UTF8.self)] = Data(UnsafeBufferPointer(rebasing: b[(tab + 1)..<end]))
                i = end + 1
            }
            return teams
        }
    }

    /// Writes `teams` (file hash → the team as JSON) atomically, into a workspace state folder
    /// that exists (a command that only reads, `rsdd check`, creates none); a cache that cannot be
    /// written is no error.
    public static func write(_ teams: [String: Data], to url: URL) {
        let state = url.deletingLastPathComponent().deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: state.path) else { return }
        var payload = Data()
        for (hash, json) in teams.sorted(by: { $0.key < $1.key }) {
            payload.append(contentsOf: hash.utf8)
            payload.append(UInt8(ascii: "\t"))
            payload.append(json)
            payload.append(UInt8(ascii: "\n"))
        }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Files.writeAtomically(Data((header(payload: payload) + "\n").utf8) + payload, to: url)
    }
}
