import Foundation
import RSDDCore
import RSDDParse
import Testing
import TestSupport

@Suite struct ORCIDReaderTests {
    func read(_ url: URL) throws -> [PublicTie] {
        try ORCIDReader(source: "orcid").read(try Data(contentsOf: url), file: url.lastPathComponent, orcid: nil)
    }

    @Test func readsTheDemoRecord() throws {
        let url = repositoryRoot.appendingPathComponent("examples/demo/snapshots/orcid/9999-0000-0000-0043.xml")
        let ties = try read(url)
        #expect(ties.map(\.tie) == [.employment, .appointment, .funding])
        #expect(ties.allSatisfy { $0.memberKey == "9999-0000-0000-0043" })
        let kestrel = try #require(ties.first { $0.tie == .appointment })
        #expect(kestrel.org == "Kestrel Dynamics Limited")
        #expect(kestrel.orgCountry == "XB")
        #expect(kestrel.role == "Adjunct Scientist")
        #expect(kestrel.start == PartialDate(year: 2023, month: 7))
        #expect(kestrel.end == nil)
        #expect(kestrel.putCode == "300")
        let funding = try #require(ties.first { $0.tie == .funding })
        #expect(funding.org == "Harborlight Foundation for Innovation")
        #expect(funding.title == "Adaptive control for small autonomous vessels")
        #expect(funding.end == PartialDate(year: 2027, month: 12))
    }

    @Test func readsDisambiguatedIdentifiers() throws {
        let url = repositoryRoot.appendingPathComponent("examples/demo/snapshots/orcid/9999-0000-0000-0019.xml")
        let ties = try read(url)
        let employment = try #require(ties.first { $0.tie == .employment })
        #expect(employment.orgIDs == ["ror": "https://ror.org/099example"])
        #expect(employment.department == "Department of Materials")
        #expect(ties.contains { $0.tie == .education && $0.org == "Hillcrest Technical College" })
    }

