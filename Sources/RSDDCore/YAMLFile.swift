import Foundation
import Yams

/// Reads one user-written YAML file into a `Decodable` type, with errors that name the file and
/// line, and refuses forbidden personal attributes anywhere in it before anything is decoded.
public enum YAMLFile {
    /// Loads `url`, displaying it as `displayPath` in errors.
    /// `contextFor` turns a key path (`members[1].ties[0]`) into the user's words (`member m2`).
    public static func load<T: Decodable>(
        _ type: T.Type, from url: URL, displayPath: String,
        contextFor: (Yams.Node, [CodingKey]) -> String? = { _, _ in nil }
    ) throws -> T {
        let text: String
        do {
            let data = try Data(contentsOf: url)
            guard let t = String(data: data, encoding: .utf8) else {
                throw ConfigError(file: displayPath, message: "not UTF-8 text")
            }
            text = t
        } catch let e as ConfigError {
            throw e
        } catch {
            throw ConfigError(file: displayPath, message: "cannot be read (\(error.localizedDescription))")
        }
        return try decode(type, yaml: text, displayPath: displayPath, contextFor: contextFor)
    }

    /// Decodes YAML text; see `load`.
    public static func decode<T: Decodable>(
        _ type: T.Type, yaml text: String, displayPath: String,
        contextFor: (Yams.Node, [CodingKey]) -> String? = { _, _ in nil }
    ) throws -> T {
        // A type with a fast path reads its values as text (it checks them itself): its file is
        // parsed without resolving plain scalars at all, and again with them only when the fast
        // path declines it.
        if let fast = type as? FastNodeDecodable.Type {
            let value: T? = try withNode(text, resolver: YAMLFile.textOnly, displayPath: displayPath, contextFor: contextFor) {
                fast.fast($0) as? T
            }
            if let value { return value }
        }
        return try withNode(text, resolver: YAMLFile.resolver, displayPath: displayPath, contextFor: contextFor) { node in
            do {
                return try YAMLDecoder().decode(type, from: node)
            } catch let e as DecodingError {
                let (path, message) = describe(e)
                let target = locate(path, in: node)
                throw ConfigError(file: displayPath, line: target?.mark?.line,
                                  context: contextFor(node, path), message: message)
            }
        }
    }

    /// Parses `text`, refuses anchors and forbidden keys, and gives the root node to `body`.
    private static func withNode<R>(
        _ text: String, resolver: Yams.Resolver, displayPath: String,
        contextFor: (Yams.Node, [CodingKey]) -> String?, _ body: (Yams.Node) throws -> R
    ) throws -> R {
        let node: Yams.Node
        // Nodes hold their anchors weakly and the parser owns them: it must outlive the walk that
        // refuses anchors.
        var parser: Yams.Parser?
        defer { withExtendedLifetime(parser) {} }
        do {
            parser = try Yams.Parser(yaml: text, resolver: resolver)
            guard let n = try parser?.singleRoot() else {
                throw ConfigError(file: displayPath, message: "the file is empty")
            }
            node = n
        } catch let e as ConfigError {
            throw e
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            // Yams's own message quotes the whole mapping, values and all: name the key only.
            if let bad = keys.first(where: ForbiddenAttribute.isForbidden) {
                throw ConfigError(file: displayPath, line: context.mark.line, message: ForbiddenAttribute.refusal(bad))
            }
            throw ConfigError(file: displayPath, line: context.mark.line,
                              message: "key '\(Text.printable(keys.sorted().first ?? "", limit: 40))' appears twice in one mapping")
        } catch let e as YamlError {
            throw ConfigError(file: displayPath, line: yamlErrorLine(e), message: "not valid YAML (\(yamlErrorSummary(e)))")
        }
        try refuseForbiddenKeys(in: node, path: [], root: node, displayPath: displayPath, contextFor: contextFor)
        return try body(node)
    }

    /// Plain scalars are text, numbers, booleans or null here: no timestamps, floats or merge keys,
    /// each of which Yams tries with a regular expression on every scalar (a fifth of the time of
    /// loading ten thousand team files went there).
    static let resolver = Yams.Resolver.default.removing(.timestamp).removing(.float).removing(.merge).removing(.value)
    /// Every plain scalar is text: no regular expression at all (the fast paths read text).
    static let textOnly = Yams.Resolver.basic

