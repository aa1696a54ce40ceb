import RSDDCore

/// The words a report gives to the values an assessment holds.
extension Window {
    /// `current (ongoing)`, `current (ends 2027-03)`, `ended 2022-12, within the 5y look-back`,
    /// `ended 2019, no look-back limit`; `, on or after 2020-08-13` for a rule with a key date.
    public var words: String {
        if let legacy { return legacy }
        var s: String
        switch state {
        case .current: s = end.map { "current (ends \($0))" } ?? "current (ongoing)"
        case .ended: s = "ended \(end?.description ?? "?"), " + (lookBack.map { "within the \($0) look-back" } ?? "no look-back limit")
        }
        if let since { s += ", on or after \(since)" }
        return s
    }
}
