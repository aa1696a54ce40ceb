import Foundation

/// A calendar day, with no time and no time zone: the unit of tie dates and as-of dates.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when the text is not a real date.
    public init?(iso text: String) {
        guard let d = PartialDate(iso: text), let m = d.month, let dd = d.day else { return nil }
        self.init(year: d.year, month: m, day: dd)
    }

    /// The UTC calendar day that contains `date`.
    public init(_ date: Date) {
        let c = Day.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The day `count` units after this one (negative counts go back); month ends are clamped.
    public func adding(_ count: Int, _ unit: Calendar.Component) -> Day {
        var c = DateComponents()
        c.setValue(count, for: unit)
        let date = Day.calendar.date(byAdding: c, to: self.date) ?? self.date
        return Day(date)
    }

    /// Midnight UTC at the start of this day.
    public var date: Date {
        Day.calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    static func daysIn(year: Int, month: Int) -> Int {
        let start = calendar.date(from: DateComponents(year: year, month: month, day: 1))!
        return calendar.range(of: .day, in: .month, for: start)?.count ?? 31
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a date (YYYY-MM-DD)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A date as sources give it: a year, optionally a month, optionally a day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
public struct PartialDate: Sendable, Hashable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]), y > 0 else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3, let mm = m {
            guard parts[2].count == 2, let dd = Int(parts[2]), dd >= 1, dd <= Day.daysIn(year: y, month: mm) else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    /// The first day the date can mean.
    public var firstDay: Day { Day(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day the date can mean: a tie that ended "2019" may have lasted to 2019-12-31.
    public var lastDay: Day {
        let m = month ?? 12
        return Day(year: year, month: m, day: day ?? Day.daysIn(year: year, month: m))
    }

    public var description: String {
        var s = String(format: "%04d", year)
        if let m = month { s += String(format: "-%02d", m) }
        if let m = month, m > 0, let d = day { s += String(format: "-%02d", d) }
        return s
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        // YAML reads a bare 2019 as a number.
        let text = (try? c.decode(String.self)) ?? (try? c.decode(Int.self)).map(String.init) ?? ""
        guard let d = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A span of time written as a number and a unit: `30min`, `24h`, `7d`, `6mo`, `5y`.
/// The grammar is that of every length of time in rsdd's files (see `TimeText`).
public struct Span: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Unit: String, Sendable, Codable { case minutes = "min", hours = "h", days = "d", months = "mo", years = "y" }
    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    public init?(text: String) {
        guard case .success(let (n, suffix)) = TimeText.split(text), let u = Unit(rawValue: suffix),
              let count = Int(exactly: n), count >= 0 else { return nil }
        self.init(count: count, unit: u)
    }

    /// The span in seconds, for refresh intervals (months as 30 days, years as 365).
    public var seconds: TimeInterval {
        switch unit {
        case .minutes: return TimeInterval(count) * 60
        case .hours: return TimeInterval(count) * 3600
        case .days: return TimeInterval(count) * 86_400
        case .months: return TimeInterval(count) * 30 * 86_400
        case .years: return TimeInterval(count) * 365 * 86_400
        }
    }

    /// The day this span before `day`, by the calendar (a 5y window from 2026-03-01 opens 2021-03-01).
    public func before(_ day: Day) -> Day {
        switch unit {
        case .minutes: return day.adding(-(count / 1440), .day)
        case .hours: return day.adding(-(count / 24), .day)
        case .days: return day.adding(-count, .day)
        case .months: return day.adding(-count, .month)
        case .years: return day.adding(-count, .year)
        }
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if case .failure(let why) = TimeText.split(text) {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: why.message))
        }
        guard let s = Span(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "'\(Text.printable(text))' is not a span (a whole number and min, h, d, mo or y: 30min, 24h, 6mo, 5y)"))
        }
        self = s
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// The one grammar of lengths of time in rsdd's files: a number and a unit, `500ms`, `30s`,
/// `30min`, `24h`, `7d`, `6mo`, `5y`. A bare `m` is refused: it read as months in one key and as
/// minutes in another, so `30m` meant two very different things.
public enum TimeText {
    /// Why a text is not a length of time.
    public struct Problem: Error, Sendable { public var message: String }

    /// Every unit, longest first so that `min` is not read as `m…`.
    public static let units = ["min", "ms", "mo", "s", "h", "d", "y"]

    /// The number and unit of `text` (unit "" for a bare number).
    public static func split(_ text: String) -> Result<(Double, String), Problem> {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = t.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = String(t.dropFirst(digits.count)).trimmingCharacters(in: .whitespaces)
        guard let n = Double(digits), n >= 0 else {
            return .failure(Problem(message: "'\(Text.printable(text))' is not a length of time (a number and a unit: 30s, 30min, 24h, 7d, 6mo, 5y)"))
        }
        if unit == "m" {
            return .failure(Problem(message: "'\(Text.printable(text))' is ambiguous: write \(digits)min for minutes or \(digits)mo for months"))
        }
        guard unit.isEmpty || units.contains(unit) else {
            return .failure(Problem(message: "'\(Text.printable(text))' has an unknown unit '\(Text.printable(unit))' (one of: \(units.joined(separator: ", ")))"))
        }
        return .success((n, unit))
    }
}
