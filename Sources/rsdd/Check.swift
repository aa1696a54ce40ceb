import ArgumentParser
import Foundation
import RSDDAssess
import RSDDCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the workspace's sources, teams and policy profiles; print every problem, one per line.")

    @OptionGroup var workspace: WorkspaceOption

    func run() throws {
        let ws = workspace.workspace
        var problems = ws.validate()
        for url in ws.yamlFiles(in: ws.policiesDir) {
            do { _ = try PolicyProfile.load(url, display: ws.display(url)) } catch let e as ConfigError { problems.append(e) }
        }
        for p in problems { note(p.description) }
        if !problems.isEmpty { throw ExitCode(2) }
        note("\(ws.yamlFiles(in: ws.sourcesDir).count) sources, \(ws.yamlFiles(in: ws.teamsDir).count) teams, \(ws.yamlFiles(in: ws.policiesDir).count) workspace profiles: no problem found")
    }
}
