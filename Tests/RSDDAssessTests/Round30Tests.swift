import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 30: set 84's misses and the registry pass's, read as classes. Organisations are
/// fictional, except in `OtherNamesTests`, which checks rsdd's table of real listings' other names.
@Suite struct Round30ResolveTests {
    /// A registry organisation whose name is a listed name with the person it is named after (shown
    /// so by initials or "named after" in its names) and its academy is the listing: a line that
    /// names it is a finding with the registry too, not "another organisation" for review.
    @Test func aRegistryNameWithItsEponymIsTheListing() {
        let listed = Record(source: "l", id: "i", name: "Institute of Fictional Radio Engineering and Optics", category: .entityOfConcern, country: "Russia")
        let registry = Record(source: "reg", id: "0reg00030", name: "Fiktovich Institute of Fictional Radio Engineering and Optics of the Russian Academy of Sciences",
                              aliases: ["V.A. Fiktovich Institute of Fictional Radio Engineering and Optics", "FIRO RAS"], category: .registry, country: "RU")
        let index = EntityIndex(records: [listed, registry])
        let line = "Fiktovich Inst. of Fictional Radio Engineering and Optics of RAS, Moscow, Russia"
        #expect(index.listedIDs(line) == ["i"])
        #expect(index.listedIDs("FIRO RAS, Moscow, Russia") == ["i"])
        // The registry organisation and the listing are one entity.
        #expect(index.entityOf[0] == index.entityOf[1])
        // A rare word with no sign of a person (a place's institute as often) links nothing: the
        // line stays for review.
        let placed = Record(source: "reg", id: "0reg00031", name: "Fiktograd Institute of Fictional Radio Engineering and Optics",
                            category: .registry, country: "RU")
        let other = EntityIndex(records: [listed, placed])
        #expect(other.entityOf[0] != other.entityOf[1])
        #expect(other.listedIDs("Fiktograd Institute of Fictional Radio Engineering and Optics, Fiktograd, Russia").isEmpty)
        #expect(other.nearFeatures("Fiktograd Institute of Fictional Radio Engineering and Optics, Fiktograd, Russia", "i")?["listed_name_within"] != nil)
        // Two registry organisations of the country that would do: neither is linked.
        let second = Record(source: "reg", id: "0reg00032", name: "Fiktonov Institute of Fictional Radio Engineering and Optics",
                            aliases: ["Institute of Fictional Radio Engineering and Optics named after Fiktonov"], category: .registry, country: "RU")
        let two = EntityIndex(records: [listed, registry, second])
        #expect(two.entityOf[0] != two.entityOf[1] && two.entityOf[0] != two.entityOf[2])
        // A registry organisation of the country that prints the listed name with a place, beside
        // the one with its eponym: the listed name is either's, and neither is linked.
        let both = EntityIndex(records: [listed, registry, placed])
        #expect(both.entityOf[0] != both.entityOf[1] && both.entityOf[0] != both.entityOf[2])
        // Another country's registry organisation is never the listing.
        let abroad = Record(source: "reg", id: "0reg00033", name: "Fiktovich Institute of Fictional Radio Engineering and Optics",
                            aliases: ["V.A. Fiktovich Institute of Fictional Radio Engineering and Optics"], category: .registry, country: "UA")
        let elsewhere = EntityIndex(records: [listed, abroad])
        #expect(elsewhere.entityOf[0] != elsewhere.entityOf[1])
    }

