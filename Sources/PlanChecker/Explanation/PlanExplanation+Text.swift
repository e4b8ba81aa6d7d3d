import Foundation
import PlanningModel

extension PlanExplanation {
    /// The explanation as plain text for a terminal.
    ///
    /// - Returns: Lines ending in `\n`: the total, any hard violations, each term with its
    ///   costliest entities, then each unassigned need with reason and suggestions.
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
            lines.append("Unassigned needs (\(unassigned.count)):")
            for need in unassigned {
                lines.append("")
                lines.append("  \(need.therapist) (\(need.municipality)) — \(need.manualTitle) [\(need.manual)]")
                lines.append("    Reason \(need.reason.rawValue): \(need.reasonText)")
                if !need.detail.isEmpty {
                    lines.append("    \(need.detail)")
                }
                if need.suggestions.isEmpty {
                    lines.append("    No suggestion given.")
                }
                for suggestion in need.suggestions {
                    let checked = suggestion.verified ? "verified by re-planning" : "not verified"
                    lines.append("    - \(suggestion.text) (\(checked))")
                    for operation in suggestion.patch {
                        lines.append(
                            "      patch: \(operation.op.rawValue) \(operation.path)\(Self.render(operation.value))")
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "" }
        return " = \(text)"
    }
}
