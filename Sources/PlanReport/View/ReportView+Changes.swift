extension ReportView {
    /// A re-plan's "Changes" section (REPLAN.md): the counts, then the changed calendar
    /// entries per group of people (each municipality's therapists, the BUA psychologists, the
    /// other meeting attendees).
    struct ChangesSection {
        let intro: String
        let counts: [SummaryItem]
        let groups: [ChangeGroup]
        let hasGroups: Bool
        let noneText: String
    }

    /// The changed entries of one group of people.
    struct ChangeGroup {
        let title: String
        let note: String
        let rows: [ChangeRow]
    }

    /// One changed calendar entry, as it concerns one group of people.
    struct ChangeRow {
        /// `moved`, `added`, `removed` or `people`, for the badge's colour.
        let kind: String
        let kindLabel: String
        let entry: String
        let before: String
        let after: String
        /// The group's people whose calendars change, by name.
        let people: String
    }
}
