import Foundation
import RSDDCore
import Testing
import TestSupport

/// `rsdd parse --source` reads every format with the readers runs use (one dispatch).
@Suite struct ParseCommandTests {
    @Test(arguments: [
        ("orcid.yml", "snapshots/orcid/9999-0000-0000-0043.xml", nil),
        ("researchmap.yml", "snapshots/researchmap/demo-kakuu-aoi.json", "demo-kakuu-aoi"),
        ("kaken.yml", "snapshots/kaken/90000001.json", nil),
        ("openalex.yml", "snapshots/openalex/9999-0000-0000-0043.json", "9999-0000-0000-0043"),
        ("demo-list.yml", "snapshots/list.html", nil),
        ("demo-registry.yml", "snapshots/registry.json", nil),
    ] as [(String, String, String?)])
    func everyFormatIsRead(source: String, file: String, member: String?) throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let demo = repositoryRoot.appendingPathComponent("examples/demo")
        let out = try rsddCaptured(["parse", "--source", demo.appendingPathComponent("sources.d/\(source)").path]
                                 + (member.map { ["--member", $0] } ?? []) + [demo.appendingPathComponent(file).path])
        #expect(out.status == 0, "\(source)")
        let lines = String(decoding: out.stdout, as: UTF8.self).split(separator: "\n")
        #expect(!lines.isEmpty, "\(source): nothing read")
        for l in lines { #expect((try? JSONSerialization.jsonObject(with: Data(l.utf8))) is [String: Any]) }
    }

    @Test func openAlexWorksWithoutAMemberSayWhatIsMissing() throws {
        guard rsddExecutable() != nil else {
            print("skipped: the rsdd executable is not built beside the tests")
            return
        }
        let demo = repositoryRoot.appendingPathComponent("examples/demo")
        let r = try runRSDD(["parse", "--source", demo.appendingPathComponent("sources.d/openalex.yml").path,
                             demo.appendingPathComponent("snapshots/openalex/9999-0000-0000-0043.json").path])
        #expect(r.status == 2 && r.stderr.contains("give the member's ORCID iD (--member)"))
    }
}
