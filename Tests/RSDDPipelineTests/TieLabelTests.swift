import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport
import Testing
import TestSupport

/// The picture of a team's ties (issue 21: tie labels were clipped behind the member boxes).
@Suite struct TieLabelTests {
    /// Every tie label lies in the space between the member and organisation columns, clear of
    /// the member boxes, and no two labels share a line.
    @Test func tieLabelsAreNeitherBehindABoxNorOnEachOther() throws {
        let ws = try demoCopy()
        let outcome = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        var seen = 0
        for a in outcome.assessments {
            let svg = TieGraph().svg(a)
            let labels = svg.matches(of: #/<text x="([0-9.]+)" y="([0-9.]+)" text-anchor="end" font-size="9" fill="#333333">([^<]*)</text>/#)
                .map { (x: Double($0.1)!, y: Double($0.2)!, text: String($0.3)) }
            let memberBoxes = svg.matches(of: #/<rect x="20" y="[0-9.]+" width="([0-9.]+)"/#).map { 20 + Double($0.1)! }
            let memberRight = memberBoxes.max() ?? 0
            for l in labels {
                // 9 px text: at most 5.8 px a character (DejaVu Sans's widest letters are 5.7).
                let left = l.x - Double(l.text.count) * 5.8
                #expect(left >= memberRight, "\(a.team): '\(l.text)' reaches x \(left), behind the member boxes (right edge \(memberRight))")
            }
            for (i, l) in labels.enumerated() {
                for m in labels[(i + 1)...] where m.x == l.x {
                    #expect(abs(m.y - l.y) >= 9, "\(a.team): '\(l.text)' and '\(m.text)' overlap")
                }
            }
            seen += labels.count
        }
        #expect(seen >= 8, "the demo's findings have labels")
    }
}
