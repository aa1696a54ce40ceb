import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 28: the misses of sets 76 and 77, read as classes. Organisations are fictional; words of
/// a language, forms of body and places are real only where a rule reads them.
@Suite struct Round28WordTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    /// Persian names printed transliterated: "Ali" before an ezafe is "Supreme"; elsewhere a name.
    @Test func persianSupremeNationalDefense() {
        #expect(Set(compared("Daneshgah-e Ali-ye Defa-e Melli")) == Set(compared("Supreme National Defense University")))
        #expect(compared("Sanaye-e Defa").contains("defense"))
        #expect(!compared("Sanaye Fictional Electronic").contains("industry"))
        // "Ali" without an ezafe after it stays the person's name.
        #expect(compared("Imam Ali Fictional University").contains("ali"))
        #expect(!compared("Imam Ali Fictional University").contains("supreme"))
    }

    /// Korean romanised in another spelling.
    @Test func koreanInAnotherRomanisation() {
        #expect(compared("Choson Kompyuto Sentho") == compared("Choson Computer Center"))
    }

    /// "Mach.-Building" is a machine-building plant's; "Mach" alone stays a name.
    @Test func machBuildingIsMechanicalEngineering() {
        #expect(compared("Fictishchev Exp. Mach.-Building Plant") == compared("Fictishcheva Experimental Mechanical Engineering Plant"))
        #expect(compared("Ernst Mach Fictional Institute").contains("mach"))
    }

    /// ГосМКБ and a Russian aircraft corporation's English letters.
    @Test func russianLettersOfDesignBureausAndCorporations() {
        #expect(Array(compared("GosMKB Fictuga").prefix(5)) == ["state", "mechanical", "engineering", "design", "bureau"])
        #expect(compared("RAC FicMiG") == compared("Russian Aircraft FicMiG"))
    }

    /// Chinese words of the names of institutes and universities.
    @Test func chineseInstituteWords() {
        let lines = HanGlossary.translatedLines("军事医学科学院卫生勤务与医学情报研究所, 北京 100850, 中国") ?? []
        #expect(lines.contains { $0.contains("Academy of Military Medical Sciences Health Service and Medical Information Research Institute") })
        let lab = HanGlossary.translatedLines("长春理工大学 高功率半导体激光国家重点实验室, 长春 130022, 中国") ?? []
        #expect(lab.contains { $0.contains("Changchun Science and Technology University") && $0.contains("High Power Semiconductor Laser National Key Laboratory") })
        // A piece with a character the glossary lacks is not read (和平, peace: 平), and the line
        // names nothing.
        #expect(HanGlossary.translatedLines("和平研究所, 北京, 中国") == nil)
    }

    /// A district between a name and its city.
    @Test func aDistrictIsADistrict() {
        #expect(EntityIndex.isDistrict("Binhai New Area"))
        #expect(EntityIndex.isDistrict("Haidian District"))
        #expect(!EntityIndex.isDistrict("Tianjin"))
        #expect(!EntityIndex.isDistrict("Zhongguancun Science Park"))
        #expect(!EntityIndex.isDistrict("District 9 Fictional Road"))
    }
}

