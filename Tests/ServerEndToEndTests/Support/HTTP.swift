import Foundation
import Hummingbird
import HummingbirdTesting

/// A small HTTP/1.1 client for talking to real processes on loopback (the server, chromedriver):
/// one connection per request, through HummingbirdTesting's NIO client. (Foundation's
/// URLSession on Linux refuses chromedriver's header lines, which have no space after the colon.)
enum HTTP {
    /// One answer: status, headers (names lowercased) and body.
    struct Answer: Sendable {
        let status: Int
        let headers: [String: String]
        let body: Data

        var text: String { String(decoding: body, as: UTF8.self) }

        func header(_ name: String) -> String? { headers[name.lowercased()] }

        /// The body as a JSON value.
        func json() throws -> Any { try JSONSerialization.jsonObject(with: body) }
    }

    static func get(_ url: URL, headers: [String: String] = [:], timeout: Double = 30) async throws -> Answer {
        try await send("GET", url, headers: headers, timeout: timeout)
    }

    /// Sends a request; `body` is sent as `application/json` unless `headers` say otherwise.
    ///
    /// - Throws: when the connection fails or no answer comes within `timeout` seconds.
    static func send(
        _ method: String, _ url: URL, headers: [String: String] = [:], body: Data? = nil, timeout: Double = 30
    ) async throws -> Answer {
        guard let host = url.host, let port = url.port,
            let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let method = HTTPRequest.Method(method)
        else { throw HarnessError("cannot send \(method) \(url)") }
        var target = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { target += "?" + query }
        var fields = HTTPFields()
        for (name, value) in headers {
            guard let field = HTTPFields.Element.Name(name) else { throw HarnessError("bad header name \(name)") }
            fields[field] = value
        }
        if body != nil, fields[.contentType] == nil { fields[.contentType] = "application/json" }
        let request = TestClient.Request(
            target, method: method, authority: "\(host):\(port)", headers: fields,
            body: body.map { ByteBuffer(bytes: $0) })
        let configuration = TestClient.Configuration(timeout: .milliseconds(Int(timeout * 1000)))
        let response = try await TestClient.withClient(host: host, port: port, configuration: configuration) {
            try await $0.execute(request)
        }
        var answerHeaders: [String: String] = [:]
        for field in response.head.headerFields { answerHeaders[field.name.canonicalName] = field.value }
        return Answer(
            status: Int(response.status.code), headers: answerHeaders,
            body: response.body.map { Data($0.readableBytesView) } ?? Data())
    }
}
