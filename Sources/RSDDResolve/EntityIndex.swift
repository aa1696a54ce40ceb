import Foundation
import RSDDCore
import Synchronization

/// An organisation as a tie names it: the name as written, identifiers, country.
public struct OrganisationQuery: Sendable, Hashable {
    public var name: String
    public var identifiers: [String: String]
    public var country: String?
    /// Whether the country a name ends with ("…, Kaohsiung, Taiwan") counts as the query's country
    /// when it gives none: true for a line a publication printed, false to look a name up as written.
    public var countryFromName: Bool

    public init(name: String, identifiers: [String: String] = [:], country: String? = nil, countryFromName: Bool = true) {
        self.name = name
        self.identifiers = Identifiers.canonical(identifiers)
        self.country = country
        self.countryFromName = countryFromName
    }
}

/// A record a query reached, with why: the record it matched (a listing or a registry
/// organisation), the score, and the path from that record to this one.
public struct RecordHit: Sendable, Hashable {
    public var record: Record
    public var entity: String
    public var explanation: MatchExplanation
    /// The registry organisations the path to the record passed through, in order (the one the
    /// tie named, then each it is part of): evidence to cite beside the listing.
    public var via: [Record] = []
}

/// The resolve stage as a run uses it: built once per run over every listed record (all lists,
/// all years) and every registry organisation, clustered into entities (identifiers first, then
/// names; judgements win), and asked which entity a tie names. One scorer (`PairScorer`) decides
/// clustering, matches and near matches, at three thresholds.
public final class EntityIndex: Sendable {
    public let records: [Record]
    /// Everything the index's answers depend on besides rsdd's code (see `digest`): names the
    /// answers kept from one run to the next (`LookupCache`).
    public let inputDigest: String
    let kept = Mutex<(given: [OrganisationQuery: Answer], earlier: [OrganisationQuery: Answer], afresh: Int)>(([:], [:], 0))
    public let entities: [Entity]
    let prepared: [PairScorer.Prepared]
    /// The numbers of every word of `prepared`'s names (`WordNumbers`).
    let numbers: WordNumbers
    let idf: [String: Double]
    let scorer = PairScorer()
    /// Record index → index into `entities`.
    let entityOf: [Int]
    let members: [[Int]]
    let postings: [String: [Int]]
    let byKey: [String: [Int]]
    let byCompact: [String: [Int]]
    let byIdentifier: [String: [Int]]
    /// A listed organisation's own acronym of four characters or more ("UESTC", "VNIIEF") → the
    /// listed records that give it, each with whether the acronym spells the initials of one of
    /// its names ("UESTC", "IGCAR"): only those may make a finding alone. A parent's ("(AVIC)
    /// Institute 625"), a legal form's ("…, FSUE") or a transliteration's ("VNIIEF") go to review.
    let byAcronym: [String: [(record: Int, spelled: Bool)]]
    /// Listed records' other names (`OtherNames`), by record key: each name's compared words, the
    /// name, and why it is the listing's.
    let otherNames: [String: [(words: Set<String>, name: String, why: String)]]
    /// The localities of listed organisations' addresses (a piece of one or two words between
    /// commas, no digit), as compared words joined by spaces: "omsk", "saint petersburg".
    let addressLocalities: Set<String>
    /// Each organisation's localities of `addressLocalities`, by entity index.
    let entityLocalities: [Int: Set<String>]
    /// By entity index: true when no record of the organisation gives an address.
    let entityWithoutAddress: [Bool]
    /// Listed records by the initials of a name of four to six words that no listing gives as
    /// an acronym ("SNDU" for the Supreme National Defense University): for review, or a finding
    /// with a word of the listing's own elsewhere on the line (`ownWordElsewhere`).
    let byInitials: [String: [Int]]
    /// Listed records by the initials of a name of three words whose first word may be its
    /// city's ("PIC" for the Pyongyang Informatics Centre), each with that word's compared words:
    /// read only beside that word as a part of the line's own (`initials_at_city`).
    let byCityInitials: [String: [(record: Int, city: [String])]]
    /// Listed records by an acronym of three letters they give (`byAcronym` holds those of four
    /// letters or more): for review only.
    let byShortAcronym: [String: [Int]]
    /// The ends of listed names of capitals alone (`capitalsEnds`): "NIISI RAN" of the listed
    /// alias "FGU FNTS NIISI RAN", by record index.
    let byAcronymEnd: [String: [Int]]
    /// Listed records by the letters a cell or rsdd's table gives as a name of capitals alone, with
    /// a legal form or an eponym at most (`lettersCell`: "JSC NIKIET" → NIKIET). Round 41.
    let lettersCells: [String: Set<Int>]
    /// Every word of a listed record's names, as compared.
    let listedWords: Set<String>
    /// A listed word of five letters or more by its sounds (`PairScorer.transliterationKey`), where
    /// no other listed word has them: "malakit" → "malakhit" (as "Malachite" sounds too). Not a
    /// place's name. For `respelled`. Round 42.
    let listedSpellings: [String: String]
    /// A registry organisation's own acronym → the registry organisations that give it and are
    /// part of another (a laboratory of a university: "LID2MS", "CRET-LOG").
    let unitsByAcronym: [String: [Int]]
    /// Letters each listing writes only for what it belongs to (`NameParts.parentsAcronyms`).
    let parentLetters: [Int: Set<String>]
    /// Per record, the fewest words of any of its names of three words or more (0 when it has
    /// none): a query holding all of them is always scored, however many longer names share them.
    let fewestWords: [Int32]
    /// Listed records with a name that repeats a word (`PairScorer.sortedWords`), for `repeatedWord`.
    let repeatingNames: Set<Int>
    /// Registry record index → the registry records it is part of (ROR `parent` relationships).
    let parents: [Int: [Int]]
    /// Registry organisations' units that the registry itself lacks: the words of each one's name.
    let absentUnits: [Int: [[String]]]
    /// Registry record → the compared words of each organisation its record relates to it (a
    /// university's teaching hospital) that the registry lacks.
    let absentRelated: [Int: [[String]]]
    /// Entity index → the countries its records give, for the entities where some record gives
    /// none (a list of one year may give none where another year's row does): a tie of another
    /// country never names the entity. (Records that give a country are vetoed pair by pair.)
    let entityCountries: [Int: [String]]
    /// Listings that name a unit with what it belongs to ("PAEC, and subordinate entity National
    /// Development Complex (NDC)"): the parent's words and the unit's own, as clustering read them.
    /// A part of a line that holds only the parent's words reaches that listing, which names it,
    /// and not the unit's other listings: it does not name the unit.
    let families: Resolver.Families
    /// Entities with a listed record → what `anotherParent` and `extraWord` read of them: the
    /// words of all their names, whether a name carries a legal form (a company), and whether a
    /// name says "Academy of Sciences" (read once, not per line).
    let listedEntities: [Int: (tokens: Set<String>, company: Bool, academyOfSciences: Bool)]
    /// The countries each list source gives its listings (by source id): a listing of that source
    /// that gives none is most likely of one of them.
    let sourceCountries: [String: Set<String>]
    /// Listed laboratories named by where they are ("Defense S&T Key Laboratory of Electronic
    /// Measurement Technology at North University of China"), by the host's compared words: the
    /// laboratory's listed record, the words of what each of its names says it works on, and the
    /// acronyms those names print ("ATR").
    let labsAtHost: [String: [LabAtHost]]
    /// Listed Chinese defence laboratories ("Defense S&T Key Laboratory of Information Systems
    /// Engineering", 国防科技重点实验室), by what they work on (their topic words, sorted): papers
    /// print them "Science and Technology on <topic> Laboratory" (see `defenseLab`).
    let defenseLabs: [String: [Int]]
    /// Listed records → the names they give units under a parent (`unitNames`), for those with some.
    let unitNamesOf: [Int: [[String]]]
    /// What `writingOutInitials` can put, read once off the listed names: the words of three to
    /// five capitals they print (`letters`), and the first letters of their runs of three to five
    /// capitalised words (`spelled`), each with the listed records that print it. Only a listing
    /// that prints a run a word of the line's capitals spells, or letters a run of the line's
    /// words spells, is read for a put (few listings of few lines).
    let listedInitials: (letters: [String: Set<Int>], spelled: [String: Set<Int>], names: [Int: [[String]]])
    let scratch: Scratch

    struct LabAtHost: Sendable {
        let record: Int
        let topics: [Set<String>]
        let acronyms: Set<String>
    }

    /// `records`: listed records and registry organisations (category `registry`). `previous`:
    /// record key → entity id of the last run, so that ids stay stable.
    /// `known`: records prepared before (a registry kept from an earlier run), by record key.
    public init(records: [Record], judgements: Judgements = Judgements(), previous: [String: String] = [:],
                known: [String: PairScorer.Prepared] = [:]) {
        self.records = records
        inputDigest = EntityIndex.digest(records, judgements, previous)
        scratch = Scratch(count: records.count)
        // Preparing every name is most of the work of a registry of 100,000 organisations: on every core.
        let scorer = self.scorer
        // (A listing's other names, `OtherNames`, are matched as its names; its record stays as the
        // list gives it.)
        let preparedAll = Workspace.parallelMap(records) { known[$0.key] ?? scorer.prepare(OtherNames.adding(to: $0)) }
        let raw = Resolver.withoutOthersNames(records, preparedAll, scorer: scorer)
        // Organisations are told apart without the lists' table of other names (see
        // `OtherNames.adding(to:lists:)`): the records it names are prepared again without it, for
        // clustering alone. Round 33.
        let listsNamed = records.indices.filter { OtherNames.hasListsNames(records[$0]) }
        var clusterRaw = raw
        if !listsNamed.isEmpty {
            var plain = preparedAll
            // (On every core, as above.)
            let again = Workspace.parallelMap(listsNamed) { scorer.prepare(OtherNames.adding(to: records[$0], lists: false)) }
            for (k, i) in listsNamed.enumerated() { plain[i] = again[k] }
            let readied = Resolver.withoutOthersNames(records, plain, scorer: scorer)
            for i in listsNamed { clusterRaw[i] = readied[i] }
        }
        var otherNames: [String: [(words: Set<String>, name: String, why: String)]] = [:]
        for r in records where r.isListed {
            let other = OtherNames.of(r)
            if !other.isEmpty { otherNames[r.key] = other.map { (Set(scorer.comparedWords(of: $0.name)), $0.name, $0.why) } }
        }
        self.otherNames = otherNames
        // The localities of each listed record's addresses (grouped by organisation below).
        var recordLocalities: [(record: Int, localities: Set<String>)] = []
        for (i, r) in records.enumerated() where r.isListed && !r.places.isEmpty {
            var own = Set<String>()
            for address in r.places {
                for piece in address.split(separator: ",") {
                    // (A postcode beside the city is no word of it: "Omsk 644027".)
                    let w = EntityIndex.localityWords(String(piece), scorer)
                    if (1...2).contains(w.count), w.allSatisfy({ $0.utf8.count >= 3 }), Identifiers.countryName(w.joined(separator: " ")) == nil {
                        own.insert(w.joined(separator: " "))
                    }
                }
            }
            if !own.isEmpty { recordLocalities.append((i, own)) }
        }
        self.addressLocalities = recordLocalities.reduce(into: Set<String>()) { $0.formUnion($1.localities) }
        // (Words weigh as the lists and the hand-written table give them: the lists' table adds
        // names for reading lines, not weight to their words, so that the weights the review and
        // the matches rest on do not move with it. Round 33.)
        let idf = PairScorer.idf(clusterRaw)
        let weighed = Workspace.parallelMap(raw) { PairScorer.weighed($0, idf: idf) }
        let weighedForClusters = listsNamed.map { PairScorer.weighed(clusterRaw[$0], idf: idf) }
        // (Every name's words numbered, for walking two names by number: `WordNumbers`.)
        let numbers = WordNumbers([weighed, weighedForClusters])
        self.numbers = numbers
        let prepared = Workspace.parallelMap(weighed) { numbers.numbered($0) }
        self.prepared = prepared
        var forClusters = prepared
        for (k, i) in listsNamed.enumerated() { forClusters[i] = numbers.numbered(weighedForClusters[k]) }
        let clusterPrepared = forClusters
        self.idf = idf
        // Clustering (after the families of names it reads), the word tables and the tables of
        // listed names need the same prepared records and nothing of each other: built side by side.
        let familiesBuilt = Mutex(Resolver.Families())
        let clustered = Mutex<[(entity: Entity, members: [Int])]>([])
        let built = Mutex<Tables>(([:], [:], [:], [:]))
        let namedBuilt = Mutex(NameTables())
        let initialsBuilt = Mutex<(letters: [String: Set<Int>], spelled: [String: Set<Int>], names: [Int: [[String]]])>(([:], [:], [:]))
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            if task == 0 {
                let families = Resolver.families(records, clusterPrepared, scorer: scorer)
                familiesBuilt.withLock { $0 = families }
                let (groups, _) = Resolver().cluster(records, clusterPrepared, judgements: judgements, idf: idf, families: families,
                                                     pivot: { !clusterPrepared[$0].registry })
                let entities = Resolver.entitiesWithMembers(groups, records: records, prepared: clusterPrepared, previous: previous)
                clustered.withLock { $0 = entities }
            } else if task == 1 {
                let t = EntityIndex.tables(prepared)
                built.withLock { $0 = t }
                let i = EntityIndex.initialsTables(records, prepared)
                initialsBuilt.withLock { $0 = i }
            } else {
                let n = EntityIndex.nameTables(records, prepared, scorer)
                namedBuilt.withLock { $0 = n }
            }
        }
        families = familiesBuilt.withLock { $0 }
        let named = namedBuilt.withLock { $0 }
        let tables = built.withLock { $0 }
        let clusteredEntities = clustered.withLock { $0 }
        self.entities = clusteredEntities.map(\.entity)
        // By record index, not key: a list may repeat an id for two records, each its own.
        let members = clusteredEntities.map(\.members)
        var entityOf = [Int](repeating: 0, count: records.count)
        for (e, m) in members.enumerated() { for i in m { entityOf[i] = e } }
        self.entityOf = entityOf
        self.members = members
        // Each organisation's localities (`addressLocalities`), for a city read apart (`cityApart`).
        var byEntity: [Int: Set<String>] = [:]
        for (i, own) in recordLocalities { byEntity[entityOf[i], default: []].formUnion(own) }
        entityLocalities = byEntity
        // The organisations none of whose records gives an address (`entityPlaces` is empty).
        var withoutAddress = [Bool](repeating: true, count: members.count)
        for (e, m) in members.enumerated() where m.contains(where: { records[$0].places.contains { !scorer.comparedWords(of: $0).isEmpty } }) {
            withoutAddress[e] = false
        }
        entityWithoutAddress = withoutAddress
        var countries: [Int: [String]] = [:]
        for (e, m) in members.enumerated() where m.count > 1 {
            let given = Set(m.compactMap { prepared[$0].country })
            if !given.isEmpty && m.contains(where: { prepared[$0].country == nil }) { countries[e] = given.sorted() }
        }
        entityCountries = countries
        var listedEntities: [Int: (tokens: Set<String>, company: Bool, academyOfSciences: Bool)] = [:]
        for (e, m) in members.enumerated() where m.contains(where: { prepared[$0].listed }) {
            let tokens = m.reduce(into: Set<String>()) { $0.formUnion(prepared[$1].tokens) }
            let company = m.contains { i in ([records[i].name] + records[i].aliases).contains(where: NameNormaliser.legalFormsIn) }
            let academy = m.contains { i in prepared[i].names.contains { n in n.indices.dropLast().contains { n[$0] == "academy" && n[$0 + 1] == "science" } } }
            listedEntities[e] = (tokens, company, academy)
        }
        self.listedEntities = listedEntities
        self.listedInitials = initialsBuilt.withLock { $0 }
        var bySource: [String: Set<String>] = [:]
        for i in records.indices where prepared[i].listed { if let c = prepared[i].country { bySource[records[i].source, default: []].insert(c) } }
        sourceCountries = bySource
        postings = tables.postings
        byKey = tables.byKey
        byCompact = tables.byCompact
        byIdentifier = tables.byID
        let byID = tables.byID
        var parents: [Int: [Int]] = [:]
        for (i, r) in records.enumerated() where prepared[i].registry {
            for p in r.parents { parents[i, default: []] += byID["ror:\(Identifiers.canonical(["ror": p])["ror"] ?? p)"] ?? [] }
        }
        self.parents = parents
        // A registry organisation's units (`children`) or teaching hospitals (`related`) that the
        // registry itself lacks: their names' words, per organisation.
        func absent(_ relation: (Record) -> [String: String]) -> [Int: [[String]]] {
            var out: [Int: [[String]]] = [:]
            for (i, r) in records.enumerated() where prepared[i].registry && !relation(r).isEmpty {
                for (id, label) in relation(r).sorted(by: { $0.key < $1.key }) where byID["ror:\(Identifiers.canonical(["ror": id])["ror"] ?? id)"] == nil {
                    let words = Array(Set(scorer.comparedWords(of: label))).sorted()
                    if !words.isEmpty { out[i, default: []].append(words) }
                }
            }
            return out
        }
        absentUnits = absent(\.children)
        absentRelated = absent(\.related)
        fewestWords = prepared.map { p in Int32(p.sortedNames.map(PairScorer.distinctCount).filter { $0 >= 3 }.min() ?? 0) }
        repeatingNames = Set(prepared.indices.filter { i in prepared[i].listed && prepared[i].sortedNames.contains { $0.contains { $0.utf8.last == 2 } } })
        byAcronym = named.byAcronym
        byShortAcronym = named.byShortAcronym
        byInitials = named.byInitials
        byCityInitials = named.byCityInitials
        byAcronymEnd = named.byAcronymEnd
        lettersCells = named.lettersCells
        var listedWords = Set<String>(), bySound: [String: Set<String>] = [:]
        for (w, list) in postings where list.contains(where: { prepared[$0].listed }) {
            listedWords.insert(w)
            // (Not a place's name: "Nanning" sounds as "Nanjing" to a key made for Russian words.)
            guard w.utf8.count >= 5, w.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
                  !EntityIndex.mainlandPlaces.contains(w), !addressLocalities.contains(w), Identifiers.countryName(w) == nil else { continue }
            bySound[PairScorer.transliterationKey(w), default: []].insert(w)
        }
        self.listedWords = listedWords
        listedSpellings = bySound.compactMapValues { $0.count == 1 ? $0.first : nil }
        self.parentLetters = named.parentLetters
        var unitAcronyms: [String: [Int]] = [:]
        for (i, p) in prepared.enumerated() where p.registry && parents[i] != nil {
            for a in p.namedAcronyms.sorted() { unitAcronyms[a, default: []].append(i) }
        }
        unitsByAcronym = unitAcronyms
        labsAtHost = named.labsAtHost
        defenseLabs = named.defenseLabs
        unitNamesOf = named.unitNamesOf
    }

    /// `listedInitials` from the listed records (built beside the word tables, which take little).
    static func initialsTables(_ records: [Record], _ prepared: [PairScorer.Prepared])
        -> (letters: [String: Set<Int>], spelled: [String: Set<Int>], names: [Int: [[String]]]) {
        var letters: [String: Set<Int>] = [:], spelled: [String: Set<Int>] = [:], initialsNames: [Int: [[String]]] = [:]
        for i in records.indices where prepared[i].listed {
            for name in ([records[i].name] + records[i].aliases).flatMap(NameParts.split) where !name.acronym {
                let ws = EntityIndex.initialsWords(name.text)
                guard ws.count >= 2 else { continue }
                // (Read as a line's are, so that the tables and the line meet alike.)
                let (l, r) = EntityIndex.lineInitials(name.text)
                for w in l { letters[w, default: []].insert(i) }
                for w in r { spelled[w, default: []].insert(i) }
                if !l.isEmpty || !r.isEmpty { initialsNames[i, default: []].append(ws.map(String.init)) }
            }
        }
        return (letters, spelled, initialsNames)
    }

    /// The tables of listed names a lookup reads beside the word tables: acronyms, initials, the
    /// parents' letters, laboratories at hosts, defence laboratories and units' names. They need
    /// the records and their prepared names only, not the entities, so they are built while the
    /// records are clustered.
    struct NameTables {
        var byAcronym: [String: [(record: Int, spelled: Bool)]] = [:]
        var byShortAcronym: [String: [Int]] = [:]
        var byInitials: [String: [Int]] = [:]
        var byCityInitials: [String: [(record: Int, city: [String])]] = [:]
        var parentLetters: [Int: Set<String>] = [:]
        var labsAtHost: [String: [LabAtHost]] = [:]
        var defenseLabs: [String: [Int]] = [:]
        var unitNamesOf: [Int: [[String]]] = [:]
        var byAcronymEnd: [String: [Int]] = [:]
        var lettersCells: [String: Set<Int>] = [:]
    }

    /// The Latin letters of Ц, Х, Ч, Ш and Ж that begin a Russian word written in Latin letters
    /// (BGN/PCGN, as the lists write names).
    static let russianDigraphs = ["ts", "kh", "ch", "sh", "zh"]

    /// The letters of a name that is one word of capitals (Latin or Cyrillic, five letters or
    /// more in Latin letters), with a Russian legal form's letters beside it and a "named after"
    /// tail at most: "JSC NIKIET", "АО «НИКИЭТ»" and "ЦИАМ им. П.И. Баранова" give NIKIET, NIKIET
    /// and TSIAM; nil for any other name. (Five letters: four, "NIIP", name several institutes; nor
    /// a research institute's letters with one or two of its subject's, "VNIIA", for the same reason.)
    static func lettersCell(_ name: String) -> String? {
        var words = name.split(whereSeparator: { $0 == " " || EntityIndex.quotes.contains($0.unicodeScalars.first!) && $0.unicodeScalars.count == 1 })
        if let k = words.firstIndex(where: { ["им.", "имени", "im.", "imeni", "named"].contains($0.lowercased()) }) { words = Array(words[..<k]) }
        // (Lower case, Russian letters in Latin ones: "ФАУ" is "fau".)
        func latin(_ w: Substring) -> String { NameNormaliser.inLatinLetters(w.lowercased()) }
        words.removeAll { NameParts.russianFormLetters.contains(latin($0)) }
        guard words.count == 1, let w = words.first, w.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        let letters = latin(w).uppercased()
        guard letters.utf8.count >= 5, letters.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
              !EntityIndex.formLetters.contains(letters.lowercased()) else { return nil }
        // (Not an institute's kind and a subject's initial or two: ВНИИА is the All-Russian
        // institute of automatics and the one of agrochemistry. Round 38 left "FSUE VNIIA" for
        // review.)
        if ["VNII", "TSNII", "GOSNII", "NII"].contains(where: { letters.hasPrefix($0) && letters.utf8.count - $0.utf8.count <= 2 }) { return nil }
        return letters
    }

    /// The words of a name of capitals alone ("FGU FNTS NIISI RAN"), upper case, the academy's
    /// letters in English and in Russian as one (RAS, RAN); nil for any other name.
    static func capitalsWords(_ text: String) -> [String]? {
        let t = Text.trimmed(text)
        guard NameParts.isAcronymWords(t) else { return nil }
        return t.split(separator: " ").map { $0 == "RAS" ? "RAN" : String($0) }
    }

    /// The ends of a listed name of capitals alone, from a word of four letters or more that is no
    /// form's or academy's, two words or more: "NIISI RAN" of "FGU FNTS NIISI RAN".
    static func capitalsEnds(_ words: [String]) -> [String] {
        guard words.count >= 3 else { return [] }
        return (1..<(words.count - 1)).compactMap { k in
            let first = words[k].lowercased()
            guard words[k].utf8.count >= 4, !formLetters.contains(first), !academyLetters.contains(first) else { return nil }
            return words[k...].joined(separator: " ")
        }
    }

    static func nameTables(_ records: [Record], _ prepared: [PairScorer.Prepared], _ scorer: PairScorer) -> NameTables {
        var acronyms: [String: [(record: Int, spelled: Bool)]] = [:]
        var cells: [String: Set<Int>] = [:]
        for (i, p) in prepared.enumerated() where p.listed {
            // (Not a form of body's letters a cell ends with, "…, FGUP": every Russian state
            // enterprise prints them.)
            for a in p.namedAcronyms.sorted() where a.filter({ $0.isLetter || $0.isNumber }).count >= 4 && !EntityIndex.formLetters.contains(a.lowercased()) {
                // (Spelled from the words as written too: "Scientific" is compared as "Research".)
                // (A word's first two or three letters only where the record gives one acronym: in
                // "Kestrel Research Institute (KRIX), Fictional Aviation Group (FAGR)" the second is
                // the parent's, and its letters must not spell the unit's name.)
                let prefix = p.namedAcronyms.count == 1 ? 3 : 1
                // From the names as written too, each part of a cell apart, without acronyms.
                let own = Set(p.namedAcronyms.map { $0.lowercased() })
                // (A K of the letters may be a C of the English word: the letters are the name's in
                // Russian, where "Concern", "Complex" and "Corporation" begin with К. "KRET" for
                // "JSC Concern Radio-Electronic Technologies (KRET)". Round 43, set 136.)
                let spelled = ([a] + (a.contains("K") ? [a.replacingOccurrences(of: "K", with: "C")] : [])).contains { a in
                    p.names.contains { EntityIndex.spells(a, $0, prefix: prefix) }
                    || ([records[i].name] + records[i].aliases).flatMap(NameParts.split).filter { !$0.acronym }.contains { part in
                        EntityIndex.spells(a, scorer.normaliser.tokens(part.text).filter { !NameNormaliser.functionWords.contains($0) && !own.contains($0) }, prefix: prefix)
                    }
                }
                acronyms[a, default: []].append((i, spelled))
            }
            // Letters that a list or rsdd's table gives as a name of their own, with a legal form
            // or an eponym at most ("JSC NIKIET", "АО «НИКИЭТ»", "ФАУ «ЦИАМ им. П.И. Баранова»"):
            // the organisation's own acronym, spelled from its name or not, in Latin letters as a
            // line prints them ("NIKIET", "TsIAM"), read as an alias cell of the letters alone is
            // (`lettersCells`). Round 41, sets 123 and 125.
            for a in ([records[i].name] + records[i].aliases + OtherNames.of(records[i]).map(\.name)).compactMap(EntityIndex.lettersCell) {
                cells[a, default: []].insert(i)
                if acronyms[a]?.contains(where: { $0.record == i }) != true { acronyms[a, default: []].append((i, false)) }
            }
            // The acronym a name in Russian, written in Latin letters, stands for ("NII
            // Molekulyarnoi Elektroniki" for NIIME): spelled from the listing's own name.
            for a in ([records[i].name] + records[i].aliases).flatMap(NameParts.russianAcronyms) {
                if let k = acronyms[a]?.firstIndex(where: { $0.record == i }) { acronyms[a]![k].spelled = true }
                else { acronyms[a, default: []].append((i, true)) }
            }
        }
        var short: [String: [Int]] = [:]
        for (i, p) in prepared.enumerated() where p.listed {
            // (Not a legal form's letters a name ends with, "Kalinin Machine Plant, JSC": "JSC
            // DNPP" prints no listing's acronym in "JSC". Such letters in brackets are the listing's.)
            for a in p.namedAcronyms.sorted() where a.count == 3 && a.allSatisfy({ $0.isASCII && $0.isUppercase })
                && (!(EntityIndex.formLetters.contains(a.lowercased()) || NameNormaliser.legalForms.contains(a.lowercased()))
                    || ([records[i].name] + records[i].aliases).contains { $0.contains("(\(a))") }) { short[a, default: []].append(i) }
        }
        var initials: [String: [Int]] = [:]
        var cityInitials: [String: [(record: Int, city: [String])]] = [:]
        for (i, p) in prepared.enumerated() where p.listed {
            let written = [records[i].name] + records[i].aliases
            var texts = written.flatMap(NameParts.split).filter { !$0.acronym }.map(\.text)
            // (A unit after its academy and a dash, "Chinese Academy of Sciences – Shanghai Institute
            // of Microsystem and Information Technology", by its own name too: SIMIT. Round 31.)
            for w in written {
                for dash in [" – ", " — "] {
                    guard let r = w.range(of: dash), NameParts.academies.contains(where: { w[..<r.lowerBound].hasPrefix($0.1) }) else { continue }
                    texts.append(String(w[r.upperBound...].prefix { $0 != "(" && $0 != "（" && $0 != "," }))
                }
            }
            // (A name by its words before "named after" too: "Kazan National Research Technical
            // University named after A.N. Tupolev-KAI" spells KNRTU. Round 43, set 140.)
            for t in texts {
                if let r = t.range(of: " named after ", options: .caseInsensitive) { texts.append(String(t[..<r.lowerBound])) }
            }
            for text in texts {
                let words = scorer.normaliser.tokens(text).filter { !NameNormaliser.functionWords.contains($0) }
                // (Three words: the first may be the city's, read only beside it. Round 45, set 150.)
                if words.count == 3, words.allSatisfy({ $0.first?.isLetter == true && $0.first?.isASCII == true }) {
                    let letters = String(words.compactMap(\.first)).uppercased()
                    let city = scorer.comparedWords(of: words[0])
                    if acronyms[letters] == nil, !EntityIndex.formLetters.contains(letters.lowercased()), !city.isEmpty,
                       cityInitials[letters]?.contains(where: { $0.record == i }) != true {
                        cityInitials[letters, default: []].append((i, city))
                    }
                }
                guard (4...6).contains(words.count), words.allSatisfy({ $0.first?.isLetter == true && $0.first?.isASCII == true }) else { continue }
                let letters = String(words.compactMap(\.first)).uppercased()
                // (Not a form of body's letters: "Federal State Unitary Enterprise" spells FSUE.)
                if acronyms[letters] == nil, !EntityIndex.formLetters.contains(letters.lowercased()), initials[letters]?.contains(i) != true {
                    initials[letters, default: []].append(i)
                }
                // A Russian name in Latin letters is shortened by its Russian letters, a word that
                // begins with Ц, Х, Ч, Ш or Ж by two Latin letters: "Tsentralnoe Konstruktorskoe
                // Byuro Avtomatiki" (ЦКБА) is printed "TsKBA", read in capitals as TSKBA. Round 32.
                let digraphs = words.map { w in EntityIndex.russianDigraphs.first { w.hasPrefix($0) } ?? String(w.prefix(1)) }.joined().uppercased()
                if digraphs != letters, acronyms[digraphs] == nil, initials[digraphs]?.contains(i) != true {
                    initials[digraphs, default: []].append(i)
                }
            }
        }
        var parentLetters: [Int: Set<String>] = [:]
        for (i, p) in prepared.enumerated() where p.listed && !p.namedAcronyms.isEmpty {
            let letters = NameParts.parentsAcronyms(of: [records[i].name] + records[i].aliases)
            if !letters.isEmpty { parentLetters[i] = letters }
        }
        var defense: [String: [Int]] = [:]
        for (i, r) in records.enumerated() where prepared[i].listed {
            for written in [r.name] + r.aliases {
                for part in NameParts.split(written) where !part.acronym {
                    let text = part.text.range(of: " at ", options: .backwards).map { String(part.text[..<$0.lowerBound]) } ?? part.text
                    let lower = text.lowercased()
                    guard lower.contains("defense") || lower.contains("defence") || lower.contains("science and technology on"),
                          let topic = EntityIndex.labTopic(scorer.comparedWords(of: text)), topic.count >= 2 else { continue }
                    let key = topic.sorted().joined(separator: " ")
                    if defense[key]?.contains(i) != true { defense[key, default: []].append(i) }
                }
            }
        }
        var unitNames: [Int: [[String]]] = [:]
        for (i, r) in records.enumerated() where prepared[i].listed {
            let u = EntityIndex.unitNames(r, scorer)
            if !u.isEmpty { unitNames[i] = u }
        }
        var ends: [String: [Int]] = [:]
        for (i, r) in records.enumerated() where prepared[i].listed {
            for cell in [r.name] + r.aliases {
                guard let words = EntityIndex.capitalsWords(cell) else { continue }
                for end in EntityIndex.capitalsEnds(words) where ends[end]?.contains(i) != true { ends[end, default: []].append(i) }
            }
        }
        return NameTables(byAcronym: acronyms, byShortAcronym: short, byInitials: initials, byCityInitials: cityInitials, parentLetters: parentLetters,
                          labsAtHost: EntityIndex.labsAtHost(records, prepared, scorer), defenseLabs: defense, unitNamesOf: unitNames,
                          byAcronymEnd: ends, lettersCells: cells)
    }

    /// Words of a laboratory's name that say what kind of laboratory it is, not what it works on.
    static let labWords: Set<String> = ["laboratory", "lab", "key", "state", "national", "defense", "science", "technology",
                                        "fundamental", "research", "s&t", "s", "t", "center", "open", "joint", "on", "of", "for", "and", "the", "in"]

    /// What a laboratory's name says it works on: its compared words without `labWords`, or nil
    /// when the words name no laboratory.
    static func labTopic(_ words: [String]) -> Set<String>? {
        guard words.contains("laboratory") || words.contains("lab") else { return nil }
        return Set(words.filter { !labWords.contains($0) && $0.utf8.count >= 2 })
    }

    /// Capitals of three letters or more a name prints ("ATR"), lower-cased as compared.
    static func printedAcronyms(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "," })
            .map { $0.trimmingCharacters(in: EntityIndex.wordEdges) }
            .filter { $0.utf8.count >= 3 && $0.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } }
            .map { $0.lowercased() })
    }

    /// Hosts of listed laboratories that their lists name without one, by the listed name: the
    /// Section 1286 list's "Defense S&T Key Laboratory of Information Systems Engineering" (and its
    /// earlier "Key Laboratory of Information Systems Engineering", KLISE), 信息系统工程重点实验室,
    /// which public trackers of PLA-linked universities give under the National University of
    /// Defense Technology, Changsha. CETC's 28th institute in Nanjing has a laboratory of that name
    /// too: a line of that topic beside another host, or none, stays for review (`defenseLab`).
    /// (Read by `labsAtHost` only, not as a name of the listing: a name of fourteen words, most of
    /// them every defence laboratory's, came near every listed laboratory's tie. Round 38.)
    static let labHosts: [String: String] = [
        "Defense S&T Key Laboratory of Information Systems Engineering": "National University of Defense Technology",
        "Key Laboratory of Information Systems Engineering": "National University of Defense Technology",
    ]

    /// `labsAtHost` from the listed records: a name of the form "<laboratory> at <host>", or a
    /// laboratory listed without its host with the host `labHosts` gives it.
    static func labsAtHost(_ records: [Record], _ prepared: [PairScorer.Prepared], _ scorer: PairScorer) -> [String: [LabAtHost]] {
        var out: [String: [LabAtHost]] = [:]
        for (i, r) in records.enumerated() where prepared[i].listed {
            let written = [r.name] + r.aliases + (labHosts[r.name].map { [r.name + " at " + $0] } ?? [])
            guard written.contains(where: { $0.contains(" at ") }) else { continue }
            var hosts = Set<String>(), topics: [Set<String>] = [], acronyms = Set<String>()
            for w in written {
                var labTexts = NameParts.split(w).map(\.text)
                if let at = w.range(of: " at ", options: .backwards) {
                    let host = scorer.comparedWords(of: String(w[at.upperBound...]))
                    let lab = String(w[..<at.lowerBound])
                    if host.count >= 2, EntityIndex.labTopic(scorer.comparedWords(of: lab)) != nil { hosts.insert(host.joined(separator: " ")) }
                    labTexts.append(lab)
                }
                for t in labTexts {
                    let words = scorer.comparedWords(of: t.range(of: " at ", options: .backwards).map { String(t[..<$0.lowerBound]) } ?? t)
                    if let topic = EntityIndex.labTopic(words), !topic.isEmpty, !topics.contains(topic) {
                        topics.append(topic)
                        acronyms.formUnion(EntityIndex.printedAcronyms(t))
                    }
                }
            }
            for h in hosts.sorted() where !topics.isEmpty { out[h, default: []].append(LabAtHost(record: i, topics: topics, acronyms: acronyms)) }
        }
        return out
    }

    /// The records of one source with their prepared names, in index order (for `PreparedCache`).
    public func prepared(ofSource source: String) -> [(Record, PairScorer.Prepared)] {
        records.indices.filter { records[$0].source == source }.map { (records[$0], prepared[$0]) }
    }

    /// True when the letters of `acronym` are the beginnings of some of `words`, in order: each
    /// word's initial, or its first letters up to `prefix` ("DESTO" for "Defense Science and
    /// Technology Organization", "NILOP" for "… Lasers and Optronics").
    ///
    /// A word of pieces gives its pieces' initials too, from its first piece on: "SW" for
    /// "Southwest" (SWIEE, the Southwest Institute of Electronic Equipment), "SC" for
    /// "Supercomputing" and "GZ" for Guangzhou's two syllables (NSCC-GZ). Round 40.
    ///
    /// The acronym's last letters may be four first letters of a word where three are allowed:
    /// "TECH" for "Technology" (PINSTECH, the Pakistan Institute of Nuclear Science and Technology).
    /// Round 41, set 125.
    static func spells(_ acronym: String, _ words: [String], prefix: Int = 3) -> Bool {
        let letters = Array(acronym.lowercased().filter(\.isLetter).utf8)
        guard !letters.isEmpty else { return false }
        let ws = words.map { Array($0.utf8) }
        // can[k]: the letters from k on are spelled by words after the one at hand; a walk over
        // the words, latest first (a dozen words and letters at most).
        var can = Array(repeating: false, count: letters.count + 1)
        can[letters.count] = true
        let longest = prefix >= 3 ? 4 : prefix
        for (j, w) in ws.enumerated().reversed() {
            let pieces = EntityIndex.pieceInitials(words[j]).map { Array($0.utf8) } ?? []
            for k in 0..<letters.count {
                var n = 0
                while n < longest && n < w.count && k + n < letters.count && w[n] == letters[k + n] {
                    n += 1
                    // (Four only after letters of other words: a name that holds the acronym as a
                    // word, "… Instruments (NFIP)", does not spell it so.)
                    if can[k + n] && (n <= prefix || (k > 0 && k + n == letters.count)) { can[k] = true; break }
                }
                // (Two pieces' initials at least: the first is the word's own.)
                n = 0
                while !can[k] && n < pieces.count && k + n < letters.count && pieces[n] == letters[k + n] {
                    n += 1
                    if n >= 2 && can[k + n] { can[k] = true }
                }
            }
        }
        return can[0]
    }

    /// The initials of a word's pieces, where it is one of a compass's compounds ("northwestern":
    /// "nw"), a "super-" word ("supercomputing": "sc") or a mainland place of two syllables or more
    /// (`HanGlossary.placeSyllableInitials`: "guangzhou": "gz"); nil for any other word.
    static func pieceInitials(_ w: String) -> String? {
        for first in ["north", "south"] where w.hasPrefix(first) {
            let rest = w.dropFirst(first.count)
            if rest.hasPrefix("east") || rest.hasPrefix("west") { return String(first.prefix(1) + rest.prefix(1)) }
        }
        if w.hasPrefix("super"), w.utf8.count >= 9 { return "s" + String(w.dropFirst(5).prefix(1)) }
        return HanGlossary.placeSyllableInitials[w]
    }

    /// Records by word, by normalised name, by run-together name and by identifier.
    typealias Tables = (postings: [String: [Int]], byKey: [String: [Int]], byCompact: [String: [Int]], byID: [String: [Int]])
    static func tables(_ prepared: [PairScorer.Prepared]) -> Tables {
        var postings: [String: [Int]] = [:], byKey: [String: [Int]] = [:], byCompact: [String: [Int]] = [:], byID: [String: [Int]] = [:]
        for (i, p) in prepared.enumerated() {
            for (scheme, v) in p.identifiers { byID["\(scheme):\(v)", default: []].append(i) }
            guard !p.person else { continue }
            for t in p.tokens { postings[t, default: []].append(i) }
            for k in p.keys.keys { byKey[k, default: []].append(i) }
            for c in p.compacts.keys { byCompact[c, default: []].append(i) }
        }
        return (postings, byKey, byCompact, byID)
    }

    /// A word in more records than this proposes no candidates (it still weighs in the score).
    static let commonWord = 1000
    /// How many of the records sharing a query's rarest words are scored in full.
    static let scoredCandidates = 24

    /// The `k` keys of the largest values (ties: the smaller key), without sorting them all.
    static func top(_ k: Int, of touched: [Int], _ weight: UnsafeMutableBufferPointer<Double>) -> [Int] {
        var best: [(Double, Int)] = []
        best.reserveCapacity(k + 1)
        for i in touched {
            let w = weight[i]
            if best.count == k, let last = best.last, (w, -i) <= (last.0, -last.1) { continue }
            let at = best.firstIndex { (w, -i) > ($0.0, -$0.1) } ?? best.count
            best.insert((w, i), at: at)
            if best.count > k { best.removeLast() }
        }
        return best.map(\.1)
    }

    /// The country a query is of: its own, else the one its identifiers give in the registry,
    /// else the one its printed affiliation line names ("…, Kaohsiung, Taiwan").
    func country(of q: OrganisationQuery, parts cut: [String]) -> String? {
        if let c = q.country.flatMap(Identifiers.countryCode) { return c }
        // An identifier the registry knows says where the organisation is: a tie carrying the ROR
        // id of a US university is not the same-named listing in another country.
        let known = Set(q.identifiers.flatMap { byIdentifier["\($0.key):\($0.value)"] ?? [] }.filter { prepared[$0].registry }
            .compactMap { prepared[$0].country })
        if known.count == 1 { return known.first }
        // "…, Taiwan", "…, Beijing 100084 China", "…, P.R. China": an affiliation line ends with
        // its country, as the last part or that part's last words (never a part in the middle:
        // "New Mexico" is no country).
        // When the last part names none, the one before it may: "…, Hsinchu, Taiwan, R.O.C.",
        // "…, China, 100084". A line of several affiliations joined by ";" has a country only when
        // each of them ends with the same one: "HIT, Harbin, China; NUS, Singapore" has none.
        guard q.countryFromName, cut.count > 1 else { return nil }
        func ending(_ parts: [String]) -> String? {
            guard parts.count > 1 else { return nil }
            for last in parts.suffix(parts.count > 2 ? 2 : 1).reversed() {
                if let c = Identifiers.countryName(last) { return c }
                // A country's letters each with a dot ("D.P.R.K."), as the letters.
                if last.utf8.count <= 12, last.contains("."), !last.contains(" "), let c = Identifiers.countryName(last.filter { $0 != "." }) { return c }
                // A contested region as the line's last part ("…, Yalta, Crimea"): the region,
                // the same country as either that may be printed for it.
                if last == parts.last, let r = Identifiers.contestedRegion(last) { return r }
                let words = last.split(separator: " ")
                for n in [3, 2, 1] where words.count > n {
                    // "Democratic People’s Republic of Korea" ends with "Republic of Korea", and
                    // is the other Korea: a misread country would veto the listing.
                    if let c = Identifiers.countryName(words.suffix(n).joined(separator: " ")) {
                        return c == "KR" && words.contains(where: { ["democratic", "dpr", "d.p.r."].contains($0.lowercased()) }) ? "KP" : c
                    }
                }
            }
            // A mainland city or province as the last part, with a postcode or without, where no
            // country is printed ("…, Coast Guard Academy, Ningbo", "…, AMMS, Beijing 100850"):
            // China. (Only the places of `HanGlossary.places`; none is a place of another country.)
            // Round 43, set 137.
            if let last = parts.last, EntityIndex.isMainlandPlace(last) { return "CN" }
            return nil
        }
        guard q.name.contains(";") else { return ending(cut) }
        let each = q.name.split(separator: ";").map { $0.split(separator: ",").map { Text.trimmed(String($0)) }.filter { !$0.isEmpty } }
            .filter { !$0.isEmpty }.map(ending)
        guard let first = each.first ?? nil, each.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// A part of a line in one word of Latin letters: a place or a department's subject as often as
    /// an organisation ("Harbin" is also an alias of a listed company). It never makes a finding
    /// alone; a listing only it reaches is for review.
    /// (Not a coined name of capitals and small letters, three capitals at least: "GosNIImash", a
    /// Russian institute's letters and a word of its name, is no place nor subject; nor a company's
    /// word with a letter after a dash, "Angstrem-M".)
    func isOneWordPart(_ part: String, of q: OrganisationQuery) -> Bool {
        guard part != q.name else { return false }
        // A word of another alphabet is one word as well ("Долгопрудный", a city that a listing's
        // alias is: round 29). Han, kana and Hangul are not read so: a name in them has no spaces.
        // (Only a word with letters of such an alphabet, Greek to Arabic: a Latin word with a
        // dash or quotation marks beyond ASCII, "RFNC–VNIIEF", is read below as before.)
        if part.utf8.contains(where: { $0 >= 0x80 }) {
            guard part.unicodeScalars.contains(where: { (0x370...0x6FF).contains($0.value) }) else { return false }
            // (Capitals in a row are letters, an acronym, "ВНИИЭФ": read as before, not as a word.)
            var capitals = 0, pair = false, lastCapital = false
            for u in part.unicodeScalars {
                if u.properties.isWhitespace || NameNormaliser.isCJK(u) { return false }
                let capital = u.properties.isUppercase
                if capital { capitals += 1; if lastCapital { pair = true } }
                lastCapital = capital
            }
            return !(capitals >= 3 && pair)
        }
        // (One pass over the bytes: this is asked of every candidate's part.)
        var capitals = 0, small = 0, afterDash = 0, beforeDash = 0, dashed = false, suffix = true, pair = false, last: UInt8 = 0
        for b in part.utf8 {
            if b == UInt8(ascii: " ") || b >= 0x80 { return false }
            defer { last = b }
            if b == UInt8(ascii: "-") { dashed = true; beforeDash += afterDash; afterDash = 0; suffix = true; continue }
            let capital = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"), smallLetter = b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")
            if capital { capitals += 1; if last >= UInt8(ascii: "A") && last <= UInt8(ascii: "Z") { pair = true } } else if smallLetter { small += 1 }
            if dashed { afterDash += 1; suffix = suffix && capital } else { beforeDash += 1 }
        }
        // (Nor a word with a dash and one or two capitals after it: "Angstrem-M". A closed town's
        // number, "Arzamas-16", is a place.)
        if dashed && suffix && (1...2).contains(afterDash) && beforeDash >= 4 { return false }
        // (Capitals in a row among small letters: "GosNIImash", not "KwaZulu-Natal".)
        return !(capitals >= 3 && small >= 2 && pair)
    }

    /// A word of the names of record `i`'s entity of its own (six letters or more, in no other
    /// entity's names, not a place of its address nor a country) that `line` prints in a part
    /// other than `part` (of two words or more, no number), if any.
    func ownWordElsewhere(_ i: Int, line: String, besides part: String) -> String? {
        let others = line.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }.filter { $0 != part }
        // (Not a place of the listing's address: a line prints its city apart.)
        let places = entityPlaces(i)
        for p in others {
            // (A part of one word, or with a number, is a place as often: "Kurchatov", a town;
            // "Sarov 607188".)
            guard !p.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { continue }
            let words = scorer.comparedWords(of: p)
            guard words.count >= 2 else { continue }
            if let w = words.first(where: { w in w.utf8.count >= 6 && !places.contains(w) && Identifiers.countryName(w) == nil
                && postings[w].map({ !$0.isEmpty && $0.allSatisfy { entityOf[$0] == entityOf[i] } }) ?? false }) { return w }
        }
        return nil
    }

    /// A part that names a unit of a listed organisation by the organisation's whole name after a
    /// unit's ("Ningbo Institute of Dalian University of Technology", "Graduate School of …") or
    /// before them ("… University School of Medicine"): the listed organisation, as a department
    /// printed before it would be. The listed name must have a word of its own (a place, a word of
    /// one country's organisations only): "Department of Physics and Institute of Applied Physics"
    /// is no unit of every "Institute of Applied Physics".
    func unitOf(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        // (Near, or two words shared: a long unit's name before a short listed one, "Microelectronics
        // Design Centre of Angstrem-M", scores less than near. Round 30, set 86.)
        func close(_ s: PairScore) -> Bool { !PairScorer.isMatch(s) && (PairScorer.isNear(s) || (s.shared >= 2 && s.veto == nil && s.score >= 0.4)) }
        guard candidates.contains(where: { close($0.1) }) else { return candidates }
        var read: [String: [String]] = [:]
        return candidates.map { c in
            guard close(c.1), prepared[c.0].listed, !otherCountry(c.0, country),
                  country.map({ l in (prepared[c.0].country.map { [$0] } ?? entityCountries[entityOf[c.0]] ?? []).allSatisfy { Identifiers.sameCountry($0, l) } }) ?? true
            else { return c }
            // Only a part that holds a unit's word can name a unit (most do not: nothing more to read).
            let words = read[c.2] ?? scorer.comparedWords(of: c.2)
            read[c.2] = words
            guard words.contains(where: EntityIndex.unitWords.contains) else { return c }
            for n in prepared[c.0].names where n.count >= 2 && words.count > n.count {
                // The unit's words before the listed name ("Ningbo Institute of …") or after it
                // ("Shanghai Jiao Tong University School of Medicine", "… University Cancer Center").
                let unit: ArraySlice<String>
                if words.suffix(n.count).elementsEqual(n) { unit = words.prefix(words.count - n.count) }
                else if words.prefix(n.count).elementsEqual(n) { unit = words.suffix(words.count - n.count) }
                else { continue }
                // (A word of its own, read after the name is found in the part: reading it is the
                // dear part.)
                guard n.contains(where: { !spreadOverCountries($0) }) else { continue }
                // A number the unit gives that a numbered listing does not is another unit ("1st
                // Academy 12 Research Institute" is none of the 9th Academy's 13th); a listing with
                // no number has numbered units of its own ("The First Affiliated Hospital of …").
                let numbered = prepared[c.0].tokens.contains(where: PairScorer.hasDigit)
                guard unit.contains(where: EntityIndex.unitWords.contains),
                      !numbered || unit.allSatisfy({ w in !PairScorer.hasDigit(w) || prepared[c.0].tokens.contains(w) }) else { continue }
                var s = c.1
                s.raiseToMatch()
                s.features["unit_of_listed"] = "the part names a unit (\(unit.joined(separator: " "))) of the listed organisation by its whole name"
                return (c.0, s, c.2)
            }
            return c
        }
    }

    /// True for a near score (no rule's feature) whose pair of names (as its explanation gives
    /// them) shares only words of forms of body and of enterprise, and whose own words differ
    /// beyond a spelling: no two of them within two edits, starting with the same three letters,
    /// or one the start of the other ("Bazalt" and "Basalt", "Mikron" and "Micron", "Qods" and
    /// "Quds", "Elektromekhaniki" and "Electromechanics", "Avrora" and "Aurora" stay near).
    public static func formsOnly(_ s: PairScore) -> Bool {
        guard let names = s.features["names"], s.features.keys.allSatisfy(EntityIndex.scoreFeatures.contains) else { return false }
        let pair = names.components(separatedBy: " | ")
        guard pair.count == 2 else { return false }
        let a = Set(pair[0].split(separator: " ").map(String.init)), b = Set(pair[1].split(separator: " ").map(String.init))
        guard a.intersection(b).allSatisfy(PairScorer.formOfBodyWords.contains) else { return false }
        let ownA = a.subtracting(PairScorer.formOfBodyWords), ownB = b.subtracting(PairScorer.formOfBodyWords)
        return !ownA.contains { x in ownB.contains { y in x.hasPrefix(y) || y.hasPrefix(x) || x.utf8.prefix(3).elementsEqual(y.utf8.prefix(3)) || EntityIndex.withinTwoEdits(x, y) } }
    }

    /// True when `a` becomes `b` by two edits or fewer (insert, delete, replace a character).
    static func withinTwoEdits(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard abs(x.count - y.count) <= 2 else { return false }
        var row = Array(0...y.count)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(y.count, 1) where !y.isEmpty {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return row[y.count] <= 2
    }

    /// The features a score gives by itself, without a rule's: see `near`.
    static let scoreFeatures: Set<String> = ["names", "shared_words", "weighted_overlap", "country"]

    /// Words that name a unit of an organisation.
    static let unitWords: Set<String> = ["institute", "campus", "branch", "school", "college", "center", "hospital", "laboratory",
                                         "department", "faculty", "graduate", "division", "clinic",
                                         // (A wing of a Pakistani commission or service, "Research Wing of the National
                                         // Engineering & Scientific Commission". Round 38, set 116.)
                                         "wing"]

    /// Quotation marks a name may stand in.
    static let quotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}"]

    /// True when `words` with a run of them whose first letters spell `letters` put as `letters`
    /// are `name` ("marine podvodnoe oruzhie gidropribor" with MPO is "mpo gidropribor").
    static func writtenOut(_ letters: String, in words: [String], as name: [String]) -> Bool {
        let l = Array(letters)
        guard words.count >= l.count, words.count - l.count + 1 == name.count else { return false }
        for start in 0...(words.count - l.count) where (0..<l.count).allSatisfy({ words[start + $0].first == l[$0] }) {
            var m = words
            m.replaceSubrange(start..<(start + l.count), with: [letters])
            if m == name { return true }
        }
        return false
    }

    /// A company's whole own name quoted in another transliteration (`AO NPF «Mikran»` for the
    /// listed "… Research and Production Company Micran"): one quoted word that no organisation's
    /// name has, whose sounds are those of the listing's whole own name, a word of no other
    /// organisation's names, where the listing is near and no other listing near the line has an
    /// own name of those sounds. A finding in the listing's country. (Round 29.)
    func transliteratedQuote(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country, EntityIndex.mayQuote(q.name) else { return candidates }
        // The line's parts that quote one word of five letters or more that no name has.
        let quotes: [(String, String)] = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }
            .filter(EntityIndex.mayQuote).compactMap { part in
                let quoted = quotedWords(part)
                guard quoted.count == 1, quoted[0].count == 1, let w = quoted.first?.first, w.utf8.count >= 5, postings[w] == nil else { return nil }
                return (part, w)
            }
        guard !quotes.isEmpty else { return candidates }
        return candidates.map { c in
            // (Near, or two words in common, as `quotedName` asks.)
            guard !PairScorer.isMatch(c.1), PairScorer.isNear(c.1) || c.1.shared >= 2, c.1.veto == nil, prepared[c.0].listed,
                  c.1.features["look_alike_script"] == nil,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }), givesOnly(c.0, country) else { return c }
            for (part, w) in quotes {
                let key = PairScorer.transliterationKey(w)
                guard let listed = members[entityOf[c.0]].lazy.flatMap({ self.prepared[$0].names.map(PairScorer.ownName) })
                        .first(where: { $0.count == 1 && $0[0].utf8.count >= 5 && PairScorer.transliterationKey($0[0]) == key }),
                      let those = postings[listed[0]], !those.isEmpty, those.allSatisfy({ entityOf[$0] == entityOf[c.0] }),
                      // (No other candidate's organisation has a one-word own name of those sounds.)
                      !candidates.contains(where: { o in entityOf[o.0] != entityOf[c.0] && prepared[o.0].listed
                          && prepared[o.0].names.contains { n in let own = PairScorer.ownName(n); return own.count == 1 && PairScorer.transliterationKey(own[0]) == key } })
                else { continue }
                var s = c.1
                s.raiseToMatch(twoShared: true)
                s.features["quoted_name"] = "the line prints the listed company's whole own name, \(listed[0]), in quotation marks in another transliteration (\(w)), in the listing's country (\(country)), and no other organisation's name has that word"
                return (c.0, s, part)
            }
            return c
        }
    }

    /// A near listing whose own name the part prints in quotation marks, as the listing does or
    /// as all its name is beside forms of body and enterprise (`JSC State Machine-Building Design
    /// Bureau "Raduga" named after …` for the listed `"Raduga" State Engineering Design Bureau JSC
    /// named after …`), with a word no third organisation's name has, in the listing's country:
    /// the listed organisation. A finding. So is a listing sharing two words with the part whose
    /// quoted name the part prints with the letters in it written out as the words they stand
    /// for (`writtenOut`: «Morskoe podvodnoe oruzhie – Gidropribor» for “MPO—Gidropribor”).
    func quotedName(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        // (Each part's quoted words once, for all its candidates; none without a quotation mark's
        // first byte, as most parts are.)
        var read: [String: [[String]]] = [:]
        return candidates.map { c in
            // (A listing a rule took from a match stays for review.) (Two words in common at least:
            // a quoted name with its letters written out as words, below, shares little else.)
            guard !PairScorer.isMatch(c.1), PairScorer.isNear(c.1) || (c.1.shared >= 2 && c.1.veto == nil), prepared[c.0].listed,
                  EntityIndex.mayQuote(c.2),
                  c.1.features["look_alike_script"] == nil, !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) else { return c }
            // (A word's organisations, not its records: a listing of five years is one. A form of
            // enterprise inside the marks, `«Concern «MPO – Gidropribor»`, is no word of the name.)
            let quoted = read[c.2] ?? {
                let q = quotedWords(c.2)
                read[c.2] = q
                return q
            }()
            let printed = quoted.flatMap { w in [w, PairScorer.ownName(w)] }.filter { !$0.isEmpty }
                .filter { $0.contains { w in fewOrganisations(w) } }
            guard !printed.isEmpty else { return c }
            guard givesOnly(c.0, country) else { return c }
            let own = Set(([records[c.0].name] + records[c.0].aliases).flatMap(quotedWords) + prepared[c.0].names.map(PairScorer.ownName))
            if PairScorer.isNear(c.1), let name = printed.first(where: own.contains) {
                var s = c.1
                s.raiseToMatch()
                s.features["quoted_name"] = "the line prints the listed organisation's own name, \(name.joined(separator: " ")), in quotation marks, in the listing's country (\(country)), and no third organisation's name has that word"
                return (c.0, s, c.2)
            }
            // A listed name that is a word beside forms of body and enterprise and then the body it
            // is of ("State Enterprise Magarach of the National Institute of Wine"), whose word the
            // part quotes beside a form of that body (`State Agrarian Enterprise «Magarach»`, not
            // `Institute «Magarach»`): the listed body, though the part leaves out the one it is of.
            // (A form of that body's own beside the quoted word, not only a status word: `Federal
            // State … Institution «Magarach»` is another body of that name.)
            if c.1.shared >= 2, let (parentless, body) = ownNameOfParent(c.0), printed.contains(parentless),
               !Set(scorer.comparedWords(of: c.2)).intersection(body).subtracting(parentless).subtracting(EntityIndex.statusWords).isEmpty {
                var s = c.1
                s.raiseToMatch(twoShared: true)
                s.features["quoted_name"] = "the line prints the listed organisation's own name, \(parentless.joined(separator: " ")), in quotation marks, in the listing's country (\(country)), and no third organisation's name has that word; the listed name goes on with the body it is of"
                return (c.0, s, c.2)
            }
            // The listed quoted name's letters written out as the words they stand for
            // (`«Morskoe podvodnoe oruzhie – Gidropribor»` for the listed `“MPO—Gidropribor”`).
            // (The letters in capitals in the listing's own cell; a word of the name beside them that
            // few organisations' names have.)
            let written = [records[c.0].name] + records[c.0].aliases
            for p in printed {
                for o in own.sorted(by: { $0.lexicographicallyPrecedes($1) }) where o.count >= 2 && o.count < p.count {
                    for a in o where (3...5).contains(a.utf8.count) && a.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
                        && written.contains(where: { $0.contains(a.uppercased()) }) && o.contains(where: { $0 != a && fewOrganisations($0) })
                        && EntityIndex.writtenOut(a, in: p, as: o) {
                        var s = c.1
                        s.raiseToMatch(twoShared: true)
                        s.features["quoted_name"] = "the line prints the listed organisation's own name, \(o.joined(separator: " ")), in quotation marks with \(a.uppercased()) written out as the words it stands for, in the listing's country (\(country)), and no third organisation's name has a word of it"
                        return (c.0, s, c.2)
                    }
                }
            }
            return c
        }
    }

    /// A part that prints a listed organisation's name and the person it is named after ("NIIP
    /// named after V. V. Tikhomirov" for the listed "Tikhomirov Scientific Research Institute of
    /// Instrument Design, JSC", whose alias gives "JSC NIIP"), in the listing's country: the name
    /// alone may be another's (several Russian institutes are NIIP), the person's name is the
    /// listing's own. Two pieces of evidence: a finding. (Or, round 27, a whole listed name word for
    /// word, which alone is a finding, with a person where no name of the listing names anyone.)
    func namedAfter(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        // ("named after", or Russian's "im." / "imeni" as transliterated: `FAU «SibNIA im. S.A.
        // Chaplygina»`.)
        // (Case-sensitive byte searches: a case-insensitive one is true of every line with a
        // character beyond ASCII.)
        // ("n.a." too, which the normaliser writes out as "named after": round 26.)
        // (And in Cyrillic, "им." / "имени", read as "im" and "imeni": "НИКИЭТ им. Н.А. Доллежаля".
        // Looked for only in a line with a byte that begins и or И, 0xD0. Round 41, set 123.)
        guard let country, ["named", "Named", "NAMED", "im.", "Im.", "IM.", "imeni", "Imeni", "IMENI", "n.a.", "N.A."].contains(where: { Text.mayContain(q.name, $0) })
            || (q.name.utf8.contains(0xD0) && ["им.", "Им.", "ИМ.", "имени", "Имени", "ИМЕНИ"].contains(where: { Text.mayContain(q.name, $0) })) else { return candidates }
        func marker(_ w: String) -> Bool { w == "named" || w == "im" || w == "imeni" }
        // Each piece's name and person, read once for all its candidates and windows (nil: no
        // "named after").
        var read: [Substring: ([String], [String])?] = [:]
        func named(_ piece: Substring) -> ([String], [String])? {
            if let r = read[piece] { return r }
            var r: ([String], [String])? = nil
            let words = scorer.comparedWords(of: String(piece))
            if let k = words.firstIndex(where: marker), k >= 1 {
                // (Without the Russian forms round an acronym, at either end: "FAU «SibNIA im. …»".)
                let head = Array(PairScorer.core(Array(words[..<k])).drop { NameParts.russianForms.contains($0) }.reversed()
                    .drop { NameParts.russianForms.contains($0) }.reversed())
                let person = PairScorer.core(Array(words[k...]), initials: true).filter { !PairScorer.titles.contains($0) }
                if !head.isEmpty, !person.isEmpty, person.count <= 2 { r = (head, person) }
            }
            read[piece] = r
            return r
        }
        // (The piece of a window of parts that prints "named after" and reads as a name and a person.)
        func namedParts(_ part: String) -> ([String], [String])? {
            for piece in part.split(separator: ",") { if let r = named(piece) { return r } }
            return nil
        }
        // A surname as Russian declines it after "imeni" ("S.A. Chaplygina" for Chaplygin).
        // (And a surname in -l as -lya, Доллежаля: "im. N.A. Dollezhalya" for Dollezhal. Round 29.)
        // (And the other way round: the line prints the surname as it stands, the listed name as
        // declined, "named after A.I. Shokin" for the table's "НПП Исток имени А. И. Шокина". Round
        // 41, set 127.)
        func declined(_ p: String, of name: [String]) -> Bool {
            name.contains(p) || (p.utf8.count >= 6 && p.hasSuffix("a") && name.contains(String(p.dropLast())))
                || (p.utf8.count >= 7 && p.hasSuffix("lya") && name.contains(String(p.dropLast(2))))
                || (p.utf8.count >= 5 && name.contains(p + (p.hasSuffix("l") ? "ya" : "a")))
        }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), c.1.veto == nil, prepared[c.0].listed, c.1.features["look_alike_script"] == nil,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  let (head, person) = namedParts(c.2), givesOnly(c.0, country) else { return c }
            let names = prepared[c.0].names.enumerated().filter { !prepared[c.0].skeletonNames.contains($0.offset) }.map(\.element)
            // (The head a listed name, or the listing's own acronym: "SibNIA".)
            let acronym = head.count == 1 && prepared[c.0].namedAcronyms.contains(head[0].uppercased())
            if acronym || names.contains(where: { $0 == head || PairScorer.ownName($0) == head }),
               person.allSatisfy({ p in p.utf8.count >= 4 && names.contains { $0 != head && declined(p, of: $0) } }) {
                var s = c.1
                s.raiseToMatch(pastLetters: true)
                s.features["named_after"] = "the part prints the listed name \(head.joined(separator: " ")) and the person the listing is named after (\(person.joined(separator: " "))), in the listing's country (\(country))"
                return (c.0, s, c.2)
            }
            // A listed company's own word, in no other organisation's names, among words of a listed
            // name, and the person that name is named after ("Vympel Design Bureau named after I.I.
            // Toropov" for the listed "“Vympel” State Engineering Design Bureau JSC named after I.I.
            // Toropov", which also has "State" and "Engineering"): two marks of the one company. A
            // finding. (Round 29.)
            if let own = head.first(where: { w in w.utf8.count >= 5 && !PairScorer.bodyAndEnterpriseWords.contains(w)
                    && (postings[w] ?? []).allSatisfy({ entityOf[$0] == entityOf[c.0] }) && postings[w] != nil }),
               // (The surname: initials run together, "I.I." as "ii", are left out.)
               case let surnames = person.filter({ $0.utf8.count >= 4 }), !surnames.isEmpty,
               names.contains(where: { n in Set(head).isSubset(of: n) && surnames.allSatisfy { p in declined(p, of: n) } }) {
                var s = c.1
                s.raiseToMatch(pastLetters: true)
                s.features["named_after"] = "the part prints \(own), a word no other organisation's name has, among words of a listed name (\(head.joined(separator: " "))), and the person that name is named after (\(person.joined(separator: " "))), in the listing's country (\(country))"
                return (c.0, s, c.2)
            }
            // A whole listed name of three words or more, word for word, and a person it is named
            // after where no name of the listed organisation names anyone ("Instrument Design Bur.
            // n.a. A.G. Shipunov" for the listed "Konstruktorskoe Byuro Priborostroeniya …"): the
            // name alone is a finding there, and the person the listing leaves out says no other.
            // (Round 27.)
            guard head.count >= 3, names.contains(where: { $0.count == head.count && Set($0) == Set(head) }),
                  !namesAPerson(c.0) else { return c }
            var s = c.1
            s.raiseToMatch(pastLetters: true)
            s.features["named_after"] = "the part prints the whole listed name \(head.joined(separator: " ")) and a person it is named after (\(person.joined(separator: " "))), whom no name of the listing names, in the listing's country (\(country))"
            return (c.0, s, c.2)
        }
    }

    /// True when a name of listed record `i`'s organisation names the person it is named after
    /// ("… named after A.E. Nudelman", "… im. N.L. Dukhova").
    /// A listed company's own word printed with the surname of the person its listed name is named
    /// after, without "named after" ("Toropov Vympel Design Bureau" for the listed "“Vympel” State
    /// Engineering Design Bureau JSC named after I.I. Toropov"): the part's other words are words of
    /// that listed name, one of them a word of no other organisation's names. Two marks of the one
    /// company, in its country. A finding (`named_after`). Round 29.
    func founderBeforeName(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        var read: [String: [String]] = [:]
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), PairScorer.isNear(c.1) || c.1.shared >= 3, c.1.veto == nil, prepared[c.0].listed,
                  c.1.features["look_alike_script"] == nil, !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  givesOnly(c.0, country) else { return c }
            let words = read[c.2] ?? {
                let w = scorer.comparedWords(of: c.2)
                read[c.2] = w
                return w
            }()
            // (No marker: a part that says "named after" is `namedAfter`'s.)
            guard (3...6).contains(words.count), !words.contains(where: { $0 == "named" || $0 == "im" || $0 == "imeni" }) else { return c }
            for n in prepared[c.0].names {
                guard let k = n.firstIndex(where: { $0 == "named" || $0 == "im" || $0 == "imeni" }) else { continue }
                let surnames = PairScorer.core(Array(n[k...]), initials: true).filter { $0.utf8.count >= 4 && !PairScorer.titles.contains($0) }
                guard let p = surnames.first(where: words.contains), surnames.count <= 2 else { continue }
                let rest = words.filter { $0 != p }
                guard !rest.isEmpty, Set(rest).isSubset(of: n[..<k]),
                      let own = rest.first(where: { w in w.utf8.count >= 5 && !PairScorer.bodyAndEnterpriseWords.contains(w)
                          && postings[w].map({ !$0.isEmpty && $0.allSatisfy { entityOf[$0] == entityOf[c.0] } }) ?? false }) else { continue }
                var s = c.1
                s.raiseToMatch(pastLetters: true)
                s.features["named_after"] = "the part prints \(own), a word no other organisation's name has, among words of a listed name, and the surname of the person that name is named after (\(p)), in the listing's country (\(country))"
                return (c.0, s, c.2)
            }
            return c
        }
    }

    func namesAPerson(_ i: Int) -> Bool {
        members[entityOf[i]].contains { m in
            prepared[m].names.contains { n in n.contains { $0 == "named" || $0 == "im" || $0 == "imeni" } }
        }
    }

    /// A listed name printed with a run of its words as their initials in capitals ("Advanced ICT
    /// Center, Sharif University of Technology" for the listed "Advanced Information and
    /// Communication Technology Center (AICTC)"): every other word of the name, and no other, in
    /// the listing's country. A finding (`initials_for_words`).
    func initialsForWords(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        // (Most lines have no word of three to five capitals between spaces: nothing to read.)
        guard let country, EntityIndex.mayHoldCapitalsWord(q.name) else { return candidates }
        // The parts with a word of three to five capitals and two words beside it, read once. (Not
        // a part in capitals: each of its short words, GAS, AIR, SEA, would be read as initials.)
        var read: [(part: String, letters: String, words: [String])]?
        func abbreviated() -> [(part: String, letters: String, words: [String])] {
            if let read { return read }
            var out: [(part: String, letters: String, words: [String])] = []
            for part in q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map({ Text.trimmed(String($0)) })
            where part.contains(" ") && part.utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
                let words = scorer.comparedWords(of: part)
                guard words.count >= 3 else { continue }
                for token in part.split(separator: " ") where (3...5).contains(token.utf8.count)
                    && token.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) && words.contains(token.lowercased()) {
                    out.append((part, token.lowercased(), words))
                }
            }
            read = out
            return out
        }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), c.1.veto == nil, c.1.shared >= 1, prepared[c.0].listed,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }), !abbreviated().isEmpty, givesOnly(c.0, country) else { return c }
            for a in abbreviated() {
                let letters = Array(a.letters)
                for (k, n) in prepared[c.0].names.enumerated() where !prepared[c.0].skeletonNames.contains(k) && n.count == a.words.count + letters.count - 1 {
                    for start in 0...(n.count - letters.count)
                    where (0..<letters.count).allSatisfy({ n[start + $0].first == letters[$0] }) {
                        var m = n
                        m.replaceSubrange(start..<(start + letters.count), with: [a.letters])
                        guard m == a.words else { continue }
                        var s = c.1
                        s.raiseToMatch(twoShared: true, pastLetters: true)
                        s.features["initials_for_words"] = "the part prints the listed name with \(a.letters.uppercased()) for its words \(n[start..<(start + letters.count)].joined(separator: " ")), in the listing's country (\(country))"
                        return (c.0, s, a.part)
                    }
                }
            }
            return c
        }
    }

    /// A listed service school's name printed with "Institute" or "University" for its school
    /// word, or the other way round (`PairScorer.asServiceSchool`), every other word the same, in
    /// the listing's country: a finding (`service_school`).
    func serviceSchool(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        // (Case-sensitive byte searches, as in `namedAfter`: a case-insensitive one is true of every
        // line with a character beyond ASCII.)
        // (Or "University" for its school word, as the 2017 reform renamed many: "PLA Air Force
        // Logistics University, Xuzhou, China" for the listed "Air Force Logistics Academy". Round
        // 43, set 143.)
        guard Text.mayContain(q.name, "nstitut") || Text.mayContain(q.name, "NSTITUT") || Text.mayContain(q.name, "niversit") || Text.mayContain(q.name, "NIVERSIT")
                || candidates.contains(where: { prepared[$0.0].listed && $0.1.shared >= 2 && (prepared[$0.0].tokens.contains("institute") || prepared[$0.0].tokens.contains("university")) })
        else { return candidates }
        func school(_ words: [String]) -> [String] {
            let w = PairScorer.asServiceSchool(PairScorer.core(words).filter { $0 != "pla" })
            return PairScorer.isServiceSchool(w) ? w.map { $0 == "university" ? "academy" : $0 } : w
        }
        // (The words as printed and as a set: `isServiceSchool` reads the first word. Round 40.)
        var read: [String: (words: [String], set: Set<String>)] = [:]
        return candidates.map { c in
            // (In the line's country, which the listing or its list gives: another country's
            // "Air Force Institute of …" is no PLA school's, and a line without a country decides
            // nothing.)
            guard let country, !PairScorer.isMatch(c.1), c.1.veto == nil, c.1.shared >= 2, prepared[c.0].listed, countryIsListings(c.0, country),
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) else { return c }
            let (ordered, printed) = read[c.2] ?? {
                let w = school(scorer.comparedWords(of: c.2))
                let r = (words: w, set: Set(w))
                read[c.2] = r
                return r
            }()
            guard printed.count >= 3, PairScorer.isServiceSchool(ordered) else { return c }
            for (k, n) in prepared[c.0].names.enumerated() where !prepared[c.0].skeletonNames.contains(k) && PairScorer.isServiceSchool(n) {
                guard Set(school(n)) == printed else { continue }
                // (Not where another listed school's name reads the same: the lists give the
                // "Air Force Aviation University" and the "Air Force Aviation Institute" as two.)
                guard !candidates.contains(where: { d in entityOf[d.0] != entityOf[c.0] && prepared[d.0].listed && d.1.veto == nil
                    && prepared[d.0].names.contains { PairScorer.isServiceSchool($0) && Set(school($0)) == printed } }) else { continue }
                var s = c.1
                s.raiseToMatch()
                s.features["service_school"] = "the part prints the listed school's name, a service's, with “Institute” or “University” where the listing has “Academy”, “College” or “School”, or the other way round (学院 is printed either way, and the reform of 2017 made many academies universities), in the listing's country (\(country))"
                return (c.0, s, c.2)
            }
            return c
        }
    }

    /// True when `line` may hold a word of three to five capitals (A–Z) standing alone: a cheap
    /// test of its bytes before any part is read.
    static func mayHoldCapitalsWord(_ line: String) -> Bool {
        var run = 0
        var boundary = true
        for b in line.utf8 {
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                run = boundary || run > 0 ? run + 1 : 0
                boundary = false
            } else {
                let isLetter = (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || b >= 0x80 || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                if !isLetter && (3...5).contains(run) { return true }
                run = 0
                boundary = !isLetter
            }
        }
        return (3...5).contains(run)
    }

    /// True when at most two organisations (entities, not records: a listing of five years is
    /// one) have `w` in a name.
    func fewOrganisations(_ w: String) -> Bool { organisations(having: w, upTo: 3) <= 2 }

    /// How many organisations' names have `w`, counted up to `limit`.
    func organisations(having w: String, upTo limit: Int) -> Int {
        var seen: [Int] = []
        for r in postings[w] ?? [] where !seen.contains(entityOf[r]) {
            seen.append(entityOf[r])
            if seen.count >= limit { break }
        }
        return seen.count
    }

    /// True when the names of `subjectWord` organisations or more have `w` (a word of a kind or a
    /// subject, "engineering", not a company's own: a company listed by several lists under names
    /// that do not cluster is still a few).
    func manyOrganisations(_ w: String) -> Bool { organisations(having: w, upTo: EntityIndex.subjectWord) >= EntityIndex.subjectWord }

    /// Russia's state groups, whose name papers print before a company of theirs ("Gazprom
    /// NIIgazekonomika LLC"), as compared words.
    static let stateGroups: Set<String> = ["gazprom", "rosatom", "rostec", "roscosmos", "rosneft", "rosel"]

    /// How long a word of a company's own must be to name it beside a form of enterprise alone
    /// (`company_own_name`): coined names ("Aviadvigatel", "Niigazekonomika"), not words of a
    /// dictionary that other companies are named by too ("Aurora", "Kvant").
    static let ownWordLetters = 9

    /// A near listing whose name, without its form of body, has the part's words, some written in
    /// another transliteration or translation of one Russian word ("Titan-Barricades" and
    /// "Titan-Barrikady", "Aurora" and "Avrora", "Electromechanics" and "Elektromechaniki"), in the
    /// listing's country: the listed organisation. A finding.
    func transliterated(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        // A part's words and their sounds, read once for all its candidates.
        var read: [String: (Set<String>, Set<String>)] = [:]
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), c.1.veto == nil, c.1.shared >= 1, prepared[c.0].listed, c.1.features["look_alike_script"] == nil,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) else { return c }
            let (printed, printedKeys) = read[c.2] ?? {
                let p = Set(PairScorer.core(scorer.comparedWords(of: c.2), initials: NameParts.hasDottedInitials(c.2)))
                let r = (p, PairScorer.transliterationKeys(p))
                read[c.2] = r
                return r
            }()
            // Near, or, for a short name, sharing one word: the word read another way is the other
            // one ("SPMBM Malachite" for the listed "SPMBM Malakhit").
            guard printed.count >= 2, PairScorer.isNear(c.1) || printed.count <= 3, givesOnly(c.0, country) else { return c }
            // (Not through a name read off look-alike letters: never certain.)
            for (k, n) in prepared[c.0].names.enumerated() where !prepared[c.0].skeletonNames.contains(k) && n.count >= printed.count {
                let listed = Set(PairScorer.core(n))
                guard listed != printed, PairScorer.transliterationKeys(listed) == printedKeys else { continue }
                // Only words of five letters or more are read another way, and one at least.
                let other = printed.symmetricDifference(listed)
                guard !other.isEmpty, other.allSatisfy({ $0.utf8.count >= 5 }) else { continue }
                var s = c.1
                s.raiseToMatch()
                s.features["transliterated"] = "the part prints the listed name's words, \(printed.subtracting(listed).sorted().joined(separator: ", ")) in another transliteration (\(listed.subtracting(printed).sorted().joined(separator: ", "))), in the listing's country (\(country))"
                return (c.0, s, c.2)
            }
            return c
        }
    }

    /// Features by which a rule took a listing from a match to review (`forReview`).
    /// Features that rules give a near match they keep for review (besides `demotedFeatures`): a
    /// rule that raises near matches leaves them as they are.
    static let reviewedNearFeatures = ["place_before_unit", "unit_without_parent", "own_name_with_unit", "one_rare_word", "acronym_only", "lab_at_host", "defense_lab", "listed_name_within",
                                       "look_alike_script"]

    public static let demotedFeatures = ["within_an_exact_match", "missing_word", "countryless_generic", "another_parent", "extra_word",
                                         "generic_unit", "repeated_word", "other_quoted_name", "affiliation_country", "common_word_name", "place_before_name",
                                         "script_no_country"]

    /// A listing matched short of exactly by a part that prints a company's own name in quotation
    /// marks which no name of the listing has ("Mashinostroitel’noe KB «Iskra»", a machine-building
    /// design bureau named Iskra, for the listed "Konstruktorskoye Byuro Mashynostroyeniya", another
    /// machine-building design bureau): the quoted name says which company, and it is another one
    /// as often as this. For review (`other_quoted_name`), kept beside what else the line matches.
    /// (A quoted name of forms of body or of a kind alone, `JSC “Research Institute”`, says nothing.)
    func otherQuotedName(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard EntityIndex.mayQuote(q.name), candidates.contains(where: { PairScorer.isMatch($0.1) && prepared[$0.0].listed }) else { return candidates }
        // The line's parts with a quoted name of their own, and those names' words.
        // (Matched by the part, or by a piece of it that leaves the quoted name out: "Mashinostroitel’noe
        // KB" of `Mashinostroitel’noe KB «Iskra»` is word for word a listed company's alias.)
        let quotedParts: [(part: String, names: [[String]])] = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }
            .filter(EntityIndex.mayQuote)
            // (Letters in quotation marks are an acronym, often of the name in another language:
            // `JSC “KNIRTI”` for the listed "… Radio Technology Institute (KRRTI)".)
            .map { part in (part, EntityIndex.quotedPieces(part).filter { !NameParts.isAcronym($0) && !NameParts.isMixedCaseAcronym($0) }
                .map { scorer.comparedWords(of: $0).filter { !PairScorer.bodyAndEnterpriseWords.contains($0) && !PairScorer.bodyWords.contains($0) && !EntityIndex.unneeded.contains($0) } }
                .filter { !$0.isEmpty && $0.count <= 2 }) }
            .filter { !$0.names.isEmpty }
        guard !quotedParts.isEmpty else { return candidates }
        return candidates.map { c in
            guard PairScorer.isMatch(c.1), prepared[c.0].listed,
                  let held = quotedParts.first(where: { $0.part == c.2 ? c.1.score < 1 : $0.part.contains(c.2) }) else { return c }
            let tokens = prepared[c.0].tokens
            // (A word the listing spells otherwise, «Vympel» for "Vimpel", «Radouga» for "Raduga",
            // is the listing's.)
            func spelled(_ w: String) -> Bool {
                let key = PairScorer.transliterationKey(w)
                return tokens.contains(w) || tokens.contains { PairScorer.transliterationKey($0) == key || (min($0.utf8.count, w.utf8.count) >= 7 && EntityIndex.withinTwoEdits($0, w)) }
            }
            guard let name = held.names.first(where: { n in n.allSatisfy { !spelled($0) && $0.utf8.count >= 4 } }) else { return c }
            // The listing's own word printed outside the quotation marks (`JSC Almaz «Zenit»` for a
            // listed "Almaz" company), on a line of the listing's country, names it, whatever else
            // the part quotes: it stays a finding. Only a listing the part reaches by words any
            // company of the kind has ("Mashinostroitel’noe KB" for "KB Mashinostroyeniya") is for
            // review. (An own word as `ownWordElsewhere` reads one: six letters or more, no number,
            // not a country's name, not a place of the listing's address or a mainland city.)
            // (The longest quoted piece first: a nested one goes with it.)
            if let country, givesOnly(c.0, country) {
                let unquoted = EntityIndex.quotedPieces(c.2).sorted { ($0.utf8.count, $0) > ($1.utf8.count, $1) }
                    .reduce(c.2) { $0.replacingOccurrences(of: $1, with: " ") }
                if holdsDistinctiveOwnWord(scorer.comparedWords(of: unquoted).filter(tokens.contains), of: c.0) { return c }
            }
            return (c.0, EntityIndex.forReview(c.1, "other_quoted_name",
                                               "the part prints a company's own name in quotation marks, “\(name.joined(separator: " "))”, which no name of the listing has: another company of the kind as often as this one; an analyst decides"), c.2)
        }
    }

    /// Words that say what kind of body an organisation is: forms of body and enterprise, units,
    /// and the words of a design bureau's letters (OKB, SKB, TsKB).
    static let kindWords: Set<String> = PairScorer.bodyAndEnterpriseWords.union(PairScorer.bodyWords)
        .union(["design", "bureau", "experimental", "special", "central", "company", "corporation", "group", "concern", "firm"])

    /// Mainland China's places as rsdd's glossary writes them, compared ("xian", "chongqing").
    static let mainlandPlaces: Set<String> = Set(HanGlossary.placeNames.flatMap { NameNormaliser().tokens($0) })

    /// The English names of `HanGlossary.places` but China's, in small letters, with a plain
    /// apostrophe ("xi'an").
    static let mainlandPlaceNames: Set<String> = Set(HanGlossary.placeNames.filter { Identifiers.countryCode($0) == nil }.map { $0.lowercased() })

    /// True when a part of a line is a mainland place of `mainlandPlaceNames` as it stands, a
    /// postcode beside it or not ("Ningbo", "Beijing 100850", "Xi’an").
    static func isMainlandPlace(_ part: String) -> Bool {
        guard part.utf8.count <= 40 else { return false }
        let words = part.split(separator: " ").filter { !$0.allSatisfy(\.isNumber) }
        guard (1...2).contains(words.count) else { return false }
        return mainlandPlaceNames.contains(words.joined(separator: " ").lowercased().replacingOccurrences(of: "’", with: "'"))
    }

    /// The last words of a region's name in an address ("Moscow Region", "Moskovskaya oblast",
    /// "Bakhchysarai District").
    static let regionWords: Set<String> = ["region", "oblast", "district", "province", "krai", "kray", "raion", "rayon", "county", "prefecture", "okrug"]

    /// True when `part` may hold a quotation mark (one byte test first: most parts have none).
    static func mayQuote(_ part: String) -> Bool {
        part.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 }) && part.unicodeScalars.contains(where: { EntityIndex.quotes.contains($0) })
    }

    /// A listed institute of an academy of sciences matched short of exactly by a part whose own
    /// words, beside the academy, add one that says what it works on and that no name of the
    /// listing has ("Institute of Theoretical Physics, Chinese Academy of Sciences" for "Chinese
    /// Academy of Sciences – Institute of Physics"): an academy has many institutes of near
    /// names. So has a laboratory: a province's, a ministry's and the state's key laboratories of
    /// one subject ("Shaanxi Key Laboratory of Antenna and Microwave Technology" for the listed
    /// "Key Laboratory of Antennas and Microwave Technology"). For review.
    func extraWord(_ candidates: [(Int, PairScore, String)]) -> [(Int, PairScore, String)] {
        // (Most lines match nothing short of exactly: the candidates are returned as they are, not copied.)
        guard candidates.contains(where: { $0.1.score < 1 && PairScorer.isMatch($0.1) }) else { return candidates }
        return candidates.map { c in
            guard c.1.score < 1, PairScorer.isMatch(c.1), prepared[c.0].listed, c.1.features["printed_acronym"] == nil,
                  c.1.features["lab_at_host"] == nil else { return c }
            // (An academy of sciences by name: "… Academy of Sciences", not "Third Academy of China
            // Aerospace Science and Industry Corporation".)
            guard let entity = listedEntities[entityOf[c.0]] else { return c }
            let laboratory = !entity.academyOfSciences && entity.tokens.contains("laboratory")
            guard entity.academyOfSciences || laboratory else { return c }
            let tokens = entity.tokens
            for p in c.2.split(separator: ",").map({ Text.trimmed(String($0)) }) {
                let words = scorer.comparedWords(of: p)
                // The academy's part, and parts that share no word with the listing, say nothing here;
                // of a laboratory, only the laboratory's part.
                guard !words.contains("academy"), words.contains(where: tokens.contains),
                      !laboratory || words.contains("laboratory") || words.contains("lab") else { continue }
                let extra = words.filter { !tokens.contains($0) && !EntityIndex.unneeded.contains($0) && Identifiers.countryName($0) == nil
                    && !PairScorer.hasDigit($0) && $0.utf8.count >= 4 }
                guard let w = extra.first(where: { !laboratory || !EntityIndex.labWords.contains($0) }) else { continue }
                return (c.0, EntityIndex.forReview(c.1, "extra_word", laboratory
                    ? "the part prints “\(w)”, which no name of the listed laboratory has: another laboratory of the subject (a province's, a ministry's) as often as this one; an analyst decides"
                    : "the part prints “\(w)”, which no name of the listed institute has: another institute of the academy as often as this one; an analyst decides"), c.2)
            }
            return c
        }
    }

    /// A listing of a university's or an academy's unit, or of a company, matched by a part of a
    /// line that places it within a university or an academy of sciences that no name of the listed
    /// organisation names ("Institute of Radiation Medicine,
    /// Chinese Academy of Medical Sciences & Peking Union Medical College" for the Academy of
    /// Military Medical Sciences' "Institute of Radiation and Radiation Medicine"; "Mechanical
    /// Engineering Research Institute of the Russian Academy of Sciences" for a joint-stock
    /// company's "Scientific Research Institute for Mechanical Engineering"): as often a namesake
    /// within another organisation as the listed one. For review, unless that parent is listed
    /// itself (the co-authorship is then a finding through it).
    func anotherParent(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)]) -> [(Int, PairScore, String)] {
        // (An academy by its letters too: "Mechanical Engineering Research Institute of RAS".)
        func isParent<S: Sequence<String>>(_ words: S) -> Bool {
            words.contains { $0 == "university" || EntityIndex.academyLetters.contains($0) } || PairScorer.namesAcademyOfSciences(words)
        }
        // Most lines match no listing, and most that do name no university or academy: nothing to read.
        guard candidates.contains(where: { PairScorer.isMatch($0.1) && prepared[$0.0].listed }),
              isParent(scorer.comparedWords(of: q.name)) else { return candidates }
        let segments = q.name.split(separator: ";").map { $0.split(separator: ",").map { Text.trimmed(String($0)) }.filter { !$0.isEmpty } }
        func listedMatch(_ part: String) -> Bool { candidates.contains { PairScorer.isMatch($0.1) && prepared[$0.0].listed && $0.2 == part } }
        return candidates.map { c in
            guard PairScorer.isMatch(c.1), prepared[c.0].listed else { return c }
            // Only a listing that names a university or an academy of its own, or a company (a
            // legal form in its name): a centre a university hosts ("National Supercomputing Center
            // in Changsha, Hunan University") is listed without its host.
            guard let entity = listedEntities[entityOf[c.0]] else { return c }
            let tokens = entity.tokens
            guard entity.company || isParent(tokens) else { return c }
            // Words of a parent the listing never names (not a country's name; an academy's letters
            // where the listing names no academy of sciences).
            let namesAcademy = PairScorer.namesAcademyOfSciences(tokens)
            func foreign(_ words: [String]) -> [String] {
                words.filter { !tokens.contains($0) && Identifiers.countryName($0) == nil && !(namesAcademy && EntityIndex.academyLetters.contains($0)) }
            }
            let matched = c.2.split(separator: ",").map { Text.trimmed(String($0)) }
            // (A part in Chinese is read in English where rsdd's glossary reads all of it: "长春理工大学"
            // is the listed host, Changchun University of Science and Technology. Round 30, set 84.)
            func partWords(_ p: String) -> [String] {
                if p.utf8.contains(where: { $0 >= 0xE3 }), let english = HanGlossary.englishPart(p) { return scorer.comparedWords(of: english) }
                return scorer.comparedWords(of: p)
            }
            func demoted(_ p: String) -> (Int, PairScore, String) {
                (c.0, EntityIndex.forReview(c.1, "another_parent",
                                            "the line places the name within \(p), which no name of the listed organisation names: an analyst decides"), c.2)
            }
            // A part the match spans that names a university or an academy the listing does not
            // ("Mechanical Engineering Research Institute of the Russian Academy of Sciences" where
            // the listing names no academy), and the part after the span in the same affiliation.
            // (A part that is a name of the listing itself, as the table of other names gives one,
            // "国防科技大学" for NUDT, places it within nothing: round 36, set 99.)
            func ownName(_ p: String) -> Bool { prepared[c.0].keys[scorer.comparedWords(of: p).joined(separator: " ")] != nil }
            for (n, p) in matched.enumerated() {
                let words = partWords(p)
                guard isParent(words), !ownName(p) else { continue }
                let trigger = words.filter { $0 == "university" || $0 == "academy" || $0 == "science" || EntityIndex.academyLetters.contains($0) }
                if !foreign(trigger).isEmpty || (n > 0 && !foreign(words).isEmpty && !listedMatch(p)) { return demoted(p) }
            }
            // (A branch's organisation, read out of "X Branch of the Y", stands for its part.)
            func same(_ printed: String, _ read: String) -> Bool {
                printed == read || (printed.hasSuffix(read) && printed.range(of: " Branch of ", options: .caseInsensitive) != nil)
            }
            for parts in segments {
                guard let k = parts.indices.first(where: { k in k + matched.count <= parts.count && zip(parts[k..<(k + matched.count)], matched).allSatisfy(same) }),
                      k + matched.count < parts.count else { continue }
                let p = parts[k + matched.count]
                let words = partWords(p)
                if isParent(words), !foreign(words).isEmpty, !listedMatch(p) { return demoted(p) }
            }
            return c
        }
    }

    /// The compared words of each name a part prints in quotation marks (`JSC “Micran”` → micran).
    func quotedWords(_ part: String) -> [[String]] {
        EntityIndex.quotedPieces(part).map { scorer.comparedWords(of: $0) }.filter { !$0.isEmpty }
    }

    /// The one word in brackets in `part`, as written, when it is a name's and not an acronym's
    /// (not all capitals) nor a country's: "(Niigazekonomika)". Empty otherwise.
    static func bracketedWord(_ part: String) -> String {
        guard part.utf8.contains(UInt8(ascii: "(")), let o = part.firstIndex(of: "("), let e = part[o...].firstIndex(of: ")") else { return "" }
        let inner = part[part.index(after: o)..<e]
        guard inner.utf8.count >= 5, inner.allSatisfy({ $0.isLetter || $0 == "-" }), inner.contains(where: \.isLowercase),
              Identifiers.countryCode(String(inner)) == nil else { return "" }
        return String(inner)
    }

    /// `part` without a country in brackets at its end, as OpenAlex names an institution
    /// ("Aviadvigatel (Russia)", "Tupolev (Russia)"), when what stands before is one word; nil
    /// otherwise.
    static func withoutBracketedCountry(_ part: String, country: String) -> String? {
        guard part.hasSuffix(")"), let o = part.lastIndex(of: "(") else { return nil }
        let before = Text.trimmed(String(part[..<o]))
        guard !before.isEmpty, !before.contains(" "), let c = Identifiers.countryCode(String(part[part.index(after: o)..<part.index(before: part.endIndex)])),
              Identifiers.sameCountry(c, country) else { return nil }
        return before
    }

    /// The pieces of `part` in quotation marks, as written (see `quotedWords`).
    static func quotedPieces(_ part: String) -> [String] {
        guard part.unicodeScalars.contains(where: { EntityIndex.quotes.contains($0) }) else { return [] }
        var out: [String] = []
        // Opening and closing marks that differ (“…”, «…», „…“): what each pair holds, nested or not.
        var open: [String.UnicodeScalarView.Index] = []
        let scalars = part.unicodeScalars
        var straight: [String.UnicodeScalarView.Index] = []
        for i in scalars.indices {
            switch scalars[i] {
            case "\u{201C}", "\u{00AB}", "\u{201E}": open.append(i)
            case "\u{201D}", "\u{00BB}":
                if let o = open.popLast() { out.append(String(scalars[scalars.index(after: o)..<i])) }
            case "\"": straight.append(i)
            default: break
            }
        }
        // Straight marks do not say which opens: each pair in turn, and a last mark without its
        // pair closes the name before it (`JSC "GNPP "Bazalt"`).
        var k = 0
        while k + 1 < straight.count {
            out.append(String(scalars[scalars.index(after: straight[k])..<straight[k + 1]]))
            k += 2
        }
        if straight.count % 2 == 1, straight.count >= 3 {
            out.append(String(scalars[scalars.index(after: straight[straight.count - 2])..<straight[straight.count - 1]]))
        }
        return out
    }

    /// Academies' abbreviations as compared words ("of RAS", "SB RAS").
    static let academyLetters: Set<String> = ["ras", "sb", "ub", "feb", "cas", "nasu", "nasb", "nas"]

    /// The words of the academies' names written out ("of the Russian Academy of Sciences"), as
    /// compared: what a line prints round a listed name in place of the letters.
    static let academyWords: Set<String> = Set(NameParts.academies.flatMap { PairScorer.compared(NameNormaliser().tokens($0.1)) })

    /// What may stand round a word of a line and is not part of it.
    static let wordEdges = CharacterSet(charactersIn: "()[]{}\"'“”‘’«»„,.;:")

    /// Letters of forms of body and legal forms that stand round a Russian organisation's acronym
    /// ("JSC NIIP", "FSUE TsNIIKhM", "SRC RF TRINITI", ГНЦ РФ as "GNTs RF"), lower case.
    static let formLetters = NameParts.russianFormLetters

    /// How close a part's name must come to a listed one for the listing's acronym printed in the
    /// same part to make it a match.
    static let nearWithAcronym = 0.6
    /// The same for three letters, which name many organisations.
    static let nearWithShortAcronym = 0.75

    /// True when the entity of record `i` gives countries and `country` is none of them.
    func otherCountry(_ i: Int, _ country: String?) -> Bool {
        guard let country, prepared[i].country == nil, let known = entityCountries[entityOf[i]] else { return false }
        return !known.contains { Identifiers.sameCountry($0, country) }
    }

    /// Scored candidates for a query: its identifiers, its exact and run-together names, and the
    /// records sharing its rarest words (only the strongest few are scored in full); and the
    /// query's country (see `country(of:parts:)`).
    public func scoredWithCountry(_ q: OrganisationQuery) -> (candidates: [(Int, PairScore, String)], country: String?) {
        scoredWithCountry(q, cityApart: true)
    }

    /// (`cityApart`: whether a city printed after a name is read apart; the line so read is read
    /// with every reading, not again with its city apart.)
    func scoredWithCountry(_ q: OrganisationQuery, cityApart readsCityApart: Bool) -> (candidates: [(Int, PairScore, String)], country: String?) {
        let (candidates, country) = scoredWithCountry(q, name: q.name, country: nil)
        // A line that abbreviates an academy ("… Physics SB RAS, Novosibirsk") is read expanded
        // too, with the country the line as printed gives; the better score of a record wins, and
        // the evidence keeps the line as printed.
        // (A group's letters, CASIC and CASC, only on a line of China's: "CASC" is also "Center for
        // Applied Scientific Computing".)
        guard q.countryFromName else { return (candidates.sorted { $0.0 < $1.0 }, country) }
        let academies = NameParts.expandingAcademies(q.name, groups: country.map { Identifiers.sameCountry($0, "CN") } ?? false)
        // A listed organisation's own acronym printed as a part of the line, which names it surely
        // (one organisation, spelled from its name, in the line's country: "Institute of
        // Microbiology and Epidemiology, AMMS, Beijing 100071"): the line is read again with the
        // listing's name for the letters, so that a unit printed beside them meets the listing
        // that names the unit under that name ("Academy of Military Medical Sciences, Institute of
        // Microbiology and Epidemiology").
        let acronyms = writingOutAcronyms(q.name, candidates)
        // The same letters after "of" at the end of a part ("… Medical Information of AMMS"). Round 30.
        let lettersAfterOf = writingOutLettersAfterOf(q.name, country: country)
        // A city printed after a name without a comma ("TsKBA JSC Omsk, Russia"), put apart. Round 30.
        // (Read only where a listing near the line gives that city, or gives no address and is
        // near: most lines that end a name with a city name no listing at it.)
        // (Gated below, once the line's other readings are read: "ФГУ ФНЦ НИИСИ РАН Москва" comes
        // near its listing only with its letters in Latin. Round 39, set 119.)
        let apart = readsCityApart ? cityApart(q.name) : nil
        // Web of Science writes "Nav" for Navy and for Navigation, and rsdd reads Navy ("Xian Res
        // Inst Nav Technol" is the listed "Xi'an Research Institute of Navigation Technology"): the
        // line is read again with Navigation.
        let navigation = EntityIndex.withWord(q.name, "Nav", "Navigation")
        // "MoD", so written, is a Ministry of Defence ("27 Sci. Centre of the MoD"); "Mod." in an
        // index abbreviation is Modern ("Inst. Mod. Phys."), and is not read so.
        // ("MoD RF", of the Russian Federation, is Russia's: "27th Sci. Ctr. of MoD RF". Round 30.)
        let defence = EntityIndex.withWord(q.name, "MoD", "Ministry of Defence").map(EntityIndex.russianDefence)
        // "Tech." is Technology to rsdd and most writers, and Technical to Web of Science ("Kazan
        // National Research Tech. Univ. (KAI)" is the listed "Kazan National Research Technical
        // University …"): the line is read again with Technical.
        // (Only where a listing near the line has that word: "Tech Univ" is every technical
        // university's, and most are no listing's.)
        let technical = candidates.contains(where: { prepared[$0.0].listed && prepared[$0.0].tokens.contains("technical") })
            ? EntityIndex.withWord(q.name, "Tech", "Technical") : nil
        // "Comm." is a Commission, a Committee or Communications: read as a Commission only where a
        // listing near the line has that word ("Space & Upper Atmos. Res. Comm." for the listed
        // "… Research Commission (SUPARCO)").
        // A word no listed name has that sounds as a listed word ("Malachite Marine Engineering
        // Bureau" for the listed "… Malakhit"): the line is read again with the listed spelling.
        let respelling = respelled(q.name)
        let commission = Text.mayContain(q.name, "Comm") && candidates.contains(where: { prepared[$0.0].listed && prepared[$0.0].tokens.contains("commission") })
            ? EntityIndex.withWord(q.name, "Comm", "Commission") : nil
        // A line in Chinese about an organisation the lists name in English only ("海军指挥学院
        // 作战指挥系，南京" for the listed "Naval Command College"): read again in English, piece by
        // piece where rsdd's glossary reads a piece whole, with China for a mainland place it prints
        // (on a line of China's, or of no country that names a mainland place: a line in Chinese
        // characters may be Taiwan's). Only where the line as printed names no listing: a name a list
        // gives in Chinese is the better evidence, and so is a registry's (`ListIndex` reads it).
        // (A listing matched through a later part, a parent the lists' table names in Chinese,
        // "…研究所, 军事医学科学院", leaves the unit printed first to be read. Round 33.)
        // (Only a line of several parts is split: most are one name, and read as before.)
        let hasCJK = q.name.utf8.contains(where: { $0 >= 0xE3 })
        // (Devanagari too, E0 A4 and E0 A5 in UTF-8: round 34.)
        let hasOtherScript = q.name.utf8.contains(where: { $0 == 0xD7 || $0 == 0xD8 || $0 == 0xD9 || $0 == 0xDA || $0 == 0xDB })
            || (q.name.utf8.contains(0xE0) && q.name.unicodeScalars.contains { (0x900...0x97F).contains($0.value) })
        let laterParts: Set<String> = (hasCJK || hasOtherScript) && q.name.unicodeScalars.contains(where: { $0 == "," || $0 == "，" || $0 == "،" })
            ? Set(q.name.split(whereSeparator: EntityIndex.partSeparators.contains).dropFirst().map { Text.trimmed(String($0)) }) : []
        let chinese = hasCJK && (country.map { Identifiers.sameCountry($0, "CN") } ?? true)
            && !candidates.contains(where: { PairScorer.isMatch($0.1) && ($0.2 == q.name || (prepared[$0.0].listed && !laterParts.contains($0.2))) })
            ? HanGlossary.translatedLines(q.name, needsPlace: country == nil) : nil
        // The same for a line in Hangul, of the DPRK's or of no country. Round 28.
        let korean = q.name.utf8.contains(where: { $0 >= 0xEA }) && (country.map { Identifiers.sameCountry($0, "KP") } ?? true)
            && !candidates.contains(where: { PairScorer.isMatch($0.1) && prepared[$0.0].listed })
            ? HanGlossary.koreanLine(q.name, dprk: country != nil) : nil
        // The same for a line in the Arabic script or in Hebrew that prints its country (Iran,
        // Syria, Israel; Pakistan in Urdu and India in Hindi, round 34). Round 29. (A line that prints none is read for review only: these
        // scripts are many countries'.)
        // (A listing matched only through a later part, a host the lists' table names in its own
        // script, "…, دانشگاه صنعتی شریف, ایران", leaves the unit printed first to be read, as in
        // Chinese. Round 34.)
        let otherScript = hasOtherScript
            && !candidates.contains(where: { PairScorer.isMatch($0.1) && prepared[$0.0].listed && !laterParts.contains($0.2) })
            ? ScriptGlossary.englishReading(q.name, country: country) : nil
        // A line of several affiliations joined by ";" that do not all end with one country has
        // none (see `country(of:parts:)`); each affiliation that ends with a country is read alone
        // as well, with its own ("Institute of Space Technology; Natl. Eng. and Scientific Comm.
        // (NESCOM), Islamabad, Pakistan"). (The line's country stays none.)
        let segments = country == nil ? countriedSegments(q) : []
        // "Joint-Stock Co." and "JSC" are one legal form, and a list gives a company's letters with
        // the short one ("JSC VNIIRA"): the line is read again with it ("Joint-Stock Co. VNIIRA").
        let jointStock = EntityIndex.withShortJointStock(q.name)
        // A group's short name in Chinese before its unit ("航空工业济南特种结构研究所" for the listed
        // "中国航空工業集団公司済南特種結構研究所"): read again with the group's whole name.
        let groupWhole = GroupUnits.writingOutShortNames(q.name)
        // A unit printed "under" its parent ("Institute of Automation under the State Academy of
        // Sciences", as papers translate 直属, при, 산하): read again with the two apart, as a unit
        // and its parent are printed. Round 33.
        let under = EntityIndex.underApart(q.name)
        // Letters in Russian (or Ukrainian) capitals, "ФГУП «РФЯЦ-ВНИИЭФ», г. Саров": read again
        // with the letters in Latin capitals as the lists write them ("VNIIEF"), an academy's as
        // its English letters (СО РАН, SB RAS). Round 34. (Words in small letters are read in Latin
        // letters already: see `NameNormaliser`.)
        let russianLetters = q.name.utf8.contains(where: { $0 == 0xD0 || $0 == 0xD1 }) ? EntityIndex.cyrillicLettersInLatin(q.name) : nil
        // A unit printed "of" its university ("Explosion and Impact Research Center of Malek Ashtar
        // University of Technology"): read again with the two apart, as "under" above. Round 34.
        let ofParent = EntityIndex.ofParentApart(q.name)
        // A listed organisation's letters before a name of capitalised words ("NESCOM Air Weapons
        // Complex"): read again without the letters, which the line as printed reads. Round 37,
        // set 110.
        let lettersBefore = lettersApart(q.name)
        // A unit's name and its host's in one part, without a comma ("Advanced Information and
        // Communication Technology Centre Sharif University of Technology", for the listed AICTC
        // at Sharif University): read again with the two apart. Round 39, set 119.
        let hostAfter = hostApart(q.name, candidates)
        // A name with its country after "of" ("National Engineering and Scientific Commission of
        // Pakistan", for the listed "National Engineering and Scientific Commission"): read again
        // without it, for a listing of that country named exactly so. Round 38, set 115.
        let ofCountry = EntityIndex.ofCountryApart(q.name)
        // A word of capitals that spells words of a listing near the line, or words that spell its
        // letters ("RPC Micran JSC" for the listed "… Research and Production Company Micran",
        // "Concern Morskoe Podvodnoe Oruzhie – Gidropribor" for `Concern "MPO—Gidropribor"`).
        let initials = writingOutInitials(q.name, candidates)
        // A word cut short with a full stop that rsdd's tables do not know ("Air Weapons Cplx.",
        // "Def. Technol. & Sci. Res. Cent."), read as the word of a listed name near the line that it
        // shortens: the listing's word begins with it, or has its letters in order and ends as it
        // does (see `writingOutAbbreviations`).
        // (Read after the other readings, off the listings any of them brought near.)
        let cutWords = EntityIndex.cutWords(academies ?? q.name)
        // (Most lines' cut words are words rsdd reads that every listing near them has.)
        let cutOpen = academies != nil || cutWords.contains { $0.known == nil } || candidates.contains { c in
            prepared[c.0].listed && c.1.score >= EntityIndex.nearForCutWords && !PairScorer.isMatch(c.1)
                && c.1.veto == nil && cutWords.contains { w in w.known.map { k in prepared[c.0].names.contains { !$0.contains(k) } } ?? true } }
        guard academies != nil || acronyms != nil || respelling != nil || lettersAfterOf != nil || apart != nil || navigation != nil || defence != nil || technical != nil || chinese != nil || korean != nil
            || !segments.isEmpty || jointStock != nil || groupWhole != nil || initials != nil || commission != nil || otherScript != nil || under != nil || russianLetters != nil || ofParent != nil || lettersBefore != nil || ofCountry != nil || hostAfter != nil
            || (!cutWords.isEmpty && cutOpen) else { return (candidates.sorted { $0.0 < $1.0 }, country) }
        var lineCountry = country
        var best = Dictionary(candidates.map { ($0.0, ($0.1, $0.2)) }, uniquingKeysWith: { a, _ in a })
        // `keepMatches`: a listing the line as printed already matches keeps its own evidence (the
        // acronym the line prints), never one of a name the line does not print.
        // (`readCountry`: a line the printed one gave no country reads its own from the line as read,
        // China from a mainland place.)
        // (`only`: the records a read may change; `onlyMatches`, `review`: see below.)
        func merge(_ expanded: String, _ why: String, keepMatches: Bool, readCountry: Bool = false,
                   onlyMatches: Bool = false, review: (String, String)? = nil, only: Set<Int>? = nil) {
            let (read, readAs) = scoredWithCountry(q, name: expanded, country: readCountry ? country : country ?? "")
            if lineCountry == nil { lineCountry = readAs }
            take(read, expanded, why, keepMatches: keepMatches, readCountry: readCountry, onlyMatches: onlyMatches, review: review, only: only)
        }
        func take(_ read: [(Int, PairScore, String)], _ expanded: String, _ why: String, keepMatches: Bool, readCountry: Bool = false,
                  onlyMatches: Bool = false, review: (String, String)? = nil, only: Set<Int>? = nil) {
            for (i, s, part) in read where only?.contains(i) ?? true {
                if let old = best[i], (old.0.score, old.0.words) >= (s.score, s.words) || (keepMatches && PairScorer.isMatch(old.0)) { continue }
                // (`onlyMatches`: a read that takes the place of a candidate only with a match; a
                // nearer score of another part would hide the part as printed from the rules after.)
                if onlyMatches && !PairScorer.isMatch(s) { continue }
                var s = review.map { PairScorer.isMatch(s) ? EntityIndex.forReview(s, $0.0, $0.1) : s } ?? s
                s.features["expanded"] = readCountry ? "\(why): \(part) (the line read: \(expanded))" : "\(why): \(part)"
                best[i] = (s, part)
            }
        }
        if let academies { merge(academies, "read with the academy's abbreviation written out", keepMatches: false) }
        if let acronyms { merge(acronyms, "read with the listing's acronym written out", keepMatches: true) }
        if let lettersAfterOf { merge(lettersAfterOf, "read with the listing's acronym after “of” written out as a part", keepMatches: true) }
        if let navigation { merge(navigation, "read with “Nav” as Navigation", keepMatches: true) }
        if let defence { merge(defence, "read with “MoD” as the Ministry of Defence", keepMatches: true) }
        if let technical { merge(technical, "read with “Tech” as Technical", keepMatches: true) }
        if let commission { merge(commission, "read with “Comm.” as Commission", keepMatches: true) }
        if let respelling { merge(respelling.line, "read with \(respelling.words.joined(separator: ", ")), a listed word that sounds alike", keepMatches: true) }
        for english in chinese ?? [] { merge(english, "read in English with rsdd's glossary of Chinese words", keepMatches: true, readCountry: true) }
        if let korean { merge(korean, "read in English with rsdd's glossary of Korean words", keepMatches: true, readCountry: true) }
        if let otherScript {
            merge(otherScript.line, "read in English with rsdd's glossary of Persian, Arabic, Urdu, Hebrew and Hindi words", keepMatches: true, readCountry: otherScript.countryPrinted,
                  review: otherScript.countryPrinted ? nil : ("script_no_country", "the line, read in English with rsdd's glossary, prints no country, and its script is many countries': an analyst decides"))
        }
        // Each affiliation read alone, with its own country where it ends with one. A listing that
        // affiliation's country vetoes is vetoed where the line's evidence for it is a part of that
        // affiliation, as on a line of that affiliation alone (a part as read with its cut words
        // written out, `cutPut`, counts as that affiliation's); where the evidence is a part as read
        // with other words written out, a match is only for review (`affiliation_country`); evidence
        // from another affiliation stands.
        var vetoed: [Int: (PairScore, String, String)] = [:]
        for (segment, own) in segments where own != nil {
            let (read, _) = scoredWithCountry(OrganisationQuery(name: segment, identifiers: q.identifiers), name: segment, country: own)
            for (i, s, part) in read where s.veto != nil && vetoed[i] == nil { vetoed[i] = (s, part, segment) }
            take(read.filter { $0.1.veto == nil }, segment, "read as one affiliation of the line, with the country it ends with", keepMatches: true)
        }
        // (Only where it makes a match: the listed letters are what the form written short is for,
        // and the words a long form takes off a name only move its near matches about.)
        if let jointStock { merge(jointStock, "read with “Joint-Stock Company” as JSC", keepMatches: true, onlyMatches: true) }
        if let groupWhole { merge(groupWhole, "read with the group's whole name for its short one", keepMatches: true, readCountry: true) }
        if let under { merge(under, "read with the unit and the parent it is printed “under” as two parts", keepMatches: true) }
        if let russianLetters { merge(russianLetters, "read with letters in Russian capitals in Latin letters", keepMatches: true) }
        if let ofParent { merge(ofParent, "read with the unit and the university, academy or company it is printed “of” as two parts", keepMatches: true) }
        if let lettersBefore { merge(lettersBefore, "read without a listed organisation's letters before a name", keepMatches: true) }
        // (Only where it makes a match: the name before the host's is read as a part of its own.)
        if let hostAfter { merge(hostAfter, "read with the name of an organisation printed after a name in the same part as a part of its own", keepMatches: true, onlyMatches: true) }
        // (Only an exact name, of a listing whose country is the one the name gives, where the line
        // prints no other: a university "… of China" without its country is many universities.)
        if let ofCountry, country.map({ Identifiers.sameCountry($0, ofCountry.country) }) ?? true {
            // (The part alone: only its exact name is kept, and the line's other parts were read.)
            let (read, _) = scoredWithCountry(q, name: ofCountry.name, country: ofCountry.country)
            take(read.filter { $0.1.score >= 1 && PairScorer.isMatch($0.1) && prepared[$0.0].listed && givesOnly($0.0, ofCountry.country) },
                 ofCountry.name, "read without the country the name gives after “of”, the listing's only country", keepMatches: true)
        }
        if let initials {
            // (Only the listings whose names the puts were read off. A review item so made may
            // still be raised by a rule on evidence of its own: a company's own name in quotation
            // marks, `JSC SRI “Ekran”`, as `quotedName` reads it on any line.)
            let (read, readAs) = scoredWithCountry(q, name: initials.line, country: country ?? "")
            if lineCountry == nil { lineCountry = readAs }
            // (A put that is not sure still makes a finding of a listing the line prints the city
            // of the address of, as a part of its own, in the listing's only country: "FSUE SRI
            // Ekran, Samara, Russia" for the listed "Ekran Scientific Research Institute, FSUE" at
            // Samara. Round 43, set 138.)
            var atCity: [Int: String] = [:]
            if !initials.sure, let country {
                for (i, s, part) in read where initials.records.contains(i) && PairScorer.isMatch(s) && s.veto == nil && prepared[i].listed && givesOnly(i, country) {
                    if let city = cityPart(q, of: i, besides: part) { atCity[i] = city }
                }
            }
            let why = "read with the letters and the words of a listed name for each other"
            take(read, initials.line, why, keepMatches: true, onlyMatches: true,
                 review: initials.sure ? nil : ("letters_for_words", "letters stand for more than one form of body, and the name in common is short, which many companies' names are: an analyst decides"),
                 only: initials.records.subtracting(atCity.keys))
            take(read, initials.line, why, keepMatches: true, onlyMatches: true, only: Set(atCity.keys))
            for (i, city) in atCity where best[i]?.0.features["expanded"]?.hasPrefix(why) == true {
                best[i]!.0.features["at_listed_city"] = "the letters stand for more than one form of body, and the line prints the city of the listing's address (\(city)) as a part of its own, in the listing's country (\(country!))"
            }
        }
        // (Only listings whose address gives that city: a name that ends with a place as its own
        // word, "University of Science and Technology Beijing", is no other listing's without it.)
        func atCity(_ i: Int) -> Bool { !(entityLocalities[entityOf[i]] ?? []).isDisjoint(with: apart?.cities ?? []) }
        if let apart, apart.inChinese || best.contains(where: { i, v in
            // (Or a match the city's word keeps short of exact: "ФГУ ФНЦ НИИСИ РАН Москва".)
            prepared[i].listed && (atCity(i) || ((PairScorer.isNear(v.0) || PairScorer.isMatch(v.0)) && entityLocalities[entityOf[i]] == nil))
        }) {
            // (With every reading of a line, as the line printed with its comma is read, where a
            // listing at that city or of no address comes near the line or matches it: cut words,
            // letters in Russian capitals, the glossaries. Round 39: "Natl. Standards and Calibration
            // Lab. Damascus" needs the cut words read, "空军航空大学长春" the glossary, and "ФГУ ФНЦ
            // НИИСИ РАН Москва" comes near its listing only with its letters in Latin. Elsewhere the
            // line so split is scored as it is: a reading of every kind costs as much as the line's.)
            let full = apart.inChinese || best.contains { i, v in
                prepared[i].listed && (PairScorer.isNear(v.0) || PairScorer.isMatch(v.0)) && (atCity(i) || entityLocalities[entityOf[i]] == nil)
            }
            let (read, readAs) = full
                ? scoredWithCountry(OrganisationQuery(name: apart.line, identifiers: q.identifiers, country: q.country,
                                                      countryFromName: q.countryFromName), cityApart: false)
                : scoredWithCountry(q, name: apart.line, country: country ?? "")
            if lineCountry == nil { lineCountry = readAs }
            // (Or a listing with no address, named exactly by the name before the city: "Army
            // Command College Nanjing".)
            // (A better score replaces a match of the part with its city, the city being a word the
            // listed name lacks, which a rule after sends to review; but only with a match: never a
            // match with a near one. Round 39, set 118.)
            take(read.filter { ($0.1.score >= 1 && PairScorer.isMatch($0.1) && entityWithoutAddress[entityOf[$0.0]] || atCity($0.0))
                    && (PairScorer.isMatch($0.1) || !(best[$0.0].map { PairScorer.isMatch($0.0) } ?? false)) },
                 apart.line, "read with the city printed after a name as a part of its own", keepMatches: false)
        }
        // (Only the listings whose words were read, and only where it makes a match: a listed word
        // is what the cut word is taken for, and nothing else is read so.)
        let near = best.map { ($0.key, $0.value.0, $0.value.1) }.sorted { $0.0 < $1.0 }
        // (The words each listing's reading put, so that an affiliation's country reads them too.)
        var cutPut: [Int: [[String: String]]] = [:]
        for (read, records, put) in cutWords.isEmpty || !cutOpen ? [] : writingOutAbbreviations(academies ?? q.name, cutWords, near) {
            merge(read, "read with words cut short as a listed name near the line writes them", keepMatches: true, onlyMatches: true, only: records)
            for i in records { cutPut[i, default: []].append(put) }
        }
        for (i, v) in vetoed.sorted(by: { $0.key < $1.key }) {
            guard let b = best[i], b.0.veto == nil else { continue }
            // (A part as read with cut words written out is within the affiliation it was cut in.)
            let within = segments.filter { seg in seg.0.contains(b.1) || (cutPut[i] ?? []).contains { EntityIndex.writingOut(seg.0, $0).contains(b.1) } }.map(\.0)
            if within == [v.2] {
                best[i] = (v.0, v.1)
            } else if within.isEmpty, PairScorer.isMatch(b.0) {
                best[i] = (EntityIndex.forReview(b.0, "affiliation_country",
                                                 "the line as read names it only within an affiliation that ends with another country: an analyst decides"), b.1)
            }
        }
        return (best.map { ($0.key, $0.value.0, $0.value.1) }.sorted { $0.0 < $1.0 }, lineCountry)
    }

    /// A part that is an academy's letters and nothing else ("CAS", "SB RAS"), those letters as
    /// written with a space between; nil for any other part.
    static func academyLettersAlone(_ part: String) -> String? {
        let words = part.split(separator: " ").map { $0.trimmingCharacters(in: EntityIndex.wordEdges) }.filter { !$0.isEmpty }
        guard !words.isEmpty, words.allSatisfy({ w in w.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
            && EntityIndex.academyLetters.contains(w.lowercased()) }) else { return nil }
        return words.joined(separator: " ")
    }

    /// What parts a line: commas and semicolons, in full width as Chinese prints them and in Arabic
    /// letters as Persian and Arabic print them.
    static let partSeparators: Set<Character> = [",", ";", "，", "；", "،", "؛"]

    /// A unit after "and" that begins a second name in the same part (see `scoredWithCountry`).
    static let joinedUnits = [" and Department of ", " and School of ", " and College of ", " and Faculty of ", " and Division of ",
                              " and Institute of "]

    /// `line` with each word of two or more Russian (or Ukrainian) capitals written in Latin
    /// capitals, letter by letter as the lists transliterate ("ФГУП «РФЯЦ-ВНИИЭФ»" → "FGUP
    /// «RFYATS-VNIIEF»"), and an academy's letters as its English ones ("ИМКБ СО РАН" → "IMKB SB
    /// RAS", `academyLettersInRussian`); nil where the line has none. Words in small letters beside
    /// them are written in Latin letters too (round 36), so that the line is read in one script.
    static func cyrillicLettersInLatin(_ line: String) -> String? {
        func isCyrillic(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy { (0x0400...0x04FF).contains($0.value) } }
        var out = "", run = "", changed = false
        func flush() {
            defer { run = "" }
            guard !run.isEmpty else { return }
            if let english = EntityIndex.academyLettersInRussian[run] {
                out += english
                changed = true
            } else if run.allSatisfy({ NameNormaliser.cyrillicLatin[Character($0.lowercased())] != nil }) {
                // Letters in capitals, each in Latin capitals; and (round 36, set 103) a word in small
                // letters beside them in Latin letters too, as the lists transliterate: a line half in
                // Latin letters has its Cyrillic words read as look-alike characters, "Тураевское" as
                // "typaebckoe", which came near a listed design bureau of no own name.
                let capitals = run.count >= 2 && run.allSatisfy { $0.isUppercase }
                out += run.map { c -> String in
                    let l = NameNormaliser.cyrillicLatin[Character(c.lowercased())]!
                    return capitals ? l.uppercased() : c.isUppercase ? l.prefix(1).uppercased() + l.dropFirst() : l
                }.joined()
                if capitals { changed = true }
            } else {
                out += run
            }
        }
        for c in line {
            if isCyrillic(c) { run.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return changed ? out : nil
    }

    /// The Russian and Ukrainian academies' letters, and their branches', in English letters; and
    /// a state enterprise's (ДП, державне підприємство; ГП, государственное предприятие) as the
    /// words the lists write ("State Enterprise Magarach …", printed "ДП «Агрофірма «Магарач»").
    static let academyLettersInRussian: [String: String] = [
        "РАН": "RAS", "СО": "SB", "УрО": "UB", "ДВО": "FEB", "НАНУ": "NASU", "НАНБ": "NASB", "РАМН": "RAMS",
        "ДП": "State Enterprise", "ГП": "State Enterprise",
    ]

    /// `line` with each " under the " or " under " between two names written as a comma ("Institute
    /// of Automation under the State Academy of Sciences" → "Institute of Automation, State Academy
    /// of Sciences"); nil where the line has none. (The word standing alone, in small letters, with
    /// a name of two words or more on each side: "Underwater", "Under Secretary" are left alone.)
    static func underApart(_ line: String) -> String? {
        guard Text.mayContain(line, " under ") else { return nil }
        var parts: [String] = []
        var changed = false
        for part in line.split(separator: ",", omittingEmptySubsequences: false) {
            var p = String(part)
            for joint in [" under the ", " under "] {
                guard let r = p.range(of: joint) else { continue }
                let before = p[..<r.lowerBound].split(separator: " "), after = p[r.upperBound...].split(separator: " ")
                guard before.count >= 2, after.count >= 2, after.first?.first?.isUppercase ?? false else { break }
                p = String(p[..<r.lowerBound]) + ", " + String(p[r.upperBound...])
                changed = true
                break
            }
            parts.append(p)
        }
        return changed ? parts.joined(separator: ",") : nil
    }

    /// `line` with a unit printed "of" the university or academy it belongs to written apart as two
    /// parts ("Explosion and Impact Research Center of Malek Ashtar University of Technology" →
    /// "Explosion and Impact Research Center, Malek Ashtar University of Technology"), as lines
    /// print a unit and its parent; nil where no part has one. Only a unit of three words or more
    /// ending with a unit's kind (a centre, a laboratory, an institute, a department), before a
    /// name of two words or more, in capitals, with University or Academy after its own name:
    /// "Institute of Physics", "Ningbo Institute of … University" (an institution of its own) and
    /// "University of Science and Technology of China" stay whole. Round 34, from set 94.
    /// The first part of a line that ends with "of <country>", without it, and that country's code:
    /// "…, National Engineering and Scientific Commission of Pakistan, Islamabad" gives "National
    /// Engineering and Scientific Commission" of PK. (Three words at least before it; nil for a line
    /// with no such part.)
    static func ofCountryApart(_ line: String) -> (name: String, country: String)? {
        guard Text.mayContain(line, " of ") else { return nil }
        for part in line.split(separator: ",") {
            guard let r = part.range(of: " of ", options: .backwards) else { continue }
            var rest = Text.trimmed(String(part[r.upperBound...]))
            if rest.lowercased().hasPrefix("the ") { rest = String(rest.dropFirst(4)) }
            guard let code = Identifiers.countryName(rest) else { continue }
            let name = Text.trimmed(String(part[..<r.lowerBound]))
            guard name.split(separator: " ").count >= 3 else { continue }
            return (name, code)
        }
        return nil
    }

    static func ofParentApart(_ line: String) -> String? {
        guard Text.mayContain(line, " of ") || Text.mayContain(line, " at ") else { return nil }
        var parts: [String] = []
        var changed = false
        for part in line.split(separator: ",", omittingEmptySubsequences: false) {
            var p = String(part)
            var from = p.startIndex
            // (Not a numbered unit, "12 Research Institute of … Academy 9": a number the listing does
            // not give is for review, see `unitOf`.)
            let numbered = p.contains(where: \.isNumber)
            while !numbered, let r = p.range(of: " of ", range: from..<p.endIndex) {
                from = r.upperBound
                let before = p[..<r.lowerBound].split(separator: " "), after = p[r.upperBound...].split(separator: " ")
                // (Or of a company, by its legal form in capitals before its name: "Design Center
                // Belmicrosystems of JSC Integral". Round 36, set 104.)
                if before.count >= 2, before.first?.first?.isUppercase ?? false, after.count >= 2,
                   EntityIndex.companyFormLetters.contains(String(after[0])), after[1].first?.isUppercase ?? false {
                    p = String(p[..<r.lowerBound]) + ", " + String(p[r.upperBound...])
                    changed = true
                    break
                }
                // (A university of two words too, its own name and "University": "Changsha
                // Supercomputing Center of Hunan University". Round 37, set 105.)
                guard before.count >= 3, let kind = before.last, EntityIndex.unitKinds.contains(kind.lowercased()),
                      after.count >= 2, after.first?.first?.isUppercase ?? false,
                      let u = after.firstIndex(where: { $0 == "University" || $0 == "Academy" }), u >= 1,
                      // (The university's own name before it: "… Laboratory of Antennas and Microwave
                      // Technology at Xidian University" is a laboratory of a subject, at its host.)
                      after[..<u].allSatisfy({ $0.first?.isUppercase ?? false || ["and", "of", "the"].contains($0) }) else { continue }
                p = String(p[..<r.lowerBound]) + ", " + String(p[r.upperBound...])
                changed = true
                break
            }
            // (Or an institute or a centre "at" its university, as the same conditions read it:
            // "Iran Composites Institute at Iran University of Science and Technology". Not a
            // laboratory: a key laboratory's listed name holds its host, "… at Shenzhen
            // University", and a laboratory alone is one of many hosts'. Round 37, set 110.)
            // (The unit's city after its kind too: "Natl. Supercomputing Center in Changsha at Hunan
            // University". Round 39, set 118.)
            if !numbered, let r = p.range(of: " at ") {
                let before = p[..<r.lowerBound].split(separator: " "), after = p[r.upperBound...].split(separator: " ")
                let unit = before.count >= 5 && before[before.count - 2] == "in" && before.last?.first?.isUppercase == true ? before.dropLast(2) : before[...]
                if unit.count >= 3, let kind = unit.last, EntityIndex.atUnitKinds.contains(kind.lowercased()),
                   after.count >= 2, after.first?.first?.isUppercase ?? false,
                   let u = after.firstIndex(where: { $0 == "University" || $0 == "Academy" }), u >= 1,
                   after[..<u].allSatisfy({ $0.first?.isUppercase ?? false || ["and", "of", "the"].contains($0) }) {
                    p = String(p[..<r.lowerBound]) + ", " + String(p[r.upperBound...])
                    changed = true
                }
            }
            parts.append(p)
        }
        return changed ? parts.joined(separator: ",") : nil
    }

    /// `line` with the whole name of an organisation near the line, printed at the end of a part
    /// after a name of three words or more, put apart as a part of its own ("… Technology Centre
    /// Sharif University of Technology" → "… Technology Centre, Sharif University of Technology");
    /// nil where no part ends so. Only on a line a listing comes near and does not match, with a
    /// name of two compared words or more, beginning with a capital, after a unit's kind (a name
    /// that ends with another's words, "National Sun Yat-sen University", has none before them).
    func hostApart(_ line: String, _ candidates: [(Int, PairScore, String)]) -> String? {
        // (Most lines print no unit's kind before a capital, or come near no listing: read no
        // further, and the line's parts are not split.)
        guard EntityIndex.hostedUnitKindsSpaced.contains(where: { Text.mayContain(line, $0, caseInsensitive: true) }),
              candidates.contains(where: { prepared[$0.0].listed && PairScorer.isNear($0.1) }) else { return nil }
        var parts = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for k in parts.indices {
            let words = Text.trimmed(parts[k]).split(separator: " ")
            guard words.count >= 5 else { continue }
            // (After a unit's kind: "Research Institute of Aircraft Equipment JSC" is one name.)
            for cut in 3...(words.count - 2) where words[cut].first?.isUppercase == true
                && EntityIndex.hostedUnitKinds.contains(words[cut - 1].lowercased().trimmingCharacters(in: EntityIndex.wordEdges)) {
                let host = words[cut...].joined(separator: " ")
                let compared = scorer.comparedWords(of: host).sorted()
                // (A name of an organisation the line comes near, as its words sorted.)
                guard compared.count >= 2, candidates.contains(where: { c in
                    prepared[c.0].names.contains { $0.count == compared.count && $0.sorted() == compared }
                }) else { continue }
                parts[k] = " " + words[..<cut].joined(separator: " ") + ", " + host
                changed = true
                break
            }
        }
        return changed ? Text.trimmed(parts.joined(separator: ",")) : nil
    }

    /// The last words of a unit's name printed before its host's (`hostApart`).
    static let hostedUnitKinds: Set<String> = ["center", "centre", "laboratory", "laboratories", "lab", "institute", "department",
                                               "school", "college", "faculty", "division"]
    /// The same with the space after them, as `Text.mayContain` looks for them ("lab" in
    /// "laboratory" and "laboratories").
    static let hostedUnitKindsSpaced = ["center ", "centre ", "lab", "institute ", "department ", "school ", "college ", "faculty ", "division "]

    /// `line` without a part's first word where it is a listed organisation's acronym in capitals
    /// (three to eight letters) before a name of two capitalised words or more, not all in capitals
    /// ("NESCOM Air Weapons Complex" → "Air Weapons Complex"); nil where no part begins so. (The
    /// letters are read where they stand, in the line as printed: alone, they would be a finding
    /// before any name, "SPFD Fictional Laboratory".)
    func lettersApart(_ line: String) -> String? {
        // (Most lines have no run of three capitals before a space: read no further.)
        var capitals = 0
        var run = false
        for b in line.utf8 {
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { capitals += 1 } else {
                if b == UInt8(ascii: " ") && capitals >= 3 { run = true; break }
                capitals = 0
            }
        }
        guard run else { return nil }
        var parts: [String] = []
        var changed = false
        for part in line.split(separator: ",", omittingEmptySubsequences: false) {
            let words = part.split(separator: " ")
            if words.count >= 3, let first = words.first, (3...8).contains(first.utf8.count),
               first.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
               byAcronym[String(first)]?.contains(where: { prepared[$0.record].listed }) == true,
               words.dropFirst().allSatisfy({ $0.first?.isUppercase ?? false || ["and", "of", "the", "for"].contains($0) }),
               words[1].first?.isUppercase ?? false, !words.dropFirst().contains(where: { NameParts.isAcronym(String($0)) }),
               words.dropFirst().contains(where: { $0.contains(where: \.isLowercase) }) {
                let lead = part.prefix(while: { $0 == " " })
                parts.append(lead + words.dropFirst().joined(separator: " "))
                changed = true
            } else {
                parts.append(String(part))
            }
        }
        return changed ? parts.joined(separator: ",") : nil
    }

    /// The kinds of unit `ofParentApart` reads before "at".
    static let atUnitKinds: Set<String> = ["center", "centre", "institute"]

    /// A company's legal form in capitals, as `ofParentApart` reads it after "of".
    /// (The Russian forms' letters, less those of a state research centre and of the Federation,
    /// "SRC RF", which are no company's; and LLC and PSC.)
    static let companyFormLetters: Set<String> = Set(NameParts.russianFormLetters.subtracting(["src", "ssc", "gnts", "gnc", "rf"]).map { $0.uppercased() })
        .union(["LLC", "PSC"])

    /// The kinds of unit `ofParentApart` reads before "of".
    static let unitKinds: Set<String> = ["center", "centre", "laboratory", "laboratories", "lab", "institute", "department"]

    /// `line` with each word of five Latin letters or more that no listed name has and that sounds
    /// as one listed word only (`listedSpellings`) written as that word ("Malachite Marine
    /// Engineering Bureau" → "Malakhit Marine Engineering Bureau"), and the words so read; nil
    /// where it has none. A word beside a digit or a letter of another script is no word of its
    /// own, and is left; so is a place's name, and none is read as one. Round 42, sets 130 and 133.
    func respelled(_ line: String) -> (line: String, words: [String])? {
        let u = line.utf8
        var put: [(range: Range<String.Index>, printed: String, listed: String)] = []
        var start: String.Index?, tainted = false, i = u.startIndex
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        func isOther(_ b: UInt8) -> Bool { b >= 0x80 || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) }
        func flush(_ end: String.Index, after: UInt8?) {
            defer { start = nil; tainted = false }
            let count = start.map { u.distance(from: $0, to: end) } ?? 0
            guard let s = start, !tainted, !(after.map(isOther) ?? false), count >= 5 else { return }
            // (Latin letters only: lower case is one bit, written in place.)
            let lower = String(unsafeUninitializedCapacity: count) { buffer in
                for (k, b) in u[s..<end].enumerated() { buffer[k] = b | 0x20 }
                return count
            }
            guard !listedWords.contains(lower), !EntityIndex.mainlandPlaces.contains(lower), !addressLocalities.contains(lower), let listed = listedSpellings[PairScorer.transliterationKey(lower)], listed != lower,
                  case let printed = String(line[s..<end]),
                  scorer.comparedWords(of: printed).allSatisfy({ !listedWords.contains($0) }) else { return }
            put.append((s..<end, printed, listed.prefix(1).uppercased() + listed.dropFirst()))
        }
        var last: UInt8 = 0x20
        while i < u.endIndex {
            let b = u[i]
            if isLetter(b) {
                if start == nil { start = i; tainted = isOther(last) }
            } else if start != nil {
                flush(i, after: b)
            }
            last = b
            i = u.index(after: i)
        }
        if start != nil { flush(u.endIndex, after: nil) }
        guard !put.isEmpty else { return nil }
        var out = line
        for p in put.reversed() { out.replaceSubrange(p.range, with: p.listed) }
        return (out, put.map { "“\($0.printed)” as “\($0.listed)”" })
    }

    /// `line` with each word `short` (or `short.`) written `full` ("Nav" → "Navigation"); nil when
    /// it has none.
    static func withWord(_ line: String, _ short: String, _ full: String) -> String? {
        // (One pass over the bytes for the word standing alone: most lines have none, and many
        // have it inside a longer word, "Technology".)
        let n = Array(short.utf8)
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }
        let found = line.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard b.count >= n.count else { return false }
            for i in 0...(b.count - n.count) where b[i] == n[0] && (i == 0 || !isLetter(b[i - 1])) {
                var k = 1
                while k < n.count && b[i + k] == n[k] { k += 1 }
                if k == n.count && (i + k == b.count || !isLetter(b[i + k])) { return true }
            }
            return false
        } ?? Text.mayContain(line, short)
        guard found else { return nil }
        var changed = false
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map { w -> String in
            let core = w.prefix { $0.isLetter }
            guard core == short, w.dropFirst(short.count).allSatisfy({ ".,;)".contains($0) }) else { return String(w) }
            changed = true
            return full + w.dropFirst(short.count).drop { $0 == "." }
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// `line` with each part that is only a listed organisation's acronym, printed as a sure
    /// finding of it (`printed_acronym` in the line's country), written out as the listing's name
    /// that the letters spell; nil when the line has none. Letters that two listings' names spell
    /// (two organisations of one country that each list them) stay as printed.
    func writingOutAcronyms(_ line: String, _ candidates: [(Int, PairScore, String)]) -> String? {
        func words(_ t: String) -> [String] { scorer.normaliser.tokens(t).filter { !NameNormaliser.functionWords.contains($0) } }
        var names: [String: Set<String>] = [:]
        for (i, s, part) in candidates where PairScorer.isMatch(s) && s.features["printed_acronym"] != nil && s.features["country"] != nil
            && s.features["acronym_only"] == nil && NameParts.isAcronym(part) {
            if let name = ([records[i].name] + records[i].aliases).flatMap(NameParts.split)
                .first(where: { !$0.acronym && !$0.text.contains(",") && !$0.text.contains("(") && NameParts.spellsInitials(part, words($0.text)) })?.text {
                names[part, default: []].insert(name)
            }
        }
        // One written name per acronym (the least, so the same whichever order the candidates came
        // in), and none where the names are of two organisations.
        let chosen = names.compactMapValues { n in Set(n.map(scorer.normaliser.normalise)).count == 1 ? n.min() : nil }
        guard !chosen.isEmpty else { return nil }
        return EntityIndex.rewritingPieces(line) { chosen[$0] }
    }

    /// `line` with each part between commas and semicolons that `rewrite` gives a new text for (the
    /// part trimmed) put in its place, the marks and spaces round it kept; nil where none is.
    static func rewritingPieces(_ line: String, _ rewrite: (String) -> String?) -> String? {
        var out = "", piece = "", changed = false
        func flush() {
            let t = Text.trimmed(piece)
            if !t.isEmpty, let new = rewrite(t) {
                out += piece.replacingOccurrences(of: t, with: new)
                changed = true
            } else {
                out += piece
            }
            piece = ""
        }
        for ch in line {
            if ch == "," || ch == ";" { flush(); out.append(ch) } else { piece.append(ch) }
        }
        flush()
        return changed ? out : nil
    }

    /// The compared words of a piece of an address, without words that hold a digit (a postcode, a
    /// house number); empty where a word is a street's number only.
    static func localityWords(_ piece: String, _ scorer: PairScorer) -> [String] {
        scorer.comparedWords(of: Text.trimmed(piece)).filter { !PairScorer.hasDigit($0) }
    }

    /// `line` with "Ministry of Defence RF" (a word of its own) as the Russian Ministry of Defence.
    static func russianDefence(_ line: String) -> String {
        let long = "Ministry of Defence RF"
        var out = line
        for end in [",", ";", ".", " "] {
            out = out.replacingOccurrences(of: long + end, with: "Russian Ministry of Defence" + end)
        }
        if out.hasSuffix(long) { out = String(out.dropLast(long.count)) + "Russian Ministry of Defence" }
        return out
    }

    /// `line` with a listed organisation's own letters that end a part after "of" ("Inst. of Health
    /// Services and Medical Information of AMMS") written out as a part of their own, by the name
    /// they spell ("Inst. of Health Services and Medical Information, Academy of Military Medical
    /// Sciences"): a unit printed before its parent, as `writingOutAcronyms` reads a part of letters
    /// alone. Only letters of four or more that one organisation gives and spells, not of another
    /// country than the line's; nil where no part so ends. Round 30, from set 84.
    func writingOutLettersAfterOf(_ line: String, country: String?) -> String? {
        // (One pass over the bytes for " of " and four capitals: most lines have none.)
        let bytes = Array(line.utf8)
        let of: [UInt8] = Array(" of ".utf8)
        var found = false
        var k = 0
        while k + 8 <= bytes.count {
            if bytes[k] == of[0] && bytes[k + 1] == of[1] && bytes[k + 2] == of[2] && bytes[k + 3] == of[3]
                && (k + 4..<k + 8).allSatisfy({ bytes[$0] >= UInt8(ascii: "A") && bytes[$0] <= UInt8(ascii: "Z") }) {
                found = true
                break
            }
            k += 1
        }
        guard found else { return nil }
        func words(_ t: String) -> [String] { scorer.normaliser.tokens(t).filter { !NameNormaliser.functionWords.contains($0) } }
        return EntityIndex.rewritingPieces(line) { t in
            let w = t.split(separator: " ").map(String.init)
            guard w.count >= 4, w[w.count - 2] == "of", let letters = w.last, letters.utf8.count >= 4, NameParts.isAcronym(letters),
                  let found = byAcronym[letters], Set(found.map { entityOf[$0.record] }).count == 1,
                  let r = found.first(where: { $0.spelled })?.record, !otherCountry(r, country),
                  country.map({ c in (prepared[r].country.map { [$0] } ?? entityCountries[entityOf[r]] ?? []).allSatisfy { Identifiers.sameCountry($0, c) } }) ?? true,
                  let name = ([records[r].name] + records[r].aliases).flatMap(NameParts.split)
                    .first(where: { !$0.acronym && !$0.text.contains(",") && !$0.text.contains("(") && NameParts.spellsInitials(letters, words($0.text)) })?.text
            else { return nil }
            return w.dropLast(2).joined(separator: " ") + ", " + name
        }
    }

    /// `line` with a locality of a listing's address that ends a part of two words or more put
    /// apart as a part of its own ("TsKBA JSC Omsk, Russia" → "TsKBA JSC, Omsk, Russia"), and the
    /// localities, each as its compared words joined; nil where no part but the last ends so. Round 30, from set 87: papers
    /// print a city after a name without a comma.
    /// (Round 39, set 118: a region after its city, "AO NIIAO Moscow Oblast", puts the two apart;
    /// sets 119: a city in Chinese after a name in Chinese, "空军航空大学长春", by rsdd's glossary of
    /// places, and Москва, read as Moscow.)
    /// (`inChinese`: a place in Chinese was put apart, which rsdd's glossary names: such a line is
    /// read apart whether or not a listing comes near it as printed, which in Chinese it seldom does.)
    func cityApart(_ line: String) -> (line: String, cities: Set<String>, inChinese: Bool)? {
        guard line.utf8.contains(UInt8(ascii: ",")) else { return nil }
        var parts = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var cities = Set<String>()
        var inChinese = false
        for k in parts.indices.dropLast() {
            let trimmed = Text.trimmed(parts[k])
            if let (name, place) = HanGlossary.placeAfterName(trimmed) {
                parts[k] = " " + name + ", " + place
                cities.insert(scorer.comparedWords(of: place).joined(separator: " "))
                inChinese = true
                continue
            }
            guard !addressLocalities.isEmpty else { continue }
            var words = trimmed.split(separator: " ").map(String.init)
            // (A region's word after the city: the city ends the name, and the region stays with it.)
            var region: String?
            if words.count >= 3, let last = words.last, EntityIndex.regionWords.contains(last.lowercased()) { region = words.removeLast() }
            guard words.count >= 2 else { continue }
            for n in [2, 1] where words.count > n {
                let tail = words.suffix(n).joined(separator: " ")
                let key = scorer.comparedWords(of: tail)
                guard key.count == n, addressLocalities.contains(key.joined(separator: " ")) else { continue }
                // (Not where only words of no weight would be left: "of Omsk".)
                let rest = words.dropLast(n)
                guard rest.contains(where: { !NameNormaliser.functionWords.contains($0.lowercased()) }) else { break }
                parts[k] = " " + rest.joined(separator: " ") + ", " + tail + (region.map { " " + $0 } ?? "")
                cities.insert(key.joined(separator: " "))
                break
            }
        }
        guard !cities.isEmpty else { return nil }
        return (Text.trimmed(parts.joined(separator: ",")), cities, inChinese)
    }

    /// The affiliations of a line joined by ";", each with the country it ends with (see
    /// `country(of:parts:)`) or none, for a line that as a whole has none; empty where none of
    /// them ends with a country. Each is read alone too.
    func countriedSegments(_ q: OrganisationQuery) -> [(String, String?)] {
        guard q.countryFromName, q.name.utf8.contains(UInt8(ascii: ";")) else { return [] }
        let each = q.name.split(separator: ";").map { Text.trimmed(String($0)) }.filter { !$0.isEmpty }.map { segment -> (String, String?) in
            let cut = segment.split(separator: ",").map { Text.trimmed(String($0)) }.filter { !$0.isEmpty }
            return (segment, cut.count > 1 ? country(of: OrganisationQuery(name: segment), parts: cut) : nil)
        }
        return each.count > 1 && each.contains { $0.1 != nil } ? each : []
    }

    /// `line` with "Joint-Stock Company", "Joint Stock Co." (and "Open", "Public", "Closed" before
    /// it) written as the letters lists give it by (JSC, OJSC, PJSC, CJSC); nil when it has none.
    static func withShortJointStock(_ line: String) -> String? {
        guard Text.mayContain(line, "joint", caseInsensitive: true) else { return nil }
        var out = line, changed = false
        for (kind, letters) in [("open ", "OJSC"), ("public ", "PJSC"), ("closed ", "CJSC"), ("", "JSC")] {
            for joint in ["joint-stock ", "joint stock "] {
                for company in ["company", "co.", "co"] {
                    let phrase = kind + joint + company
                    var from = out.startIndex
                    while let r = out.range(of: phrase, options: .caseInsensitive, range: from..<out.endIndex) {
                        // (A word of its own: "Co" is not the start of "Corporation", nor of
                        // "Co-operative".)
                        let before = r.lowerBound == out.startIndex || !out[out.index(before: r.lowerBound)].isLetter
                        let after = r.upperBound == out.endIndex || !(out[r.upperBound].isLetter || out[r.upperBound] == "-")
                        guard before && after else { from = r.upperBound; continue }
                        let offset = out.utf8.distance(from: out.startIndex, to: r.lowerBound)
                        out.replaceSubrange(r, with: letters)
                        changed = true
                        from = out.utf8.index(out.startIndex, offsetBy: offset + letters.utf8.count)
                    }
                }
            }
        }
        return changed ? out : nil
    }

    /// The words `writingOutInitials` reads a name or a part by (spaces, commas, brackets,
    /// spaced dashes and quotation marks apart).
    static func initialsWords(_ t: String) -> [Substring] {
        t.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" || $0 == "–" || $0 == "—"
            || ($0.unicodeScalars.count == 1 && EntityIndex.quotes.contains($0.unicodeScalars.first!)) })
    }

    /// `t` with a dash between three to five capitals and a capitalised word of small letters
    /// read as a space ("NRC-Negev" as "NRC Negev"); nil where it has none. (Not capitals on both
    /// sides, "RFNC-VNIIEF", nor a word of small letters before the dash, "Temp-Avia".)
    static func lettersDashApart(_ t: String) -> String? {
        func upper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        func lower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
        // (Read in place: every line is asked, and most print no such dash, many a dash of a place's
        // name, "Beer-Sheva". The dashes to put a space for, by their offsets.)
        func dashes(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
            var out: [Int] = []
            for k in bytes.indices where bytes[k] == UInt8(ascii: "-") && k >= 3 && k + 2 < bytes.count {
                var j = k - 1, n = 0
                while j >= 0 && upper(bytes[j]) { n += 1; j -= 1 }
                guard (3...5).contains(n), j < 0 || !(lower(bytes[j]) || upper(bytes[j]) || bytes[j] >= 0x80),
                      upper(bytes[k + 1]), lower(bytes[k + 2]) else { continue }
                out.append(k)
            }
            return out
        }
        var t = t
        let found = t.withUTF8(dashes)
        guard !found.isEmpty else { return nil }
        var bytes = Array(t.utf8)
        for k in found { bytes[k] = UInt8(ascii: " ") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A word of three to five capitals.
    static func isLetters(_ w: Substring) -> Bool { (3...5).contains(w.utf8.count) && w.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } }
    static func isSmall(_ w: Substring) -> Bool { ["and", "of", "the", "for"].contains(w.lowercased()) }
    static func isCapitalised(_ w: Substring) -> Bool { w.first.map { $0.isUppercase } ?? false }

    /// The words of three to five capitals of a line or a name, and the first letters of its runs
    /// of three to five capitalised words (small words inside a run skipped; a word of capitals
    /// ends it), read off its bytes in one pass (every line of every team is read so): a byte
    /// beyond ASCII parts words, as quotation marks and dashes do.
    static func lineInitials(_ line: String) -> (letters: [String], runs: Set<String>) {
        var letters: [String] = [], runs = Set<String>()
        // The initials of the current run of capitalised words, and the word being read.
        var seq: [UInt8] = [], start = -1, count = 0, first: UInt8 = 0, allUpper = true
        let bytes = Array(line.utf8)
        func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        func endWord(_ end: Int) {
            guard count > 0 else { return }
            defer { count = 0; allUpper = true; start = -1 }
            // (Small words inside a run: "and", "of", "the", "for", in any case.)
            if count <= 3 {
                let w = bytes[start..<end].map { $0 | 0x20 }
                if w.elementsEqual("and".utf8) || w.elementsEqual("of".utf8) || w.elementsEqual("the".utf8) || w.elementsEqual("for".utf8) { return }
            }
            let isLetters = allUpper && (3...5).contains(count)
            if isLetters { letters.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
            guard isUpper(first), !isLetters else { seq.removeAll(keepingCapacity: true); return }
            seq.append(first)
            for n in 3...5 where seq.count >= n { runs.insert(String(decoding: seq.suffix(n), as: UTF8.self)) }
        }
        for (k, b) in bytes.enumerated() {
            let wordByte = (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "'") || b == UInt8(ascii: "&")
            if wordByte {
                if count == 0 { start = k; first = b }
                count += 1
                if !isUpper(b) { allUpper = false }
            } else {
                endWord(k)
            }
        }
        endWord(bytes.count)
        return (letters, runs)
    }

    /// `line` with letters and the words they stand for put for each other, where a listing near a
    /// part of it writes the one and the part the other, and the part has another word of that
    /// listed name besides: a word of capitals for a run of the name's words whose first letters
    /// spell it ("RPC Micran JSC" for "… Research and Production Company Micran", "Turaev MBDB
    /// «Soyuz»" for "Turayev Machine Building Design Bureau Soyuz"), and a run of the part's words
    /// for the name's letters ("Concern Morskoe Podvodnoe Oruzhie – Gidropribor" for `Concern
    /// "MPO—Gidropribor"`). Nil when nothing is put; a put that two listings would make otherwise
    /// is not made. The line so read is scored as any other (see `scoredWithCountry`); `sure` is
    /// false where a match it makes is only for review (`letters_for_words`); `records`: the
    /// listings the puts were read off, the only ones the read may change.
    func writingOutInitials(_ line: String, _ candidates: [(Int, PairScore, String)]) -> (line: String, sure: Bool, records: Set<Int>)? {
        let letters = EntityIndex.isLetters
        // (Letters joined by a dash to a word, "NRC-Negev", read apart, as "NRC Negev": round 41,
        // set 124. The parts the candidates were read from are read so too.)
        let dashed = EntityIndex.lettersDashApart(line)
        let line = dashed ?? line
        let words = { (t: String) in EntityIndex.initialsWords(dashed == nil ? t : EntityIndex.lettersDashApart(t) ?? t) }
        // (Most lines: nothing to put, read off the line's words alone.)
        let (lineLetters, lineRuns) = EntityIndex.lineInitials(line)
        let spellers = lineLetters.reduce(into: Set<Int>()) { $0.formUnion(listedInitials.spelled[$1] ?? []) }
        let lettered = lineRuns.reduce(into: Set<Int>()) { $0.formUnion(listedInitials.letters[$1] ?? []) }
        guard !spellers.isEmpty || !lettered.isEmpty else { return nil }
        /// The runs of `ws` (function words inside a run kept, never at its ends) whose first
        /// letters spell `a`, as the words printed.
        func runs(spelling a: Substring, in ws: [Substring]) -> [[Substring]] {
            let l = Array(a)
            var out: [[Substring]] = []
            for start in ws.indices where !EntityIndex.isSmall(ws[start]) {
                var k = 0, j = start, run: [Substring] = []
                while j < ws.count && k < l.count {
                    let w = ws[j]
                    if EntityIndex.isSmall(w) { if k > 0 { run.append(w) }; j += 1; continue }
                    guard EntityIndex.isCapitalised(w), !letters(w), w.first.map({ $0.uppercased() }) == String(l[k]) else { break }
                    run.append(w)
                    k += 1
                    j += 1
                }
                if k == l.count { out.append(run) }
            }
            return out
        }
        func key(_ ws: [Substring]) -> Set<String> { Set(scorer.comparedWords(of: ws.joined(separator: " "))) }
        // (The other word in common, nil when there is none: one few organisations' names have,
        // "Micran", "Gidropribor", never a kind of body. A place in one or two listed names, a
        // town's name, counts as such a word.)
        func ownWordsInCommon(_ a: Set<String>, _ b: Set<String>) -> [String]? {
            let own = a.filter { b.contains($0) && !PairScorer.formOfBodyWords.contains($0) && !NameParts.organisationWords.contains($0) && fewOrganisations($0) }
            return own.isEmpty ? nil : own.sorted()
        }
        // A put is sure where the words in common are two, or one of `ownWordLetters` letters or
        // more: letters stand for more than one form of body ("EDB" is an engineering and an
        // experimental design bureau), and a short own name beside a form is many companies'
        // ("Fakel", "Kvant"), as `oneRareWord` reads it.
        func sure(_ own: [String]) -> Bool { own.count >= 2 || own.contains { $0.utf8.count >= EntityIndex.ownWordLetters } }
        var puts: [String: Set<String>] = [:]
        // (Each put's sureness and the listings it was read off.)
        var unsure = Set<String>(), readOff: [String: Set<Int>] = [:]
        var seenParts: [String: [Substring]] = [:]
        for (i, s, part) in candidates where (spellers.contains(i) || lettered.contains(i)) && s.veto == nil && s.shared >= 1 && !PairScorer.isMatch(s) {
            let pw = seenParts[part] ?? words(part)
            seenParts[part] = pw
            guard pw.count >= 2 else { continue }
            for names in listedInitials.names[i] ?? [] {
                let nw = names.map { Substring($0) }
                // The part's letters, a run of the name's words.
                for a in pw where letters(a) && !nw.contains(a) && !NameNormaliser.legalForms.contains(a.lowercased()) {
                    for run in runs(spelling: a, in: nw) {
                        guard let own = ownWordsInCommon(key(pw.filter { $0 != a }), key(nw.filter { w in !run.contains(w) })) else { continue }
                        puts[String(a), default: []].insert(run.joined(separator: " "))
                        readOff[String(a), default: []].insert(i)
                        if !sure(own) { unsure.insert(String(a)) }
                    }
                }
                // The name's letters, a run of the part's words.
                for a in nw where letters(a) && !pw.contains(a) {
                    for run in runs(spelling: a, in: pw) where run.count >= 3 {
                        guard let own = ownWordsInCommon(key(pw.filter { w in !run.contains(w) }), key(nw.filter { $0 != a })) else { continue }
                        let from = run.joined(separator: " ")
                        puts[from, default: []].insert(String(a))
                        readOff[from, default: []].insert(i)
                        if !sure(own) { unsure.insert(from) }
                    }
                }
            }
        }
        // (Longest first, so that a run is put before a word inside it; in a fixed order.)
        let chosen = puts.compactMapValues { $0.count == 1 ? $0.first : nil }.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }
        guard !chosen.isEmpty else { return nil }
        // Where each put stands in the line as printed (a whole word or run of words), none over
        // another; the line is then written once, so that no put rewrites another's words.
        var ranges: [(Range<String.Index>, String, String)] = []
        for (from, to) in chosen {
            var start = line.startIndex
            while let r = line.range(of: from, range: start..<line.endIndex) {
                start = r.upperBound
                let before = r.lowerBound == line.startIndex || !line[line.index(before: r.lowerBound)].isLetter
                let after = r.upperBound == line.endIndex || !line[r.upperBound].isLetter
                guard before && after, !ranges.contains(where: { $0.0.overlaps(r) }) else { continue }
                ranges.append((r, to, from))
            }
        }
        guard !ranges.isEmpty else { return nil }
        ranges.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out = "", at = line.startIndex
        for (r, to, _) in ranges {
            out += line[at..<r.lowerBound]
            out += to
            at = r.upperBound
        }
        out += line[at...]
        let made = Set(ranges.map(\.2))
        return (out, made.isDisjoint(with: unsure), Set(made.flatMap { readOff[$0] ?? [] }))
    }

    /// The words of a line cut short with a full stop, three letters or more, lower case with their
    /// stop ("Cplx." → "cplx."), in order, each once; with the word rsdd reads one as, where it
    /// reads it ("Sci." as science: `known`, compared).
    static func cutWords(_ line: String) -> [(word: String, known: String?)] {
        guard line.utf8.contains(UInt8(ascii: ".")) else { return [] }
        var out: [(word: String, known: String?)] = []
        let bytes = Array(line.utf8)
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        // (Quotation marks, dashes and a no-break space beyond ASCII stand before a word as a space
        // does: « » “ ” „ – —.)
        func markEndsAt(_ i: Int) -> Bool {
            (i >= 1 && (bytes[i] == 0xAB || bytes[i] == 0xBB || bytes[i] == 0xA0) && bytes[i - 1] == 0xC2) || (i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80)
        }
        var k = 0
        while k < bytes.count {
            guard isLetter(bytes[k]), k == 0 || !(isLetter(bytes[k - 1]) || (bytes[k - 1] >= 0x80 && !markEndsAt(k - 1)) || bytes[k - 1] == UInt8(ascii: "'")) else { k += 1; continue }
            var e = k
            while e < bytes.count && isLetter(bytes[e]) { e += 1 }
            if e - k >= 3, e < bytes.count, bytes[e] == UInt8(ascii: ".") {
                let w = String(decoding: bytes[k..<e].map { $0 | 0x20 }, as: UTF8.self)
                // (Not a legal form, "Ltd.", "Corp.", nor the line's last word, "… Iran.": many lines
                // print them, and they are no words of a name to write out. A word rsdd reads one way
                // only where it has another reading, `otherReadings`.)
                let known = (NameNormaliser.abbreviations[w] ?? PairScorer.variants[w]).map { PairScorer.compared([$0]).first ?? $0 }
                let last = bytes[(e + 1)...].allSatisfy { $0 == UInt8(ascii: " ") }
                if !out.contains(where: { $0.word == w + "." }), !last, !NameNormaliser.legalForms.contains(w),
                   known == nil || EntityIndex.otherReadings[w] != nil {
                    out.append((w + ".", known))
                }
            }
            k = e
        }
        return out
    }

    /// The other words a cut word that rsdd reads one way stands for, which a listed name may write
    /// instead: "Sci." is Science to rsdd and Scientific in "Scientific Studies and Research
    /// Center". Only these: "Inst." would shorten Instruments, "Univ." Universal, "Dept."
    /// Development, "Med." the Medicine of a military academy's institutes' names.
    static let otherReadings: [String: Set<String>] = [
        "sci": ["scientific", "scientifique", "scientifiques", "scientifica", "scientifico"],
        "phys": ["physical"], "mech": ["mechanical"], "chem": ["chemical"],
    ]

    /// True when `full` is a word that `cut` shortens: it begins with `cut`, or has `cut`'s letters
    /// in order, its first and last among them ("cplx" of "complex", "commn" of "commission"). (A
    /// stop after `cut` is not read.)
    static func shortens(_ cut: String, _ full: String) -> Bool {
        let cut = cut.hasSuffix(".") ? String(cut.dropLast()) : cut
        guard full.utf8.count > cut.utf8.count, full.utf8.first == cut.utf8.first else { return false }
        if full.hasPrefix(cut) { return true }
        guard full.utf8.last == cut.utf8.last else { return false }
        var it = full.utf8.makeIterator()
        for c in cut.utf8 {
            var found = false
            while let f = it.next() { if f == c { found = true; break } }
            if !found { return false }
        }
        return true
    }

    /// The line read with its cut words written out, one reading for each set of listings near it
    /// (a listed candidate of some score, not a match already, not vetoed) whose names write those
    /// words out alike, with those listings: a cut word is written as the one word of a listing's
    /// names it shortens (see `shortens`), none where two do ("Cent." in a name of a Center and a
    /// Central …), and never where the listing's names print the word itself (a word at a
    /// sentence's end: "… Russia."). A word rsdd reads already ("Sci." as Science) is written so
    /// only for a listing that has no word of rsdd's reading ("Sci. Studies and Res. Centre" for the
    /// listed "Scientific Studies and Research Center").
    /// (`cut`: the line's `cutWords`.)
    func writingOutAbbreviations(_ line: String, _ cut: [(word: String, known: String?)], _ candidates: [(Int, PairScore, String)]) -> [(line: String, records: Set<Int>, put: [String: String])] {
        var readings: [String: ([String: String], Set<Int>)] = [:]
        var done = Set<Int>()
        for (i, s, _) in candidates where prepared[i].listed && s.veto == nil && s.score >= EntityIndex.nearForCutWords && !PairScorer.isMatch(s) && !done.contains(i) {
            done.insert(i)
            // (Most listings near a line have the words rsdd reads its cut ones as, in every name:
            // nothing to read.)
            let open = cut.filter { c in c.known.map { k in prepared[i].names.contains { !$0.contains(k) } } ?? true }
            guard !open.isEmpty else { continue }
            // (Each name's words as printed, lower case, and as compared.)
            let names = ([records[i].name] + records[i].aliases).map { name in
                (Set(name.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }), Set(scorer.comparedWords(of: name))) }
            let printed = names.reduce(into: Set<String>()) { $0.formUnion($1.0) }
            // (Name by name: a listing's names in two languages write a cut word two ways,
            // "Scientific" and "Scientifiques".)
            for (words, compared) in names {
                var put: [String: String] = [:]
                for c in open where !printed.contains(String(c.word.dropLast())) {
                    // (A word rsdd reads, only off a name that has no word of its reading.)
                    guard c.known.map({ !compared.contains($0) }) ?? true else { continue }
                    let other = c.known == nil ? nil : EntityIndex.otherReadings[String(c.word.dropLast())]
                    let full = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } && EntityIndex.shortens(c.word, $0) && (other?.contains($0) ?? true) }
                    if full.count == 1 { put[c.word] = full.first! }
                }
                guard !put.isEmpty else { continue }
                // (One line, one put: the put words are the line's.)
                let read = EntityIndex.writingOut(line, put)
                readings[read, default: (put, [])].1.insert(i)
            }
        }
        return readings.sorted { $0.key < $1.key }.map { ($0.key, $0.value.1, $0.value.0) }
    }

    /// `text` with each cut word of `put` (with its stop, standing alone) written as the word put
    /// for it, capitalised.
    static func writingOut(_ text: String, _ put: [String: String]) -> String {
        var out = "", k = text.startIndex
        while k < text.endIndex {
            guard text[k].isLetter, k == text.startIndex || !(text[text.index(before: k)].isLetter || text[text.index(before: k)] == "'") else {
                out.append(text[k]); k = text.index(after: k); continue
            }
            var e = k
            while e < text.endIndex && text[e].isLetter { e = text.index(after: e) }
            let w = text[k..<e].lowercased()
            if e < text.endIndex, text[e] == ".", let full = put[w + "."] {
                out += full.prefix(1).uppercased() + full.dropFirst()
                k = text.index(after: e)
            } else {
                out += text[k..<e]
                k = e
            }
        }
        return out
    }

    /// True for a part that is a city's district or zone alone ("Binhai New Area", "Haidian
    /// District", "Zhongguancun Science Park" is not: a park names an organisation's site, and
    /// stays), two to four words.
    static func isDistrict(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard (2...4).contains(words.count), !part.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        let lower = part.lowercased()
        return lower.hasSuffix(" new area") || lower.hasSuffix(" district") || lower.hasSuffix(" new district") || lower.hasSuffix(" county")
    }

    /// How near a listing must come to a line for its words to write out the line's cut ones.
    static let nearForCutWords = 0.45

    /// `country`: the country to score with, "" for none, nil to read it from `name` (see `country(of:parts:)`).
    func scoredWithCountry(_ q: OrganisationQuery, name: String, country given: String?) -> (candidates: [(Int, PairScore, String)], country: String?) {
        var parts = [name]
        // A publication's affiliation line ("Dept. of Physics, Harbin Institute of Technology, Harbin")
        // is tried part by part as well (a part of one word decides nothing alone: see
        // `isOneWordPart`).
        // (A full-width comma, as lines in Chinese print it, "合肥微尺度物质科学国家研究中心，中国科学技术
        // 大学，合肥 230026", parts them too. Round 34.)
        // (And the Arabic comma and semicolon, as lines in Persian and Arabic print them, "دانشگاه عالی دفاع
        // ملی، تهران، ایران". Round 36, set 100.)
        let cut = name.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == 0xEF || $0 == 0xD8 })
            ? name.split(whereSeparator: EntityIndex.partSeparators.contains).map { Text.trimmed(String($0)) } : []
        if cut.count > 1 {
            parts += cut.filter { !$0.isEmpty }
            // Names that hold a comma themselves ("Academy of Military Medical Sciences, Institute of
            // Basic Medicine"), and a unit printed before its parent ("Institute of Physics, Chinese
            // Academy of Sciences" for the listed "Chinese Academy of Sciences – Institute of
            // Physics"): neighbouring parts together, two and three at a time (for lines of up to
            // 24 parts, as affiliations are; a longer one is still read part by part).
            if cut.count > 2 && cut.count <= 24 {
                for width in 2...min(3, cut.count - 1) {
                    for start in 0...(cut.count - width) { parts.append(cut[start..<(start + width)].joined(separator: ", ")) }
                }
                // A district between a name and its city ("National Supercomputer Ctr., Binhai New
                // Area, Tianjin" for the listed "National Supercomputing Center Tianjin"): the parts
                // on either side of it together as well. Round 28.
                for k in 1..<(cut.count - 1) where EntityIndex.isDistrict(cut[k]) && !cut[k - 1].isEmpty && !cut[k + 1].isEmpty {
                    let joined = cut[k - 1] + ", " + cut[k + 1]
                    if !parts.contains(joined) { parts.append(joined) }
                }
            }
        }
        // A part that joins two names with a spaced dash ("Russian Federal Nuclear Center – All-Russian
        // Research Institute of Experimental Physics"): each name is tried as well.
        for part in (cut.isEmpty ? [name] : cut) where part.utf8.contains(0xE2) {
            for dash in [" – ", " — "] where part.contains(dash) {
                parts += part.components(separatedBy: dash).map { Text.trimmed($0) }.filter { $0.contains(" ") }
            }
        }
        // And with a dash and no spaces ("Maritime Technology Complex–NESCOM", "RFNC–All-Russia Res.
        // Inst. of Exp. Physics"): each name of two words or more as well. (An en or em dash only:
        // a hyphen joins the words of one name. Round 26.)
        for part in (cut.isEmpty ? [name] : cut) where part.utf8.contains(0xE2) {
            for dash in ["–", "—"] where part.contains(dash) && !part.contains(" " + dash) && !part.contains(dash + " ") {
                parts += part.components(separatedBy: dash).map { Text.trimmed($0) }.filter { $0.contains(" ") && !parts.contains($0) }
            }
        }
        // A line in Chinese or Japanese that parts an organisation from its unit with a space
        // ("电子科技大学 光电科学与工程学院"): each run of characters is tried as well.
        for part in (cut.isEmpty ? [name] : cut) where part.utf8.contains(where: { $0 >= 0xE3 }) && part.contains(" ") {
            let runs = part.split(separator: " ").map(String.init)
            // (Han and kana only: Korean puts spaces between the words of one name.)
            func hanOrKana(_ u: Unicode.Scalar) -> Bool { NameNormaliser.isCJK(u) && !(0xAC00...0xD7A3).contains(u.value) }
            guard runs.count >= 2, runs.allSatisfy({ $0.unicodeScalars.contains(where: hanOrKana) }),
                  !part.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) else { continue }
            parts += runs.filter { !parts.contains($0) }
        }
        // A name and a department of the same host joined by "and" in one part ("Hefei National
        // Laboratory for Physical Sciences at the Microscale and Department of Chemical Physics"):
        // each side is tried as well.
        // (The second with the parts after it too, as a unit is read with its parent: "Beijing
        // National Laboratory for Condensed Matter Physics and Institute of Physics, CAS".)
        for (k, part) in (cut.isEmpty ? [name] : cut).enumerated() where cut.count <= 24 && (Text.mayContain(part, " and ") || Text.mayContain(part, " AND ")) {
            for unit in EntityIndex.joinedUnits where Text.mayContain(part, unit, caseInsensitive: true) {
                guard let r = part.range(of: unit, options: .caseInsensitive) else { continue }
                let before = Text.trimmed(String(part[..<r.lowerBound]))
                let after = Text.trimmed(String(part[part.index(r.lowerBound, offsetBy: " and ".count)...]))
                guard before.contains(" "), !parts.contains(before) else { continue }
                parts += [before, after]
                if k + 1 < cut.count { parts.append(([after] + cut[(k + 1)..<min(k + 3, cut.count)]).joined(separator: ", ")) }
                if k + 2 < cut.count { parts.append([after, cut[k + 1]].joined(separator: ", ")) }
                break
            }
        }
        // A branch printed by its place ("Fryazino Branch of the Kotel’nikov Institute of Radio
        // Engineering and Electronics of RAS"): the organisation it is a branch of, read alone too.
        // (Not an academy's regional branch, "Siberian Branch of the Russian Academy of Sciences":
        // the academy is not the institute.)
        for part in (cut.isEmpty ? [name] : cut) {
            guard Text.mayContain(part, " branch of ", caseInsensitive: true), let r = part.range(of: " Branch of ", options: .caseInsensitive) else { continue }
            var rest = Text.trimmed(String(part[r.upperBound...]))
            if rest.lowercased().hasPrefix("the ") { rest = String(rest.dropFirst(4)) }
            // (Or its acronym: "Shahrekord Branch of IAU".)
            if NameParts.isAcronym(rest), !EntityIndex.academyLetters.contains(rest.lowercased()), !parts.contains(rest) {
                parts.append(rest)
                continue
            }
            let words = scorer.comparedWords(of: rest)
            guard words.count >= 3, !PairScorer.namesAcademyOfSciences(words), !parts.contains(rest) else { continue }
            parts.append(rest)
        }
        // A name in quotation marks inside a longer one (`Military … Center of the Navy "Naval
        // Academy named after …"`, `JSC "Moscow Research Radio Engineering Institute"`): read alone too.
        // (A quotation mark's first byte, in UTF-8: most lines have none.)
        for part in (cut.isEmpty ? [name] : cut) where part.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 })
            && part.unicodeScalars.contains(where: { EntityIndex.quotes.contains($0) }) {
            let pieces = part.split(whereSeparator: { $0.unicodeScalars.count == 1 && EntityIndex.quotes.contains($0.unicodeScalars.first!) })
                .map { Text.trimmed(String($0)) }
            parts += pieces.filter { $0.contains(" ") && $0 != part && !parts.contains($0) }
        }
        var out: [Int: (PairScore, String)] = [:]
        let country = given.map { $0.isEmpty ? nil : $0 } ?? country(of: q, parts: cut)
        for part in parts {
            let pq = numbers.numbered(PairScorer.weighed(scorer.prepare(Record(source: "query", id: "q", name: part, country: country, identifiers: q.identifiers), withPairs: false), idf: idf))
            // Records the query names by an identifier or an equal name: always scored.
            var exact = Set<Int>()
            for (scheme, v) in pq.identifiers { exact.formUnion(byIdentifier["\(scheme):\(v)"] ?? []) }
            for k in pq.keys.keys { exact.formUnion(byKey[k] ?? []) }
            for c in pq.compacts.keys { exact.formUnion(byCompact[c] ?? []) }
            var candidates = exact
            // Weights summed in a zeroed buffer of one slot per record (words weigh more than 0),
            // with how many of the query's words each record has, lent by the index to one lookup at
            // a time and zeroed again where it was touched.
            let (weight, count) = scratch.take()
            var touched: [Int] = []
            // The words too common to propose candidates: what they could add to a record's overlap.
            var commonWeight = 0.0, commonWords: Int32 = 0
            for t in pq.tokens.sorted() {  // a fixed order of summing: the same candidates every run
                guard let list = postings[t] else { continue }
                let w = idf[t] ?? 1
                guard list.count <= EntityIndex.commonWord else {
                    commonWeight += w
                    commonWords += 1
                    continue
                }
                // A word of one or two records' own ("Istok") always proposes them, however many
                // records share the line's commoner words ("named after A. I. …").
                if list.count <= 2 { candidates.formUnion(list) }
                for i in list {
                    if weight[i] == 0 { touched.append(i) }
                    weight[i] += w
                    count[i] += 1
                }
            }
            // A record whose best possible overlap with every name of the query stays below a near
            // miss, in weight and in words, is neither a match nor one to review: not scored. The
            // bound: all the words it shares, plus every common word, over the lightest (shortest)
            // name of the query, with the acronym's bonus. Names read as look-alike skeletons are
            // always scored (a skeleton's overlap makes a near miss of its own).
            let lightest = pq.sortedWeights.map { $0.reduce(0, +) }.min() ?? 0
            let shortest = pq.sortedNames.map(PairScorer.distinctCount).min() ?? 0
            let bounded = pq.skeletonNames.isEmpty && lightest > 0 && shortest > 0
            // A record all of whose words (of one of its names) the query holds: "Nuclear Research
            // Center" for "Nuclear Research Center–Negev", among hundreds sharing those words.
            for i in touched where fewestWords[i] > 0 && count[i] >= fewestWords[i] { candidates.insert(i) }
            // (Read in place, as below.)
            prepared.withUnsafeBufferPointer { buffer in
                guard let prepared = buffer.baseAddress else { return }
                for i in EntityIndex.top(EntityIndex.scoredCandidates, of: touched, weight) where !candidates.contains(i) {
                    if bounded && (weight[i] + commonWeight) / lightest + 0.06 < PairScorer.near
                        && Double(count[i] + commonWords) / Double(shortest) < PairScorer.near
                        && prepared[i].skeletonNames.isEmpty { continue }
                    candidates.insert(i)
                }
            }
            for i in touched { weight[i] = 0; count[i] = 0 }
            scratch.give((weight, count))
            // (Read in place, through a pointer: an element of the array, or of a buffer pointer's
            // subscript, is copied, a retain and a release of each of its fields per candidate.)
            prepared.withUnsafeBufferPointer { buffer in
                guard let prepared = buffer.baseAddress else { return }
                for i in candidates.sorted() {
                    // Scores first without their explanation (most candidates are dropped); the few
                    // that match or come near are scored again with it.
                    // (A record outside `exact` shares no key with the query: its look-ups are skipped.)
                    let noKey = !exact.contains(i)
                    var s = scorer.score(pq, prepared[i], idf: idf, explain: false, sharesNoKey: noKey)
                    // Equal scores: a part of several words before one of one word.
                    if let old = out[i], (old.0.score, old.0.words, isOneWordPart(old.1, of: q) ? 0 : 1)
                        >= (s.score, s.words, isOneWordPart(part, of: q) ? 0 : 1) { continue }
                    if PairScorer.isMatch(s) || (PairScorer.isNear(s) && prepared[i].listed) {
                        s = scorer.score(pq, prepared[i], idf: idf, explain: true, sharesNoKey: noKey)
                    }
                    out[i] = (s, part)
                }
            }
        }
        // A line that prints a listed organisation by its acronym alone ("School of Physics, UESTC,
        // Chengdu, China"; "RFNC-VNIIEF, Sarov, Russia"): a finding when one organisation lists that
        // acronym and the line prints that organisation's country; for review when the line gives no
        // country or several organisations share the acronym.
        if cut.count > 1 && (!byAcronym.isEmpty || !byInitials.isEmpty || !byShortAcronym.isEmpty || !byCityInitials.isEmpty) {
            for (partAt, part) in cut.enumerated() {
                // The end of a listed name of capitals alone, with letters before it or none: "NIISI
                // RAS" and "FSC SRISA RAS" for the listed aliases "FGU FNTS NIISI RAN" and "FSI FSC
                // SRISA RAS". A finding where one organisation lists it and the line prints that
                // organisation's country; for review where the line prints none. (The longest end.)
                if !byAcronymEnd.isEmpty, let words = EntityIndex.capitalsWords(part), words.count >= 2 {
                    for k in 0..<(words.count - 1) {
                        let end = words[k...].joined(separator: " ")
                        guard let found = byAcronymEnd[end] else { continue }
                        func given(_ i: Int) -> [String] { prepared[i].country.map { [$0] } ?? entityCountries[entityOf[i]] ?? [] }
                        let one = Set(found.map { entityOf[$0] }).count == 1
                        // (A listing that gives no country, on a line of one: for review.)
                        for i in found where country == nil || given(i).isEmpty || given(i).contains(where: { Identifiers.sameCountry($0, country!) }) {
                            let sure = one && country != nil && given(i).allSatisfy { Identifiers.sameCountry($0, country!) } && !given(i).isEmpty
                            if let old = out[i], PairScorer.isMatch(old.0) || (!sure && PairScorer.isNear(old.0)) { continue }
                            var f = ["printed_acronym": "the line prints \(end), the end of a name of capitals alone that the listing gives"]
                            if sure { f["country"] = "the line's country (\(country!)) is the listed organisation's" } else {
                                f["acronym_only"] = one ? "the line gives no country that the listing's agrees with: an analyst decides"
                                    : "several listed organisations end a name with these letters: an analyst decides"
                            }
                            out[i] = (PairScore(score: sure ? 0.9 : 0.6, words: sure ? 1 : 0.6, shared: 2, features: f), part)
                        }
                        break
                    }
                }
                // Brackets and quotes round a word are not part of it: "(RFNC-VNIITF)" prints VNIITF.
                // (A dash of either width joins letters too: "RFNC–VNIIEF".)
                // (Letters each followed by a dot are the letters: "A.E.R.O." prints AERO.)
                var words = part.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "–" || $0 == "—" })
                    .map { $0.trimmingCharacters(in: EntityIndex.wordEdges) }
                    .map { w in EntityIndex.isDottedLetters(w) ? w.filter { $0 != "." } : w }
                // Letters and a unit's number joined by a dash are the letters with the number:
                // "CETC-54" prints METI's "CETC54" (the 54th institute's own letters).
                if part.contains("-") || part.contains("–") {
                    for piece in part.split(separator: " ") {
                        let halves = piece.trimmingCharacters(in: EntityIndex.wordEdges).split(whereSeparator: { $0 == "-" || $0 == "–" })
                        if halves.count == 2, halves[0].count >= 2, halves[0].allSatisfy({ $0.isASCII && $0.isUppercase }),
                           (1...3).contains(halves[1].count), halves[1].allSatisfy({ $0.isASCII && $0.isNumber }) {
                            words.append(String(halves[0] + halves[1]))
                        }
                    }
                }
                // A Russian acronym with its digraphs in lower case is the list's in capitals:
                // "SRC RF TsNIIKhM" prints the listed "TSNIIKHM".
                words = words.filter { !$0.isEmpty }
                // (Each upper-cased word keeps its spelling as printed, for the part's own brackets.)
                var printedAs: [String: String] = [:]
                words = words.map { w in
                    guard NameParts.isMixedCaseAcronym(w) else { return w }
                    printedAs[w.uppercased()] = w
                    return w.uppercased()
                }
                // Letters of a form of body or a legal form round the acronym ("JSC", "FSUE", "SRC
                // RF" for a State Research Centre of the Russian Federation) say what kind of body it
                // is: the acronym still stands alone.
                // (An academy's letters beside them too, "SIMIT-CAS", "IAE SB RAS": the letters of a
                // unit and of the academy it is part of. The academy's, when the listing names that
                // academy, are a second piece of evidence: below.)
                let kept = words.filter { !EntityIndex.formLetters.contains($0.lowercased()) }
                let ownLetters = kept.filter { !EntityIndex.academyLetters.contains($0.lowercased()) }
                // (Or as the next part, all of it: "SIMIT, CAS, Shanghai". Round 42, set 134.)
                let academyBeside = kept.count > ownLetters.count && ownLetters.count == 1
                    ? kept.filter { EntityIndex.academyLetters.contains($0.lowercased()) }.joined(separator: " ")
                    : kept.count == 1 && ownLetters.count == 1 && partAt + 1 < cut.count ? EntityIndex.academyLettersAlone(cut[partAt + 1]) : nil
                let alone = kept.count == 1 || academyBeside != nil
                // Two runs of capitals joined by a dash are an acronym of their own too, as a list
                // gives it: "NSCC-GZ" prints the listed "National Supercomputing Center Guangzhou
                // (NSCC-GZ)", whose letters alone ("NSCC") every national centre shares.
                if part.contains("-") || part.contains("–") {
                    for piece in part.split(separator: " ") {
                        let halves = piece.trimmingCharacters(in: EntityIndex.wordEdges).split(whereSeparator: { $0 == "-" || $0 == "–" })
                        if halves.count == 2, halves.allSatisfy({ $0.count >= 2 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }) {
                            let joined = halves.joined(separator: "-")
                            if !words.contains(joined) { words.append(joined) }
                        }
                    }
                }
                // A part of two words of capitals alone is one acronym written apart too: "NRC KI"
                // (НИЦ КИ) spells the National Research Centre “Kurchatov Institute”.
                // (Read for the initials of a listed name only, not as a listed acronym; not a
                // form's, an academy's or a group's letters beside others: "SB RAS" is no "SBRAS". A
                // country's may be a word of it: KI, Kiribati's.)
                var joinedAlone: String?
                if words.count == 2, words.allSatisfy({ $0.count >= 2 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }),
                   !words.contains(where: { w in let l = w.lowercased(); return EntityIndex.formLetters.contains(l) || EntityIndex.academyLetters.contains(l) || PairScorer.groupPrefixes.contains(l) }) {
                    joinedAlone = words.joined()
                    words.append(joinedAlone!)
                }
                // An acronym and the word its last letter stands for, written out: "AICT Center"
                // prints the listed "Advanced Information and Communication Technology Center
                // (AICTC)". (Only letters a listing gives: read as that acronym printed alone.)
                // (Where every listing that gives the letters ends a name with that word: "AICT
                // Company" is no centre's.)
                var kindJoined: String?
                if words.count == 2, words[0].count >= 3, NameParts.isAcronym(words[0]),
                   let letter = EntityIndex.kindLetters[words[1].lowercased()], let found = byAcronym[words[0] + letter],
                   let kind = scorer.comparedWords(of: words[1]).last,
                   found.allSatisfy({ f in prepared[f.record].names.contains { $0.last == kind } }) {
                    kindJoined = words[0] + letter
                    words.append(kindJoined!)
                }
                // (A country's letters are no organisation's: "D.P.R.K.", "USSR".)
                for word in words where NameParts.isAcronym(word) {
                    guard Identifiers.countryCode(word) == nil else { continue }
                    guard let found = word == joinedAlone ? nil : byAcronym[word] else {
                        // Three letters alone in a part that a listing gives as its acronym, in the
                        // line's country ("AWC, Wah Cantonment, Pakistan" for the listed "Air Weapons
                        // Complex (AWC)"): as often another organisation's letters, so never a
                        // finding; never silence either. (Every listing of the country that gives
                        // them, a group's too: for review. `byAcronym` holds four letters or more.)
                        // (A listing the line already matches or comes near keeps that.)
                        // Three letters the part defines in brackets after a name that comes close
                        // to the name of a listing giving them, of the line's country ("Nat.
                        // Development Complex (NDC), Fateh Jang, Pakistan" for the listed "National
                        // Development Complex (NDC)"): two pieces of evidence in one part, as for
                        // longer letters below. (A higher bar for the name: three letters are many
                        // organisations'.)
                        if !alone, let country, word.count == 3, let short = byShortAcronym[word], !EntityIndex.academyLetters.contains(word.lowercased()),
                           EntityIndex.definesAcronym(part, printedAs[word] ?? word) || EntityIndex.definesAcronym(NameNormaliser.joiningDottedLetters(part), word) {
                            for i in short {
                                guard let old = out[i], !PairScorer.isMatch(old.0), PairScorer.isNear(old.0), old.0.score >= EntityIndex.nearWithShortAcronym,
                                      old.1 == part || part.contains(old.1), old.0.veto == nil, prepared[i].namedAcronyms.contains(word) else { continue }
                                let given = prepared[i].country.map { [$0] } ?? entityCountries[entityOf[i]] ?? []
                                guard !given.isEmpty, given.allSatisfy({ Identifiers.sameCountry($0, country) }) else { continue }
                                var s = old.0
                                s.raiseToMatch()
                                s.features["printed_acronym"] = "the part that comes close to the listed name also prints \(word), an acronym the listing gives"
                                s.features["country"] = "the line's country (\(country)) is the listed organisation's"
                                out[i] = (s, part)
                            }
                        }
                        // Three letters a listing gives in its own name, printed beside words of
                        // that name only ("RTI Concern JSC, Moscow, Russia" for the listed
                        // "Radiotechnical and Information Systems (RTI) Concern"), letters of no
                        // other listed organisation, in the listing's country: the letters and the
                        // name's word together. A finding. Round 43, set 137.
                        if !alone, let country, word.count == 3, let short = byShortAcronym[word], Set(short.map { entityOf[$0] }).count == 1,
                           !EntityIndex.academyLetters.contains(word.lowercased()) {
                            // (Not letters in brackets after a name, which are that name's:
                            // "Sanaat Qorbi (FSQ)".)
                            for i in short where prepared[i].namedAcronyms.contains(word) && (out[i].map { !PairScorer.isMatch($0.0) } ?? true)
                                && !part.contains("(" + word) && !part.contains("（" + word)
                                && besideOwnWords(i, part: part, acronym: word, forms: false) {
                                let given = prepared[i].country.map { [$0] } ?? entityCountries[entityOf[i]] ?? []
                                guard !given.isEmpty, given.allSatisfy({ Identifiers.sameCountry($0, country) }) else { continue }
                                out[i] = (PairScore(score: PairScorer.match, words: 1, shared: 2, features: [
                                    "printed_acronym": "the part prints \(word), the listing's own three letters, beside words of the listed name only, in the listing's country (\(country))"]), part)
                            }
                        }
                        if alone, let country, word.count == 3, let short = byShortAcronym[word], !EntityIndex.academyLetters.contains(word.lowercased()) {
                            for i in short where out[i].map({ !PairScorer.isMatch($0.0) && !PairScorer.isNear($0.0) }) ?? true {
                                let given = prepared[i].country.map { [$0] } ?? entityCountries[entityOf[i]] ?? []
                                // (A listing that gives its country: three letters of one without are anyone's.)
                                guard !given.isEmpty, given.allSatisfy({ Identifiers.sameCountry($0, country) }) else { continue }
                                // The listing's own three letters (in its name, "Air Weapons Complex
                                // (AWC)"), no other listed organisation's, and the city of its address
                                // as a part of the line ("AWC, Wah Cantt, Pakistan"): the letters, the
                                // city and the country together. A finding (`acronym_at_address`).
                                // (Round 37, sets 109 and 110.)
                                if prepared[i].namedAcronyms.contains(word), Set(short.map { entityOf[$0] }).count == 1,
                                   let city = cityPart(in: name, of: i, besides: part) {
                                    var s = PairScore(score: PairScorer.match, words: PairScorer.match, shared: 2, features: [:])
                                    s.features["acronym_at_address"] = "the line prints \(word), the listing's own acronym, which no other listed organisation gives, and the city of its address (\(city)) as a part of its own, in its country (\(country))"
                                    out[i] = (s, part)
                                    continue
                                }
                                out[i] = (PairScore(score: 0.6, words: 0.6, shared: 2, features: [
                                    "acronym_only": "the line prints \(word) alone, the listing's acronym of three letters, in its country (\(country)): as often another organisation's letters; an analyst decides"]), part)
                            }
                        }
                        // Letters no listing gives that are the initials of one listed
                        // organisation's name ("Faculty of Strategic Studies, SNDU, Tehran"), alone in
                        // a part, in the listing's country or of a listing without one: never silence.
                        // For review, unless the line also prints a word of the listing's own (below).
                        // (Or beside one word of the listing's own name that no other organisation's
                        // name of the line's country has: "KNRTU-KAI" for the listed "Kazan National
                        // Research Technical University named after A.N. Tupolev-KAI". Round 43, set
                        // 140.)
                        let besideOwn: String? = {
                            guard !alone, word != joinedAlone, kept.count == 2, let other = kept.first(where: { $0 != word }),
                                  let spelledBy = byInitials[word], let first = spelledBy.first, Set(spelledBy.map { entityOf[$0] }).count == 1 else { return nil }
                            let w = scorer.comparedWords(of: other)
                            // (Another country's organisation may have it: "Korea Automation Industry (KAI)".)
                            guard w.count == 1, let o = w.first, let ps = postings[o], !ps.isEmpty, let country,
                                  ps.allSatisfy({ r in entityOf[r] == entityOf[first] || (prepared[r].country.map { !Identifiers.sameCountry($0, country) } ?? otherCountry(r, country)) })
                            else { return nil }
                            return other
                        }()
                        if alone || word == joinedAlone || besideOwn != nil, let country, let spelledBy = byInitials[word], Set(spelledBy.map { entityOf[$0] }).count == 1,
                           !EntityIndex.academyLetters.contains(word.lowercased()), !PairScorer.groupPrefixes.contains(word.lowercased()) {
                            // (All of one entity: its own word is looked for once.)
                            var ownWord: String??
                            for i in spelledBy where out[i].map({ !PairScorer.isMatch($0.0) && !PairScorer.isNear($0.0) }) ?? true {
                                let given = prepared[i].country.map { [$0] } ?? entityCountries[entityOf[i]] ?? []
                                // (Or a listing no row of which gives a country: the 1286 list's.)
                                guard given.allSatisfy({ Identifiers.sameCountry($0, country) }) else { continue }
                                // The initials and, in another part, a word of the listing's own (six
                                // letters or more, in no other organisation's name): "Kurchatov Complex
                                // for Synchrotron and Neutron Investigations, NRC KI" for the National
                                // Research Centre “Kurchatov Institute”; "CISS, Tsinghua University" for
                                // the Center for International Security and Strategy of Tsinghua
                                // University. A finding, for a listing that gives its country.
                                if ownWord == nil { ownWord = .some(ownWordElsewhere(i, line: q.name, besides: part)) }
                                // The initials with the letters of the academy the listed name
                                // names ("SIMIT-CAS" for the listed "Chinese Academy of Sciences –
                                // Shanghai Institute of Microsystem and Information Technology"),
                                // in the listing's country: a finding too. Round 31, from set 88.
                                if !given.isEmpty, let academy = academyBeside, let written = namedAcademy(i, academy) {
                                    out[i] = (PairScore(score: PairScorer.match, words: 1, shared: 2, features: [
                                        "initials_and_own_word": "the line prints \(word), the initials of the listed name, with \(academy), the letters of the academy the listed name names (\(written)), in the listing's country (\(country))"]), part)
                                    continue
                                }
                                if !given.isEmpty, let besideOwn {
                                    out[i] = (PairScore(score: PairScorer.match, words: 1, shared: 2, features: [
                                        "initials_and_own_word": "the line prints \(word), the initials of the listed name, beside \(besideOwn), a word of the listing's own name that no other organisation's name of its country has, in the listing's country (\(country))"]), part)
                                    continue
                                }
                                if !given.isEmpty, let own = ownWord ?? nil {
                                    out[i] = (PairScore(score: PairScorer.match, words: 1, shared: 2, features: [
                                        "initials_and_own_word": "the line prints \(word), the initials of the listed name, and in another part \(own), a word of the listing's own that no other organisation's name has, in the listing's country (\(country))"]), part)
                                    continue
                                }
                                out[i] = (PairScore(score: 0.6, words: 0.6, shared: 2, features: [
                                    "acronym_only": "the line prints \(word), the initials of the listed name, which the list does not give as its acronym: an analyst decides"]), part)
                            }
                        }
                        // Three letters alone that no listing gives, the initials of a listed name
                        // of three words whose first word the line prints as a part of its own:
                        // "PIC, Pyongyang, Democratic People's Republic of Korea" for the listed
                        // "Pyongyang Informatics Centre". The letters and the city together, of one
                        // listed organisation only, in the listing's country, which the listing
                        // gives: a finding (`initials_at_city`). Round 45, set 150.
                        if alone, word.count == 3, byShortAcronym[word] == nil, let country, let spelledBy = byCityInitials[word],
                           Set(spelledBy.map { entityOf[$0.record] }).count == 1,
                           !EntityIndex.academyLetters.contains(word.lowercased()), !PairScorer.groupPrefixes.contains(word.lowercased()) {
                            for (i, city) in spelledBy where out[i].map({ !PairScorer.isMatch($0.0) }) ?? true {
                                let given = prepared[i].country.map { [$0] } ?? entityCountries[entityOf[i]] ?? []
                                guard !given.isEmpty, given.allSatisfy({ Identifiers.sameCountry($0, country) }),
                                      let printed = cut.first(where: { $0 != part && Identifiers.countryCode($0) == nil && scorer.comparedWords(of: $0) == city })
                                else { continue }
                                out[i] = (PairScore(score: PairScorer.match, words: 1, shared: 2, features: [
                                    "initials_at_city": "the line prints \(word), the initials of the listed name's three words, beside \(printed), the name's first word, as a part of its own, in the listing's country (\(country)); no listing gives the letters"]), part)
                            }
                        }
                        continue
                    }
                    // An acronym the part defines in brackets after its own name ("Beijing Institute
                    // of Radiation Medicine (BIRM)") is that name's: another listing's same letters
                    // (the Beijing Institute of Radio Measurement's) are no evidence. (The name itself
                    // is scored as any part is.)
                    // (Defined dotted too: "… Research Organization (A.E.R.O.)".)
                    let defined = EntityIndex.definesAcronym(part, printedAs[word] ?? word) || EntityIndex.definesAcronym(NameNormaliser.joiningDottedLetters(part), word)
                    let bracketed = [("(", ")"), ("（", "）")].contains { part.contains($0.0 + (printedAs[word] ?? word) + $0.1) } && part.split(separator: " ").count >= 3
                    // Several organisations under one acronym are one when each list spells it from
                    // its name and all are of the line's country (METI's and the Entity List's BARC).
                    func countries(_ i: Int) -> [String] { prepared[i].country.map { [$0] } ?? entityCountries[entityOf[i]] ?? [] }
                    let oneOrganisation = Set(found.map { entityOf[$0.record] }).count == 1
                        || (country != nil && found.allSatisfy { f in f.spelled && !countries(f.record).isEmpty
                            && countries(f.record).allSatisfy { Identifiers.sameCountry($0, country!) } })
                    // Another country's listing under the same letters is not this organisation.
                    // The acronym in quotation marks as a company's whole name (`JSC “NNIIRT”`) is
                    // that company's own name, spelled from its name in its own language or not.
                    // (Six letters at least: "NIIP" names several Russian institutes. Five where the
                    // listing gives them in brackets after its name, "… Aircraft Equipment (NIIAO)":
                    // an alias cell of five, "APEKS", is as often another company's name.)
                    // (After a form of enterprise's letters in the same marks too: `JSC “FNPC NNIIRT”`.)
                    let quotedWord = word.utf8.count >= 5 && {
                        let w = scorer.comparedWords(of: word)
                        return quotedWords(part).contains { $0 == w || PairScorer.withoutForms($0, PairScorer.writtenOutForms) == w }
                    }()
                    for (i, initials) in found where country == nil || countries(i).isEmpty || countries(i).contains(where: { Identifiers.sameCountry($0, country!) }) {
                        let quoted = quotedWord && (word.utf8.count >= 6 || ([records[i].name] + records[i].aliases).contains { $0.contains("(\(word))") })
                        // An alias cell that is these letters alone is the listing's own acronym,
                        // spelled from its name in its own language or not ("SPND", listed as
                        // "Organisation of Defensive Innovation and Research"): printed as a part
                        // alone, it names the listing.
                        // (So is an alias cell of the letters joined by a dash to the name, "MIREA-Russian
                        // Technological University": `NameParts.lettersBeforeDashedName`.)
                        // (Not where the listed name is one word: "APEKS" for "APEX" is a spelling, as often
                        // another company's.)
                        // (Four letters or more printed in brackets after a name that does not spell
                        // them, "Sazman-e Pazhouhesh-haye Novin-e Defa'i (SPND)", the listing's name in
                        // its own language; or beside words of the listed name only, "METFAZ Research
                        // Center" for the listed "Research Centre for Explosion and Impact": as alone.)
                        // (And letters a cell or the table gives as a name of capitals, "JSC NIKIET":
                        // printed alone or beside words of the listing's own only, not in brackets
                        // after another name, "Pryanishnikov Institute of Agrochemistry (VNIIA)",
                        // that institute's own letters. Round 41.)
                        let ownCell = !EntityIndex.formLetters.contains(word.lowercased()) && records[i].name.contains(" ")
                            && records[i].aliases.contains { Text.trimmed($0).uppercased() == word || NameParts.lettersBeforeDashedName(Text.trimmed($0)) == word }
                            && (alone || word == kindJoined || (word.count >= 4 && ((!defined && bracketed) || besideOwnWords(i, part: part, acronym: word))))
                            || lettersCells[word]?.contains(i) == true && (alone || besideOwnWords(i, part: part, acronym: word))
                        let spelled = initials || quoted || ownCell
                        let sameCountry = country != nil && countries(i).contains { Identifiers.sameCountry($0, country!) }
                        // A state group's letters (AVIC, CETC) name the group: printed alone, they are
                        // a unit's only where the unit is listed with them ("Aviation Industry
                        // Corporation of China's (AVIC) Institute 625"), for review.
                        // So are letters the listing writes only for what it belongs to ("12th
                        // Research Institute China Academy of Launch Vehicle Technology (CALT)",
                        // "… Corporation (CASC) 9th Academy 771 Research Institute").
                        let parents = parentsAcronyms(i).contains(word)
                        let group = (PairScorer.groupPrefixes.contains(word.lowercased()) && !isGroup(i)) || parents
                        let sure = spelled && oneOrganisation && sameCountry && !group
                        // Two pieces of evidence in one part: a name that comes close to the listed
                        // one and the listing's own acronym ("Zababakhin All-Russia Research Institute
                        // of Technical Physics (RFNC-VNIITF)", listed as "All-Russian Scientific
                        // Research Institute of Technical Physics (VNIITF)"), in the listing's country.
                        if let old = out[i], !PairScorer.isMatch(old.0), PairScorer.isNear(old.0), old.0.score >= EntityIndex.nearWithAcronym,
                           // (In a window of parts, only when the acronym stands in a part with more words:
                           // "Shenyang Aircraft Design Institute, AVIC, …" prints the parent group alone.)
                           old.1 == part || part.contains(old.1) || (part.contains(" ") && old.1.contains(part)), sameCountry {
                            var s = old.0
                            s.raiseToMatch()
                            s.features["printed_acronym"] = "the part that comes close to the listed name also prints \(word), an acronym the listing gives"
                            s.features["country"] = "the line's country (\(country!)) is the listed organisation's"
                            out[i] = (s, part)
                            continue
                        }
                        if let old = out[i], PairScorer.isMatch(old.0) || (!sure && PairScorer.isNear(old.0) && !EntityIndex.formsOnly(old.0)) { continue }
                        // (A listing that does not spell the letters from its own words, a Russian
                        // acronym of a transliteration, may be the part's own name: still reviewed.)
                        if defined && initials { continue }
                        var f = ["printed_acronym": prepared[i].namedAcronyms.contains(word) ? "the line prints \(word), an acronym the listing gives"
                                    : "the line prints \(word), the acronym of the listing's name as written in Russian"]
                        if sure { f["country"] = "the line's country (\(country!)) is the listed organisation's" } else {
                            f["acronym_only"] = parents ? "the listing gives \(word) only for what it belongs to: the line names that, perhaps another of its units: an analyst decides"
                                : group ? "\(word) are a state group's letters, and the listing is a unit of the group: the line names the group, perhaps another of its units: an analyst decides"
                                : !spelled ? "the acronym does not spell the listed name's initials (a parent's, a legal form's, another language's): an analyst decides"
                                : !oneOrganisation ? "several listed organisations give this acronym: an analyst decides"
                                : "the line gives no country that the listing's agrees with: an analyst decides"
                        }
                        out[i] = (PairScore(score: sure ? 0.9 : 0.6, words: sure ? 1 : 0.6, shared: 2, features: f), part)
                    }
                }
            }
        }
        // A Russian institute's name translated, whose Russian letters the listing gives ("All-Russia
        // Research Institute of Automatics" for the listed "… Dukhov Automatics Research Institute
        // (VNIIA)"): ВНИИ or ЦНИИ and the subject's initials. A finding in the listing's country,
        // for review in a line of no country.
        // (Or "Research Inst.", and after the person the listed name is named after: "Dukhov
        // All-Russia Research Inst. of Automatics". Round 27.)
        func byRussianLetters(_ part: String, _ letters: String, person: [String]) {
            guard let found = byAcronym[letters], Set(found.map { entityOf[$0.record] }).count == 1 else { return }
            for (i, _) in found where person.allSatisfy({ prepared[i].tokens.contains($0) }) {
                let given = prepared[i].country.map { [$0] } ?? entityCountries[entityOf[i]] ?? []
                guard country.map({ c in given.allSatisfy { Identifiers.sameCountry($0, c) } }) ?? true else { continue }
                let sure = country != nil && !given.isEmpty
                // (A match stays; so does a near match, where the letters make no finding either.)
                if let old = out[i], PairScorer.isMatch(old.0) || (!sure && PairScorer.isNear(old.0)) { continue }
                out[i] = (PairScore(score: sure ? 0.9 : 0.6, words: sure ? 1 : 0.6, shared: 2, features: sure
                    ? ["russian_letters": "the part is the listed organisation's name translated, whose Russian letters (\(letters)) the listing gives", "country": "the line's country (\(country!)) is the listed organisation's"]
                    : ["acronym_only": "the part is a name translated whose Russian letters (\(letters)) the listing gives; the line gives no country: an analyst decides"]), part)
            }
        }
        for part in (cut.isEmpty ? [name] : cut) where Text.mayContain(part, "esearch Inst", caseInsensitive: true) {
            let tokens = scorer.normaliser.tokens(part)
            var person: [String] = []
            var letters = EntityIndex.russianInstituteLetters(tokens)
            if letters == nil, tokens.count > 3, tokens[1] == "all" { letters = EntityIndex.russianInstituteLetters(Array(tokens.dropFirst())); person = [PairScorer.fold(tokens[0])] }
            if let letters { byRussianLetters(part, letters, person: person) }
        }
        // An institute of the Russian Academy of Sciences named by its kind, whose Russian letters
        // with the academy's the listing gives ("K.A. Valiev Physicotechnological Institute of RAS"
        // for the listed "… P.I.K.A. Valiev RAS …", alias "FTIAN": ФТИАН). The person the line
        // names the institute after must be in the listed name. Round 28.
        // (Or "Institute of Physics and Technology", as the institute writes its name in English,
        // with the academy in the next part too: "Physics and Technology Institute named after K.A.
        // Valiev, RAS". Round 29.)
        let pieces = cut.isEmpty ? [name] : cut
        for (k, part) in pieces.enumerated() where (Text.mayContain(part, "hys", caseInsensitive: true) && Text.mayContain(part, "echnol", caseInsensitive: true))
            || Text.mayContain(part, "hysico", caseInsensitive: true) || Text.mayContain(part, "iziko", caseInsensitive: true) {
            let tokens = scorer.normaliser.tokens(part)
            if let (letters, person) = EntityIndex.academyInstituteLetters(tokens)
                ?? EntityIndex.academyInstituteOfPhysicsAndTechnology(tokens, next: k + 1 < pieces.count ? scorer.normaliser.tokens(pieces[k + 1]) : []) {
                byRussianLetters(part, letters, person: person.map(PairScorer.fold))
            }
        }
        if cut.count > 1 && !labsAtHost.isEmpty { labAtHost(name, country: country, into: &out) }
        if !defenseLabs.isEmpty && name.utf8.count > 30 { defenseLab(cut.isEmpty ? [name] : cut, country: country, into: &out) }
        return (out.map { ($0.key, $0.value.0, $0.value.1) }, country)
    }

    /// The Russian letters of an institute's name translated ("All-Russian Scientific Research
    /// Institute of Experimental Physics" is ВНИИЭФ, VNIIEF): "VNII" for an all-Russian research
    /// institute, "TSNII" for a central one, and the initials of the subject's words as the Russian
    /// words begin (physics, физика: F). Nil for any other name, or a subject of more than three words.
    static func russianInstituteLetters(_ tokens: [String]) -> String? {
        var t = tokens[...]
        let prefix: String
        if t.first == "all", t.dropFirst().first.map({ $0.hasPrefix("russia") || $0 == "union" }) == true {
            prefix = "VNII"
            t = t.dropFirst(2)
        } else if t.first == "central" {
            prefix = "TSNII"
            t = t.dropFirst()
        } else {
            return nil
        }
        if t.first == "scientific" { t = t.dropFirst() }
        guard t.first == "research", t.dropFirst().first == "institute" else { return nil }
        let subject = t.dropFirst(2).filter { !NameNormaliser.functionWords.contains($0) }
        guard (1...3).contains(subject.count), subject.allSatisfy({ $0.utf8.count >= 4 && $0.allSatisfy(\.isLetter) }) else { return nil }
        return prefix + subject.map { w in EntityIndex.russianInitials[w] ?? String(w.prefix(1)).uppercased() }.joined()
    }

    /// The Russian letters of an academy's institute named by its kind, "Physico-Technological
    /// Institute of RAS" (ФТИАН, "FTIAN"), and the words before it that are no initials (the person
    /// it is named after). Nil for any other part. (Only "Technological": a physico-technical
    /// institute, Ioffe's and Kazan's, is ФТИ too.)
    static func academyInstituteLetters(_ tokens: [String]) -> (String, [String])? {
        guard let k = tokens.firstIndex(where: { $0 == "physicotechnological" || $0 == "physico" }) else { return nil }
        var t = tokens[(k + 1)...]
        if tokens[k] == "physico" { guard t.first == "technological" else { return nil }; t = t.dropFirst() }
        guard t.first == "institute" else { return nil }
        let rest = t.dropFirst().filter { !NameNormaliser.functionWords.contains($0) }
        guard rest == ["ras"] || rest == ["russian", "academy", "sciences"] || rest == ["russian", "academy", "science"] else { return nil }
        return ("FTIAN", tokens[..<k].filter { $0.utf8.count >= 3 && !NameNormaliser.functionWords.contains($0) })
    }

    /// An academy's "Institute of Physics and Technology" (ФТИАН, "Fiziko-tekhnologicheskii institut
    /// … RAN"), of a branch of it too, with the person it is named after and the academy in the
    /// part or the next: ("FTIAN", the person's words). Nil for a physico-technical institute
    /// (ФТИ, Ioffe's), for a line that names no academy and for one that names no person (the
    /// person is checked against the listing by the caller). Round 29.
    static func academyInstituteOfPhysicsAndTechnology(_ tokens: [String], next: [String]) -> (String, [String])? {
        var tokens = tokens
        // (A branch of it: "Yaroslavl Branch of the Valiev Institute …" is read after "of".)
        if let b = tokens.firstIndex(of: "branch"), b + 1 < tokens.count, tokens[b + 1] == "of" {
            tokens = Array(tokens[(b + 2)...].drop { $0 == "the" })
        }
        let words = Set(tokens)
        guard words.contains("institute") || words.contains("inst") || words.contains("institut"),
              (words.contains("physics") || words.contains("phys") || words.contains("fiziko"))
                && (words.contains("technology") || words.contains("technol") || words.contains("tekhnologicheskii") || words.contains("tekhnologicheskiy")),
              !words.contains("technical") && !words.contains("tekhnicheskii") && !words.contains("tekhnicheskiy") else { return nil }
        let all = Set(tokens + next)
        guard all.contains("ras") || all.contains("ran") || (all.contains("russian") && all.contains("academy")) else { return nil }
        let kind: Set<String> = ["institute", "inst", "institut", "physics", "phys", "fiziko", "technology", "technol", "tekhnologicheskii",
                                 "tekhnologicheskiy", "ras", "ran", "russian", "academy", "sciences", "science", "named", "after", "im", "imeni"]
        let person = tokens.filter { $0.utf8.count >= 3 && !kind.contains($0) && !NameNormaliser.functionWords.contains($0) }
            // (A surname declined after "im.": "Valieva" for Valiev.)
            .map { $0.utf8.count >= 6 && $0.hasSuffix("a") ? String($0.dropLast()) : $0 }
        guard !person.isEmpty else { return nil }
        return ("FTIAN", person)
    }

    /// Subject words whose Russian begins with another letter than the English.
    static let russianInitials: [String: String] = [
        "physics": "F", "physical": "F", "chemistry": "KH", "chemical": "KH", "nuclear": "YA", "measurement": "I", "measurements": "I",
        "instrument": "P", "instruments": "P", "engineering": "M",
    ]

    /// Words written before a legal form that are part of it ("Public JSC", "Open Joint Stock Company").
    static let legalFormAdjectives: Set<String> = ["public", "open", "closed"]

    /// Words of a kind of body, by the letter an acronym ends with for them (see `kindJoined`).
    static let kindLetters: [String: String] = ["center": "C", "centre": "C", "institute": "I", "laboratory": "L", "complex": "C",
                                                "company": "C", "corporation": "C", "university": "U", "bureau": "B", "academy": "A"]

    /// True for capitals each followed by a dot, three at least ("A.E.R.O", its last dot trimmed or not).
    static func isDottedLetters(_ w: String) -> Bool {
        let b = Array(w.utf8)
        guard b.count >= 5, b.contains(UInt8(ascii: ".")) else { return false }
        var letters = 0
        for (k, x) in b.enumerated() {
            if k % 2 == 0 { guard x >= UInt8(ascii: "A") && x <= UInt8(ascii: "Z") else { return false }; letters += 1 }
            else { guard x == UInt8(ascii: ".") else { return false } }
        }
        return letters >= 3
    }

    /// True when `part` prints `acronym` beside words of record `i`'s names only (forms of body
    /// aside), one at least: "METFAZ Research Center" for "Research Centre for Explosion and Impact".
    /// (`forms`: whether a form of enterprise the listed name does not write counts as its own.)
    func besideOwnWords(_ i: Int, part: String, acronym: String, forms: Bool = true) -> Bool {
        let letters = Set(scorer.comparedWords(of: acronym))
        let rest = scorer.comparedWords(of: part).filter { !letters.contains($0) && !EntityIndex.formLetters.contains($0) }
        guard !rest.isEmpty else { return false }
        // (A form of enterprise the listed name does not write counts as its own: "VNIIRA Concern"
        // for the listed "OAO All-Russia Research Institute of Radio Equipment (JSC VNIIRA)", now
        // Concern VNIIRA. Round 43, set 142.)
        return rest.allSatisfy { prepared[i].tokens.contains($0) || (forms && PairScorer.bodyAndEnterpriseWords.contains($0)) }
    }

    /// True when a name of record `i` names a whole organisation, no unit of one: no institute,
    /// academy, laboratory, centre, plant or number ("China Aerospace Science and Technology
    /// Corporation", not "… 8th Academy").
    func isGroup(_ i: Int) -> Bool {
        prepared[i].names.contains { n in !n.isEmpty && !n.contains { EntityIndex.notGroupWords.contains($0) || $0.first?.isNumber == true } }
    }

    /// `NameParts.parentsAcronyms` of listing `i`'s name and aliases.
    func parentsAcronyms(_ i: Int) -> Set<String> { parentLetters[i] ?? [] }

    /// Words of a unit's name (`unitWords`, and an academy, a university, a plant or a bureau).
    static let notGroupWords = unitWords.union(["academy", "university", "plant", "factory", "bureau"])

    /// A part printed "Science and Technology on <topic> Laboratory" (or "National Key Laboratory
    /// of Science and Technology on …", or "National Defense Key Laboratory of …"), the English
    /// Chinese papers give a defence key laboratory, whose topic is a listed defence laboratory's
    /// (of China's): for review. Two hosts may run laboratories of one topic (NUDT's and CETC's 28th
    /// institute's "Information Systems Engineering"): a finding needs the listed host printed
    /// beside it (`labAtHost`).
    /// (A listing that names no host stays for review too: round 38 tried a finding for it on a line
    /// of China, and set 36's line of the Nanjing laboratory of that topic found the listed one, which
    /// held-out writers take for NUDT's. `labHosts` gives such a listing its host where that is
    /// known.)
    func defenseLab(_ parts: [String], country: String?, into out: inout [Int: (PairScore, String)]) {
        guard country.map({ Identifiers.sameCountry($0, "CN") }) ?? true else { return }
        // (Web of Science abbreviates it: "Sci. & Technol. on Information Systems Engineering Lab.")
        // (Or "National Defense Key Laboratory of <topic>", as the glossary reads 国防科技重点实验室 too.
        // Round 38.)
        for part in parts where part.utf8.count > 30 && ((Text.mayContain(part, " on ")
            && ["echnology on ", "echnol. on ", "echnol on ", "ech. on "].contains(where: { part.range(of: $0) != nil }))
            || ((Text.mayContain(part, "efen") || Text.mayContain(part, "EFEN")) && part.range(of: "key lab", options: .caseInsensitive) != nil)) {
            guard let topic = EntityIndex.labTopic(scorer.comparedWords(of: part)), topic.count >= 2,
                  let labs = defenseLabs[topic.sorted().joined(separator: " ")] else { continue }
            let why = "the part names a defence key laboratory (\(part)) by what the listed one works on (\(topic.sorted().joined(separator: " "))); which host's, the line does not say: an analyst decides"
            for i in labs where countryIsListings(i, "CN") {
                if let old = out[i], PairScorer.isMatch(old.0) { continue }
                // (Near already by its words: it says why too, so that no other listing's finding
                // on the line leaves it out of review.)
                if let old = out[i], PairScorer.isNear(old.0) {
                    var s = old.0
                    s.features["defense_lab"] = why
                    out[i] = (s, old.1)
                    continue
                }
                out[i] = (PairScore(score: PairScorer.near, words: PairScorer.near, shared: 2, features: ["defense_lab": why]), part)
            }
        }
    }

    /// The academy whose letters are `letters` ("CAS", "SB RAS") written out, where a name of
    /// record `i`'s organisation names it ("Chinese Academy of Sciences – …"); nil otherwise.
    func namedAcademy(_ i: Int, _ letters: String) -> String? {
        guard let written = NameParts.academies.first(where: { $0.0 == letters })?.1 else { return nil }
        let words = Set(scorer.comparedWords(of: written))
        return members[entityOf[i]].contains { m in prepared[m].names.contains { Set($0).isSuperset(of: words) } } ? written : nil
    }

    /// True when a run of `words`, one word a letter, spells `acronym` (three letters or more) by
    /// their first letters: "automatic target recognition" spells "atr".
    static func spelledByRun(_ acronym: String, _ words: [String]) -> Bool {
        let letters = Array(acronym.lowercased().utf8)
        guard letters.count >= 3, words.count >= letters.count else { return false }
        return (0...(words.count - letters.count)).contains { k in
            (0..<letters.count).allSatisfy { words[k + $0].utf8.first == letters[$0] }
        }
    }

    /// True when `part` prints `acronym` in brackets right after words whose initials spell it
    /// ("Beijing Institute of Radiation Medicine (BIRM)"): the part defines it.
    static func definesAcronym(_ part: String, _ acronym: String) -> Bool {
        for open in ["(", "（"] {
            guard let r = part.range(of: open + acronym) else { continue }
            let before = part[..<r.lowerBound].split(whereSeparator: { $0 == " " || $0 == "-" })
                .map { $0.lowercased().trimmingCharacters(in: EntityIndex.wordEdges) }
                .filter { !$0.isEmpty && !NameNormaliser.functionWords.contains($0) }
            let letters = acronym.filter(\.isLetter).count
            if letters >= 3, before.count >= letters, NameParts.spellsInitials(acronym, Array(before.suffix(letters))) { return true }
        }
        return false
    }

    /// A laboratory printed beside the listed laboratory's host ("ATR National Key Laboratory of
    /// Defense Technology, Shenzhen University" for the listed "ATR Defense S&T Key Laboratory of
    /// Intelligent Information Processing at Shenzhen University"; "Science and Technology on
    /// Electronic Test and Measurement Laboratory, North University of China"): Chinese defence
    /// laboratories are printed under many names, the host and the subject stay. A match when the
    /// part shares with one of the listing's names what the laboratory works on (two words and
    /// most of either side's, or an acronym both print); for review when it shares one such word.
    func labAtHost(_ name: String, country lineCountry: String?, into out: inout [Int: (PairScore, String)]) {
        // Within one affiliation (a part of the line between semicolons), of that affiliation's own
        // country: the laboratory beside its host, or with one unit of the host between ("…
        // Laboratory, College of Electronics …, Shenzhen University").
        for segment in name.split(separator: ";").map(String.init) {
            let cut = segment.split(separator: ",").map { Text.trimmed(String($0)) }.filter { !$0.isEmpty }
            guard cut.count > 1 else { continue }
            // (Most lines name no listed laboratory's host: their country is not read here.)
            var segmentCountry: String??
            for (h, hostPart) in cut.enumerated() {
                guard let labs = labsAtHost[scorer.comparedWords(of: hostPart).joined(separator: " ")] else { continue }
                if segmentCountry == nil { segmentCountry = .some(self.country(of: OrganisationQuery(name: segment), parts: cut) ?? lineCountry) }
                let country = segmentCountry!
                for l in [h - 2, h - 1, h + 1, h + 2] where l >= 0 && l < cut.count
                    && (abs(l - h) == 1 || scorer.comparedWords(of: cut[(l + h) / 2]).contains(where: EntityIndex.unitWords.contains)) {
                    let labPart = cut[l]
                    let printedWords = scorer.comparedWords(of: labPart)
                    guard let topic = EntityIndex.labTopic(printedWords), !topic.isEmpty else { continue }
                    let printed = EntityIndex.printedAcronyms(labPart)
                    for lab in labs {
                        // Another country than the listing's (or, for a listing that gives none,
                        // than its list's): nothing; no country printed: for review at most.
                        let agrees = country.map { countryIsListings(lab.record, $0) }
                        guard agrees != false, let (sure, what) = EntityIndex.sameLab(lab, topic: topic, printed: printed, words: printedWords) else { continue }
                        let finding = sure && agrees == true
                        if let old = out[lab.record], PairScorer.isMatch(old.0) || (!finding && PairScorer.isNear(old.0)) { continue }
                        var s = PairScore(score: finding ? PairScorer.match : PairScorer.near, words: finding ? 1 : PairScorer.near, shared: 2,
                                          features: ["lab_at_host": finding
                                            ? "the line prints a laboratory (\(labPart)) of \(what) beside the listed laboratory's host (\(hostPart))"
                                            : "the line prints a laboratory (\(labPart)) beside the listed laboratory's host (\(hostPart)), sharing \(what): an analyst decides"])
                        if finding, let country { s.features["country"] = "the affiliation's country (\(country)) is the listed laboratory's" }
                        out[lab.record] = (s, l < h ? cut[l...h].joined(separator: ", ") : cut[h...l].joined(separator: ", "))
                    }
                }
            }
        }
    }

    /// Whether a printed laboratory (what it works on, the capitals it prints) is the listed one:
    /// sure when an acronym both print is in it, or when it shares two words and 60 % of either
    /// side's with one of the listing's names and every word of it is one some name of the listing
    /// gives ("Guangdong Key Laboratory of Intelligent Information Processing" is another
    /// laboratory of the same host); nil when it shares nothing. `what`: the words in common.
    static func sameLab(_ lab: LabAtHost, topic: Set<String>, printed: Set<String>, words: [String] = []) -> (sure: Bool, what: String)? {
        let acronym = lab.acronyms.intersection(printed).intersection(topic)
        if !acronym.isEmpty { return (true, acronym.sorted().joined(separator: " ")) }
        // The listed laboratory's acronym written out as the words it stands for: "National Key
        // Laboratory of Automatic Target Recognition" for the listed "ATR … Laboratory of …".
        let subject = words.filter { !labWords.contains($0) }
        let written = lab.acronyms.filter { EntityIndex.spelledByRun($0, subject) }
        if !written.isEmpty { return (true, written.sorted().map { "\($0.uppercased()) written out" }.joined(separator: ", ")) }
        let best = lab.topics.map { $0.intersection(topic) }.max { a, b in a.count < b.count } ?? []
        guard !best.isEmpty else { return nil }
        let all = lab.topics.reduce(into: Set<String>()) { $0.formUnion($1) }
        let sure = topic.isSubset(of: all) && lab.topics.contains { t in
            let n = t.intersection(topic).count
            return n >= 2 && Double(n) >= 0.6 * Double(max(t.count, topic.count))
        }
        return (sure, best.sorted().joined(separator: " "))
    }

    /// True when records of record `i`'s organisation give a country, and every one they give is
    /// `country` (what the rules that read a word of a listing's own ask before a finding).
    func givesOnly(_ i: Int, _ country: String) -> Bool {
        let given = members[entityOf[i]].compactMap { prepared[$0].country }
        return !given.isEmpty && given.allSatisfy { Identifiers.sameCountry($0, country) }
    }

    /// True when `country` is the organisation's of record `i`: every country its records give,
    /// or, where none gives one, a country its list names for its other listings.
    func countryIsListings(_ i: Int, _ country: String) -> Bool {
        let given = members[entityOf[i]].compactMap { prepared[$0].country } + (entityCountries[entityOf[i]] ?? [])
        return given.isEmpty ? listNames(i, country) : given.allSatisfy { Identifiers.sameCountry($0, country) }
    }

    /// True when the list of some record of `i`'s organisation names `country` for its listings.
    func listNames(_ i: Int, _ country: String) -> Bool {
        members[entityOf[i]].contains { m in (sourceCountries[records[m].source] ?? []).contains { Identifiers.sameCountry($0, country) } }
    }

    /// The listed records the query names, each with the evidence of how: directly, as another
    /// listing of the same entity, through a registry organisation (another script, an identifier),
    /// or through a registry organisation the named one is part of. Best first.
    public func listings(for q: OrganisationQuery) -> [RecordHit] {
        lookup(q).listings
    }

    /// `listings` and `nearListings` from one scoring of the query's candidates.
    /// What `lookup` answers for a query.
    public typealias Answer = (listings: [RecordHit], near: [RecordHit])

    /// The listings and near listings the query names (see `answer`), each query answered once and
    /// kept (with the answers of an earlier run over the same index, `keep`, `LookupCache`).
    public func lookup(_ q: OrganisationQuery) -> Answer {
        if let a = kept.withLock({ k -> Answer? in
            if let a = k.given[q] { return a }
            guard let a = k.earlier[q] else { return nil }
            k.given[q] = a
            return a
        }) { return a }
        let a = answer(q)
        kept.withLock {
            $0.given[q] = a
            $0.afresh += 1
        }
        return a
    }

    /// Answers kept from an earlier run over an index of the same inputs (`inputDigest`): given
    /// when asked again.
    public func keep(_ answers: [OrganisationQuery: Answer]) {
        kept.withLock { $0.earlier.merge(answers) { mine, _ in mine } }
    }

    /// Every answer this index has given (read afresh or kept): what the next run may keep, so
    /// that the cache holds the names of one run, not of every run since the lists last changed.
    public var answers: [OrganisationQuery: Answer] { kept.withLock { $0.given } }

    /// How many answers were read afresh (not kept from an earlier run).
    public var answeredAfresh: Int { kept.withLock { $0.afresh } }

    /// Each record's position in `records` (the first, for records equal in every field).
    public var recordPositions: [Record: Int] {
        var out: [Record: Int] = [:]
        for (i, r) in records.enumerated() where out[r] == nil { out[r] = i }
        return out
    }

    /// The SHA-256 of everything an answer depends on besides rsdd's code: every record in order,
    /// every field; the analysts' judgements; the previous run's entity ids.
    static func digest(_ records: [Record], _ judgements: Judgements, _ previous: [String: String]) -> String {
        var w = BinaryWriter()
        w.int(records.count)
        for r in records { w.record(r) }
        w.nested(judgements.sameRaw); w.nested(judgements.differentRaw)
        w.map(previous)
        return Files.sha256(Data(w.bytes))
    }

    /// The listings and near listings the query names, read afresh.
    func answer(_ q: OrganisationQuery) -> Answer {
        let (scored, country) = scoredWithCountry(q)
        let candidates = ownNameAtCity(q, oneWordAtCity(q, atPostcode(q, ownNameWithUnit(q, unitAlone(q, placedUnit(q, extraWord(anotherParent(q, oneRareWord(q, serviceSchool(q, initialsForWords(q, namedAfter(q, founderBeforeName(transliterated(transliteratedQuote(q, quotedName(countryless(otherQuotedName(q, unitOf(missingWord(dominated(printedAsOther(scored), country: country)), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country))), country: country), country: country), country: country), country: country), country: country), country: country)
        let raised = placeBeforeName(q, commonWordName(rareOwnWord(q, genericUnit(q, repeatedWord(unitByOwnName(nameWithItsWords(twoNamesInOne(wholeOwnName(ministryLeftOut(statusLeftOut(coinedNameWithin(q, eponymBeforeName(q, firstWordLeftOut(serviceLeftOut(centralLeftOut(countryWordLeftOut(nameAtItsPlace(groupNumberedUnit(q, acronymAndOwnWords(candidates, country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country), country: country))), country: country)))
        let listings = listings(q, raised, country: country)
        let near = near(q, raised, matched: Set(listings.map(\.record.key)), country: country)
        guard !otherNames.isEmpty, (listings + near).contains(where: { otherNames[$0.record.key] != nil }) else { return (listings, near) }
        return (listings.map { notingOtherName($0, q) }, near.map { notingOtherName($0, q) })
    }

    /// `hit` with the other name of its listing (`OtherNames`) that the line prints, every word of
    /// it, said in its evidence (`other_name`).
    func notingOtherName(_ hit: RecordHit, _ q: OrganisationQuery) -> RecordHit {
        guard let other = otherNames[hit.record.key] else { return hit }
        // (The part that matched, not the whole line: "Academy of Military Medical Sciences,
        // Institute of Microbiology and Epidemiology, Beijing" prints no other name.)
        let printed = Set(scorer.comparedWords(of: hit.explanation.normalised.isEmpty ? q.name : hit.explanation.normalised))
        guard let o = other.first(where: { !$0.words.isEmpty && $0.words.isSubset(of: printed) }) else { return hit }
        var h = hit
        h.explanation.features["other_name"] = "the line prints “\(o.name)”, a name that rsdd's table of other names gives this listing and the list does not: \(o.why)"
        return h
    }

    /// A listed name matched by its words alone by a part that prints a place first, which no name
    /// of the listed organisation has, the place printed alone in the line too or a mainland city
    /// ("Taiyuan University of Science and Technology, Taiyuan, China" for the listed "University of
    /// Science and Technology of China"): a school or an institute of that place, another
    /// organisation as often. For review (`place_before_name`). Not where the listing's address
    /// gives the place. A rule that read the place
    /// (`place_prefix`, `unit_after_place`) keeps its finding. Round 28, from set 81's first run.
    func placeBeforeName(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)]) -> [(Int, PairScore, String)] {
        guard candidates.contains(where: { PairScorer.isMatch($0.1) }) else { return candidates }
        var cut: [String]?
        return candidates.map { c in
            guard PairScorer.isMatch(c.1), c.1.features.keys.allSatisfy(EntityIndex.wordFeatures.contains) else { return c }
            let pieces = c.2.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }
            let first = pieces.first ?? c.2
            let tokens = scorer.normaliser.tokens(first)
            guard tokens.count >= 3, let place = tokens.first else { return c }
            if cut == nil { cut = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)).lowercased() } }
            guard EntityIndex.mainlandPlaces.contains(place) || cut!.dropFirst().contains(place) else { return c }
            let words = scorer.comparedWords(of: first)
            // (Not China itself, and not a place of the listing's address: "Beijing Institute of
            // Applied Physics and Computational Mathematics" for the listed institute in Beijing.)
            guard words.count >= 3, words[0] != "china", PairScorer.bodyWords.contains(words[1]),
                  !members[entityOf[c.0]].contains(where: { prepared[$0].tokens.contains(words[0]) }),
                  !entityPlaces(c.0).contains(words[0]) else { return c }
            // (Only where the part's other pieces are places and the country: "Beijing Institute of
            // Pharmacology and Toxicology, Academy of Military Medical Sciences" prints the parent the
            // listing names its unit under.)
            guard pieces.dropFirst().allSatisfy({ piece in
                Identifiers.countryCode(piece) != nil || scorer.normaliser.tokens(piece).allSatisfy { t in
                    t == place || t == "china" || EntityIndex.mainlandPlaces.contains(t) || t.allSatisfy(\.isNumber) }
            }) else { return c }
            return (c.0, EntityIndex.forReview(c.1, "place_before_name",
                                               "the part prints a place first (\(tokens[0])), which no name of the listing has: as often another organisation of that place: an analyst decides"), c.2)
        }
    }

    /// The features of a match by a name's words alone.
    static let wordFeatures: Set<String> = ["names", "shared_words", "weighted_overlap", "country", "resolved"]

    /// A listing matched exactly by a part whose one word (beside forms and letters of forms) is
    /// the whole of a name of the listing and a word of other organisations' names too: METI gives
    /// Uraltransmash the alias "Mashinostroeniya" ("of machine building"), which "MIC
    /// Mashinostroyeniya JSC", NPO Mashinostroyenia, prints as well. The word names no one
    /// organisation: for review (`common_word_name`), never a finding. (Read last: no rule raises
    /// it again.)
    func commonWordName(_ candidates: [(Int, PairScore, String)]) -> [(Int, PairScore, String)] {
        guard candidates.contains(where: { PairScorer.isMatch($0.1) }) else { return candidates }
        var words: [String: [String]] = [:]
        return candidates.map { c in
            guard PairScorer.isMatch(c.1), prepared[c.0].listed,
                  c.1.features["normalised_name"] != nil || c.1.features["name_as_listed"] != nil else { return c }
            let ws = words[c.2] ?? scorer.comparedWords(of: c.2)
            words[c.2] = ws
            // (A one-word name may compare as two words, "Mashinostroeniya" as mechanical
            // engineering; beside it the part may print forms and their letters, "MIC", "JSC".)
            guard ws.count <= 4, let name = ([records[c.0].name] + records[c.0].aliases).first(where: { n in
                      // (A name of one word as the list prints it, no form beside it: "Gazprom, OAO"
                      // is the company's own cell.)
                      guard n.split(whereSeparator: { !$0.isLetter }).count == 1, scorer.normaliser.tokens(n).count == 1 else { return false }
                      let nw = scorer.comparedWords(of: n)
                      // (A group's name is its own, however many of its companies print it: "Rosatom".)
                      return (1...2).contains(nw.count) && nw.allSatisfy { $0.utf8.count >= 4 && ws.contains($0) && manyOrganisations($0)
                          && !EntityIndex.stateGroups.contains($0) && !PairScorer.groupPrefixes.contains($0) }
                          && ws.allSatisfy { nw.contains($0) || PairScorer.bodyAndEnterpriseWords.contains($0) || $0.utf8.count <= 4 } }) else { return c }
            return (c.0, EntityIndex.forReview(c.1, "common_word_name",
                                               "the part names the listing by one word, \(Text.trimmed(name)), a name of it that is words of other organisations' names too: an analyst decides"), c.2)
        }
    }

    /// A listing matched short of exactly, by words that all belong to a part of the line another
    /// organisation's name matches exactly, is for review, not a finding: "Changchun Inst. of
    /// Optics, Fine Mech. and Phys., Chinese Acad. of Sci." names the Academy's institute (listed
    /// under that name), not the university once called "Changchun Institute of Optics and Fine
    /// Mechanics", however close that name comes.
    func dominated(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        let exact = candidates.filter { $0.1.score >= 1 && PairScorer.isMatch($0.1) && !otherCountry($0.0, country) }
        guard !exact.isEmpty, candidates.contains(where: { $0.1.score < 1 && PairScorer.isMatch($0.1) }) else { return candidates }
        let exactWords = exact.sorted { $0.0 < $1.0 }.map { (entityOf[$0.0], Set(scorer.comparedWords(of: $0.2)), records[$0.0].name) }
        return candidates.map { c in
            guard c.1.score < 1, PairScorer.isMatch(c.1), prepared[c.0].listed else { return c }
            let w = Set(scorer.comparedWords(of: c.2))
            guard let by = exactWords.first(where: { $0.0 != entityOf[c.0] && w.isSubset(of: $0.1) }) else { return c }
            return (c.0, EntityIndex.forReview(c.1, "within_an_exact_match",
                                               "the words that come near it are part of a name of \(by.2), which the line names exactly: an analyst decides"), c.2)
        }
    }

    /// Two organisations' listings of one category that a part names exactly as rsdd reads names,
    /// one of them as printed and the other only once a legal form or a spelling is read away: the
    /// part names the first. "北京航空材料研究院" is the institute (BIAM), and "北京航空材料研究院股份有限公司" its
    /// company (Baimtec), each listed: the other stays for review (`printed_as_other`), never a
    /// finding. (Letters compared in their compatibility form, in small letters, without spaces or
    /// punctuation.) (Round 37, set 107.)
    func printedAsOther(_ candidates: [(Int, PairScore, String)]) -> [(Int, PairScore, String)] {
        let exact = candidates.filter { $0.1.score >= 1 && PairScorer.isMatch($0.1) && prepared[$0.0].listed }
        guard exact.count >= 2, Set(exact.map { entityOf[$0.0] }).count >= 2 else { return candidates }
        // (By part: the organisations whose names it prints as written, those names' keys, and
        // their listings' categories.)
        var printedBy: [String: (entities: Set<Int>, keys: Set<String>, categories: Set<ListCategory>)] = [:]
        for c in exact {
            let part = EntityIndex.printedForms(c.2)
            let keys = prepared[c.0].keys.filter { part.contains(EntityIndex.letters($0.value)) }.map(\.key)
            guard !keys.isEmpty else { continue }
            printedBy[c.2, default: ([], [], [])].entities.insert(entityOf[c.0])
            printedBy[c.2, default: ([], [], [])].keys.formUnion(keys)
            if let category = records[c.0].category { printedBy[c.2, default: ([], [], [])].categories.insert(category) }
        }
        guard !printedBy.isEmpty else { return candidates }
        return candidates.map { c in
            // (Only a listing whose name is that printed name once read: one that meets a part of
            // it, a parent's name at its head, stays: "Kurchatov Institute FTEF" is the unit's and
            // prints the parent's.)
            // (And only a listing of a category the printed one has: the same rules, the same level.
            // A listing of another category, printed or not, stays a finding of its own.)
            guard c.1.score >= 1, PairScorer.isMatch(c.1), prepared[c.0].listed, let by = printedBy[c.2], !by.entities.contains(entityOf[c.0]),
                  let category = records[c.0].category, by.categories.contains(category),
                  by.keys.contains(where: { prepared[c.0].keys[$0] != nil }),
                  !prepared[c.0].keys.values.contains(where: { EntityIndex.printedForms(c.2).contains(EntityIndex.letters($0)) }) else { return c }
            return (c.0, EntityIndex.forReview(c.1, "printed_as_other",
                                               "the line prints another listed organisation's name exactly as it is written, and this listing's only once a legal form or a spelling is read away: an analyst decides"), c.2)
        }
    }

    /// The forms a part prints a name in, as `letters`: the part, and what brackets in it hold
    /// ("Ltd. （北京…股份有限公司）" prints the company's Chinese name). (`printedAsOther`.)
    static func printedForms(_ part: String) -> Set<String> {
        var out: Set<String> = [letters(part)]
        for (open, close) in [("（", "）"), ("(", ")")] where part.contains(open) {
            for piece in part.components(separatedBy: open).dropFirst() {
                if let end = piece.range(of: close) { out.insert(letters(String(piece[..<end.lowerBound]))) }
            }
        }
        out.remove("")
        return out
    }

    /// `text`'s letters and digits in their compatibility form, in small letters (`printedAsOther`).
    static func letters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) }))
    }

    /// A part of a few words that shares with a listing only one word, a word of its own (in the
    /// names of at most two records, six letters or more: "JSC GNPP Bazalt" and "State Research
    /// and Production Enterprise Bazalt"), in a line that prints the listing's country: too little
    /// for a finding, too much for silence. For review.
    func oneRareWord(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        // The line's words of their own (most lines have none: then nothing more to read).
        // (Five letters for a name in quotation marks: `RPC “Istok”`.)
        // (Or a long word of few organisations, which a listing of several years prints in several
        // records: read below only as a listed own name beside letters, `ownNameBesideLetters`, or,
        // round 27, as the whole own name of one organisation's member, `entityOwnName`.
        // Counted by organisations everywhere, such words, "Navigation", "Northwest", brought 220
        // more review items on the held-out sets' look-alikes.)
        let rare = Set(scorer.comparedWords(of: q.name).filter { $0.utf8.count >= 5 && ((postings[$0]?.count ?? 0) <= 2
            || ($0.utf8.count >= EntityIndex.ownWordLetters && fewOrganisations($0))) })
        guard !rare.isEmpty else { return candidates }
        // The parts that name an organisation by a word of their own and little else: not an
        // address (no digit), at most two words beside a form of body ("JSC “Micran”"). Read only
        // when a listing has one of those words.
        var read: [(String, Set<String>)]?
        var inBrackets: [String: [String]] = [:]
        func bracketed(_ part: String) -> [String] {
            if let r = inBrackets[part] { return r }
            let r = scorer.comparedWords(of: EntityIndex.bracketedWord(part))
            inBrackets[part] = r
            return r
        }
        func parts() -> [(String, Set<String>)] {
            if let read { return read }
            let p = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }
                // (Words joined by a dash are words too: "ODK-Aviadvigatel".)
                .filter { p in (p.contains(" ") || p.contains("-") || p.contains("–")) && !p.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) }
                .map { ($0, scorer.comparedWords(of: $0)) }
                // (Or a part with a word in quotation marks, whatever else it holds: `FGBUN
                // VNNIIViV «Magarach» RAN` quotes the institute's own name; or in brackets, "Research
                // Institute of Gas Industry Economics and Management (Niigazekonomika)".)
                .filter { PairScorer.core($0.1).count <= 2 || PairScorer.ownName($0.1).count <= 2 || !quotedWords($0.0).isEmpty
                    || !EntityIndex.bracketedWord($0.0).isEmpty
                    // (Or a part with a long word of one organisation's names, whatever else it
                    // holds, not a region's: "UEC-Aviadvigatel Perm Engine Design Bureau" is read,
                    // for review at least, where that word is the whole own name of a listing
                    // (`wide`, below). Round 28.)
                    || (EntityIndex.regionWords.contains($0.1.last ?? "") ? false : $0.1.contains { oneOrganisations($0) }) }
                .map { ($0.0, Set($0.1)) }
            read = p
            return p
        }
        func oneOrganisations(_ w: String) -> Bool {
            guard w.utf8.count >= EntityIndex.ownWordLetters, rare.contains(w), let first = postings[w]?.first else { return false }
            return postings[w]!.allSatisfy { entityOf[$0] == entityOf[first] }
        }
        // The parts read only for such a word.
        // (`core` and `ownName` read words in their printed order, "Joint-Stock Co." as a form:
        // never a set's order, which changes with the process's hash seed. Round 40.)
        func wide(_ part: String) -> Bool {
            let ordered = scorer.comparedWords(of: part)
            return PairScorer.core(ordered).count > 2 && PairScorer.ownName(ordered).count > 2 && quotedWords(part).isEmpty && EntityIndex.bracketedWord(part).isEmpty
        }
        return candidates.map { c in
            // (A near listing is read for its own name, quoted or beside a legal form, not for review;
            // one a rule demoted stays.)
            guard !PairScorer.isMatch(c.1), c.1.veto == nil, prepared[c.0].listed,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  !rare.isDisjoint(with: prepared[c.0].tokens), !parts().isEmpty else { return c }
            let near = PairScorer.isNear(c.1)
            guard givesOnly(c.0, country) else { return c }
            var review: (Int, PairScore, String)?
            for (part, words) in parts() {
                // The listed company's whole own name in brackets after a name of it ("Research
                // Institute of Gas Industry Economics and Management (Niigazekonomika)" for the listed
                // "Niigazekonomika, OOO"), a word no other organisation's name has: in the listing's
                // country, a finding, whatever the words round it share. (A word in brackets stands
                // apart from them, as one in quotation marks does.)
                // (A coined word, as beside a form of enterprise: "(Kvant)" or "(Rubin)" is as often
                // another company's, and a group's name in brackets is its parent's.)
                let inBrackets = bracketed(part)
                if inBrackets.count == 1, let w = inBrackets.first, w.utf8.count >= EntityIndex.ownWordLetters, rare.contains(w),
                   prepared[c.0].tokens.contains(w), !EntityIndex.stateGroups.contains(w), !PairScorer.groupPrefixes.contains(w),
                   (postings[w] ?? []).allSatisfy({ entityOf[$0] == entityOf[c.0] }),
                   prepared[c.0].names.contains(where: { PairScorer.ownName($0) == [w] }) {
                    var s = c.1
                    s.score = PairScorer.match
                    s.words = max(s.words, 1)
                    s.shared = max(s.shared, 2)
                    s.features["bracketed_name"] = "the line prints the listed company's own name, \(w), in brackets after a name, in the listing's country (\(country)), and no other organisation's name has that word"
                    return (c.0, s, part)
                }
                // (A legal form's adjective is the form's, not a word of the name: "Mikron Public
                // JSC" beside a listing whose alias is "Public Joint Stock Company Mikron".)
                let shared = words.intersection(prepared[c.0].tokens)
                    .subtracting(NameNormaliser.legalFormsIn(part) ? EntityIndex.legalFormAdjectives : [])
                // (Beside the rare word, only words many organisations' names have, `Institute
                // “Magarach”`: for review only.)
                // (Or the whole own name of one organisation, in no other's names, listed in several
                // years' records: "GosNIIMash Research Inst." for the listed "Tactical Missile
                // Corporation, Joint Stock Company GosNIIMash", a row of each year, whose METI listing
                // gives "GOSNIIMASH". Not any word of one organisation: "Veterinary" of the AMMS's
                // listed institute would bring every veterinary institute to review. Round 27.)
                let own = shared.filter { (postings[$0]?.count ?? 0) <= 2 || (rare.contains($0) && (ownNameBesideLetters(c.0, $0)
                    || ((postings[$0] ?? []).allSatisfy({ entityOf[$0] == entityOf[c.0] })
                        && entityOwnName(c.0, $0, besides: shared.intersection(entityPlaces(c.0))))
                    )) }
                guard own.count == 1, let w = own.first,
                      shared.allSatisfy({ $0 == w || (postings[$0]?.count ?? 0) >= EntityIndex.subjectWord }) else { continue }
                if wide(part), !entityOwnName(c.0, w, besides: shared.intersection(entityPlaces(c.0))) { continue }
                let alone = shared.count == 1
                let quoted = quotedWords(part).contains([w])
                // (Five letters unquoted where the word is a listing's whole own name: "RPC Istok
                // named after Shokin" for the listed "NPP Istok", for review. Round 28.)
                guard w.utf8.count >= (quoted ? 5 : 6) || (w.utf8.count == 5 && entityOwnName(c.0, w)) else { continue }
                var s = c.1
                // The word in quotation marks as a company's whole name, and the listed name that
                // word alone beside forms of body and enterprise (`JSC RPC “Istok”` and "NPP Istok",
                // `JSC “Micran”` and "Joint Stock Company Research and Production Company Micran"):
                // the listed company's own name, in its country. A finding.
                // (Beside it, the line may share the listing's forms of enterprise: `Kontsern «Avrora»`
                // for "Concern Avrora Scientific and Production Association".)
                if alone || shared.subtracting([w]).isSubset(of: PairScorer.bodyAndEnterpriseWords), quoted,
                   prepared[c.0].names.contains(where: { PairScorer.ownName($0) == [w] }) {
                    s.score = PairScorer.match
                    s.words = 1
                    s.shared = 2
                    s.features["quoted_name"] = "the line prints the listed company's own name, \(w), in quotation marks, in the listing's country (\(country)), and no other organisation's name has that word"
                    return (c.0, s, part)
                }
                // A long word of the listed company's own, its whole own name, printed beside a form
                // of enterprise and at most one other word, a group's ("Gazprom NIIgazekonomika LLC"
                // for "Niigazekonomika, OOO"; "JSC UEC-Aviadvigatel"), where no other organisation's
                // name has it: the listed company, in its country. A finding.
                // (Beside forms the listing shares, "Gidropribor Concern JSC"; and a listed own name of
                // that word and letters in capitals, "Concern “MPO—Gidropribor”", is that word's: the
                // letters stand for words of what the company makes, which papers leave out.)
                // (Beside the city of the listing's address, which its listed name has as well:
                // "Giprostroymost-St. Petersburg OAO". Round 28.)
                let sharedPlaces = alone ? [] : shared.intersection(entityPlaces(c.0))
                if alone || shared.subtracting([w]).subtracting(sharedPlaces).isSubset(of: PairScorer.bodyAndEnterpriseWords), !quoted, w.utf8.count >= EntityIndex.ownWordLetters,
                   (postings[w] ?? []).allSatisfy({ entityOf[$0] == entityOf[c.0] }),
                   prepared[c.0].names.contains(where: { PairScorer.ownName($0) == [w] }) || ownNameBesideLetters(c.0, w)
                    || (!sharedPlaces.isEmpty && entityOwnName(c.0, w, besides: sharedPlaces)) {
                    // (OpenAlex's name of an institution with its country in brackets, "Aviadvigatel
                    // (Russia)": the name alone, and the institution a company by OpenAlex's word.)
                    let named = EntityIndex.withoutBracketedCountry(part, country: country)
                    // (A legal form's own adjective stays with it: "Mikron Public JSC" is PJSC Mikron,
                    // "Open JSC", "Closed JSC".)
                    let legal = NameNormaliser.legalFormsIn(part)
                    let printed = scorer.comparedWords(of: named ?? part).filter { !(legal && EntityIndex.legalFormAdjectives.contains($0)) }
                    let ownWords = PairScorer.ownName(printed)
                    // (Legal forms such as LLC and JSC are not compared words: read from the part. Or
                    // the group's name in the form's place: "Aviadvigatel (UEC)".)
                    let grouped = ownWords.contains { PairScorer.groupPrefixes.contains($0) || EntityIndex.stateGroups.contains($0) }
                    // (And the city of the listing's address where the listed name has it too:
                    // "Giprostroymost-St. Petersburg OAO" for the listed "AO “Institute
                    // Giprostroymost–Saint-Petersburg”", whose namesake in Moscow the city tells
                    // apart. Round 28.)
                    let places = ownWords.count > 2 ? entityPlaces(c.0) : []
                    let own = ownWords.filter { $0 == w || !(places.contains($0) && prepared[c.0].tokens.contains($0)) }
                    if own.count < printed.count || grouped || (named != nil && own == [w]) || legal, own.count <= 2, own.contains(w),
                       own.allSatisfy({ $0 == w || PairScorer.groupPrefixes.contains($0) || EntityIndex.stateGroups.contains($0) }) {
                        s.score = PairScorer.match
                        s.words = 1
                        s.shared = 2
                        s.features["company_own_name"] = "the part prints the listed company's whole own name, \(w), beside \(named != nil ? "the country OpenAlex names it with" : grouped ? "its group's name" : "a form of enterprise")\(sharedPlaces.isEmpty ? "" : " and the place of the listing's address (\(sharedPlaces.sorted().joined(separator: " ")))"), in the listing's country (\(country)), and no other organisation's name has that word"
                        return (c.0, s, part)
                    }
                }
                // A shorter own word (five to eight letters), the listing's whole own name, beside
                // forms of body or enterprise alone, where another part of the line is the city of
                // the listing's address ("FGUP Bazalt, Moscow, Russia" for the listed "Federal State
                // Unitary Enterprise State Research and Production Enterprise Bazalt" at Moscow;
                // "EITom NPP, Tomilino"): the form, the own name no other
                // organisation's name has, the city and the country together. A finding. (A word
                // alone, "Bazalt, Moscow", stays for review: a dictionary's word names many
                // companies.) Round 29.
                // (The form the listing's: "FGUP" for its "Federal State Unitary Enterprise", "NPP"
                // for its "Research and Production …"; forms by their letters too.)
                if !quoted, w.utf8.count >= 5, w.utf8.count < EntityIndex.ownWordLetters,
                   words.count >= 2, words.subtracting([w]).allSatisfy({ PairScorer.bodyAndEnterpriseWords.contains($0) || EntityIndex.formLetterWords[$0] != nil }),
                   words.subtracting([w]).contains(where: { f in
                       let form = EntityIndex.formLetterWords[f] ?? [f]
                       return form.filter(prepared[c.0].tokens.contains).count >= min(2, form.count) }),
                   (postings[w] ?? []).allSatisfy({ entityOf[$0] == entityOf[c.0] }), entityOwnName(c.0, w),
                   let city = cityPart(q, of: c.0, besides: part) {
                    s.score = PairScorer.match
                    s.words = 1
                    s.shared = 2
                    s.features["company_own_name"] = "the part prints the listed company's whole own name, \(w), beside a form of body or enterprise, the line prints the city of the listing's address (\(city)) as a part of its own, in the listing's country (\(country)), and no other organisation's name has that word"
                    return (c.0, s, part)
                }
                if near || review != nil { continue }
                // The lowest near score: a review item, ranked after every nearer listing. (After
                // the parts: another may print the listing's own name as a finding. Round 28.)
                s.score = PairScorer.near
                s.words = max(s.words, PairScorer.near)
                s.shared = 2
                s.features["one_rare_word"] = "the line shares one word with the listing, \(w), which no other organisation's name has, in the listing's country (\(country)): an analyst decides"
                review = (c.0, s, part)
            }
            return review ?? c
        }
    }

    /// A part of the line, other than `part`, that is a locality of the address of listed record
    /// `i`'s organisation, not its country: the city as printed; nil when the line prints none.
    /// Round 29.
    /// (A place is a piece of the address between commas, word for word: "Tomilino", "Moscow";
    /// not a street's words, nor "Moscow" for an address in "Moscow Region".)
    func cityPart(_ q: OrganisationQuery, of i: Int, besides part: String) -> String? {
        cityPart(in: q.name, of: i, besides: part)
    }

    /// `cityPart` in a reading of a line (`text`), as its parts are read.
    func cityPart(in text: String, of i: Int, besides part: String) -> String? {
        let localities = Set(members[entityOf[i]].flatMap { records[$0].places }
            .flatMap { $0.split(separator: ",") }.map { scorer.comparedWords(of: String($0)) }
            .filter { w in !w.isEmpty && w.allSatisfy { $0.first?.isLetter == true } })
        guard !localities.isEmpty else { return nil }
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" }).map({ Text.trimmed(String($0)) }) where piece != part && !piece.isEmpty {
            let words = scorer.comparedWords(of: piece)
            guard !words.isEmpty, Identifiers.countryCode(piece) == nil, localities.contains(words) else { continue }
            return piece
        }
        return nil
    }

    /// Letters of forms of body and enterprise, as the words they stand for (a listing's form is
    /// matched by them): `PairScorer.enterpriseLetters`, and the state's and joint-stock forms.
    static let formLetterWords: [String: [String]] = PairScorer.enterpriseLetters.merging([
        "fgup": ["federal", "state", "unitary", "enterprise"], "fsue": ["federal", "state", "unitary", "enterprise"],
        "gup": ["state", "unitary", "enterprise"], "jsc": ["joint", "stock"], "ao": ["joint", "stock"], "oao": ["joint", "stock"],
        "pao": ["joint", "stock"], "zao": ["joint", "stock"], "ojsc": ["joint", "stock"], "pjsc": ["joint", "stock"], "cjsc": ["joint", "stock"],
    ]) { a, _ in a }

    /// True when a name of listed record `i`'s organisation is `w` alone, beside forms of body and
    /// enterprise (`PairScorer.ownName`).
    /// (`besides`: and places of the listing's address, with a word of its kind of body, "Institute
    /// Giprostroymost Saint Petersburg". Round 28.)
    func entityOwnName(_ i: Int, _ w: String, besides places: Set<String> = []) -> Bool {
        members[entityOf[i]].contains { m in prepared[m].names.contains { n in
            places.isEmpty ? PairScorer.ownName(n) == [w]
                : PairScorer.ownName(n).filter({ $0 == w || (!places.contains($0) && !PairScorer.bodyWords.contains($0)) }) == [w] } }
    }

    /// Words of a body's status, not its form: "State", "Federal", "National".
    static let statusWords: Set<String> = ["state", "federal", "national"]

    /// True when a name of listed record `i` is, beside forms of body and enterprise, `w` and a
    /// word the list prints in capitals, three to five letters ("Concern “MPO—Gidropribor”").
    func ownNameBesideLetters(_ i: Int, _ w: String) -> Bool {
        ([records[i].name] + records[i].aliases).flatMap(NameParts.split).contains { part in
            guard !part.acronym else { return false }
            let capitals = Set(EntityIndex.initialsWords(part.text).flatMap { $0.split(whereSeparator: { "—–-".contains($0) }) }
                .filter(EntityIndex.isLetters).map { $0.lowercased() })
            let own = PairScorer.ownName(scorer.comparedWords(of: part.text))
            return !capitals.isEmpty && own.contains(w) && own.allSatisfy { $0 == w || capitals.contains($0) }
        }
    }

    /// The own name of a listed name that names a body and then the body it is of ("State Enterprise
    /// Magarach of the National Institute of Wine" → ["magarach"]), where one of the record's names
    /// does and the part before " of the " is a word beside forms of body and enterprise; nil
    /// otherwise. (`body`: all the words before " of the ", forms and own name, as compared.)
    func ownNameOfParent(_ i: Int) -> (own: [String], body: Set<String>)? {
        for name in [records[i].name] + records[i].aliases {
            guard let r = name.range(of: " of the ", options: .caseInsensitive) else { continue }
            let body = scorer.comparedWords(of: String(name[..<r.lowerBound]))
            let before = PairScorer.ownName(body)
            let after = scorer.comparedWords(of: String(name[r.upperBound...]))
            // (What comes after is a body: an institute, a university, an academy …)
            if before.count == 1, body.count > 1, after.contains(where: { PairScorer.formOfBodyWords.contains($0) }) { return (before, Set(body)) }
        }
        return nil
    }

    /// The last reading of a line that comes short of every listing it shares words with: a part
    /// (no address) that prints one word of a listing's own, a word of six letters or more that
    /// only that organisation's names have, beside words many names have, is for review: "Sukhoi
    /// Design Bureau (OKB Sukhogo), Moscow, Russia" for the listed "Sukhoi Aviation JSC", in the
    /// listing's country. On a line that gives no country, only a word in quotation marks (five
    /// letters or more): `Agro-Firm “Magarach”, Vilino, Bakhchysarai District, Crimea` for the
    /// listed "State Enterprise Magarach of the National Institute of Wine". Never a finding, and
    /// never in place of what another rule read (`oneRareWord` reads the parts of few words first).
    func rareOwnWord(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard country != nil || EntityIndex.mayQuote(q.name) else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && !PairScorer.isNear($0.1) && $0.1.veto == nil && prepared[$0.0].listed }) else { return candidates }
        var read: [(String, Set<String>)]?
        func parts() -> [(String, Set<String>)] {
            if let read { return read }
            // (Two words at least, no digit, and not a region's: "Zhukovsky" or "Moscow Region" is
            // where a co-author works, whatever listing a word of it names.)
            let p = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }
                .filter { p in (p.contains(" ") || p.contains("-")) && !p.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) }
                .map { ($0, scorer.comparedWords(of: $0)) }
                .filter { !EntityIndex.regionWords.contains($0.1.last ?? "") }
                .map { ($0.0, Set($0.1)) }
            read = p
            return p
        }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), !PairScorer.isNear(c.1), c.1.veto == nil, prepared[c.0].listed,
                  c.1.features["look_alike_script"] == nil, !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) else { return c }
            if let country, !givesOnly(c.0, country) { return c }
            // (A word of the listing's own that is a place, its address's or a mainland city's, is
            // where a co-author works: "Saratov State University" names no "Gazprom Transgaz Saratov".)
            var places: Set<String>?
            for (part, words) in parts() {
                let shared = words.intersection(prepared[c.0].tokens)
                var mine = shared.filter { ownWord($0, of: c.0) && !EntityIndex.mainlandPlaces.contains($0) }
                if !mine.isEmpty {
                    if places == nil { places = entityPlaces(c.0) }
                    mine = mine.filter { !places!.contains($0) }
                }
                // (Two words of its own are no less: "Agro-Firm “Magarach”" for a listing one of
                // whose names is the agro-firm's.)
                guard !mine.isEmpty, shared.allSatisfy({ mine.contains($0) || (postings[$0]?.count ?? 0) >= EntityIndex.subjectWord }) else { continue }
                // In the listing's country, the rest of the part says only what kind of body it is
                // ("Design Bureau", "OKB"; a word no name has, "Sukhogo", says nothing): "Shiraz
                // University of Technology" or "Indira Gandhi National Open University" is an
                // organisation of its own, whatever word it shares.
                if country != nil, !words.allSatisfy({ mine.contains($0) || postings[$0] == nil || EntityIndex.kindWords.contains($0) }) { continue }
                let quoted = quotedWords(part).flatMap { $0 }
                guard let w = mine.sorted().first(where: { quoted.contains($0) ? $0.utf8.count >= 5 : ($0.utf8.count >= 6 && country != nil) }) else { continue }
                var s = c.1
                s.score = PairScorer.near
                s.words = max(s.words, PairScorer.near)
                s.shared = 2
                s.features["one_rare_word"] = country.map { "the line shares one word with the listing, \(w), which no other organisation's name has, in the listing's country (\($0)): an analyst decides" }
                    ?? "the line prints in quotation marks one word of the listing's, \(w), which no other organisation's name has, and gives no country: an analyst decides"
                return (c.0, s, part)
            }
            return c
        }
    }

    /// A listed university's name short of a word that names what it teaches or does, which the
    /// part does not print ("Xi'an University of Science and Technology" for the listed "Xi'an
    /// University of Electronic Science and Technology"): as often another university of a similar
    /// name as the listed one. For review. A word of its own that is missing (a person's name:
    /// "Moscow State Technical University" for the listed "Bauman …") still matches.
    ///
    /// Any other listed organisation's name short of such a word is the same where the part prints
    /// another such word in its place, which no name of the listing has ("Radiophysical Research
    /// Institute, Nizhny Novgorod" for the listed "Nizhny Novgorod … Research Institute of
    /// Radiotechnics", read as "Radio Engineering"): another organisation of a similar name.
    /// (Round 26.)
    func missingWord(_ candidates: [(Int, PairScore, String)]) -> [(Int, PairScore, String)] {
        guard candidates.contains(where: { $0.1.score < 1 && PairScorer.isMatch($0.1) }) else { return candidates }
        return candidates.map { c in
            // (Nor initials, which spell every word of the name: "KNRTU-KAI" leaves no word out.)
            guard c.1.score < 1, PairScorer.isMatch(c.1), prepared[c.0].listed, c.1.features["printed_acronym"] == nil, c.1.features["lab_at_host"] == nil,
                  c.1.features["initials_and_own_word"] == nil, c.1.features["initials_at_city"] == nil else { return c }
            let printed = scorer.comparedWords(of: c.2)
            let words = Set(printed)
            // A listed name that "PLA" alone tells from a civil body's, every other word printed
            // and no armed service's ("Chinese Center for Disease Control and Prevention" for the
            // listed "Chinese PLA Center for …"): the civil body as often as the listed one. Round 32.
            // (Not where the line prints every word of a name of the listing without "PLA": that
            // name is the listing's as well.)
            if !words.contains("pla"), !PairScorer.isServiceSchool(printed), !words.contains("military"),
               prepared[c.0].names.contains(where: { n in n.contains("pla") && Set(n).subtracting(["pla"]).isSubset(of: words) }),
               !prepared[c.0].names.contains(where: { n in !n.contains("pla") && Set(n).isSubset(of: words) }) {
                return (c.0, EntityIndex.forReview(c.1, "missing_word",
                                                   "the listed name's “PLA” is not printed, nor any armed service: a civil body of the same name as often as the listed one; an analyst decides"), c.2)
            }
            guard prepared[c.0].tokens.contains("university") || prepared[c.0].tokens.contains("college") else {
                guard let (missing, other) = substitutedWord(c.0, words) else { return c }
                return (c.0, EntityIndex.forReview(c.1, "missing_word",
                                                   "the listed name's “\(missing.joined(separator: " "))” is not printed, and the part prints “\(other)” instead, which no name of the listing has: another organisation of a similar name as often as this one; an analyst decides"), c.2)
            }
            guard let missing = missingSubjectWords(c.0, words) else { return c }
            return (c.0, EntityIndex.forReview(c.1, "missing_word",
                                               "the listed name's “\(missing.joined(separator: " "))” is not printed: another university of a similar name as often as this one; an analyst decides"), c.2)
        }
    }

    /// A word that names what an organisation does or is: in five organisations' names or more,
    /// and not a word a name can leave out (`unneeded`) nor a country's.
    func isSubjectWord(_ w: String) -> Bool {
        !EntityIndex.unneeded.contains(w) && !EntityIndex.connectorWords.contains(w) && Identifiers.countryName(w) == nil
            && (postings[w]?.count ?? 0) >= EntityIndex.subjectWord
    }

    /// Small words that join a name's words and say nothing of what it names ("Key Laboratory on
    /// High-Power Semiconductor Lasers"): never a missing subject word. Round 33.
    static let connectorWords: Set<String> = ["on", "under", "to", "by", "with"]

    /// The subject words of listing `i`'s closest name that `words` lack, where every name of the
    /// listing lacks one; nil where some name has all of its subject words printed.
    func missingSubjectWords(_ i: Int, _ words: Set<String>) -> [String]? {
        func missing(_ n: [String]) -> [String] { n.filter { !words.contains($0) && isSubjectWord($0) } }
        guard !prepared[i].names.contains(where: { !$0.isEmpty && missing($0).isEmpty }), let closest = closestName(i, to: words) else { return nil }
        return missing(closest)
    }

    /// A listed subject word that `words` lack, with one they print in its place that no name of
    /// listing `i` has ("Radiophysical" for a listed "Radio Engineering"): nil where none. The word
    /// printed in its place is a subject word too, and no kind of body or unit ("Department"), no
    /// place of mainland China or of the listing's address, no number. (Round 26.)
    func substitutedWord(_ i: Int, _ words: Set<String>) -> (missing: [String], other: String)? {
        guard let missing = missingSubjectWords(i, words) else { return nil }
        let named = Set(prepared[i].names.joined())
        let places = entityPlaces(i)
        guard let other = words.sorted().first(where: { w in
            // (Nor an academy's letters, which name the listing's parent: "SIMIT-CAS". Round 33.)
            !named.contains(w) && isSubjectWord(w) && !PairScorer.hasDigit(w) && !PairScorer.bodyWords.contains(w) && !EntityIndex.unitWords.contains(w)
                && !EntityIndex.academyLetters.contains(w)
                && !EntityIndex.mainlandPlaces.contains(w) && !places.contains(w)
        }) else { return nil }
        return (missing, other)
    }

    /// A listed unit's own name printed after the place the line gives as its own ("Beijing
    /// Institute of Microbiology and Epidemiology, Beijing 100071" for the listed "Academy of
    /// Military Medical Sciences, Institute of Microbiology and Epidemiology"), without the
    /// parent the listing names it under: the listed unit, or another of that name in that city.
    /// A finding (`unit_after_place`) where the listing's address gives the place, or the list
    /// gives no address and the line names no university or academy that the unit could be of,
    /// in the listing's only country, by a name with a word no other country's listings have;
    /// otherwise for review (`place_before_unit`). Never left out, as the place's word alone would
    /// leave it. And the listing's whole name after the place, where its own address gives the
    /// place: a finding (`place_prefix`, below).
    func placedUnit(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard q.countryFromName, q.name.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) else { return candidates }
        let cut = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }.filter { !$0.isEmpty }
        // The line's own places: a part of one or two words and a number ("Beijing 100071").
        var places: [[String]] = [], written: [String] = []
        for part in cut {
            let pieces = part.split(separator: " ")
            // A place and its postcode ("Tula 300001"), or a place alone before the country ("Tula
            // Instrument Design Bureau, Tula, Russian Federation"): one or two words, no country. (A
            // place decides nothing alone: the listing's own address must give it.)
            let postcode = (2...3).contains(pieces.count) && pieces.last!.allSatisfy(\.isNumber)
            let bare = (1...2).contains(pieces.count) && part != cut.first && pieces.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) })
                && Identifiers.countryCode(part) == nil
            guard postcode || bare else { continue }
            let text = postcode ? pieces.dropLast().joined(separator: " ") : part
            let words = scorer.comparedWords(of: text)
            // (A place alone is no word of an organisation: "Academy", "Physics Department", "Rostec".)
            if bare && !postcode && words.contains(where: { PairScorer.bodyWords.contains($0) || EntityIndex.unitWords.contains($0)
                || EntityIndex.stateGroups.contains($0) || PairScorer.groupPrefixes.contains($0) || EntityIndex.unneeded.contains($0) }) { continue }
            if !words.isEmpty && !words.contains(where: PairScorer.hasDigit) && !places.contains(words) {
                places.append(words)
                written.append(text)
            }
        }
        guard !places.isEmpty else { return candidates }
        // Parts that begin with such a place and go on with a name of three words or more. (Only
        // parts that print the place as written are read: most lines have none.)
        var printed: [(part: String, place: [String], unit: [String], core: Set<String>, first: Bool)] = []
        // And parts that are such a place and one acronym ("Tula KBP, …, Tula 300001").
        var placedAcronyms: [(part: String, place: [String], acronym: String)] = []
        for part in cut where written.contains(where: { part.contains($0) && part.utf8.count > $0.utf8.count + 2 }) {
            let last = part.split(separator: " ").last.map(String.init) ?? ""
            let capitals = last.utf8.count >= 3 && last.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
            guard part.utf8.count > 12 || capitals else { continue }
            let words = scorer.comparedWords(of: part)
            for place in places where words.count >= place.count + 1 && Array(words.prefix(place.count)) == place {
                let unit = Array(words.dropFirst(place.count))
                if unit.count >= 3 && part.utf8.count > 12 {
                    printed.append((part, place, unit, Set(PairScorer.core(unit, initials: true)), true))
                } else if unit.count == 1, capitals, NameParts.isAcronym(last) {
                    placedAcronyms.append((part, place, last))
                }
            }
            // The place inside the name, after a person's name ("Frunze Nizhny Novgorod Scientific
            // and Production Association"): the name is the words around it.
            for place in places where words.count >= place.count + 3 {
                for j in 1...(words.count - place.count) where Array(words[j..<(j + place.count)]) == place {
                    let unit = Array(words[..<j] + words[(j + place.count)...])
                    printed.append((part, place, unit, Set(PairScorer.core(unit, initials: true)), false))
                    break
                }
            }
        }
        guard !printed.isEmpty || !placedAcronyms.isEmpty else { return candidates }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), c.1.veto == nil, prepared[c.0].listed, !otherCountry(c.0, country) else { return c }
            // The listing's acronym after the place the line gives as its own, where the listing's
            // own address gives that place and the listing gives only the line's country: a
            // finding. (Three letters alone name many organisations; with the city they are one.)
            if !placedAcronyms.isEmpty, let country, givesOnly(c.0, country), !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) {
                for p in placedAcronyms where prepared[c.0].namedAcronyms.contains(p.acronym) || prepared[c.0].names.contains([p.acronym.lowercased()]) {
                    guard entityPlaces(c.0).isSuperset(of: p.place) else { continue }
                    var s = c.1
                    s.raiseToMatch(twoShared: true, pastLetters: true)
                    s.features["place_prefix"] = "the part is the listing's acronym (\(p.acronym)) after the place the line gives as its own (\(p.place.joined(separator: " "))), where the listed organisation's address is"
                    s.features["country"] = "the line's country (\(country)) is the listed organisation's"
                    return (c.0, s, p.part)
                }
            }
            // The listed organisation's whole name after the place ("Nizhny Novgorod Research and
            // Production Association named after M.V. Frunze, Nizhny Novgorod 603950" for the listed
            // "Research and Production Association M.V. Frunze"), in the listing's country, where the
            // listing's own address gives that place: a finding. Anywhere else the same name is as
            // likely another city's ("Moscow … Kvant" for the Kvant of Velikiy Novgorod), and stays
            // the near match it is. Not a name that names a unit ("Institute of Computing
            // Technology", the Academy's in Beijing, has a namesake in Shenyang), nor a unit's named
            // under its parent, nor one a rule sent to review.
            if let country, givesOnly(c.0, country), !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) {
                for p in printed {
                    guard let n = wholeName(c.0, equalTo: p.core, atLeast: 3, where: { $0.contains { !spreadOverCountries($0) } }) else { continue }
                    // (Or an armed service's school, whose list gives no address: papers print its
                    // city before it, "Dalian Air Force Communications NCO Academy", and its name,
                    // the service's and the subject's, is no other city's.)
                    let places = entityPlaces(c.0)
                    guard places.isSuperset(of: p.place) || (places.isEmpty && p.first && PairScorer.isServiceSchool(n)) else { continue }
                    var s = c.1
                    s.raiseToMatch(twoShared: true, pastLetters: true)
                    s.features["place_prefix"] = "the part is the listed name (\(n.joined(separator: " "))) \(p.first ? "after" : "with") the place the line gives as its own (\(p.place.joined(separator: " ")))"
                    s.features["country"] = "the line's country (\(country)) is the listed organisation's"
                    return (c.0, s, p.part)
                }
            }
            // The listed unit's own name after the line's own place, with the parent the listing
            // names it under printed whole in another part of the line ("Tianjin Inst. of Medical
            // Equipment, Academy of Mil. Med. Sci., Tianjin 300161" for the listed "Academy of
            // Military Medical Sciences, Institute of Medical Equipment"): every word of a listed
            // name is printed, the place aside. A finding in the listing's only country. (Round 26.)
            // Not a unit of an academy of sciences, whose institutes of one name stand in many
            // cities ("Shenyang Institute of Computing Technology, Chinese Academy of Sciences" is
            // not the Academy's Institute of Computing Technology, in Beijing).
            // (Nor a laboratory's: a city's, a province's and the state's key laboratories share
            // names. The other part holds the parent's words and no word the listed name lacks.)
            if let country, givesOnly(c.0, country), !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
               let entity = listedEntities[entityOf[c.0]], !entity.academyOfSciences, !entity.tokens.contains("laboratory") {
                let units = unitNamesOf[c.0] ?? []
                for p in printed where p.first && p.unit.first.map(EntityIndex.unitWords.contains) == true
                    && units.contains(where: { $0.count == p.unit.count && Set($0) == Set(p.unit) }) {
                    let unit = Set(p.unit)
                    let others = cut.filter { $0 != p.part }.map { Set(scorer.comparedWords(of: $0)) }
                    guard let n = prepared[c.0].names.first(where: { n in
                        let parent = Set(n).subtracting(unit)
                        return n.count > p.unit.count && unit.isSubset(of: Set(n)) && parent.count >= 2 && others.contains { parent.isSubset(of: $0) && $0.isSubset(of: Set(n)) }
                    }) else { continue }
                    var s = c.1
                    s.raiseToMatch(twoShared: true, pastLetters: true)
                    s.features["unit_after_place"] = "the part is the listed unit's own name (\(p.unit.joined(separator: " "))) after a place (\(p.place.joined(separator: " "))), and the line prints the parent the listing names it under (\(Set(n).subtracting(unit).sorted().joined(separator: " ")))"
                    s.features["country"] = "the line's country (\(country)) is the listed organisation's"
                    return (c.0, s, p.part)
                }
            }
            guard !PairScorer.isNear(c.1) else { return c }
            let units = unitNamesOf[c.0] ?? []
            // (The unit's words in any order: "Beijing Institute of Pharmacology and Toxicology" for
            // the listed "…, Institute of Toxicology and Pharmacology".)
            guard let hit = printed.first(where: { p in p.first && EntityIndex.unitWords.contains(p.unit[0]) && units.contains { $0.count == p.unit.count && Set($0) == Set(p.unit) } }) else { return c }
            // At the listing's own address (or a listing that gives none: the 1286 list's), in its
            // only country, by a unit's name of three words or more with a word of its own (in the
            // names of one country's listings only): the listed unit under its present name, a
            // finding ("Beijing Inst. of Microbiology & Epidemiology, Beijing 100071" for the
            // listed "Academy of Military Medical Sciences, Institute of Microbiology and
            // Epidemiology"). At another place than its address, or by a name any country's
            // institutes have, for review.
            // (A line that names a university or an academy beside the unit may print that one's
            // namesake: "Shanghai Institute of …, Fudan University".)
            let places = entityPlaces(c.0)
            if let country, givesOnly(c.0, country), hit.unit.count >= 3, hit.unit.contains(where: { !spreadOverCountries($0) && !EntityIndex.unitWords.contains($0) }),
               places.isSuperset(of: hit.place) && !places.isEmpty
                || places.isEmpty && !cut.contains(where: { p in p != hit.part && Set(scorer.comparedWords(of: p)).contains { $0 == "university" || $0 == "academy" } }),
               !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) {
                var s = c.1
                s.raiseToMatch(twoShared: true, pastLetters: true)
                s.features["unit_after_place"] = "the part is the listed unit's own name (\(hit.unit.joined(separator: " "))) after a place (\(hit.place.joined(separator: " ")))\(places.isEmpty ? "" : " of the listing's address"), without the parent the listing names it under"
                s.features["country"] = "the line's country (\(country)) is the listed organisation's"
                return (c.0, s, hit.part)
            }
            var s = c.1
            s.score = max(s.score, PairScorer.near)
            s.words = max(s.words, PairScorer.near)
            return (c.0, EntityIndex.forReview(s, "place_before_unit",
                                               "the line prints the listed unit's own name after a place (\(hit.place.joined(separator: " "))) without the parent the listing names it under: the listed unit or another of that name; an analyst decides"), hit.part)
        }
    }

    /// A part that is a listed unit's own name and nothing else ("Key Laboratory of …, Institute of
    /// Microelectronics, Beijing, China" for the listed "Chinese Academy of Sciences – Institute of
    /// Microelectronics"), on a line of the listing's only country that names no university or
    /// academy the unit could be of: the listed unit, or another of that name (most cities have an
    /// institute of microelectronics or of physics). For review (`unit_without_parent`), never a
    /// finding, never silence; a rule before that reads more (a place before the unit, the parent
    /// printed in another part) decides first. Round 42, set 130.
    func unitAlone(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country, q.countryFromName, q.name.utf8.contains(UInt8(ascii: ",")),
              candidates.contains(where: { c in !(unitNamesOf[c.0] ?? []).isEmpty && !PairScorer.isMatch(c.1) && !PairScorer.isNear(c.1) }) else { return candidates }
        let cut = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }.filter { !$0.isEmpty }
        let words = cut.map { Set(scorer.comparedWords(of: $0)) }
        // (A line that prints a university or an academy: the unit may be that one's.)
        guard !words.contains(where: { $0.contains("university") || $0.contains("academy") }) else { return candidates }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), !PairScorer.isNear(c.1), c.1.veto == nil, prepared[c.0].listed, givesOnly(c.0, country),
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  let units = unitNamesOf[c.0], !units.isEmpty else { return c }
            // (A unit's kind first and a word of its own: "Institute of Microelectronics", not "Institute".)
            guard let k = cut.indices.first(where: { k in units.contains { u in
                u.count >= 2 && EntityIndex.unitWords.contains(u[0]) && Set(u) == words[k] && u.count == words[k].count } }) else { return c }
            var s = c.1
            s.score = max(s.score, PairScorer.near)
            s.words = max(s.words, PairScorer.near)
            return (c.0, EntityIndex.forReview(s, "unit_without_parent",
                                               "the part (\(cut[k])) is the listed unit's own name without the parent the listing names it under, and the line names no university or academy: the listed unit or another of that name; an analyst decides"), cut[k])
        }
    }

    /// A part of one word that is a listed name as it stands, a word of nine letters or more
    /// that no other organisation's name has and no place is ("Niigazeconomika, Moscow, Russia"
    /// for the listed alias "Niigazeconomika" of "Niigazekonomika, OOO" at Moscow), where another
    /// part of the line is the city of the listing's address and the line prints the listing's
    /// country: the company in its own city, a finding, as `atPostcode` reads one at its postcode.
    /// (A word that a place, a subject or a person's name may be stays for review: see
    /// `isOneWordPart`.) Round 40.
    /// So is such a word with "Group" or "Holding" after it ("Stroyproekt Group, Saint Petersburg,
    /// Russia" for the listed alias "Stroyproekt" of "Institut Stroiproekt, AO" at St. Petersburg),
    /// which comes only near the listed name: the company as its group of companies prints it.
    /// Round 41, set 123.
    func oneWordAtCity(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country, candidates.contains(where: { (PairScorer.isMatch($0.1) && $0.1.score >= 1 || PairScorer.isNear($0.1)) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            // (The word with "Group" after it: a near name of two words, read as the word.)
            let grouped = !PairScorer.isMatch(c.1) && PairScorer.isNear(c.1)
            guard grouped || (PairScorer.isMatch(c.1) && c.1.score >= 1), prepared[c.0].listed, c.1.veto == nil, c.1.features["printed_acronym"] == nil,
                  c.1.features["postcode"] == nil, !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  grouped ? c.2 != q.name && c.2.utf8.allSatisfy({ $0 < 0x80 }) && EntityIndex.groupWords.contains(where: { Text.mayContain(c.2, $0, caseInsensitive: true) })
                      : isOneWordPart(c.2, of: q), givesOnly(c.0, country) else { return c }
            var words = scorer.comparedWords(of: c.2)
            if grouped {
                guard words.count == 2, EntityIndex.groupWords.contains(words[1]) else { return c }
                words.removeLast()
            }
            guard words.count == 1, let w = words.first, w.utf8.count >= EntityIndex.ownWordLetters, prepared[c.0].names.contains([w]),
                  !EntityIndex.mainlandPlaces.contains(w), !EntityIndex.regionWords.contains(w),
                  (postings[w] ?? []).allSatisfy({ entityOf[$0] == entityOf[c.0] }), !entityPlaces(c.0).contains(w),
                  let city = cityPart(q, of: c.0, besides: c.2) else { return c }
            var s = c.1
            if grouped { s.raiseToMatch() }
            s.features["company_own_name"] = "the part is a listed name of the company in one word, \(w)\(grouped ? ", with the word for its group after it" : ""), which no other organisation's name has, and the line prints the city of the listing's address (\(city)) as a part of its own, in the listing's country (\(country))"
            return (c.0, s, c.2)
        }
    }

    /// Words a company's group of companies prints after the company's own name ("Stroyproekt
    /// Group"), as compared words.
    static let groupWords: Set<String> = ["group", "holding"]

    /// A part that prints a listed company's whole own name of one word (six letters or more, a
    /// word that only listed organisations' names have) first, with a unit's or kind's words after
    /// it and nothing else ("Angstrem Design Center, Zelenograd, Russia" for "Joint Stock Company
    /// Angstrem"), on a line of the listing's country, short of a near match: the company's unit,
    /// or another body of that name (a short word may be a subject's or a place's: see
    /// `oneWordAtCity`). Too little for a finding, too much for silence: for review
    /// (`own_name_with_unit`). Round 44, set 146.
    func ownNameWithUnit(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country, q.name.utf8.contains(UInt8(ascii: ",")) else { return candidates }
        // (Only parts that a listing short of a near match was scored against: most lines have none.)
        func eligible(_ c: (Int, PairScore, String)) -> Bool {
            prepared[c.0].listed && !PairScorer.isMatch(c.1) && !PairScorer.isNear(c.1) && c.1.veto == nil
        }
        let scoredParts = Set(candidates.filter(eligible).map(\.2))
        guard !scoredParts.isEmpty else { return candidates }
        // Those of two or three words whose first word only listed organisations' names have, a
        // unit's or kind's words after it.
        var own: [String: [String]] = [:]
        for piece in q.name.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let part = Text.trimmed(String(piece))
            let spaces = part.utf8.lazy.filter { $0 == UInt8(ascii: " ") }.count
            guard scoredParts.contains(part), (1...2).contains(spaces), part.utf8.count <= 60 else { continue }
            let words = scorer.comparedWords(of: part)
            guard (2...3).contains(words.count), let w = words.first, w.utf8.count >= 6, let list = postings[w], list.allSatisfy({ prepared[$0].listed }),
                  words.dropFirst().allSatisfy({ EntityIndex.unitWords.contains($0) || EntityIndex.kindWords.contains($0) }) else { continue }
            own[part] = words
        }
        guard !own.isEmpty else { return candidates }
        return candidates.map { c in
            guard let words = own[c.2], eligible(c),
                  prepared[c.0].names.contains(where: { $0 == [words[0]] || PairScorer.ownName($0) == [words[0]] }), givesOnly(c.0, country) else { return c }
            var s = c.1
            s.score = max(s.score, PairScorer.near)
            s.words = max(s.words, PairScorer.near)
            return (c.0, EntityIndex.forReview(s, "own_name_with_unit",
                                               "the part prints the listed company's whole own name, \(words[0]), with a unit's words (\(words.dropFirst().joined(separator: " "))) and nothing else, in the listing's country (\(country)): the company's unit, or another body of that name; an analyst decides"), c.2)
        }
    }

    /// A part that prints a listed company's whole own name of one word (six letters or more, a
    /// word only that organisation's names have, no place's), alone beside a legal form or with a
    /// unit's, kind's or group's words after it, where another part of the line is the city of the
    /// listing's address, in the listing's country: "JSC Bazalt, Moscow, Russia", "Mikron Design
    /// Center, Zelenograd, …", "Belmicrosystems Branch, JSC Integral, Minsk, Belarus". The company,
    /// or its unit, in its own city: a finding (`own_name_at_city`), where the name alone
    /// (`one_rare_word`) or with a unit's words (`own_name_with_unit`) is for review. (Nine letters
    /// make the word alone enough at that city, `oneWordAtCity`; six with the city of the address
    /// and nothing but the company's own name in the part.) Round 45, set 153.
    /// Words of a kind of body or of a company's group that may follow a company's own name in
    /// `ownNameAtCity` (besides a unit's words): "Promgaz Research Institute", "Bazalt Production
    /// Association". (Not a form of enterprise's other words, "Public", "Joint", "Stock".)
    static let ownNameAtCityKinds: Set<String> = PairScorer.bodyWords.union(EntityIndex.groupWords)
        .union(["design", "bureau", "concern", "experimental", "special", "research", "production", "association"])

    func ownNameAtCity(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country, q.name.utf8.contains(UInt8(ascii: ",")),
              candidates.contains(where: { !PairScorer.isMatch($0.1) && prepared[$0.0].listed && $0.1.veto == nil }) else { return candidates }
        var read: [String: [String]?] = [:]
        func ownNamePrinted(_ part: String) -> [String]? {
            if let r = read[part] { return r }
            let words = scorer.comparedWords(of: part)
            // (A word alone, no form or unit beside it, is `oneWordAtCity`'s, at nine letters. A
            // form of enterprise's word without its form is a word of another name: "Fictmikron
            // Public".)
            let ok = part.utf8.contains(UInt8(ascii: " ")) && (1...3).contains(words.count) && words[0].utf8.count >= 6 && !PairScorer.hasDigit(words[0])
                && words.dropFirst().allSatisfy({ EntityIndex.unitWords.contains($0) || EntityIndex.ownNameAtCityKinds.contains($0) })
            read[part] = ok ? words : nil
            return ok ? words : nil
        }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), c.1.veto == nil, prepared[c.0].listed, c.1.features["look_alike_script"] == nil,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  !c.2.contains(","), c.2 != q.name, let words = ownNamePrinted(c.2) else { return c }
            let w = words[0]
            guard prepared[c.0].names.contains(where: { $0 == [w] || PairScorer.ownName($0) == [w] }),
                  let list = postings[w], list.allSatisfy({ entityOf[$0] == entityOf[c.0] }),
                  Identifiers.countryName(w) == nil, !EntityIndex.mainlandPlaces.contains(w), !EntityIndex.regionWords.contains(w),
                  !entityPlaces(c.0).contains(w), givesOnly(c.0, country),
                  let city = cityPart(q, of: c.0, besides: c.2) else { return c }
            var s = c.1
            s.features["one_rare_word"] = nil
            s.features["own_name_with_unit"] = nil
            s.raiseToMatch(twoShared: true)
            s.features["own_name_at_city"] = "the part prints the listed company's whole own name, \(w)\(words.count > 1 ? ", with \(words.dropFirst().joined(separator: " ")) after it" : ""), which no other organisation's name has, and the line prints the city of the listing's address (\(city)) as a part of its own, in the listing's country (\(country))"
            return (c.0, s, c.2)
        }
    }

    /// How close a part's name must come to a listed one for the listing's own postcode printed
    /// in the same affiliation to make it a match.
    static let nearAtPostcode = 0.7

    /// A part that comes close to a listed name (0.7 at least), in an affiliation that prints the
    /// postcode the listing's own address gives, in the listing's country (`State Enterprise
    /// “Agrofirm Magarach” of the National Institute of Vine and Wine “Magarach”, Vilino, …,
    /// Crimea 98433, Ukraine` for the listed "State Enterprise Magarach of the National Institute
    /// of Wine" at "…, Crimea, 98433, UA"): two pieces of evidence, the listed organisation. A
    /// finding. Not a near match a rule sent to review (another university of a similar name,
    /// another parent, letters alone).
    func atPostcode(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country, q.name.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return candidates }
        // The postcodes each affiliation of the line prints: numbers of five or six digits.
        func codes(_ s: Substring) -> [String] {
            s.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).filter { (5...6).contains($0.count) }.map(String.init)
        }
        let affiliations = q.name.split(separator: ";").map { ($0, codes($0)) }.filter { !$0.1.isEmpty }
        guard !affiliations.isEmpty else { return candidates }
        return candidates.map { c in
            // A part of one word that is a name of the listing as it stands ("Angstrem-M,
            // Zelenograd, Moscow, 124460, Russia" for the listed "Angstrem-M" at "…, Zelenograd,
            // 124460, RU"): with the postcode of the listing's address, the listed organisation at
            // its own address, not a place's, a subject's or a person's word (`isOneWordPart`).
            let oneWord = PairScorer.isMatch(c.1) && c.1.score >= 1 && isOneWordPart(c.2, of: q) && c.1.features["printed_acronym"] == nil
            // A part that is the listing's own name in one word with a form of body beside it
            // ("Micran JSC, Tomsk 634041" for the listed "Joint Stock Company Research and
            // Production Company Micran" at "…, Tomsk, 634041, RU"): as the word alone.
            let ownWord = !oneWord && !PairScorer.isMatch(c.1) && c.2 != q.name && c.2.contains(" ") && c.1.features["printed_acronym"] == nil && {
                let words = scorer.comparedWords(of: c.2)
                return words.count == 1 && prepared[c.0].names.contains { PairScorer.ownName($0) == words }
            }()
            guard oneWord || ownWord || (!PairScorer.isMatch(c.1) && PairScorer.isNear(c.1) && c.1.score >= EntityIndex.nearAtPostcode), prepared[c.0].listed,
                  givesOnly(c.0, country), !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  c.1.features["acronym_only"] == nil, ownWord || c.1.features["one_rare_word"] == nil, c.1.features["place_before_unit"] == nil,
                  let printed = affiliations.first(where: { $0.0.contains(c.2) })?.1 else { return c }
            let listed = Set(members[entityOf[c.0]].flatMap { records[$0].places }.flatMap { codes($0[...]) })
            guard let code = printed.first(where: listed.contains) else { return c }
            // (Not a near name that prints another subject word in place of a listed one: an
            // institute of another subject at the same postcode, "Radiophysical Research Institute,
            // Nizhny Novgorod 603950" beside the listed institute of radio engineering. Read last:
            // it reads the part's words again. Round 26.)
            guard oneWord || ownWord || substitutedWord(c.0, Set(scorer.comparedWords(of: c.2))) == nil else { return c }
            // (Nor a near name whose part another listing's name matches: neighbours share a
            // postcode. "SW Inst Elect Technol, Chengdu 610036" is CETC's 10th institute, which it
            // matches, not the 29th, whose alias it comes near, at the same postcode. Round 40.)
            guard oneWord || ownWord || !candidates.contains(where: { $0.2 == c.2 && PairScorer.isMatch($0.1) && prepared[$0.0].listed
                && $0.1.veto == nil && entityOf[$0.0] != entityOf[c.0] }) else { return c }
            var s = c.1
            // (The listing's own word beside a form of body was for review without the postcode.)
            if ownWord { s.features["one_rare_word"] = nil }
            s.features["postcode"] = (oneWord ? "the part (\(c.2)) is a name of the listing"
                : ownWord ? "the part (\(c.2)) is the listing's own name with a form of body"
                : "the part comes close to the listed name (\(String(format: "%.2f", c.1.score)))")
                + ", and the line prints the postcode of the listed organisation's address (\(code)), in its country (\(country))"
            s.raiseToMatch()
            return (c.0, s, c.2)
        }
    }

    /// A part that prints the listing's acronym (in brackets, or as the initials of its words)
    /// after words that are all of the listed name, two of them at least telling (no kind of body,
    /// not a place of its address nor a country) and together in no other organisation's names, in
    /// the listing's only country: "Tadbir Sanaat Sharif (TSS), Tehran, Iran" for the listed "Tadbir
    /// Sanaat Sharif Technology Development Center (TSS)". The name without its generic words and
    /// its letters: two pieces of evidence, a finding (`acronym_and_own_words`). Not a near match a
    /// rule sent to review.
    /// A word of the listed name may be printed in another spelling that sounds the same
    /// (`PairScorer.transliterationKey`: "Tadbir Sanat Sharif Co." for "Tadbir Sanaat Sharif …"),
    /// where the part's words spell the listing's acronym themselves: the part, with fewer words in
    /// common, then need not come near. Round 42, set 133.
    func acronymAndOwnWords(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        // (A part that shares two words with a listing that gives letters may spell them.)
        func mayRespell(_ c: (Int, PairScore, String)) -> Bool {
            !PairScorer.isMatch(c.1) && !PairScorer.isNear(c.1) && c.1.shared >= 2 && c.1.veto == nil && !prepared[c.0].acronyms.isEmpty && prepared[c.0].listed
        }
        guard candidates.contains(where: { (!PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) || mayRespell($0)) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            let respell = mayRespell(c)
            guard !PairScorer.isMatch(c.1), respell || (PairScorer.isNear(c.1) && c.1.features["acronym"] == "equal"), prepared[c.0].listed,
                  givesOnly(c.0, country), !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  c.1.features["acronym_only"] == nil, c.1.features["one_rare_word"] == nil, c.1.features["place_before_unit"] == nil else { return c }
            let letters = Set(prepared[c.0].acronyms.map { $0.lowercased() })
            var words = scorer.comparedWords(of: c.2).filter { !letters.contains($0) && !EntityIndex.formLetters.contains($0) }
            var respelled: [String] = []
            if respell {
                // (Each word the listed name lacks, as the listed word that sounds the same; the
                // words so read must spell the listing's acronym.)
                let tokens = prepared[c.0].tokens
                let bySound = Dictionary(tokens.filter { $0.utf8.count >= 5 }.map { (PairScorer.transliterationKey($0), $0) }, uniquingKeysWith: min)
                words = words.map { w in
                    guard !tokens.contains(w), let listed = bySound[PairScorer.transliterationKey(w)] else { return w }
                    respelled.append("\(w) as \(listed)")
                    return listed
                }
                guard !respelled.isEmpty, prepared[c.0].acronyms.contains(String(words.compactMap(\.first)).uppercased()) else { return c }
            }
            guard words.count >= 2, words.allSatisfy(prepared[c.0].tokens.contains) else { return c }
            // (Words of more organisations' names are the listing's own together: in "Tadbir Sanaat
            // Sharif" each is another Iranian company's too, all three only the listing's.)
            let places = entityPlaces(c.0)
            let telling = Set(words.filter { w in w.utf8.count >= 4 && !places.contains(w) && Identifiers.countryName(w) == nil
                && !PairScorer.bodyWords.contains(w) && !EntityIndex.unitWords.contains(w) })
            guard telling.count >= 2 else { return c }
            var together: Set<Int>?
            for w in telling {
                let here = Set((postings[w] ?? []).map { entityOf[$0] })
                together = together.map { $0.intersection(here) } ?? here
            }
            guard together == [entityOf[c.0]] else { return c }
            let own = telling.sorted()
            var s = c.1
            s.raiseToMatch()
            s.features["acronym_and_own_words"] = "the part prints the listing's acronym, or words that spell it, and words of the listed name only, \(own.joined(separator: " ")) together in no other organisation's names, in its country (\(country))"
            if !respelled.isEmpty { s.features["acronym_and_own_words"]! += "; read with \(respelled.joined(separator: ", ")), a listed word that sounds alike" }
            return (c.0, s, c.2)
        }
    }

    /// An academy's listed unit ("Chinese Academy of Sciences – National Time Service Center")
    /// printed by its own name alone ("Key Lab of Precise Positioning, Natl Time Serv Ctr, Xian
    /// 710600, China"), whole, three words or more, a name of its own (no other organisation's name
    /// holds its words together, and it does not begin as a generic unit's name does), in the
    /// listing's country: the listed unit, a finding (`unit_by_own_name`). "Institute of Physics"
    /// or "Institute of Computing Technology" (many academies and cities have one) stays for
    /// review.
    func unitByOwnName(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), PairScorer.isNear(c.1), prepared[c.0].listed, givesOnly(c.0, country), c.1.features["look_alike_script"] == nil,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) else { return c }
            // The listed names that are an academy's and a unit's: the unit's words after the academy's.
            let units = prepared[c.0].names.compactMap { n -> [String]? in
                guard let k = n.firstIndex(of: "science"), k >= 1, k + 3 < n.count, n[k - 1] == "academy" else { return nil }
                return Array(n[(k + 1)...])
            }
            // And the unit's words before the academy's, where the list names the academy last
            // ("Federal Research Center Pushchino Scientific Center for Biology, Russian Academy of
            // Sciences"), without the academy's country word: compared as sets without forms of
            // body's words, for such a unit's name often says "center" or "research" twice.
            // Only a unit whose words, without forms of body's, hold a word of the organisation's own
            // (six letters or more, only its names have it, not a place nor a country: "Pushchino")
            // beside no generic start: "Institute of Applied Physics, Russian Academy of Sciences"
            // names one of many institutes of applied physics, and stays for review.
            let unitsFirst = prepared[c.0].names.compactMap { n -> Set<String>? in
                guard n.count >= 5, n[n.count - 1] == "science", n[n.count - 2] == "academy" else { return nil }
                var u = Array(n.dropLast(2))
                if let last = u.last, EntityIndex.countryAdjectives[last] != nil { u.removeLast() }
                // (A form's words only before the unit's own: "Solid State Physics" is no "Solid Physics".)
                let bare = Array(u.drop { PairScorer.formWords.contains($0) })
                guard !bare.contains(where: PairScorer.formWords.contains), let first = bare.first, Set(bare).count >= 3,
                      !EntityIndex.genericUnitStarts.contains(first), first != "university", holdsDistinctiveOwnWord(bare, of: c.0) else { return nil }
                return Set(bare)
            }
            guard !units.isEmpty || !unitsFirst.isEmpty else { return c }
            // A name of its own: no other organisation's name holds its words together, and it does
            // not begin as a generic unit's does ("Institute of …", "Key Laboratory of …").
            func ownName(_ u: [String]) -> Bool {
                guard let first = u.first, !EntityIndex.genericUnitStarts.contains(first) else { return false }
                return heldOnlyHere(u)
            }
            func heldOnlyHere<S: Sequence<String>>(_ u: S) -> Bool {
                var holders: Set<Int>?
                for w in Set(u) {
                    let p = Set(postings[w] ?? [])
                    holders = holders.map { $0.intersection(p) } ?? p
                }
                return (holders ?? []).allSatisfy { entityOf[$0] == entityOf[c.0] }
            }
            func raised(_ u: [String], _ part: String) -> (Int, PairScore, String) {
                var s = c.1
                s.raiseToMatch(twoShared: true)
                s.features["unit_by_own_name"] = "the part prints the listed unit's own name (\(u.joined(separator: " "))), which no other organisation's name holds, without the academy the listing names it under, in the listing's country (\(country))"
                return (c.0, s, part)
            }
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                // (A form of body's words on either side say nothing: "Federal Research Center …"
                // is read as a form before the listed unit's own words.)
                let bare = Set(words).subtracting(PairScorer.formWords)
                if bare.count >= 3, let u = unitsFirst.first(where: { $0 == bare && heldOnlyHere($0) }) { return raised(words.filter(bare.contains), part) }
                guard words.count >= 3, Set(words).count == words.count else { continue }
                if let u = units.first(where: { $0.count == words.count && Set($0) == Set(words) && ownName($0) }) { return raised(u, part) }
            }
            return c
        }
    }

    /// A part that prints a short listed name's words with a word the name repeats only once
    /// ("Institute of Radiation Medicine, Beijing 100850" for the listed "Institute of Radiation
    /// and Radiation Medicine"): short of a match by the repetition alone, the listed institute or
    /// another academy's. For review (`repeated_word`), kept beside whatever else the line matches.
    func repeatedWord(_ candidates: [(Int, PairScore, String)]) -> [(Int, PairScore, String)] {
        guard candidates.contains(where: { repeatingNames.contains($0.0) }) else { return candidates }
        // (A part's words read once for all its candidates: many share the line's part.)
        var read: [String: Set<String>] = [:]
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), c.1.veto == nil, repeatingNames.contains(c.0) else { return c }
            let repeating = prepared[c.0].sortedNames.filter { $0.contains { $0.utf8.last == 2 } }
            for part in EntityIndex.partAndPieces(c.2) {
                let words = read[part] ?? {
                    let w = Set(scorer.comparedWords(of: part))
                    read[part] = w
                    return w
                }()
                guard let n = repeating.first(where: { Set($0.map(PairScorer.baseWord)) == words }) else { continue }
                var s = EntityIndex.forReview(c.1, "repeated_word",
                                              "the part prints the listed name's words (\(n.filter { $0.utf8.last != 2 }.joined(separator: " "))) with a word the name repeats only once: the listed organisation or another of a similar name; an analyst decides")
                s.score = max(s.score, PairScorer.near)
                return (c.0, s, part)
            }
            return c
        }
    }

    /// A part of a line and, where it holds commas or semicolons, each piece between them, once
    /// each, in a fixed order.
    static func partAndPieces(_ part: String) -> [String] {
        Set([part] + part.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }).sorted()
    }

    /// A country's adjective as the first word of an organisation's name ("Russian Aircraft
    /// Corporation MiG"), by the country; a country's own name is read by `Identifiers.countryName`.
    static let countryAdjectives: [String: String] = ["russian": "RU", "chinese": "CN", "iranian": "IR", "pakistani": "PK",
                                                      "syrian": "SY", "belarusian": "BY",
                                                      // (The lists' Korean organisations are the DPRK's. Round 36.)
                                                      "korean": "KP"]

    /// A part whose words are two names of one listing together, each of them whole ("Kanggye
    /// National Defence Coll." for the listed "National Defense College", alias "Kanggye Defense
    /// College"): the listed organisation, printed as its two names say. A finding
    /// (`two_names_in_one`) in the listing's only country, where neither name is the other's and
    /// each has a word the other lacks; not a near match a rule sent to review. (Round 26.)
    func twoNamesInOne(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), PairScorer.isNear(c.1), c.1.veto == nil, prepared[c.0].listed, givesOnly(c.0, country),
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  !EntityIndex.reviewedNearFeatures.contains(where: { c.1.features[$0] != nil }) else { return c }
            // (Names of two words or more, each once, as written: not a skeleton of look-alike
            // letters. In a fixed order, each name's words sorted once.)
            let names = Array(Set(prepared[c.0].names.indices.filter { !prepared[c.0].skeletonNames.contains($0) && prepared[c.0].names[$0].count >= 2 }
                .map { prepared[c.0].names[$0].sorted() })).sorted { $0.lexicographicallyPrecedes($1) }.map(Set.init)
            guard names.count >= 2 else { return c }
            for part in EntityIndex.partAndPieces(c.2) {
                let printed = Set(scorer.comparedWords(of: part))
                guard printed.count >= 3 else { continue }
                let within = names.filter { $0.isSubset(of: printed) }
                for (k, a) in within.enumerated() {
                    for b in within.dropFirst(k + 1) where !a.isSubset(of: b) && !b.isSubset(of: a) && a.union(b) == printed {
                        var s = c.1
                        s.raiseToMatch(twoShared: true)
                        s.features["two_names_in_one"] = "the part prints two names of the listing together (\(a.sorted().joined(separator: " ")) and \(b.sorted().joined(separator: " "))), in its country (\(country))"
                        return (c.0, s, part)
                    }
                }
            }
            return c
        }
    }

    /// A listed name that begins with its country's word, printed without it in a line of that
    /// country ("MiG Aircraft Corporation, Moscow, Russia" for the listed "Russian Aircraft
    /// Corporation MiG"): the listed organisation, where the part prints every other word of the
    /// name and nothing more, two words or more as compared (legal forms left out), one of them its
    /// own (in no listed name of another country: not "Coast Guard Academy"). A finding
    /// (`country_word_left_out`). So is one that begins with "All-" and its country's word
    /// ("All-Russia Research Institute of Radio Equipment"), printed without both.
    func countryWordLeftOut(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), PairScorer.isNear(c.1), prepared[c.0].listed, givesOnly(c.0, country), c.1.features["look_alike_script"] == nil,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) else { return c }
            // (The names first: most begin with no country's word. Then each part of the line, as
            // the near match may be of several parts together.)
            func ofCountry(_ w: String) -> Bool { (EntityIndex.countryAdjectives[w] ?? Identifiers.countryName(w)).map { Identifiers.sameCountry($0, country) } == true }
            let names = prepared[c.0].names.filter { n in n.count >= 3 && ofCountry(n[0]) }
            // (Where "All-" comes after a person's name, "Academician E.I. Zababakhin All-Russian
            // Research Institute of Technical Physics", the name without the two words. Round 45,
            // set 151.)
            let allNames: [(name: [String], at: Int)] = prepared[c.0].names.compactMap { n in
                guard n.count >= 4, let k = n.indices.dropLast().first(where: { n[$0] == "all" && ofCountry(n[$0 + 1]) }) else { return nil }
                return (n, k)
            }
            guard !names.isEmpty || !allNames.isEmpty else { return c }
            // A word of the name's own, in no other country's listings; or a subject of four words
            // or more besides the kinds of body and "research" ("Research Institute for Physical-
            // Technical and Radio Engineering Measurements" for the listed "All-Russian Research
            // Institute of Physical, Technical and Radio Engineering Measurements"), each of them in
            // other countries' listings too: so many words together name one institute. (Three, as
            // "Radio Engineering Measurements", may as well be a regional institute's.) Round 44,
            // set 146. ("Scientific" is compared as "research".)
            func ownEnough(_ rest: ArraySlice<String>) -> Bool {
                rest.contains(where: { !spreadOverCountries($0) })
                    || rest.filter({ !PairScorer.bodyWords.contains($0) && $0 != "research" }).count >= EntityIndex.subjectWordsEnough
            }
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                let printed = Set(words)
                guard printed.count >= 2, printed.count == words.count else { continue }
                for n in names where n.count == words.count + 1 {
                    let rest = n.dropFirst()
                    guard Set(rest) == printed, ownEnough(rest) else { continue }
                    var s = c.1
                    s.raiseToMatch()
                    s.features["country_word_left_out"] = "the part prints the listed name (\(n.joined(separator: " "))) without its first word, its country's (\(n[0])), in that country (\(country))"
                    return (c.0, s, part)
                }
                // (Or without "All-" and the country's word, "Radio Equipment Research Institute
                // VNIIRA" for the listed "OAO All-Russia Research Institute of Radio Equipment (JSC
                // VNIIRA)". Round 42, set 135.)
                for (n, k) in allNames where n.count == words.count + 2 {
                    let rest = ArraySlice(n[..<k] + n[(k + 2)...])
                    guard Set(rest) == printed, ownEnough(rest) else { continue }
                    var s = c.1
                    s.raiseToMatch()
                    s.features["country_word_left_out"] = k == 0
                        ? "the part prints the listed name (\(n.joined(separator: " "))) without its first two words, “\(n[0])” and its country's (\(n[1])), in that country (\(country))"
                        : "the part prints the listed name (\(n.joined(separator: " "))) without “\(n[k])” and its country's word (\(n[k + 1])), in that country (\(country))"
                    return (c.0, s, part)
                }
                // (Or with the country's name for its adjective, "Korea Committee of Space Technology"
                // for the listed "Korean Committee for Space Technology". Round 36, set 104.)
                for n in names where n.count == words.count && words[0] != n[0] && words[0].utf8.count >= 4 && n[0].hasPrefix(words[0])
                    && Identifiers.countryName(words[0]) != nil {
                    let rest = n.dropFirst()
                    // (The country is printed in the name, so its other words need not be its own.)
                    guard Set(rest) == Set(words.dropFirst()), rest.count == words.count - 1 else { continue }
                    var s = c.1
                    s.raiseToMatch()
                    s.features["country_word_left_out"] = "the part prints the listed name (\(n.joined(separator: " "))) with its country's name (\(words[0])) for its first word, the country's adjective (\(n[0])), in that country (\(country))"
                    return (c.0, s, part)
                }
            }
            return c
        }
    }

    /// A listed service school's name that begins with its service's words ("Air Force", "Army",
    /// "Navy", "Rocket Force", "PLA"), printed without them, every other word and nothing more,
    /// a mainland city among them, in the listing's only country ("Shijiazhuang Flying Academy"
    /// for the listed "Air Force Shijiazhuang Flight Academy"): the school the city names, a
    /// finding (`service_left_out`). (Three words at least after the service's, with the city:
    /// "Engineering University" alone is every service's.) Round 44, set 146.
    func serviceLeftOut(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), PairScorer.isNear(c.1), prepared[c.0].listed, givesOnly(c.0, country),
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) else { return c }
            let schools = prepared[c.0].names.compactMap { n -> (service: ArraySlice<String>, rest: ArraySlice<String>)? in
                guard let service = EntityIndex.serviceWords.first(where: { n.starts(with: $0) }) else { return nil }
                let rest = n.dropFirst(service.count)
                guard rest.count >= 3, let last = rest.last, EntityIndex.schoolWords.contains(last),
                      rest.contains(where: { $0 != "china" && EntityIndex.mainlandPlaces.contains($0) }) else { return nil }
                return (n.prefix(service.count), rest)
            }
            guard !schools.isEmpty else { return c }
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                for school in schools where words.count == school.rest.count && Set(words) == Set(school.rest) {
                    var s = c.1
                    s.raiseToMatch()
                    s.features["service_left_out"] = "the part prints the listed school's name (\((school.service + school.rest).joined(separator: " "))) without its service's words (\(school.service.joined(separator: " "))), the city that names it among its words, in the listing's country (\(country))"
                    return (c.0, s, part)
                }
            }
            return c
        }
    }

    /// The words a service school's listed name begins with (`serviceLeftOut`), as compared words.
    static let serviceWords: [[String]] = [["pla", "air", "force"], ["pla", "navy"], ["pla", "army"], ["pla", "rocket", "force"], ["air", "force"],
                                           ["rocket", "force"], ["ground", "force"], ["army"], ["navy"], ["pla"]]

    /// A school's word, the last of its name (`serviceLeftOut`).
    static let schoolWords: Set<String> = ["academy", "college", "university", "institute", "school"]

    /// How many subject words (not kinds of body, not "research") a listed name printed without
    /// its country's word must keep where none of its words is its own (`countryWordLeftOut`).
    static let subjectWordsEnough = 4

    /// A listed name of three words or more printed without its first word, every other word in
    /// its order and nothing more, one of them the listing's own (in the names of two organisations
    /// at most, no kind of body), in the listing's only country ("…, Science and Research Branch,
    /// Azad University, Iran" for the listed "Islamic Azad University (IAU)"): the listed
    /// organisation as papers print it short. A finding (`first_word_left_out`). Only a word left
    /// out that many organisations' names have ("Islamic"), never one that may say which of two is
    /// meant: a person's ("Keldysh Institute of Applied Mathematics" is not every "Institute of
    /// Applied Mathematics"), letters ("IMB FEB RAS"), a compass's, an order's or a kind's word
    /// ("South Ural State University" is not "Ural State University"), a place's, a country's
    /// (`countryWordLeftOut`); nor where another organisation's name matches the part. Round 43,
    /// set 138.
    func firstWordLeftOut(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country, candidates.contains(where: { raisable($0, country) }) else { return candidates }
        return candidates.map { c in
            guard raisable(c, country), c.1.shared >= 2 else { return c }
            let names = prepared[c.0].names.filter { n in
                n.count >= 3 && !EntityIndex.firstWordsKept.contains(n[0]) && !PairScorer.compass.contains(n[0]) && !EntityIndex.mainlandPlaces.contains(n[0])
                    && EntityIndex.countryAdjectives[n[0]] == nil && Identifiers.countryName(n[0]) == nil && !entityPlaces(c.0).contains(n[0])
                    && !PairScorer.hasDigit(n[0])
                    // (A word many organisations' names have, which says nothing of which one is
                    // meant: not a person's name, "Keldysh Institute of Applied Mathematics", nor an
                    // institute's letters, "IMB FEB RAS".)
                    && manyOrganisations(n[0])
            }
            guard !names.isEmpty else { return c }
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                guard words.count >= 2 else { continue }
                for n in names where n.count == words.count + 1 && Array(n.dropFirst()) == words {
                    // (An organisation whose name holds the whole listed name is a unit of the
                    // listing, not another that has the word: a registry's "Islamic Azad University,
                    // Tehran North Branch".)
                    let whole = Set(n)
                    func ownWord(_ w: String) -> Bool {
                        guard !PairScorer.formOfBodyWords.contains(w), !NameParts.organisationWords.contains(w),
                              let records = postings[w], records.count <= 400, records.contains(where: { entityOf[$0] == entityOf[c.0] }) else { return false }
                        var others = Set<Int>()
                        for r in records where entityOf[r] != entityOf[c.0] && !prepared[r].names.contains(where: { whole.isSubset(of: $0) }) {
                            others.insert(entityOf[r])
                            if others.count >= 2 { return false }
                        }
                        return true
                    }
                    guard let own = words.first(where: ownWord) else { continue }
                    // (Another organisation that the part names as it stands is the one meant.)
                    guard !candidates.contains(where: { $0.2 == c.2 && PairScorer.isMatch($0.1) && $0.1.veto == nil && entityOf[$0.0] != entityOf[c.0] }) else { continue }
                    var s = c.1
                    s.raiseToMatch()
                    s.features["first_word_left_out"] = "the part prints the listed name (\(n.joined(separator: " "))) without its first word (\(n[0])), with its own word \(own), in the listing's country (\(country))"
                    return (c.0, s, part)
                }
            }
            return c
        }
    }

    /// First words of a name that say which organisation of several is meant, as compared words:
    /// an order's, a kind's, an age's ("Second …", "National …", "New …").
    static let firstWordsKept: Set<String> = ["northern", "southern", "eastern", "western", "upper", "lower", "new", "old", "first", "second", "third",
                                              "greater", "national", "state", "federal", "international", "joint", "open", "public", "private",
                                              "higher", "military", "naval", "army", "air", "navy", "people", "peoples", "republic", "regional",
                                              "city", "municipal", "provincial", "general", "main", "united", "all", "inter"]

    /// The endings of surnames an organisation is named after, written in Latin letters
    /// ("Tatishchev", "Lobachevsky", "Pushkin", "Shevchenko"), as compared words.
    static let surnameEndings = ["ov", "ev", "in", "yn", "sky", "skiy", "skii", "ich", "ko", "enko"]

    /// A listed name of three words or more printed with one word before it, and nothing more: a
    /// word no other organisation's name has (a person's name the organisation is named after, as
    /// papers print it before the name), one of the listed words the listing's own, in the
    /// listing's only country ("Tatishchev Astrakhan State University, Astrakhan, Russia" for the
    /// listed "Astrakhan State University"). A finding (`eponym_before_name`). Only a word that
    /// ends as a surname does (`surnameEndings`); not a compass's, a place's, a country's or a
    /// kind's word, nor one of an order ("Northern …", "New …").
    /// Round 43, set 139.
    func eponymBeforeName(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country, candidates.contains(where: { raisable($0, country) }) else { return candidates }
        return candidates.map { c in
            guard raisable(c, country), c.1.shared >= 3 else { return c }
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                guard words.count >= 4, let w = words.first, w.utf8.count >= 4, w.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
                      !EntityIndex.firstWordsKept.contains(w), !PairScorer.compass.contains(w), !EntityIndex.mainlandPlaces.contains(w),
                      !EntityIndex.regionWords.contains(w), EntityIndex.countryAdjectives[w] == nil, Identifiers.countryName(w) == nil,
                      !PairScorer.formOfBodyWords.contains(w), !NameParts.organisationWords.contains(w),
                      (postings[w] ?? []).isEmpty, !entityPlaces(c.0).contains(w) else { continue }
                // (Nor a place the line prints as a part of its own: "Tula … Plant, Tula 300001".)
                guard !q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).contains(where: { p in
                    p.utf8.count < 60 && scorer.comparedWords(of: String(p)).contains(w) && Text.trimmed(String(p)) != c.2 }) else { continue }
                // (Printed with a capital, as a name is, and ending as a surname does: a place before a
                // listed name is for review, `place_before_name`, and "Takestan Islamic Azad
                // University", a branch in a town, is read so.)
                guard part.split(separator: " ").first?.first?.isUppercase == true, EntityIndex.surnameEndings.contains(where: { w.hasSuffix($0) }) else { continue }
                let rest = Array(words.dropFirst())
                guard prepared[c.0].names.contains(rest), let own = rest.first(where: { !PairScorer.formOfBodyWords.contains($0) && !NameParts.organisationWords.contains($0) && fewOrganisations($0) })
                else { continue }
                guard !candidates.contains(where: { $0.2 == c.2 && PairScorer.isMatch($0.1) && $0.1.veto == nil && entityOf[$0.0] != entityOf[c.0] }) else { continue }
                var s = c.1
                s.raiseToMatch()
                s.features["eponym_before_name"] = "the part prints the listed name (\(rest.joined(separator: " "))) with one word before it (\(w)) that no other organisation's name has, a person's it is named after, with its own word \(own), in the listing's country (\(country))"
                return (c.0, s, part)
            }
            return c
        }
    }

    /// A part that prints, among other words, a listed name that is one coined word of capitals
    /// and small letters (three capitals at least, one after a small letter or another capital
    /// inside the word: a Russian institute's letters and a word of its name), which no other
    /// organisation's name has, in the listing's only country ("State Research Institute of
    /// Chemical Analytical Technologies GosNIIkhimanalit, St Petersburg, Russia" for the listed
    /// "OAO GosNIIkhimanalit"): the institute's own name, with its name translated beside it. No
    /// person's or place's name is written so. A finding (`coined_name_within`). Round 43, set 138.
    func coinedNameWithin(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        // (The line's coined words first, once: most lines have none.)
        guard let country, q.name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
            .contains(where: { $0.utf8.count >= EntityIndex.ownWordLetters && EntityIndex.isCoinedWord($0) }) else { return candidates }
        return candidates.map { c in
            // (Near or not: the name translated beside it may share no other word with the listed
            // one. Not a candidate a rule demoted or gave look-alike letters.)
            guard !PairScorer.isMatch(c.1), c.1.veto == nil, prepared[c.0].listed, givesOnly(c.0, country), c.1.features["look_alike_script"] == nil,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }), c.2.contains(" ") else { return c }
            for printed in c.2.split(separator: " ") where printed.utf8.count >= EntityIndex.ownWordLetters && EntityIndex.isCoinedWord(printed) {
                let words = scorer.comparedWords(of: String(printed))
                guard words.count == 1, let w = words.first, prepared[c.0].names.contains([w]),
                      (postings[w] ?? []).allSatisfy({ entityOf[$0] == entityOf[c.0] }) else { continue }
                var s = c.1
                s.raiseToMatch()
                s.features["one_rare_word"] = nil
                s.features["coined_name_within"] = "the part prints \(printed), a listed name of the organisation in one coined word of capitals and small letters that no other organisation's name has, in the listing's country (\(country))"
                return (c.0, s, c.2)
            }
            return c
        }
    }

    /// True when a word of Latin letters has three capitals or more, one of them inside the word
    /// after another capital, and small letters too ("GosNIIkhimanalit", "NIIgazekonomika"; not
    /// "Novosibirsk", "KwaZulu", "NIIP").
    static func isCoinedWord(_ word: Substring) -> Bool {
        var capitals = 0, small = 0, pair = false, last: UInt8 = 0
        for b in word.utf8 {
            let capital = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"), smallLetter = b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")
            guard capital || smallLetter else { return false }
            if capital { capitals += 1; if last >= UInt8(ascii: "A") && last <= UInt8(ascii: "Z") { pair = true } } else { small += 1 }
            last = b
        }
        return capitals >= 3 && pair && small >= 3
    }

    /// A listed name with a number, printed with "Central" too ("33rd Central Sci. Research &
    /// Testing Inst." for the listed "33rd Scientific Research and Testing Institute": ЦНИИИ, a
    /// central research institute, is its name in Russian), every other word and nothing more, in
    /// the listing's only country: the numbered institute, a finding (`central_left_out`). (Round 27.)
    func centralLeftOut(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), PairScorer.isNear(c.1), prepared[c.0].listed, givesOnly(c.0, country),
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) else { return c }
            // (A name of a word besides its number and kind of body: "14th Research Institute" alone
            // is one of two series, central and not.)
            let names = prepared[c.0].names.filter { n in n.count >= 3 && n.contains(where: PairScorer.hasDigit) && !n.contains("central")
                && n.contains(where: { !PairScorer.hasDigit($0) && !PairScorer.formOfBodyWords.contains($0) && !EntityIndex.kindWords.contains($0) }) }
            guard !names.isEmpty else { return c }
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                guard words.filter({ $0 == "central" }).count == 1 else { continue }
                let rest = words.filter { $0 != "central" }
                for n in names where n.count == rest.count && Set(n) == Set(rest) {
                    var s = c.1
                    s.raiseToMatch()
                    s.features["central_left_out"] = "the part prints the listed numbered name (\(n.joined(separator: " "))) and “central”, which the listed name leaves out, and nothing more, in the listing's country (\(country))"
                    return (c.0, s, part)
                }
            }
            return c
        }
    }

    /// True when `c` is a near match of a listing, not vetoed, nor demoted or sent to review by a
    /// rule, nor of look-alike letters, and the listing's organisation is of `country` only: what the
    /// rules that raise a near match to a finding by the words it leaves out read.
    func raisable(_ c: (Int, PairScore, String), _ country: String) -> Bool {
        !PairScorer.isMatch(c.1) && PairScorer.isNear(c.1) && c.1.veto == nil && prepared[c.0].listed && givesOnly(c.0, country)
            && c.1.features["look_alike_script"] == nil
            && !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil })
            && !EntityIndex.reviewedNearFeatures.contains(where: { c.1.features[$0] != nil })
    }

    /// Record `i`'s names as compared, without those that are only a skeleton of look-alike letters.
    func writtenNames(_ i: Int) -> [[String]] {
        prepared[i].names.indices.filter { !prepared[i].skeletonNames.contains($0) }.map { prepared[i].names[$0] }
    }

    /// A listed name printed without its word of status, "State" or "Federal" ("Vympel Design
    /// Bureau, Moscow, Russia" for the listed `"Vympel" State Engineering Design Bureau JSC`): the
    /// listed organisation, where the part prints every other word of the name and nothing more,
    /// one of them a word of five letters or more that only that organisation's names have, in the
    /// listing's only country. A finding (`status_left_out`). (Not "National": China's state key
    /// laboratories and national centres have namesakes of a province or a ministry without it.)
    /// (Round 37, set 106.)
    func statusLeftOut(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            guard raisable(c, country) else { return c }
            let names = writtenNames(c.0)
                .filter { n in n.contains(where: EntityIndex.leftOutStatus.contains) }
            guard !names.isEmpty else { return c }
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                let printed = Set(words)
                guard printed.count >= 2, printed.count == words.count,
                      let own = words.first(where: { w in w.utf8.count >= 5 && !EntityIndex.kindWords.contains(w)
                          && postings[w].map { !$0.isEmpty && $0.allSatisfy { entityOf[$0] == entityOf[c.0] } } == true }) else { continue }
                for n in names where Set(n).subtracting(printed).isSubset(of: EntityIndex.leftOutStatus) && printed.isSubset(of: Set(n)) && n.count > words.count {
                    var s = c.1
                    s.raiseToMatch()
                    s.features["status_left_out"] = "the part prints the listed name (\(n.joined(separator: " "))) without its word of status, and its own word \(own), which no other organisation's name has, in the listing's country (\(country))"
                    return (c.0, s, part)
                }
            }
            return c
        }
    }

    /// A part that is a listed name's whole own name, its words beside forms of body and enterprise,
    /// and nothing the name lacks ("Temp-Avia Arzamas, Russia" for the listed
    /// `"Temp-Avia" Arzamas Research and Production Association JSC`): the listed organisation, where
    /// those words together are in no other organisation's names, in the listing's only country. A
    /// finding (`whole_own_name`). (Two words at least: one word is read by the rules of a word of a
    /// listing's own. The listing's quoted name among them.) (Round 37, set 107.)
    func wholeOwnName(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            guard raisable(c, country) else { return c }
            let quoted = ([records[c.0].name] + records[c.0].aliases).flatMap(quotedWords)
            guard !quoted.isEmpty else { return c }
            let names = writtenNames(c.0)
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                let own = PairScorer.ownName(words)
                guard own.count >= 2, Set(own).count == own.count, own.contains(where: { $0.utf8.count >= 4 && !PairScorer.hasDigit($0) }) else { continue }
                // (Or with kinds' words the name lacks, where the own name is two words or more:
                // "OKB Iskra named after I. I. Kartukov" for the listed "«Iskra» Engineering Design
                // Bureau JSC named after I.I. Kartukov", the company and its eponym. Round 45, set 154.)
                // (The name's kinds' words and a person's initials are no own words there.)
                guard let n = names.first(where: { n in (Set(PairScorer.ownName(n)) == Set(own) && Set(words).isSubset(of: Set(n)))
                    || (own.count >= 2 && Set(PairScorer.ownName(n)).filter({ !EntityIndex.kindWords.contains($0) && $0.utf8.count > 2 }) == Set(own)
                        && Set(words).subtracting(n).allSatisfy { EntityIndex.kindWords.contains($0) || $0.utf8.count <= 2 }) }) else { continue }
                // (Words the list marks as the company's own, in quotation marks, among them: a name
                // of generic words, "Precision Systems", is many companies'.)
                guard quoted.contains(where: { !$0.isEmpty && Set($0).isSubset(of: Set(own)) }) else { continue }
                // (Those words together in this organisation's names only.)
                var together = Set(postings[own[0]] ?? [])
                for w in own.dropFirst() { together.formIntersection(postings[w] ?? []) }
                guard !together.isEmpty, together.allSatisfy({ entityOf[$0] == entityOf[c.0] }) else { continue }
                var s = c.1
                s.raiseToMatch()
                let extra = Set(words).subtracting(n).sorted()
                s.features["whole_own_name"] = "the part prints the listed name's whole own name (\(own.joined(separator: " "))) and nothing the name (\(n.joined(separator: " "))) lacks\(extra.isEmpty ? "" : " but a kind's words or initials (\(extra.joined(separator: " ")))"), in the listing's country (\(country)), and no other organisation's names have those words together"
                return (c.0, s, part)
            }
            return c
        }
    }

    /// A name of a listed organisation printed whole, a word of it the organisation's own (in no
    /// other organisation's names), with nothing beside it but words of another name of the same
    /// listing, in the listing's country: "JSC Research and Production Corporation KBM, Kolomna,
    /// Russia" prints "KBM Kolomna", a name rsdd's table gives the listed "Joint Stock Company
    /// Research and Production Corporation Konstruktorskoye Byuro Mashynostroyeniya", with that
    /// listed name's "Research and Production". A finding (`name_with_its_words`). (The words
    /// beside only dilute the share; none is another organisation's.) Round 45, set 151.
    func nameWithItsWords(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            // (Not a listing read with letters and words put for each other: that reading says why
            // it stays for review, `letters_for_words`.)
            guard raisable(c, country), c.1.features["letters_for_words"] == nil, c.1.features["expanded"] == nil else { return c }
            let names = writtenNames(c.0)
            let places = entityPlaces(c.0)
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                let printed = Set(words)
                guard printed.count == words.count, printed.count >= 3 else { continue }
                for n in names where n.count >= 2 && Set(n).count == n.count && Set(n).isSubset(of: printed) {
                    let beside = printed.subtracting(n)
                    guard !beside.isEmpty, n.contains(where: { w in w.utf8.count >= 3 && ownWord(w, of: c.0) && !PairScorer.hasDigit(w)
                              && Identifiers.countryName(w) == nil && !EntityIndex.mainlandPlaces.contains(w) && !places.contains(w) }),
                          let other = names.first(where: { $0 != n && beside.isSubset(of: Set($0)) }) else { continue }
                    var s = c.1
                    s.raiseToMatch()
                    s.features["name_with_its_words"] = "the part prints a name of the listing whole (\(n.joined(separator: " "))), with a word no other organisation's names have, and beside it only words of another name of the listing (\(other.joined(separator: " "))), in the listing's country (\(country))"
                    return (c.0, s, part)
                }
            }
            return c
        }
    }

    /// Words of status a part may leave out of a listed name (`statusLeftOut`).
    static let leftOutStatus: Set<String> = ["state", "federal"]

    /// A listed numbered unit of a ministry ("27th Scientific Center of the Russian Ministry of
    /// Defense"; "… 27 Scientific Center of the Ministry of Defense of the Russian Federation")
    /// printed as its number and kind of body alone ("27th Scientific Centre, Moscow, Russia"):
    /// the listed unit, in the listing's only country, where no other organisation's listed name
    /// has that number with those words. A finding (`ministry_left_out`). (Not a unit of an
    /// academy or a group: they reuse numbers, "the 14th Institute" of several.) (Round 37, set 106.)
    func ministryLeftOut(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            guard raisable(c, country) else { return c }
            // (Each listed name that is a number and kinds of body, after forms of body, then "of
            // the" a ministry.)
            var heads: [Set<String>] = []
            for name in [records[c.0].name] + records[c.0].aliases {
                guard let r = name.range(of: " of the ", options: .caseInsensitive),
                      scorer.comparedWords(of: String(name[r.upperBound...])).contains("ministry") else { continue }
                var head = scorer.comparedWords(of: String(name[..<r.lowerBound]))
                while let f = head.first, PairScorer.formWords.contains(f) { head.removeFirst() }
                guard head.count >= 2, head.filter(PairScorer.hasDigit).count == 1,
                      head.allSatisfy({ PairScorer.hasDigit($0) || PairScorer.formOfBodyWords.contains($0) || EntityIndex.kindWords.contains($0) }) else { continue }
                heads.append(Set(head))
            }
            guard !heads.isEmpty else { return c }
            for part in EntityIndex.partAndPieces(c.2) {
                let words = scorer.comparedWords(of: part)
                let printed = Set(words)
                guard printed.count == words.count, let head = heads.first(where: { $0 == printed }),
                      let number = words.first(where: PairScorer.hasDigit) else { continue }
                // (No other organisation's listed name with that number and those words.)
                let others = (postings[number] ?? []).filter { entityOf[$0] != entityOf[c.0] && prepared[$0].listed }
                guard !others.contains(where: { o in prepared[o].names.contains { head.isSubset(of: Set($0)) } }) else { continue }
                var s = c.1
                s.raiseToMatch()
                s.features["ministry_left_out"] = "the part prints the listed unit's number and kind (\(words.joined(separator: " "))) without the ministry it is of, in the listing's country (\(country)), and no other organisation's listed name has them"
                return (c.0, s, part)
            }
            return c
        }
    }

    /// A listed company's name of generic words only ("Engineering Center Ltd.": each word in
    /// listed names of two countries or more) printed without its legal form as the first part of
    /// an affiliation that goes on with another organisation's name ("Engineering Centre, MiG
    /// Aircraft Corporation, Moscow"): most likely a unit of that organisation, not the listed
    /// company. For review (`generic_unit`), never silence.
    func genericUnit(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)]) -> [(Int, PairScore, String)] {
        guard q.countryFromName, q.name.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }),
              candidates.contains(where: { PairScorer.isMatch($0.1) && prepared[$0.0].listed }) else { return candidates }
        // (The line's first affiliation: what follows a semicolon is another.)
        let first = q.name.split(separator: ";").first.map(String.init) ?? q.name
        let cut = first.split(separator: ",").map { Text.trimmed(String($0)) }.filter { !$0.isEmpty }
        guard cut.count >= 2 else { return candidates }
        // A later part that names an organisation: two words or more, one a kind of body or a legal
        // form ("… Corporation", which the compared words leave out), no number.
        guard let host = cut.dropFirst().first(where: { p in
            guard !p.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
            let w = p.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: EntityIndex.wordEdges) }
            // (And a word of its own: "Joint Stock Company" alone is a legal form, no organisation.)
            return w.count >= 2 && w.contains(where: { PairScorer.bodyWords.contains(PairScorer.fold($0)) || NameNormaliser.legalForms.contains($0) })
                && { let c = scorer.comparedWords(of: p)
                     return c.contains { !PairScorer.bodyWords.contains($0) && !EntityIndex.formLetters.contains($0) } && !PairScorer.isOnlyAForm(c) }()
        }) else { return candidates }
        let hostWords = Set(scorer.comparedWords(of: host))
        // The entities another listing of which the host part names ("Technology Center, OAO
        // Angstrem, Zelenograd": Angstrem).
        let hostEntities = Set(candidates.filter { PairScorer.isMatch($0.1) && prepared[$0.0].listed && ($0.2 == host || $0.2.hasPrefix(host + ",")) }.map { entityOf[$0.0] })
        return candidates.map { c in
            // (A company's: a listed unit of generic name, "Electronics Institute" of the Syrian
            // research centre, is printed before its parent as any unit is. Or a listing's that
            // the part names without the form of body every name of it has, where the host is
            // another listed organisation: "Technology Center, OAO Angstrem" is most likely
            // Angstrem's centre, not the listed "… Research and Production Complex Technology
            // Center" in the same town.)
            guard PairScorer.isMatch(c.1), prepared[c.0].listed, c.2 == cut[0], c.1.features["printed_acronym"] == nil,
                  listedEntities[entityOf[c.0]]?.company == true
                    || (!hostEntities.subtracting([entityOf[c.0]]).isEmpty && !namesAsWritten(c.0, scorer.comparedWords(of: c.2))),
                  !NameNormaliser.legalFormsIn(c.2) else { return c }
            // (Not a listing that names the unit at that host: "… Laboratory of Electronic
            // Measurement Technology at North University of China".)
            let words = scorer.comparedWords(of: c.2)
            guard !words.isEmpty, words.allSatisfy(spreadOverCountries), let closest = closestName(c.0, to: Set(words)),
                  closest.allSatisfy(spreadOverCountries), !prepared[c.0].tokens.contains(where: hostWords.contains) else { return c }
            return (c.0, EntityIndex.forReview(c.1, "generic_unit",
                                               "the part (\(c.2)) is a listed name of generic words only, printed before another organisation's name (\(host)): most likely a unit of that one; an analyst decides"), c.2)
        }
    }

    /// True when a name or alias of record `i`'s organisation, as written (no form of body left
    /// out), is `words`.
    func namesAsWritten(_ i: Int, _ words: [String]) -> Bool {
        members[entityOf[i]].contains { m in
            ([records[m].name] + records[m].aliases).flatMap { NameParts.split($0) }.contains { scorer.comparedWords(of: $0.text) == words }
        }
    }

    /// A part that is a listed name with a place of the listing's own address in it ("A.W.C. (Air
    /// Weapons Complex) Wah, Punjab, Pakistan" for the listed "Air Weapons Complex (AWC)" of "…,
    /// Wah Cantt, Punjab, PK"), its acronym beside it or not, in the listing's only country: the
    /// listed organisation at its own address, a finding (`place_of_address`). As `placedUnit`'s
    /// `place_prefix`: not a name that names a unit ("Institute of Physics").
    func nameAtItsPlace(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard let country else { return candidates }
        guard candidates.contains(where: { !PairScorer.isMatch($0.1) && PairScorer.isNear($0.1) && prepared[$0.0].listed }) else { return candidates }
        var read: [String: [String]] = [:]
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), PairScorer.isNear(c.1), c.1.veto == nil, prepared[c.0].listed, givesOnly(c.0, country),
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }), c.1.features["acronym_only"] == nil else { return c }
            let letters = Set(prepared[c.0].acronyms.map { $0.lowercased() })
            // (Dotted letters as the letters: "A.W.C.".)
            let all = read[c.2] ?? scorer.comparedWords(of: NameNormaliser.joiningDottedLetters(c.2))
            read[c.2] = all
            let words = all.filter { !letters.contains($0) }
            // (The words no name of the listing has must all be places of its address: looked up
            // only then.)
            let unnamed = words.filter { !prepared[c.0].tokens.contains($0) }
            guard !unnamed.isEmpty, words.count - unnamed.count >= 2 else { return c }
            let places = entityPlaces(c.0)
            guard unnamed.allSatisfy(places.contains) else { return c }
            let named = words.filter { !places.contains($0) }
            guard named.count >= 2 else { return c }
            guard let n = wholeName(c.0, equalTo: Set(named), atLeast: 2) else { return c }
            var s = c.1
            s.raiseToMatch(twoShared: true)
            s.features["place_of_address"] = "the part is the listed name (\(n.joined(separator: " "))) with \(words.filter(places.contains).joined(separator: " ")), a place of the listed organisation's address, in its country (\(country))"
            return (c.0, s, c.2)
        }
    }

    /// The words of a numbered unit's kind, in `groupNumberedUnit`.
    static let numberedKinds: Set<String> = ["institute", "academy", "research", "center", "plant", "factory", "bureau"]

    /// A part that is a state group's letters (in capitals), a unit's number and what kind of unit
    /// it is, and nothing else ("CETC 54th Inst.", "AVIC 613 Institute"), for a listed unit of that
    /// number and kind whose organisation gives the group's letters (as its own or its parent's): the group's
    /// numbered unit, a finding (`group_numbered_unit`). Another number is another unit; the same
    /// number of another group, or of a unit of another kind (an academy, an institute), stays apart.
    func groupNumberedUnit(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        // (A line without a digit and three capitals in a row, as a group's letters are printed, has
        // no such part: told once, from its bytes.)
        var digit = false, run = 0, capitals = false
        for b in q.name.utf8 {
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { digit = true }
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { run += 1; if run >= 3 { capitals = true } } else { run = 0 }
        }
        guard digit && capitals else { return candidates }
        var read: [String: (group: String, number: String, kind: Set<String>)?] = [:]
        let printed = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }
        func numbered(_ part: String) -> (group: String, number: String, kind: Set<String>)? {
            if let r = read[part] { return r }
            // (A part without a group's letters is none: told from its words as printed, before
            // the work of comparing them. Most parts with a digit hold a postcode.)
            guard part.split(whereSeparator: { !$0.isLetter }).contains(where: { $0.count >= 3 && $0.count <= 7 && PairScorer.groupPrefixes.contains($0.lowercased()) }) else {
                read[part] = .some(nil)
                return nil
            }
            let words = scorer.comparedWords(of: part)
            let groups = words.filter(PairScorer.groupPrefixes.contains)
            let numbers = words.filter { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
            let rest = Set(words.filter { !PairScorer.groupPrefixes.contains($0) && !($0.allSatisfy(\.isNumber)) })
            let r = groups.count == 1 && numbers.count == 1 && !rest.isEmpty && rest.isSubset(of: EntityIndex.numberedKinds) && rest != ["research"]
                ? (groups[0], numbers[0], rest) : nil
            read[part] = .some(r)
            return r
        }
        return candidates.map { c in
            guard !PairScorer.isMatch(c.1), c.1.veto == nil, prepared[c.0].listed, country.map({ countryIsListings(c.0, $0) }) ?? true,
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }),
                  c.2.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                  // (Or the line's part that prints the group's letters before it: "CASC 771 Institute",
                  // read as "771 Institute" too. Round 36, set 99.)
                  let p = numbered(c.2) ?? printed.first(where: { $0.hasSuffix(" " + c.2) }).flatMap(numbered) else { return c }
            // (A name of the listing with that number and that kind of unit, and nothing else of a unit's: "54th
            // Research Institute of China", not "… 1st Academy 12 Research Institute".)
            let unitKinds: Set<String> = ["institute", "academy", "center", "plant", "factory", "bureau"]
            // (Or a number of three digits, which the group gives one unit of all its academies, last
            // in the name and followed by that kind of unit alone: "CASC 771 Institute" for "… 9th
            // Academy 771 Research Institute". Round 36, set 99.)
            guard prepared[c.0].names.contains(where: { n in
                let numbers = n.filter { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
                if numbers == [p.number] && Set(n.filter(unitKinds.contains)) == p.kind.intersection(unitKinds) { return true }
                guard p.number.count >= 3, numbers.last == p.number, let at = n.lastIndex(of: p.number) else { return false }
                let tail = n[(at + 1)...]
                return !tail.isEmpty && tail.allSatisfy(EntityIndex.numberedKinds.contains) && Set(tail.filter(unitKinds.contains)) == p.kind.intersection(unitKinds)
            }) else { return c }
            let letters = p.group.uppercased()
            guard members[entityOf[c.0]].contains(where: { prepared[$0].acronyms.contains(letters) || parentsAcronyms($0).contains(letters)
                || prepared[$0].names.contains { $0.contains(p.group) } }) else { return c }
            var s = c.1
            s.raiseToMatch(twoShared: true, pastLetters: true)
            s.features["group_numbered_unit"] = "the part (\(c.2)) is the group's letters (\(letters)), the unit's number (\(p.number)) and its kind, as a name of the listing gives them"
            return (c.0, s, c.2)
        }
    }

    /// A name of record `i` (not a skeleton of one) whose words are `words`, of `atLeast` words,
    /// that names no unit ("Institute of Physics") nor a unit under its parent: the whole
    /// organisation, for `placedUnit`'s `place_prefix` and `nameAtItsPlace`.
    func wholeName(_ i: Int, equalTo words: Set<String>, atLeast: Int, where test: ([String]) -> Bool = { _ in true }) -> [String]? {
        prepared[i].names.enumerated().first(where: { k, n in
            !prepared[i].skeletonNames.contains(k) && n.count >= atLeast && Set(n) == words && test(n)
                && !n.contains(where: EntityIndex.unitWords.contains) && !(unitNamesOf[i] ?? []).contains { Set($0) == Set(n) }
        })?.element
    }

    /// True when `w` is a word of record `i`'s organisation's own: one or two records' names have
    /// it, all of that organisation ("Iskra", "Almaz"; not "Design", "Mechanical").
    func ownWord(_ w: String, of i: Int) -> Bool {
        guard let list = postings[w], list.count <= 2 else { return false }
        return list.allSatisfy { entityOf[$0] == entityOf[i] }
    }

    /// True when `words` hold a word of record `i`'s organisation's own that names it rather than
    /// where it is: six letters or more (`ownWord`), no number, not a country's name, not a
    /// mainland city, not only places of its address.
    func holdsDistinctiveOwnWord<S: Sequence<String>>(_ words: S, of i: Int) -> Bool {
        let own = Set(words.filter { w in
            w.utf8.count >= 6 && ownWord(w, of: i) && !PairScorer.hasDigit(w) && Identifiers.countryName(w) == nil
                && !EntityIndex.mainlandPlaces.contains(w)
        })
        return !own.isEmpty && !own.isSubset(of: entityPlaces(i))
    }

    /// The first words of a generic unit's name ("Institute of …", "Key Laboratory of …"): a unit
    /// named so is one of many, never a name of its own.
    static let genericUnitStarts: Set<String> = ["institute", "laboratory", "lab", "key", "school", "college", "department", "center"]

    /// The words of the places the addresses of record `i`'s organisation give.
    func entityPlaces(_ i: Int) -> Set<String> {
        Set(members[entityOf[i]].flatMap { records[$0].places }.flatMap { scorer.comparedWords(of: $0) })
    }

    /// The names of a record that name a unit under its parent: what follows ", " or a spaced
    /// dash in a written name, when it begins as a unit's name does ("… Sciences, Institute of
    /// Microbiology and Epidemiology"), as compared words.
    static func unitNames(_ r: Record, _ scorer: PairScorer) -> [[String]] {
        ([r.name] + r.aliases).flatMap { written -> [[String]] in
            var out: [[String]] = []
            for separator in [", ", " – ", " — ", " - "] {
                var rest = written[...]
                while let r = rest.range(of: separator) {
                    let tail = rest[r.upperBound...]
                    if r.lowerBound > rest.startIndex, NameParts.startsWithUnit(tail) {
                        let unit = tail.prefix { $0 != "," && $0 != "(" && $0 != "（" && $0 != "\n" }
                        out.append(scorer.comparedWords(of: String(unit)))
                    }
                    rest = tail
                }
            }
            return out
        }
    }

    /// `s` short of a match, for review, with why: still a near match (two shared words at least),
    /// so that no filter of near matches can take it for nothing.
    static func forReview(_ s: PairScore, _ feature: String, _ why: String) -> PairScore {
        var s = s
        s.score = min(s.score, PairScorer.match - 0.01)
        s.words = min(s.words, PairScorer.match - 0.01)
        s.shared = max(s.shared, 2)
        s.features[feature] = why
        return s
    }

    /// The name of record `i` that holds the most of `words`, the shorter of two that hold as many.
    func closestName(_ i: Int, to words: Set<String>) -> [String]? {
        prepared[i].names.filter { !$0.isEmpty }.max { a, b in
            (a.filter(words.contains).count, -a.count) < (b.filter(words.contains).count, -b.count)
        }
    }

    /// True when listed organisations of two countries or more (Hong Kong and Macao counting as
    /// China) have `word` in their names: a kind of body or a field ("institute", "physics"), not
    /// a place ("Moscow", "Southwest").
    func spreadOverCountries(_ word: String) -> Bool {
        // Every pair of the countries, not each against the first: a contested region is the same
        // country as either of two that are not the same as each other (UA-43 is UA and RU), so the
        // answer must not depend on which listing came first.
        var seen: [String] = []
        for i in postings[word] ?? [] where prepared[i].listed {
            for c in prepared[i].country.map({ [$0] }) ?? entityCountries[entityOf[i]] ?? [] where !seen.contains(c) {
                if seen.contains(where: { !Identifiers.sameCountry($0, c) }) { return true }
                seen.append(c)
            }
        }
        return false
    }

    /// A listing whose organisation gives no country in any row (the 1286 list's rows of
    /// 2022–2024 for an organisation no later row names), matched by a name whose every word
    /// listed organisations of two countries or more use ("Institute of High Energy Physics": a
    /// dozen countries have one; "Moscow … Institute" names a place), from a line or a tie that
    /// gives a country its list names for none of its listings (the 1286 list names China and
    /// Russia, never Austria): the listing cannot say whether that is its country. For review,
    /// never a finding, and never dropped for a registry organisation the line also names.
    func countryless(_ candidates: [(Int, PairScore, String)], country: String?) -> [(Int, PairScore, String)] {
        guard country != nil else { return candidates }
        guard candidates.contains(where: { PairScorer.isMatch($0.1) && prepared[$0.0].listed }) else { return candidates }
        return candidates.map { c in
            guard PairScorer.isMatch(c.1), prepared[c.0].listed, c.1.features["printed_acronym"] == nil, c.1.features["lab_at_host"] == nil,
                  members[entityOf[c.0]].allSatisfy({ prepared[$0].country == nil }), (entityCountries[entityOf[c.0]] ?? []).isEmpty,
                  // A country the listing's own list names for its other listings: most likely its own.
                  !listNames(c.0, country!)
            else { return c }
            guard let closest = closestName(c.0, to: Set(scorer.comparedWords(of: c.2))), closest.allSatisfy(spreadOverCountries) else { return c }
            return (c.0, EntityIndex.forReview(c.1, "countryless_generic",
                                               "no row of the listing gives a country, and its name (\(closest.joined(separator: " "))) has no word of its own: whether the line's organisation (\(country!)) is the listed one, an analyst decides"), c.2)
        }
    }

    /// Words a listed name may lose in print without naming another organisation ("… of Marine
    /// Sciences and Technologies" is printed "Marine Science University").
    static let unneeded: Set<String> = ["research", "national", "state", "federal", "people", "republic", "university", "college",
                                        "science", "technology"]

    /// A word in at least this many records' names says what an organisation does, not which one it is.
    static let subjectWord = 5

    func listings(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], country: String?) -> [RecordHit] {
        var best: [Int: (Int, PairScore, String)] = [:]
        var normalised = NormalisedParts(scorer.normaliser)
        // A conflicting country vetoes at the level of the organisation: the 1286 list's rows of
        // 2022–2024 give none, its 2025 row does, and all are one entity.
        for (i, s, part) in candidates where PairScorer.isMatch(s) && !otherCountry(i, country)
            // (A part of words joined by a dash, a group's letters and the company's own name,
            // "ODK-Aviadvigatel", is no place's or subject's word: `company_own_name` read it. Nor
            // are initials read with a word of the listing's own elsewhere on the line.)
            && (!isOneWordPart(part, of: q) || s.features["printed_acronym"] != nil || s.features["postcode"] != nil || s.features["company_own_name"] != nil
                || s.features["initials_and_own_word"] != nil || s.features["acronym_at_address"] != nil || s.features["initials_at_city"] != nil || s.features["own_name_at_city"] != nil) {
            let e = entityOf[i]
            // Equal scores: the listing itself before a registry organisation of the same entity
            // (a tie naming the listing directly needs no registry as evidence).
            if let b = best[e], (b.1.score, b.1.words, prepared[b.0].listed ? 1 : 0, records[b.0].key) >= (s.score, s.words, prepared[i].listed ? 1 : 0, records[i].key) { continue }
            best[e] = (i, s, part)
        }
        // Entities that hold a unit's listing (`NameParts.family`): every part of the line that
        // reached them, by which record. Whether the line names the unit or only its parent is
        // decided on all of them, never on the one part that scored best.
        var reached: [Int: [(record: Int, part: String, score: Double)]] = [:]
        if families.any {
            for (i, s, part) in candidates where PairScorer.isMatch(s) && best[entityOf[i]] != nil && members[entityOf[i]].contains(where: { families.parent[$0] != nil }) {
                reached[entityOf[i], default: []].append((i, part, s.score))
            }
        }
        var partWords: [String: Set<String>] = [:]
        func words(_ part: String) -> Set<String> {
            if let w = partWords[part] { return w }
            let w = Set(scorer.comparedWords(of: part))
            partWords[part] = w
            return w
        }
        // True when `part` holds no word but those of unit listing `j`'s parent.
        func parentOnly(_ j: Int, _ part: String) -> Bool { families.parent[j].map { words(part).isSubset(of: $0) } ?? false }
        // True when `part`, which reached `j`, names `j`'s unit: not only its parent's words, and a
        // word of the unit's own ("PAEC, and subordinate entity NILOP" as a whole reaches the row of
        // PAEC's PINSTECH by the words they share, and does not name PINSTECH).
        func namesUnit(_ j: Int, _ part: String) -> Bool {
            !parentOnly(j, part) && (families.own[j].map { !words(part).isDisjoint(with: $0) } ?? true)
        }
        // A name that a unit's listing and its parent's both give names the parent: METI gives the
        // CASIC 3rd Academy's other name ("China Haiying Electro-Mechanical Technology Academy") as a
        // name of the academy's 31st institute too. The unit's entity is not cited for it: where
        // every part that reached it reached it by such a name (an alias, not the name the listing
        // gives first), and reached a listing of the parent as well, at least as strongly.
        var dropped: [Int] = []
        for (e, parts) in reached.sorted(by: { $0.key < $1.key }) {
            let parents = members[e].compactMap { families.parent[$0] }
            let byParentsName = parts.allSatisfy { r in
                prepared[r.record].listed && families.parent[r.record] == nil && !words(r.part).isSubset(of: families.words[r.record] ?? [])
                    && candidates.contains { k, sk, pk in
                        pk == r.part && entityOf[k] != e && PairScorer.isMatch(sk) && sk.score >= r.score
                            && families.words[k].map { w in parents.contains { w.isSubset(of: $0) } } ?? false
                    }
            }
            if byParentsName { dropped.append(e) }
        }
        for e in dropped { best[e] = nil }
        var hits: [Int: RecordHit] = [:]
        func add(_ j: Int, _ e: Int, _ s: PairScore, matched i: Int, part: String, path: [String], through: [Int]) {
            guard prepared[j].listed, hits[j] == nil else { return }
            var f = s.features
            var matchedName = s.features["name_as_listed"] ?? records[i].name
            if j != i {
                // The tie named another record of this organisation: say which, and how they are one.
                f["resolved"] = "same organisation as \(records[i].key) (\(records[i].name)), which the tie names as \(matchedName)"
                f["name_as_listed"] = nil
                matchedName = records[j].name
            }
            if !path.isEmpty { f["via"] = path.joined(separator: "; ") }
            hits[j] = RecordHit(record: records[j], entity: entities[e].id, explanation: MatchExplanation(
                score: s.score, features: f, matchedName: matchedName, normalised: normalised[part]),
                via: through.map { records[$0] })
        }
        // What the whole name matched goes first, so that its path (a school of a listed
        // university) is the evidence, rather than a part of the name matched on its own.
        for (e, (i, s, part)) in best.sorted(by: { ($0.value.2 == q.name ? 0 : 1, $0.key) < ($1.value.2 == q.name ? 0 : 1, $1.key) }) {
            // A registry organisation the tie named is cited beside every listing it reached.
            let named = prepared[i].registry ? [i] : []
            // A unit's listing is cited where a part of the line reached it, or named its unit; never
            // only because a part named its parent, which its entity also holds (the CSL gives CASC
            // as the name of its 9th Academy's 13th institute). Where the parts reached a unit's
            // listing without naming the unit, that listing alone is cited.
            if let parts = reached[e] {
                let unitNamed = parts.contains { namesUnit($0.record, $0.part) }
                for j in members[e] where parts.contains(where: { $0.record == j }) || (unitNamed && parts.contains { !parentOnly(j, $0.part) }) {
                    add(j, e, s, matched: i, part: part, path: [], through: named)
                }
            } else {
                for j in members[e] { add(j, e, s, matched: i, part: part, path: [], through: named) }
            }
            // Up through the registry: a tie with a school or laboratory of a listed organisation.
            var frontier = members[e].filter { prepared[$0].registry }.map { ($0, [String](), [$0]) }
            var seen = Set(frontier.map(\.0))
            while let (child, path, chain) = frontier.first {
                frontier.removeFirst()
                for p in parents[child] ?? [] where seen.insert(p).inserted && path.count < 3 {
                    let step = "\(records[child].name) (ROR \(records[child].identifiers["ror"] ?? "?")) is part of \(records[p].name) (ROR \(records[p].identifiers["ror"] ?? "?"))"
                    let pe = entityOf[p]
                    for j in members[pe] { add(j, pe, s, matched: i, part: part, path: path + [step], through: chain + [p]) }
                    frontier.append((p, path + [step], chain + [p]))
                }
            }
            // A registry organisation the tie named: say which one joined the listing.
            if prepared[i].registry {
                for j in members[e] where prepared[j].listed {
                    var h = hits[j]!
                    h.explanation.features["via"] = ([h.explanation.features["via"]].compactMap { $0 }
                        + ["registry organisation \(records[i].name) (ROR \(records[i].identifiers["ror"] ?? "?")), the same organisation as the listing"])
                        .joined(separator: "; ")
                    hits[j] = h
                }
            }
        }
        return hits.sorted { ($1.value.explanation.score, $0.value.record.key, $0.key) < ($0.value.explanation.score, $1.value.record.key, $1.key) }.map(\.value)
    }

    /// True when a registry organisation record `i` is part of (up to three levels up) passes `test`.
    func hasAncestor(_ i: Int, where test: (Int) -> Bool) -> Bool {
        var frontier = parents[i] ?? [], depth = 0
        while !frontier.isEmpty && depth < 3 {
            if frontier.contains(where: test) { return true }
            frontier = frontier.flatMap { parents[$0] ?? [] }
            depth += 1
        }
        return false
    }

    /// Where a printed line places an institution OpenAlex named by `org` within a university or an
    /// academy that no name of `entity`'s listing names ("Mechanical Engineering Research Institute
    /// of the Russian Academy of Sciences" for the institution "Mechanical Engineering Research
    /// Institute", word for word a listed company's name): that parent, else nil. The line's part
    /// that begins with the institution's name (or holds it after other words: a person's name,
    /// "Blagonravov Mechanical Engineering Research Institute of RAS") is read as the name and what
    /// follows it.
    public func placedElsewhere(_ org: String, in line: String, entity: String) -> String? {
        let name = Text.trimmed(org)
        guard !name.isEmpty else { return nil }
        var parts = line.split(separator: ",", omittingEmptySubsequences: false).map { Text.trimmed(String($0)) }
        // (Or after a person's name the institution's lacks: "Blagonravov Mechanical Engineering
        // Research Institute of RAS". Round 26.)
        let lower = name.lowercased()
        guard let k = parts.firstIndex(where: { $0.count > name.count && $0.lowercased().hasPrefix(lower) })
                ?? parts.firstIndex(where: { $0.count > name.count && $0.lowercased().contains(" " + lower + " ") }),
              let r = parts[k].range(of: name, options: .caseInsensitive) else { return nil }
        var tail = Text.trimmed(String(parts[k][r.upperBound...]))
        for lead in ["of the ", "of ", "at the ", "at "] where tail.lowercased().hasPrefix(lead) { tail = String(tail.dropFirst(lead.count)); break }
        guard !tail.isEmpty else { return nil }
        parts[k] = name + ", " + tail
        let near = lookup(OrganisationQuery(name: parts.joined(separator: ", "))).near
        guard near.contains(where: { $0.entity == entity && $0.explanation.features["another_parent"] != nil }) else { return nil }
        return tail
    }

    /// The one record of any kind the query names best, or nil when none matches: for `rsdd
    /// match` and the evaluation (a registry's organisation for an affiliation line).
    public func best(for q: OrganisationQuery) -> RecordHit? {
        let (candidates, country) = scoredWithCountry(q)
        // Short of an equal name, the answer must be a record one of whose names the part holds
        // whole: "South China University of Technology" is not "South University of Science and
        // Technology of China", which it comes within one word of.
        func holdsAName(_ c: (Int, PairScore, String)) -> Bool {
            guard c.1.score < 1 else { return true }
            let words = Set(scorer.comparedWords(of: c.2))
            return prepared[c.0].names.contains { !$0.isEmpty && $0.allSatisfy(words.contains) }
        }
        let matched = candidates.filter { PairScorer.isMatch($0.1) && !otherCountry($0.0, country) && !isOneWordPart($0.2, of: q) && holdsAName($0) }
        // A unit the line names beside the organisation it is part of is the more precise answer.
        let ids = Set(matched.map(\.0))
        func specific(_ i: Int) -> Int { hasAncestor(i, where: ids.contains) ? 1 : 0 }
        // Equal otherwise, the organisation the line names first: a line goes from the most specific
        // unit to the most general ("Vaccine and Infectious Disease Organization (VIDO), University
        // of Saskatchewan"; "Office of Research on Women's Health, National Institutes of Health").
        let lineParts = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }
        var partWords: [Set<String>] = []
        func position(_ c: (Int, PairScore, String)) -> Int {
            guard lineParts.count > 1 else { return 0 }
            if partWords.isEmpty { partWords = lineParts.map { Set(scorer.comparedWords(of: $0)) } }
            // The part the record matched ("Fictional University Hospital, Fictional University":
            // the university is the second part, though the first holds its name); a run of parts
            // by its first; a piece of a part by that part.
            if let k = lineParts.firstIndex(of: c.2) { return k }
            if c.2 != q.name {
                if let k = lineParts.firstIndex(where: { !$0.isEmpty && c.2.hasPrefix($0 + ", ") }) { return k }
                if let k = lineParts.firstIndex(where: { $0.contains(c.2) }) { return k }
            }
            // The whole line: where a name of the record begins, the last part from which the
            // rest of the line still holds it (a name spanning parts begins at its first).
            var words = Set<String>()
            for k in stride(from: lineParts.count - 1, through: 0, by: -1) {
                words.formUnion(partWords[k])
                if prepared[c.0].names.contains(where: { !$0.isEmpty && $0.allSatisfy(words.contains) }) { return k }
            }
            return lineParts.count
        }
        let first = matched.max { (specific($0.0), $0.1.score, $0.1.words) < (specific($1.0), $1.1.score, $1.1.words) }
        let top = first.flatMap { f in
            matched.filter { (specific($0.0), $0.1.score, $0.1.words) == (specific(f.0), f.1.score, f.1.words) }
                .map { ($0, position($0)) }
                .min { ($0.1, records[$0.0.0].key) < ($1.1, records[$1.0.0].key) }?.0
        }
        guard let (i, s, part) = top else { return nil }
        // A unit printed by its acronym alone beside the organisation it is part of ("LID2MS,
        // Aix-Marseille Univ"): the unit, when one unit of that organisation gives the acronym
        // (and the organisation itself is the answer, below).
        var unitByAcronym: Int?
        if !unitsByAcronym.isEmpty {
            let cut = q.name.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Text.trimmed(String($0)) }
            let units = Set(cut.filter { $0 != part && !$0.contains(" ") }.flatMap { unitsByAcronym[$0.uppercased()] ?? [] }
                .filter { hasAncestor($0, where: { entityOf[$0] == entityOf[i] }) })
            if units.count == 1, let u = units.first { unitByAcronym = u }
        }
        // A line that prints, beside the organisation, the name of one of its own units that is an
        // organisation of its own ("National Cancer Institute, National Institutes of Health")
        // names that unit: where the registry lacks it, there is no answer rather than the parent.
        if let units = absentUnits[i] {
            let line = Set(scorer.comparedWords(of: q.name)), named = Set(scorer.comparedWords(of: part))
            if units.contains(where: { u in u.allSatisfy(line.contains) && !u.allSatisfy(named.contains) }) { return nil }
        }
        // A line that prints, in a part before the one naming the organisation, an organisation the
        // registry relates to it without making it a part (a university's teaching hospital: "King
        // Abdullah University Hospital, Jordan University of Science and Technology") names that
        // one first: where the registry lacks it, there is no answer rather than the university. (A
        // hospital printed after the university is a second affiliation; the first one counts.)
        if let related = absentRelated[i] {
            let at = position((i, s, part))
            if partWords.prefix(at).contains(where: { words in related.contains { $0.allSatisfy(words.contains) } }) { return nil }
        }
        // Two organisations the same words name equally ("University of Newcastle": in England and
        // in Australia), neither part of the other: the line does not say which, so no answer.
        let related = Set([i] + (parents[i] ?? []))
        if matched.contains(where: { c in c.2 == part && entityOf[c.0] != entityOf[i] && c.1.score == s.score && c.1.words == s.words
            && specific(c.0) == specific(i) && !related.contains(c.0) && !(parents[c.0] ?? []).contains(i) }) { return nil }
        if let u = unitByAcronym {
            var f = ["acronym_of_unit": "the line prints \(records[u].name)'s acronym beside \(records[i].name), which it is part of"]
            f["part"] = part
            return RecordHit(record: records[u], entity: entities[entityOf[u]].id, explanation: MatchExplanation(
                score: PairScorer.match, features: f, matchedName: records[u].name, normalised: scorer.normaliser.normalise(part)))
        }
        var f = s.features
        f["part"] = part
        return RecordHit(record: records[i], entity: entities[entityOf[i]].id, explanation: MatchExplanation(
            score: s.score, features: f, matchedName: s.features["name_as_listed"] ?? records[i].name, normalised: scorer.normaliser.normalise(part)))
    }

    /// Listed records that come close to the query without matching it: for review, never findings.
    public func nearListings(for q: OrganisationQuery) -> [RecordHit] {
        lookup(q).near
    }

    /// Near misses worth an analyst's look. None where the doubt is not real: a listed record of
    /// another country than the tie's, and nothing at all when the tie names a registry
    /// organisation outright (the registry tells it apart from the listings it comes close to).
    /// A listing that only a one-word part of a line names is near too.
    func near(_ q: OrganisationQuery, _ candidates: [(Int, PairScore, String)], matched: Set<String>, country: String?) -> [RecordHit] {
        var out: [RecordHit] = []
        var normalised = NormalisedParts(scorer.normaliser)
        // A listed name of two words or more whose every word the part prints, with nothing more
        // than words of its own (a person's name the organisation is named after, in at most two
        // records) and an academy's abbreviation or name: "Kotelnikov … of RAS", "… of the Russian
        // Academy of Sciences". ("Tianjin University of Technology" prints every word of "Tianjin
        // University" too, and a common word more.)
        // (A part's words read once for all its candidates.)
        var read: [String: Set<String>] = [:]
        func printsListedName(_ c: (Int, PairScore, String)) -> Bool {
            let words = read[c.2] ?? {
                let w = Set(scorer.comparedWords(of: c.2))
                read[c.2] = w
                return w
            }()
            return prepared[c.0].names.contains { n in
                n.count >= 2 && Set(n).isSubset(of: words)
                    && words.subtracting(n).allSatisfy { EntityIndex.academyLetters.contains($0) || EntityIndex.academyWords.contains($0) || (1...2).contains(postings[$0]?.count ?? 0) }
            }
        }
        func oneWord(_ c: (Int, PairScore, String)) -> Bool { PairScorer.isMatch(c.1) && isOneWordPart(c.2, of: q) }
        guard candidates.contains(where: { PairScorer.isNear($0.1) || oneWord($0) }) else { return out }
        let knownMatches = candidates.filter { PairScorer.isMatch($0.1) && prepared[$0.0].registry && !otherCountry($0.0, country) && !isOneWordPart($0.2, of: q) }
        let known = knownMatches.map { entityOf[$0.0] }
        // A university named short of a subject word is told apart only by a registry organisation
        // that this same part names (another affiliation on the line tells nothing about it).
        func toldApartInPart(_ c: (Int, PairScore, String)) -> Bool {
            knownMatches.contains { $0.2 == c.2 && entityOf[$0.0] != entityOf[c.0] }
        }
        // A registry organisation that another part of the line names tells nothing about this one
        // ("JSC … Design Bureau “Raduga” …, Tactical Missiles Corporation, Dubna"): only one named in
        // a part that holds this part, or that this part holds.
        func toldApart(_ c: (Int, PairScore, String)) -> Bool {
            knownMatches.contains { k in entityOf[k.0] != entityOf[c.0] && (k.2 == c.2 || k.2.contains(c.2) || c.2.contains(k.2)) }
                && !knownMatches.contains { entityOf[$0.0] == entityOf[c.0] }
        }
        // A part that shares nothing with a listing's names but forms of body and of enterprise
        // ("Strela Production Association" and "NPO NIIP-NZIK", "… Joint Stock Company" and "Joint
        // Stock Company Angstrem") gives no doubt to review, where the own words are not one
        // spelled two ways (see `formsOnly`). (Only a score's own near match: a rule's feature
        // says why it is here.)
        func onlyForms(_ c: (Int, PairScore, String)) -> Bool { EntityIndex.formsOnly(c.1) }
        // A near listing, by its score alone, whose words are all words of a part that another
        // listed organisation's name matches exactly (in the line's country, or of none), and none
        // of whose names the part prints whole: the part names that organisation, and the words
        // that come near this one are its own. No doubt to review: a declared "Rocket Force Command
        // College", listed itself, is none about the listed "Ground Force Command College", nor a
        // declared "Institute of Radio-Engineering and Electronics" about the Second Academy's
        // "Beijing Institute of Electronic System Engineering". (A rule that sent a listing here
        // says why, and stays.) Round 45.
        let exactListed = candidates.filter { $0.1.score >= 1 && PairScorer.isMatch($0.1) && prepared[$0.0].listed && !otherCountry($0.0, country) }
        var exactWords: [(entity: Int, words: Set<String>)]?
        func namedByAnother(_ c: (Int, PairScore, String)) -> Bool {
            guard !exactListed.isEmpty, !PairScorer.isMatch(c.1), !oneWord(c),
                  !EntityIndex.reviewedNearFeatures.contains(where: { c.1.features[$0] != nil }),
                  !EntityIndex.demotedFeatures.contains(where: { c.1.features[$0] != nil }) else { return false }
            if exactWords == nil { exactWords = exactListed.map { (entityOf[$0.0], Set(scorer.comparedWords(of: $0.2))) } }
            let w = read[c.2] ?? Set(scorer.comparedWords(of: c.2))
            // (Not a listing one of whose names the exactly matched part prints whole: "Wexford
            // Inst. of Optics, Fine Mech. and Phys." names the Academy's institute exactly, and the
            // university once called "Wexford Institute of Optics and Fine Mechanics" too, as far as
            // words go.)
            return exactWords!.contains { e in e.entity != entityOf[c.0] && !w.isEmpty && w.isSubset(of: e.words)
                && !prepared[c.0].names.contains { !$0.isEmpty && Set($0).isSubset(of: e.words) } }
        }
        for c in candidates where (PairScorer.isNear(c.1) || oneWord(c)) && prepared[c.0].listed && !matched.contains(records[c.0].key) && !onlyForms(c)
            && !namedByAnother(c)
            && !otherCountry(c.0, country) && (known.isEmpty || known.contains(entityOf[c.0]) || !toldApart(c)
                // Sent here by the line's own words (a part named exactly, an acronym alone): the
                // registry organisation the line names elsewhere does not tell these apart.
                || c.1.features["within_an_exact_match"] != nil || c.1.features["acronym_only"] != nil || c.1.features["one_rare_word"] != nil
                || c.1.features["countryless_generic"] != nil || c.1.features["lab_at_host"] != nil || c.1.features["place_before_unit"] != nil || c.1.features["defense_lab"] != nil || c.1.features["generic_unit"] != nil || c.1.features["repeated_word"] != nil
                || (c.1.features["missing_word"] != nil && !toldApartInPart(c))
                // Every word of a listed name printed in the part ("Kotelnikov Institute of Radio
                // Engineering and Electronics of RAS" for the listed "Institute of Radio-Engineering
                // and Electronics"): the registry's longer name does not tell them apart.
                || printsListedName(c)) {
            let (i, s, part) = c
            var f = s.features
            if !known.isEmpty && !known.contains(entityOf[i]) && printsListedName(c) {
                f["listed_name_within"] = "every word of a listed name is printed in \(part), which a registry organisation's longer name matches: the same organisation or another; an analyst decides"
            }
            if oneWord(c) { f["one_word_part"] = "only a part of one word (\(part)) names it: a place or a subject as often as an organisation; an analyst decides" }
            out.append(RecordHit(record: records[i], entity: entities[entityOf[i]].id, explanation: MatchExplanation(
                score: s.score, features: f, matchedName: s.features["name_as_listed"] ?? records[i].name,
                normalised: normalised[part])))
        }
        return out.sorted { ($1.explanation.score, $0.record.key) < ($0.explanation.score, $1.record.key) }
    }

    /// True when two organisations as named are the same: an equal identifier, or an equal name
    /// (with no conflicting identifier or country).
    public static func same(_ a: OrganisationQuery, _ b: OrganisationQuery) -> Bool {
        let s = PairScorer()
        let x = s.prepare(Record(source: "query", id: "a", name: a.name, country: a.country, identifiers: a.identifiers))
        let y = s.prepare(Record(source: "query", id: "b", name: b.name, country: b.country, identifiers: b.identifiers))
        let score = s.score(x, y, idf: [:], explain: false)
        return score.veto == nil && score.score >= 1
    }
}

/// Zeroed buffers of one `Double` (a weight) and one `Int32` (a count of words) per record, lent
/// to one lookup at a time: as many exist as
/// lookups ever ran at once, and each lives as long as the index. (Buffers are raw memory, so the
/// lock is an `NSLock` rather than a `Mutex`, which wants sendable values.)
final class Scratch: @unchecked Sendable {
    typealias Buffers = (weight: UnsafeMutableBufferPointer<Double>, count: UnsafeMutableBufferPointer<Int32>)
    let count: Int
    private let lock = NSLock()
    private var free: [Buffers] = []
    private var all: [Buffers] = []

    init(count: Int) {
        self.count = count
    }

    func take() -> Buffers {
        lock.lock()
        defer { lock.unlock() }
        if let b = free.popLast() { return b }
        let w = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(count, 1))
        w.initialize(repeating: 0)
        let c = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(count, 1))
        c.initialize(repeating: 0)
        all.append((w, c))
        return (w, c)
    }

    func give(_ b: Buffers) {
        lock.lock()
        defer { lock.unlock() }
        free.append(b)
    }

    deinit {
        for b in all {
            b.weight.deallocate()
            b.count.deallocate()
        }
    }
}

/// The parts of one query's line normalised, each once: the hits of a line mostly share a part
/// (its whole name), and normalising it again for each was a fiftieth of an assessment.
struct NormalisedParts {
    let normaliser: NameNormaliser
    private var known: [String: String] = [:]
    init(_ normaliser: NameNormaliser) { self.normaliser = normaliser }
    subscript(part: String) -> String {
        mutating get {
            if let n = known[part] { return n }
            let n = normaliser.normalise(part)
            known[part] = n
            return n
        }
    }
}
