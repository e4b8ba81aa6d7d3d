import Foundation
import PlanningModel

/// Municipalities and venues as SVG, placed by their coordinates with an equirectangular
/// projection (longitude scaled by the cosine of the mean latitude, so distances look
/// right at Danish latitudes), with lines from each municipality to the venues its
/// therapists travel to, a graticule with degree labels, a scale bar and a legend.
struct MapChart {
    let context: ReportContext

    private let maxPlotWidth = 860.0
    private let maxPlotHeight = 700.0

    func render() -> String {
        let strings = context.strings
        let scenario = context.scenario
        let points = scenario.municipalities.map(\.location) + scenario.venues.map(\.location)
        var canvas: SVGCanvas
        guard let first = points.first else {
            canvas = SVGCanvas(width: 600, height: 60)
            canvas.text(strings["map.empty"], x: 20, y: 30, size: 12, fill: "#6b7280")
            return canvas.render(label: strings["map.label"], cssClass: "chart chart-map")
        }
        var minLat = first.lat
        var maxLat = first.lat
        var minLon = first.lon
        var maxLon = first.lon
        for point in points {
            minLat = min(minLat, point.lat)
            maxLat = max(maxLat, point.lat)
            minLon = min(minLon, point.lon)
            maxLon = max(maxLon, point.lon)
        }
        // At least a tenth of a degree each way, so one town still gets a map, and a margin
        // so that points on the edge keep their markers inside the frame.
        if maxLat - minLat < 0.2 {
            minLat -= 0.1
            maxLat += 0.1
        }
        if maxLon - minLon < 0.2 {
            minLon -= 0.1
            maxLon += 0.1
        }
        let latMargin = (maxLat - minLat) * 0.05
        let lonMargin = (maxLon - minLon) * 0.05
        minLat -= latMargin
        maxLat += latMargin
        minLon -= lonMargin
        maxLon += lonMargin
        let cosine = cos((minLat + maxLat) / 2 * Double.pi / 180)
        let spanX = (maxLon - minLon) * cosine
        let spanY = maxLat - minLat
        let scale = min((maxPlotWidth) / spanX, maxPlotHeight / spanY)
        let plotWidth = spanX * scale
        let plotHeight = spanY * scale
        let originX = 56.0
        let originY = 12.0
        func project(_ point: GeoPoint) -> (Double, Double) {
            (originX + (point.lon - minLon) * cosine * scale, originY + (maxLat - point.lat) * scale)
        }
        let legendWidth = [
            "map.legendStime", "map.legendNotStime", "map.legendVenue", "map.legendTravel",
        ].reduce(0.0) { $0 + 30 + Double(strings[$1].count) * 5.8 }
        let width = max(originX + plotWidth + 16, originX + legendWidth + 10)
        let height = originY + plotHeight + 58
        canvas = SVGCanvas(width: width, height: height)
        canvas.rect(x: originX, y: originY, width: plotWidth, height: plotHeight, fill: "#eff6ff", stroke: "#93c5fd")

        // Graticule (the map's axes).
        let latStep = step(for: spanY)
        let lonStep = step(for: maxLon - minLon)
        var lat = (minLat / latStep).rounded(.up) * latStep
        while lat <= maxLat + 1e-9 {
            let (_, y) = project(GeoPoint(lat: lat, lon: minLon))
            canvas.line(x1: originX, y1: y, x2: originX + plotWidth, y2: y, stroke: "#bfdbfe", width: 0.8)
            canvas.text(
                degrees(lat, positive: "N", negative: "S"), x: originX - 4, y: y + 3, size: 9, anchor: .end,
                fill: "#4b5563")
            lat += latStep
        }
        var lon = (minLon / lonStep).rounded(.up) * lonStep
        while lon <= maxLon + 1e-9 {
            let (x, _) = project(GeoPoint(lat: minLat, lon: lon))
            canvas.line(x1: x, y1: originY, x2: x, y2: originY + plotHeight, stroke: "#bfdbfe", width: 0.8)
            canvas.text(
                degrees(lon, positive: "E", negative: "W"), x: x, y: originY + plotHeight + 14, size: 9,
                anchor: .middle, fill: "#4b5563")
            lon += lonStep
        }

        // Travel lines, thicker for more therapists.
        let travel = travelCounts()
        for municipalityID in travel.keys.sorted() {
            guard let municipality = context.municipality(municipalityID) else { continue }
            let from = project(municipality.location)
            for (venueID, count) in travel[municipalityID, default: [:]].sorted(by: { $0.key < $1.key }) {
                guard let venue = context.venue(venueID) else { continue }
                let to = project(venue.location)
                let title = strings.format(
                    "map.lineTitle", count: count, ["municipality": municipality.name, "venue": venue.name])
                canvas.line(
                    x1: from.0, y1: from.1, x2: to.0, y2: to.1, stroke: "#0f766e",
                    width: 0.8 + min(Double(count), 12) * 0.35, opacity: 0.45, title: title)
            }
        }

        // Municipalities, then venues on top; labels placed afterwards, venues first.
        var placer = LabelPlacer(width: width, height: originY + plotHeight)
        for point in points {
            let (x, y) = project(point)
            placer.block(LabelPlacer.Box(minX: x - 5, minY: y - 5, maxX: x + 5, maxY: y + 5))
        }
        for municipality in scenario.municipalities {
            let (x, y) = project(municipality.location)
            let needs = municipality.stime ? municipality.therapists.reduce(0) { $0 + $1.manuals.count } : 0
            let title =
                municipality.name + ": "
                + (municipality.stime
                    ? strings.format("map.municipalityTitle", ["needs": String(needs)])
                    : strings["map.notInStime"])
            canvas.circle(
                cx: x, cy: y, r: 4.5, fill: municipality.stime ? "#0f766e" : "#ffffff",
                stroke: municipality.stime ? "#134e4a" : "#6b7280", strokeWidth: 1.3, title: title)
        }
        for venue in scenario.venues {
            let (x, y) = project(venue.location)
            canvas.rect(
                x: x - 5, y: y - 5, width: 10, height: 10, fill: "#b91c1c", stroke: "#7f1d1d",
                title: "\(venue.name) (\(strings.format("map.capacity", ["capacity": String(venue.capacity)])))")
        }
        for venue in scenario.venues {
            let (x, y) = project(venue.location)
            let label = truncate(venue.name, 44)
            let spot = placer.place(label, x: x, y: y, size: 10, bold: true, gap: 8)
            canvas.text(
                label, x: spot.x, y: spot.y, size: 10, anchor: spot.anchor, fill: "#7f1d1d", bold: true,
                halo: true)
        }
        if scenario.municipalities.count <= 40 {
            for municipality in scenario.municipalities {
                let (x, y) = project(municipality.location)
                let label = context.municipalityShortName(municipality.id)
                let spot = placer.place(label, x: x, y: y, size: 10, bold: false, gap: 7)
                canvas.text(
                    label, x: spot.x, y: spot.y, size: 10, anchor: spot.anchor,
                    fill: municipality.stime ? "#134e4a" : "#6b7280", halo: true)
            }
        }

        // Scale bar: a round number of kilometres near a fifth of the map's width.
        let kmPerPixel = 111.2 / scale
        let targetKm = plotWidth / 5 * kmPerPixel
        let barKm = [1.0, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500].last { $0 <= targetKm } ?? 1
        let barPixels = barKm / kmPerPixel
        let barY = originY + plotHeight - 12
        canvas.rect(x: originX + 10, y: barY - 4, width: barPixels, height: 5, fill: "#111827")
        canvas.text(
            "\(Int(barKm)) km", x: originX + 10 + barPixels / 2, y: barY - 8, size: 10, anchor: .middle,
            fill: "#111827")

        // Legend.
        let legendY = originY + plotHeight + 40
        var lx = originX
        canvas.circle(cx: lx + 6, cy: legendY, r: 4.5, fill: "#0f766e", stroke: "#134e4a")
        canvas.text(strings["map.legendStime"], x: lx + 16, y: legendY + 4, size: 10.5)
        lx += 30 + Double(strings["map.legendStime"].count) * 5.8
        canvas.circle(cx: lx + 6, cy: legendY, r: 4.5, fill: "#ffffff", stroke: "#6b7280", strokeWidth: 1.3)
        canvas.text(strings["map.legendNotStime"], x: lx + 16, y: legendY + 4, size: 10.5)
        lx += 30 + Double(strings["map.legendNotStime"].count) * 5.8
        canvas.rect(x: lx + 1, y: legendY - 5, width: 10, height: 10, fill: "#b91c1c")
        canvas.text(strings["map.legendVenue"], x: lx + 16, y: legendY + 4, size: 10.5)
        lx += 30 + Double(strings["map.legendVenue"].count) * 5.8
        canvas.line(x1: lx, y1: legendY, x2: lx + 20, y2: legendY, stroke: "#0f766e", width: 2, opacity: 0.6)
        canvas.text(strings["map.legendTravel"], x: lx + 25, y: legendY + 4, size: 10.5)
        return canvas.render(label: strings["map.label"], cssClass: "chart chart-map")
    }

