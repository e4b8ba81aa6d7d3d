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
        lines.append("Total score \(total) (lower is better).")
        if violations.isEmpty {
            lines.append("The plan keeps every hard rule.")
        } else {
            lines.append("The plan breaks hard rules \(violations.count) times:")
            lines.append(contentsOf: violations.map { "  \($0)" })
        }
        for term in terms {
            let score = term.score
            lines.append("")
            let unit = score.term.unit(count: score.raw)
            lines.append("\(score.code) \(score.name): \(score.raw) \(unit) × \(score.weight) = \(score.weighted)")
            lines.append("  \(term.summary)")
            // S1's needs are listed in full below, with reasons and suggestions.
            guard score.term != .s1 else { continue }
            for (position, contribution) in term.top.enumerated() {
                let unit = score.term.unit(count: contribution.amount)
                lines.append("    \(position + 1). \(contribution.label): \(contribution.amount) \(unit)")
            }
            if term.omitted > 0 {
                lines.append("    … and \(term.omitted) more")
            }
        }
        lines.append("")
        if unassigned.isEmpty {
            lines.append("Unassigned needs: none.")
        } else {
            let groups = unassignedGroups
            var grouping = ""
            if groups.count == 1 && unassigned.count > 1 {
                grouping = ", all with the same reason and suggestions"
            } else if groups.count < unassigned.count {
                grouping = ", in \(groups.count) groups with the same reason and suggestions"
            }
            lines.append("Unassigned needs (\(unassigned.count)\(grouping)):")
            for group in groups {
                lines.append("")
                lines.append(contentsOf: Self.lines(of: group))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A group of unassigned needs: who, then the reason, detail and suggestions once.
    private static func lines(of group: UnassignedGroup) -> [String] {
        var lines: [String] = []
        let manual = "\(group.manualTitle) [\(group.manual)]"
        if group.count == 1, let need = group.needs.first {
            lines.append("  \(need.therapist) (\(need.municipality)) has no cohort in \(manual)")
        } else {
            lines.append("  \(group.count) therapists have no cohort in \(manual)")
            let who = group.byMunicipality.map { "\($0.municipality): \($0.therapists.joined(separator: ", "))" }
            lines.append("    " + who.joined(separator: "; "))
        }
        lines.append("    Reason \(group.reason.rawValue): \(group.reasonText)")
        if !group.detail.isEmpty {
            lines.append("    \(group.detail)")
        }
        if group.suggestions.isEmpty {
            lines.append("    No suggestion given.")
        }
        for suggestion in group.suggestions {
            let checked = suggestion.verified ? "verified by re-planning" : "not verified"
            lines.append("    - \(suggestion.text) (\(checked))")
            for operation in suggestion.patch {
                lines.append("      patch: \(operation.op.rawValue) \(operation.path)\(render(operation.value))")
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
