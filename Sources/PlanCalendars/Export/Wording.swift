import PlanningModel

/// The short texts of the calendars in one language (the event texts are templates).
struct Wording: Sendable {
    let language: OutputLanguage

    var categoryTraining: String { language == .da ? "Uddannelse" : "Training" }
    var categorySupervision: String { "Supervision" }
    var categoryMeeting: String { language == .da ? "Møde" : "Meeting" }
    var online: String { language == .da ? "Online (virtuel supervision)" : "Online (virtual supervision)" }

    /// The summary of a cancelled entry: `Aflyst: STIME-uddannelse, Uro, dag 2 (uro-1)`.
    func cancelledSummary(_ key: ActivityKey, title: String) -> String {
        let da = language == .da
        let prefix = da ? "Aflyst: " : "Cancelled: "
        switch key {
        case .trainingDay(let cohort, let day):
            return prefix
                + (da
                    ? "STIME-uddannelse, \(title), dag \(day) (\(cohort))"
                    : "STIME training, \(title), day \(day) (\(cohort))")
        case .session(let group, let number):
            return prefix
                + (da
                    ? "STIME-supervision, \(title) (\(group)), gang \(number)"
                    : "STIME supervision, \(title) (\(group)), session \(number)")
        case .meeting(_, let index):
            return prefix + "\(title) (\(index))"
        }
    }

    /// The description of a cancelled entry.
    func cancelledDescription(_ date: String) -> String {
        language == .da
            ? "Aftalen \(date) er aflyst: planen er lavet om, og den er ikke længere med i planen for denne kalender.\n\nPlanlagt med stime-planner."
            : "The entry on \(date) is cancelled: the plan was changed and no longer has it for this calendar.\n\nPlanned with stime-planner."
    }

    /// The calendar's display name for an audience.
    func calendarName(for audience: Audience, scenario: Scenario) -> String {
        switch audience {
        case .all:
            return language == .da ? "STIME – alle aktiviteter" : "STIME – all activities"
        case .meetings(let id):
            return "STIME – " + (scenario.meetingSeries(id)?.title ?? id)
        case .psychologist(let id):
            return "STIME – " + (scenario.psychologist(id)?.name ?? id)
        case .municipality(let id):
            return "STIME – " + (scenario.municipality(id)?.name ?? id)
        case .therapist(let id):
            return "STIME – " + (scenario.therapist(id)?.therapist.name ?? id)
        }
    }

    /// `torsdag 29. oktober 2026` or `Thursday 29 October 2026`.
    func longDate(_ day: CalendarDay) -> String {
        let parts = day.components
        let weekday = (language == .da ? Self.weekdaysDA : Self.weekdaysEN)[day.weekday.isoIndex]
        let month = (language == .da ? Self.monthsDA : Self.monthsEN)[parts.month - 1]
        return language == .da
            ? "\(weekday) \(parts.day). \(month) \(parts.year)"
            : "\(weekday) \(parts.day) \(month) \(parts.year)"
    }

    /// `09:00–15:30`.
    func timeRange(_ start: TimeOfDay, minutes: Int) -> String {
        let end = TimeOfDay(hour: (start.minutes + minutes) / 60 % 24, minute: (start.minutes + minutes) % 60)
        return "\(start)–\(end)"
    }

    private static let weekdaysDA = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    private static let weekdaysEN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let monthsDA = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
        "december",
    ]
    private static let monthsEN = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
}
