import Foundation
@testable import RSDDAssess
import RSDDCore
@testable import RSDDResolve
import Testing

/// Name forms read from held-out sets 36 and 37 (round 17). Organisations are fictional; places and
/// countries are real only where a rule reads them.
@Suite struct Round17NameFormTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }
    func features(_ index: EntityIndex, _ line: String) -> [String: String] {
        index.listings(for: OrganisationQuery(name: line)).first?.explanation.features ?? [:]
    }
    func nearFeatures(_ index: EntityIndex, _ line: String) -> [String: String] {
        index.lookup(OrganisationQuery(name: line)).near.first?.explanation.features ?? [:]
    }

    @Test func aRussianEndingInAnyTransliterationIsTheSameWord() {
        #expect(Set(compared("Spetsialny Tekhnologichesky Tsentr")) == Set(compared("Special Technology Center")))
        #expect(Set(compared("Spetsialnyj Tekhnologicheskij Tsentr")) == Set(compared("Special Technology Center")))
        #expect(Set(compared("NII Mikroelektronnoy Apparatury")) == Set(compared("Research Institute of Microelectronic Equipment")))
        // Only the stems of Russian words the table knows: English words stay as they are.
        #expect(PairScorer.russianVariant("technology") == nil)
        #expect(PairScorer.russianVariant("university") == nil)
        #expect(PairScorer.russianVariant("laboratory") == nil)
        #expect(PairScorer.russianVariant("gosudarstvennoy") == "state")
        // A stem shorter than six letters is too little to read.
        #expect(PairScorer.russianStem("fizikii") == nil)
        // No two Russian words of the table share a stem with different meanings.
        var seen: [Substring: String] = [:]
        for (k, v) in PairScorer.variants { if let s = PairScorer.russianStem(k) { #expect(seen[s] == nil || seen[s] == v, "\(k)"); seen[s] = v } }
    }

    @Test func russianWordsOfDesignBureausAndPlacesTransliterated() {
        #expect(Set(compared("Golovnoe Sistemnoe Konstruktorskoe Byuro")) == Set(compared("Main System Design Bureau")))
        #expect(Set(compared("Sankt-Peterburgskoe Morskoe Byuro Mashinostroeniya")) == Set(compared("Saint Petersburg Marine Bureau of Machine Building")))
        #expect(Set(compared("Kaluzhskii Nauchno-Issledovatelskii Radiotekhnicheskii Institut")) == Set(compared("Kaluga Scientific Research Radio Technology Institute")))
        #expect(Set(compared("Severnoye Proyektno-Konstruktorskoye Byuro")) == Set(compared("Severnoye Design Bureau")))
        #expect(compared("Natl Inst Optron") == compared("National Institute of Optronics"))
        // (Another ending of the same word: read by its stem.)
        #expect(Set(compared("Golovnoi Sistemnyi Byuro")) == Set(compared("Main System Bureau")))
    }

    @Test func aGroupsRussianLettersJoinedByADashToACoinedOwnName() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Open Joint Stock Company Fictdvigatel", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("ODK-Fictdvigatel, Perm, Russia") == ["a"])
        #expect(features(index, "ODK-Fictdvigatel, Perm, Russia")["company_own_name"] != nil)
        // With an en dash too.
        #expect(index.listedIDs("ODK–Fictdvigatel, Perm, Russia") == ["a"])
        // Another country, or letters that are no group's: not by this rule (still for review).
        #expect(index.listedIDs("ODK-Fictdvigatel, Almaty, Kazakhstan").isEmpty)
        #expect(index.listedIDs("QZX-Fictdvigatel, Perm, Russia").isEmpty)
        #expect(index.lookup(OrganisationQuery(name: "QZX-Fictdvigatel, Perm, Russia")).near.map(\.record.id) == ["a"])
    }

    @Test func anAirForcesLettersMakeAServiceSchool() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "c", name: "Air Force Fictional Command College", category: .researchInstitutionOfConcern, country: "China"),
            Record(source: "l", id: "r", name: "Rocket Force Fictional Command College", category: .researchInstitutionOfConcern, country: "China"),
        ])
        #expect(index.listedIDs("PLAAF Fictional Command College, Beijing, China") == ["c"])
        #expect(index.listedIDs("PLARF Fictional Command College, Beijing, China") == ["r"])
        // (Before, the letters did not make a service school: "College" stayed a college on the
        // line's side and became an academy on the listing's.)
        #expect(PairScorer.isServiceSchool(["plaaf", "command", "college"]))
    }

    @Test func capitalsJoinedByADashAreTheListedAcronym() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "g", name: "National Fictional Computing Center Guangzhou (NFCC-GZ)", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "t", name: "National Fictional Computing Center Tianjin (NFCC-TJ)", category: .entityOfConcern, country: "CN"),
        ])
        // (No city on the line: the letters alone say which centre.)
        let hits = index.lookup(OrganisationQuery(name: "Lab of Fictional Physics, NFCC-GZ, China"))
        #expect((hits.listings + hits.near).map(\.record.id) == ["g"])
        let other = index.lookup(OrganisationQuery(name: "Lab of Fictional Physics, NFCC-XY, China"))
        #expect((other.listings + other.near).allSatisfy { $0.explanation.features["acronym_only"] == nil && $0.explanation.features["printed_acronym"] == nil })
    }

    @Test func andBetweenTwoSubjectsInChineseIsNotCompared() {
        let n = NameNormaliser()
        #expect(n.tokens("北京强度与环境研究所") == n.tokens("北京強度環境研究所"))
        #expect(n.tokens("北京强度环境研究所") != n.tokens("北京强度研究所"))
    }

    @Test func webOfSciencesMicrosystAndElectromech() {
        #expect(compared("Shanghai Inst Microsyst & Informat Technol") == compared("Shanghai Institute of Microsystem and Information Technology"))
        #expect(compared("Fictional Electromech Technol Acad") == compared("Fictional Electromechanical Technology Academy"))
    }

    @Test func threeLettersAloneAreForReviewInTheListingsCountryOnly() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "w", name: "Fictional Weapons Complex (FWC)", category: .entityOfConcern, country: "PK"),
            Record(source: "l", id: "n", name: "Fictional Nowhere Works (FNW)", category: .entityOfConcern),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "PK"),
        ])
        let near = index.lookup(OrganisationQuery(name: "FWC, Wah Cantonment, Pakistan"))
        #expect(near.listings.isEmpty, "three letters are never a finding alone")
        #expect(near.near.map(\.record.id) == ["w"])
        #expect(nearFeatures(index, "FWC, Wah Cantonment, Pakistan")["acronym_only"] != nil)
        // Another country; no country; a listing that gives none: nothing.
        #expect(index.lookup(OrganisationQuery(name: "FWC, Kabul, Afghanistan")).near.isEmpty)
        #expect(index.lookup(OrganisationQuery(name: "FWC, Wah Cantonment")).near.allSatisfy { $0.record.id != "w" })
        #expect(index.lookup(OrganisationQuery(name: "FNW, Lahore, Pakistan")).near.isEmpty)
        // A line that names the listing and prints its letters too keeps the finding.
        #expect(index.listedIDs("Fictional Weapons Complex, FWC, Wah Cantonment, Pakistan") == ["w"])
        // Not alone in its part: "FWC Lab" is read as words.
        #expect(index.lookup(OrganisationQuery(name: "Department of Physics FWC, Lahore, Pakistan")).near.allSatisfy { $0.explanation.features["acronym_only"] == nil })
    }

    @Test func initialsWithAWordOfTheListingsOwnElsewhereOnTheLine() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "k", name: "National Research Centre “Fictchatov Institute”", category: .researchInstitutionOfConcern, country: "Russia"),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        // The initials written apart ("NRC FI") and the listing's own word in another part.
        let line = "Fictchatov Complex for Synchrotron Investigations, NRC FI, Moscow, Russia"
        #expect(index.listedIDs(line) == ["k"])
        #expect(features(index, line)["initials_and_own_word"] != nil)
        // The initials alone: review, not a finding.
        #expect(index.listedIDs("Complex for Synchrotron Investigations, NRC FI, Moscow, Russia").isEmpty)
        #expect(nearFeatures(index, "Complex for Synchrotron Investigations, NRC FI, Moscow, Russia")["acronym_only"] != nil)
        // Another country: nothing from the initials.
        #expect(index.listedIDs("Fictchatov Complex for Synchrotron Investigations, NRC FI, Almaty, Kazakhstan").isEmpty)
        // The listing's name and its letters on one line: the name's finding stays.
        let both = "National Research Centre Fictchatov Institute, NRC FI, Moscow, Russia"
        #expect(index.listedIDs(both) == ["k"])
        #expect(features(index, both)["initials_and_own_word"] == nil)
        // The word in a part with a number (a place and its postcode) is no evidence.
        #expect(index.listedIDs("Complex for Synchrotron Investigations, NRC FI, Fictchatov 123182, Russia").isEmpty)
        // A listing that gives no country: the initials stay for review.
        let countryless = EntityIndex(records: [
            Record(source: "l", id: "k", name: "National Research Centre “Fictchatov Institute”", category: .researchInstitutionOfConcern),
            Record(source: "l", id: "x", name: "Fictional Marine Engineering Plant", category: .entityOfConcern, country: "RU"),
        ])
        #expect(countryless.listedIDs(line).isEmpty)
        #expect(nearFeatures(countryless, line)["acronym_only"] != nil)
        // A word another organisation's name has too is no word of the listing's own.
        let shared = EntityIndex(records: [
            Record(source: "l", id: "k", name: "National Research Centre “Fictchatov Institute”", category: .researchInstitutionOfConcern, country: "Russia"),
            Record(source: "l", id: "y", name: "Fictchatov Synchrotron Works", category: .entityOfConcern, country: "RU"),
        ])
        #expect(shared.listedIDs(line).allSatisfy { $0 != "k" })
    }

    @Test func aDemotedNearMatchDoesNotHideACoauthorshipsNearestOwnOne() {
        let provenance = Provenance(source: "l", title: "L", url: "file:///x/l.html", retrieved: "2026-01-01T00:00:00Z", sha256: String(repeating: "a", count: 64))
        func listing(_ id: String, _ score: Double, _ features: [String: String]) -> Listing {
            Listing(record: Record(source: "l", id: id, name: "Fictional \(id)", category: .entityOfConcern, country: "CN"), provenance: provenance,
                    match: MatchExplanation(score: score, features: features, matchedName: "Fictional \(id)", normalised: id))
        }
        let demoted = listing("a", 0.6, ["acronym_only": "…"]), own = listing("b", 0.56, ["names": "…"]), other = listing("c", 0.52, ["names": "…"])
        let near = [demoted, own, other]
        #expect(Assessor.shownForReview(near, relational: true, matched: false).map(\.record.id) == ["b", "a"])
        // A tie that matched a listing: only what rules demoted. A tie of the member's own: all.
        #expect(Assessor.shownForReview(near, relational: true, matched: true).map(\.record.id) == ["a"])
        #expect(Assessor.shownForReview(near, relational: false, matched: false).map(\.record.id) == ["a", "b", "c"])
        // Nothing demoted: the nearest alone.
        #expect(Assessor.shownForReview([own, other], relational: true, matched: false).map(\.record.id) == ["b"])
    }
}

/// Set 39's look-alike (round 17): an academy's letters place a name within the academy as its
/// name written out does.
@Suite struct Round17AcademyLettersTests {
    @Test func anAcademysLettersPlaceANameWithinItAsItsNameDoes() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "\"Scientific Research Institute for Fictional Engineering\" JSC", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "p", name: "Institute of Fictional Physics of the Russian Academy of Sciences", category: .researchInstitutionOfConcern, country: "RU"),
        ])
        // A company's name printed as an academy institute's, with the academy's letters: review.
        let line = "Fictional Engineering Research Institute of RAS, Moscow, Russia"
        #expect(index.listedIDs(line).isEmpty)
        #expect(index.lookup(OrganisationQuery(name: line)).near.first?.explanation.features["another_parent"] != nil)
        // Without the letters the company's name is still a finding.
        #expect(index.listedIDs("Fictional Engineering Research Institute, Moscow, Russia") == ["m"])
        // A listed academy institute printed with the academy's letters stays a finding.
        #expect(index.listedIDs("Institute of Fictional Physics of RAS, Moscow, Russia") == ["p"])
        #expect(index.listedIDs("Institute of Fictional Physics, RAS, Moscow, Russia") == ["p"])
    }
}
