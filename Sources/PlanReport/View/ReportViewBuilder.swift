import Foundation
import PlanChecker
import PlanTemplates
import PlanningModel

/// Turns a scenario and a plan into the ``ReportView`` the templates render: counts,
/// sentences, tables and the three charts.
struct ReportViewBuilder {
    let context: ReportContext
    /// The independent re-check of the plan: hard violations and recomputed terms.
    let check: CheckReport

    private var strings: StringTable { context.strings }
    private var format: ReportFormat { context.format }
    /// The check's total, with the plan's own S11 when the check could not recompute it.
    private var reportedTotal: Int { check.total + (ScoreTermInput.ownS11(check, plan: context.plan) ?? 0) }

    func build() -> ReportView {
        let scenario = context.scenario
        let plan = context.plan
        let horizon = strings.format(
            "header.horizon",
            [
                "from": format.date(scenario.horizon.from), "to": format.date(scenario.horizon.to),
            ])
        var solverLine = strings.format(
            "header.solver",
            [
                "seed": String(plan.solver.seed), "seconds": format.decimal(plan.solver.elapsedSeconds),
            ])
        if let iterations = plan.solver.iterations {
            solverLine += " · " + strings.format("header.iterations", ["iterations": format.number(iterations)])
        }
        if let bound = plan.solver.bound {
            solverLine += " · " + strings.format("header.bound", ["bound": format.number(bound)])
        }
        let changes = ChangesSectionBuilder(context: context).build()
        return ReportView(
            lang: strings.language.rawValue,
            t: strings.tree,
            title: strings.format("header.title", ["scenario": scenario.name]),
            subtitle: horizon,
            solverLine: solverLine,
            summary: summaryItems(),
            status: status(),
            timelineSVG: TimelineChart(context: context).render(),
            loadSVG: LoadChart(context: context).render(),
            mapSVG: MapChart(context: context).render(),
            manuals: manualSections(),
            meetingSeries: meetingSections(),
            hasMeetings: !plan.meetings.isEmpty,
            score: scoreSection(),
            unassigned: unassignedItems(),
            hasUnassigned: !plan.unassigned.isEmpty,
            unassignedIntro: strings.format(
                "unassigned.intro", count: plan.unassigned.count, ["count": format.number(plan.unassigned.count)]),
            changes: changes.map { [$0] } ?? [],
            hasChanges: changes != nil
        )
    }

    // MARK: Summary

    private func summaryItems() -> [ReportView.SummaryItem] {
        let scenario = context.scenario
        let plan = context.plan
        let inStime = scenario.municipalities.filter(\.stime).count
        let needs = scenario.needs.count
        let assigned = max(0, needs - plan.unassigned.count)
        let physicalGroups = plan.supervisionGroups.filter { $0.mode == .physical }.count
        let sessions = plan.supervisionGroups.reduce(0) { $0 + $1.sessions.count }
        let trainingDays = plan.cohorts.reduce(0) { $0 + $1.days.count }
        func item(_ key: String, _ value: String, _ note: String) -> ReportView.SummaryItem {
            ReportView.SummaryItem(label: strings["summary.\(key)"], value: value, note: note)
        }
        return [
            item(
                "municipalities", format.number(inStime),
                strings.format(
                    "summary.municipalitiesNote",
                    [
                        "total": format.number(scenario.municipalities.count)
                    ])),
            item(
                "needs", format.number(needs),
                strings.format(
                    "summary.needsNote",
                    [
                        "assigned": format.number(assigned), "unassigned": format.number(plan.unassigned.count),
                    ])),
            item(
                "cohorts", format.number(plan.cohorts.count),
                strings.format(
                    "summary.cohortsNote",
                    [
                        "days": format.number(trainingDays)
                    ])),
            item(
                "groups", format.number(plan.supervisionGroups.count),
                strings.format(
                    "summary.groupsNote",
                    [
                        "sessions": format.number(sessions), "physical": format.number(physicalGroups),
                        "virtual": format.number(plan.supervisionGroups.count - physicalGroups),
                    ])),
            item(
                "meetings", format.number(plan.meetings.count),
                strings.format(
                    "summary.meetingsNote",
                    [
                        "series": format.number(Set(plan.meetings.map(\.series)).count)
                    ])),
            item(
                "score", format.number(reportedTotal),
                strings.format(
                    "summary.scoreNote",
                    [
                        "violations": format.number(check.hardViolationCount)
                    ])),
        ]
    }

