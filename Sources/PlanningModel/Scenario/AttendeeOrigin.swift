/// Where a meeting attendee starts: a municipality or a venue.
public enum AttendeeOrigin: Codable, Sendable, Hashable {
    case municipality(String)
    case venue(String)

    private enum CodingKeys: String, CodingKey {
        case municipality, venue
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let id = try c.decodeIfPresent(String.self, forKey: .municipality) {
            self = .municipality(id)
        } else if let id = try c.decodeIfPresent(String.self, forKey: .venue) {
            self = .venue(id)
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "origin needs 'municipality' or 'venue'"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .municipality(let id): try c.encode(id, forKey: .municipality)
        case .venue(let id): try c.encode(id, forKey: .venue)
        }
    }
}
