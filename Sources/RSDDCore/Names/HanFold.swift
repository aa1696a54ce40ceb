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
        // Forms OpenCC leaves alone: CJK radicals (the supplement has no compatibility mapping,
        // so NFKC keeps ⺠ apart from 民), compatibility-block ideographs without a decomposition
        // (﨑), and variants used in names (髙, 𠮷). Each is folded to its ideograph, then on.
        for (from, to) in variants { t[from] = t[to] ?? to }
        return t
    }()

    /// Radicals and variant forms → the ideograph they stand for (after Unicode's
    /// EquivalentUnifiedIdeograph.txt for the radicals; the variants by hand).
    static let variants: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = "⺟母 ⺠民 ⺮竹 ⻁虎 ⻄西 ⻅见 ⻆角 ⻈讠 ⻉贝 ⻋车 ⻑長 ⻓长 ⻔门 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻬齐 ⻮齿 ⻰龙 ⻳龟 﨑崎 髙高 𠮷吉"
        var v: [Unicode.Scalar: Unicode.Scalar] = [:]
        for pair in pairs.split(separator: " ") {
            let u = Array(pair.unicodeScalars)
            v[u[0]] = u[1]
        }
        return v
    }()

    /// `s` with every Han character in its simplified form; other characters unchanged.
    public static func fold(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { table[$0] != nil }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(table[u] ?? u) }
        return String(out)
    }
}