@Suite struct Round28LineTests {
    /// A listed name and its city with a district between them.
    @Test func aDistrictBetweenANameAndItsCity() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "t", name: "National Supercomputing Center Tianjin (NSCC-FT)", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "g", name: "National Supercomputing Center Guangzhou (NSCC-FG)", category: .entityOfConcern, country: "CN"),
        ])
        let line = "Fictional Applications Dept., National Supercomputer Ctr., Binhai New Area, Tianjin, China"
        #expect(index.listedIDs(line) == ["t"])
        #expect(!index.listedIDs("Fictional Applications Dept., National Supercomputer Ctr., Binhai New Area, Fictcity, China").contains("t"))
    }

    /// A company's whole own name beside the city of its address, which its listed name has too.
    @Test func anOwnNameBesideItsListedCity() {
        // (Other listings of that city, as a real list has: its name is no word of one organisation.)
        let others = (0..<6).map { k in
            Record(source: "l", id: "o\(k)", name: "Fictional Works \(k) Saint Petersburg", category: .entityOfConcern, country: "RU")
        }
        let index = EntityIndex(records: others + [
            Record(source: "l", id: "g", name: "AO Institute Fictostroymost Saint-Petersburg", aliases: ["ZAO Institute Fictostroymost-Sankt-Peterburg"],
                   category: .entityOfConcern, country: "RU", places: ["7 Fictional Street, St. Petersburg, 197198, RU"]),
        ])
        let line = "Bridge Design Division, Fictostroymost-St. Petersburg OAO, St.-Petersburg, Russia"
        #expect(index.listedIDs(line) == ["g"])
        #expect(index.firstFeatures(line)["company_own_name"] != nil)
        // Its namesake of another city: for review, no finding.
        let moscow = OrganisationQuery(name: "Fictostroymost OAO, Moscow, Russia")
        #expect(index.listings(for: moscow).isEmpty)
        #expect(index.lookup(moscow).near.map(\.record.id) == ["g"])
    }

    /// A listing's whole own name among other words is read at least for review: never left out.
    @Test func aListedOwnNameAmongOtherWordsIsReviewed() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Open Joint Stock Company Fictodvigatel", category: .entityOfConcern, country: "RU"),
        ])
        let q = OrganisationQuery(name: "UEC-Fictodvigatel Perm Engine Design Bureau, Perm, Russia")
        #expect(index.listings(for: q).isEmpty)
        #expect(index.lookup(q).near.map(\.record.id) == ["a"])
        // Another country's: nothing.
        #expect(index.lookup(OrganisationQuery(name: "UEC-Fictodvigatel Perm Engine Design Bureau, Kyiv, Ukraine")).near.isEmpty)
    }

    /// An academy's institute named by its kind, by the Russian letters the listing gives, after
    /// the person the listed name names.
    @Test func aPhysicoTechnologicalInstituteByItsLetters() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "Federal State Budgetary Institution of Science P.I.K.A. Fictiev RAS of the Ministry of Science and Higher Education of Russia",
                   aliases: ["FTIAN IM K.A.Fictiev RAS", "FTI RAS", "FTIAN"], category: .entityOfConcern, country: "RU"),
        ])
        let line = "K.A. Fictiev Physicotechnological Institute of RAS, Moscow, Russia"
        #expect(index.listedIDs(line) == ["v"])
        #expect(index.firstFeatures(line)["russian_letters"] != nil)
        // Another person's institute of that kind: not the listing's.
        #expect(index.listedIDs("A.F. Otheroff Physico-Technological Institute of RAS, St. Petersburg, Russia").isEmpty)
        // A physico-technical institute is another kind.
        #expect(index.listedIDs("K.A. Fictiev Physico-Technical Institute of RAS, Moscow, Russia").isEmpty)
    }

    /// Russian letters of a design bureau and of an aircraft corporation.
    @Test func designBureauAndCorporationLetters() {
        let index = EntityIndex(records: [
            // (Its alias as METI prints it, ГосМКБ by its letters.)
            Record(source: "l", id: "r", name: "\"Fictuga\" State Engineering Design Bureau JSC named after A.Y. Fictnyak",
                   aliases: ["AO “GosMKB “Fictuga” IM. A.Ya.Fictnyaka”"], category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "m", name: "Russian Aircraft Corporation FicMiG", category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("GosMKB Fictuga JSC, Dubna, Moscow Oblast, Russia") == ["r"])
        #expect(index.listedIDs("Flight Test Centre, RAC FicMiG JSC, Moscow, Russia") == ["m"])
        #expect(index.listedIDs("Flight Test Centre, RAC FicMiG JSC, Minsk, Belarus").isEmpty)
    }

    /// A branch's name with its founder's surname in the genitive, printed beside its parent.
    @Test func aBranchWithItsFoundersSurname() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "b", name: "Fictyushin Aviation Complex Branch: Fictishcheva Experimental Mechanical Engineering Plant",
                   category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fictishchev Exp. Mach.-Building Plant, Fictyushin Aviation Complex, Moscow Region, Russia") == ["b"])
    }
}