    private static func refuseForbiddenKeys(
        in node: Yams.Node, path: [CodingKey], root: Yams.Node, displayPath: String,
        contextFor: (Yams.Node, [CodingKey]) -> String?
    ) throws {
        // An alias repeats its anchor's whole subtree wherever it appears: ten anchors of ten
        // aliases each are 10^10 nodes to walk. Team, source and policy files have no use for them.
        if let anchor = node.anchor {
            throw ConfigError(file: displayPath, line: node.mark?.line, context: contextFor(root, path),
                              message: "YAML anchors and aliases (&\(Text.printable(anchor.rawValue, limit: 40))) are not accepted: write the value out")
        }
        switch node {
        case .mapping(let m):
            for (k, v) in m {
                let key = k.string ?? ""
                if ForbiddenAttribute.isForbidden(key) {
                    throw ConfigError(file: displayPath, line: k.mark?.line, context: contextFor(root, path),
                                      message: ForbiddenAttribute.refusal(key))
                }
                try refuseForbiddenKeys(in: v, path: path + [Key(stringValue: key)], root: root,
                                        displayPath: displayPath, contextFor: contextFor)
            }
        case .sequence(let s):
            for (i, v) in s.enumerated() {
                try refuseForbiddenKeys(in: v, path: path + [Key(intValue: i)], root: root,
                                        displayPath: displayPath, contextFor: contextFor)
            }
        case .scalar, .alias:
            break
        }
    }

    /// The node at a decoding key path, as far as the path reaches.
    public static func locate(_ path: [CodingKey], in root: Yams.Node) -> Yams.Node? {
        var node = root
        for key in path {
            if let i = key.intValue, case .sequence(let s) = node, i < s.count {
                node = s[i]
            } else if case .mapping(let m) = node, let v = m[key.stringValue] {
                node = v
            } else {
                break
            }
        }
        return node
    }

    private static func describe(_ e: DecodingError) -> ([CodingKey], String) {
        switch e {
        case .keyNotFound(let key, let ctx):
            return (ctx.codingPath, "key '\(key.stringValue)' is required")
        case .typeMismatch(let type, let ctx):
            return (ctx.codingPath, "\(keyName(ctx.codingPath)) should be \(typeName(type))")
        case .valueNotFound(let type, let ctx):
            return (ctx.codingPath, "\(keyName(ctx.codingPath)) should be \(typeName(type)), found nothing")
        case .dataCorrupted(let ctx):
            return (ctx.codingPath, "\(keyName(ctx.codingPath)): \(ctx.debugDescription)")
        @unknown default:
            return ([], "\(e)")
        }
    }

    private static func keyName(_ path: [CodingKey]) -> String {
        guard let last = path.last(where: { $0.intValue == nil }) else { return "the file" }
        return "key '\(last.stringValue)'"
    }

    private static func typeName(_ type: Any.Type) -> String {
        let t = "\(type)"
        if t.hasPrefix("Array") { return "a list" }
        if t.hasPrefix("Dictionary") { return "a mapping" }
        if t == "String" { return "text" }
        if t == "Int" || t == "Double" { return "a number" }
        return "a \(t)"
    }

    private static func yamlErrorLine(_ e: YamlError) -> Int? {
        switch e {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func yamlErrorSummary(_ e: YamlError) -> String {
        switch e {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        default:
            return "\(e)"
        }
    }

    typealias Key = AnyCodingKey

    /// Throws for the first key of the mapping being decoded that is not in `known` and does not
    /// start with `x-` (a user's own note), so a misspelt key is an error, not a silent default.
    public static func refuseUnknownKeys(in decoder: Decoder, known: Set<String>) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        for key in c.allKeys.sorted(by: { $0.stringValue < $1.stringValue })
        where !known.contains(key.stringValue) && !key.stringValue.hasPrefix("x-") {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [key],
                debugDescription: "unknown key (known: \(known.sorted().joined(separator: ", ")); keys of your own start with x-)"))
        }
    }
}

/// A coding key for any name or index.
public struct AnyCodingKey: CodingKey, Sendable {
    public var stringValue: String
    public var intValue: Int?
    public init(stringValue: String) { self.stringValue = stringValue }
    public init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}
