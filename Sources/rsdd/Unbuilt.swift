import ArgumentParser

// Subcommands whose stage cannot yet be run on its own. Each says so and exits 2: none prints
// made-up output. Their options are parsed so that `--help` already documents the interface.



struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write reports from the last assessment (not built yet on its own: use `rsdd run`; exits 2).")
    @Option(help: "The workspace folder.") var config: String?
    func run() throws { throw notBuilt("report") }
}
