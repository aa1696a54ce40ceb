import Foundation
import RSDDReport
import Testing
import TestSupport

/// The PDFs' stylesheet is compiled in (`--pdf` works without the source tree); `tools/report.css`
/// stays its one source of truth.
@Suite struct ReportStylesheetTests {
    @Test func theCompiledInStylesheetIsToolsReportCSSByteForByte() throws {
        let css = try String(contentsOf: repositoryRoot.appendingPathComponent("tools/report.css"), encoding: .utf8)
        #expect(ReportStylesheet.css == css, "Sources/RSDDReport/ReportStylesheet.swift is out of date: run python3 tools/gen-builtins.py")
    }
}
