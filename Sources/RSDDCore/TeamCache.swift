import Foundation

/// `.rsdd/cache/teams.json`: the teams decoded from their files, by the SHA-256 of each file's
/// bytes, for this build of rsdd only. A file whose bytes are in it is not parsed as YAML again (ten
/// thousand team files took 1.7 s of a run with nothing new). Only files that decoded without a
/// problem are kept; a damaged, foreign or older cache is ignored and written again. Safe to delete.
public enum TeamCache {
    struct File: Codable {
        var build: String
        var teams: [String: TeamSpec]
    }

    public static func read(_ url: URL) -> [String: TeamSpec] {
        guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data),
              file.build == RSDDVersion.build else { return [:] }
        return file.teams
    }

    /// Writes `teams` (by file hash) atomically, into a workspace state folder that exists (a
    /// command that only reads, `rsdd check`, creates none); a cache that cannot be written is no error.
    public static func write(_ teams: [String: TeamSpec], to url: URL) {
        let state = url.deletingLastPathComponent().deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: state.path) else { return }
        guard let data = try? Files.jsonEncoder(pretty: false).encode(File(build: RSDDVersion.build, teams: teams)) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Files.writeAtomically(data, to: url)
    }
}
