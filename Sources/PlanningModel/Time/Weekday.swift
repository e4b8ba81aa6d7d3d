/// A day of the week, coded as in scenarios (`mon` … `sun`), in ISO order.
public enum Weekday: String, Codable, Sendable, CaseIterable, Hashable {
    case mon, tue, wed, thu, fri, sat, sun

    /// 0 for Monday … 6 for Sunday.
    public var isoIndex: Int { Weekday.allCases.firstIndex(of: self)! }
}
