/// A tiny SVG writer: shapes and text appended in drawing order, serialised as one
/// well-formed `<svg>` element with a `viewBox`, so that it scales to any width.
///
/// Every piece of text and every attribute value is escaped for XML here, in one
/// place, so a municipality called `"A & B <test>"` cannot break the document.
struct SVGCanvas {
    /// Width of the drawing in user units (the `viewBox` width).
    let width: Double
    /// Height of the drawing in user units.
    var height: Double
    private var parts: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Appends a rectangle.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        strokeWidth: Double = 1, opacity: Double? = nil, rx: Double? = nil, title: String? = nil
    ) {
        var attributes = [
            ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
            ("height", Self.number(max(0, height))), ("fill", fill),
        ]
        if let rx { attributes.append(("rx", Self.number(rx))) }
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", Self.number(strokeWidth))] }
        if let opacity { attributes.append(("fill-opacity", Self.number(opacity))) }
        element("rect", attributes, title: title)
    }

    /// Appends a straight line.
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil,
        opacity: Double? = nil, title: String? = nil
    ) {
        var attributes = [
            ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
            ("stroke", stroke), ("stroke-width", Self.number(width)),
        ]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        if let opacity { attributes.append(("stroke-opacity", Self.number(opacity))) }
        element("line", attributes, title: title)
    }

    /// Appends a circle.
    mutating func circle(
        cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil, strokeWidth: Double = 1,
        title: String? = nil
    ) {
        var attributes = [("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(r)), ("fill", fill)]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", Self.number(strokeWidth))] }
        element("circle", attributes, title: title)
    }

    /// Appends a closed polygon through `points`.
    mutating func polygon(
        _ points: [(Double, Double)], fill: String, stroke: String? = nil, strokeWidth: Double = 1,
        title: String? = nil
    ) {
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        var attributes = [("points", list), ("fill", fill)]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", Self.number(strokeWidth))] }
        element("polygon", attributes, title: title)
    }

    /// How text is aligned on its anchor point.
    enum Anchor: String {
        case start, middle, end
    }

    /// Appends one line of text; `y` is the baseline.
    mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 11, anchor: Anchor = .start, fill: String = "#1f2937",
        bold: Bool = false, rotate: Double? = nil, halo: Bool = false
    ) {
        var attributes = [
            ("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size)),
            ("text-anchor", anchor.rawValue), ("fill", fill),
        ]
        if bold { attributes.append(("font-weight", "bold")) }
        if halo {
            // A white outline behind the glyphs keeps labels readable over lines.
            attributes += [
                ("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-opacity", "0.85"),
                ("paint-order", "stroke"), ("stroke-linejoin", "round"),
            ]
        }
        if let rotate {
            attributes.append(("transform", "rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))"))
        }
        parts.append("<text\(Self.attributes(attributes))>\(Self.escape(content))</text>")
    }

    /// The whole drawing as an `<svg>` element that fills the width of its container.
    ///
    /// - Parameters:
    ///   - label: the accessible name of the chart (also its `<title>`).
    ///   - cssClass: a class for the page's style sheet.
    func render(label: String, cssClass: String) -> String {
        let header = Self.attributes([
            ("class", cssClass), ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
            ("role", "img"), ("aria-label", label),
            ("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
            ("preserveAspectRatio", "xMinYMin meet"),
        ])
        return "<svg\(header)><title>\(Self.escape(label))</title>" + parts.joined() + "</svg>"
    }

    private mutating func element(_ name: String, _ attributes: [(String, String)], title: String?) {
        if let title {
            parts.append("<\(name)\(Self.attributes(attributes))><title>\(Self.escape(title))</title></\(name)>")
        } else {
            parts.append("<\(name)\(Self.attributes(attributes))/>")
        }
    }

    private static func attributes(_ list: [(String, String)]) -> String {
        list.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// Escapes text for XML character data and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                    scalar.value < 0x20, scalar != "\t", scalar != "\n"
                {
                    continue
                }
                result.append(character)
            }
        }
        return result
    }

    /// A coordinate with at most two decimals and no trailing zeros (`12`, `12.5`, `12.25`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
