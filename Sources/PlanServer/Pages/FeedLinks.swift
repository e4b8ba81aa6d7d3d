import Foundation
import Hummingbird
import PlanStore
import PlanTemplates
import PlanningModel

/// The calendar feeds a page shows: absolute links (made on first use, as `GET /api/v1/feeds`
/// makes them) with a label for people, for the files the signed-in token may read.
struct FeedLinks {
    let store: any ServiceStore
    let plans: PublishedPlans

    /// One feed as a page shows it.
    struct Link {
        let label: String
        let url: String
        /// The same address as `webcal://`, which phones and Apple Calendar open as a subscription.
        let webcal: String
    }

    /// The links of `files` (names without `.ics`) that `token` may read and the published
    /// plan has, in the order given.
    func links(
        _ files: [String], for token: AccessToken, in published: PublishedPlan, format: PageFormat, request: Request
    ) async throws -> [Link] {
        let existing = try await plans.feedDocuments()
        let readable = Set(
            FeedAccess.files(for: token, among: files.filter { existing[$0] != nil }, scenario: published.scenario))
        var links: [Link] = []
        for file in files where readable.contains(file) {
            let feedToken = try await store.feedToken(file: file, by: token.principal, at: Date())
            let url = PageLinks.absolute("/feeds/\(feedToken)/\(file).ics", request: request)
            let webcal = "webcal" + url.drop { $0 != ":" }
            links.append(Link(label: Self.label(of: file, format: format), url: url, webcal: webcal))
        }
        return links
    }

    /// `municipality-norddjurs` → `Norddjurs Kommune`, `therapist-x` → the therapist's name.
    static func label(of file: String, format: PageFormat) -> String {
        if file == "all" { return format.strings["feeds.all"] }
        if let id = file.dropPrefix("municipality-") { return format.municipality(id) }
        if let id = file.dropPrefix("therapist-") { return format.therapist(id) }
        if let id = file.dropPrefix("psychologist-") { return format.psychologist(id) }
        if let id = file.dropPrefix("meetings-") { return format.seriesTitle(id) }
        return file
    }
}

extension String {
    /// The rest after `prefix`, nil when the text does not start with it.
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
