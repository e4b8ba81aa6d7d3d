/// What the report templates see: plain values, already formatted for the reader, read
/// by the Mustache renderer through reflection (the property names are the template's
/// variable names).
struct ReportView {
    /// `da` or `en`, for `<html lang>`.
    let lang: String
    /// The language's string table, nested by section (`{{t.section.key}}` in templates).
    let t: [String: Any]
    let title: String
    let subtitle: String
    let solverLine: String
    let summary: [SummaryItem]
    let status: Status
    /// Complete `<svg>` elements, inserted unescaped (`{{{…}}}`); their text is escaped by ``SVGCanvas``.
    let timelineSVG: String
    let loadSVG: String
    let mapSVG: String
    let manuals: [ManualSection]
    let meetingSeries: [MeetingSeriesSection]
    let hasMeetings: Bool
    let score: ScoreSection
    let unassigned: [UnassignedItem]
    let hasUnassigned: Bool
    let unassignedIntro: String
    /// The "Changes" section of a re-plan: one element, or none for a plan made from scratch.
    let changes: [ChangesSection]
    let hasChanges: Bool

    /// One figure of the summary.
    struct SummaryItem {
        let label: String
        let value: String
        let note: String
    }

    /// The plan's overall state in words, with a tone for colour (`ok`, `warn`, `bad`).
    struct Status {
        let label: String
        let text: String
        let tone: String
    }

    /// The cohorts and supervision groups of one manual.
    struct ManualSection {
        let id: String
        let anchor: String
        let title: String
        let shortTitle: String
        let color: String
        let rules: String
        let cohorts: [CohortRow]
        let hasCohorts: Bool
        let groups: [GroupRow]
        let hasGroups: Bool
        let notes: [String]
        let hasNotes: Bool
    }

    /// One row of a manual's cohort table.
    struct CohortRow {
        let id: String
        let venue: String
        let dates: String
        let trainers: String
        let size: String
        let participants: [ParticipantGroup]
    }

    /// The participants of a cohort from one municipality.
    struct ParticipantGroup {
        let municipality: String
        let count: String
        let names: String
    }

    /// One row of a manual's supervision-group table.
    struct GroupRow {
        let id: String
        let cohort: String
        let supervisor: String
        let place: String
        let time: String
        let sessions: String
        let members: String
    }

    /// The meetings of one series.
    struct MeetingSeriesSection {
        let id: String
        let title: String
        let details: String
        let meetings: [MeetingRow]
    }

    /// One meeting.
    struct MeetingRow {
        let index: String
        let date: String
        let time: String
        let venue: String
    }

    /// The score and its terms.
    struct ScoreSection {
        let total: String
        let hardViolations: String
        let hardTone: String
        let terms: [TermRow]
        let source: String
        /// Where the plan's own score differs from the re-check, one sentence each.
        let mismatches: [String]
        let hasMismatches: Bool
        /// Broken hard rules found by the re-check (`H7 …`), at most fifty and a count of the rest.
        let violations: [String]
        let hasViolations: Bool
    }

    /// One objective term (S1…S11) with its top contributors.
    struct TermRow {
        let code: String
        let name: String
        let raw: String
        let weight: String
        let value: String
        let share: String
        let barPercent: String
        let contributors: [String]
        let hasContributors: Bool
    }

    /// Unassigned needs that share manual, reason, detail and suggestions, worded for a
    /// person: who (one line per municipality when more than one), then why and what would help once.
    struct UnassignedItem {
        let anchor: String
        let headline: String
        /// The therapists by municipality; empty for a single need (the headline names it).
        let municipalities: [UnassignedMunicipality]
        let hasMunicipalities: Bool
        /// `therapist-id · manual-id` (or `manual-id` and the therapist ids), for finding the
        /// needs in the plan and the scenario.
        let ids: String
        let reasonCode: String
        let reason: String
        let detail: String
        let suggestions: [SuggestionItem]
        let hasSuggestions: Bool
        let noSuggestions: String
    }

    /// The therapists of one municipality in a group of unassigned needs.
    struct UnassignedMunicipality {
        let municipality: String
        let names: String
    }

    /// One suggested change to the scenario.
    struct SuggestionItem {
        let text: String
        let verified: Bool
        let badge: String
        let change: String
    }
}
