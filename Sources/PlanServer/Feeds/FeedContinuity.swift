import Foundation
import PlanStore
import PlanningModel

/// What makes subscribers' calendars follow the published plan from one content to the next
/// (REPLAN.md, "Output"; SERVICE.md, "Calendar feeds"): the plan that replaces the published
/// one carries a `calendar` record computed against it, so that each changed event keeps its
/// UID and gets a higher SEQUENCE, and each removed one stays as `STATUS:CANCELLED` until its
/// date has passed.
///
/// Every change of the published content goes through here: a new version published (re-planned
/// by the server or posted whole, whatever `calendar` it brought) and each revision of the
/// published version (bookings, meeting details).
public enum FeedContinuity {
    /// `plan` with the calendar record that continues `previous`'s calendars.
    ///
    /// - Parameters:
    ///   - plan: the plan to publish; its own `calendar` record is replaced.
    ///   - previous: the plan subscribers have now, with its record; nil before the first
    ///     publication (then `plan` keeps its own record).
    ///   - scenario: `plan`'s scenario (meeting attendees are read from it).
    ///   - today: cancelled entries dated before it are dropped.
    public static func plan(_ plan: Plan, following previous: Plan?, scenario: Scenario, today: CalendarDay) -> Plan {
        guard let previous else { return plan }
        var next = plan
        let record = PlanCalendarRecord.replanning(base: previous, plan: plan, scenario: scenario, today: today)
        next.calendar = record.sequence.isEmpty && record.cancelled.isEmpty ? nil : record
        return next
    }

    /// The plan document to store for `plan` (a stored JSON document, with its scenario's)
    /// following the published `previous`, `today` being `time`'s date in the scenario's time
    /// zone; `plan` as it is when nothing was published before.
    ///
    /// - Throws: when a stored document cannot be read back (the database was changed by hand).
    public static func document(plan: Data, scenario: Data, following previous: Data?, at time: Date) throws -> Data {
        guard let previous else { return plan }
        let loaded = try ScenarioLoader().load(data: scenario, fileName: "scenario.json", baseDirectory: nil)
        let current = try PlanLoader.load(data: plan, fileName: "plan.json")
        let before = try PlanLoader.load(data: previous, fileName: "plan.json")
        let today = Replanning.today(in: loaded.scenario, at: time)
        return try Self.plan(current, following: before, scenario: loaded.scenario, today: today).jsonData()
    }

    /// The plan document `plan` with the SEQUENCE of the entry `key` one higher: its event
    /// changed although the plan did not (a meeting's agenda link or note).
    ///
    /// - Throws: when the stored document cannot be read back (the database was changed by hand).
    public static func raising(_ key: ActivityKey, in plan: Data) throws -> Data {
        var current = try PlanLoader.load(data: plan, fileName: "plan.json")
        var record = current.calendar ?? PlanCalendarRecord()
        record.sequence[key, default: 0] += 1
        current.calendar = record
        return try current.jsonData()
    }

    /// Publishes the draft `number` with the calendar record that continues the calendars of
    /// the version published until now: what the API and the lead's page do.
    ///
    /// - Throws: ``StoreError/versionNotFound(_:)``, ``StoreError/notDraft(_:_:)``.
    static func publish(
        _ number: Int, in store: any ServiceStore, by who: Principal, at time: Date
    ) async throws -> PlanVersion {
        try await store.publish(version: number, by: who, at: time) { draft, published in
            try document(plan: draft.plan, scenario: draft.scenario, following: published?.plan, at: time)
        }
    }
}