    /// A listed organisation's letters that end a part after "of" are its name: the unit printed
    /// before them is the listed unit, as it is before the letters printed as a part.
    @Test func lettersAfterOfAreTheParent() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "p", name: "Academy of Fictional Medical Sciences (AFMS)", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "u", name: "Academy of Fictional Medical Sciences, Institute of Health Service and Fictional Information",
                   category: .entityOfConcern, country: "CN"),
        ])
        #expect(index.listedIDs("Inst. of Health Services and Fictional Information of AFMS, Beijing, China").contains("u"))
        #expect(index.firstFeatures("Inst. of Health Services and Fictional Information of AFMS, Beijing, China")["expanded"]?.contains("after “of”") == true)
        #expect(index.writingOutLettersAfterOf("Inst. of Fictional Information of AFMS, Beijing", country: "CN") == "Inst. of Fictional Information, Academy of Fictional Medical Sciences, Beijing")
        // Letters no listing gives, and letters of another country's listing: not written out.
        #expect(index.writingOutLettersAfterOf("Inst. of Fictional Information of AXYZ, Beijing", country: "CN") == nil)
        #expect(index.writingOutLettersAfterOf("Inst. of Fictional Information of AFMS, Paris", country: "FR") == nil)
        // Letters that do not end the part: not read.
        #expect(index.writingOutLettersAfterOf("Inst. of AFMS Fictional Information, Beijing", country: "CN") == nil)
    }

    /// A host printed in Chinese is read in English before it is called another parent: the
    /// listed laboratory "at" that university is found; at another university it stays for review.
    @Test func aHostInChineseIsRead() {
        #expect(HanGlossary.englishPart("长春理工大学") == "Changchun Science and Technology University")
        #expect(HanGlossary.englishPart("Changchun") == nil)
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "Defense S&T Key Laboratory of Fictional Semiconductor Lasers at Changchun University of Science and Technology",
                   aliases: ["National Key Laboratory on Fictional Semiconductor Lasers"], category: .entityOfConcern),
        ])
        #expect(index.listedIDs("Natl. Key Lab. on Fictional Semiconductor Lasers, 长春理工大学, Changchun") == ["k"])
        let elsewhere = "Natl. Key Lab. on Fictional Semiconductor Lasers, 北京理工大学, Beijing"
        #expect(index.listedIDs(elsewhere).isEmpty)
        #expect(index.nearFeatures(elsewhere, "k")?["another_parent"] != nil)
    }
}

/// A city printed after a name without a comma (set 87's writer, and papers).
@Suite struct Round30CityApartTests {
    let index = EntityIndex(records: [
        Record(source: "l", id: "b", name: "\"Central Design Bureau for Fictional Engineering\" JSC", aliases: ["TsKBFE"],
               category: .entityOfConcern, country: "RU", places: ["1 Fictional Street, Fictomsk, 644027, RU"]),
        Record(source: "l", id: "c", name: "Fictional Command College", category: .entityOfConcern, country: "CN"),
        Record(source: "l", id: "u", name: "University of Fictional Science of China", category: .entityOfConcern, country: "CN"),
        Record(source: "l", id: "x", name: "Fictograd Research Institute of Optics", category: .entityOfConcern, country: "CN",
               places: ["2 Fictional Road, Fictograd, Jiangsu, CN"]),
    ])

    @Test func aCityAfterANameIsPutApart() {
        let read = index.cityApart("TsKBFE JSC Fictomsk, Russia")
        #expect(read?.line == "TsKBFE JSC, Fictomsk, Russia")
        #expect(read?.cities == ["fictomsk"])
        // A part that does not end with a locality of an address, or is the locality alone: nothing.
        #expect(index.cityApart("Fictomsk Fictional University, Russia") == nil)
        #expect(index.cityApart("Dept. of Optics, Fictomsk, Russia") == nil)
        #expect(index.cityApart("Dept. of Optics, of Fictomsk, Russia") == nil)
    }

    /// A listing at another city than the one printed does not take the reading.
    @Test func notAListingAtAnotherCity() {
        #expect(index.cityApart("TsKBFE JSC Fictograd, Russia")?.cities == ["fictograd"])
        #expect(index.firstFeatures("TsKBFE JSC Fictograd, Russia")["expanded"]?.contains("city printed after a name") != true)
    }