    private func status() -> ReportView.Status {
        let plan = context.plan
        let violations = max(check.hardViolationCount, plan.score.hardViolations)
        if violations > 0 {
            return ReportView.Status(
                label: strings["status.broken"],
                text: strings.format("status.textViolations", count: violations, ["count": format.number(violations)]),
                tone: "bad")
        }
        let label = strings["status.\(plan.solver.status.rawValue)"]
        if plan.solver.status == .infeasible {
            return ReportView.Status(label: label, text: strings["status.textInfeasible"], tone: "bad")
        }
        if !plan.unassigned.isEmpty {
            return ReportView.Status(
                label: label,
                text: strings.format(
                    "status.textUnassigned", count: plan.unassigned.count,
                    ["count": format.number(plan.unassigned.count)]), tone: "warn")
        }
        return ReportView.Status(label: label, text: strings["status.textComplete"], tone: "ok")
    }

    // MARK: Manuals

    private func manualSections() -> [ReportView.ManualSection] {
        let plan = context.plan
        let cohortsByManual = Dictionary(grouping: plan.cohorts, by: \.manual)
        let groupsByManual = Dictionary(grouping: plan.supervisionGroups, by: \.manual)
        let unassignedByManual = Dictionary(grouping: plan.unassigned, by: \.manual)
        let needsByManual = Dictionary(grouping: context.scenario.needs, by: \.manual)
        return context.manualOrder.compactMap { id in
            let never = CalendarDay(ordinal: Int.max)
            let cohorts = (cohortsByManual[id] ?? []).sorted {
                ($0.days.first ?? never, $0.id) < ($1.days.first ?? never, $1.id)
            }
            let groups = (groupsByManual[id] ?? []).sorted {
                ($0.sessions.first ?? never, $0.id) < ($1.sessions.first ?? never, $1.id)
            }
            let needs = needsByManual[id]?.count ?? 0
            let unassigned = unassignedByManual[id]?.count ?? 0
            guard !cohorts.isEmpty || !groups.isEmpty || needs > 0 || unassigned > 0 else { return nil }
            var notes = [
                strings.format(
                    "manual.needsNote",
                    [
                        "needs": format.number(needs), "cohorts": format.number(cohorts.count),
                        "groups": format.number(groups.count),
                    ])
            ]
            if unassigned > 0 {
                notes.append(
                    strings.format("manual.unassignedNote", count: unassigned, ["count": format.number(unassigned)]))
            }
            for municipality in context.scenario.municipalities {
                if let alternative = municipality.alternatives[id] {
                    notes.append(
                        strings.format(
                            "manual.alternative",
                            [
                                "municipality": municipality.name, "alternative": alternative,
                            ]))
                }
            }
            return ReportView.ManualSection(
                id: id, anchor: "manual-\(id)", title: context.manualTitle(id),
                shortTitle: context.manualShortTitle(id),
                color: context.manualColor(id), rules: rulesText(id),
                cohorts: cohorts.map(cohortRow), hasCohorts: !cohorts.isEmpty,
                groups: groups.map(groupRow), hasGroups: !groups.isEmpty,
                notes: notes, hasNotes: !notes.isEmpty
            )
        }
    }

    private func rulesText(_ id: String) -> String {
        guard let manual = context.manual(id) else { return "" }
        let training = manual.training
        let supervision = manual.supervision
        return strings.format(
            "manual.rules",
            [
                "days": String(training.days), "minGap": String(training.minGapDays),
                "maxGap": String(training.maxGapDays),
                "cohortMin": String(training.cohortMin), "cohortMax": String(training.cohortMax),
                "trainers": String(training.trainers), "sessions": String(supervision.sessions),
                "weeks": String(supervision.everyWeeks), "mode": strings["mode.\(supervision.mode.rawValue)"],
                "groupMax": String(supervision.groupMax),
            ])
    }

