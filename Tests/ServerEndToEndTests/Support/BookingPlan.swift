import Foundation

/// A small published plan in which bookings are possible on the real clock: one manual with
/// virtual supervision, cohort `c1` (training 2027-01-05 and 01-12) with group `c1-g1` full
/// (4 of 4) and group `c1-g2` with one member, each group with its own supervisor, therapists
/// of municipalities `kommune-0` and `kommune-1` (alternating).
enum BookingPlan: PlanFixture {
    static let groupMax = 4
    /// Therapist ids by group id.
    static let members: [String: [String]] = [
        "c1-g1": ["kommune-0-t0", "kommune-1-t1", "kommune-0-t2", "kommune-1-t3"],
        "c1-g2": ["kommune-0-t4"],
    ]
    static let municipalities = ["kommune-0", "kommune-1"]

    /// The municipality of `therapist`.
    static func municipality(of therapist: String) -> String {
        therapist.components(separatedBy: "-t")[0]
    }

    static let documents: (scenario: Data, plan: Data) = {
        let sessions = ["2027-01-19", "2027-02-02"]
        let groups: [[String: Any]] = members.keys.sorted().enumerated().map { index, group in
            [
                "id": group, "manual": "m", "cohort": "c1", "supervisor": "s\(index + 1)", "mode": "virtual",
                "venue": NSNull(), "slot": "am", "sessions": sessions, "members": members[group]!,
            ]
        }
        let therapists = members.values.flatMap { $0 }.sorted()
        func psychologist(_ id: String) -> [String: Any] {
            [
                "id": id, "name": "Psykolog \(id)", "email": "\(id)@example.org", "home": "v1", "manuals": ["m"],
                "maxDaysPerWeek": 5, "maxDaysPerMonth": 20,
            ]
        }
        let scenario: [String: Any] = [
            "version": 1, "name": "bookings", "horizon": ["from": "2027-01-04", "to": "2027-06-30"],
            "manuals": [
                [
                    "id": "m", "title": "Manual", "shortTitle": "Manual",
                    "training": [
                        "days": 2, "minGapDays": 7, "maxGapDays": 14, "cohortMin": 1, "cohortMax": 20, "trainers": 1,
                    ],
                    "supervision": [
                        "sessions": 2, "everyWeeks": 2, "groupMax": groupMax, "startWithinWeeks": 4, "mode": "virtual",
                        "slot": "am", "durationMinutes": 60,
                    ],
                ]
            ],
            "venues": [
                [
                    "id": "v1", "name": "Venue", "address": "Vej 1, 8000 Aarhus",
                    "location": ["lat": 56.15, "lon": 10.2], "capacity": 50, "rooms": 2,
                ]
            ],
            "municipalities": municipalities.enumerated().map { index, id in
                [
                    "id": id, "name": "Kommune \(index)", "location": ["lat": 56.0 + Double(index) / 100, "lon": 10.0],
                    "stime": true, "manuals": ["m"],
                    "therapists": therapists.filter { municipality(of: $0) == id }.map {
                        ["id": $0, "manuals": ["m"]]
                    },
                ] as [String: Any]
            },
            "psychologists": [psychologist("t1"), psychologist("s1"), psychologist("s2")],
            "meetings": [],
        ]
        let plan: [String: Any] = [
            "version": 1, "scenario": "bookings",
            "solver": ["status": "feasible", "seed": 1, "elapsedSeconds": 0, "iterations": 0],
            "cohorts": [
                [
                    "id": "c1", "manual": "m", "venue": "v1", "trainers": ["t1"], "days": ["2027-01-05", "2027-01-12"],
                    "participants": therapists,
                ]
            ],
            "supervisionGroups": groups, "meetings": [], "unassigned": [],
            "score": [
                "total": 0, "hardViolations": 0,
                "terms": Dictionary(uniqueKeysWithValues: (1...10).map { ("S\($0)", 0) }),
            ],
        ]
        return (
            try! JSONSerialization.data(withJSONObject: scenario, options: [.sortedKeys]),
            try! JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys])
        )
    }()
}
