import Foundation

/// `.rsdd/cache/teams.bin`: the teams decoded from their files, by the SHA-256 of each file's
/// bytes, for this build of rsdd only. A file whose bytes are in it is not parsed as YAML again (ten
/// thousand team files took 1.7 s of a run with nothing new). Only files that decoded without a
/// problem are kept, each with the SHA-256 of its JSON encoding (the team's digest in a run's
/// inputs). Its first line names the build and the SHA-256 of the rest: a damaged cache (a flipped
/// bit in an organisation's name would drop a tie), a foreign or an older one is ignored and
/// written again. Safe to delete.
///
/// The rest is binary (`BinaryWriter`'s layout, in the order of `TeamSpec`'s fields): decoding the
/// teams' JSON with `Codable` took a tenth of an assess of 10,000 teams, this a fiftieth.
public enum TeamCache {
    static let tag = "rsdd-team-cache/3"

    /// A team as the cache keeps it: decoded, with the SHA-256 of its JSON encoding.
    public struct Entry: Sendable, Hashable {
        public var team: TeamSpec
        public var digest: String
        public init(team: TeamSpec, digest: String) {
            self.team = team
            self.digest = digest
        }
    }

    public static func header(payload: Data) -> String {
        "\(tag) \(Files.sha256(Data(RSDDVersion.build.utf8))) \(Files.sha256(payload))"
    }

    /// File hash → the team and its digest; an empty dictionary when the cache is absent, damaged
    /// or another build's.
    public static func read(_ url: URL) -> [String: Entry] {
        guard let data = try? Data(contentsOf: url), let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return [:] }
        let payload = data[(newline + 1)...]
        guard String(decoding: data[..<newline], as: UTF8.self) == header(payload: Data(payload)) else { return [:] }
        return payload.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [String: Entry] in
            var r = BinaryReader(bytes: raw.bindMemory(to: UInt8.self))
            // (An entry takes 100 bytes at least: a count beyond the bytes left is no cache of this format.)
            guard let count = r.count(atLeast: 100) else { return [:] }
            var teams: [String: Entry] = [:]
            teams.reserveCapacity(count)
            for _ in 0..<count {
                guard let hash = r.string(), let entry = r.teamEntry() else { return [:] }
                teams[hash] = entry
            }
            return r.atEnd ? teams : [:]
        }
    }

    /// Writes `teams` (file hash → the team and its digest) atomically, into a workspace state
    /// folder that exists (a command that only reads, `rsdd check`, creates none); a cache that
    /// cannot be written is no error. The JSON cache that earlier builds wrote, `teams.json`, goes.
    public static func write(_ teams: [String: Entry], to url: URL) {
        let state = url.deletingLastPathComponent().deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: state.path) else { return }
        var w = BinaryWriter()
        w.int(teams.count)
        for (hash, entry) in teams.sorted(by: { $0.key < $1.key }) {
            w.string(hash)
            w.teamEntry(entry)
        }
        let payload = Data(w.bytes)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Files.writeAtomically(Data((header(payload: payload) + "\n").utf8) + payload, to: url)
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent().appendingPathComponent("teams.json"))
    }
}

/// A team and its digest, in the order of `TeamSpec`'s fields (`TeamCache`).
extension BinaryWriter {
    mutating func date(_ d: PartialDate?) {
        byte(d == nil ? 0 : 1)
        guard let d else { return }
        int(d.year)
        int(d.month ?? 0)
        int(d.day ?? 0)
    }
    mutating func teamEntry(_ e: TeamCache.Entry) {
        string(e.digest)
        let t = e.team
        string(t.id)
        string(t.title)
        optional(t.programme)
        string(t.sensitivity.rawValue)
        int(t.members.count)
        for m in t.members {
            string(m.id)
            string(m.name)
            string(m.role.rawValue)
            optional(m.orcid)
            optional(m.researchmap)
            optional(m.kaken)
            int(m.ties.count)
            for tie in m.ties {
                string(tie.type.rawValue)
                string(tie.org)
                optional(tie.ror)
                optional(tie.country)
                date(tie.start)
                date(tie.end)
            }
        }
    }
}

extension BinaryReader {
    mutating func date() -> PartialDate?? {
        guard let present = byte(), present <= 1 else { return nil }
        guard present == 1 else { return .some(nil) }
        guard let y = int(), let m = int(), let d = int(), y > 0, (0...12).contains(m), (0...31).contains(d) else { return nil }
        return .some(PartialDate(year: y, month: m == 0 ? nil : m, day: d == 0 ? nil : d))
    }
    mutating func teamEntry() -> TeamCache.Entry? {
        // (A member takes 20 bytes at least, a tie 14.)
        guard let digest = string(), let id = string(), let title = string(), let programme = optional(),
              let sensitivity = string().flatMap(Sensitivity.init(rawValue:)), let memberCount = count(atLeast: 20) else { return nil }
        var members: [MemberSpec] = []
        members.reserveCapacity(memberCount)
        for _ in 0..<memberCount {
            guard let mid = string(), let name = string(), let role = string().flatMap(MemberSpec.Role.init(rawValue:)),
                  let orcid = optional(), let researchmap = optional(), let kaken = optional(), let tieCount = count(atLeast: 14) else { return nil }
            var ties: [DeclaredTie] = []
            ties.reserveCapacity(tieCount)
            for _ in 0..<tieCount {
                guard let type = string().flatMap(TieType.init(rawValue:)), let org = string(), let ror = optional(),
                      let country = optional(), let start = date(), let end = date() else { return nil }
                ties.append(DeclaredTie(type: type, org: org, ror: ror, country: country, start: start, end: end))
            }
            members.append(MemberSpec(id: mid, name: name, role: role, orcid: orcid, researchmap: researchmap, kaken: kaken, ties: ties))
        }
        let team = TeamSpec(id: id, title: title, programme: programme, sensitivity: sensitivity, members: members)
        // (The checks a team file's decoding makes, so that the cache holds no team its YAML could
        // not give: a file written by another hand is ignored whole.)
        guard TeamSpec.problem(withID: id) == nil, members.allSatisfy(\.isWellFormed) else { return nil }
        return TeamCache.Entry(team: team, digest: digest)
    }
}
