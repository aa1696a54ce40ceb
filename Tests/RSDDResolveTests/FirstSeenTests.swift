import Foundation
import RSDDCore
@testable import RSDDResolve
import Testing

/// A finding cites the snapshot its record was first read from as it reads now; a list that
/// repeats an id for two records gets each cited by its own bytes, and neither noted as seen.
@Suite struct FirstSeenTests {
    let now = Provenance(source: "list", title: "Fictional list", url: "file:///list.csv", retrieved: "2026-11-02T00:00:00Z", sha256: "bbbb")
    let before = Provenance(source: "", title: "", url: "file:///list.csv", retrieved: "2026-11-01T00:00:00Z", sha256: "aaaa")
    let alpha = Record(source: "list", id: "X", name: "Alpha Fictional Optics Corporation", category: .entityOfConcern, country: "XA")
    let beta = Record(source: "list", id: "X", name: "Beta Fictional Acoustics Laboratory", category: .entityOfConcern, country: "XA")

    @Test func aRecordReadAsBeforeCitesTheSnapshotItWasFirstReadFrom() {
        let lists = ListIndex(records: [alpha], provenance: ["list": now], seen: ["list:X": (ListIndex.digest(of: alpha), before)])
        #expect(lists.listings(for: Tie(member: "m1", type: .employment, org: alpha.name, origin: .declared)).first?.provenance.sha256 == "aaaa")
        #expect(lists.newlySeen.isEmpty)
        // A record that reads otherwise now is cited from the current snapshot, and noted.
        var changed = alpha
        changed.aliases = ["Alpha Optics"]
        let again = ListIndex(records: [changed], provenance: ["list": now], seen: ["list:X": (ListIndex.digest(of: alpha), before)])
        #expect(again.listings(for: Tie(member: "m1", type: .employment, org: alpha.name, origin: .declared)).first?.provenance.sha256 == "bbbb")
        #expect(again.newlySeen["list:X"]?.provenance.sha256 == "bbbb")
    }

    @Test func twoRecordsUnderOneIdAreEachCitedByTheirOwnBytes() {
        let lists = ListIndex(records: [alpha, beta], provenance: ["list": now], seen: ["list:X": (ListIndex.digest(of: alpha), before)])
        // Beta first: it must not take Alpha's older snapshot, nor Alpha Beta's.
        #expect(lists.provenance(of: beta)?.sha256 == "bbbb")
        #expect(lists.provenance(of: alpha)?.sha256 == "aaaa")
        #expect(lists.provenance(of: beta)?.sha256 == "bbbb")
        #expect(lists.newlySeen["list:X"] == nil, "a key with two records is noted for neither")
    }

    @Test func aTieNamingTheSecondRecordOfARepeatedIdCitesThatRecord() {
        // Two unrelated organisations under one id: each is its own entity, and a tie naming the
        // second is reported with the second's row (it used to get the first's).
        let lists = ListIndex(records: [alpha, beta], provenance: ["list": now])
        let hit = lists.listings(for: Tie(member: "m1", type: .employment, org: beta.name, origin: .declared))
        #expect(hit.map(\.record.name) == [beta.name])
        #expect(lists.listings(for: Tie(member: "m1", type: .employment, org: alpha.name, origin: .declared)).map(\.record.name) == [alpha.name])
        let entities = Set(lists.index.entities.filter { $0.records.contains("list:X") }.map(\.id))
        #expect(entities.count == 2, "each record in an entity of its own")
    }
}
