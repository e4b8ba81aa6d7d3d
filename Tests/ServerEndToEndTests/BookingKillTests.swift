import Foundation
import PlanChecker
import PlanningModel
import Synchronization
import Testing

#if os(Linux)
    /// Issue 12, "SIGKILL during a stream of bookings": every booking the server answered 2xx
    /// is there after a restart, none it refused is, and the plan still holds every hard rule.
    @Suite("End to end: SIGKILL during bookings", .serialized)
    struct BookingKillTests {
        /// One booking action of the stream and what became of it.
        struct Action: Sendable {
            enum Kind: Sendable {
                case absence(therapist: String, from: String, to: String)
                case move(therapist: String, group: String)
            }
            let kind: Kind

            var path: String {
                switch kind {
                case .absence: "/api/v1/absences"
                case .move: "/api/v1/moves"
                }
            }

            var body: [String: String] {
                switch kind {
                case .absence(let therapist, let from, let to): ["therapist": therapist, "from": from, "to": to]
                case .move(let therapist, let group): ["therapist": therapist, "group": group]
                }
            }
        }

        /// 40 absences on distinct days (every 5th with its end before its start, every 7th for
        /// a therapist nobody has) and 4 moves into `c1-g2` (3 seats free; one to a group that
        /// does not exist), in a fixed order.
        static let actions: [Action] = {
            let therapists = BookingPlan.world.members.values.flatMap { $0 }.sorted()
            var actions = (0..<40).map { index -> Action in
                let day = index < 30 ? "2027-04-\(twoDigits(index + 1))" : "2027-05-\(twoDigits(index - 29))"
                let therapist = index % 7 == 5 ? "kommune-0-t99" : therapists[index % therapists.count]
                return Action(kind: .absence(therapist: therapist, from: day, to: index % 5 == 3 ? "2027-03-01" : day))
            }
            let moves: [(Int, String, String)] = [
                (2, "kommune-0-t0", "c1-g2"), (9, "kommune-1-t1", "c1-g9"), (17, "kommune-0-t2", "c1-g2"),
                (30, "kommune-1-t3", "c1-g2"),
            ]
            for (position, therapist, group) in moves {
                actions.insert(Action(kind: .move(therapist: therapist, group: group)), at: position)
            }
            return actions
        }()

        static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

        @Test("SIGKILL with bookings in flight: 2xx ones are there after restart, refused ones are not, H1–H12 hold")
        func killDuringBookings() async throws {
            let server = try await BookingPlan.serve().server
            defer { server.send(SIGKILL) }
            let auth = ["Authorization": "Bearer \(try server.createToken(["--role", "lead"]))"]

            // Batches of 4 at once; once 12 actions were accepted, every action left is sent at
            // once and the server is killed when the first of them is answered, so that the
            // others are in flight when the SIGKILL lands.
            let outcomes = Outcomes()
            var next = 0
            var killed = false
            while next < Self.actions.count, !killed {
                killed = outcomes.accepted >= 12
                let batch = next..<(killed ? Self.actions.count : min(next + 4, Self.actions.count))
                next = batch.upperBound
                await withTaskGroup(of: Void.self) { group in
                    for index in batch {
                        group.addTask {
                            let action = Self.actions[index]
                            guard let body = try? JSONSerialization.data(withJSONObject: action.body),
                                let answer = try? await HTTP.send(
                                    "POST", server.url(action.path), headers: auth, body: body, timeout: 10)
                            else { return }
                            outcomes.record(answer.status, at: index)
                        }
                    }
                    guard killed else { return }
                    // SIGKILL as soon as one more action of this group is answered (or after 10 s).
                    let answeredBefore = outcomes.statuses.count
                    group.addTask {
                        for _ in 0..<2000 where outcomes.statuses.count == answeredBefore {
                            try? await Task.sleep(for: .milliseconds(5))
                        }
                        server.send(SIGKILL)
                    }
                }
            }
            try #require(killed, "the stream ended before 12 actions were accepted")
            // How many actions were still in flight at the kill depends on timing; nothing below
            // does: every answered action is judged by its answer, unanswered ones may be either.
            let answered = outcomes.statuses

            // Restarted on the same data: the published scenario and plan.
            let restarted = try await ServerProcess.start(data: server.data)
            defer { restarted.stop() }
            let scenarioAnswer = try await HTTP.get(restarted.url("/api/v1/scenario"), headers: auth)
            let planAnswer = try await HTTP.get(restarted.url("/api/v1/plan"), headers: auth)
            try #require(scenarioAnswer.status == 200 && planAnswer.status == 200)
            let loaded = try ScenarioLoader().load(
                data: scenarioAnswer.body, fileName: "scenario.json", baseDirectory: nil)
            let plan = try PlanLoader.load(data: planAnswer.body, fileName: "plan.json")
            let report = PlanChecker(scenario: loaded.scenario, calendar: loaded.calendar).check(plan)
            #expect(report.violations.isEmpty, "\(report.violations.map(\.description))")

            let absent = Dictionary(
                loaded.scenario.municipalities.flatMap(\.therapists).map { ($0.id, $0.unavailable) },
                uniquingKeysWith: +)
            let groupOf = Dictionary(
                plan.supervisionGroups.flatMap { group in group.members.map { ($0, group.id) } },
                uniquingKeysWith: { first, _ in first })
            for (index, status) in answered {
                let accepted = (200..<300).contains(status)
                switch Self.actions[index].kind {
                case .absence(let therapist, let from, let to):
                    let stored = (absent[therapist] ?? []).contains { "\($0.from)" == from && "\($0.to)" == to }
                    let anyOnThatDay = absent.values.joined().contains { "\($0.from)" == from }
                    if accepted {
                        #expect(stored, "absence \(index) answered \(status) is not in the scenario")
                    } else {
                        #expect(!anyOnThatDay, "absence \(index) answered \(status) is in the scenario")
                    }
                case .move(let therapist, let group):
                    let moved = groupOf[therapist] == group
                    #expect(
                        moved == accepted,
                        "move \(index) of \(therapist) answered \(status); now in \(groupOf[therapist] ?? "no group")")
                }
            }
            for group in plan.supervisionGroups {
                #expect(group.members.count <= BookingPlan.world.groupMax, "\(group.id)")
            }
        }
    }

    /// The status each action was answered with, by its index, from several tasks.
    private final class Outcomes: Sendable {
        private let state = Mutex<[Int: Int]>([:])

        func record(_ status: Int, at index: Int) { state.withLock { $0[index] = status } }
        var statuses: [Int: Int] { state.withLock { $0 } }
        /// How many were answered 2xx.
        var accepted: Int { state.withLock { $0.values.count { (200..<300).contains($0) } } }
    }
#endif
