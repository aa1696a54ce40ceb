import Foundation
import RSDDCore
import Testing

@Suite struct FilesTests {
    @Test func twoFoldersAreExchangedInOneStep() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rsdd-exchange-\(UUID().uuidString)")
        let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try Data("new".utf8).write(to: a.appendingPathComponent("f"))
        try Data("old".utf8).write(to: b.appendingPathComponent("f"))
        // On Linux the reports swap relies on this being atomic; elsewhere it may be unavailable.
        #if os(Linux)
        #expect(Files.exchange(a, b))
        #expect(try Data(contentsOf: b.appendingPathComponent("f")) == Data("new".utf8))
        #expect(try Data(contentsOf: a.appendingPathComponent("f")) == Data("old".utf8))
        #endif
        #expect(!Files.exchange(a, dir.appendingPathComponent("missing")))
    }

    @Test func sha256IsLowerCaseHex() {
        #expect(Files.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
