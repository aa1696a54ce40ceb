import ArgumentParser
import Foundation
import RSDDCore
import RSDDPipeline

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the reports again from the stored snapshots, with no network request; optionally as PDFs.",
        discussion: """
        The same as `rsdd run --offline`: assesses every team from the snapshots already fetched and \
        writes reports/ (swapped in whole, the replaced reports archived). With --pdf, each Markdown \
        report is then turned into a PDF with pandoc and WeasyPrint (Debian: pandoc weasyprint \
        fonts-noto-cjk), using tools/report.css when --css is not given. Exit codes as for run: 3 when \
        a source is stale or missing.
        """)

    @OptionGroup var workspace: WorkspaceOption

    @Option(help: ArgumentHelp("The date look-back windows are measured to (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: ArgumentHelp("The policy profile (built in: mext, dod-2023, strac).", valueName: "ID"))
    var policy = "mext"

    @Flag(help: "Also write a PDF beside each Markdown report.")
    var pdf = false

    @Option(help: ArgumentHelp("A stylesheet for the PDFs.", valueName: "FILE.css"))
    var css: String?

    @Flag(help: "When another rsdd process is working on the workspace, wait for it instead of exiting.")
    var wait = false

    func run() throws {
        let now = Date()
        var options = RunOptions(workspace: workspace.workspace, asOf: try asOfDay(asOf, now: now), now: now, offline: true, policy: policy)
        options.wait = wait
        options.keepIndexUntilExit = true
        let outcome: RunOutcome
        do {
            outcome = try Pipeline.run(options)
        } catch {
            throw exitError(error, stopped: "report failed, previous reports kept")
        }
        for w in outcome.warnings { note("warning: \(w)") }
        note("reports of run \(outcome.run.id) written: \(outcome.written.count) files in \(workspace.workspace.display(workspace.workspace.reportsDir))/")
        defer {
            if !outcome.allFresh { note("sources not fresh: \(outcome.sources.filter { $0.state != .fresh }.map(\.id).joined(separator: ", "))") }
            if !outcome.incompleteTeams.isEmpty { note("incomplete: \(outcome.incompleteTeams.joined(separator: ", "))") }
        }
        if !pdf {
            if !outcome.allGood { throw ExitCode(3) }
            return
        }
        let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let pandoc else {
            throw fail("--pdf needs pandoc and WeasyPrint (Debian: apt-get install pandoc weasyprint fonts-noto-cjk)", code: 2)
        }
        let style = css ?? [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("../../tools/report.css").standardizedFileURL.path, "tools/report.css"]
            .first { FileManager.default.fileExists(atPath: $0) }
        for name in outcome.written where name.hasSuffix(".md") {
            let stem = String(name.dropLast(3))
            let dir = workspace.workspace.reportsDir
            var markdown = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            // pandoc runs sandboxed (no file access) with raw HTML off: the picture goes in as a
            // data URI, the one image a report has.
            if let svg = try? Data(contentsOf: dir.appendingPathComponent(stem + ".svg")) {
                markdown = markdown.replacingOccurrences(of: "](\(stem).svg)", with: "](data:image/svg+xml;base64,\(svg.base64EncodedString()))")
            }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: pandoc)
            p.currentDirectoryURL = dir
            p.arguments = ["-f", "markdown-raw_html", "--sandbox", "--standalone", "--self-contained", "--pdf-engine=weasyprint",
                           "-o", stem + ".pdf"]
                + (style.map { ["--css=" + URL(fileURLWithPath: $0).standardizedFileURL.path] } ?? [])
            let input = Pipe()
            p.standardInput = input
            p.standardError = FileHandle.nullDevice
            try p.run()
            input.fileHandleForWriting.write(Data(markdown.utf8))
            try input.fileHandleForWriting.close()
            p.waitUntilExit()
            if p.terminationStatus != 0 { throw fail("pandoc could not turn reports/\(name) into a PDF (exit \(p.terminationStatus))", code: 1) }
        }
        note("PDFs written beside the reports")
        if !outcome.allGood { throw ExitCode(3) }
    }
}
