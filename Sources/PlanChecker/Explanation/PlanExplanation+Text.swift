import Foundation
import PlanningModel

extension PlanExplanation {
    /// The explanation as plain text for a terminal.
    ///
    /// - Returns: Lines ending in `\n`: the total, any hard violations, each term with its
    ///   costliest entities, then the unassigned needs, those with the same
    ///   manual, reason, detail and suggestions in one block.
    public func text() -> String {
        var lines: [String] = []
        lines.append(strings.format("explain.total", ["total": String(total)]))
        if violations.isEmpty {
            lines.append(strings["explain.keepsRules"])
        } else {
            lines.append(strings.format("explain.breaksRules", count: violations.count))
            lines.append(contentsOf: violations.map { "  \($0)" })
        }
        for term in terms {
            let score = term.score
            lines.append("")
            let unit = score.term.unit(count: score.raw, in: strings)
            lines.append(
                "\(score.code) \(score.term.name(in: strings)): \(score.raw) \(unit) × \(score.weight) = \(score.weighted)"
            )
            lines.append("  \(term.summary)")
            // S1's needs are listed in full below, with reasons and suggestions.
            guard score.term != .s1 else { continue }
            for (position, contribution) in term.top.enumerated() {
                let unit = score.term.unit(count: contribution.amount, in: strings)
                lines.append("    \(position + 1). \(contribution.label): \(contribution.amount) \(unit)")
            }
            if term.omitted > 0 {
                lines.append("    " + strings.format("explain.more", ["count": String(term.omitted)]))
            }
        }
        lines.append("")
        if unassigned.isEmpty {
            lines.append(strings["explain.unassignedNone"])
        } else {
            let groups = unassignedGroups
            var grouping = ""
            if groups.count == 1 && unassigned.count > 1 {
                grouping = strings["explain.groupingAll"]
            } else if groups.count < unassigned.count {
                grouping = strings.format("explain.groupingSome", ["groups": String(groups.count)])
            }
            lines.append(
                strings.format("explain.unassignedTitle", ["count": String(unassigned.count), "grouping": grouping]))
            for group in groups {
                lines.append("")
                lines.append(contentsOf: groupLines(group))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A group of unassigned needs: who, then the reason, detail and suggestions once.
    private func groupLines(_ group: UnassignedGroup) -> [String] {
        var lines: [String] = []
        let manual = "\(group.manualTitle) [\(group.manual)]"
        if group.count == 1, let need = group.needs.first {
            lines.append(
                "  "
                    + strings.format(
                        "unassigned.headline",
                        ["therapist": need.therapist, "municipality": need.municipality, "manual": manual]))
        } else {
            lines.append(
                "  " + strings.format("unassigned.headlineMany", ["count": String(group.count), "manual": manual]))
            let who = group.byMunicipality.map { "\($0.municipality): \($0.therapists.joined(separator: ", "))" }
            lines.append("    " + who.joined(separator: "; "))
        }
        let code = group.reason.rawValue
        let meaning = strings.entries["reason.\(code)"] ?? group.reasonText
        lines.append("    " + strings.format("explain.reason", ["code": code, "text": meaning]))
        if !group.detail.isEmpty {
            lines.append("    \(group.detail)")
        }
        if group.suggestions.isEmpty {
            lines.append("    " + strings["explain.noSuggestion"])
        }
        for suggestion in group.suggestions {
            let checked = strings[suggestion.verified ? "explain.verified" : "explain.unverified"]
            lines.append("    - \(suggestion.text) (\(checked))")
            for operation in suggestion.patch {
                lines.append(
                    "      \(strings["explain.patch"]): \(operation.op.rawValue) \(operation.path)"
                        + Self.render(operation.value))
            }
        }
        return lines
    }

    private static func render(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "" }
        return " = \(text)"
    }
}
