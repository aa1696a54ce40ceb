import Foundation

/// rsdd's version, printed in reports and the User-Agent.
public enum RSDDVersion {
    public static let current = "0.1.0"

    /// This program's file, by path, size and modification time, after the version: a rebuilt rsdd
    /// may read or write otherwise under the same version number, so what it cached or wrote
    /// from the same inputs is not taken for its own.
    public static let build: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "?"
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "\(current) \(path) \(size) \(modified)"
    }()
}
