import Foundation
import Hummingbird
import HummingbirdTesting

/// A browser's view of the pages in tests: it signs in from a link, keeps the session cookie
/// and reads the CSRF token from a page's forms.
struct PageClient {
    let client: any TestClientProtocol
    /// `stime_session=…` (and `stime_lang=…` once chosen), as a browser would send it.
    private(set) var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// Opens the sign-in link of `token` with the cookies kept so far and keeps those it sets.
    @discardableResult
    mutating func signIn(_ token: String, query: String = "") async throws -> TestResponse {
        let response = try await client.execute(
            uri: "/signin?token=\(token)\(query)", method: .get, headers: cookieHeader)
        keep(response)
        return response
    }

    /// A page request with the cookies kept so far.
    @discardableResult
    mutating func get(_ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: cookieHeader)
        keep(response)
        return response
    }

    /// A form posted with the cookies kept so far; `fields` are URL-encoded.
    @discardableResult
    mutating func post(_ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(
            uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        keep(response)
        return response
    }

    /// The CSRF token of the forms on `uri`.
    mutating func csrf(on uri: String) async throws -> String {
        let page = try await get(uri)
        guard let token = page.text.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1 else {
            throw PageClientError.noCSRFField(uri)
        }
        return String(token)
    }

    private var cookieHeader: HTTPFields {
        guard !cookies.isEmpty else { return [:] }
        return [.cookie: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    private mutating func keep(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            guard let pair = header.split(separator: ";").first else { continue }
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).trimmingCharacters(in: .whitespaces)
            let value = parts.count > 1 ? String(parts[1]) : ""
            cookies[name] = value.isEmpty ? nil : value
        }
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

enum PageClientError: Error {
    case noCSRFField(String)
}
