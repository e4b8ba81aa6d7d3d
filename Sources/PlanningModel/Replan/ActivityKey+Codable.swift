/// The JSON object form of a key (`changes[].key`, `calendar.cancelled[].key`):
/// `{"cohort": ID, "day": k}`, `{"group": ID, "session": k}` or `{"series": ID, "index": N}`.
extension ActivityKey: Codable {
    private enum CodingKeys: String, CodingKey {
        case cohort, day, group, session, series, index
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let number: Int
        if let cohort = try c.decodeIfPresent(String.self, forKey: .cohort) {
            number = try c.decode(Int.self, forKey: .day)
            self = .trainingDay(cohort: cohort, day: number)
        } else if let group = try c.decodeIfPresent(String.self, forKey: .group) {
            number = try c.decode(Int.self, forKey: .session)
            self = .session(group: group, number: number)
        } else if let series = try c.decodeIfPresent(String.self, forKey: .series) {
            number = try c.decode(Int.self, forKey: .index)
            self = .meeting(series: series, index: number)
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: c.codingPath,
                    debugDescription:
                        "a key names a 'cohort' and 'day', a 'group' and 'session', or a 'series' and 'index'"
                ))
        }
        guard number >= 1 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath, debugDescription: "a key's number is 1 or more, found \(number)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .trainingDay(let cohort, let day):
            try c.encode(cohort, forKey: .cohort)
            try c.encode(day, forKey: .day)
        case .session(let group, let number):
            try c.encode(group, forKey: .group)
            try c.encode(number, forKey: .session)
        case .meeting(let series, let index):
            try c.encode(series, forKey: .series)
            try c.encode(index, forKey: .index)
        }
    }
}

/// The string form as a JSON object key, so that `[ActivityKey: Int]` is encoded as
/// `{"training:c-1:2": 1}` (`calendar.sequence`).
extension ActivityKey: CodingKeyRepresentable {
    public var codingKey: any CodingKey { StringKey(stringValue: description) }

    public init?<T: CodingKey>(codingKey: T) {
        self.init(codingKey.stringValue)
    }

    private struct StringKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }

        init(stringValue: String) {
            self.stringValue = stringValue
        }

        init?(intValue: Int) {
            nil
        }
    }
}
