import Foundation
import RSDDCore
import RSDDParse
import RSDDResolve

/// An organisation from a ROR v2 record: its id, names (with types) and country.
struct RegistryOrg {
    var ror: String
    var names: [(value: String, types: [String])]
    var country: String?
    /// ROR relationships: type, the other organisation's id and its label (the parents join a
    /// unit to the organisation it is part of, as `RORReader` does).
    var relations: [(type: String, id: String, label: String)] = []
}

func loadRegistry(_ dir: URL) throws -> [RegistryOrg] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted().map { f in
        let o = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(f))) as! [String: Any]
        let names = (o["names"] as? [[String: Any]] ?? []).map { ($0["value"] as? String ?? "", $0["types"] as? [String] ?? []) }
        let country = ((o["locations"] as? [[String: Any]])?.first?["geonames_details"] as? [String: Any])?["country_code"] as? String
        let relations = (o["relationships"] as? [[String: Any]] ?? []).compactMap { r -> (type: String, id: String, label: String)? in
            guard let t = r["type"] as? String, let id = r["id"] as? String, let l = r["label"] as? String else { return nil }
            return (t, String(id.suffix(9)), l)
        }
        return RegistryOrg(ror: String((o["id"] as? String ?? f).suffix(9)), names: names, country: country, relations: relations)
    }
}

/// A name as another list might write it: words abbreviated, in capitals, without diacritics,
/// with a legal form added or dropped. Deterministic: the variant depends on `k`.
func variant(_ name: String, _ k: Int) -> String {
    let abbreviations = ["University": "Univ.", "Institute": "Inst.", "Technology": "Tech.", "National": "Natl.",
                         "Academy": "Acad.", "Sciences": "Sci.", "Science": "Sci.", "Laboratory": "Lab.", "International": "Intl."]
    var words = name.split(separator: " ").map(String.init)
    switch k % 4 {
    case 0: words = words.map { abbreviations[$0] ?? $0 }
    case 1: return name.uppercased()
    case 2: return name.folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: ",", with: "")
    default: words = words.map { abbreviations[$0] ?? $0 }.map { $0.uppercased() }
    }
    return words.joined(separator: " ")
}

/// Resolution: each registry organisation becomes records as different lists would write it:
/// (1) its display name with its acronyms, (2) the display name varied (abbreviated, capitals,
/// no diacritics), with its names in other languages as aliases, (3) each alias or other label on
/// its own. Distinct organisations stay distinct, many with near-identical names.
func evalResolve(_ orgs: [RegistryOrg]) {
    var records: [Record] = []
    var truth: [String: String] = [:]
    for (n, o) in orgs.enumerated() {
        let display = o.names.first { $0.types.contains("ror_display") }?.value ?? o.names.first?.value ?? ""
        let acronyms = o.names.filter { $0.types.contains("acronym") }.map(\.value)
        let others = o.names.filter { !$0.types.contains("acronym") && $0.value != display }.map(\.value)
        var made = [Record(source: "list-a", id: o.ror, name: display, aliases: acronyms, country: o.country),
                    Record(source: "list-b", id: o.ror, name: variant(display, n), aliases: others, country: o.country)]
        for (k, other) in others.enumerated() {
            made.append(Record(source: "list-c", id: "\(o.ror)-\(k)", name: other, country: k % 2 == 0 ? o.country : nil))
        }
        for r in made where !r.name.isEmpty {
            records.append(r)
            truth[r.key] = o.ror
        }
    }
    let start = DispatchTime.now().uptimeNanoseconds
    let entities = Resolver().resolve(records)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    var tp = 0, predicted = 0
    var falseMergeOrgs = Set<[String]>()
    for e in entities {
        let rs = e.records
        predicted += rs.count * (rs.count - 1) / 2
        var byOrg: [String: Int] = [:]
        for k in rs { byOrg[truth[k]!, default: 0] += 1 }
        tp += byOrg.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        let os = byOrg.keys.sorted()
        for i in os.indices { for j in os.indices where j > i { falseMergeOrgs.insert([os[i], os[j]]) } }
    }
    var byOrg: [String: [Record]] = [:]
    for r in records { byOrg[truth[r.key]!, default: []].append(r) }
    let actual = byOrg.values.reduce(0) { $0 + $1.count * ($1.count - 1) / 2 }
    // True pairs no string similarity can find: no comparison word in common.
    let n = NameNormaliser()
    var unreachable = 0
    for rs in byOrg.values {
        let toks = rs.map { r in Set(([r.name] + r.aliases).flatMap { n.comparisonTokens($0) }) }
        for i in toks.indices { for j in toks.indices where j > i && toks[i].isDisjoint(with: toks[j]) { unreachable += 1 } }
    }
    let p = predicted == 0 ? 1 : Double(tp) / Double(predicted)
    let r = actual == 0 ? 1 : Double(tp) / Double(actual)
    print(String(format: "resolve: %d records of %d organisations (ROR), %d entities, %.2f s", records.count, orgs.count, entities.count, seconds))
    print(String(format: "  pairwise precision %.4f, recall %.4f, F1 %.4f (%d of %d true pairs, %d predicted)", p, r, 2 * p * r / max(p + r, 1e-9), tp, actual, predicted))
    print("  false merges: \(falseMergeOrgs.count) pairs of distinct organisations in one entity")
    if ProcessInfo.processInfo.environment["RSDD_EVAL_SHOW"] != nil {
        for e in entities where Set(e.records.map { truth[$0]! }).count > 1 {
            print("    " + e.records.map { k in "\(truth[k]!): \(records.first { $0.key == k }!.name)" }.joined(separator: " | "))
        }
    }
    print(String(format: "  true pairs whose two records share no word (another script, a former name): %d of %d (%.1f%%); only a third record of the same organisation can link them",
                 unreachable, actual, 100 * Double(unreachable) / Double(max(actual, 1))))
}

