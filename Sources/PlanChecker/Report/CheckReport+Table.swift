extension CheckReport {
    /// The report as plain text for a terminal: a table of H1…H12 (violation count or OK;
    /// H13 and H14 too for a re-plan, `-` otherwise), a table of S1…S11 (raw, weight, weighted) with the total, the findings about the
    /// plan's own score, and then every violation message.
    ///
    /// - Returns: Lines ending in `\n`, at most 80 columns wide apart from long messages.
    public func table() -> String {
        var lines: [String] = []
        lines.append("Hard rules")
        lines.append(row(["code", "rule", "violations"], widths: [5, 22, 10], rightAligned: [2]))
        for rule in HardRule.allCases {
            let count = violations(of: rule).count
            let cell = rule.isReplanRule && !isReplan ? "-" : count == 0 ? "OK" : String(count)
            lines.append(
                row(
                    [rule.code, rule.name, cell],
                    widths: [5, 22, 10], rightAligned: [2]))
        }
        lines.append(row(["", "hard violations", String(hardViolationCount)], widths: [5, 22, 10], rightAligned: [2]))
        lines.append("")
        lines.append("Objective")
        let widths = [5, 22, 10, 8, 10]
        lines.append(row(["code", "term", "raw", "weight", "weighted"], widths: widths, rightAligned: [2, 3, 4]))
        for term in terms {
            lines.append(
                row(
                    [term.code, term.name, String(term.raw), String(term.weight), String(term.weighted)],
                    widths: widths, rightAligned: [2, 3, 4]))
        }
        lines.append(row(["", "total", "", "", String(total)], widths: widths, rightAligned: [2, 3, 4]))
        lines.append("")
        if scoreMismatches.isEmpty {
            lines.append("The plan's own score agrees with this recomputation.")
        } else {
            lines.append("The plan's own score differs from this recomputation:")
            lines.append(contentsOf: scoreMismatches.map { "  \($0)" })
        }
        if !violations.isEmpty {
            lines.append("")
            lines.append("Violations")
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
