import Foundation
import RSDDAssess
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
    // (One file per process: two evaluations at once each write their own.)
    let rorFile = FileManager.default.temporaryDirectory.appendingPathComponent("rsdd-probe-ror-\(ProcessInfo.processInfo.processIdentifier).json")
    try array.write(to: rorFile)
    defer { try? FileManager.default.removeItem(at: rorFile) }
    let rorSpec = try YAMLFile.load(SourceSpec.self, from: repo.appendingPathComponent("sources.d/ror.yml"), displayPath: "ror.yml")
    let registry = try RORReader(source: rorSpec).read(contentsOf: rorFile, file: "ror.json")
    let start = DispatchTime.now().uptimeNanoseconds
    let index = EntityIndex(records: listed + registry)
    let built = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

    // The entities of listings whose names contain a text, with their records' names (how a
    // listing joined others is the first question when a finding cites one the line does not print).
    if let text = ProcessInfo.processInfo.environment["RSDD_EVAL_ENTITY"]?.lowercased() {
        let byKey = Dictionary((listed + registry).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for e in ListIndex(records: listed + registry, provenance: [:]).index.entities where e.names.contains(where: { $0.lowercased().contains(text) }) {
            print("entity \(e.id): \(e.records.count) records")
            for k in e.records { print("  \(k): \(byKey[k]?.name ?? "?") [\(byKey[k]?.country ?? "-")]") }
            if ProcessInfo.processInfo.environment["RSDD_EVAL_WHY"] != nil, e.records.count <= 6 {
                let rs = e.records.compactMap { byKey[$0] }
                for (i, a) in rs.enumerated() { for b in rs[(i + 1)...] { print(Resolver().explain(a, b, among: listed)) } }
            }
        }
        return
    }
    if ProcessInfo.processInfo.environment["RSDD_EVAL_QUICK"] != nil { return try evalHeldoutSets(listed: listed, registry: registry, repo: repo) }
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
    print("")
    for withRegistry in [false, true] {
        try probeCoauthorships(listed: orgs, all: listed, registry: withRegistry ? registry : [], negatives: similar)
    }
    try evalHeldoutSets(listed: listed, registry: registry, repo: repo)
}

/// Every set in Benchmarks/heldout/, or RSDD_HELDOUT: another set of the same format (a fresh
/// one, to measure again), or a folder of such sets (sets being written stay out of the run).
func evalHeldoutSets(listed: [Record], registry: [Record], repo: URL) throws {
    var isFolder: ObjCBool = false
    let given = ProcessInfo.processInfo.environment["RSDD_HELDOUT"]
    let heldoutDir = given.flatMap { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue ? URL(fileURLWithPath: $0) : nil }
        ?? repo.appendingPathComponent("Benchmarks/heldout")
    let sets = given.flatMap { isFolder.boolValue ? nil : [URL(fileURLWithPath: $0)] }
        ?? ((try? FileManager.default.contentsOfDirectory(atPath: heldoutDir.path)) ?? []).filter { $0.hasPrefix("coauthors") && $0.hasSuffix(".jsonl") }.sorted().map { heldoutDir.appendingPathComponent($0) }
    for heldout in sets {
        for withRegistry in [false, true] { try evalHeldout(heldout, listed: listed, registry: withRegistry ? registry : []) }
    }
}

/// Assesses one work of a fictional member under dod-2026 against `listed` and `registry`, with one
/// co-author whose OpenAlex institution (`display_name`, `ror`, `country_code`, or none) and printed
/// lines are given: what a co-authorship written as OpenAlex writes it becomes.
struct CoauthorAssessor {
    let lists: ListIndex
    let assessor: Assessor
    let team: TeamSpec
    let p = Provenance(source: "probe", title: "probe", url: "file:///probe", retrieved: "2026-11-18T00:00:00Z", sha256: String(repeating: "0", count: 64))

