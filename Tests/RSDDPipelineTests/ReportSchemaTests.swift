import Foundation
import RSDDCore
import RSDDPipeline
import RSDDParse
import RSDDReport
import Testing
import TestSupport

/// A small validator for the subset of JSON Schema that docs/report.schema.json uses: type,
/// properties, required, additionalProperties, items, enum, const, pattern and $ref.
struct SchemaCheck {
    let root: [String: Any]
    var problems: [String] = []

    mutating func check(_ value: Any, _ schema: [String: Any], _ path: String) {
        var schema = schema
        if let ref = schema["$ref"] as? String {
            let name = String(ref.split(separator: "/").last!)
            schema = ((root["$defs"] as? [String: Any])?[name] as? [String: Any]) ?? [:]
        }
        if let e = schema["enum"] as? [String], !(value is String && e.contains(value as! String)) {
            problems.append("\(path): \(value) not in \(e)")
        }
        if let c = schema["const"] as? String, value as? String != c { problems.append("\(path): not \(c)") }
        if let p = schema["pattern"] as? String, let s = value as? String, s.range(of: p, options: .regularExpression) == nil {
            problems.append("\(path): '\(s)' does not match \(p)")
        }
        switch schema["type"] as? String {
        case "object":
            guard let o = value as? [String: Any] else { problems.append("\(path): not an object"); return }
            let props = schema["properties"] as? [String: Any] ?? [:]
            for r in schema["required"] as? [String] ?? [] where o[r] == nil { problems.append("\(path): '\(r)' missing") }
            for (k, v) in o {
                if let s = props[k] as? [String: Any] {
                    check(v, s, "\(path).\(k)")
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    check(v, extra, "\(path).\(k)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): key '\(k)' is not in the schema")
                }
            }
        case "array":
            guard let a = value as? [Any] else { problems.append("\(path): not an array"); return }
            if let items = schema["items"] as? [String: Any] {
                for (i, v) in a.enumerated() { check(v, items, "\(path)[\(i)]") }
            }
        case "string": if !(value is String) { problems.append("\(path): not a string") }
        case "integer", "number": if !(value is NSNumber) { problems.append("\(path): not a number") }
        case "boolean": if !(value is Bool) { problems.append("\(path): not a boolean") }
        default: break
        }
    }
}

@Suite(.serialized) struct ReportSchemaTests {
    @Test func everyDemoReportFollowsTheDocumentedSchema() throws {
        let ws = try demoCopy(decisions: true)
        // A stale source, so that the optional keys of sources appear too.
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let schema = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: repositoryRoot.appendingPathComponent("docs/report.schema.json"))) as? [String: Any])
        for team in ["t-clean", "t-declared", "t-undisclosed"] {
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: ws.reportsDir.appendingPathComponent("\(team).json")))
            var check = SchemaCheck(root: schema)
            check.check(report, schema, team)
            #expect(check.problems.isEmpty, "\(check.problems)")
        }
        // The checker itself catches an undocumented key.
        var bad = SchemaCheck(root: schema)
        bad.check(["schema": "rsdd-team-report/1", "run": ["id": "x", "rsdd_version": "0", "as_of": "2026-01-01", "nationality": "X"]],
                  schema, "bad")
        #expect(bad.problems.contains { $0.contains("'nationality' is not in the schema") })
    }
}

@Suite struct TieGraphTests {
    @Test func longAndCJKNamesWrapInsideTheirBoxes() {
        let g = TieGraph()
        let lines = g.wrap("青岚先进材料研究院有限公司青岚先进材料研究院有限公司青岚先进材料")
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.allSatisfy { $0.count <= 20 }, "CJK characters count double: 20 per line")
        let latin = g.wrap("Northwind Aerospace Research Institute of Advanced Propulsion and Guidance Systems")
        #expect(latin.count == 3)
        #expect(latin.allSatisfy { $0.count <= 40 })
        #expect(latin.joined(separator: " ") == "Northwind Aerospace Research Institute of Advanced Propulsion and Guidance Systems")
    }

    @Test func theDemoPictureLinksMembersOrganisationsAndListingsAndEscapesText() throws {
        let ws = try demoCopy()
        _ = try Pipeline.run(RunOptions(workspace: ws, asOf: fixedAsOf, now: fixedNow))
        let svg = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-undisclosed.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("青岚先进材料研究院有限公司"))
        #expect(svg.contains("ООО «Северный Ветер»"))
        #expect(svg.components(separatedBy: "<path ").count - 1 == 10, "5 member→organisation edges (two findings share one) and 5 organisation→listing edges (Qinglan is on two lists)")
        // It is well-formed XML.
        _ = try RSDDParse.XMLDocument(data: Data(svg.utf8), kind: .xml, file: "t-undisclosed.svg")
        let md = try String(contentsOf: ws.reportsDir.appendingPathComponent("t-undisclosed.md"), encoding: .utf8)
        #expect(md.contains("](t-undisclosed.svg)"))
    }
}
