/// The personal attributes rsdd refuses as input, in any file: rsdd assesses ties, never origin.
public enum ForbiddenAttribute {
    /// Canonical spellings (lower case, `_` between words).
    public static let keys: Set<String> = [
        "nationality", "nationalities", "citizenship", "citizenships", "country_of_birth",
        "place_of_birth", "birth_place", "birthplace", "birth_country", "ethnicity", "ethnic_origin",
        "race", "national_origin", "country_of_citizenship",
    ]

    /// The canonical form of a key: lower case, with `-`, spaces and `_` all as `_`.
    public static func canonical(_ key: String) -> String {
        var out = ""
        for ch in key.lowercased() {
            out.append(ch == "-" || ch == " " ? "_" : ch)
        }
        return out
    }

    /// True when `key` names a forbidden attribute in any case or with `-`/`_`/space.
    public static func isForbidden(_ key: String) -> Bool {
        keys.contains(canonical(key))
    }

    /// The forbidden word an expression or column name mentions, if any (`NATIONALITY/VALUE`,
    /// `nationalities`, `Place of Birth`), so that a declaration cannot read one under another name.
    public static func mentioned(in expression: String) -> String? {
        let words = canonical(expression).split(whereSeparator: { !$0.isLetter && $0 != "_" }).map(String.init)
        let joined = "_" + words.joined(separator: "_") + "_"
        for key in keys.sorted() where joined.contains("_\(key)_") || words.contains(where: { $0.contains(key) && key.count > 4 }) {
            return key
        }
        return nil
    }

    /// The message every refusal carries.
    public static func refusal(_ key: String) -> String {
        "key '\(key)' is not accepted (rsdd assesses ties, never nationality, citizenship, birthplace, ethnicity or race)"
    }
}
