import Foundation
@testable import RSDDAssess
@testable import RSDDCore
@testable import RSDDResolve
import Testing

/// Round 29: the misses of sets 82 and 83, read as classes. Organisations are fictional; words of
/// a language, forms of body and places are real only where a rule reads them.
@Suite struct Round29WordTests {
    func compared(_ s: String) -> [String] { PairScorer.compared(NameNormaliser().tokens(s)) }

    /// PLAN before a school, and the Ground Force, are a service's: its college is an academy, as
    /// the list's "Naval Command College" and "Army Command College" are read.
    @Test func plaNavyAndGroundForceSchools() {
        #expect(compared("PLAN Fictional Command College").contains("academy"))
        #expect(compared("Ground Force Fictional Command College").contains("academy"))
        #expect(compared("Ground Force Fictional Command College").last == "academy")
        // Not a school: nothing read.
        #expect(compared("Ground Force Fictional Research Institute") == ["ground", "force", "fictional", "research", "institute"])
        #expect(!compared("Fictional College of Ground Engineering").contains("academy"))
    }
}

/// Lines in the Arabic script and in Hebrew, read in English with rsdd's glossary.
@Suite struct Round29ScriptTests {
    @Test func persianArabicAndHebrewLinesAreRead() {
        #expect(ScriptGlossary.englishLine("مرکز تحقیقات صنایع هوایی شاهد, تهران, ایران") == "Center Research Industries Aviation Shahed, Tehran, Iran")
        #expect(ScriptGlossary.englishLine("مركز الدراسات والبحوث العلمية, دمشق, سوريا") == "Center Studies Research Scientific, Damascus, Syria")
        #expect(ScriptGlossary.englishLine("הקריה למחקר גרעיני - נגב, דימונה, ישראל") == "Center Research Nuclear Negev, Dimona, Israel")
        // The country printed in Latin letters counts.
        #expect(ScriptGlossary.englishLine("دانشگاه امام باقر, Tehran, Iran") == "University Imam Baqir, Tehran, Iran")
        // A country's name inside a name is no country printed; the line's country as read counts.
        #expect(ScriptGlossary.englishLine("سازمان صنایع هوایی ایران") == nil)
        #expect(ScriptGlossary.englishLine("سازمان صنایع هوایی", country: "IR") == "Organization Industries Aviation")
        // Persian's "ای" written apart, and Arabic with its hamza forms and teh marbuta.
        #expect(ScriptGlossary.englishLine("سازمان انرژی اتمی, تهران, ايران") == "Organization Energy Atomic, Tehran, Iran")
        #expect(ScriptGlossary.englishLine("مؤسسة البحوث, طهران, إيران") == "Institute Research, Tehran, Iran")
        // Persian typed with Arabic yeh and kaf reads alike.
        #expect(ScriptGlossary.englishLine("مركز تحقيقات صنايع هوايي شاهد, تهران, ايران") == "Center Research Industries Aviation Shahed, Tehran, Iran")
        // No country printed: not read (the scripts are many countries').
        #expect(ScriptGlossary.englishLine("مرکز تحقیقات صنایع هوایی شاهد") == nil)
        // A word the glossary lacks: that part stays as printed, and a line of places alone names nothing.
        #expect(ScriptGlossary.englishLine("شرکت فرضی, تهران, ایران") == nil)
        #expect(ScriptGlossary.englishLine("Fictional Institute, Tehran, Iran") == nil)
    }

    @Test func aLineInPersianFindsTheListing() {
        let index = EntityIndex(records: [
            // (An alias no real cell has: the real cell's Persian name is in rsdd's table of other
            // names, round 35, which would find the line before the glossary; see below.)
            Record(source: "l", id: "s", name: "SHAHED FICTIONAL AVIATION RESEARCH INDUSTRIES CENTER", aliases: ["Shahed Aviation Research and Industries Center"],
                   category: .entityOfConcern, country: "IR"),
        ])
        let line = "مرکز تحقیقات صنایع هوایی شاهد, تهران, ایران"
        #expect(index.listedIDs(line) == ["s"])
        #expect(index.firstFeatures(line)["expanded"]?.contains("Persian, Arabic, Urdu, Hebrew and Hindi") == true)
        // The same words in another country's line: no finding.
        #expect(index.listedIDs("مرکز تحقیقات صنایع هوایی شاهد, دمشق, سوريا").isEmpty)
        // No country printed: for review, not silence, and no finding.
        let bare = OrganisationQuery(name: "مرکز تحقیقات صنایع هوایی شاهد")
        #expect(index.listings(for: bare).isEmpty)
        #expect(index.nearFeatures(bare.name, "s")?["script_no_country"] != nil)
        // The real cell, whose Persian name the table gives: found by it in Iran, not in Syria.
        let real = EntityIndex(records: [
            Record(source: "l", id: "r", name: "SHAHED AVIATION RESEARCH INDUSTRIES CENTER", category: .entityOfConcern, country: "IR"),
        ])
        #expect(real.listedIDs(line) == ["r"])
        #expect(real.listedIDs("مرکز تحقیقات صنایع هوایی شاهد, دمشق, سوريا").isEmpty)
        #expect(real.listedIDs("مرکز تحقیقات صنایع هوایی شاهد, دمشق, سوریه").isEmpty)
    }

