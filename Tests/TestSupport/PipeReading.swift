import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Pipe {
    /// Everything written to the pipe until its writers close it. `readDataToEndOfFile` traps on
    /// EINTR (seen under load: a signal during a child's run crashed the whole test process);
    /// this reads with read(2) and retries an interrupted call.
    public func readAll() -> Data {
        let fd = fileHandleForReading.fileDescriptor
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                data.append(buffer, count: n)
            } else if n == 0 || errno != EINTR {
                return data
            }
        }
    }
}
