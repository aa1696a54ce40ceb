import ArgumentParser
import Foundation
import RSDDCore
import RSDDPipeline
import RSDDReport

struct Report: ParsableCommand, QuietableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the reports again from the stored snapshots, with no network request; or turn the reports into PDFs.",
        discussion: """
        Without --pdf: the same as `rsdd run --offline`: assesses every team from the snapshots already \
        fetched and writes reports/ (swapped in whole, the replaced reports archived). Exit codes as for \
        run: 3 when a source is stale or missing.

        With --pdf: assesses nothing and rewrites nothing: each Markdown report already in reports/ \
        (teams, index, changes) becomes a PDF in reports/pdf/ (or --out DIR), made by pandoc (looked up \
        on PATH, or --pandoc) and WeasyPrint (Debian: pandoc weasyprint fonts-noto-cjk) with rsdd's \
        built-in print stylesheet (or --css FILE). reports/pdf/ goes to .rsdd/runs/<id>/ with the \
        reports it was made from when the next run replaces them.
        """)

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var logging: LogOptions

    @Option(help: ArgumentHelp("The date look-back windows are measured to (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: policyHelp())
    var policy: String?

    @Flag(help: "Turn the reports already written into PDFs (in reports/pdf/ or --out); assess nothing, rewrite nothing.")
    var pdf = false

    @Option(help: ArgumentHelp("With --pdf: a stylesheet for the PDFs instead of the built-in one.", valueName: "FILE.css"))
    var css: String?

    @Option(help: ArgumentHelp("With --pdf: where the PDFs go (default: reports/pdf/ in the workspace).", valueName: "DIR"))
    var out: String?

    @Option(help: ArgumentHelp("With --pdf: the pandoc executable (default: the first pandoc on PATH).", valueName: "FILE"))
    var pandoc: String?

    @Flag(help: "When another rsdd process is working on the workspace, wait for it instead of exiting.")
    var wait = false

    func validate() throws {
        if pdf, asOf != nil || policy != nil {
            throw ValidationError("--pdf turns the reports already written into PDFs: --as-of and --policy belong to `rsdd report` without --pdf")
        }
        if !pdf, css != nil || out != nil || pandoc != nil {
            throw ValidationError("--css, --out and --pandoc go with --pdf")
        }
    }

    func run() throws {
        if pdf { return try writePDFs() }
        let now = Date()
        var options = RunOptions(workspace: workspace.workspace, asOf: try asOfDay(asOf, now: now), now: now, offline: true,
                                 policy: policy ?? "mext")
        options.wait = wait
        // Asked to write the reports again: written even when no input changed.
        options.rewrite = true
        options.keepIndexUntilExit = true
        let outcome: RunOutcome
        let line = ProgressLine(style: LogStyle(quiet: logging.quiet))
        defer { line.clear() }
        options.stage = { [line] in line.stage($0) }
        do {
            outcome = try Pipeline.run(options)
            line.clear()
        } catch {
            throw exitError(error, stopped: "report failed, previous reports kept")
        }
        for w in outcome.warnings { note("warning: \(w)") }
        summary("reports of run \(outcome.run.id) written: \(outcome.written.count) files in \(workspace.workspace.display(workspace.workspace.reportsDir))/")
        if !outcome.allFresh { summary("sources not fresh: \(outcome.sources.filter { $0.state != .fresh }.map(\.id).joined(separator: ", "))") }
        if !outcome.incompleteTeams.isEmpty { summary("incomplete: \(outcome.incompleteTeams.joined(separator: ", "))") }
        if !outcome.allGood { throw ExitCode(3) }
    }

    /// `--pdf`: PDFs of the reports already written, under the workspace's lock so that a run
    /// does not swap the reports while they are read.
    private func writePDFs() throws {
        let ws = workspace.workspace
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var style = ReportStylesheet.css
        if let css {
            guard let data = FileManager.default.contents(atPath: URL(fileURLWithPath: css, relativeTo: here).path),
                  let text = String(data: data, encoding: .utf8) else {
                throw fail("--css \(css): no such readable UTF-8 file", code: 2)
            }
            style = text
        }
        let exe: URL
        if let pandoc {
            exe = URL(fileURLWithPath: pandoc, relativeTo: here)
            guard FileManager.default.isExecutableFile(atPath: exe.path) else { throw fail("--pandoc \(pandoc): not an executable file", code: 2) }
        } else {
            guard let found = PDFWriter.findPandoc(path: ProcessInfo.processInfo.environment["PATH"]) else {
                throw fail("--pdf needs pandoc on PATH, and WeasyPrint (Debian: apt-get install pandoc weasyprint fonts-noto-cjk)", code: 2)
            }
            exe = found
        }
        let target = out.map { URL(fileURLWithPath: $0, relativeTo: here) } ?? ws.reportsDir.appendingPathComponent("pdf")
        do {
            let lock = try WorkspaceLock(workspace: ws, wait: wait)
            defer { withExtendedLifetime(lock) {} }
            let pdfs = try PDFWriter(pandoc: exe, css: style).write(reports: ws.reportsDir, display: ws.display(ws.reportsDir), to: target)
            summary("\(counted(pdfs.count, "PDF")) written in \(out ?? ws.display(target))/")
        } catch let e as PDFWriter.Failure {
            throw fail(e.description, code: e.usage ? 2 : 1)
        } catch {
            throw exitError(error, stopped: "no PDF written")
        }
    }
}