    /// A city that a listing's alias is, printed in Cyrillic alone, decides nothing alone, as it
    /// does in Latin letters.
    @Test func aCyrillicCityAloneIsOneWord() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "d", name: "Fiktoprudny Research Production Enterprise, OAO", aliases: ["Fiktoprudny"], category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Fiktoprudny, Russia").isEmpty)
        let cyrillic = OrganisationQuery(name: "Московский фиктивный институт, Фиктопрудный, Россия")
        #expect(index.listings(for: cyrillic).isEmpty)
        #expect(index.lookup(cyrillic).near.map(\.record.id) == ["d"])
        #expect(index.isOneWordPart("Фиктопрудный", of: OrganisationQuery(name: "Институт, Фиктопрудный")))
        #expect(!index.isOneWordPart("Фиктивный институт", of: OrganisationQuery(name: "Фиктивный институт, Москва")))
        #expect(!index.isOneWordPart("RFNC–VNIIEF", of: OrganisationQuery(name: "RFNC–VNIIEF, Sarov")))
        // Cyrillic capitals are letters, as before.
        #expect(!index.isOneWordPart("ВНИИФИКТ", of: OrganisationQuery(name: "ВНИИФИКТ, Саров")))
    }

    /// A state group's numbered academy and institute written short in Chinese (三院33所).
    @Test func aGroupsAcademyWrittenShort() {
        #expect(GroupUnits.english("中国航天科工三院33所") == ["China Aerospace Science and Industry Corporation 3rd Academy 33rd Research Institute"])
        #expect(GroupUnits.writingOutShortNames("航天科工三院三十五所, 北京")?.hasPrefix("中国航天科工集团公司三院三十五所") == true)
        // A university's 学院 is no group academy.
        #expect(GroupUnits.english("中国航天科工大学院") == [])
    }

    /// Russian's "i" and "v" between the words of a transliterated name are no words of it; a
    /// Roman numeral after a word stays.
    @Test func russianAndAndInAreNoWords() {
        let compared = { (s: String) in PairScorer.compared(NameNormaliser().tokens(s)) }
        #expect(compared("Fictional Institute of Economics i Organisation v Gas Industry") == compared("Fictional Institute of Economics Organisation Gas Industry"))
        #expect(compared("Fictional Plant V").contains("v"))
        #expect(compared("Fictional Division I").contains("i"))
        #expect(compared("Fictional Division V Fictograd").contains("v"))
    }

    /// A Chinese national laboratory renamed a national research centre, in a line that names its
    /// mainland city; a centre of no mainland city's name stays a centre.
    @Test func aRenamedNationalLaboratory() {
        let compared = { (s: String) in PairScorer.compared(NameNormaliser().tokens(s)) }
        #expect(compared("Hefei National Research Center for Fictional Sciences") == compared("Hefei National Laboratory for Fictional Sciences"))
        #expect(compared("Hefei Natl. Res. Center for Fictional Sci.") == compared("Hefei National Laboratory for Fictional Sciences"))
        #expect(compared("Fictional National Research Center for Fictional Sciences").contains("center"))
        // A bare "Hefei National Research Center" stays a centre: no subject.
        #expect(compared("Hefei National Research Center").contains("center"))
    }

    /// A listed company's whole own name quoted in another transliteration, in its country.
    @Test func aQuotedOwnNameInAnotherTransliteration() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "m", name: "Joint Stock Company Research and Production Company Ficran", category: .entityOfConcern, country: "RU"),
        ])
        let line = "Photonics Dept., AO NPF «Fikran», Tomsk, Russia"
        #expect(index.listedIDs(line) == ["m"])
        #expect(index.firstFeatures(line)["quoted_name"]?.contains("another transliteration") == true)
        // Another country, or another word: nothing.
        #expect(index.listedIDs("AO NPF «Fikran», Kyiv, Ukraine").isEmpty)
        // Two listed companies whose own names sound alike: neither.
        let two = EntityIndex(records: [
            Record(source: "l", id: "m", name: "Joint Stock Company Research and Production Company Ficran", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "k", name: "Research and Production Association Fikrane", category: .entityOfConcern, country: "RU"),
        ])
        #expect(two.listedIDs(line).isEmpty)
        #expect(index.listedIDs("AO NPF «Fiksan», Tomsk, Russia").isEmpty)
    }

    /// An academy's "Institute of Physics and Technology" named after the listing's person, as the
    /// institute writes its name in English, in Russian, or as a branch of it.
    @Test func anInstituteOfPhysicsAndTechnologyByItsLetters() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "Federal State Budgetary Institution of Science P.I.K.A. Fictiev RAS of the Ministry of Science and Higher Education of Russia",
                   aliases: ["FTIAN IM K.A.Fictiev RAS", "FTI RAS", "FTIAN"], category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "m", name: "Moscow Fictional Institute of Physics and Technology", category: .entityOfConcern, country: "RU"),
        ])
        for line in ["Fictiev Institute of Physics and Technology of RAS, Moscow, Russia",
                     "Physics and Technology Institute named after K.A. Fictiev, RAS, Moscow, Russia",
                     "Lab. 5, Fiziko-tekhnologicheskii institut im. K.A. Fictieva RAN, Moscow, Russia",
                     "Yaroslavl Branch of the Fictiev Institute of Physics and Technology of RAS, Yaroslavl, Russia"] {
            #expect(index.listedIDs(line) == ["v"], "\(line)")
        }
        // Another person's, a physico-technical institute, or no academy: not the listing's.
        #expect(index.listedIDs("Otherov Institute of Physics and Technology of RAS, Moscow, Russia").isEmpty)
        #expect(index.listedIDs("Fictiev Physical-Technical Institute of RAS, Moscow, Russia").isEmpty)
        #expect(!index.listedIDs("Fictiev Institute of Physics and Technology, Moscow, Russia").contains("v"))
    }

    /// 中国科学院 is the Chinese Academy of Sciences, as the lists write it.
    @Test func theChineseAcademyOfSciences() {
        #expect(HanGlossary.translatedLines("中国科学院微电子研究所, 北京")?.contains { $0.hasPrefix("Chinese Academy of Sciences Microelectronics") } == true)
        // It places the line in China, as 中国 did: read where a place is needed.
        #expect(HanGlossary.translatedLines("中国科学院微电子研究所", needsPlace: true) != nil)
    }

    /// An imam's given name before the name an institution is called by.
    @Test func anImamsGivenName() {
        let compared = { (s: String) in PairScorer.compared(NameNormaliser().tokens(s)) }
        #expect(compared("Imam Mohammad Baqer Fictional University") == compared("Imam Baqir Fictional University"))
        #expect(compared("Imam Mohammad University").contains("mohammad"))
    }

    @Test func glassFibreIsFiberglass() {
        let compared = { (s: String) in Set(PairScorer.compared(NameNormaliser().tokens(s))) }
        #expect(compared("Fictional Glass Fibre Research Institute") == compared("Fictional Fiberglass Research Institute"))
    }
}

