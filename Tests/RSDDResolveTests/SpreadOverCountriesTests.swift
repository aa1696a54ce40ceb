import RSDDCore
@testable import RSDDResolve
import Testing

/// Whether a word is spread over listed organisations of several countries must not depend on the
/// order of the listings: a contested region (UA-43, Crimea) is the same country as Ukraine and as
/// Russia, which are not the same as each other. Organisations here are fictional.
@Suite struct SpreadOverCountriesTests {
    @Test(arguments: [[0, 1, 2], [1, 0, 2], [2, 1, 0], [0, 2, 1]])
    func everyPairOfCountriesCountsWhateverTheOrder(order: [Int]) {
        let rows = [
            Record(source: "e", id: "crimea", name: "Fictional Zelkova Winery", category: .entityOfConcern, country: "UA",
                   places: ["Fictional Str. 1, Yalta, Crimea, 98600, UA"]),
            Record(source: "e", id: "ru", name: "Fictional Zelkova Plant", category: .entityOfConcern, country: "RU"),
            Record(source: "e", id: "ua", name: "Fictional Zelkova Works", category: .entityOfConcern, country: "UA",
                   places: ["Fictional Str. 2, Kyiv, 03062, UA"]),
        ]
        let index = EntityIndex(records: order.map { rows[$0] })
        #expect(index.spreadOverCountries("zelkova"), "Russia and Ukraine both list a Zelkova")
        let twoOnly = EntityIndex(records: order.filter { $0 != 2 }.map { rows[$0] })
        #expect(!twoOnly.spreadOverCountries("zelkova"), "Crimea and Russia: one country as far as a name can tell")
    }
}
