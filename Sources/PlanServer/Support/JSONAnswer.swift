import Foundation
import Hummingbird

/// JSON answers: values encoded with sorted keys, and stored documents sent as they are.
enum JSONAnswer {
    /// `value` as JSON with `status` and `headers`.
    static func encode(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return document(try encoder.encode(value), status: status, headers: headers)
    }

    /// Bytes that already are JSON.
    static func document(_ data: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
