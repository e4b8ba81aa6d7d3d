import PlanningModel

/// Psychologist load as SVG: one band per psychologist with a bar per month (distinct
/// activity days, H8's count) and a dashed line at their `maxDaysPerMonth`; bars at the
/// limit and over it stand out. Months run across under a shared axis.
struct LoadChart {
    let context: ReportContext

    private let width = 1000.0
    private let labelWidth = 190.0
    private let rightMargin = 12.0
    private let bandHeight = 46.0
    private let headerHeight = 20.0

    func render() -> String {
        let strings = context.strings
        let months = context.horizonMonths
        let activity = context.psychologistActivityDays()
        let psychologists = psychologistRows(activity: activity)
        let counts: [[Int]] = psychologists.map { row in
            var perMonth = [YearMonth: Int]()
            for day in activity[row.id] ?? [] {
                perMonth[day.yearMonth, default: 0] += 1
            }
            return months.map { perMonth[$0] ?? 0 }
        }
        let scaleMax = max(
            1, psychologists.map(\.max).max() ?? 1, counts.flatMap { $0 }.max() ?? 1)

        let plotWidth = width - labelWidth - rightMargin
        let columnWidth = plotWidth / Double(max(months.count, 1))
        let plotTop = headerHeight
        let plotHeight = max(Double(psychologists.count) * bandHeight, 30)
        let plotBottom = plotTop + plotHeight
        let legendTop = plotBottom + 48
        var canvas = SVGCanvas(width: width, height: legendTop + 26)

        canvas.text(strings["load.axisDays"], x: labelWidth - 6, y: 12, size: 10, anchor: .end, fill: "#4b5563")
        if psychologists.isEmpty {
            canvas.text(strings["load.empty"], x: labelWidth + 8, y: plotTop + 20, size: 11, fill: "#6b7280")
        }
        for (index, row) in psychologists.enumerated() {
            let top = plotTop + Double(index) * bandHeight
            let base = top + bandHeight - 8
            let usable = bandHeight - 18
            func y(_ value: Int) -> Double { base - Double(value) / Double(scaleMax) * usable }
            if index % 2 == 1 {
                canvas.rect(x: 0, y: top, width: width - rightMargin, height: bandHeight, fill: "#f3f4f6")
            }
            canvas.text(truncate(row.name, 30), x: 6, y: top + 18, size: 10.5, fill: "#111827", bold: true)
            canvas.text(
                strings.format("load.rowMax", ["max": String(row.max)]), x: 6, y: top + 31, size: 9,
                fill: "#6b7280")
            // Per-band y axis with ticks at 0 and the limit.
            canvas.line(x1: labelWidth, y1: top + 6, x2: labelWidth, y2: base, stroke: "#374151")
            for tick in Set([0, row.max]).sorted() {
                canvas.line(x1: labelWidth - 3, y1: y(tick), x2: labelWidth, y2: y(tick), stroke: "#374151")
                canvas.text(String(tick), x: labelWidth - 5, y: y(tick) + 3, size: 8.5, anchor: .end, fill: "#4b5563")
            }
            canvas.line(x1: labelWidth, y1: base, x2: width - rightMargin, y2: base, stroke: "#9ca3af")
            for (column, value) in counts[index].enumerated() where value > 0 {
                let barX = labelWidth + Double(column) * columnWidth + columnWidth * 0.2
                let fill = value > row.max ? "#dc2626" : (value == row.max ? "#f59e0b" : "#3b82f6")
                let month = months[column]
                let title =
                    "\(row.name), \(context.format.month(month.month)) \(month.year): "
                    + strings.format("load.barTitle", count: value, ["max": String(row.max)])
                canvas.rect(
                    x: barX, y: y(value), width: columnWidth * 0.6, height: base - y(value), fill: fill,
                    title: title)
                canvas.text(
                    String(value), x: barX + columnWidth * 0.3, y: y(value) - 2, size: 8.5, anchor: .middle,
                    fill: "#111827", halo: true)
            }
            canvas.line(
                x1: labelWidth, y1: y(row.max), x2: width - rightMargin, y2: y(row.max), stroke: "#dc2626",
                width: 1, dash: "4 3")
        }

        // Month axis.
        canvas.line(x1: labelWidth, y1: plotBottom, x2: width - rightMargin, y2: plotBottom, stroke: "#374151")
        for (column, month) in months.enumerated() {
            let cx = labelWidth + (Double(column) + 0.5) * columnWidth
            canvas.line(
                x1: labelWidth + Double(column) * columnWidth, y1: plotBottom,
                x2: labelWidth + Double(column) * columnWidth, y2: plotBottom + 4, stroke: "#374151")
            canvas.text(
                context.format.month(month.month), x: cx, y: plotBottom + 14, size: 9.5, anchor: .middle,
                fill: "#374151")
            if column == 0 || month.month == 1 {
                canvas.text(
                    String(month.year), x: cx, y: plotBottom + 26, size: 9.5, anchor: .middle,
                    fill: "#111827", bold: true)
            }
        }
        canvas.text(
            strings["load.axisMonths"], x: labelWidth + plotWidth / 2, y: plotBottom + 40, size: 10,
            anchor: .middle, fill: "#4b5563")

        // Legend.
        let entries: [(String, String)] = [
            ("#3b82f6", strings["load.legendBelow"]), ("#f59e0b", strings["load.legendAt"]),
            ("#dc2626", strings["load.legendOver"]),
        ]
        var lx = labelWidth
        for (color, label) in entries {
            canvas.rect(x: lx, y: legendTop, width: 12, height: 12, fill: color)
            canvas.text(label, x: lx + 17, y: legendTop + 10, size: 10.5)
            lx += 28 + Double(label.count) * 5.6
        }
        canvas.line(x1: lx, y1: legendTop + 6, x2: lx + 22, y2: legendTop + 6, stroke: "#dc2626", dash: "4 3")
        canvas.text(strings["load.legendLimit"], x: lx + 27, y: legendTop + 10, size: 10.5)
        return canvas.render(label: strings["load.label"], cssClass: "chart chart-load")
    }

    private struct PsychologistRow {
        let id: String
        let name: String
        let max: Int
    }

    /// The scenario's psychologists in order, then anyone the plan uses who is not in it.
    private func psychologistRows(activity: [String: Set<CalendarDay>]) -> [PsychologistRow] {
        var rows = context.scenario.psychologists.map {
            PsychologistRow(id: $0.id, name: $0.name, max: $0.maxDaysPerMonth)
        }
        let known = Set(rows.map(\.id))
        for id in activity.keys.sorted() where !known.contains(id) {
            rows.append(PsychologistRow(id: id, name: id, max: 0))
        }
        return rows
    }
}
