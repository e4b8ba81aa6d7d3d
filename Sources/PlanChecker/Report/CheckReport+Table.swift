import PlanTemplates

extension CheckReport {
    /// The report as plain text for a terminal: a table of H1…H12 (violation count or OK;
    /// H13 and H14 too for a re-plan, `-` otherwise), a table of S1…S11 (raw, weight, weighted) with the total, the findings about the
    /// plan's own score, and then every violation message.
    ///
    /// - Returns: Lines ending in `\n`, at most 80 columns wide apart from long messages, in English.
    public func table() -> String {
        table(strings: CheckerStrings.english)
    }

    /// The report as plain text in the language of `strings` (the `check`, `rule` and
    /// `termShort` sections of the report's string tables); violation messages are as the
    /// checker worded them (pass the checker the same table).
    public func table(strings: StringTable) -> String {
        let t = { (key: String) in strings["check.\(key)"] }
        var lines: [String] = []
        lines.append(t("hardRules"))
        lines.append(row([t("code"), t("rule"), t("violations")], widths: [5, 22, 10], rightAligned: [2]))
        for rule in HardRule.allCases {
            let count = violations(of: rule).count
            let cell = rule.isReplanRule && !isReplan ? "-" : count == 0 ? t("ok") : String(count)
            lines.append(
                row(
                    [rule.code, rule.name(in: strings), cell],
                    widths: [5, 22, 10], rightAligned: [2]))
        }
        lines.append(
            row(["", t("hardViolations"), String(hardViolationCount)], widths: [5, 22, 10], rightAligned: [2]))
        lines.append("")
        lines.append(t("objective"))
        let widths = [5, 22, 10, 8, 10]
        lines.append(
            row([t("code"), t("term"), t("raw"), t("weight"), t("weighted")], widths: widths, rightAligned: [2, 3, 4]))
        for term in terms {
            lines.append(
                row(
                    [
                        term.code, term.term.name(in: strings), String(term.raw), String(term.weight),
                        String(term.weighted),
                    ],
                    widths: widths, rightAligned: [2, 3, 4]))
        }
        lines.append(row(["", t("total"), "", "", String(total)], widths: widths, rightAligned: [2, 3, 4]))
        lines.append("")
        if scoreMismatches.isEmpty {
            lines.append(t("agrees"))
        } else {
            lines.append(t("differs"))
            lines.append(contentsOf: scoreMismatches.map { "  \($0.description(in: strings))" })
        }
        if !violations.isEmpty {
            lines.append("")
            lines.append(t("violationsTitle"))
            lines.append(contentsOf: violations.map { "  \($0)" })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ cells: [String], widths: [Int], rightAligned: Set<Int>) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let width = index < widths.count ? widths[index] : cell.count
            let padding = String(repeating: " ", count: max(0, width - cell.count))
            if index > 0 { text += "  " }
            text += rightAligned.contains(index) ? padding + cell : cell + padding
        }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
