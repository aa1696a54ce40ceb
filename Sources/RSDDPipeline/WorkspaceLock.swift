import Foundation
import RSDDCore

/// An exclusive lock on a workspace (`.rsdd/lock`, flock), so two runs never write the same state.
/// Released when the value is deinitialised or the process dies.
public final class WorkspaceLock {
    private let fd: Int32

    /// Takes the lock; when another process holds it, waits for it (`wait`) or throws `LockError.busy` at once.
    public init(workspace: Workspace, wait: Bool = false) throws {
        try FileManager.default.createDirectory(at: workspace.stateDir, withIntermediateDirectories: true)
        let path = workspace.stateDir.appendingPathComponent("lock").path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw LockError.cannotOpen(path) }
        if flock(fd, wait ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            throw LockError.busy(workspace.display(workspace.stateDir.appendingPathComponent("lock")))
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

/// Why a workspace lock could not be taken.
public enum LockError: Error, CustomStringConvertible {
    case busy(String)
    case cannotOpen(String)

    public var description: String {
        switch self {
        case .busy(let p): return "\(p): another rsdd process is working on this workspace; try again when it has finished"
        case .cannotOpen(let p): return "\(p): cannot open the lock file"
        }
    }
}