    init(listed: [Record], registry: [Record]) throws {
        let profile = try PolicyProfile.load(id: "dod-2026", workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        var provenance: [String: Provenance] = [:]
        for s in Set((listed + registry).map(\.source)) { provenance[s] = p }
        lists = ListIndex(records: listed + registry, provenance: provenance)
        assessor = Assessor(profile: profile, lists: lists, asOf: Day(year: 2026, month: 11, day: 18))
        team = try YAMLFile.decode(TeamSpec.self, yaml: "id: t\ntitle: T\nsensitivity: high\nmembers:\n  - {id: m1, name: N, orcid: 9999-0000-0000-0019}\n",
                                   displayPath: "probe.yml")
    }

    /// A member who declares employment at `org` (with its ROR id and country when given), and no
    /// works: what *Needs review* shows for a declared employer.
    func assessDeclared(org: String, ror: String?, country: String?) throws -> Assessment {
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        let extra = (ror.map { ", ror: \(q($0))" } ?? "") + (country.map { ", country: \(q($0))" } ?? "")
        let team = try YAMLFile.decode(TeamSpec.self, yaml: "id: t\ntitle: T\nsensitivity: high\nmembers:\n  - {id: m1, name: N, orcid: 9999-0000-0000-0019, ties: [{type: employment, org: \(q(org))\(extra), start: \"2020\"}]}\n",
                                       displayPath: "probe.yml")
        return assessor.assess(TeamFacts(team: team, publicTies: ["openalex/9999-0000-0000-0019": [], "orcid/9999-0000-0000-0019": []],
                                         recordSources: ["orcid": .orcid, "openalex": .orcid]), sources: [], limits: [])
    }

    func assess(institution: [String: Any]?, printed: [String]) throws -> Assessment {
        let coauthor: [String: Any] = ["author_position": "middle", "raw_affiliation_strings": printed,
                                       "institutions": institution.map { [$0] } ?? []]
        let work: [String: Any] = ["id": "https://openalex.org/W1", "publication_date": "2025-03-01", "authorships": [
            ["author": ["orcid": "https://orcid.org/9999-0000-0000-0019"], "institutions": [["display_name": "Home Probe College", "country_code": "JP"]]],
            coauthor]]
        let ties = try OpenAlexReader(source: "openalex").read([try JSONSerialization.data(withJSONObject: work)], file: "probe", members: ["9999-0000-0000-0019"])
        return assessor.assess(TeamFacts(team: team, publicTies: ["openalex/9999-0000-0000-0019": ties.map { ($0, p) }, "orcid/9999-0000-0000-0019": []],
                                         recordSources: ["orcid": .orcid, "openalex": .orcid]), sources: [], limits: [])
    }
}

/// Written-out ordinals and index abbreviations, as the words they stand for (the held-out sets'
/// check of whether a line prints a listing's name).
let printedForms: [String: String] = ["first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
                                      "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "corp": "corporation",
                                      "univ": "university", "inst": "institute", "acad": "academy", "sci": "science", "technol": "technology",
                                      "mil": "military", "med": "medical"]

/// The held-out co-authorship set (`Benchmarks/heldout/coauthors.jsonl`, written without reading
/// the matcher): co-authors at listed institutions and at unlisted look-alikes, as OpenAlex writes
/// them. Figures: listed ones found with the right listing, findings naming another listing the
/// lines do not print, look-alikes that became findings, and items sent to review.
func evalHeldout(_ file: URL, listed: [Record], registry: [Record]) throws {
    let c = try CoauthorAssessor(listed: listed, registry: registry)
    if let line = ProcessInfo.processInfo.environment["RSDD_EVAL_LINE"] {
        let (l, near) = c.lists.index.lookup(OrganisationQuery(name: line))
        let (cands, country) = c.lists.index.scoredWithCountry(OrganisationQuery(name: line))
        print("country \(country ?? "-"); listings \(l.map { "\($0.record.name) \($0.explanation.score)" }); near \(near.map { "\($0.record.name) \($0.explanation.score)" })")
        if ProcessInfo.processInfo.environment["RSDD_EVAL_WHY"] != nil {
            for (label, hits) in [("listing", l), ("near", near)] {
                for h in hits { print("  \(label) \(h.record.key) \(h.record.name): \(h.explanation.features.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))") }
            }
        }
        if ProcessInfo.processInfo.environment["RSDD_EVAL_ALL"] != nil {
            for (i, sc, part) in cands.sorted(by: { $0.0 < $1.0 }) { print("  all \(i) \(c.lists.index.records[i].name) \(sc.score) w\(sc.words) sh\(sc.shared) veto \(sc.veto ?? "-") part \(part) [\(sc.features.keys.sorted().joined(separator: ","))]") }
        }
        for (i, sc, part) in cands.sorted(by: { $0.1.score > $1.1.score }).prefix(8) { print("  cand \(c.lists.index.records[i].name) [\(c.lists.index.records[i].country ?? "-")] \(sc.score) w\(sc.words) sh\(sc.shared) veto \(sc.veto ?? "-") part \(part) [\(sc.features.keys.sorted().joined(separator: ","))]") }
    }
    let entityOf = Dictionary(c.lists.index.entities.flatMap { e in e.records.map { ($0, e.id) } }, uniquingKeysWith: { a, _ in a })
    let show = ProcessInfo.processInfo.environment["RSDD_EVAL_SHOW"] != nil
    var byClass: [String: (all: Int, right: Int, wrong: Int, review: Int)] = [:]
    var declared = (all: 0, known: 0, findings: 0, review: 0, reviewKnown: 0)
    var notes: [String] = []
    let n = NameNormaliser()
    for (lineNo, line) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").enumerated() {
        guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
        let cls = o["class"] as? String ?? "?"
        let printed = o["raw_affiliation_strings"] as? [String] ?? []
        var institution = o["institution"] as? [String: Any]
        if institution != nil { institution = institution!.filter { !($0.value is NSNull) } }
        let a = try c.assess(institution: institution, printed: printed)
        let keys = Set(a.findings.filter { $0.tie.type == .coauthorship }.flatMap { $0.listings.map(\.record.key) })
        // Words as a reader compares them: an ordinal written out is its number ("Third Academy"
        // prints the "3rd Academy"), and index abbreviations are their words.
        // (A plural as its singular: "Acad Mil Med Sci" prints "… Medical Sciences".)
        func words(_ s: String) -> [String] {
            n.comparisonTokens(s).map { printedForms[$0] ?? $0 }.map { $0.utf8.count > 4 && $0.hasSuffix("s") && !$0.hasSuffix("ss") ? String($0.dropLast()) : $0 }
        }
        // (A group's or an academy's letters as written out: "First Academy of CASC" prints the
        // "First Academy of the China Aerospace Science and Technology Corporation".)
        // (A group's, on China's lines only, as rsdd reads them.)
        let chinese = (institution?["country_code"] as? String) == "CN" || printed.contains { $0.contains("China") }
        // (A line in Chinese prints the group units it writes in characters, in English as the
        // lists' cells are read: "中国航天科工集团第三研究院三十三所" prints CASIC's 3rd Academy.
        // Round 27.)
        let lineWords = Set(printed.flatMap { [$0] + (NameParts.expandingAcademies($0, groups: chinese).map { [$0] } ?? [])
                                + GroupUnits.english(HanFold.fold($0)) }.flatMap(words)
                            + words(institution?["display_name"] as? String ?? ""))
        // (A name in Han, Cyrillic or another script that rsdd's table of other names gives the
        // listing, printed as a run of the line: "军事科学院军事医学研究院辐射医学研究所" prints the
        // Academy of Military Medical Sciences, as "…, Academy of Military Medical Sciences" would.
        // Round 35.)
        let squeezed = printed.map { HanFold.fold($0).filter { !$0.isWhitespace } }
        func printsOtherName(_ l: Record) -> Bool {
            OtherNames.of(l).contains { o in
                let name = HanFold.fold(o.name).filter { !$0.isWhitespace }
                return name.unicodeScalars.contains { $0.value >= 0x0400 } && name.count >= 4 && squeezed.contains { $0.contains(name) }
            }
        }
        func printedIn(_ k: String) -> Bool {
            listed.filter { $0.key == k }.contains { l in printsOtherName(l) } ||
            listed.filter { $0.key == k }.contains { l in
                ([l.name] + l.aliases).flatMap { NameParts.split($0).map(\.text) }.contains { name in
                    // (A form of body the list writes and the line leaves out, "Public Joint Stock
                    // Company", is no word of the name: the line still prints it. Only where two
                    // words or more remain: "Open Joint Stock Company Gazprom" is not printed by
                    // every line with "Gazprom" in it.)
                    let all = words(name), bare = PairScorer.withoutBodyForms(all)
                    let w = bare.count >= 2 ? bare : all
                    // The name, or its initials as one word ("AMMS" for the Academy of Military Medical Sciences).
                    return !w.isEmpty && (Set(w).isSubset(of: lineWords) || lineWords.contains { $0.count >= 4 && NameParts.spellsInitials($0, w.filter { !["of", "the", "and", "for"].contains($0) }) && $0.count == w.filter { !["of", "the", "and", "for"].contains($0) }.count })
                }
            }
        }
        if let feature = ProcessInfo.processInfo.environment["RSDD_EVAL_FEATURE"] {
            for r in a.needsReview where r.candidate.match.features[feature] != nil {
                print("    \(cls) review by \(feature): \(r.tie.org) → \(r.candidate.record.name)")
            }
        }
        // The look-alike's institution as a member's declared employer, with its ROR id and country.
        if cls == "lookalike", let name = institution?["display_name"] as? String {
            let ror = institution?["ror"] as? String
            let d = try c.assessDeclared(org: name, ror: ror, country: institution?["country_code"] as? String)
            declared.all += 1
            let known = ror.map { r in registry.contains { $0.id == String(r.suffix(9)) } } ?? false
            if known { declared.known += 1 }
            if !d.findings.isEmpty {
                declared.findings += 1
                if show { notes.append("declared employer flagged: \(name) (\(ror ?? "no ROR id"), \(institution?["country_code"] as? String ?? "-")) → \(d.findings.flatMap { $0.listings.map(\.record.name) }.joined(separator: "; "))") }
            }
            if !d.needsReview.isEmpty {
                if known { declared.reviewKnown += 1 } else { declared.review += 1 }
                if show { notes.append("declared employer reviewed: \(name) (\(ror ?? "no ROR id")) → \(d.needsReview.map(\.candidate.record.name).joined(separator: "; "))") }
            }
        }
        if ProcessInfo.processInfo.environment["RSDD_EVAL_REVIEWED"] != nil {
            for r in a.needsReview { print("    reviewed \(cls) \(lineNo + 1): \(r.candidate.record.name) [\(r.candidate.match.features.keys.sorted().joined(separator: ","))]") }
        }
        var row = byClass[cls, default: (0, 0, 0, 0)]
        row.all += 1
        if !a.needsReview.isEmpty { row.review += 1 }
        let what = "\(lineNo + 1): \((institution?["display_name"] as? String) ?? "-") | \(printed.joined(separator: " ; "))"
        if cls == "listed" {
            let name = o["listed_name"] as? String ?? ""
            // The list's cell as written: METI's holds the English name, then the Japanese one on a
            // line of its own; rsdd reads them as a name and an alias.
            let forms = Set(([name] + name.components(separatedBy: "\n")).map { n.normalise($0) }.filter { !$0.isEmpty })
            let expected = Set(listed.filter { r in ([r.name] + r.aliases).contains { forms.contains(n.normalise($0)) } }.compactMap { entityOf[$0.key] })
            if expected.isEmpty { notes.append("not on the lists as read: \(name)"); row.all -= 1; byClass[cls] = row; continue }
            let right = keys.contains { entityOf[$0].map(expected.contains) ?? false }
            let wrong = keys.filter { !(entityOf[$0].map(expected.contains) ?? false) && !printedIn($0) }
            // RSDD_EVAL_FOUND=1: how each found line reached its listing.
            if right, ProcessInfo.processInfo.environment["RSDD_EVAL_FOUND"] != nil {
                for f in a.findings { for l in f.listings where entityOf[l.record.key].map(expected.contains) ?? false {
                    notes.append("found: \(what) → \(l.match.matchedName) \(l.match.score) \(l.match.features.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))")
                } }
            }
            if right { row.right += 1 } else if show {
                notes.append("missed: \(what) (listed as \(name))")
                if ProcessInfo.processInfo.environment["RSDD_EVAL_WHY"] != nil {
                    for k in keys.sorted() { notes.append("      finding: \(listed.first { $0.key == k }?.name ?? k)") }
                    for r in a.needsReview {
                        notes.append("      review: \(r.tie.org) → \(r.candidate.record.name) (\(r.candidate.record.country ?? "-")) \(r.candidate.match.score) \(r.candidate.match.features.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))")
                    }
                }
            }
            if !wrong.isEmpty {
                row.wrong += 1
                if show { notes.append("wrong listing: \(what) → \(wrong.sorted().compactMap { k in listed.first { $0.key == k }?.name }.joined(separator: "; "))") }
                if ProcessInfo.processInfo.environment["RSDD_EVAL_WHY"] != nil {
                    for f in a.findings { for l in f.listings where wrong.contains(l.record.key) { notes.append("      why: \(l.match.matchedName) \(l.match.score) \(l.match.features.sorted { $0.key < $1.key })") } }
                }
            }
        } else {
            // RSDD_EVAL_LOOKREV=1: every look-alike's review items (to see what a change sends there).
            if ProcessInfo.processInfo.environment["RSDD_EVAL_LOOKREV"] != nil {
                for r in a.needsReview { notes.append("look-alike review: \(what) | \(r.tie.org) → \(r.candidate.record.name)") }
            }
            if !keys.isEmpty {
                row.wrong += 1
                if show { notes.append("look-alike flagged: \(what) → \(keys.sorted().compactMap { k in listed.first { $0.key == k }?.name }.joined(separator: "; "))") }
            }
        }
        byClass[cls] = row
    }
    print(String(format: "held-out co-authorships (%@), %@ registry (%d records):", file.lastPathComponent, registry.isEmpty ? "without" : "with", registry.count))
    if let l = byClass["listed"] {
        print(String(format: "  at listed institutions: %d of %d found (%.1f %%), %d with a wrong listing (one the lines do not print), %d with review items",
                     l.right, l.all, 100 * Double(l.right) / Double(max(l.all, 1)), l.wrong, l.review))
    }
    if let l = byClass["lookalike"] {
        print(String(format: "  at unlisted look-alikes: %d of %d findings, %d with review items", l.wrong, l.all, l.review))
    }
    if declared.all > 0 {
        print("  look-alikes as a member's declared employer: \(declared.all), \(declared.known) of them in the registry; "
              + "\(declared.findings) findings, review items for \(declared.reviewKnown) the registry knows and \(declared.review) others")
    }
    for note in notes { print("    \(note)") }
}

