import Foundation
import Synchronization

/// The personal attributes rsdd refuses as input, in any file: rsdd assesses ties, never origin.
public enum ForbiddenAttribute {
    /// The attributes in the languages of the lists rsdd reads (English, Japanese, Chinese,
    /// French, German, Spanish, Russian). Compared after `fold`, so case, width, accents,
    /// separators and look-alike letters make no difference.
    public static let words: [String] = [
        // English
        "nationality", "nationalities", "citizenship", "citizenships", "country of citizenship", "country of birth",
        "place of birth", "birth place", "birth country", "ethnicity", "ethnicities", "ethnic origin", "ethnic group",
        "race", "national origin",
        // Japanese and Chinese
        "国籍", "國籍", "出生地", "出身地", "出身国", "出生国", "民族", "人種", "人种", "种族", "種族", "市民権", "公民身份", "籍贯", "籍貫",
        // French
        "nationalité", "citoyenneté", "lieu de naissance", "pays de naissance", "origine ethnique", "ethnicité",
        // German
        "Staatsangehörigkeit", "Staatsbürgerschaft", "Nationalität", "Geburtsort", "Geburtsland", "Ethnie",
        "ethnische Herkunft", "ethnische Zugehörigkeit", "Rasse",
        // Spanish
        "nacionalidad", "ciudadanía", "lugar de nacimiento", "país de nacimiento", "etnia", "origen étnico", "raza",
        // Russian
        "гражданство", "национальность", "место рождения", "страна рождения", "этническая принадлежность",
        "этническое происхождение", "раса",
    ]

    /// `words`, folded.
    static let folded: Set<String> = Set(words.map(fold))
    /// The folded words long enough to be refused inside a longer key (`member_nationality`);
    /// short ones (`race`, `raza`) only on their own, so that `trace` stays a key.
    static let embeddable: [String] = folded.filter { w in w.unicodeScalars.allSatisfy(\.isASCII) ? w.count >= 8 : w.count >= 2 }.sorted()

    /// A key or word as it is compared: compatibility forms (full width, mathematical letters),
    /// case, accents, invisible characters, look-alike letters in a mixed-script word, and every
    /// character that is not a letter (separators, punctuation, digits) all folded away.
    public static func fold(_ s: String) -> String {
        let visible = LookAlike.removingIgnorables(s.precomposedStringWithCompatibilityMapping)
        let latin = LookAlike.foldWords(visible).text
        let plain = latin.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(plain.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }

    /// True when `key` names a forbidden attribute, however it is written (`Nationality.`,
    /// `place__of__birth`, `ＮＡＴＩＯＮＡＬＩＴＹ`, `x-nationality`, `国籍`, a Cyrillic а).
    public static func isForbidden(_ key: String) -> Bool {
        // The same few keys (id, name, org, …) come back in every file: fold each once.
        if let known = verdicts.withLock({ $0[key] }) { return known }
        let verdict = decide(key)
        verdicts.withLock { $0[key] = verdict }
        return verdict
    }

    private static let verdicts = Mutex<[String: Bool]>([:])

    private static func decide(_ key: String) -> Bool {
        var k = key.trimmingCharacters(in: .whitespaces)
        // A user's own key (`x-…`) may not carry one either.
        if k.lowercased().hasPrefix("x-") || k.lowercased().hasPrefix("x_") { k = String(k.dropFirst(2)) }
        let f = fold(k)
        guard !f.isEmpty else { return false }
        return folded.contains(f) || embeddable.contains { f.contains($0) }
    }

    /// The forbidden word an expression or column name mentions, if any (`NATIONALITY/VALUE`,
    /// `nationalities`, `Place of Birth`), so that a declaration cannot read one under another name.
    public static func mentioned(in expression: String) -> String? {
        // Words as the expression separates them; a run of them may spell a word with separators
        // (`place-of-birth`, `Place of Birth`).
        let parts = expression.split(whereSeparator: { !($0.isLetter || $0.isNumber) && !LookAlike.isIgnorable($0) }).map { fold(String($0)) }
            .filter { !$0.isEmpty }
        for i in parts.indices {
            var run = ""
            for j in i..<min(parts.count, i + 5) {
                run += parts[j]
                if folded.contains(run) { return run }
            }
            if let w = embeddable.first(where: { parts[i].contains($0) }) { return w }
        }
        return nil
    }

    /// The message every refusal carries. The key is shown printable and short; its value never.
    public static func refusal(_ key: String) -> String {
        "key '\(Text.printable(key, limit: 40))' is not accepted (rsdd assesses ties, never nationality, citizenship, birthplace, ethnicity or race)"
    }
}
