import Foundation
import PlanningModel
import Testing

/// The synthetic scenarios of `stime-planner generate`: valid, realistic in shape, and
/// the same bytes for the same seed.
@Suite struct ScenarioGeneratorTests {
    @Test(arguments: [1, 2, 5, 19, 98, 300])
    func generatesAValidScenario(municipalities: Int) throws {
        let scenario = ScenarioGenerator(municipalities: municipalities, seed: 7).generate()
        let problems = ScenarioInvariants.problems(in: scenario)
        #expect(problems == [], "seed 7, \(municipalities) municipalities")
        #expect(scenario.municipalities.count == municipalities)
    }

    /// The name counts in Danish: "1 kommune", "2 kommuner".
    @Test func theNameCountsMunicipalities() {
        #expect(
            ScenarioGenerator(municipalities: 1, seed: 3).generate().name
                == "Syntetisk STIME-scenarie, 1 kommune (seed 3)")
        #expect(
            ScenarioGenerator(municipalities: 2, seed: 3).generate().name
                == "Syntetisk STIME-scenarie, 2 kommuner (seed 3)")
    }

    @Test(arguments: 0..<25)
    func generatesValidScenariosForManySeeds(seed: UInt64) throws {
        let size = [1, 3, 19, 40][Int(seed % 4)]
        let scenario = ScenarioGenerator(municipalities: size, seed: seed).generate()
        #expect(ScenarioInvariants.problems(in: scenario) == [], "seed \(seed), \(size) municipalities")
    }

    @Test(arguments: [1, 19, 98, 300])
    func hasARealisticShape(municipalities: Int) throws {
        let scenario = ScenarioGenerator(municipalities: municipalities, seed: 11).generate()
        let inStime = scenario.municipalities.filter(\.stime)
        #expect(!inStime.isEmpty)
        for municipality in inStime {
            #expect((2...12).contains(municipality.therapists.count), "\(municipality.id)")
            #expect((1...5).contains(municipality.manuals.count), "\(municipality.id)")
        }
        for municipality in scenario.municipalities {
            #expect(TestLand.isInDenmark(municipality.location), "\(municipality.id) at \(municipality.location)")
        }
        let needs = scenario.needs.count
        #expect(scenario.psychologists.count >= max(3, needs / 10))
        #expect(scenario.psychologists.count <= max(12, needs / 5))
        for psychologist in scenario.psychologists {
            #expect((2...3).contains(psychologist.manuals.count), "\(psychologist.id)")
            #expect((4...8).contains(psychologist.maxDaysPerMonth))
        }
        for manual in Set(scenario.needs.map(\.manual)) {
            let certified = scenario.psychologists.filter { $0.manuals.contains(manual) }.count
            #expect(certified >= 3, "\(manual) has \(certified) certified psychologists")
        }
        let venues = scenario.venues.count
        #expect(venues >= 2 && venues <= max(2, municipalities / 4 + 1))
        #expect(!scenario.meetings.isEmpty)
        #expect(scenario.horizon.dayCount > 480 && scenario.horizon.dayCount < 560)
        #expect(scenario.calendar.schoolHolidays.contains { $0.name == "Sommerferie" })
        #expect(Set(scenario.manuals.map(\.id)) == ["uro", "angst-tristhed", "krop-mad", "selvskade", "ocd"])
    }

    @Test func schoolHolidaysMatchTheDefaultScenarioFor2026() throws {
        let scenario = ScenarioGenerator(municipalities: 3, seed: 1).generate()
        let text = scenario.calendar.schoolHolidays.map { "\($0.from)…\($0.to)" }
        for expected in [
            "2026-02-07…2026-02-15", "2026-03-28…2026-04-06", "2026-05-14…2026-05-17",
            "2026-05-23…2026-05-25", "2026-06-27…2026-08-09", "2026-10-10…2026-10-18",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test(arguments: [1, 19, 300])
    func sameSeedGivesTheSameBytes(municipalities: Int) throws {
        let first = try ScenarioGenerator.jsonData(
            ScenarioGenerator(municipalities: municipalities, seed: 42).generate())
        let second = try ScenarioGenerator.jsonData(
            ScenarioGenerator(municipalities: municipalities, seed: 42).generate())
        #expect(first == second)
        let other = try ScenarioGenerator.jsonData(
            ScenarioGenerator(municipalities: municipalities, seed: 43).generate())
        #expect(first != other)
    }

    @Test func jsonRoundTripsAndIsStable() throws {
        let scenario = ScenarioGenerator(municipalities: 19, seed: 5).generate()
        let data = try ScenarioGenerator.jsonData(scenario)
        let decoded = try JSONDecoder().decode(Scenario.self, from: data)
        #expect(decoded == scenario)
        #expect(try ScenarioGenerator.jsonData(decoded) == data)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"version\" : 1"))
    }

    @Test func jsonHasOnlyKeysTheSchemaAllows() throws {
        let data = try ScenarioGenerator.jsonData(ScenarioGenerator(municipalities: 25, seed: 3).generate())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys).isSubset(of: [
                "version", "name", "timezone", "horizon", "calendar", "slots", "travel", "weights", "manuals", "venues",
                "municipalities", "psychologists", "meetings",
            ]))
        let municipality = try #require((object["municipalities"] as? [[String: Any]])?.first)
        #expect(
            Set(municipality.keys).isSubset(of: [
                "id", "name", "cluster", "location", "stime", "manuals", "alternatives", "readyFrom", "tovholder",
                "therapists",
            ]))
    }
}

/// A coarse test-side outline of Denmark (bounding boxes of the land areas), independent
/// of the generator's polygons: a point in none of them is surely in the sea or abroad.
enum TestLand {
    static let boxes: [(minLat: Double, maxLat: Double, minLon: Double, maxLon: Double)] = [
        (54.80, 57.80, 8.00, 11.00),  // Jutland
        (54.95, 55.65, 9.65, 10.90),  // Funen
        (54.95, 56.15, 11.05, 12.70),  // Zealand
        (54.55, 55.00, 11.00, 12.10),  // Lolland-Falster
        (54.95, 55.32, 14.65, 15.20),  // Bornholm
    ]

    static func isInDenmark(_ point: GeoPoint) -> Bool {
        boxes.contains {
            point.lat >= $0.minLat && point.lat <= $0.maxLat && point.lon >= $0.minLon && point.lon <= $0.maxLon
        }
    }
}