    /// The official ORCID v3.0 samples in ../shared/data (counts from its MANIFEST).
    @Test(arguments: [
        ("record-3.0.xml", [TieType.employment: 1, .education: 1, .funding: 1]),
        ("employments-3.0.xml", [.employment: 2]),
        ("educations-3.0.xml", [.education: 2]),
        ("fundings-3.0.xml", [.funding: 3]),
        ("distinctions-3.0.xml", [.distinction: 2]),
        ("memberships-3.0.xml", [.membership: 2]),
        ("qualifications-3.0.xml", [.qualification: 2]),
        ("services-3.0.xml", [.service: 2]),
        ("invited-positions-3.0.xml", [.appointment: 2]),
        ("activities-3.0.xml", [.employment: 1, .education: 1, .funding: 1, .distinction: 1, .membership: 1, .service: 1]),
    ])
    func readsTheOfficialSamples(file: String, counts: [TieType: Int]) throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is absent, the official ORCID samples cannot be read")
            return
        }
        let ties = try read(data.appendingPathComponent("orcid/record_3.0/samples/read_samples/\(file)"))
        let got = Dictionary(grouping: ties, by: \.tie).mapValues(\.count)
        #expect(got.filter { counts[$0.key] != nil } == counts)
    }

    @Test func readsEveryFieldOfAFullEmploymentAndFunding() throws {
        guard let data = sharedData else {
            print("skipped: ../shared/data is absent, the official ORCID samples cannot be read")
            return
        }
        let dir = data.appendingPathComponent("orcid/record_3.0/samples/read_samples")
        let e = try #require(try read(dir.appendingPathComponent("employment-full-3.0.xml")).first)
        #expect(e.tie == .employment)
        #expect(e.org == "common:name")
        #expect(e.orgCity == "common:city")
        #expect(e.orgRegion == "common:region")
        #expect(e.orgCountry != nil)
        #expect(e.visibility == "private")
        #expect(e.putCode == "0")
        #expect(e.lastModified == "2001-12-31T12:00:00")
        #expect(e.department != nil && e.role != nil)
        let f = try #require(try read(dir.appendingPathComponent("funding-full-3.0.xml")).first)
        #expect(f.tie == .funding)
        #expect(f.title == "common:title")
        #expect(f.fundingType == "grant")
        #expect(f.grantNumbers == ["funding:external-identifier-value", "funding:external-identifier-value2"])
        #expect(f.orgIDs == ["fundref": "http://dx.doi.org/10.13039/100000001"])
        #expect(f.orgCountry == "AF")
        #expect(f.start == PartialDate(year: 1948, month: 2, day: 2))
        let record = try read(dir.appendingPathComponent("record-3.0.xml"))
        #expect(record.allSatisfy { $0.recordLastModified == "2001-12-31T12:00:00" })
    }

    /// With the member's iD declared, only that member's ORCID v3.0 record is read: anything else
    /// is refused, so that the fetch check keeps the last good record.
    @Test(arguments: [
        ("<error/>", "not an ORCID v3.0 record (its root element is 'error')"),
        (#"<error:error xmlns:error="http://www.orcid.org/ns/error"><error:response-code>503</error:response-code></error:error>"#,
         "not an ORCID v3.0 record (its root element is 'error' in http://www.orcid.org/ns/error)"),
        (#"<html xmlns="http://www.w3.org/1999/xhtml"><body>Service unavailable</body></html>"#,
         "not an ORCID v3.0 record (its root element is 'html' in http://www.w3.org/1999/xhtml)"),
        (#"<record xmlns="http://example.org/not-orcid"/>"#, "not an ORCID v3.0 record (its root element is 'record' in http://example.org/not-orcid)"),
        (#"<employment:employment xmlns:employment="http://www.orcid.org/ns/employment"/>"#,
         "not an ORCID v3.0 record (its root element is 'employment' in http://www.orcid.org/ns/employment)"),
        (#"<record:record xmlns:record="http://www.orcid.org/ns/record"/>"#, "the record carries no ORCID iD (common:orcid-identifier/common:path), so it is not the declared 9999-0000-0000-0043's"),
        ("OTHER", "the record of 9999-0000-0000-0019, not of the declared 9999-0000-0000-0043"),
    ])
    func anAnswerThatIsNotTheDeclaredMembersRecordIsRefused(text: String, message: String) throws {
        let other = repositoryRoot.appendingPathComponent("examples/demo/snapshots/orcid/9999-0000-0000-0019.xml")
        let data = text == "OTHER" ? try Data(contentsOf: other) : Data(text.utf8)
        let e = try #require(throws: ParseError.self) { try ORCIDReader(source: "orcid").read(data, file: "o.xml", orcid: "9999-0000-0000-0043") }
        #expect(e.description == "o.xml: source orcid: \(message)")
    }

    @Test func theDeclaredMembersRecordIsRead() throws {
        let url = repositoryRoot.appendingPathComponent("examples/demo/snapshots/orcid/9999-0000-0000-0043.xml")
        let ties = try ORCIDReader(source: "orcid").read(try Data(contentsOf: url), file: "o.xml", orcid: "9999-0000-0000-0043")
        #expect(ties.count == 3)
    }

    /// Without a declared iD (`rsdd parse FILE`) a record or an activity section is read, and
    /// nothing else.
    @Test func withoutADeclaredIDAnythingButORCIDIsStillRefused() throws {
        let e = try #require(throws: ParseError.self) { try ORCIDReader(source: "orcid").read(Data("<error/>".utf8), file: "o.xml", orcid: nil) }
        #expect(e.description == "o.xml: source orcid: not an ORCID v3.0 record or activity section (its root element is 'error')")
        let section = #"<employment:employments xmlns:employment="http://www.orcid.org/ns/employment"/>"#
        #expect(try ORCIDReader(source: "orcid").read(Data(section.utf8), file: "o.xml", orcid: nil).isEmpty)
    }
}
