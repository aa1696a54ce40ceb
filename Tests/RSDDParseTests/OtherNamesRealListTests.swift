import Foundation
@testable import RSDDCore
import RSDDParse
import Testing
import TestSupport

/// rsdd's table of listings' other names (`OtherNames`) names real cells: every listed name it
/// gives is a name or an alias of a record of the real lists it was written from, so that no
/// entry is dead (a cell the list never printed, or printed otherwise, would give its names to
/// nobody).
@Suite struct OtherNamesRealListTests {
    @Test func everyListedNameOfTheTableIsARealCell() throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is not beside the checkout; the table of other names is checked against the real lists")
            return
        }
        var cells = Set<String>()
        for (id, file) in [("us-bis-entity-list", "us_csl/csl_2023-11_excerpt.csv"), ("jp-meti-eul", "jp_meti_eul/meti_end_user_list_20250929.xlsx"),
                           ("us-dod-1286", "us_dod_1286/section_1286.csv")] {
            let spec = try YAMLFile.load(SourceSpec.self, from: repositoryRoot.appendingPathComponent("sources.d/\(id).yml"), displayPath: "sources.d/\(id).yml")
            _ = try RecordExtractor(source: spec).read(contentsOf: data.appendingPathComponent("lists/\(file)"), file: file) { r in
                for n in [r.name] + r.aliases { cells.insert(OtherNames.key(n)) }
            }
        }
        #expect(cells.count > 1000)
        for entry in OtherNames.entries + OtherNames.lists {
            for listed in entry.listed {
                #expect(cells.contains(OtherNames.key(listed)), "no real cell reads “\(listed)”: its other names would reach no listing")
            }
        }
    }
}
