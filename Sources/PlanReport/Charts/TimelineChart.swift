import PlanningModel

/// The plan over time as SVG: months across, one row per cohort with its training days
/// and its supervision groups' sessions, a row per meeting series with its meetings,
/// school holidays and closed days shaded behind, and a legend below.
struct TimelineChart {
    let context: ReportContext

    private let width = 1000.0
    private let labelWidth = 190.0
    private let rightMargin = 12.0
    private let headerHeight = 40.0

    func render() -> String {
        let strings = context.strings
        let plan = context.plan
        let span = dateSpan()
        let dayCount = Double(span.from.days(to: span.to) + 1)
        let plotWidth = width - labelWidth - rightMargin
        func x(_ day: CalendarDay) -> Double {
            labelWidth + Double(span.from.days(to: day)) / dayCount * plotWidth
        }
        let dayWidth = max(plotWidth / dayCount, 2.5)

        // Rows: one per meeting series with meetings, then one per cohort by first training day.
        let seriesIDs = orderedSeriesIDs()
        let cohorts = plan.cohorts.sorted { ($0.days.first ?? span.from, $0.id) < ($1.days.first ?? span.from, $1.id) }
        let groupsByCohort = Dictionary(grouping: plan.supervisionGroups, by: \.cohort)
        let orphanGroups = plan.supervisionGroups.filter { group in !plan.cohorts.contains { $0.id == group.cohort } }

        struct Row {
            enum Kind {
                case series(String)
                case cohort(Cohort, [SupervisionGroup])
                case orphans([SupervisionGroup])
            }
            let kind: Kind
            let height: Double
        }
        var rows: [Row] = seriesIDs.map { Row(kind: .series($0), height: 24) }
        for cohort in cohorts {
            let groups = (groupsByCohort[cohort.id] ?? []).sorted { $0.id < $1.id }
            rows.append(Row(kind: .cohort(cohort, groups), height: max(24, 12 + 7 * Double(groups.count))))
        }
        if !orphanGroups.isEmpty {
            rows.append(Row(kind: .orphans(orphanGroups), height: max(24, 12 + 7 * Double(orphanGroups.count))))
        }
        let plotHeight = max(rows.reduce(0) { $0 + $1.height }, 30)
        let plotTop = headerHeight
        let plotBottom = plotTop + plotHeight
        let legendTop = plotBottom + 26
        let legendItems = legendEntries()
        let legendColumns = 3
        let legendRows = (legendItems.count + legendColumns - 1) / legendColumns
        var canvas = SVGCanvas(width: width, height: legendTop + Double(legendRows) * 18 + 8)

        // Alternating row backgrounds.
        var rowTop = plotTop
        for (index, row) in rows.enumerated() {
            if index % 2 == 1 {
                canvas.rect(x: 0, y: rowTop, width: width - rightMargin, height: row.height, fill: "#f3f4f6")
            }
            rowTop += row.height
        }

        // Shading: closed days and public holidays on workdays, then school holidays.
        for range in context.scenario.calendar.closed {
            shade(
                &canvas, range, span: span, fill: "#9ca3af", opacity: 0.45, top: plotTop, height: plotHeight, x: x,
                dayWidth: dayWidth, title: "\(strings["timeline.closed"]): \(range.name ?? "") \(rangeText(range))")
        }
        for holiday in context.calendar.publicHolidays where span.contains(holiday.day) {
            let weekday = holiday.day.weekday
            guard weekday != .sat && weekday != .sun else { continue }
            let name = context.strings.language == .da ? holiday.danishName : holiday.englishName
            canvas.rect(
                x: x(holiday.day), y: plotTop, width: dayWidth, height: plotHeight, fill: "#9ca3af",
                opacity: 0.45, title: "\(name), \(context.format.date(holiday.day))")
        }
        for range in context.scenario.calendar.schoolHolidays {
            shade(
                &canvas, range, span: span, fill: "#fbbf24", opacity: 0.28, top: plotTop, height: plotHeight, x: x,
                dayWidth: dayWidth,
                title: "\(strings["timeline.schoolHoliday"]): \(range.name ?? "") \(rangeText(range))")
        }

        // Month grid and labels; the year above January and the first month.
        var month = span.from.yearMonth
        var first = true
        while month <= span.to.yearMonth {
            let start = max(CalendarDay(year: month.year, month: month.month, day: 1), span.from)
            let next =
                month.month == 12
                ? CalendarDay(year: month.year + 1, month: 1, day: 1)
                : CalendarDay(year: month.year, month: month.month + 1, day: 1)
            let end = min(next.adding(days: -1), span.to)
            canvas.line(x1: x(start), y1: plotTop - 16, x2: x(start), y2: plotBottom, stroke: "#d1d5db", width: 0.8)
            let middle = (x(start) + x(end) + dayWidth) / 2
            if x(end) - x(start) > 18 {
                canvas.text(
                    context.format.month(month.month), x: middle, y: plotTop - 5, size: 10, anchor: .middle,
                    fill: "#374151")
            }
            if first || month.month == 1 {
                canvas.text(
                    String(month.year), x: x(start) + 2, y: plotTop - 22, size: 10, fill: "#111827",
                    bold: true)
            }
            first = false
            month = next.yearMonth
        }
        // Axes.
        canvas.line(x1: labelWidth, y1: plotTop, x2: labelWidth, y2: plotBottom, stroke: "#374151")
        canvas.line(x1: labelWidth, y1: plotBottom, x2: width - rightMargin, y2: plotBottom, stroke: "#374151")
        canvas.text(
            strings["timeline.axisMonths"], x: labelWidth + plotWidth / 2, y: plotBottom + 16, size: 10,
            anchor: .middle, fill: "#4b5563")

        if rows.isEmpty {
            canvas.text(strings["timeline.empty"], x: labelWidth + 8, y: plotTop + 20, size: 11, fill: "#6b7280")
        }

        // Rows.
        var y = plotTop
        for row in rows {
            let middle = y + row.height / 2
            switch row.kind {
            case .series(let id):
                canvas.text(
                    truncate(context.seriesTitle(id), 32), x: 6, y: middle - 1, size: 9.5, fill: "#111827",
                    bold: true)
                canvas.text(truncate(id, 36), x: 6, y: middle + 9, size: 8.5, fill: "#4b5563")
                for meeting in plan.meetings where meeting.series == id {
                    let cx = x(meeting.date) + dayWidth / 2
                    let title =
                        "\(context.seriesTitle(id)) #\(meeting.index): \(context.format.dateWithWeekday(meeting.date)), "
                        + context.venueName(meeting.venue)
                    canvas.polygon(
                        [(cx, middle - 7), (cx + 6, middle + 5), (cx - 6, middle + 5)], fill: "#111827",
                        title: title)
                }
            case .cohort(let cohort, let groups):
                drawCohort(
                    &canvas, cohort: cohort, groups: groups, top: y, height: row.height, x: x,
                    dayWidth: dayWidth)
            case .orphans(let groups):
                canvas.text(
                    strings["timeline.otherGroups"], x: labelWidth - 6, y: middle + 4, size: 10.5,
                    anchor: .end)
                drawSessions(
                    &canvas, groups: groups, top: y, height: row.height, x: x, dayWidth: dayWidth,
                    color: "#6b7280")
            }
            y += row.height
        }

        // Legend.
        for (index, item) in legendItems.enumerated() {
            let column = Double(index % legendColumns)
            let row = Double(index / legendColumns)
            let lx = labelWidth + column * (plotWidth / Double(legendColumns))
            let ly = legendTop + row * 18
            item.draw(&canvas, lx, ly)
            canvas.text(item.label, x: lx + 20, y: ly + 4, size: 10.5)
        }
        return canvas.render(label: strings["timeline.label"], cssClass: "chart chart-timeline")
    }

