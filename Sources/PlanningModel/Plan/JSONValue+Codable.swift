import Foundation

extension JSONValue {
    /// The JSON form of any encodable value, such as a ``Scenario``.
    ///
    /// - Throws: `EncodingError` when the value cannot be encoded (for example a non-finite number).
    public init(encoding value: some Encodable) throws {
        let data = try JSONEncoder().encode(value)
        do {
            self = try JSONSourceParser.parse(Array(data)).jsonValue
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: error.message))
        }
    }

    /// Decodes a value, such as a ``Scenario``, from this JSON value.
    ///
    /// - Throws: `DecodingError` when the value does not have the shape of `type`.
    public func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try JSONDecoder().decode(type, from: JSONEncoder().encode(self))
    }
}
