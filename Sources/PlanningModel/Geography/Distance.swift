import Foundation

/// Road distances between locations (PROBLEM.md §5).
public enum Distance {
    /// Radius of the sphere the great-circle distance is measured on.
    public static let earthRadiusKm = 6371.0

    /// Great-circle distance (haversine) in kilometres, unrounded.
    public static func greatCircleKm(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let toRadians = Double.pi / 180
        let dLat = (b.lat - a.lat) * toRadians
        let dLon = (b.lon - a.lon) * toRadians
        let h =
            sin(dLat / 2) * sin(dLat / 2)
            + cos(a.lat * toRadians) * cos(b.lat * toRadians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(h)))
    }

    /// `km(a, b)`: the great-circle distance times `roadFactor`, rounded to the nearest
    /// whole kilometre, halves away from zero.
    public static func roadKm(_ a: GeoPoint, _ b: GeoPoint, roadFactor: Double) -> Int {
        Int((greatCircleKm(a, b) * roadFactor).rounded(.toNearestOrAwayFromZero))
    }
}