/// The co-authorship probe of `make eval`: a member's work with one co-author at a listed research
/// organisation, written as OpenAlex writes it — the institution with its country and the line as
/// printed; no institution, only the line; or only a parent assigned while the line names the
/// listed one — assessed under dod-2026; and, as negatives, co-authors at the unlisted look-alikes
/// above, each with its own country. Goals: every listed co-author a finding naming its listing,
/// no look-alike of another country a finding.
func probeCoauthorships(listed orgs: [Record], all listed: [Record], registry: [Record], negatives: [(String, String?)]) throws {
    let c = try CoauthorAssessor(listed: listed, registry: registry)
    let lists = c.lists
    let english = Locale(identifier: "en")
    func assess(institution: String?, country: String?, printed: String) throws -> Assessment {
        try c.assess(institution: institution.map { ["display_name": $0, "country_code": country as Any] }, printed: [printed])
    }
    let entityOf = Dictionary(lists.index.entities.flatMap { e in e.records.map { ($0, e.id) } }, uniquingKeysWith: { a, _ in a })
    var found: [String: (Int, Int, Int)] = [:]   // form → (found, wrong listing, all)
    var missed: [String] = []
    var countriesOf: [String: Set<String>] = [:]
    for r in listed { if let c = r.country.flatMap(Identifiers.countryCode), let e = entityOf[r.key] { countriesOf[e, default: []].insert(c) } }
    for r in orgs {
        let name = NameParts.split(r.name).first?.text ?? r.name
        // The organisation's country: its own row's, else another row's of the same organisation; a
        // line without one when no list gives it.
        let country = r.country.flatMap(Identifiers.countryCode) ?? entityOf[r.key].flatMap { countriesOf[$0]?.sorted().first }
        let line = "Department of Physics, \(name)" + (country.flatMap { english.localizedString(forRegionCode: $0) }.map { ", \($0)" } ?? "")
        for (form, institution, country) in [("institution and printed line", name as String?, country),
                                             ("printed line only", nil, nil),
                                             ("a parent assigned, the listed one printed", "Probe Holding Group", country)] {
            let a = try assess(institution: institution, country: country, printed: line)
            let keys = a.findings.filter { $0.tie.type == .coauthorship }.flatMap { $0.listings.map(\.record.key) }
            let right = keys.contains { entityOf[$0] == entityOf[r.key] }
            var c = found[form, default: (0, 0, 0)]
            c.0 += right ? 1 : 0
            // Another listing is wrong unless the line prints it too (a parent: "Academy of Military
            // Medical Sciences, Institute of Basic Medicine" names both, rightly).
            let lineWords = Set(NameNormaliser().comparisonTokens(line))
            let wrongKeys = keys.filter { k in
                entityOf[k] != entityOf[r.key] && !(listed.first { $0.key == k }.map { l in
                    ([l.name] + l.aliases).flatMap { NameParts.split($0).map(\.text) }.contains { Set(NameNormaliser().comparisonTokens($0)).isSubset(of: lineWords) }
                } ?? false)
            }
            c.1 += wrongKeys.isEmpty ? 0 : 1
            if ProcessInfo.processInfo.environment["RSDD_EVAL_SHOW"] != nil, !wrongKeys.isEmpty {
                print("    wrong listing (\(form)): \(line) → \(Set(wrongKeys).sorted().compactMap { k in listed.first { $0.key == k }?.name }.joined(separator: "; "))")
            }
            c.2 += 1
            found[form] = c
            if !right { missed.append("\(form): \(line)") }
            if ProcessInfo.processInfo.environment["RSDD_EVAL_SHOW"] != nil, form.hasPrefix("printed"), keys.contains(where: { entityOf[$0] != entityOf[r.key] }) {
                print("    also: \(line) → \(keys.filter { entityOf[$0] != entityOf[r.key] }.compactMap { k in listed.first { $0.key == k }?.name }.joined(separator: "; "))")
            }
        }
    }
    print(String(format: "co-authorship probe, %@ registry (%d records): %d listed research organisations as co-authors' affiliations",
                 registry.isEmpty ? "without" : "with", registry.count, orgs.count))
    for (form, (ok, wrong, all)) in found.sorted(by: { $0.key < $1.key }) {
        print(String(format: "  %@: %d of %d found (%.1f %%), %d with a wrong listing too (one the line does not print)", form, ok, all, 100 * Double(ok) / Double(max(all, 1)), wrong))
    }
    if ProcessInfo.processInfo.environment["RSDD_EVAL_SHOW"] != nil { for m in missed.prefix(30) { print("    missed: \(m)") } }
    // Look-alikes of another country: the listed organisations the co-author's name comes near
    // all give a country, and the co-author's is another.
    var lookAlikes = 0, flagged: [String] = [], review = 0
    for (name, country) in negatives {
        guard let country else { continue }
        let near = lists.index.lookup(OrganisationQuery(name: name)).listings + lists.index.lookup(OrganisationQuery(name: name)).near
        let countries = Set(near.compactMap { h in lists.index.entities.first { $0.id == h.entity }.map { e in e.records.compactMap { k in listed.first { $0.key == k }?.country } } }.flatMap { $0 })
        guard !near.isEmpty, !countries.isEmpty, !countries.contains(country) else { continue }
        // A campus or branch that names the listed organisation within its own name is no look-alike.
        let n = NameNormaliser()
        if near.contains(where: { Set(n.comparisonTokens($0.explanation.matchedName)).isSubset(of: Set(n.comparisonTokens(name))) }) { continue }
        lookAlikes += 1
        let countryName = english.localizedString(forRegionCode: country) ?? country
        let a = try assess(institution: name, country: country, printed: "School of Engineering, \(name), \(countryName)")
        if let f = a.findings.first(where: { $0.tie.type == .coauthorship }) {
            flagged.append("\(name) (\(country)) → \(f.listings.map { "\($0.record.name) (\($0.record.key), \($0.record.country ?? "-"))" }.joined(separator: "; "))")
        }
        if !a.needsReview.isEmpty { review += 1 }
    }
    print(String(format: "  look-alikes of another country as co-authors: %d, of which %d findings, %d go to review", lookAlikes, flagged.count, review))
    if ProcessInfo.processInfo.environment["RSDD_EVAL_SHOW"] != nil { for f in flagged.prefix(30) { print("    look-alike flagged: \(f)") } }
}
