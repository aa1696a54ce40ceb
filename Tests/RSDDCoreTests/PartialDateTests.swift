import Foundation
import RSDDCore
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("2019", "2019", "2019-01-01", "2019-12-31"),
        ("2019-04", "2019-04", "2019-04-01", "2019-04-30"),
        ("2024-02", "2024-02", "2024-02-01", "2024-02-29"),
        ("2023-02-28", "2023-02-28", "2023-02-28", "2023-02-28"),
    ])
    func parsesAndSpans(text: String, shown: String, first: String, last: String) throws {
        let d = try #require(PartialDate(iso: text))
        #expect(d.description == shown)
        #expect(d.firstDay.description == first)
        #expect(d.lastDay.description == last)
    }

    @Test(arguments: ["", "19", "2019-13", "2019-4", "2023-02-29", "2019-04-31", "2019/04", "abcd", "2019-04-01-02"])
    func refusesWhatIsNotADate(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test func spansGoBackByTheCalendar() throws {
        let asOf = try #require(Day(iso: "2026-03-01"))
        #expect(Span(text: "5y")!.before(asOf).description == "2021-03-01")
        #expect(Span(text: "6mo")!.before(asOf).description == "2025-09-01")
        #expect(Span(text: "10d")!.before(asOf).description == "2026-02-19")
        #expect(Span(text: "24h")!.seconds == 86_400)
        #expect(Span(text: "5 years") == nil)
    }

    @Test(arguments: [("0000-0002-1825-0097", true), ("0000-0002-1825-0098", false), ("9999-0000-0000-006X", true),
                      ("0000-0002-1825-009", false), ("0000000218250097", false)])
    func checksORCIDs(id: String, valid: Bool) {
        #expect(ORCID.isValid(id) == valid)
    }
}
