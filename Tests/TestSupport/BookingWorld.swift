import Foundation

/// A made-to-measure scenario and a valid plan for booking tests: one manual with virtual
/// supervision, cohort `c1` (training 2027-01-05 and 01-12) whose groups `c1-g1`, … have the
/// given numbers of members, optionally cohort `c2` (training in March) with one group, and
/// the therapists spread over `municipalities` municipalities (`kommune-0`, …). With
/// `secondManual`, c1's therapists also take manual `m2` in cohort `d1` (training a day after
/// c1's, groups `d1-g1`, … of the same sizes and members). Each group has its own supervisor,
/// so the plan holds every hard rule whatever the sizes.
public struct BookingWorld: Sendable {
    /// The scenario document.
    public let scenario: Data
    /// The plan document.
    public let plan: Data
    /// Therapist ids by group id.
    public let members: [String: [String]]
    /// The municipality of each therapist.
    public let municipalityOf: [String: String]
    public let municipalities: [String]
    /// The seats of every group.
    public let groupMax: Int

    /// The manual of every cohort (but `d1`'s).
    public static let manual = "m"
    /// The second manual's id (cohort `d1`).
    public static let secondManualID = "m2"

    public init(
        municipalities count: Int, groups: [Int], groupMax: Int, secondCohort: [Int]? = nil,
        secondManual: Bool = false
    ) {
        municipalities = (0..<count).map { "kommune-\($0)" }
        self.groupMax = groupMax
        var members: [String: [String]] = [:]
        var municipalityOf: [String: String] = [:]
        var therapistsOf: [String: [String]] = [:]
        var next = 0
        func newTherapist() -> String {
            let municipality = "kommune-\(next % count)"
            let id = "\(municipality)-t\(next)"
            next += 1
            municipalityOf[id] = municipality
            therapistsOf[municipality, default: []].append(id)
            return id
        }
        var cohorts: [[String: Any]] = []
        var groupDocuments: [[String: Any]] = []
        var supervisors: [String] = []
        func addCohort(
            _ id: String, manual: String = Self.manual, days: [String], sessions: [String], sizes: [Int],
            members existing: [String]? = nil
        ) -> [String] {
            var participants: [String] = []
            for (index, size) in sizes.enumerated() {
                let group = "\(id)-g\(index + 1)"
                let ids =
                    existing.map { Array($0[participants.count..<participants.count + size]) }
                    ?? (0..<size).map { _ in newTherapist() }
                members[group] = ids
                participants += ids
                let supervisor = "s\(supervisors.count + 1)"
                supervisors.append(supervisor)
                groupDocuments.append([
                    "id": group, "manual": manual, "cohort": id, "supervisor": supervisor, "mode": "virtual",
                    "venue": NSNull(), "slot": "am", "sessions": sessions, "members": ids,
                ])
            }
            cohorts.append([
                "id": id, "manual": manual, "venue": "v1", "trainers": ["t1"], "days": days,
                "participants": participants,
            ])
            return participants
        }
        let first = addCohort(
            "c1", days: ["2027-01-05", "2027-01-12"], sessions: ["2027-01-19", "2027-02-02"], sizes: groups)
        if let secondCohort {
            _ = addCohort(
                "c2", days: ["2027-03-02", "2027-03-09"], sessions: ["2027-03-16", "2027-03-30"], sizes: secondCohort)
        }
        let manualIDs = secondManual ? [Self.manual, Self.secondManualID] : [Self.manual]
        if secondManual {
            _ = addCohort(
                "d1", manual: Self.secondManualID, days: ["2027-01-06", "2027-01-13"],
                sessions: ["2027-01-20", "2027-02-03"], sizes: groups, members: first)
        }
        let bothManuals = secondManual ? Set(first) : []
        self.members = members
        self.municipalityOf = municipalityOf

        func psychologist(_ id: String) -> [String: Any] {
            [
                "id": id, "name": "Psykolog \(id)", "email": "\(id)@example.org", "home": "v1",
                "manuals": manualIDs,
                "maxDaysPerWeek": 5, "maxDaysPerMonth": 20,
            ]
        }
        let scenario: [String: Any] = [
            "version": 1, "name": "bookings", "horizon": ["from": "2027-01-04", "to": "2027-06-30"],
            "manuals": manualIDs.map { id in
                [
                    "id": id, "title": id == Self.manual ? "Manual" : "Manual 2", "shortTitle": id,
                    "training": [
                        "days": 2, "minGapDays": 7, "maxGapDays": 14, "cohortMin": 1, "cohortMax": 1000, "trainers": 1,
                    ],
                    "supervision": [
                        "sessions": 2, "everyWeeks": 2, "groupMax": groupMax, "startWithinWeeks": 4, "mode": "virtual",
                        "slot": "am", "durationMinutes": 60,
                    ],
                ] as [String: Any]
            },
            "venues": [
                [
                    "id": "v1", "name": "Venue", "address": "Vej 1, 8000 Aarhus",
                    "location": ["lat": 56.15, "lon": 10.2],
                    "capacity": 500, "rooms": 2,
                ]
            ],
            "municipalities": municipalities.enumerated().map { index, id in
                [
                    "id": id, "name": "Kommune \(index)", "location": ["lat": 56.0 + Double(index) / 100, "lon": 10.0],
                    "stime": true, "manuals": manualIDs,
                    "therapists": (therapistsOf[id] ?? []).map { therapist in
                        ["id": therapist, "manuals": bothManuals.contains(therapist) ? manualIDs : [Self.manual]]
                    },
                ] as [String: Any]
            },
            "psychologists": [psychologist("t1")] + supervisors.map(psychologist),
            "meetings": [],
        ]
        let plan: [String: Any] = [
            "version": 1, "scenario": "bookings",
            "solver": ["status": "feasible", "seed": 1, "elapsedSeconds": 0, "iterations": 0],
            "cohorts": cohorts, "supervisionGroups": groupDocuments, "meetings": [], "unassigned": [],
            "score": [
                "total": 0, "hardViolations": 0,
                "terms": Dictionary(uniqueKeysWithValues: (1...10).map { ("S\($0)", 0) }),
            ],
        ]
        self.scenario = try! JSONSerialization.data(withJSONObject: scenario, options: [.sortedKeys])
        self.plan = try! JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys])
    }
}
