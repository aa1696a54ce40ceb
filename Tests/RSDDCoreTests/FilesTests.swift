import Foundation
import RSDDCore
import Testing
import TestSupport

@Suite struct FilesTests {
    @Test func twoFoldersAreExchangedInOneStep() throws {
        let dir = temporaryPath("rsdd-exchange")
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

/// The array written element by element on every core is the encoder's own, byte for byte.
@Suite struct ParallelJSONTests {
    struct Item: Codable, Sendable {
        var name: String
        var tags: [String]
        var nested: [String: [Int]]
        var maybe: String?
    }

    @Test(arguments: [0, 1, 2, 65, 300])
    func theParallelArrayEqualsTheEncoders(count: Int) throws {
        let items = (0..<count).map { i in
            Item(name: "item \(i) \"quoted\"\nline", tags: i % 3 == 0 ? [] : ["a", "b/\(i)"], nested: i % 2 == 0 ? [:] : ["k": [i, i + 1], "e": []],
                 maybe: i % 5 == 0 ? nil : "x")
        }
        #expect(try Files.prettyJSONArray(items) == (try Files.jsonEncoder().encode(items)))
    }
}