    /// Municipality id → venue id → therapists of the municipality who travel there for
    /// training or physical supervision (each therapist counted once per venue).
    private func travelCounts() -> [String: [String: Int]] {
        var pairs = Set<[String]>()
        for cohort in context.plan.cohorts {
            for therapist in cohort.participants {
                pairs.insert([therapist, cohort.venue])
            }
        }
        for group in context.plan.supervisionGroups where group.mode == .physical {
            guard let venue = group.venue else { continue }
            for therapist in group.members {
                pairs.insert([therapist, venue])
            }
        }
        var counts: [String: [String: Int]] = [:]
        for pair in pairs {
            guard let municipality = context.municipalityID(ofTherapist: pair[0]) else { continue }
            counts[municipality, default: [:]][pair[1], default: 0] += 1
        }
        return counts
    }

    /// A graticule step giving about three to eight lines over `span` degrees.
    private func step(for span: Double) -> Double {
        [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10].first { span / $0 <= 8 } ?? 10
    }

    private func degrees(_ value: Double, positive: String, negative: String) -> String {
        let hemisphere = value >= 0 ? positive : negative
        var text = String(format: "%.2f", abs(value))
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        if context.strings.language == .da { text = text.replacingOccurrences(of: ".", with: ",") }
        return "\(text)° \(hemisphere)"
    }
}