    private func cohortRow(_ cohort: Cohort) -> ReportView.CohortRow {
        var order: [String] = []
        var members: [String: [String]] = [:]
        for therapist in cohort.participants {
            let municipality = context.municipalityID(ofTherapist: therapist) ?? "?"
            if members[municipality] == nil { order.append(municipality) }
            members[municipality, default: []].append(therapist)
        }
        let participants = order.map { municipality in
            ReportView.ParticipantGroup(
                municipality: municipality == "?"
                    ? strings["common.unknownMunicipality"]
                    : context.municipalityShortName(municipality),
                count: String(members[municipality]?.count ?? 0),
                names: (members[municipality] ?? []).map(context.therapistName).joined(separator: ", "))
        }
        return ReportView.CohortRow(
            id: cohort.id, venue: context.venueName(cohort.venue), dates: format.dayList(cohort.days),
            trainers: cohort.trainers.map(context.psychologistName).joined(separator: ", "),
            size: strings.format("manual.size", ["count": String(cohort.participants.count)]),
            participants: participants)
    }

    private func groupRow(_ group: SupervisionGroup) -> ReportView.GroupRow {
        let minutes = context.manual(group.manual)?.supervision.durationMinutes ?? 150
        let place = group.mode == .virtual ? strings["mode.virtual"] : context.venueName(group.venue ?? "")
        return ReportView.GroupRow(
            id: group.id, cohort: group.cohort, supervisor: context.psychologistName(group.supervisor), place: place,
            time: format.time(group.slot, minutes: minutes, slots: context.scenario.slots),
            sessions: format.dayList(group.sessions),
            members: group.members.map(context.therapistName).joined(separator: ", "))
    }

    // MARK: Meetings

    private func meetingSections() -> [ReportView.MeetingSeriesSection] {
        let plan = context.plan
        var ids = context.scenario.meetings.map(\.id).filter { id in plan.meetings.contains { $0.series == id } }
        for meeting in plan.meetings where !ids.contains(meeting.series) {
            ids.append(meeting.series)
        }
        return ids.map { id in
            let series = context.series(id)
            let meetings = plan.meetings.filter { $0.series == id }.sorted { ($0.date, $0.index) < ($1.date, $1.index) }
            var details = ""
            if let series {
                details = strings.format(
                    "meetings.details",
                    [
                        "count": String(series.count), "attendees": String(series.attendees.count),
                        "organizer": series.organizer?.name ?? "—",
                    ])
            }
            return ReportView.MeetingSeriesSection(
                id: id, title: context.seriesTitle(id), details: details,
                meetings: meetings.map { meeting in
                    ReportView.MeetingRow(
                        index: String(meeting.index), date: format.dateWithWeekday(meeting.date),
                        time: format.time(
                            meeting.slot, minutes: series?.durationMinutes ?? 180,
                            slots: context.scenario.slots),
                        venue: context.venueName(meeting.venue))
                })
        }
    }

    // MARK: Score