    private func drawCohort(
        _ canvas: inout SVGCanvas, cohort: Cohort, groups: [SupervisionGroup], top: Double, height: Double,
        x: (CalendarDay) -> Double, dayWidth: Double
    ) {
        let color = context.manualColor(cohort.manual)
        let middle = top + height / 2
        canvas.text(truncate(cohort.id, 30), x: 6, y: middle - 1, size: 10, fill: "#111827", bold: true)
        canvas.text(truncate(context.manualShortTitle(cohort.manual), 34), x: 6, y: middle + 9, size: 9, fill: color)
        if let firstDay = cohort.days.first, let lastDay = cohort.days.last {
            canvas.line(x1: x(firstDay), y1: middle, x2: x(lastDay) + dayWidth, y2: middle, stroke: color, width: 1.5)
        }
        for (index, day) in cohort.days.enumerated() {
            let title =
                "\(cohort.id) · \(context.manualShortTitle(cohort.manual)) · "
                + context.strings.format("timeline.trainingDay", ["n": String(index + 1)]) + ": "
                + "\(context.format.dateWithWeekday(day)), \(context.venueName(cohort.venue))"
            canvas.rect(
                x: x(day), y: top + 3, width: max(dayWidth, 4), height: height - 6, fill: color, rx: 1,
                title: title)
        }
        drawSessions(&canvas, groups: groups, top: top, height: height, x: x, dayWidth: dayWidth, color: color)
    }

