import Foundation
import Hummingbird
import HummingbirdTesting
import PlanningModel
import StoreTestSupport
import Testing

@Suite("Municipalities and groups")
struct ScheduleTests {
    @Test(
        "a tovholder reads their municipality's schedule: every therapist with cohort, days, group, sessions",
        arguments: TestBackend.available)
    func ownSchedule(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let plan = try Plan(jsonData: Tiny1.documents.plan)
        try await fixture.test { client in
            let response = try await client.request(
                "/api/v1/municipalities/norddjurs/schedule", token: fixture.norddjurs)
            #expect(response.status == .ok)
            guard case .object(let root) = try response.json(), case .array(let rows)? = root["therapists"] else {
                Issue.record("no therapists in \(response.text)")
                return
            }
            #expect(root["municipality"] == .string("norddjurs"))
            #expect(root["version"] == .int(1))
            #expect(rows.count == 4)
            for case .object(let row) in rows {
                guard case .string(let therapist)? = row["therapist"] else { continue }
                #expect(therapist.hasPrefix("norddjurs-"))
                let cohort = plan.cohorts.first { $0.participants.contains(therapist) }
                let group = plan.supervisionGroups.first { $0.members.contains(therapist) }
                #expect(row["cohort"] == cohort.map { .string($0.id) } ?? .null)
                #expect(row["group"] == group.map { .string($0.id) } ?? .null)
                guard case .array(let days)? = row["trainingDays"], case .array(let sessions)? = row["sessions"] else {
                    Issue.record("no days in \(row)")
                    continue
                }
                #expect(days.count == cohort?.days.count ?? 0)
                #expect(sessions.count == group?.sessions.count ?? 0)
            }
            #expect(!response.text.contains("randers-0"))
        }
    }

    @Test(
        "another municipality's schedule answers 404 to a tovholder, 200 to the lead; unknown ones 404",
        arguments: TestBackend.available)
    func othersSchedule(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let other = try await client.request("/api/v1/municipalities/norddjurs/schedule", token: fixture.randers)
            #expect(other.status == .notFound)
            #expect(other.errorCode == "NOT_FOUND")
            let missing = try await client.request("/api/v1/municipalities/nowhere/schedule", token: fixture.randers)
            #expect(missing.text == other.text)
            #expect(
                try await client.request("/api/v1/municipalities/norddjurs/schedule", token: fixture.lead).status
                    == .ok)
            #expect(
                try await client.request("/api/v1/municipalities/nowhere/schedule", token: fixture.lead).status
                    == .notFound)
            #expect(
                try await client.request("/api/v1/municipalities/p1/schedule", token: fixture.psychologist).status
                    == .notFound)
        }
    }

    @Test(
        "GET /api/v1/groups?manual=M: seats, slot, venue and sessions of each group, no therapist ids",
        arguments: TestBackend.available)
    func groups(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let plan = try Plan(jsonData: Tiny1.documents.plan)
        let capacity = Tiny1.documents.parsedScenario.manuals[0].supervision.groupMax
        try await fixture.test { client in
            let response = try await client.request("/api/v1/groups?manual=angst-tristhed", token: fixture.randers)
            #expect(response.status == .ok)
            guard case .array(let groups) = try response.json() else {
                Issue.record("not a list: \(response.text)")
                return
            }
            #expect(groups.count == plan.supervisionGroups.count)
            for case .object(let group) in groups {
                let stored = plan.supervisionGroups.first { .string($0.id) == group["id"] }
                #expect(group["capacity"] == .int(capacity))
                #expect(group["members"] == .int(stored?.members.count ?? -1))
                #expect(group["free"] == .int(capacity - (stored?.members.count ?? 0)))
            }
            #expect(!response.text.contains("norddjurs-0"))
            #expect(
                try await client.request("/api/v1/groups?manual=angst-tristhed", token: fixture.psychologist).status
                    == .ok)
            #expect(
                try await client.request("/api/v1/groups?manual=angst-tristhed", token: fixture.secretariat).status
                    == .notFound)
            let missing = try await client.request("/api/v1/groups", token: fixture.lead)
            #expect(missing.status == .badRequest)
            #expect(missing.errorPath == "manual")
            #expect(try await client.request("/api/v1/groups?manual=none", token: fixture.lead).status == .notFound)
        }
    }
}
