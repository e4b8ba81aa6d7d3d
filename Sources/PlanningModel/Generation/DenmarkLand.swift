import Foundation

/// Rough outlines of Denmark's main land areas (longitude, latitude), enough to place
/// synthetic municipalities on land rather than in the sea: Jutland, Funen, Zealand,
/// Lolland-Falster and Bornholm. Coarse on purpose; fjords and small islands are ignored.
enum DenmarkLand {
    /// One land area: a closed polygon of (lon, lat) corners.
    struct Area {
        let name: String
        let corners: [(lon: Double, lat: Double)]

        /// Whether the point lies inside the polygon (even-odd ray casting).
        func contains(lon: Double, lat: Double) -> Bool {
            var inside = false
            var j = corners.count - 1
            for i in corners.indices {
                let a = corners[i]
                let b = corners[j]
                if (a.lat > lat) != (b.lat > lat),
                    lon < (b.lon - a.lon) * (lat - a.lat) / (b.lat - a.lat) + a.lon
                {
                    inside.toggle()
                }
                j = i
            }
            return inside
        }

        /// Area in square degrees of latitude, longitude scaled by cos(latitude) (shoelace).
        var area: Double {
            let meanLat = corners.reduce(0) { $0 + $1.lat } / Double(corners.count)
            let scale = cos(meanLat * .pi / 180)
            var sum = 0.0
            var j = corners.count - 1
            for i in corners.indices {
                sum += (corners[j].lon * scale) * corners[i].lat - (corners[i].lon * scale) * corners[j].lat
                j = i
            }
            return abs(sum) / 2
        }

        var bounds: (minLon: Double, maxLon: Double, minLat: Double, maxLat: Double) {
            (corners.map(\.lon).min()!, corners.map(\.lon).max()!, corners.map(\.lat).min()!, corners.map(\.lat).max()!)
        }
    }

    static let areas: [Area] = [
        Area(
            name: "Jylland",
            corners: [
                (8.66, 54.91), (8.60, 55.10), (8.45, 55.45), (8.12, 55.56), (8.17, 55.90), (8.13, 56.30),
                (8.22, 56.70), (8.60, 57.10), (9.50, 57.15), (9.95, 57.45), (10.55, 57.70), (10.50, 57.30),
                (10.35, 57.00), (10.30, 56.65), (10.85, 56.50), (10.90, 56.35), (10.65, 56.20), (10.25, 56.10),
                (10.20, 55.85), (9.95, 55.70), (9.75, 55.56), (9.50, 55.45), (9.50, 55.25), (9.65, 55.00),
                (9.40, 54.84),
            ]),
        Area(
            name: "Fyn",
            corners: [
                (9.73, 55.50), (10.10, 55.57), (10.45, 55.52), (10.66, 55.45), (10.80, 55.31), (10.70, 55.10),
                (10.55, 55.05), (10.24, 55.09), (9.90, 55.25), (9.75, 55.38),
            ]),
        Area(
            name: "Sjælland",
            corners: [
                (11.15, 55.33), (11.10, 55.68), (11.35, 55.80), (11.75, 55.95), (12.30, 56.10), (12.60, 56.03),
                (12.58, 55.65), (12.20, 55.48), (12.40, 55.30), (12.05, 55.10), (11.90, 55.00), (11.65, 55.18),
                (11.30, 55.20),
            ]),
        Area(
            name: "Lolland-Falster",
            corners: [
                (11.08, 54.82), (11.30, 54.93), (11.65, 54.88), (11.90, 54.96), (12.05, 54.85), (11.95, 54.58),
                (11.65, 54.66), (11.30, 54.67), (11.10, 54.72),
            ]),
        Area(
            name: "Bornholm",
            corners: [
                (14.70, 55.10), (14.75, 55.24), (14.95, 55.29), (15.14, 55.14), (15.05, 55.00), (14.82, 55.02),
            ]),
    ]

    /// Whether a point lies on one of the land areas.
    static func isLand(_ point: GeoPoint) -> Bool {
        areas.contains { $0.contains(lon: point.lon, lat: point.lat) }
    }

    /// A uniformly random point on land: an area chosen by size, then rejection sampling in its box.
    static func randomPoint(using random: inout GeneratorRandom) -> GeoPoint {
        let area = areas[random.weightedIndex(areas.map(\.area))]
        let box = area.bounds
        while true {
            let lon = random.double(in: box.minLon...box.maxLon)
            let lat = random.double(in: box.minLat...box.maxLat)
            if area.contains(lon: lon, lat: lat) {
                return GeoPoint(lat: lat, lon: lon)
            }
        }
    }
}
