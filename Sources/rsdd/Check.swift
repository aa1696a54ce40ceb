import ArgumentParser
import Foundation
import RSDDAssess
import RSDDCore
import RSDDParse

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the workspace's sources, teams and policy profiles; print every problem, one per line.")

    @OptionGroup var workspace: WorkspaceOption

    func run() throws {
        let ws = workspace.workspace
        var problems = ws.validate()
        // Field names a reader would refuse (unknown fields) are declaration problems too.
        for url in ws.yamlFiles(in: ws.sourcesDir) {
            guard let spec = try? YAMLFile.load(SourceSpec.self, from: url, displayPath: ws.display(url)), !spec.isPerMember, spec.format != .ror else { continue }
            do { _ = try RecordExtractor(source: spec) } catch let e as ParseError {
                problems.append(ConfigError(file: ws.display(url), message: e.message))
            }
        }
        for url in ws.yamlFiles(in: ws.policiesDir) {
            do { _ = try PolicyProfile.load(url, display: ws.display(url)) } catch let e as ConfigError { problems.append(e) }
        }
        for p in problems { note(p.description) }
        if !problems.isEmpty { throw ExitCode(2) }
        note("\(ws.yamlFiles(in: ws.sourcesDir).count) sources, \(ws.yamlFiles(in: ws.teamsDir).count) teams, \(ws.yamlFiles(in: ws.policiesDir).count) workspace profiles: no problem found")
    }
}
