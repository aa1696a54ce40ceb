import Yams

/// A type that can be read straight from a YAML node when the node is well formed, without
/// Swift's Decoder machinery (which took most of the time of loading ten thousand team files).
/// The fast path returns nil for anything unusual; the Decodable path then reads the same node
/// and gives its precise error. Both must give the same value for what the fast path accepts.
protocol FastNodeDecodable {
    static func fast(_ node: Yams.Node) -> Self?
}

extension TeamSpec: FastNodeDecodable {
    static func fast(_ node: Yams.Node) -> TeamSpec? {
        guard let m = FastNode.mapping(node, CodingKeys.names),
              let id = FastNode.string(m["id"]), TeamSpec.problem(withID: id) == nil,
              let title = FastNode.string(m["title"]),
              let sensitivity = FastNode.string(m["sensitivity"]).flatMap(Sensitivity.init(rawValue:)),
              case .sequence(let ms)? = m["members"] else { return nil }
        var programme: String?
        if let p = m["programme"] {
            guard let s = FastNode.string(p) else { return nil }
            programme = Text.clean(s)
        }
        var members: [MemberSpec] = []
        for node in ms {
            guard let member = MemberSpec.fast(node) else { return nil }
            members.append(member)
        }
        return TeamSpec(id: id, title: Text.clean(title), programme: programme, sensitivity: sensitivity, members: members)
    }
}

extension MemberSpec {
    static func fast(_ node: Yams.Node) -> MemberSpec? {
        guard let m = FastNode.mapping(node, CodingKeys.names),
              let id = FastNode.string(m["id"]).map(Text.clean), !id.isEmpty,
              let name = FastNode.string(m["name"]) else { return nil }
        var role = Role.member
        if let r = m["role"] {
            guard let s = FastNode.string(r), let v = Role(rawValue: s) else { return nil }
            role = v
        }
        var orcid: String?
        if let o = m["orcid"] {
            guard let s = FastNode.string(o), ORCID.isValid(s) else { return nil }
            orcid = s
        }
        var researchmap: String?
        if let r = m["researchmap"] {
            guard let s = FastNode.string(r), MemberScheme.researchmap.isValid(s) else { return nil }
            researchmap = s
        }
        var kaken: String?
        if let k = m["kaken"] {
            guard let s = FastNode.string(k), MemberScheme.kaken.isValid(s) else { return nil }
            kaken = s
        }
        var ties: [DeclaredTie] = []
        if let t = m["ties"] {
            guard case .sequence(let ts) = t else { return nil }
            for node in ts {
                guard let tie = DeclaredTie.fast(node) else { return nil }
                ties.append(tie)
            }
        }
        return MemberSpec(id: id, name: Text.clean(name), role: role, orcid: orcid, researchmap: researchmap, kaken: kaken, ties: ties)
    }
}

extension DeclaredTie {
    static func fast(_ node: Yams.Node) -> DeclaredTie? {
        guard let m = FastNode.mapping(node, CodingKeys.names),
              let type = FastNode.string(m["type"]).flatMap(TieType.init(rawValue:)),
              let org = FastNode.string(m["org"]).map(Text.clean) else { return nil }
        func optional(_ key: String) -> String?? {
            guard let n = m[key] else { return .some(nil) }
            guard let s = FastNode.string(n) else { return nil }
            return .some(Text.clean(s))
        }
        func date(_ key: String) -> PartialDate?? {
            guard let n = m[key] else { return .some(nil) }
            guard let s = FastNode.string(n), let d = PartialDate(iso: s) else { return nil }
            return .some(d)
        }
        guard let ror = optional("ror"), let country = optional("country"), let start = date("start"), let end = date("end") else { return nil }
        let tie = DeclaredTie(type: type, org: org, ror: ror, country: country, start: start, end: end)
        return tie.isWellFormed ? tie : nil
    }
}

/// Reading plain values from nodes, the way the Decodable path reads them.
enum FastNode {
    /// The text of a plain or quoted scalar that is not null; nil otherwise.
    static func string(_ node: Yams.Node?) -> String? {
        guard case .scalar(let s)? = node else { return nil }
        // An explicit or implicit null, and anything Yams would not read as text, go the slow way.
        if s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string) { return nil }
        return s.string
    }

    /// The mapping's values by key when every key is a plain, unquoted text that is known or one
    /// of the user's own (`x-`); nil otherwise. (Looking a key up in a Yams mapping resolves the
    /// tag of every key it compares; a dictionary of texts does not.)
    static func mapping(_ node: Yams.Node, _ known: Set<String>) -> [String: Yams.Node]? {
        guard case .mapping(let m) = node else { return nil }
        var out: [String: Yams.Node] = [:]
        for (k, v) in m {
            guard case .scalar(let s) = k, s.style == .plain, known.contains(s.string) || s.string.hasPrefix("x-"),
                  out.updateValue(v, forKey: s.string) == nil else { return nil }
        }
        return out
    }
}