    private func drawSessions(
        _ canvas: inout SVGCanvas, groups: [SupervisionGroup], top: Double, height: Double,
        x: (CalendarDay) -> Double, dayWidth: Double, color: String
    ) {
        let count = Double(groups.count)
        for (index, group) in groups.enumerated() {
            // Groups on their own sub-lines inside the row.
            let gy = top + 6 + (height - 12) * (count == 1 ? 0.5 : Double(index) / (count - 1))
            if let first = group.sessions.first, let last = group.sessions.last {
                canvas.line(
                    x1: x(first) + dayWidth / 2, y1: gy, x2: x(last) + dayWidth / 2, y2: gy, stroke: color,
                    width: 0.8, dash: "2 2")
            }
            for (number, day) in group.sessions.enumerated() {
                let place =
                    group.mode == .virtual ? context.strings["mode.virtual"] : context.venueName(group.venue ?? "")
                let title =
                    "\(group.id) · " + context.strings.format("timeline.session", ["n": String(number + 1)])
                    + ": \(context.format.dateWithWeekday(day)) \(context.strings["slot.\(group.slot.rawValue)"]), \(place)"
                canvas.circle(
                    cx: x(day) + dayWidth / 2, cy: gy, r: 3.2,
                    fill: group.mode == .virtual ? "#ffffff" : color, stroke: color, strokeWidth: 1.4,
                    title: title)
            }
        }
    }

    private func shade(
        _ canvas: inout SVGCanvas, _ range: DateRange, span: DateRange, fill: String, opacity: Double, top: Double,
        height: Double, x: (CalendarDay) -> Double, dayWidth: Double, title: String
    ) {
        let from = max(range.from, span.from)
        let to = min(range.to, span.to)
        guard from <= to else { return }
        canvas.rect(
            x: x(from), y: top, width: x(to) - x(from) + dayWidth, height: height, fill: fill,
            opacity: opacity, title: title)
    }

    private struct LegendItem {
        let label: String
        let draw: (inout SVGCanvas, Double, Double) -> Void
    }

    private func legendEntries() -> [LegendItem] {
        let strings = context.strings
        var items = [
            LegendItem(label: strings["legend.trainingDay"]) { canvas, x, y in
                canvas.rect(x: x + 4, y: y - 6, width: 5, height: 14, fill: "#4b5563")
            },
            LegendItem(label: strings["legend.sessionPhysical"]) { canvas, x, y in
                canvas.circle(cx: x + 7, cy: y, r: 3.5, fill: "#4b5563", stroke: "#4b5563")
            },
            LegendItem(label: strings["legend.sessionVirtual"]) { canvas, x, y in
                canvas.circle(cx: x + 7, cy: y, r: 3.5, fill: "#ffffff", stroke: "#4b5563", strokeWidth: 1.4)
            },
            LegendItem(label: strings["legend.meeting"]) { canvas, x, y in
                canvas.polygon([(x + 7, y - 6), (x + 13, y + 5), (x + 1, y + 5)], fill: "#111827")
            },
            LegendItem(label: strings["legend.schoolHoliday"]) { canvas, x, y in
                canvas.rect(x: x, y: y - 7, width: 14, height: 14, fill: "#fbbf24", opacity: 0.4)
            },
            LegendItem(label: strings["legend.closed"]) { canvas, x, y in
                canvas.rect(x: x, y: y - 7, width: 14, height: 14, fill: "#9ca3af", opacity: 0.6)
            },
        ]
        let used = Set(context.plan.cohorts.map(\.manual))
        for id in context.manualOrder where used.contains(id) {
            let color = context.manualColor(id)
            items.append(
                LegendItem(label: context.manualShortTitle(id)) { canvas, x, y in
                    canvas.rect(x: x, y: y - 6, width: 14, height: 12, fill: color, rx: 2)
                })
        }
        return items
    }

    /// The horizon, widened to every date the plan uses.
    private func dateSpan() -> DateRange {
        let plan = context.plan
        let dates =
            plan.cohorts.flatMap(\.days) + plan.supervisionGroups.flatMap(\.sessions) + plan.meetings.map(\.date)
        let from = min(context.scenario.horizon.from, dates.min() ?? context.scenario.horizon.from)
        let to = max(context.scenario.horizon.to, dates.max() ?? context.scenario.horizon.to, from)
        return DateRange(from: from, to: to)
    }

    private func orderedSeriesIDs() -> [String] {
        var ids = context.scenario.meetings.map(\.id).filter { id in context.plan.meetings.contains { $0.series == id }
        }
        for meeting in context.plan.meetings where !ids.contains(meeting.series) {
            ids.append(meeting.series)
        }
        return ids
    }

    private func rangeText(_ range: DateRange) -> String {
        range.from == range.to
            ? context.format.date(range.from) : "\(context.format.date(range.from))–\(context.format.date(range.to))"
    }
}

/// Shortens `text` to at most `limit` characters, ending with an ellipsis when cut.
func truncate(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
}