@Suite struct Round29LineTests {
    /// ФГУ, a federal state institution's letters, is a form of body: a name printed without it is
    /// the listed one.
    @Test func fguIsAFormOfBody() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "s", name: "Federal State Institution Federal Scientific Center Fictional Institute for System Studies",
                   aliases: ["FGU FNTS NIIFIKT RAN"], category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("ФНЦ НИИФИКТ РАН, Москва, Россия") == ["s"])
        // Another institute's letters: not it.
        #expect(index.listedIDs("ФНЦ НИИДРУГ РАН, Москва, Россия").isEmpty)
    }

    /// A company's own word, in no other organisation's names, among words of its listed name, and
    /// the person that name is named after.
    @Test func anOwnWordAndThePersonNamedAfter() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "\"Fictpel\" State Engineering Design Bureau JSC named after I.I. Fictorov", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "i", name: "\"Otherkra\" Engineering Design Bureau JSC named after I.I. Kartufov", category: .entityOfConcern, country: "RU"),
        ])
        let line = "Fictpel Design Bureau named after I.I. Fictorov, Moscow, Russia"
        #expect(index.listedIDs(line) == ["v"])
        #expect(index.firstFeatures(line)["named_after"] != nil)
        // Another person: no finding.
        #expect(index.listedIDs("Fictpel Design Bureau named after A.B. Otherov, Moscow, Russia").isEmpty)
        // Another country's: no finding.
        #expect(index.listedIDs("Fictpel Design Bureau named after I.I. Fictorov, Kyiv, Ukraine").isEmpty)
    }

    /// The founder's surname before the company's own word, without "named after".
    @Test func theFoundersNameBeforeTheOwnWord() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "v", name: "\"Fictpel\" State Engineering Design Bureau JSC named after I.I. Fictorov", category: .entityOfConcern, country: "RU"),
            Record(source: "l", id: "i", name: "\"Otherkra\" Engineering Design Bureau JSC named after I.I. Kartufov", category: .entityOfConcern, country: "RU"),
        ])
        let line = "Fictorov Fictpel Design Bureau, Moscow, Russia"
        #expect(index.listedIDs(line) == ["v"])
        #expect(index.firstFeatures(line)["named_after"] != nil)
        // Another person's name before it: no finding.
        #expect(index.listedIDs("Otherov Fictpel Design Bureau, Moscow, Russia").isEmpty)
        // Another country: no finding.
        #expect(index.listedIDs("Fictorov Fictpel Design Bureau, Kyiv, Ukraine").isEmpty)
    }

    /// A surname in -l declined after "im." ("Dollezhalya" for Dollezhal).
    @Test func aSurnameInLDeclined() {
        let index = EntityIndex(records: [
            Record(source: "l", id: "d", name: "N.A. Fictozhal Research and Design Institute of Power Engineering",
                   aliases: ["JSC FIKIET", "JSC Order of Lenin Research and Design Institute of Energy Engineering named after N. A. Fictozhal"],
                   category: .entityOfConcern, country: "RU"),
        ])
        #expect(index.listedIDs("Reactor Physics Dept., FIKIET im. N.A. Fictozhalya, Moscow, Russia") == ["d"])
        #expect(index.listedIDs("Reactor Physics Dept., FIKIET im. N.A. Otherovicha, Moscow, Russia").isEmpty)
    }

    /// A short own name beside a form of enterprise, with the city of the listing's address as a
    /// part of its own.
    @Test func aShortOwnNameInItsListedCity() {
        let others = (0..<6).map { k in
            Record(source: "l", id: "o\(k)", name: "Fictional Works \(k)", category: .entityOfConcern, country: "RU", places: ["\(k) Fictional Street, Moscow, 1053\(k)0, RU"])
        }
        let index = EntityIndex(records: others + [
            Record(source: "l", id: "b", name: "Federal State Unitary Enterprise State Research and Production Enterprise Fictalt", category: .entityOfConcern,
                   country: "RU", places: ["32 Fictaminovskaya, Moscow, 105318, RU"]),
            Record(source: "l", id: "e", name: "EITfic Research and Production Company", category: .entityOfConcern,
                   country: "RU", places: ["Garfic Street 11, Tomifino, Lyuberetsky, Moscow, 140070, RU"]),
        ])
        #expect(index.listedIDs("FGUP Fictalt, Moscow, Russia") == ["b"])
        #expect(index.firstFeatures("FGUP Fictalt, Moscow, Russia")["company_own_name"] != nil)
        #expect(index.listedIDs("Microwave Devices Division, EITfic NPP, Tomifino, Moscow Oblast, Russia") == ["e"])
        // A form the listing does not have: for review.
        #expect(index.listedIDs("NPO Fictalt, Moscow, Russia").isEmpty)
        // A street of the address is no city.
        #expect(index.listedIDs("FGUP Fictalt, Fictaminovskaya, Russia").isEmpty)
        // Another city: for review, not a finding.
        let kazan = OrganisationQuery(name: "FGUP Fictalt, Kazan, Russia")
        #expect(index.listings(for: kazan).isEmpty)
        #expect(index.lookup(kazan).near.map(\.record.id) == ["b"])
        // The word alone, without a form: not a finding.
        #expect(index.listedIDs("Fictalt, Moscow, Russia").isEmpty)
        // Another country: nothing.
        #expect(index.listedIDs("FGUP Fictalt, Moscow, Kazakhstan").isEmpty)
    }

    /// The schools of the PLA Navy and of the Ground Force by their other names.
    @Test func plaSchoolsByTheirOtherNames() {
        // (The PLA's other schools, as a real list has them: "Army" is a common word.)
        let others = (0..<12).map { k in
            Record(source: "l", id: "o\(k)", name: "Army Fictional Academy of Arm \(k)", category: .entityOfConcern, country: "CN")
        }
        let index = EntityIndex(records: others + [
            Record(source: "l", id: "n", name: "Fictional Naval Command College", category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "g", name: "Ground Force Fictional Command College", aliases: ["Army Fictional Command College"], category: .entityOfConcern, country: "CN"),
            Record(source: "l", id: "a", name: "Air Force Fictional Command College", category: .entityOfConcern, country: "CN"),
        ])
        #expect(index.listedIDs("PLAN Fictional Command College, Nanjing, China") == ["n"])
        let q = OrganisationQuery(name: "Army Fictional Command College of the PLA Ground Force, Nanjing, Jiangsu, China")
        #expect(index.listedIDs(q.name) == ["g"], "\(index.lookup(q).near.map { ($0.record.id, $0.explanation.score, $0.explanation.features) })")
    }
}
