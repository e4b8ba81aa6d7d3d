import PlanningModel

/// The text `validate` prints: written for a BUA project lead, fitting one screen.
struct SummaryText {
    let summary: ScenarioSummary
    let loaded: LoadedScenario

    var lines: [String] {
        let scenario = summary.scenario
        var lines: [String] = []
        lines.append("\(scenario.name) (\(loaded.sourceName))")
        lines.append(
            "Horizon \(scenario.horizon.from) – \(scenario.horizon.to), \(scenario.timezone): "
                + "\(counted(summary.workdays, "usable workday", "usable workdays"))")
        lines.append("")
        lines.append(
            "In STIME: \(counted(summary.inSTIME.count, "municipality", "municipalities")) (therapists), "
                + "\(counted(summary.needs, "need", "needs")) (therapist × manual)"
        )
        lines += wrap(summary.inSTIME.map { "\($0.name) (\($0.therapists.count))" })
        if !summary.outOfSTIME.isEmpty {
            lines.append("Not in STIME (\(summary.outOfSTIME.count)):")
            lines += wrap(
                summary.outOfSTIME.map { municipality in
                    let own = municipality.alternatives.sorted { $0.key < $1.key }.map { "\($0.value) for \($0.key)" }
                    return municipality.name + (own.isEmpty ? "" : " (own: \(own.joined(separator: ", ")))")
                })
        }
        lines.append("")
        var table = TextTable([.left, .right, .right, .right, .left])
        table.add("manual", "needs", "cohorts≥", "trainers", "certified psychologists")
        for line in summary.manuals {
            let certified = line.certified.isEmpty ? "none" : line.certified.joined(separator: ", ")
            let flag = line.isShortOfTrainers ? "  ⚠ fewer than \(line.manual.training.trainers) trainers" : ""
            table.add(
                line.manual.id, "\(line.needs)", "\(line.cohortsAtLeast)", "\(line.manual.training.trainers)",
                "\(line.certified.count): \(certified)\(flag)")
        }
        lines += table.render(indent: 0).map { "  " + $0 }
        lines.append("")
        lines.append("Workdays per month (in school holidays):")
        var months = TextTable(Array(repeating: .left, count: 6))
        let cells = summary.months.map {
            "\($0.month) \($0.workdays)" + ($0.schoolHolidayWorkdays > 0 ? " (\($0.schoolHolidayWorkdays))" : "")
        }
        for start in stride(from: 0, to: cells.count, by: 6) {
            months.add(cells: Array(cells[start..<min(start + 6, cells.count)]))
        }
        lines += months.render()
        lines.append("")
        if loaded.warnings.isEmpty {
            lines.append("Valid: no errors, no warnings.")
        } else {
            lines.append("Warnings (\(loaded.warnings.count)):")
            lines += loaded.warnings.map { "  " + $0.description }
            lines.append("Valid: no errors, \(counted(loaded.warnings.count, "warning", "warnings")).")
        }
        return lines
    }
}
