import RSDDCore

/// The summary paragraph of a team's assessment: the level, why, what to do, and what analysts'
/// decisions did. Worded here, from the assessment's values (the assessor decides, the report
/// says it). Without the as-of date (the report's header gives it): a report that says the same
/// the next night is the same bytes.
public enum Summary {
    /// `outcomeText`: the profile's words for the assessment's outcome, when it has one.
    public static func paragraph(_ a: Assessment, outcomeText: String? = nil) -> String {
        let incomplete = a.incomplete.count
        var s = "Level **\(a.level.rawValue)**\(incomplete == 0 ? "" : " — **incomplete**") for this \(a.sensitivity.rawValue)-sensitivity project under the \(a.profile) profile."
        if let o = a.outcome {
            s += " Outcome: \(o)\(outcomeText.map { " — \($0.hasSuffix(".") ? String($0.dropLast()) : $0)" } ?? "")."
        }
        if incomplete > 0 {
            s += " The assessment is incomplete: \(incomplete) check\(incomplete == 1 ? "" : "s") it rests on could not be made (see Basis and limits), so this level is not a clean result."
        }
        if a.findings.isEmpty {
            s += " No tie of any member matched a listed organisation, and no undisclosed tie was found in the public records read."
        } else {
            let listed = a.findings.filter { !$0.listings.isEmpty }
            let undisclosed = Set(a.findings.filter(\.undisclosed).map { "\($0.member)|\($0.tie.org)" }).count
            var why: [String] = []
            if !listed.isEmpty {
                // Names come from lists, public records and team files: literal text, never markup.
                // One name per listed organisation, however many spellings its ties use.
                let byEntity = Dictionary(grouping: listed) { $0.listings.first?.entity ?? $0.tie.org }
                let orgs = Set(byEntity.values.map { $0.map(\.tie.org).min()! }).sorted().map(Text.markdown)
                let members = Set(listed.map(\.member)).sorted().map(Text.markdown)
                why.append("\(members.count) member\(members.count == 1 ? "" : "s") (\(members.joined(separator: ", "))) \(members.count == 1 ? "has" : "have") a tie within the look-back window with \(orgs.count) listed organisation\(orgs.count == 1 ? "" : "s") (\(orgs.joined(separator: "; ")))")
            }
            if undisclosed > 0 {
                why.append("\(undisclosed) tie\(undisclosed == 1 ? " is" : "s are") in a public record but not in the team's declaration")
            }
            s += " " + why.joined(separator: ", and ").prefix(1).uppercased() + why.joined(separator: ", and ").dropFirst() + "."
            if !a.mitigations.isEmpty {
                s += " Proposed mitigations: " + a.mitigations.map { $0.text.hasSuffix(".") ? String($0.text.dropLast()) : $0.text }
                    .map { $0.prefix(1).lowercased() + $0.dropFirst() }.joined(separator: "; ") + "."
            }
        }
        let notFresh = a.sources.filter { $0.state != .fresh }.map(\.id).sorted()
        if !notFresh.isEmpty {
            s += " Not every source was fresh (\(notFresh.map(Text.markdown).joined(separator: ", "))): see Basis and limits."
        }
        // What analysts' decisions did: the level the evidence gives is never hidden.
        let computed = a.computedLevel ?? a.level
        let applied = a.decisions.filter { $0.state == .applied }.count
        if applied > 0 {
            s += a.level == computed
                ? " \(applied) decision\(applied == 1 ? "" : "s") of an analyst \(applied == 1 ? "is" : "are") applied; the level stands as computed."
                : " Level \(computed.rawValue) → \(a.level.rawValue) after \(applied) decision\(applied == 1 ? "" : "s") of an analyst (see Decisions); the level the evidence gives is \(computed.rawValue)."
        }
        let notInForce = a.decisions.filter { $0.state != .applied }.count
        if notInForce > 0 {
            s += " \(notInForce) earlier decision\(notInForce == 1 ? " is" : "s are") no longer in force (re-opened, expired or orphaned): see Decisions."
        }
        return s
    }
}
