import PlanningModel

/// The rules of a valid scenario (PROBLEM.md §2a) that the generator must keep, checked
/// here independently of the model's own validation.
enum ScenarioInvariants {
    /// Every broken rule, as one sentence each; empty for a valid scenario.
    static func problems(in scenario: Scenario) -> [String] {
        var problems: [String] = []
        func unique(_ ids: [String], _ kind: String) {
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted {
                problems.append("duplicate \(kind) id \(id)")
            }
        }
        func idPattern(_ id: String) {
            let allowed = id.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
            if id.isEmpty || !allowed || id.hasPrefix("-") {
                problems.append("id \(id) does not match ^[a-z0-9][a-z0-9-]*$")
            }
        }
        func range(_ range: DateRange, _ what: String) {
            if range.from > range.to { problems.append("\(what): \(range.from) after \(range.to)") }
        }
        let manuals = Set(scenario.manuals.map(\.id))
        let venues = Dictionary(uniqueKeysWithValues: scenario.venues.map { ($0.id, $0) })
        let municipalities = Set(scenario.municipalities.map(\.id))
        let psychologists = Set(scenario.psychologists.map(\.id))
        unique(scenario.manuals.map(\.id), "manual")
        unique(scenario.venues.map(\.id), "venue")
        unique(scenario.municipalities.map(\.id), "municipality")
        unique(scenario.municipalities.flatMap(\.therapists).map(\.id), "therapist")
        unique(scenario.psychologists.map(\.id), "psychologist")
        unique(scenario.meetings.map(\.id), "meeting series")
        for id in scenario.manuals.map(\.id) + scenario.venues.map(\.id) + scenario.municipalities.map(\.id)
            + scenario.municipalities.flatMap(\.therapists).map(\.id) + scenario.psychologists.map(\.id)
            + scenario.meetings.map(\.id)
        {
            idPattern(id)
        }
        range(scenario.horizon, "horizon")
        for closed in scenario.calendar.closed { range(closed, "closed") }
        for holiday in scenario.calendar.schoolHolidays { range(holiday, "school holiday") }
        let largestCohort = scenario.manuals.map { $0.training.cohortMax + $0.training.trainers }.max() ?? 0
        for manual in scenario.manuals {
            if manual.training.minGapDays > manual.training.maxGapDays {
                problems.append("\(manual.id): minGap > maxGap")
            }
            if manual.training.cohortMin > manual.training.cohortMax {
                problems.append("\(manual.id): cohortMin > cohortMax")
            }
            if manual.supervision.durationMinutes > scenario.slots.am.minutes {
                problems.append("\(manual.id): too long")
            }
        }
        for venue in scenario.venues {
            if venue.capacity < largestCohort { problems.append("\(venue.id) cannot hold the largest cohort") }
            if venue.rooms < 1 { problems.append("\(venue.id) has no rooms") }
            for unavailable in venue.unavailable { range(unavailable, venue.id) }
        }
        for municipality in scenario.municipalities {
            if !municipality.stime && (!municipality.manuals.isEmpty || !municipality.therapists.isEmpty) {
                problems.append("\(municipality.id) is outside STIME but lists manuals or therapists")
            }
            for manual in municipality.manuals where !manuals.contains(manual) {
                problems.append("\(municipality.id): unknown manual \(manual)")
            }
            for manual in municipality.alternatives.keys where !manuals.contains(manual) {
                problems.append("\(municipality.id): alternative for unknown manual \(manual)")
            }
            if let ready = municipality.readyFrom, !scenario.horizon.contains(ready) {
                problems.append("\(municipality.id): readyFrom outside the horizon")
            }
            for therapist in municipality.therapists {
                if therapist.manuals.isEmpty { problems.append("\(therapist.id) needs no manual") }
                for manual in therapist.manuals where !municipality.manuals.contains(manual) {
                    problems.append("\(therapist.id): manual \(manual) not among \(municipality.id)'s")
                }
                if Set(therapist.manuals).count != therapist.manuals.count {
                    problems.append("\(therapist.id) lists a manual twice")
                }
                for unavailable in therapist.unavailable { range(unavailable, therapist.id) }
            }
        }
        for psychologist in scenario.psychologists {
            if venues[psychologist.home] == nil {
                problems.append("\(psychologist.id): unknown home \(psychologist.home)")
            }
            for manual in psychologist.manuals where !manuals.contains(manual) {
                problems.append("\(psychologist.id): unknown manual \(manual)")
            }
            if Set(psychologist.manuals).count != psychologist.manuals.count {
                problems.append("\(psychologist.id) lists a manual twice")
            }
            if psychologist.maxDaysPerWeek < 1 || psychologist.maxDaysPerMonth < psychologist.maxDaysPerWeek {
                problems.append("\(psychologist.id): odd capacity")
            }
            for unavailable in psychologist.unavailable { range(unavailable, psychologist.id) }
        }
        for manual in Set(scenario.needs.map(\.manual)) {
            let trainers = scenario.manual(manual)?.training.trainers ?? 2
            if scenario.psychologists.filter({ $0.manuals.contains(manual) }).count < trainers {
                problems.append("\(manual): fewer certified psychologists than trainers")
            }
        }
        for series in scenario.meetings {
            range(series.window, series.id)
            if series.window.from < scenario.horizon.from || series.window.to > scenario.horizon.to {
                problems.append("\(series.id): window outside the horizon")
            }
            if series.count < 1 { problems.append("\(series.id): no meetings") }
            if series.venues.isEmpty { problems.append("\(series.id): no venues") }
            if series.rotate && series.count > 1 && Set(series.venues).count < 2 {
                problems.append("\(series.id): rotates over fewer than two venues")
            }
            if series.durationMinutes > scenario.slots[series.slot].minutes {
                problems.append("\(series.id): longer than its slot")
            }
            // Enough room in the window for count meetings minGapWeeks apart.
            if (series.count - 1) * series.minGapWeeks * 7 > series.window.dayCount - 1 {
                problems.append("\(series.id): window too short for its meetings")
            }
            for venue in series.venues {
                guard let place = venues[venue] else {
                    problems.append("\(series.id): unknown venue \(venue)")
                    continue
                }
                if place.capacity < series.attendees.count {
                    problems.append("\(series.id): \(venue) too small for \(series.attendees.count) attendees")
                }
            }
            for attendee in series.attendees {
                switch attendee.origin {
                case .municipality(let id) where !municipalities.contains(id):
                    problems.append("\(series.id): attendee from unknown municipality \(id)")
                case .venue(let id) where venues[id] == nil:
                    problems.append("\(series.id): attendee from unknown venue \(id)")
                default: break
                }
                if let id = attendee.psychologist, !psychologists.contains(id) {
                    problems.append("\(series.id): unknown psychologist \(id)")
                }
            }
        }
        return problems
    }
}
