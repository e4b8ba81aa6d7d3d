import PlanningModel

/// Removes dates that do not parse from a `plan.json` document, noting each as an H1
/// violation, so that a plan with a typo in one date can still be checked.
enum PlanDateSanitiser {
    static func sanitise(_ document: JSONValue, words: CheckerWording, notes: inout [Violation]) -> JSONValue {
        guard case .object(var root) = document else { return document }
        if case .array(let cohorts) = root["cohorts"] {
            root["cohorts"] = .array(
                cohorts.map {
                    cleanDates(
                        in: $0, key: "days", message: "h1.badTrainingDay", id: "cohort", words: words, notes: &notes)
                })
        }
        if case .array(let groups) = root["supervisionGroups"] {
            root["supervisionGroups"] = .array(
                groups.map {
                    cleanDates(
                        in: $0, key: "sessions", message: "h1.badSession", id: "group", words: words, notes: &notes)
                })
        }
        if case .array(let meetings) = root["meetings"] {
            root["meetings"] = .array(
                meetings.filter { meeting in
                    guard case .object(let fields) = meeting, let date = fields["date"], !isDate(date) else {
                        return true
                    }
                    let series = plain(fields["series"])
                    let number = plain(fields["index"])
                    notes.append(
                        Violation(
                            rule: .h1,
                            message: words(
                                "h1.badMeetingDate", ["series": series, "index": number, "value": text(date)]),
                            entities: [series]))
                    return false
                })
        }
        return .object(root)
    }

    /// `value` without the entries of `fields[key]` that are not dates, each noted as the
    /// `message` violation with the owner's id under `idName` and the bad entry as `{value}`.
    private static func cleanDates(
        in value: JSONValue, key: String, message: String, id idName: String, words: CheckerWording,
        notes: inout [Violation]
    ) -> JSONValue {
        guard case .object(var fields) = value, case .array(let dates) = fields[key] else { return value }
        let id = plain(fields["id"])
        fields[key] = .array(
            dates.filter { date in
                if isDate(date) { return true }
                notes.append(
                    Violation(
                        rule: .h1, message: words(message, [idName: id, "value": text(date)]),
                        entities: [id]))
                return false
            })
        return .object(fields)
    }

    private static func isDate(_ value: JSONValue) -> Bool {
        if case .string(let string) = value { return CalendarDay(iso: string) != nil }
        return false
    }

    private static func plain(_ value: JSONValue?) -> String {
        if case .string(let string)? = value { return string }
        return text(value)
    }

    private static func text(_ value: JSONValue?) -> String {
        switch value {
        case .string(let string)?: "'\(string)'"
        case .int(let number)?: String(number)
        case nil: "?"
        case let other?: "\(other)"
        }
    }
}