    private func scoreSection() -> ReportView.ScoreSection {
        let terms = ScoreTermInput.fromCheck(check, plan: context.plan, format: format)
        let largest = max(1, terms.map(\.weighted).max() ?? 1)
        let total = max(1, terms.reduce(0) { $0 + max(0, $1.weighted) })
        let rows = terms.map { term in
            ReportView.TermRow(
                code: term.code, name: strings["term.\(term.code)"],
                raw: term.raw.map(format.number) ?? "—", weight: term.weight.map(format.number) ?? "—",
                value: format.number(term.weighted),
                share: "\(Int((Double(max(0, term.weighted)) / Double(total) * 100).rounded())) %",
                barPercent: String(Int((Double(max(0, term.weighted)) / Double(largest) * 100).rounded())),
                contributors: term.contributors, hasContributors: !term.contributors.isEmpty)
        }
        let ownS11 = ScoreTermInput.ownS11(check, plan: context.plan)
        let checkedTotal = reportedTotal
        // Without the base the check cannot recompute S11: the plan's own S11 is shown, and the
        // total compared with it included.
        let findings = check.scoreMismatches.filter { mismatch in
            guard ownS11 != nil else { return true }
            return mismatch.key != "S11" && (mismatch.key != "total" || mismatch.planValue != checkedTotal)
        }
        let mismatches = findings.map { mismatch in
            strings.format(
                "score.mismatch",
                [
                    "key": mismatch.key, "plan": mismatch.planValue.map(format.number) ?? "—",
                    "recomputed": format.number(mismatch.recomputed),
                ])
        }
        let violations = check.violations.sorted { $0.rule < $1.rule }
        let shown = violations.prefix(50).map { "\($0.rule.code) \($0.message)" }
        var violationLines = Array(shown)
        if violations.count > shown.count {
            violationLines.append(
                strings.format("score.moreViolations", ["count": format.number(violations.count - shown.count)]))
        }
        return ReportView.ScoreSection(
            total: format.number(checkedTotal), hardViolations: format.number(check.hardViolationCount),
            hardTone: check.hardViolationCount == 0 ? "ok" : "bad", terms: rows,
            source: strings["score.sourceChecker"] + (ownS11 == nil ? "" : " " + strings["score.s11FromPlan"]),
            mismatches: mismatches, hasMismatches: !mismatches.isEmpty,
            violations: violationLines, hasViolations: !violationLines.isEmpty)
    }

    // MARK: Unassigned

    private func unassignedItems() -> [ReportView.UnassignedItem] {
        let groups = UnassignedGroupKey.group(context.plan.unassigned, by: UnassignedGroupKey.init)
        return groups.enumerated().map { index, needs in
            let need = needs[0]
            let single = needs.count == 1
            let headline: String
            var municipalities: [ReportView.UnassignedMunicipality] = []
            if single {
                headline = strings.format(
                    "unassigned.headline",
                    [
                        "therapist": context.therapistName(need.therapist),
                        "id": need.therapist,
                        "municipality": municipalityName(ofTherapist: need.therapist),
                        "manual": context.manualShortTitle(need.manual),
                    ])
            } else {
                headline = strings.format(
                    "unassigned.headlineMany",
                    [
                        "count": format.number(needs.count),
                        "manual": context.manualShortTitle(need.manual),
                    ])
                var order: [String] = []
                var members: [String: [String]] = [:]
                for therapist in needs.map(\.therapist) {
                    let municipality = municipalityName(ofTherapist: therapist)
                    if members[municipality] == nil { order.append(municipality) }
                    members[municipality, default: []].append(context.therapistName(therapist))
                }
                municipalities = order.map {
                    ReportView.UnassignedMunicipality(
                        municipality: $0, names: (members[$0] ?? []).joined(separator: ", "))
                }
            }
            let suggestions = need.suggestions.map { suggestion in
                ReportView.SuggestionItem(
                    text: suggestion.text, verified: suggestion.verified,
                    badge: strings[suggestion.verified ? "unassigned.verified" : "unassigned.unverified"],
                    change: suggestion.patch.map(patchText).joined(separator: "; "))
            }
            let ids =
                single
                ? "\(need.therapist) · \(need.manual)"
                : "\(need.manual) · " + needs.map(\.therapist).joined(separator: ", ")
            return ReportView.UnassignedItem(
                anchor: "need-\(index + 1)", headline: headline, municipalities: municipalities,
                hasMunicipalities: !municipalities.isEmpty, ids: ids,
                reasonCode: need.reason.rawValue,
                reason: strings["reason.\(need.reason.rawValue)"], detail: need.detail, suggestions: suggestions,
                hasSuggestions: !suggestions.isEmpty,
                noSuggestions: strings[single ? "unassigned.noSuggestions" : "unassigned.noSuggestionsMany"])
        }
    }

    private func municipalityName(ofTherapist id: String) -> String {
        context.municipalityID(ofTherapist: id).map(context.municipalityName) ?? strings["common.unknownMunicipality"]
    }

    private func patchText(_ operation: PatchOperation) -> String {
        var text = "\(operation.op.rawValue) \(operation.path)"
        if let value = operation.value {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(value) {
                text += " = " + String(decoding: data, as: UTF8.self)
            }
        }
        return text
    }
}
