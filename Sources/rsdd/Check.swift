import ArgumentParser
import Foundation
import Logging
import RSDDAssess
import RSDDCore
import RSDDParse

struct Check: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the workspace's sources, teams and policy profiles; print every problem, one per line.")

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var logging: LogOptions

    @Flag(help: "Check for runs with --offline: a variable a source's url names that is not set is a warning, not a problem.")
    var offline = false

    func run() throws {
        let ws = workspace.workspace
        var problems = ws.validate()
        var unset: [ConfigError] = []
        let environment = ProcessInfo.processInfo.environment
        for url in ws.yamlFiles(in: ws.sourcesDir) {
            guard let spec = try? YAMLFile.load(SourceSpec.self, from: url, displayPath: ws.display(url)) else { continue }
            // A source whose url needs a variable that is not set cannot be fetched (an empty one counts as unset).
            for name in Set(SourceSpec.environmentNames(in: spec.url)).sorted() where (environment[name] ?? "").isEmpty {
                unset.append(ConfigError(file: ws.display(url), message: "the environment variable \(name) that the url names is not set (set it where rsdd runs, e.g. in the crontab)"))
            }
            // Field names a reader would refuse (unknown fields) are declaration problems too.
            guard !spec.isPerMember, spec.format != .ror else { continue }
            do { _ = try RecordExtractor(source: spec) } catch let e as ParseError {
                problems.append(ConfigError(file: ws.display(url), message: e.message))
            }
        }
        for url in ws.yamlFiles(in: ws.policiesDir) {
            do { _ = try PolicyProfile.load(url, display: ws.display(url)) } catch let e as ConfigError { problems.append(e) }
        }
        if offline {
            for w in unset { note("warning: \(w.description)") }
        } else {
            problems += unset
        }
        for p in problems { log.error("\(p.description)") }
        if !problems.isEmpty { throw ExitCode(2) }
        summary("\(ws.yamlFiles(in: ws.sourcesDir).count) sources, \(ws.yamlFiles(in: ws.teamsDir).count) teams, \(ws.yamlFiles(in: ws.policiesDir).count) workspace profiles: no problem found")
    }
}
