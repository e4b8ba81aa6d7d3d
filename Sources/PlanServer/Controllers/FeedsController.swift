import Foundation
import Hummingbird
import PlanStore

/// `GET /api/v1/feeds` (the feeds a token may read, with their links) and
/// `GET /feeds/{feedToken}/{file}.ics` (the calendar file itself, for calendar clients).
struct FeedsController {
    let store: any ServiceStore
    let plans: PublishedPlans

    /// `GET /api/v1/feeds`, behind the bearer token.
    func addAPIRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("feeds", use: list)
    }

    /// `GET /feeds/{feedToken}/{file}`, open: the feed token is the credential.
    func addFeedRoutes(to router: Router<AppRequestContext>) {
        router.get("feeds/:feedToken/:file", use: feed)
    }

    private struct Link: Encodable {
        let file: String
        let url: String
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireToken()
        guard let published = try await plans.plan() else { return try JSONAnswer.encode([Link]()) }
        let names = try await plans.feedDocuments().keys.sorted()
        var links: [Link] = []
        for file in FeedAccess.files(for: token, among: names, scenario: published.scenario) {
            let feedToken = try await store.feedToken(file: file, by: token.principal, at: Date())
            links.append(Link(file: file, url: "/feeds/\(feedToken)/\(file).ics"))
        }
        return try JSONAnswer.encode(links)
    }

    @Sendable func feed(_ request: Request, context: AppRequestContext) async throws -> Response {
        let feedToken = try context.parameters.require("feedToken")
        let fileName = try context.parameters.require("file")
        let unknown = APIError.notFound("no such calendar feed")
        guard fileName.hasSuffix(".ics"), feedToken.count <= 256 else { throw unknown }
        let file = String(fileName.dropLast(4))
        guard try await store.feedFile(token: feedToken) == file,
            let document = try await plans.feedDocuments()[file]
        else { throw unknown }

        var headers: HTTPFields = [
            .eTag: document.etag,
            .lastModified: HTTPDate.string(document.lastModified),
            .cacheControl: "no-cache",
        ]
        if ETagMatch.matches(request, etag: document.etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = "text/calendar; charset=utf-8"
        return Response(
            status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: document.bytes)))
    }
}
