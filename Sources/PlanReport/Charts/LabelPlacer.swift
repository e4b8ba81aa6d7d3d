/// Places chart labels next to their points without covering each other: each label
/// takes the first candidate position around its point whose box is free, or the one
/// that overlaps least. Greedy, in the order labels are asked for.
struct LabelPlacer {
    /// An axis-aligned box in user units.
    struct Box {
        let minX: Double
        let minY: Double
        let maxX: Double
        let maxY: Double

        func overlap(_ other: Box) -> Double {
            let width = min(maxX, other.maxX) - max(minX, other.minX)
            let height = min(maxY, other.maxY) - max(minY, other.minY)
            return width > 0 && height > 0 ? width * height : 0
        }
    }

    /// Where a label went: its anchor point, alignment and baseline.
    struct Placement {
        let x: Double
        let y: Double
        let anchor: SVGCanvas.Anchor
    }

    private var taken: [Box] = []
    private let bounds: Box

    init(width: Double, height: Double) {
        bounds = Box(minX: 0, minY: 0, maxX: width, maxY: height)
    }

    /// Marks a region (a marker) that labels should not cover.
    mutating func block(_ box: Box) {
        taken.append(box)
    }

    /// Chooses a position for `text` at `size` beside the point (`x`, `y`) that is `gap` from it.
    mutating func place(_ text: String, x: Double, y: Double, size: Double, bold: Bool, gap: Double) -> Placement {
        let width = Double(text.count) * size * (bold ? 0.62 : 0.56)
        let ascent = size * 0.8
        let descent = size * 0.25
        let candidates: [Placement] = [
            Placement(x: x + gap, y: y + ascent / 2 - 1, anchor: .start),
            Placement(x: x - gap, y: y + ascent / 2 - 1, anchor: .end),
            Placement(x: x + gap * 0.6, y: y - gap * 0.8, anchor: .start),
            Placement(x: x - gap * 0.6, y: y - gap * 0.8, anchor: .end),
            Placement(x: x + gap * 0.6, y: y + gap * 0.8 + ascent, anchor: .start),
            Placement(x: x - gap * 0.6, y: y + gap * 0.8 + ascent, anchor: .end),
            Placement(x: x, y: y - gap - 1, anchor: .middle),
            Placement(x: x, y: y + gap + ascent + 1, anchor: .middle),
        ]
        func box(_ placement: Placement) -> Box {
            let minX: Double
            switch placement.anchor {
            case .start: minX = placement.x
            case .end: minX = placement.x - width
            case .middle: minX = placement.x - width / 2
            }
            return Box(minX: minX, minY: placement.y - ascent, maxX: minX + width, maxY: placement.y + descent)
        }
        var best = candidates[0]
        var bestCost = Double.infinity
        for candidate in candidates {
            let candidateBox = box(candidate)
            let outside =
                candidateBox.minX < bounds.minX || candidateBox.maxX > bounds.maxX
                || candidateBox.minY < bounds.minY || candidateBox.maxY > bounds.maxY
            let cost = taken.reduce(0) { $0 + $1.overlap(candidateBox) } + (outside ? 1e6 : 0)
            if cost < bestCost {
                best = candidate
                bestCost = cost
                if cost == 0 { break }
            }
        }
        taken.append(box(best))
        return best
    }
}
