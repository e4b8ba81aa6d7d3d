/// An ISO 8601 week: the week-numbering year and the week number (1…53).
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    /// `2026-W53`.
    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }
}
