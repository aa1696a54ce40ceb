/// Folds Han characters written in Traditional Chinese or Japanese forms to their Simplified
/// Chinese form, so that 哈爾浜工業大学 (Japanese), 哈爾濱工業大學 (Traditional) and 哈尔滨工业大学
/// (Simplified) compare equal. The table is generated from OpenCC (see `HanFoldTable`, NOTICE);
/// ICU's Hant-Hans transform alone leaves Japanese forms such as 浜 and 総 as they are.
public enum HanFold {
    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        var t: [Unicode.Scalar: Unicode.Scalar] = [:]
        var from: Unicode.Scalar?
        for u in HanFoldTable.pairs.unicodeScalars where u != "\n" && u != " " {
            if let f = from {
                t[f] = u
                from = nil
            } else {
                from = u
            }
        }
        return t
    }()

    /// `s` with every Han character in its simplified form; other characters unchanged.
    public static func fold(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { table[$0] != nil }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(table[u] ?? u) }
        return String(out)
    }
}