    /// "MoD RF" is Russia's Ministry of Defence; "RF" inside a word is not.
    @Test func ministryOfDefenceRF() {
        #expect(EntityIndex.russianDefence("27th Centre of the Ministry of Defence RF, Moscow") == "27th Centre of the Russian Ministry of Defence, Moscow")
        #expect(EntityIndex.russianDefence("Centre, Ministry of Defence RF") == "Centre, Russian Ministry of Defence")
        #expect(EntityIndex.russianDefence("Centre of the Ministry of Defence RFNC, Sarov") == "Centre of the Ministry of Defence RFNC, Sarov")
    }

    @Test func onlyTheListingAtThatCityOrNamedExactly() {
        // A listing with no address, named exactly by the name before the city.
        #expect(index.listedIDs("Fictional Command College Fictograd, Jiangsu, China") == ["c"])
        #expect(index.firstFeatures("Fictional Command College Fictograd, Jiangsu, China")["expanded"]?.contains("city printed after a name") == true)
        // A name that ends with its own place reaches no listing without it.
        #expect(!index.listedIDs("University of Fictional Science Fictograd, Fictograd, China").contains("u"))
    }
}

/// rsdd's table of names that papers print for real listings and the lists do not give.
@Suite struct OtherNamesTests {
    /// Every listed name is given once, every other name belongs to one listing, and none is
    /// one of its listing's own names.
    @Test func theTableIsConsistent() {
        // (Each table gives a listed cell once; the written one and the lists' one may both give it.)
        for table in [OtherNames.entries, OtherNames.lists] {
            let listed = table.flatMap(\.listed).map(OtherNames.key)
            #expect(Set(listed).count == listed.count)
        }
        let all = OtherNames.entries + OtherNames.lists
        let listed = all.flatMap(\.listed).map(OtherNames.key)
        let names = OtherNames.entries.flatMap(\.names).map(OtherNames.key)
        #expect(Set(names).count == names.count)
        // (The lists' table gives a name twice only where two lists write one organisation as two
        // cells: `tools/gen-other-names.py` leaves out a name two organisations of one list have.)
        let listsNames = Set(OtherNames.lists.flatMap(\.names).map(OtherNames.key))
        #expect(Set(names).isDisjoint(with: listsNames))
        #expect(Set(names).union(listsNames).isDisjoint(with: Set(listed)))
        #expect(all.allSatisfy { !$0.why.isEmpty && !$0.names.isEmpty })
    }

    /// A listing with a name the table gives is found by its other name, the evidence says so, and
    /// the record cited is the list's as written. A registry organisation of that name gets none.
    @Test func aListingIsFoundByItsOtherName() {
        let listing = Record(source: "l", id: "t", name: "Academy of Military Medical Sciences, Field Blood Transfusion Institution",
                             category: .entityOfConcern, country: "China")
        #expect(OtherNames.of(listing).map(\.name).contains("Beijing Institute of Transfusion Medicine"))
        #expect(OtherNames.adding(to: listing).aliases.contains("Beijing Institute of Transfusion Medicine"))
        var registry = listing
        registry.category = .registry
        #expect(OtherNames.of(registry).isEmpty)
        let index = EntityIndex(records: [listing])
        let hits = index.listings(for: OrganisationQuery(name: "Beijing Inst. of Transfusion Medicine, Beijing 100850, China"))
        #expect(hits.map(\.record.id) == ["t"])
        #expect(hits.first?.explanation.features["other_name"]?.contains("Beijing Institute of Transfusion Medicine") == true)
        #expect(hits.first?.record.aliases == [])
        // The listed name itself: no other name noted.
        #expect(index.firstFeatures("Academy of Military Medical Sciences, Field Blood Transfusion Institution, Beijing, China")["other_name"] == nil)
        // The subject alone, without the place the other name gives: no finding.
        #expect(index.listedIDs("Institute of Transfusion Medicine, Fictional University Hospital, Fictionburg, Germany").isEmpty)
    }
}
