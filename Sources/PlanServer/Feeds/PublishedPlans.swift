import Foundation
import PlanCalendars
import PlanStore
import PlanningModel

/// The published plan and its calendar files, read from the store and rendered once per
/// content change (version and revision), then served from memory.
///
/// The calendars are exported through libical (`PlanCalendars`) with the meetings' agenda
/// links and notes, each file with `DTSTAMP` and `Last-Modified` = the time its own content
/// last changed (``FeedStampStore``): a change of the published content changes the bytes,
/// and so the ETags, of the feeds it touches and of no other.
actor PublishedPlans {
    private let store: any ServerStore
    private let language: OutputLanguage
    private var current: PublishedPlan?
    private var feeds: [String: FeedDocument] = [:]

    init(store: any ServerStore, language: OutputLanguage = .da) {
        self.store = store
        self.language = language
    }

    /// The published plan, nil before the first publication.
    func plan() async throws -> PublishedPlan? {
        guard let head = try await store.publishedHead() else { return nil }
        if let current, current.head == head { return current }
        guard let version = try await store.publishedVersion() else { return nil }
        let loaded = try Self.read(version)
        current = loaded
        feeds = [:]
        return loaded
    }

    /// The calendar files of the published plan by name (`municipality-aarhus`, without `.ics`).
    ///
    /// Each file's content is its text with a fixed `DTSTAMP`; a file whose content is the
    /// one its stored stamp names keeps that stamp's time, any other gets the time of the
    /// published content's last change, stored before the file is served.
    func feedDocuments() async throws -> [String: FeedDocument] {
        guard let published = try await plan() else { return [:] }
        if !feeds.isEmpty { return feeds }
        var notes: [ActivityKey: MeetingNote] = [:]
        for details in try await store.meetingDetails() {
            notes[.meeting(series: details.series, index: details.index)] = MeetingNote(
                agenda: details.agenda, note: details.note)
        }
        var content = try CalendarExport(
            scenario: published.scenario, plan: published.plan, language: language, timestamp: Self.contentStamp)
        content.meetingNotes = notes
        let stored = try await store.feedStamps()
        var stamps: [String: Date] = [:]
        var changed: [String: FeedStamp] = [:]
        for file in try content.files() {
            let name = Self.feedName(file.name)
            let digest = FeedDocument.digest(of: Data(file.contents.utf8))
            if let stamp = stored[name], stamp.digest == digest {
                stamps[file.name] = stamp.changedAt
            } else {
                stamps[file.name] = published.head.changedAt
                changed[name] = FeedStamp(digest: digest, changedAt: published.head.changedAt)
            }
        }
        try await store.recordFeedStamps(changed)
        var export = content
        export.fileTimestamps = stamps
        var rendered: [String: FeedDocument] = [:]
        for file in try export.files() {
            rendered[Self.feedName(file.name)] = FeedDocument(
                bytes: Data(file.contents.utf8), lastModified: stamps[file.name] ?? published.head.changedAt)
        }
        // Kept only while still current: another request may have read a newer version
        // while this one waited for the store.
        if current?.head == published.head { feeds = rendered }
        return rendered
    }

    /// The `DTSTAMP` of the text a feed's content digest is taken from.
    private static let contentStamp = Date(timeIntervalSince1970: 0)

    /// A feed's name: its file name without `.ics`.
    private static func feedName(_ fileName: String) -> String {
        fileName.hasSuffix(".ics") ? String(fileName.dropLast(4)) : fileName
    }

    /// Reads a stored version back. It was checked when it was stored; a failure here means
    /// the database was changed by hand.
    private static func read(_ version: PlanVersion) throws -> PublishedPlan {
        let stored = try StoredVersion(version)
        return PublishedPlan(
            head: version.head, loaded: stored.scenario, plan: stored.plan, scenarioData: version.scenario,
            planData: version.plan)
    }
}
