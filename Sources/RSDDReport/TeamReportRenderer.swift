import Foundation
import RSDDCore

/// Renders a team's assessment as Markdown that pandoc turns into a PDF unchanged, and as JSON.
/// Output depends only on the assessment and the run metadata: every list is sorted upstream or here.
public struct TeamReportRenderer: Sendable {
    public init() {}

    /// The JSON report, with sorted keys and a trailing newline.
    public func json(_ report: TeamReport) throws -> Data {
        try Files.jsonEncoder().encode(report) + Data("\n".utf8)
    }

    /// The Markdown report: one fact per line, paragraphs never wrapped.
    public func markdown(_ report: TeamReport) -> String {
        let a = report.assessment
        let e = Markdown.escape
        var L: [String] = [
            "---",
            "title: \(Markdown.yamlQuoted("Research-security report: \(a.title)"))",
            "subtitle: \(Markdown.yamlQuoted("Team \(a.team) · level \(TeamReportRenderer.level(a))"))",
            "date: \(Markdown.yamlQuoted("As of \(a.asOf)"))",
            "team: \(Markdown.yamlQuoted(a.team))",
            "programme: \(Markdown.yamlQuoted(a.programme ?? ""))",
            "profile: \(Markdown.yamlQuoted(a.profile))",
            "as-of: \(Markdown.yamlQuoted(a.asOf.description))",
            "rsdd-version: \(Markdown.yamlQuoted(report.run.rsddVersion))",
            "lang: en",
            "---",
            "",
            "# Summary",
            "",
        ]
        L += Markdown.table(["Item", "Value"], [
            ["Team", e(a.team)],
            ["Project", e(a.title)],
            ["Programme", e(a.programme ?? "—")],
            ["Sensitivity", a.sensitivity.rawValue],
            ["Policy profile", "\(e(a.profile)): \(e(a.profileTitle))"],
            ["As of", a.asOf.description],
            ["Level", "**\(a.level.rawValue)**" + (a.complete ? "" : " — **incomplete**: \(a.incomplete.count) check\(a.incomplete.count == 1 ? "" : "s") not made")
                + (a.outcome.map { " (outcome: \($0))" } ?? "")
                + (a.computedLevel.map { c in c == a.level ? "" : "; computed **\(c.rawValue)**, \(c.rawValue) → \(a.level.rawValue) after \(a.decidedCount) decision\(a.decidedCount == 1 ? "" : "s")" } ?? "")],
            ["rsdd", e(report.run.rsddVersion)],
        ])
        L += ["", a.summary, "", "![Ties of team \(e(a.team)): members, the organisations of their findings, and the listings those matched](\(a.team).svg)", "", "# Findings", ""]
        if a.findings.isEmpty {
            L.append("No findings.")
        } else {
            L += Markdown.table(["#", "Member", "Tie", "Counterparty (as in the evidence)", "Listing", "Level", "Key", "Decision"],
                                a.findings.enumerated().map { i, f in
                [String(i + 1), "\(e(f.member)) (\(e(f.memberName)))", "\(f.tie.type.rawValue)\(f.undisclosed ? ", undisclosed" : "")",
                 e(f.tie.org),
                 f.listings.isEmpty ? "—" : f.listings.map { "\(e($0.record.name)) (\(e($0.record.key)), \(e($0.record.category?.rawValue ?? "listed")))" }.joined(separator: "; "),
                 f.level.rawValue + (f.outcome.map { " (\($0))" } ?? ""),
                 f.key.map { "`\($0)`" } ?? "—", f.decision.map { "\($0.decision.rawValue), \($0.on)" } ?? "open"]
            })
            for (i, f) in a.findings.enumerated() {
                L += ["", "## Finding \(i + 1): \(e(f.ruleTitle))", ""]
                L += finding(f, number: i + 1)
            }
        }
        L += ["", "# Undisclosed ties", ""]
        // One line per undisclosed tie, naming every finding it gave.
        var undisclosed: [(Tie, [Int])] = []
        for (i, f) in a.findings.enumerated() where f.undisclosed {
            if let k = undisclosed.firstIndex(where: { $0.0 == f.tie }) {
                undisclosed[k].1.append(i + 1)
            } else {
                undisclosed.append((f.tie, [i + 1]))
            }
        }
        if undisclosed.isEmpty {
            L.append("None: every tie read from the members' public records matches a declared tie, or no public record was read (see Basis and limits).")
        } else {
            for (tie, numbers) in undisclosed {
                L.append("- \(e(tie.member)): \(tie.type.rawValue) with \(e(tie.org)), \(tie.period) (finding\(numbers.count == 1 ? "" : "s") \(numbers.map(String.init).joined(separator: ", "))).")
            }
        }
        L += ["", "# Needs review", ""]
        if a.needsReview.isEmpty {
            L.append("None: no counterparty came close to a listed organisation without matching it.")
        } else {
            L.append("Near matches, not findings: an analyst confirms or dismisses each.")
            L.append("")
            for (k, r) in a.needsReview.enumerated() {
                let c = r.candidate
                let feats = c.match.features.sorted { $0.key < $1.key }.map { "\($0.key): \(e($0.value))" }.joined(separator: ", ")
                L.append("- \(e(r.member)): \(r.tie.type.rawValue) with \(e(r.tie.org)) — close to \(e(c.record.name)) (\(e(c.record.key)), \(e(c.record.category?.rawValue ?? "listed"))), listed as \(e(c.match.matchedName)); score \(String(format: "%.2f", c.match.score)) (\(feats))"
                         + (r.key.map { "; key `\($0)`, evidence `\(r.evidence ?? "")`" } ?? "") + "[^r\(k + 1)]")
            }
            L.append("")
            for (k, r) in a.needsReview.enumerated() {
                L.append("[^r\(k + 1)]: \(footnote(r.candidate.provenance, record: "record \(r.candidate.record.id)"))")
            }
        }
        // Who members work with, where a listed organisation is among them and the profile does
        // not weigh it: shown without a level (only when there is something to show).
        if !a.collaborations.isEmpty {
            L += ["", "# Collaborations", "",
                  "Co-authorships and co-investigations with listed organisations. The \(e(a.profile)) profile gives them no level: they are shown for the analyst.", ""]
            for (k, c) in a.collaborations.enumerated() {
                let t = c.tie
                let count = t.workCount.map { " in \($0) work\($0 == 1 ? "" : "s")" } ?? ""
                L.append("- \(e(c.member)): \(t.type.rawValue) with \(e(t.org))\(count), \(t.period)\(t.provenance == nil ? "" : "[^c\(k + 1)-record]") — \(e(c.candidate.record.name)) (\(e(c.candidate.record.key)), \(e(c.candidate.record.category?.rawValue ?? "listed")))[^c\(k + 1)]"
                         + (t.works.map { ws in "; works: " + ws.map { w in e(w.id) + (w.doi.map { " (\(e($0)))" } ?? "") }.joined(separator: ", ") } ?? ""))
            }
            L.append("")
            for (k, c) in a.collaborations.enumerated() {
                if let p = c.tie.provenance { L.append("[^c\(k + 1)-record]: \(footnote(p, record: c.tie.recordID.map(Self.item)))") }
                L.append("[^c\(k + 1)]: \(footnote(c.candidate.provenance, record: "record \(c.candidate.record.id), listed as \(c.candidate.match.matchedName)"))")
            }
        }
        L += ["", "# Members", ""]
        L += Markdown.table(["Member", "Name", "Role", "ORCID iD", "Declared ties", "Public-record ties", "Level"], a.members.map { m in
            [e(m.id), e(m.name), m.role, m.orcid ?? "—", String(m.declaredTies), String(m.publicTies), m.level.rawValue]
        })
        if !a.dismissed.isEmpty {
            L += ["", "# Dismissed", "",
                  "Findings an analyst dismissed: out of the level, kept here with who decided, when and why. A dismissal re-opens by itself when the evidence changes.", ""]
            L += Markdown.table(["Key", "Member", "Tie", "Counterparty", "Listing", "Computed level", "Reason", "By", "On"], a.dismissed.enumerated().map { i, f in
                ["`\(f.key ?? "")`", e(f.member), f.tie.type.rawValue + (f.undisclosed ? ", undisclosed" : ""),
                 e(f.tie.org) + (f.tie.provenance == nil ? "" : "[^d\(i + 1)-record]"),
                 f.listings.isEmpty ? "—" : f.listings.enumerated().map { j, l in "\(e(l.record.name)) (\(e(l.record.key)))[^d\(i + 1)-\(j + 1)]" }.joined(separator: "; "),
                 f.level.rawValue, e(f.decision?.reason ?? ""), e(f.decision?.by ?? ""), f.decision?.on.description ?? ""]
            }, widths: [3, 1, 2, 3, 2, 2, 6, 2, 3])
            // The evidence of a dismissed finding stays citable: an analyst may check the decision.
            var notes: [String] = []
            for (i, f) in a.dismissed.enumerated() {
                if let p = f.tie.provenance { notes.append("[^d\(i + 1)-record]: \(footnote(p, record: f.tie.recordID.map(Self.item)))") }
                for (j, l) in f.listings.enumerated() {
                    notes.append("[^d\(i + 1)-\(j + 1)]: \(footnote(l.provenance, record: "record \(l.record.id), listed as \(l.match.matchedName)"))")
                }
            }
            if !notes.isEmpty { L += [""] + notes }
        }
        if !a.agreedMeasures.isEmpty {
            L += ["", "# Agreed mitigations", "",
                  "Measures agreed with the team, as recorded by the analysts: what goes into the funding contract.", ""]
            let number = Dictionary(a.findings.enumerated().compactMap { i, f in f.key.map { ($0, i + 1) } }, uniquingKeysWith: { x, _ in x })
            L += Markdown.table(["Measure", "For finding", "Agreed on", "By", "Review by"], a.agreedMeasures.map { m in
                [e(m.text) + (m.id.map { " (`\($0)`)" } ?? ""), (number[m.finding].map { "\($0), " } ?? "") + "`\(m.finding)`",
                 m.agreedOn.description, e(m.by), m.reviewBy?.description ?? "—"]
            }, widths: [10, 4, 3, 4, 3])
        }
        L += ["", "# Proposed mitigations", ""]
        if a.mitigations.isEmpty {
            L.append("None proposed: no finding calls for mitigation.")
        } else {
            L += a.mitigations.map { "- \(e($0.text)) (`\($0.id)`)" }
        }
        if !a.decisions.isEmpty {
            L += ["", "# Decisions", "",
                  "The analysts' current decisions (decisions/\(e(a.team)).yml). Only a decision in force acts; a re-opened, expired or orphaned one counts as no decision.", ""]
            L += Markdown.table(["Key", "Decision", "About", "Reason", "By", "On", "Review by", "State"], a.decisions.map { r in
                let d = r.decision
                return ["`\(d.finding)`", d.decision.rawValue + (d.measures.map { ": " + $0.map(e).joined(separator: "; ") } ?? ""),
                        r.subject.map(e) ?? "—", e(d.reason), e(d.by), d.on.description, d.reviewBy?.description ?? "—",
                        r.state == .applied ? "in force" : "**\(e(r.why ?? r.state.rawValue))**"]
            }, widths: [3, 3, 4, 4, 2, 3, 3, 2])
        }
        L += ["", "# Basis and limits", "", "Sources used, with their freshness at this run:", ""]
        L += Markdown.table(["Source", "Title", "State", "Last error"], a.sources.map { s in
            [e(s.id), e(s.title), s.state.rawValue + (s.state == .fresh ? "" : " (last success \(s.lastSuccess ?? "never"))"), e(s.error ?? "—")]
        })
        L += ["", "The snapshot of each source the run used, and when its data was retrieved, are in the run's index (index.md, Sources); each finding cites the snapshot its evidence comes from."]
        L += [
            "",
            "Policy profile: \(e(a.profile)) (\(e(a.profileTitle))).",
            "",
            "This assessment uses the members' ties (employment, appointments, funding, contracts, in-kind support, talent programmes) and the standing of the counterparty organisations on public lists. It reads no nationality, citizenship, place of birth, race or ethnicity, infers none, and matches no person by name.",
            "",
        ]
        if !a.complete {
            L.append("**The assessment is incomplete.** These checks, which the level rests on, could not be made; the level above is what the evidence that could be read gives:")
            L.append("")
            L += a.incomplete.map { "- \(e($0.reason))" }
            L.append("")
        }
        if a.limits.isEmpty {
            L.append("Every check of the profile could be made.")
        } else {
            L.append("Checks that could not be made, or were made on older data:")
            L.append("")
            L += a.limits.map { "- \(e($0.reason))" }
        }
        return L.joined(separator: "\n") + "\n"
    }

