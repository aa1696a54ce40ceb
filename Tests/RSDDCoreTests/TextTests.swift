import Foundation
import RSDDCore
import Testing

@Suite struct TextTests {
    /// `mayContain` is a test before Foundation's search: it may answer true where the search finds
    /// nothing, never false where it finds something.
    @Test func mayContainNeverMissesWhatFoundationFinds() {
        let lines = [
            "Fryazino Branch of the Kotel'nikov Institute", "FRYAZINO BRANCH OF THE INSTITUTE", "branch ofx", "Branch",
            "Saint-Petersburg – Branch of", "Key Laboratory of Science and Technology on Plasma Physics",
            "Institute of Physics, Chinese Academy of Sciences", "Bhabha Atomic Research Centre (BARC), Department of Atomic Energy",
            "X a.k.a. Y", "X (formerly Y)", "Osaka University", "北京 旧称 北平", "Name - CenEA", "Name – CenEA",
            "ſ ſtraße Branch of", "Ｂranch of", "", "a", ", ",
        ]
        let needles: [(String, Bool)] = [(" branch of ", true), (" Branch of ", true), ("echnology on ", false), (", ", false),
                                         ("), ", false), ("formerly", true), ("a.k.a.", true), ("aka", true), ("旧称", true),
                                         (" - ", false), (" – ", false), (": ", false)]
        for line in lines {
            for (needle, caseInsensitive) in needles {
                let found = line.range(of: needle, options: caseInsensitive ? .caseInsensitive : []) != nil
                if found { #expect(Text.mayContain(line, needle, caseInsensitive: caseInsensitive), "\(line) / \(needle)") }
            }
        }
        // And it does cut: the common case answers false.
        #expect(!Text.mayContain("Harbin Institute of Technology", ", "))
        #expect(!Text.mayContain("Harbin Institute of Technology", " branch of ", caseInsensitive: true))
        #expect(Text.mayContain("Harbin BRANCH OF Institute", " branch of ", caseInsensitive: true))
        #expect(!Text.mayContain("Harbin BRANCH OF Institute", " branch of "))
        #expect(Text.mayContain(Substring("x, y"), ", "))
        // A slice is searched within its own bytes only.
        #expect(!Text.mayContain("a, bc".dropFirst(2), ", "))
        // Without case, a byte beyond ASCII answers true: the Kelvin sign folds to "k".
        let kelvin = "X a\u{212A}a Y"
        #expect(kelvin.range(of: "aka", options: .caseInsensitive) != nil)
        #expect(Text.mayContain(kelvin, "aka", caseInsensitive: true))
        #expect(!Text.mayContain("X aha Y", "aka", caseInsensitive: true))
    }
}