/// Matching: affiliation strings and names with their ROR id, against the registry.
func evalMatch(_ orgs: [RegistryOrg], data: URL) throws {
    var records: [Record] = []
    for o in orgs {
        let names = o.names.map(\.value).filter { !$0.isEmpty }
        let display = o.names.first { $0.types.contains("ror_display") }?.value ?? names.first ?? o.ror
        records.append(Record(source: "ror", id: o.ror, name: display, aliases: names.filter { $0 != display }, category: ListCategory.registry, country: o.country,
                              identifiers: ["ror": o.ror], parents: o.relations.filter { $0.type == "parent" }.map(\.id),
                              children: Dictionary(o.relations.filter { $0.type == "child" }.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a }),
                              related: Dictionary(o.relations.filter { $0.type == "related" }.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })))
    }
    let known = Set(orgs.map(\.ror))
    let matcher = EntityIndex(records: records)
    // RSDD_MATCH_LINE=text: the candidates that match one line, with their scores (to read a wrong answer).
    if let line = ProcessInfo.processInfo.environment["RSDD_MATCH_LINE"] {
        let (candidates, country) = matcher.scoredWithCountry(OrganisationQuery(name: line))
        print("country: \(country ?? "none")")
        for (i, s, part) in candidates where s.score >= 0.6 {
            print("  \(PairScorer.isMatch(s) ? "match" : "near ") \(s.score) w\(s.words) \(matcher.records[i].id) \(matcher.records[i].name) [\(part)] \(s.features.keys.sorted().joined(separator: ","))")
        }
        let m = matcher.best(for: OrganisationQuery(name: line))
        print("best: \(m.map { "\($0.record.id) \($0.record.name)" } ?? "none")")
        return
    }
    func run(_ label: String, _ queries: [(String, String)], kinds: [String] = []) {
        var correct = 0, made = 0, inRegistry = 0, rightNothing = 0
        // Per kind of line (a held-out set names them): lines, right answers, wrong answers, no answer.
        var byKind: [String: (lines: Int, right: Int, wrong: Int, none: Int)] = [:]
        let start = DispatchTime.now().uptimeNanoseconds
        for (n, (text, ror)) in queries.enumerated() {
            let m = matcher.best(for: OrganisationQuery(name: text))
            let present = known.contains(ror)
            if present { inRegistry += 1 }
            if n < kinds.count {
                var k = byKind[kinds[n], default: (0, 0, 0, 0)]
                k.lines += 1
                if let m { if m.record.id == ror { k.right += 1 } else { k.wrong += 1 } } else { k.none += 1 }
                byKind[kinds[n]] = k
            }
            if let m {
                made += 1
                if ProcessInfo.processInfo.environment["RSDD_EVAL_VIA"] != nil {
                    let listedAs = m.explanation.features["name_as_listed"] ?? ""
                    print("    via \(listedAs == m.record.name ? "display" : listedAs.isEmpty ? "words" : "alias") \(m.record.id == ror ? "right" : present ? "wrong" : "absent") \(m.explanation.score) \(text) → \(m.record.name) [\(listedAs)]")
                }
                if m.record.id == ror { correct += 1 } else if ProcessInfo.processInfo.environment["RSDD_EVAL_SHOW"] != nil {
                    print("    wrong: \(text) → \(m.record.name) [\(m.explanation.features["part"] ?? "")] \(m.explanation.score) (truth \(ror)\(present ? "" : ", absent"))")
                }
            } else if !present {
                rightNothing += 1
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let absent = queries.count - inRegistry
        print(String(format: "match %@: %d queries (%d of organisations in the registry), %.2f s", label, queries.count, inRegistry, seconds))
        print(String(format: "  top-1 precision %.4f (%d right of %d answers), recall %.4f (%d of %d present found); absent: %d of %d rightly found nothing",
                     Double(correct) / Double(max(made, 1)), correct, made, Double(correct) / Double(max(inRegistry, 1)), correct, inRegistry,
                     rightNothing, absent))
        for (kind, k) in byKind.sorted(by: { $0.key < $1.key }) {
            print("    \(kind): \(k.lines) lines, \(k.right) right, \(k.wrong) wrong, \(k.none) no answer")
        }
    }
    // Springer Nature affiliation strings.
    let csv = try CSVReader.text(Data(contentsOf: data.appendingPathComponent("matching/20231031_springer_nature.csv")), encoding: nil, file: "springer")
    var warnings: [ParseError] = []
    let rows = CSVReader().rows(csv, file: "springer", warnings: &warnings).dropFirst()
    run("affiliation strings (Springer Nature)", rows.compactMap { $0.fields.count >= 2 ? ($0.fields[1], String($0.fields[0].suffix(9))) : nil })
    let names = try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("matching/ror_api_dataset_names.json"))) as! [[String: Any]]
    run("names (ROR API dataset)", names.compactMap { o in
        guard let a = o["affiliation"] as? String, let r = o["ror-id"] as? String else { return nil }
        return (a, String(r.suffix(9)))
    })
    // The held-out gold set (Benchmarks/heldout/affiliations-ror.jsonl), written without reading
    // the matcher or the two sets above: a null answer means "none of these organisations".
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let heldout = repo.appendingPathComponent("Benchmarks/heldout")
    let golds = ((try? FileManager.default.contentsOfDirectory(atPath: heldout.path)) ?? [])
        .filter { $0.hasPrefix("affiliations-ror") && $0.hasSuffix(".jsonl") }.sorted()
    for name in golds {
        guard let text = try? String(contentsOf: heldout.appendingPathComponent(name), encoding: .utf8) else { continue }
        let rows = text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        run("held-out affiliation strings (\(name))", rows.compactMap { o in
            guard let a = o["affiliation"] as? String else { return nil }
            return (a, o["ror"] as? String ?? "none")
        }, kinds: rows.compactMap { $0["affiliation"] is String ? $0["kind"] as? String ?? "?" : nil })
    }
}

