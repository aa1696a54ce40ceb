import ArgumentParser

// Subcommands whose stage cannot yet be run on its own. Each says so and exits 2: none prints
// made-up output. Their options are parsed so that `--help` already documents the interface.

struct Resolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Resolve records into one entity per organisation (not built yet: exits 2).")
    @Option(name: .customLong("in"), help: "Records (JSON Lines from `rsdd parse`).") var inputs: [String] = []
    @Option(help: "The workspace folder.") var config: String?
    func run() throws { throw notBuilt("resolve") }
}

struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Match organisation names against listed records (not built yet: exits 2).")
    @Option(help: "Listed records (JSON Lines).") var entities: String?
    @Option(help: "Queries (JSON Lines).") var queries: String?
    func run() throws { throw notBuilt("match") }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write reports from the last assessment (not built yet on its own: use `rsdd run`; exits 2).")
    @Option(help: "The workspace folder.") var config: String?
    func run() throws { throw notBuilt("report") }
}
