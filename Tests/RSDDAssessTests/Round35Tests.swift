import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing
import TestSupport
import RSDDParse

/// Round 35: the second pass of the table of listings' other names (names in their own script with
/// their legal form, short forms with an academy's or a group's letters, transliterations, own
/// English names, former names), and a group's name before its company's letters read as no name
/// of the company. The listings are real list cells or fictional ones in their form; the lines'
/// departments and places around the names are fictional.
@Suite struct Round35ResolveTests {
    /// "LLC Gazovik VNIIGF": the group and a legal form before the company's letters are no name of
    /// the company, so a co-author at the group is not at the company. The letters stay a part, and
    /// a head of two words beside its letters stays a name.
    @Test func aGroupBeforeItsCompanysLettersIsNoName() {
        let parts = NameParts.split("LLC Gazovik VNIIGF").map(\.text)
        #expect(!parts.contains("LLC Gazovik"))
        #expect(parts.contains("VNIIGF"))
        #expect(NameParts.split("Kurchatovskiy Institute ITEF").map(\.text).contains("Kurchatovskiy Institute"))
        #expect(NameParts.split("Fictional Gas Institute, OOO (LLC Gazovik VNIIGF)").map(\.text).contains("LLC Gazovik") == false)
        let index = EntityIndex(records: [
            Record(source: "l", id: "g", name: "Gazovik Fictional Research Institute of Natural Gases", aliases: ["LLC Gazovik VNIIGF"],
                   category: .entityOfConcern, country: "Russia"),
        ])
        #expect(index.listedIDs("Gazovik, Fictionville, Russia").isEmpty)
        #expect(index.listedIDs("Laboratory of Fictional Studies, Gazovik Fictional Research Institute of Natural Gases, Fictionville, Russia") == ["g"])
    }

    /// Lines that print a real listing under a name its list does not give, in the forms the second
    /// pass of the table added: a Russian name with its legal form, a former name, a Chinese name with
    /// its group first, an English short name. Each finds the listing on the real lists, and only in
    /// its country. (Skipped without `../shared/data`.)
    @Test func namesOfTheSecondPassFindRealListings() throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the real lists are needed for this test")
            return
        }
        var listed: [Record] = []
        for (id, file) in [("us-bis-entity-list", "us_csl/csl_2023-11_excerpt.csv"), ("jp-meti-eul", "jp_meti_eul/meti_end_user_list_20250929.xlsx")] {
            let spec = try YAMLFile.load(SourceSpec.self, from: repositoryRoot.appendingPathComponent("sources.d/\(id).yml"), displayPath: "sources.d/\(id).yml")
            _ = try RecordExtractor(source: spec).read(contentsOf: data.appendingPathComponent("lists/\(file)"), file: file) { listed.append($0) }
        }
        let index = EntityIndex(records: listed)
        func names(_ line: String) -> [String] { index.listings(for: OrganisationQuery(name: line)).map(\.record.name) }
        #expect(names("Отдел фиктивных систем, АО «ДНПП», г. Долгопрудный, Россия").contains { $0.hasPrefix("Dolgoprudny Research Production Enterprise") })
        #expect(names("Fictional Department, ОАО «Промгаз», Москва, Россия").contains { $0.hasPrefix("Gazprom Promgaz") })
        #expect(names("Fictional Laboratory, 中国航空工业集团有限公司济南特种结构研究所, 济南 250000, 中国").contains { $0.hasPrefix("AVIC Research Institute for Special Structures") })
        #expect(names("Fictional Design Department, MiG Corporation, Moscow, Russia").contains { $0.contains("MiG") })
        // The same names in another country's line: no listing.
        #expect(names("Fictional Design Department, MiG Corporation, Fictionville, Germany").isEmpty)
        // The group a listed company belongs to, alone: not the company.
        #expect(!names("Gazprom, Moscow, Russia").contains { $0.hasPrefix("Gazprom Vniigaz") })
    }

    /// "空军工程大学航空工程学院": a college of the university printed after it with no comma, read
    /// as a college or an institute, never as a university of its own that would reach another listed
    /// university by its words.
    @Test func aCollegeAfterItsUniversityIsNoUniversity() {
        let read = HanGlossary.translatedLines("空军工程大学航空工程学院, 西安 710038, 中国") ?? []
        #expect(!read.isEmpty)
        #expect(!read.contains { $0.contains("Aviation Engineering University") })
        #expect(read.contains { $0.contains("Aviation Engineering College") })
        // 学院 alone is read every way, as before.
        #expect((HanGlossary.translatedLines("空军航空工程学院, 西安, 中国") ?? []).contains { $0.contains("University") })
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Air Force Aviation University", category: .entityOfConcern, country: "China"),
            Record(source: "l", id: "e", name: "Air Force Engineering University", category: .entityOfConcern, country: "China"),
        ])
        #expect(index.listedIDs("空军工程大学航空工程学院, 西安 710038, 中国") == ["e"])
    }

    /// The caches' own file names, which alone their cleaning removes: the prepared registry's and
    /// the lookup cache's, by one rule.
    @Test func cacheFilesAreKnownByTheirNames() {
        #expect(PreparedCache.isOwn("0123456789abcdef01234567.prepared"))
        #expect(PreparedCache.isOwn("0123456789abcdef01234567.prepared.tmp"))
        #expect(PreparedCache.isOwn("0123456789abcdef01234567.bin", ext: "bin"))
        #expect(PreparedCache.isOwn("0123456789abcdef01234567.bin.tmp", ext: "bin"))
        #expect(!PreparedCache.isOwn("0123456789abcdef01234567.bin"))
        #expect(!PreparedCache.isOwn("notes.bin", ext: "bin"))
        #expect(!PreparedCache.isOwn("0123456789ABCDEF01234567.bin", ext: "bin"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rsdd-r35-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["0123456789abcdef01234567.bin", "fedcba9876543210fedcba98.bin", "fedcba9876543210fedcba98.bin.tmp", "mine.bin"] {
            FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data("x".utf8))
        }
        PreparedCache.removeOthers(keeping: dir.appendingPathComponent("0123456789abcdef01234567.bin"), ext: "bin")
        #expect(Set((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []) == ["0123456789abcdef01234567.bin", "mine.bin"])
    }
}
