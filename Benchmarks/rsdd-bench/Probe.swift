import Foundation
import RSDDCore
import RSDDParse
import RSDDResolve

/// The real-list probe of `make eval`: the research organisations listed on the Entity List (CSL
/// rows), METI's End User List and the Section 1286 list, written as researchers write ties —
/// exactly as listed in each of their names and scripts, abbreviated, in capitals, as a sub-unit
/// ("School of Physics, X") — and, as negatives, unlisted organisations with similar names (ROR
/// records and the world universities directory). Goals: every exactly written name a finding,
/// no unlisted organisation a finding, near misses to review.
func probeRealLists(_ data: URL) throws {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var listed: [Record] = []
    for (id, path) in [("us-bis-entity-list", "lists/us_csl/csl_2023-11_excerpt.csv"),
                       ("jp-meti-eul", "lists/jp_meti_eul/meti_end_user_list_20250929.xlsx"),
                       ("us-dod-1286", "lists/us_dod_1286/section_1286.csv")] {
        let spec = try YAMLFile.load(SourceSpec.self, from: repo.appendingPathComponent("sources.d/\(id).yml"), displayPath: id)
        _ = try RecordExtractor(source: spec).read(contentsOf: data.appendingPathComponent(path), file: path) { r in
            if r.kind == .organisation { listed.append(r) }
        }
    }
    // The registry, as one array of ROR's records.
    let dir = data.appendingPathComponent("ror/records")
    var array = Data("[".utf8)
    for (i, f) in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".json") }).sorted().enumerated() {
        if i > 0 { array += Data(",".utf8) }
        array += try Data(contentsOf: dir.appendingPathComponent(f))
    }
    array += Data("]".utf8)
    let rorFile = FileManager.default.temporaryDirectory.appendingPathComponent("rsdd-probe-ror.json")
    try array.write(to: rorFile)
    defer { try? FileManager.default.removeItem(at: rorFile) }
    let rorSpec = try YAMLFile.load(SourceSpec.self, from: repo.appendingPathComponent("sources.d/ror.yml"), displayPath: "ror.yml")
    let registry = try RORReader(source: rorSpec).read(contentsOf: rorFile, file: "ror.json")
    let start = DispatchTime.now().uptimeNanoseconds
    let index = EntityIndex(records: listed + registry)
    let built = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

    let research = ["university", "institute", "academy", "college", "laboratory", "school", "大学", "研究"]
    let orgs = listed.filter { r in research.contains { r.name.lowercased().contains($0) } }
    var names: [(String, String, String)] = []   // (kind, tie as written, record key)
    for r in orgs {
        for part in Set(([r.name] + r.aliases).flatMap { NameParts.split($0) }.filter { !$0.acronym }.map(\.text)).sorted() {
            names.append(("exact name (any of its names or scripts)", part, r.key))
        }
        names.append(("in capitals", r.name.uppercased(), r.key))
        names.append(("abbreviated (Univ., Inst., Tech.)", variant(r.name, 0), r.key))
        names.append(("a sub-unit: School of Physics, X", "School of Physics, \(NameParts.split(r.name).first?.text ?? r.name)", r.key))
    }
    // Joined through the registry: the registry's other names of a listed organisation.
    var viaRegistry = 0
    for e in index.entities where e.records.contains(where: { $0.hasPrefix("ror:") }) && e.records.contains(where: { !$0.hasPrefix("ror:") }) {
        viaRegistry += 1
        let rorRecord = registry.first { e.records.contains($0.key) }!
        let listedKey = e.records.first { !$0.hasPrefix("ror:") }!
        for n in rorRecord.aliases where !NameParts.isAcronym(n) { names.append(("registry name of a listed organisation", n, listedKey)) }
    }
    var found: [String: (Int, Int)] = [:]
    var missed: [String] = []
    for (kind, tie, key) in names {
        let hits = index.listings(for: OrganisationQuery(name: tie))
        let ok = hits.contains { $0.record.key == key || $0.entity == hits.first { $0.record.key == key }?.entity }
            || hits.contains { h in index.entities.first { $0.id == h.entity }?.records.contains(key) == true }
        found[kind, default: (0, 0)].0 += ok ? 1 : 0
        found[kind, default: (0, 0)].1 += 1
        if !ok && kind.hasPrefix("exact") { missed.append("\(tie) (\(key))") }
    }
    print(String(format: "probe: %d listed organisations on three real lists (%d research organisations), registry of %d ROR records (%d joined to a listing); index built in %.1f s",
                 listed.count, orgs.count, registry.count, viaRegistry, built))
    for (kind, (ok, all)) in found.sorted(by: { $0.key < $1.key }) {
        print(String(format: "  %@: %d of %d found (%.1f %%)", kind, ok, all, 100 * Double(ok) / Double(max(all, 1))))
    }
    if ProcessInfo.processInfo.environment["RSDD_EVAL_SHOW"] != nil { for m in missed.prefix(40) { print("    missed: \(m)") } }

    // Negatives: unlisted organisations with similar names.
    let listedKeys = Set(listed.map { NameNormaliser().normalise($0.name) } + listed.flatMap { $0.aliases.map { NameNormaliser().normalise($0) } })
    let joined = Set(index.entities.filter { $0.records.contains { !$0.hasPrefix("ror:") } }.flatMap(\.records))
    var negatives: [(String, String?)] = registry.filter { !joined.contains($0.key) }.map { ($0.name, $0.country) }
    if let dirJSON = try? JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("directories/world_universities_and_domains.json"))) as? [[String: Any]] {
        negatives += dirJSON.compactMap { o in (o["name"] as? String).map { ($0, o["alpha_two_code"] as? String) } }
    }
    negatives = negatives.filter { !listedKeys.contains(NameNormaliser().normalise($0.0)) }
    // The similar ones: sharing a rare word with a listed research organisation.
    let listedWords = Set(orgs.flatMap { NameNormaliser().comparisonTokens($0.name) })
    let similar = negatives.filter { n in NameNormaliser().comparisonTokens(n.0).contains { listedWords.contains($0) && !["university", "institute", "technology", "academy", "science", "college", "national", "research"].contains($0) } }
    var falseFindings: [String] = []
    var branches = 0
    var review = 0
    let n = NameNormaliser()
    for (name, country) in similar {
        let (hits, near) = index.lookup(OrganisationQuery(name: name, country: country))
        if let h = hits.first {
            // A branch or campus of a listed organisation ("Islamic Azad University, Tabriz") names
            // it: a finding, rightly. Only a hit whose listed name is not within the tie is false.
            let tie = Set(n.comparisonTokens(name)), listedName = Set(n.comparisonTokens(h.explanation.matchedName))
            let compact = n.analyse(name).compact.contains(n.analyse(h.explanation.matchedName).compact)
            if listedName.isSubset(of: tie) || compact { branches += 1 } else {
                falseFindings.append("\(name) → \(h.explanation.matchedName) (\(h.record.key))")
            }
        }
        if !near.isEmpty { review += 1 }
    }
    print(String(format: "  negatives: %d unlisted organisations sharing a rare word with a listed one: %d findings that name a listed organisation within their name (a branch, a campus), %d other findings, %d go to review",
                 similar.count, branches, falseFindings.count, review))
    if ProcessInfo.processInfo.environment["RSDD_EVAL_SHOW"] != nil { for f in falseFindings.prefix(40) { print("    false finding: \(f)") } }
}
