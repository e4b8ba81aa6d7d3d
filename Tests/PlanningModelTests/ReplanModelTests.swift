import Foundation
import Testing

@testable import PlanningModel

@Suite struct ActivityKeyTests {
    @Test(arguments: [
        ("training:uro-1:2", ActivityKey.trainingDay(cohort: "uro-1", day: 2)),
        ("session:uro-1-g2:10", ActivityKey.session(group: "uro-1-g2", number: 10)),
        ("meeting:fig:1", ActivityKey.meeting(series: "fig", index: 1)),
    ])
    func parsesAndPrintsTheStringForm(_ text: String, _ key: ActivityKey) {
        #expect(ActivityKey(text) == key)
        #expect(key.description == text)
    }

    @Test(arguments: [
        "", "training", "training:uro-1", "training::2", "training:uro-1:0", "training:uro-1:-1",
        "training:uro-1:x", "course:uro-1:1", "training:uro-1:2 ",
    ])
    func rejectsMalformedStrings(_ text: String) {
        #expect(ActivityKey(text) == nil)
    }

    @Test func keyOrderIsKindThenIdThenNumber() {
        let keys: [ActivityKey] = [
            .meeting(series: "a", index: 1), .session(group: "b", number: 1), .trainingDay(cohort: "z", day: 1),
            .trainingDay(cohort: "a", day: 10), .trainingDay(cohort: "a", day: 2), .session(group: "a", number: 3),
        ]
        #expect(
            keys.sorted().map(\.description) == [
                "training:a:2", "training:a:10", "training:z:1", "session:a:3", "session:b:1", "meeting:a:1",
            ])
    }

    @Test func encodesAsTheJSONObjectForm() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let keys: [ActivityKey] = [
            .trainingDay(cohort: "c", day: 1), .session(group: "g", number: 2), .meeting(series: "m", index: 3),
        ]
        let text = String(decoding: try encoder.encode(keys), as: UTF8.self)
        #expect(text == #"[{"cohort":"c","day":1},{"group":"g","session":2},{"index":3,"series":"m"}]"#)
        #expect(try JSONDecoder().decode([ActivityKey].self, from: Data(text.utf8)) == keys)
    }

    @Test func mapsKeysToTheStringFormInAnObject() throws {
        let record = PlanCalendarRecord(sequence: [.session(group: "g", number: 2): 3], cancelled: [])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(record), as: UTF8.self)
        #expect(text == #"{"cancelled":[],"sequence":{"session:g:2":3}}"#)
        #expect(try JSONDecoder().decode(PlanCalendarRecord.self, from: Data(text.utf8)) == record)
    }
}

@Suite struct ReplanPlanTests {
    static func plan() -> Plan {
        Plan(
            scenario: "mini", solver: SolverSummary(status: .feasible, seed: 1, elapsedSeconds: 0),
            cohorts: [], supervisionGroups: [], meetings: [], unassigned: [],
            score: Score(
                total: 0, hardViolations: 0,
                terms: Dictionary(uniqueKeysWithValues: (1...10).map { ("S\($0)", 0) })))
    }

    static func replan() -> Plan {
        var plan = plan()
        let day = CalendarDay(iso: "2026-09-14")!
        let before = EntryState(date: day, slot: .day, venue: "skejby", manual: "uro", people: ["a-1", "p-1"])
        var after = before
        after.date = day.adding(days: 7)
        plan.base = PlanBase(scenario: "mini", today: day.adding(days: -3), total: nil)
        plan.changes = [
            PlanChange(
                key: .trainingDay(cohort: "uro-1", day: 2), kind: .moved, before: before, after: after,
                people: ["a-1", "p-1"]),
            PlanChange(
                key: .session(group: "uro-1-g1", number: 1), kind: .added, before: nil,
                after: EntryState(date: day.adding(days: 21), slot: .am, venue: nil, manual: "uro", people: ["a-1"]),
                people: ["a-1"]),
        ]
        plan.calendar = PlanCalendarRecord(
            sequence: [.trainingDay(cohort: "uro-1", day: 2): 1],
            cancelled: [
                CancelledEntry(
                    key: .meeting(series: "fig", index: 2),
                    entry: EntryState(
                        date: day.adding(days: 30), slot: .pm, venue: "skejby", manual: nil, people: ["x@y.dk"]),
                    sequence: 2)
            ])
        return plan
    }

    @Test func aPlanWithoutBaseWritesNoReplanFields() throws {
        let text = String(decoding: try Self.plan().jsonData(), as: UTF8.self)
        for field in ["\"base\"", "\"changes\"", "\"calendar\""] {
            #expect(!text.contains(field))
        }
    }

    @Test func aReplanRoundTripsWithExplicitNulls() throws {
        let data = try Self.replan().jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""total" : null"#))
        #expect(text.contains(#""before" : null"#))
        #expect(text.contains(#""venue" : null"#))
        #expect(text.contains(#""manual" : null"#))
        #expect(text.contains(#""training:uro-1:2" : 1"#))
        #expect(try Plan(jsonData: data) == Self.replan())
        #expect(try PlanLoader.load(data: data, fileName: "replan.json") == Self.replan())
    }

    @Test func perturbationWeightDefaultsTo100AndIsRead() throws {
        #expect(Weights().perturbation == 100)
        let weights = try JSONDecoder().decode(Weights.self, from: Data(#"{"perturbation": 7}"#.utf8))
        #expect(weights.perturbation == 7)
        #expect(weights.unassigned == Weights().unassigned)
    }

    @Test func theScenarioSchemaRejectsANegativePerturbationWeight() {
        let text = MiniScenario.yaml + "weights: {perturbation: -1}\n"
        #expect {
            try ScenarioLoader().load(data: Data(text.utf8), fileName: "mini.yaml", baseDirectory: nil)
        } throws: { error in
            (error as? ScenarioLoadError)?.errors.contains { $0.path == "weights.perturbation" } == true
        }
    }
}

@Suite struct PlanLoaderTests {
    static func json(_ plan: Plan) throws -> String {
        String(decoding: try plan.jsonData(), as: UTF8.self)
    }