    /// A team's level in words: `none`, or `none — incomplete` when checks it rests on were not made.
    public static func level(_ a: Assessment) -> String {
        a.level.rawValue + (a.complete ? "" : " — incomplete")
    }

    private func finding(_ f: Finding, number n: Int) -> [String] {
        let e = Markdown.escape
        var L = [
            "- Member: \(e(f.member)) (\(e(f.memberName)))",
            "- Tie: \(f.tie.type.rawValue) with \(e(f.tie.org)), \(f.tie.period)",
            "- Known from: \(Self.knownFrom(f))"
                + (f.tie.provenance.map { _ in "[^f\(n)-record]" } ?? "")
                + (f.tie.alsoIn ?? []).indices.map { "[^f\(n)-record-\($0 + 2)]" }.joined()
                + (f.tie.otherNames.map { "; also written \($0.map(e).joined(separator: ", "))" } ?? "")
                + (f.tie.datesReported == true ? "; the record's dates are the years it reported the tie" : ""),
            "- Rule: \(e(f.rule)): \(e(f.ruleTitle)); window: \(e(f.window.words))",
            "- Level: \(f.level.rawValue)" + (f.outcome.map { "; outcome: \($0)" } ?? ""),
        ]
        if let k = f.key { L.append("- Key: `\(k)`; evidence digest `\(f.evidence ?? "")`") }
        if let d = f.decision {
            L.append("- Decision: \(d.decision.rawValue) by \(e(d.by)) on \(d.on)" + (d.reviewBy.map { ", review by \($0)" } ?? "") + ": \(e(d.reason))"
                     + (d.measures.map { "; measures: " + $0.map(e).joined(separator: "; ") } ?? ""))
        }
        if let works = f.tie.works, !works.isEmpty {
            let count = f.tie.workCount ?? works.count
            L.append("- Works: \(count) work\(count == 1 ? "" : "s"), \(f.tie.period)\(count > works.count ? "; the \(works.count) latest" : ""): "
                     + works.map { w in
                         e(w.id) + (w.doi.map { " (\(e($0)))" } ?? "") + (w.date.map { ", \($0)" } ?? "")
                             + (w.position.map { ", co-author \($0)" } ?? "")
                             + (w.rawAffiliations.first.map { ", printed as “\(e($0))”" } ?? "")
                             + (w.assignedInstitutions.map { ", OpenAlex assigned “" + $0.map(e).joined(separator: "”, “") + "”" } ?? "")
                     }.joined(separator: "; "))
        }
        // The other rules that picked out the same tie: one finding, each reason.
        for h in f.also {
            L.append("- Also: \(e(h.rule)): \(e(h.ruleTitle)); window: \(e(h.window.words)); level \(h.level.rawValue)" + (h.outcome.map { "; outcome: \($0)" } ?? ""))
        }
        if let c = f.contradictedBy {
            L.append("- The public record gives other dates: \(c.type.rawValue) with \(e(c.org)), \(c.period)" + (c.provenance.map { _ in "[^f\(n)-contra]" } ?? ""))
        }
        // One organisation, however many lists and years name it: its entity, once.
        let entities = Array(Set(f.listings.compactMap(\.entity))).sorted()
        if !entities.isEmpty {
            L.append("- Organisation: \(entities.map { "entity `\($0)`" }.joined(separator: ", ")), listed \(f.listings.count) time\(f.listings.count == 1 ? "" : "s") (\(Set(f.listings.map(\.record.source)).count) source\(Set(f.listings.map(\.record.source)).count == 1 ? "" : "s"))")
        }
        for (j, l) in f.listings.enumerated() {
            let feats = l.match.features.sorted { $0.key < $1.key }.map { "\($0.key): \(e($0.value))" }.joined(separator: ", ")
            L.append("- Listing: \(e(l.record.name)) (\(e(l.record.key)), \(e(l.record.category?.rawValue ?? ""))) on \(e(l.provenance.title))[^f\(n)-\(j + 1)]; match score \(String(format: "%.2f", l.match.score)) (\(feats))")
            for (k, c) in (l.through ?? []).enumerated() {
                L.append("  - Through: \(e(c.name)) (\(e(c.record))) in \(e(c.provenance.title))[^f\(n)-\(j + 1)-r\(k + 1)]")
            }
        }
        L.append("")
        if let p = f.tie.provenance {
            L.append("[^f\(n)-record]: \(footnote(p, record: f.tie.recordID.map(Self.item)))")
            for (k, x) in (f.tie.alsoIn ?? []).enumerated() {
                L.append("[^f\(n)-record-\(k + 2)]: \(footnote(x.provenance, record: x.recordID.map(Self.item)))")
            }
        }
        for (j, l) in f.listings.enumerated() {
            L.append("[^f\(n)-\(j + 1)]: \(footnote(l.provenance, record: "record \(l.record.id), listed as \(l.match.matchedName)"))")
            for (k, c) in (l.through ?? []).enumerated() {
                L.append("[^f\(n)-\(j + 1)-r\(k + 1)]: \(footnote(c.provenance, record: "record \(c.id), \(c.name)"))")
            }
        }
        if let c = f.contradictedBy, let p = c.provenance {
            L.append("[^f\(n)-contra]: \(footnote(p, record: c.recordID.map(Self.item)))")
        }
        if f.tie.provenance == nil && f.listings.isEmpty && f.contradictedBy?.provenance == nil && f.tie.alsoIn == nil { L.removeLast() }
        return L
    }

    /// An item's id in its record: an ORCID put-code is a bare number; researchmap (`rm:id …`) and
    /// KAKEN (`KAKENHI …`, `affiliation …`) ids say what they are.
    /// Where a finding's tie comes from, in words: the declaration, a public record the
    /// declaration lacks, or a public record the declaration gives otherwise (another type or dates).
    static func knownFrom(_ f: Finding) -> String {
        switch (f.tie.origin, f.undisclosed) {
        case (.declared, _): return "the team's declaration"
        case (.publicRecord, true): return "a public record only (not declared)"
        case (.publicRecord, false):
            return [.coauthorship, .collaboration].contains(f.tie.type) ? "a public record"
                : "a public record; the team file gives this organisation with another type or other dates, and the record is weighed as it stands"
        }
    }

    static func item(_ id: String) -> String {
        id.allSatisfy(\.isNumber) ? "put-code \(id)" : id
    }

    private func footnote(_ p: Provenance, record: String?) -> String {
        let e = Markdown.escape
        var s = "Source \(e(p.source)), \(e(p.title)), <\(p.url)>, retrieved \(p.retrieved), SHA-256 `\(p.sha256)`"
        if let record { s += ", \(e(record))" }
        return s.hasSuffix(".") ? s : s + "."
    }
}
