import Foundation
import Hummingbird
import PlanningModel

/// The language of a page: `?lang=en` or `?lang=da` when the link says so (and remembered in
/// the cookie `stime_lang` for the links that follow), else the cookie's, else Danish.
enum PageLanguage {
    static let cookieName = "stime_lang"

    /// The language the request asks for.
    static func of(_ request: Request) -> OutputLanguage {
        chosen(in: request) ?? request.cookies[cookieName].flatMap { OutputLanguage(rawValue: $0.value) } ?? .da
    }

    /// The language named by the request's `lang` query parameter, if any.
    static func chosen(in request: Request) -> OutputLanguage? {
        request.uri.queryParameters.get("lang").flatMap(OutputLanguage.init(rawValue:))
    }

    /// The cookie that remembers a language chosen with `?lang=`, for a year.
    static func remembering(_ language: OutputLanguage, request: Request) -> Cookie {
        Cookie(
            name: cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
            secure: PageLinks.isHTTPS(request), httpOnly: true, sameSite: .lax)
    }

    /// The current page in `language`: its path and query with `lang` replaced.
    static func link(to language: OutputLanguage, from request: Request) -> String {
        var items = URLComponents(string: request.uri.description)?.queryItems ?? []
        items.removeAll { $0.name == "lang" }
        items.append(URLQueryItem(name: "lang", value: language.rawValue))
        var components = URLComponents()
        components.path = request.uri.path
        components.queryItems = items
        return components.string ?? "/?lang=\(language.rawValue)"
    }
}
