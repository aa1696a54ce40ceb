import Foundation
import RSDDCore

/// Turns the Markdown reports a run already wrote into PDFs with pandoc and WeasyPrint. It only
/// reads the reports folder and writes into its own output folder: it never assesses, and never
/// touches `changes.*`, `index.*` or `.rsdd/runs/`.
public struct PDFWriter: Sendable {
    /// Why no PDF could be written, in one line; `usage` when the caller asked for something
    /// impossible (exit 2), otherwise a tool failed (exit 1).
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
        public var usage: Bool
    }

    /// The pandoc executable.
    public var pandoc: URL
    /// The stylesheet's text (default: `ReportStylesheet.css`, compiled in).
    public var css: String

    public init(pandoc: URL, css: String = ReportStylesheet.css) {
        self.pandoc = pandoc
        self.css = css
    }

    /// The first executable `pandoc` on `path` (a `PATH` value: folders separated by `:`).
    public static func findPandoc(path: String?) -> URL? {
        for dir in (path ?? "").split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("pandoc")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }

    /// Writes `<name>.pdf` into `out` for every `<name>.md` in `reports` (sorted), each under a
    /// temporary name first and then renamed, so a failure leaves earlier PDFs as they were.
    /// Returns the PDFs' names.
    public func write(reports: URL, display: String, to out: URL) throws -> [String] {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: reports.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        guard names.contains("index.md") else {
            throw Failure(description: "\(display)/ holds no reports (no index.md): run `rsdd run` first", usage: true)
        }
        try fm.createDirectory(at: out, withIntermediateDirectories: true)
        let work = out.appendingPathComponent(".rsdd-pdf-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: work)
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let style = work.appendingPathComponent("report.css")
        try Data(css.utf8).write(to: style)
        var written: [String] = []
        for name in names {
            let stem = String(name.dropLast(3))
            let markdown = PDFWriter.forPDF(try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8), stem: stem,
                                            svg: try? Data(contentsOf: reports.appendingPathComponent(stem + ".svg")),
                                            reports: Set(names.map { String($0.dropLast(3)) }))
            let pdf = stem + ".pdf"
            try run(markdown: markdown, css: style, output: work.appendingPathComponent(pdf), display: "\(display)/\(name)")
            _ = try? fm.removeItem(at: out.appendingPathComponent(pdf))
            try fm.moveItem(at: work.appendingPathComponent(pdf), to: out.appendingPathComponent(pdf))
            written.append(pdf)
        }
        return written
    }

    /// A report's Markdown as pandoc gets it for a PDF. pandoc runs sandboxed (no file access)
    /// with raw HTML off: the picture goes in as a data URI, the one image a report has. Links
    /// to the other reports (`t-x.md`) point to their PDFs, which are written beside this one.
    public static func forPDF(_ markdown: String, stem: String, svg: Data?, reports: Set<String>) -> String {
        var m = markdown
        if let svg { m = m.replacingOccurrences(of: "](\(stem).svg)", with: "](data:image/svg+xml;base64,\(svg.base64EncodedString()))") }
        for r in reports.sorted() { m = m.replacingOccurrences(of: "](\(r).md)", with: "](\(r).pdf)") }
        return m
    }

    /// Runs pandoc once; on failure, the error carries the last lines pandoc wrote on stderr.
    private func run(markdown: String, css: URL, output: URL, display: String) throws {
        let fm = FileManager.default
        let errFile = output.deletingLastPathComponent().appendingPathComponent("pandoc.stderr")
        _ = fm.createFile(atPath: errFile.path, contents: nil)
        let err = try FileHandle(forWritingTo: errFile)
        let p = Process()
        p.executableURL = pandoc
        p.currentDirectoryURL = output.deletingLastPathComponent()
        // --quiet: sandboxed, pandoc cannot read its own translation files and warned so on every
        // report ("Could not load translations for en-US"); errors are still written.
        p.arguments = ["-f", "markdown-raw_html", "--sandbox", "--standalone", "--self-contained", "--pdf-engine=weasyprint",
                       "--quiet", "--css=" + css.path, "-o", output.path]
        // Files, not pipes: pandoc may write much on stderr before it has read all its input, and
        // a pandoc that fails before reading it would kill rsdd with SIGPIPE.
        let inputFile = output.deletingLastPathComponent().appendingPathComponent("pandoc.stdin")
        try Data(markdown.utf8).write(to: inputFile)
        defer { try? fm.removeItem(at: inputFile) }
        let input = try FileHandle(forReadingFrom: inputFile)
        defer { try? input.close() }
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        do {
            try p.run()
        } catch {
            throw Failure(description: "cannot start \(pandoc.path) (\(error.localizedDescription))", usage: false)
        }
        p.waitUntilExit()
        try? err.close()
        let stderr = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
        try? fm.removeItem(at: errFile)
        if p.terminationStatus != 0 || !fm.fileExists(atPath: output.path) {
            let tail = stderr.split(whereSeparator: \.isNewline).suffix(3).map { Text.printable(String($0), limit: 300) }
            throw Failure(description: "pandoc could not turn \(display) into a PDF (exit \(p.terminationStatus))"
                + (tail.isEmpty ? "" : ": " + tail.joined(separator: " / ")), usage: false)
        }
    }
}
