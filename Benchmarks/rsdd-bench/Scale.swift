import Foundation
import RSDDCore
import RSDDParse
import TestSupport

/// A workspace at an institution's scale, for `make bench`: `teams` teams of 5 members with 2
/// declared ties each, screened against three real lists of ../shared/data (the Entity List rows
/// of the CSL, METI's End User List, the Section 1286 list) and a generated registry of
/// `registry` fictional organisations in ROR's schema-v2 shape. Ties are written the way
/// researchers write them: a tenth name a listed organisation (as listed, in capitals, or
/// abbreviated), a third a registry organisation, the rest fictional organisations.
/// Deterministic: the same arguments write the same files.
func writeScaleWorkspace(at dir: URL, teams: Int, registry: Int, data: URL) throws {
    let fm = FileManager.default
    try? fm.removeItem(at: dir)
    for sub in ["sources.d", "teams", "snapshots"] {
        try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    var rng = SplitMix(state: 0x5EED_0000 + UInt64(teams))

    // The three real lists, declared as the repository declares them, read where they lie.
    let lists = [("us-bis-entity-list", "lists/us_csl/csl_2023-11_excerpt.csv"),
                 ("jp-meti-eul", "lists/jp_meti_eul/meti_end_user_list_20250929.xlsx"),
                 ("us-dod-1286", "lists/us_dod_1286/section_1286.csv")]
    var listedNames: [String] = []
    for (id, path) in lists {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var yaml = try String(contentsOf: repo.appendingPathComponent("sources.d/\(id).yml"), encoding: .utf8)
        var file = data.appendingPathComponent(path)
        // The 1286 list is a copy in the workspace, so that the benchmark can change one row.
        if id == "us-dod-1286" {
            let copy = dir.appendingPathComponent("snapshots/section_1286.csv")
            try fm.copyItem(at: file, to: copy)
            file = copy
        }
        yaml = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("url:") ? "url: \(file.absoluteString)" : String(line)
        }.joined(separator: "\n")
        try yaml.write(to: dir.appendingPathComponent("sources.d/\(id).yml"), atomically: true, encoding: .utf8)
        let spec = try YAMLFile.decode(SourceSpec.self, yaml: yaml, displayPath: id)
        _ = try RecordExtractor(source: spec).read(contentsOf: file, file: path) { r in
            if r.kind == .organisation { listedNames.append(r.name) }
        }
    }

    // The generated registry.
    let words = ["Northern", "Coastal", "Applied", "Advanced", "National", "Provincial", "Central", "Western", "Eastern", "Southern",
                 "Marine", "Polytechnic", "Agricultural", "Medical", "Normal", "Technical", "Aerospace", "Energy", "Materials", "Optics",
                 "Photonics", "Quantum", "Robotics", "Ocean", "Earth", "Space", "Chemical", "Biological", "Nuclear", "Electronic"]
    let places = (0..<400).map { i in "Fictiville\(String(i, radix: 36).uppercased())" }
    let kinds = ["University", "Institute of Technology", "Research Institute", "Academy of Sciences", "College", "Laboratory", "Foundation", "Hospital"]
    let countries = ["XA", "XB", "XC", "XD", "XE", "XF"]
    var registryNames: [String] = []
    var json = "["
    for i in 0..<registry {
        let name = "\(places[rng.below(places.count)]) \(words[rng.below(words.count)]) \(words[rng.below(words.count)]) \(kinds[rng.below(kinds.count)]) \(i)"
        registryNames.append(name)
        var names = [#"{"lang": "en", "types": ["label", "ror_display"], "value": "\#(name)"}"#]
        if i % 7 == 0 { names.append(#"{"lang": "ja", "types": ["label"], "value": "架空\#(i)研究所"}"#) }
        if i % 5 == 0 { names.append(#"{"lang": null, "types": ["acronym"], "value": "F\#(String(i, radix: 36).uppercased())"}"#) }
        let parent = i % 11 == 0 && i > 0 ? #"{"type": "parent", "label": "x", "id": "https://ror.org/0bench\#(String(format: "%05d", i - 1))"}"# : ""
        json += (i == 0 ? "" : ",\n") + #"{"id": "https://ror.org/0bench\#(String(format: "%05d", i))", "status": "active", "names": [\#(names.joined(separator: ", "))], "#
            + #""external_ids": [{"type": "grid", "all": ["grid.\#(i).b"], "preferred": "grid.\#(i).b"}], "#
            + #""locations": [{"geonames_id": 0, "geonames_details": {"country_code": "\#(countries[i % countries.count])"}}], "#
            + #""relationships": [\#(parent)]}"#
    }
    json += "]\n"
    if registry > 0 {
    try json.write(to: dir.appendingPathComponent("snapshots/registry.json"), atomically: true, encoding: .utf8)
    try """
    id: bench-registry
    title: Generated registry (fictional organisations, ROR schema v2)
    url: snapshots/registry.json
    format: ror
    category: registry
    refresh: 30d
    expect:
      min_records: 1

    """.write(to: dir.appendingPathComponent("sources.d/bench-registry.yml"), atomically: true, encoding: .utf8)
    }

    // The teams.
    let types = ["employment", "appointment", "visiting", "advisory", "funding", "contract", "in-kind"]
    func tie() -> String {
        let roll = rng.below(100)
        var org: String
        if roll < 10, !listedNames.isEmpty {
            org = listedNames[rng.below(listedNames.count)]
            switch rng.below(3) {
            case 0: org = org.uppercased()
            case 1: org = org.replacingOccurrences(of: "University", with: "Univ.").replacingOccurrences(of: "Institute", with: "Inst.")
            default: break
            }
        } else if roll < 40 && !registryNames.isEmpty {
            org = registryNames[rng.below(registryNames.count)]
        } else {
            org = "\(places[rng.below(places.count)]) \(words[rng.below(words.count)]) \(kinds[rng.below(kinds.count)]) Branch \(rng.below(5000))"
        }
        let quoted = "\"" + org.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return "      - {type: \(types[rng.below(types.count)]), org: \(quoted), start: \(2015 + rng.below(10))}\n"
    }
    for t in 0..<teams {
        let id = String(format: "t-%06d", t)
        var yaml = "# Generated for the benchmark: fictional.\nid: \(id)\ntitle: Generated project \(t)\nsensitivity: \(["high", "medium", "low"][t % 3])\nmembers:\n"
        for m in 1...5 {
            yaml += "  - id: m\(m)\n    name: Member \(m)\n    role: \(m == 1 ? "pi" : "member")\n    ties:\n" + tie() + tie()
        }
        try yaml.write(to: dir.appendingPathComponent("teams/\(id).yml"), atomically: false, encoding: .utf8)
    }
}