func evaluate(_ data: URL) throws {
    // RSDD_EVAL_QUICK=1: the held-out co-authorship sets only (to read a line's misses quickly).
    if ProcessInfo.processInfo.environment["RSDD_EVAL_QUICK"] != nil { return try probeRealLists(data) }
    let orgs = try loadRegistry(data.appendingPathComponent("ror/records"))
    // RSDD_EVAL_MATCH=1: the matching figures only (Springer Nature, ROR names, held-out gold files).
    if ProcessInfo.processInfo.environment["RSDD_EVAL_MATCH"] != nil { return try evalMatch(orgs, data: data) }
    evalResolve(orgs)
    print("")
    try evalMatch(orgs, data: data)
    print("")
    try probeRealLists(data)
}

/// `n` records of fictional organisations: about three records per organisation under varied
/// names (abbreviated, capitals, a legal form), and near-duplicates that are other organisations
/// (the same name with another place or another field).
func generatedRecords(_ n: Int) -> [Record] {
    let fields = ["Materials", "Photonics", "Aerospace", "Robotics", "Chemistry", "Energy", "Marine", "Software", "Optics", "Biotech",
                  "Quantum", "Medical", "Polymer", "Acoustics", "Nuclear", "Agri", "Data", "Cyber", "Space", "Textile"]
    let kinds = ["Institute of", "University of", "Laboratory of", "Academy of", "Centre for", "Research Institute of"]
    let places = (0..<4000).map { i -> String in
        let syll = ["ka", "lo", "mi", "ra", "ten", "vo", "shi", "an", "bel", "dor", "ex", "fu", "gan", "hol", "ir", "jun"]
        return syll[i % 16].capitalized + syll[(i / 16) % 16] + syll[(i / 256) % 16]
    }
    var records: [Record] = []
    records.reserveCapacity(n)
    var org = 0
    while records.count < n {
        let place = places[org % places.count]
        let field = fields[(org / places.count) % fields.count]
        let kind = kinds[(org / (places.count * fields.count)) % kinds.count]
        let country = ["XA", "XB", "XC", "XD"][org % 4]
        let name = "\(place) \(kind) \(field) \(org / (places.count * fields.count * kinds.count) + 1)"
        let variants = [name, name.uppercased(), name.replacingOccurrences(of: "University", with: "Univ.")
                            .replacingOccurrences(of: "Institute", with: "Inst.") + " Co., Ltd."]
        for (k, v) in variants.enumerated() where records.count < n {
            records.append(Record(source: "gen-\(k)", id: String(org), name: v, country: k == 2 ? nil : country))
        }
        org += 1
    }
    return records
}
