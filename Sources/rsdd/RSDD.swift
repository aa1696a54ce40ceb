import ArgumentParser
import Foundation
import Logging
import RSDDAssess
import RSDDCore
import RSDDPipeline

@main
struct RSDD: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rsdd",
        abstract: "Research-security due diligence: screens research teams' ties to outside organisations against public lists.",
        discussion: """
        rsdd assesses ties (employment, appointments, funding, contracts, in-kind support, talent \
        programmes) and the standing of the counterparty organisations on public lists. It never \
        reads nationality, citizenship, place of birth, race or ethnicity.

        Exit codes: 0 done, every source fresh and every assessment complete; 3 done but a source is \
        stale or missing, or a team's assessment is incomplete (a check its level rests on was not made); \
        2 bad usage, configuration or input; 1 could not finish (previous reports kept); 4 with \
        `rsdd run --fail-on-change LEVEL`, a team's level rose to LEVEL or above (wins over 3).
        """,
        version: RSDDVersion.current,
        subcommands: [Run.self, Fetch.self, Sources.self, Parse.self, Resolve.self, Match.self, Assess.self,
                      Report.self, Diff.self, Review.self, Decide.self, Check.self]
    )

    /// ArgumentParser's own `main`, but a usage error (an unknown option, a bad `--as-of`) exits
    /// 2 with one line, as the README documents, instead of 64 (EX_USAGE) and a usage block.
    /// The log style (`--quiet`, timestamps when stderr is not a terminal) is set before
    /// anything is logged.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            LoggingSystem.bootstrap { _ in LineLogHandler(style: LogStyle(quiet: false)) }
            usageError(error)
        }
        let style = LogStyle(quiet: (command as? QuietableCommand)?.logging.quiet ?? false)
        LoggingSystem.bootstrap { _ in LineLogHandler(style: style) }
        do {
            try command.run()
        } catch {
            usageError(error)
        }
    }

    /// Exits as ArgumentParser would, but with 2 and one line for a usage error.
    private static func usageError(_ error: Error) -> Never {
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        let args = CommandLine.arguments.dropFirst()
        let sub = configuration.subcommands.map { $0._commandName }.first { $0 == args.first }
        let line = message(for: error).split(whereSeparator: \.isNewline).joined(separator: " ")
        log.error("\(line) (see rsdd \(sub.map { "\($0) " } ?? "")--help)")
        Foundation.exit(2)
    }
}

/// The workspace option every subcommand that works on a workspace shares.
struct WorkspaceOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workspace folder (sources.d/, teams/, policies/).", valueName: "DIR"))
    var config: String = "."

    var workspace: Workspace {
        Workspace(root: URL(fileURLWithPath: config, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
    }
}

/// Exits with `code` after one line on stderr: how every error reaches the user.
func fail(_ message: String, code: Int32) -> ExitCode {
    log.error("\(message)")
    return ExitCode(code)
}

/// The one line and exit code for an error a stage threw: 2 for configuration and a busy
/// workspace, 1 for anything else that stopped the work (`stopped` says what was kept).
func exitError(_ error: Error, stopped: String) -> Error {
    switch error {
    case let e as ExitCode: return e
    case let e as ConfigError: return fail(e.description, code: 2)
    case let e as LockError: return fail(e.description, code: 2)
    default: return fail("\(stopped): \(error)", code: 1)
    }
}

/// Prints a command's summary line on stderr: shown with `--quiet` too.
func summary(_ message: String, _ metadata: Logger.Metadata? = nil) {
    log.notice("\(message)", metadata: metadata)
}

/// "1 finding", "2 findings".
func counted(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
}

/// Prints a line on stderr (log lines, warnings) through the logger.
func note(_ message: String, _ metadata: Logger.Metadata? = nil) {
    if message.hasPrefix("warning: ") {
        log.warning("\(message)", metadata: metadata)
    } else {
        log.info("\(message)", metadata: metadata)
    }
}

/// The help of every `--policy` option: the built-in profiles, as compiled in.
func policyHelp() -> ArgumentHelp {
    ArgumentHelp("The policy profile: a workspace's policies/ID.yml, or one built in: \(PolicyProfile.builtinIDs.joined(separator: ", ")) (default mext).",
                 valueName: "ID")
}

/// Parses `--as-of`, defaulting to today (UTC).
func asOfDay(_ text: String?, now: Date) throws -> Day {
    guard let text else { return Day(now) }
    guard let d = Day(iso: text) else { throw ValidationError("--as-of '\(text)' is not a date (YYYY-MM-DD)") }
    return d
}


extension Level: ExpressibleByArgument {}