/// Round 28, second part: the misses of sets 78 and 79.
@Suite struct Round28SecondTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    /// МО РФ by its letters is the Russian Ministry of Defence.
    @Test func moRfIsTheMinistryOfDefence() {
        #expect(Set(compared("27 Fictional Tsentr MO RF")) == Set(compared("27 Fictional Center of the Russian Ministry of Defense")))
        // "MO" alone stays as printed.
        #expect(compared("Fictional MO Lab").contains("mo"))
    }

    /// The PLA's school of an arm only its army has is the Army's.
    @Test func aPLASchoolOfAnArmyArmIsTheArmys() {
        #expect(compared("PLA Academy of Armored Fictforces") == compared("Army Academy of Armored Fictforces"))
        #expect(compared("PLA Fictional Infantry Academy") == compared("Army Fictional Infantry Academy"))
        // Not the Second Artillery Force (the Rocket Force's former name), nor another school.
        #expect(compared("PLA Second Artillery Force Fictional Academy").contains("pla"))
        #expect(!compared("PLA Second Artillery Fictional Engineering University").contains("army"))
        #expect(!compared("PLA 2nd Artillery Fictional Command College").contains("army"))
        #expect(compared("PLA Fictional Information Engineering University").contains("pla"))
    }

    /// CASIC's Huahang institute printed in Chinese.
    @Test func huahangRadioMeasurementInChinese() {
        #expect(HanGlossary.translatedLines("华航无线电测量研究所, 北京, 中国")?.first == "Huahang Radio Measurement Research Institute, Beijing, China")
    }

    /// A listing's whole own name of five letters, unquoted, beside a form of enterprise: review,
    /// never silence.
    @Test func aFiveLetterOwnNameIsReviewed() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "i", name: "NPP Fictional Optics", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "j", name: "NPP Fictk", category: .entityOfConcern, country: "RU"),
        ])
        let q = OrganisationQuery(name: "RPC Fictk named after Otherov, Fryazino, Moscow Region, Russia")
        #expect(index.listings(for: q).isEmpty)
        #expect(index.lookup(q).near.map(\.record.id).contains("j"))
        #expect(index.lookup(OrganisationQuery(name: "RPC Fictk named after Otherov, Minsk, Belarus")).near.allSatisfy { $0.record.id != "j" })
    }

    /// A place first, which the listed name does not have: another organisation of that place as
    /// often. Review, not a finding.
    @Test func aPlaceBeforeAListedNameIsReviewed() {
        // (Other listings, as a real list has: a word of no listing weighs little beside listed ones.)
        let others = (0..<30).map { k in
            Record(source: "l", id: "o\(k)", name: "Otherworks Plant \(k)", category: .entityOfConcern, country: "RU")
        }
        let index = EntityIndex(records: others + [
            Record(source: "l", id: "u", name: "University of Fictional Science and Technology of China", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "h", name: "Harbin Fictional Institute", category: .entityOfConcern, country: "CN"),
        ])
        let q = OrganisationQuery(name: "School of Mechanics, Taiyuan University of Fictional Science and Technology, Taiyuan, China")
        #expect(index.listings(for: q).isEmpty)
        #expect(index.lookup(q).near.first?.explanation.features["place_before_name"] != nil)
        // The listed name itself, and a listed name that has the place: findings.
        #expect(index.listedIDs("Dept. of Physics, University of Fictional Science and Technology of China, Hefei, China") == ["u"])
        #expect(index.listedIDs("Harbin Fictional Institute, Harbin, China") == ["h"])
    }

    /// Lines in Hangul about the DPRK's academies, read in English where every word is known.
    @Test func koreanLinesInHangul() {
        #expect(HanGlossary.koreanLine("국방과학원, 평양") == "National Defense Academy of Sciences, Pyongyang, DPRK")
        #expect(HanGlossary.koreanLine("국가과학원 자동화연구소, 평양") == "State Academy of Sciences Automation Institute, Pyongyang, DPRK")
        // Hangul is the Republic of Korea's script too: a line that names neither the DPRK nor
        // Pyongyang is read only where its country, read otherwise, is the DPRK.
        #expect(HanGlossary.koreanLine("국방대학, 강계시, 자강도, 조선민주주의인민공화국") == "National Defense University, 강계시, 자강도, DPRK")
        #expect(HanGlossary.koreanLine("국방대학교, 서울") == nil)
        #expect(HanGlossary.koreanLine("국방대학교, 강계", dprk: true) == "National Defense University, Kanggye, DPRK", "강계, Kanggye, read since round 34")
        // A word the glossary lacks stays as printed; a place alone names nothing.
        #expect(HanGlossary.koreanLine("가상대학, 평양") == nil)
        #expect(HanGlossary.koreanLine("Fictional Institute, Pyongyang") == nil)
        let index = EntityIndex(records: [
            Record(source: "l", id: "a", name: "Academy of National Defense Fictscience", category: .entityOfConcern, country: "KP"),
            Record(source: "l", id: "s", name: "State Academy of Sciences Institute of Automation", category: .entityOfConcern, country: "KP"),
        ])
        #expect(index.listedIDs("국가과학원 자동화연구소, 평양") == ["s"])
        #expect(index.firstFeatures("국가과학원 자동화연구소, 평양")["expanded"]?.contains("Korean") == true)
        // Another country's listing of the same words, as a list without countries on some rows
        // gives it: not the DPRK's line's.
        let other = EntityIndex(records: [
            Record(source: "l", id: "n", name: "National Defense Fictuniversity", category: .entityOfConcern, country: "CN"),
        ])
        #expect(other.listedIDs("국방대학, 강계시, 자강도, 조선민주주의인민공화국").isEmpty)
    }

    /// Persian "va" (and) between words of the table; PLAN before a school; "Eng."; Nyongbyon.
    @Test func moreWordsOfSetsEightyAndEightyOne() {
        #expect(Set(compared("Markaz-e Tahqiqat-e Enfejar va Zarbeh")) == Set(compared("Research Centre for Explosion and Impact")))
        #expect(compared("Fictional va Company").contains("va"))
        #expect(compared("PLAN Fictional Submarine Academy") == compared("PLA Navy Fictional Submarine Academy"))
        #expect(compared("Fictional Plan Bureau").contains("plan"))
        #expect(compared("Information Systems Eng. Fictional Lab.") == compared("Information Systems Engineering Fictional Laboratory"))
        #expect(compared("Nyongbyon Fictional Centre") == compared("Yongbyon Fictional Center"))
    }
}
