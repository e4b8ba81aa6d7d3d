import Foundation
import PlanCalendars
import PlanStore
import PlanningModel

/// The published plan and its calendar files, read from the store and rendered once per
/// content change (version and revision), then served from memory.
///
/// The calendars are exported through libical (`PlanCalendars`) with `DTSTAMP` = the time
/// of the change and the meetings' agenda links and notes, so their bytes, and so their
/// ETags, change only when the published content does (a meeting's details make a revision).
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
    func feedDocuments() async throws -> [String: FeedDocument] {
        guard let published = try await plan() else { return [:] }
        if !feeds.isEmpty { return feeds }
        var export = try CalendarExport(
            scenario: published.scenario, plan: published.plan, language: language,
            timestamp: published.head.changedAt)
        for details in try await store.meetingDetails() {
            export.meetingNotes[.meeting(series: details.series, index: details.index)] = MeetingNote(
                agenda: details.agenda, note: details.note)
        }
        var rendered: [String: FeedDocument] = [:]
        for file in try export.files() {
            let name = file.name.hasSuffix(".ics") ? String(file.name.dropLast(4)) : file.name
            rendered[name] = FeedDocument(bytes: Data(file.contents.utf8), lastModified: published.head.changedAt)
        }
        feeds = rendered
        return rendered
    }

    /// Reads a stored version back. It was checked when it was stored; a failure here means
    /// the database was changed by hand.
    private static func read(_ version: PlanVersion) throws -> PublishedPlan {
        let loaded = try ScenarioLoader().load(data: version.scenario, fileName: "scenario.json", baseDirectory: nil)
        let plan = try PlanLoader.load(data: version.plan, fileName: "plan.json")
        return PublishedPlan(
            head: version.head, scenario: loaded.scenario, plan: plan, scenarioData: version.scenario,
            planData: version.plan)
    }
}
