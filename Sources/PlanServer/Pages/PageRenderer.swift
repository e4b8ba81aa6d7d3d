import Foundation
import Hummingbird
import Mustache
import PlanReport
import PlanStore
import PlanTemplates
import PlanningModel

/// Renders the server's HTML pages from the Mustache templates of `Templates/pages/`.
///
/// A page is the template `NAME.mustache` rendered with a ``PageFrame``: `{{t.…}}` is the
/// string table of the request's language (`strings-da.json`, `strings-en.json`), `{{csrf}}`
/// the session's CSRF token (and `{{> csrf}}` the hidden form field that carries it), and
/// `{{#page}}…{{/page}}` the route's own view, a struct read by reflection. The result goes
/// into `layout.mustache`, which adds the title, the role, the navigation, the language
/// switch and the sign-out button. A route renders a page in one call:
///
/// ```swift
/// return pages.render("consultations", title: "consultations.title", view: view,
///                     request: request, context: context)
/// ```
///
/// Every form that posts must hold `{{> csrf}}`: ``CSRFMiddleware`` answers 403 without it.
/// Pages are Danish unless the request asks for English (``PageLanguage``); they load
/// nothing from the network and need no script.
struct PageRenderer: Sendable {
    private struct Loaded: Sendable {
        let library: MustacheLibrary
        let tables: [OutputLanguage: Table]
    }

    /// A language's string table and its nesting for templates (`{{t.…}}`), made once.
    /// `@unchecked Sendable`: the tree holds only strings and dictionaries of them, never changed.
    private struct Table: @unchecked Sendable {
        let strings: StringTable
        let tree: [String: Any]
    }

    private let loaded: Result<Loaded, PageTemplatesError>

    /// Reads the bundled templates and string tables once.
    init() {
        loaded = Self.load()
    }

    /// The string table of the request's language, for words built in code.
    func strings(for request: Request) throws -> StringTable {
        try table(PageLanguage.of(request)).strings
    }

    /// The page `template` inside the layout, as an HTML answer.
    ///
    /// - Parameters:
    ///   - template: the name of `Templates/pages/NAME.mustache`.
    ///   - title: the key of the page's title in the string table (`lead.versions.title`),
    ///     filled with `titleValues` (`{name}`).
    ///   - view: what `{{#page}}…{{/page}}` shows.
    ///   - status: the answer's status.
    func render(
        _ template: String, title: String, titleValues: [String: String] = [:], view: Any,
        status: HTTPResponse.Status = .ok, request: Request, context: AppRequestContext
    ) throws -> Response {
        let library = try loaded.get().library
        let language = PageLanguage.of(request)
        let table = try table(language)
        let (strings, tree) = (table.strings, table.tree)
        let csrf = context.page?.csrfToken ?? ""
        let frame = PageFrame(lang: language.rawValue, t: tree, csrf: csrf, page: view)
        let content = library.render(frame, withTemplate: template) ?? ""
        let navigation =
            context.page == nil ? [] : Self.navigation(for: context.token, strings: strings, request: request)
        let layout = LayoutView(
            lang: language.rawValue, t: tree, csrf: csrf, title: strings.format(title, titleValues),
            content: content, signedIn: context.token != nil && context.page != nil,
            role: context.token.map { strings["roles.\($0.role.rawValue)"] } ?? "",
            nav: navigation, hasNav: !navigation.isEmpty,
            languageLink: PageLanguage.link(to: language == .da ? .en : .da, from: request),
            languageLabel: strings["layout.otherLanguage"])
        let html = library.render(layout, withTemplate: "layout") ?? ""
        return Self.htmlResponse(html, status: status, request: request)
    }

    private func table(_ language: OutputLanguage) throws -> Table {
        try loaded.get().tables[language] ?? Table(strings: StringTable(language: language, entries: [:]), tree: [:])
    }

    /// An HTML document as an answer: never cached, no referrer sent on (a sign-in link holds a
    /// token), no scripts, no frames; the language remembered when the link chose one.
    static func htmlResponse(_ html: String, status: HTTPResponse.Status = .ok, request: Request) -> Response {
        var response = Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8",
                .cacheControl: "no-store",
                .init("Referrer-Policy")!: "no-referrer",
                .init("X-Content-Type-Options")!: "nosniff",
                .contentSecurityPolicy:
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        if let language = PageLanguage.chosen(in: request) {
            response.setCookie(PageLanguage.remembering(language, request: request))
        }
        return response
    }

    /// The links of the layout's navigation for a role.
    private static func navigation(for token: AccessToken?, strings: StringTable, request: Request) -> [NavLink] {
        guard let token else { return [] }
        let items: [(String, String)] =
            switch token.role {
            case .lead:
                [
                    ("/versions", "nav.versions"), ("/audit", "nav.audit"), ("/tokens", "nav.tokens"),
                    ("/feeds", "nav.feeds"), ("/meetings", "nav.meetings"), ("/municipalities", "nav.people"),
                ]
            case .secretariat: [("/meetings", "nav.meetings")]
            case .tovholder:
                [
                    (PageLinks.start(for: token), "nav.municipality"),
                    (PageLinks.start(for: token) + "/consultations", "nav.consultations"),
                    (PageLinks.start(for: token) + "/bookings", "nav.bookings"),
                ]
            case .psychologist:
                [
                    (PageLinks.start(for: token), "nav.schedule"),
                    (PageLinks.start(for: token) + "/consultations", "nav.consultations"),
                ]
            }
        return items.map { path, key in
            NavLink(href: path, label: strings[key], current: request.uri.path == path)
        }
    }

    private static func load() -> Result<Loaded, PageTemplatesError> {
        guard let directory = PlanTemplates.bundledDirectory("pages") else {
            return .failure(PageTemplatesError(reason: "Templates/pages is not installed with the program"))
        }
        var library = MustacheLibrary()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let file = directory.appendingPathComponent(name)
            do {
                let text = try String(contentsOf: file, encoding: .utf8)
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                return .failure(PageTemplatesError(reason: "\(name) cannot be read as a Mustache template"))
            }
        }
        var tables: [OutputLanguage: Table] = [:]
        for language in OutputLanguage.allCases {
            do {
                let strings = try StringTable(directory: directory, language: language)
                tables[language] = Table(strings: strings, tree: strings.tree)
            } catch {
                return .failure(PageTemplatesError(reason: "\(error.file): \(error.reason)"))
            }
        }
        return .success(Loaded(library: library, tables: tables))
    }
}

/// The page templates or their string tables are missing or broken: a broken installation.
struct PageTemplatesError: Error, Sendable {
    let reason: String
}

/// What a page template sees.
struct PageFrame {
    let lang: String
    let t: [String: Any]
    let csrf: String
    /// The route's view (`{{#page}}…{{/page}}`).
    let page: Any
}

/// What `layout.mustache` sees.
struct LayoutView {
    let lang: String
    let t: [String: Any]
    let csrf: String
    let title: String
    /// The page's HTML, inserted unescaped (`{{{content}}}`); its values were escaped when it was rendered.
    let content: String
    let signedIn: Bool
    let role: String
    let nav: [NavLink]
    let hasNav: Bool
    let languageLink: String
    let languageLabel: String
}

/// One link of the navigation.
struct NavLink {
    let href: String
    let label: String
    let current: Bool
}
