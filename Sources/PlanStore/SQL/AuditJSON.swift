import Foundation

/// The small JSON values written as an audit row's `before` and `after`.
public enum AuditJSON: Encodable, Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case null

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .flag(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// A JSON object with sorted keys, on one line.
    public static func object(_ fields: [String: AuditJSON]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(fields) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
