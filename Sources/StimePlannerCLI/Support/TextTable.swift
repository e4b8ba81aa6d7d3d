/// A plain-text table with aligned columns, for terminal output.
struct TextTable {
    /// How a column is aligned.
    enum Alignment {
        case left, right
    }

    private let alignments: [Alignment]
    private var rows: [[String]] = []

    init(_ alignments: [Alignment]) {
        self.alignments = alignments
    }

    mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    mutating func add(cells: [String]) {
        rows.append(cells)
    }

    /// The rows, each indented by `indent` spaces, columns two spaces apart.
    func render(indent: Int = 2) -> [String] {
        var widths = Array(repeating: 0, count: alignments.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        return rows.map { row in
            let cells = row.enumerated().map { column, cell -> String in
                guard column < widths.count else { return cell }
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                let isLast = column == row.count - 1
                return alignments[column] == .right ? padding + cell : (isLast ? cell : cell + padding)
            }
            var line = String(repeating: " ", count: indent) + cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

/// Joins words into lines no longer than `width` (a word longer than that gets a line of its own).
func wrap(_ words: [String], width: Int = 100, indent: Int = 2) -> [String] {
    var lines: [String] = []
    var line = ""
    for (index, word) in words.enumerated() {
        let piece = word + (index < words.count - 1 ? "," : "")
        if !line.isEmpty && line.count + 1 + piece.count > width - indent {
            lines.append(line)
            line = piece
        } else {
            line += (line.isEmpty ? "" : " ") + piece
        }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.map { String(repeating: " ", count: indent) + $0 }
}
