import Testing

@testable import PlanningModel

@Suite struct DistanceTests {
    let aarhus = GeoPoint(lat: 56.153, lon: 10.203)

    @Test func isZeroForTheSamePlace() {
        #expect(Distance.roadKm(aarhus, aarhus, roadFactor: 1.3) == 0)
    }

    /// Values computed by hand with the haversine formula on R = 6371.0 km.
    @Test(arguments: [
        (GeoPoint(lat: 56.0, lon: 10.0), GeoPoint(lat: 57.0, lon: 10.0), 1.0, 111),  // 111.195
        (GeoPoint(lat: 56.0, lon: 10.0), GeoPoint(lat: 57.0, lon: 10.0), 1.3, 145),  // 144.553
        (GeoPoint(lat: 56.153, lon: 10.203), GeoPoint(lat: 56.192, lon: 10.171), 1.3, 6),  // 6.198
        (GeoPoint(lat: 56.153, lon: 10.203), GeoPoint(lat: 56.1, lon: 8.92), 1.3, 104),  // 103.651
        (GeoPoint(lat: 56.453, lon: 9.402), GeoPoint(lat: 56.153, lon: 10.203), 1.3, 78),  // 77.506
    ])
    func matchesHandComputedDistances(_ a: GeoPoint, _ b: GeoPoint, _ factor: Double, _ km: Int) {
        #expect(Distance.roadKm(a, b, roadFactor: factor) == km)
        #expect(Distance.roadKm(b, a, roadFactor: factor) == km)
    }

    @Test func roundsHalvesAwayFromZero() throws {
        let a = GeoPoint(lat: 56.0, lon: 10.0)
        let b = GeoPoint(lat: 57.0, lon: 10.0)
        let exact = Distance.greatCircleKm(a, b)
        var tested = 0
        for (half, rounded) in [(0.5, 1), (1.5, 2), (2.5, 3), (3.5, 4), (144.5, 145)] {
            let factor = half / exact
            guard exact * factor == half else { continue }  // only factors that give an exact half
            tested += 1
            #expect(Distance.roadKm(a, b, roadFactor: factor) == rounded, "\(half)")
        }
        try #require(tested >= 2)
    }
}