    static func issues(_ text: String) -> [ScenarioIssue] {
        do {
            _ = try PlanLoader.load(data: Data(text.utf8), fileName: "base.json")
            return []
        } catch {
            if case .invalid(_, let issues) = error { return issues }
            return []
        }
    }

    @Test func locatesASchemaViolationByPathLineAndColumn() throws {
        let text = try Self.json(ReplanPlanTests.replan()).replacingOccurrences(
            of: #""kind" : "moved""#, with: #""kind" : "shifted""#)
        let issues = Self.issues(text)
        #expect(issues.count == 1)
        #expect(issues.first?.path == "changes[0].kind")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("shifted") }.map { $0 + 1 }
        #expect(issues.first?.line == line)
        #expect(issues.first?.column != nil)
        #expect(issues.first?.file == "base.json")
    }

    @Test func rejectsAnImpossibleDateAndAMissingField() throws {
        let text = try Self.json(ReplanPlanTests.replan()).replacingOccurrences(
            of: #""today" : "2026-09-11""#, with: #""today" : "2026-02-30""#
        ).replacingOccurrences(of: #""scenario" : "mini","#, with: "")
        let paths = Set(Self.issues(text).map(\.path))
        #expect(paths.contains("base.today"))
        #expect(paths.contains("(document)"))
    }

    @Test func rejectsAMalformedSequenceKey() throws {
        let text = try Self.json(ReplanPlanTests.replan()).replacingOccurrences(
            of: #""training:uro-1:2""#, with: #""training:uro-1:zwei""#)
        #expect(!Self.issues(text).isEmpty)
    }

    @Test func keepsUnknownKeysAsTheSchemaAllows() throws {
        let text = try Self.json(ReplanPlanTests.plan()).replacingOccurrences(
            of: #""scenario" : "mini","#, with: #""scenario" : "mini", "comment" : "by hand","#)
        #expect(try PlanLoader.load(data: Data(text.utf8), fileName: "p.json") == ReplanPlanTests.plan())
    }

    @Test func aMissingFileIsUnreadable() {
        #expect(throws: DocumentLoadError.unreadable(file: "/nonexistent/plan.json", reason: "no such file")) {
            try PlanLoader.load("/nonexistent/plan.json")
        }
    }

    @Test func malformedJSONIsInvalidWithItsPosition() {
        let issues = Self.issues("{\n  \"version\": 1,\n}")
        #expect(issues.count == 1)
        #expect(issues.first?.line == 3)
    }
}

@Suite struct PinsLoaderTests {
    static let text = """
        [
          {"cohort": "uro-1"},
          {"group": "uro-1-g1"},
          {"meeting": {"series": "fig", "index": 2}},
          {"membership": {"therapist": "aarhus-01", "group": "uro-1-g1"}}
        ]
        """

    static func issues(_ text: String, base: Plan? = nil) -> [ScenarioIssue] {
        do {
            _ = try PinsLoader.load(data: Data(text.utf8), fileName: "pins.json", base: base)
            return []
        } catch {
            if case .invalid(_, let issues) = error { return issues }
            return []
        }
    }

    @Test func readsEveryKindOfPin() throws {
        let pins = try PinsLoader.load(data: Data(Self.text.utf8), fileName: "pins.json")
        #expect(
            pins.items == [
                .cohort("uro-1"), .group("uro-1-g1"), .meeting(series: "fig", index: 2),
                .membership(therapist: "aarhus-01", group: "uro-1-g1"),
            ])
        #expect(pins.cohorts == ["uro-1"])
        #expect(pins.groups == ["uro-1-g1"])
        #expect(pins.meetings == [.meeting(series: "fig", index: 2)])
        #expect(pins.memberships.map(\.therapist) == ["aarhus-01"])
    }

    @Test(arguments: [
        (#"[{"cohrt": "uro-1"}]"#, "[0].cohrt"),
        (#"[{"cohort": 3}]"#, "[0].cohort"),
        (#"[{"cohort": "uro-1", "group": "g"}]"#, "[0]"),
        (#"[{}]"#, "[0]"),
        (#"[{"meeting": {"series": "fig"}}]"#, "[0].meeting"),
        (#"[{"meeting": {"series": "fig", "index": 0}}]"#, "[0].meeting.index"),
        (#"[{"membership": {"therapist": "a", "group": "g", "role": "x"}}]"#, "[0].membership.role"),
        (#"{"cohort": "uro-1"}"#, "(document)"),
    ])
    func rejectsAnythingElseWithItsPath(_ text: String, _ path: String) {
        let issues = Self.issues(text)
        #expect(issues.map(\.path) == [path])
        #expect(issues.allSatisfy { $0.line == 1 && $0.column != nil })
    }

    @Test func pinsMustNameSomethingInTheBase() {
        var base = ReplanPlanTests.plan()
        base.cohorts = [
            Cohort(id: "uro-1", manual: "uro", venue: "v", trainers: [], days: [], participants: [])
        ]
        let issues = Self.issues(Self.text, base: base)
        #expect(issues.map(\.path) == ["[1]", "[2]", "[3]"])
        #expect(issues.map(\.line) == [3, 4, 5])
    }

    @Test func aMissingFileIsUnreadable() {
        #expect(throws: DocumentLoadError.unreadable(file: "/nonexistent/pins.json", reason: "no such file")) {
            try PinsLoader.load("/nonexistent/pins.json")
        }
    }
}
