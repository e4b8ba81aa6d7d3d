import Foundation
import Logging
import PlanStore
import Planner
import PlanningModel

/// What `serve` does on its first start with an empty database: imports the embedded default
/// scenario, plans it, publishes the plan as version 1 and creates the lead's token.
public struct FirstStart: Sendable {
    /// The planner's budget: a fixed number of iterations, so that the start is quick and the
    /// plan the same on every machine.
    public var iterations: Int
    /// The most seconds the planner may take, whatever `iterations` says.
    public var timeLimit: Double

    public init(iterations: Int = 200, timeLimit: Double = 30) {
        self.iterations = iterations
        self.timeLimit = timeLimit
    }

    /// Prepares an empty database; does nothing to one that has a version.
    ///
    /// - Returns: the lead's new token (shown once), or nil when the database was not empty.
    public func prepare(_ store: any ServiceStore, logger: Logger) async throws -> String? {
        guard try await store.versionCount() == 0 else { return nil }
        let loaded = try ScenarioLoader().load(nil)
        logger.info("first start: planning the embedded default scenario", metadata: ["iterations": "\(iterations)"])
        let plan = StimePlanSolver(scenario: loaded.scenario, calendar: loaded.calendar)
            .solve(PlannerOptions(seed: 1, timeLimit: timeLimit, iterations: iterations))
        let now = Date()
        let number = try await store.createVersion(
            scenario: try loaded.document.storedData(), plan: try plan.jsonData(), by: .server, at: now)
        _ = try await store.publish(version: number, by: .server, at: now)
        logger.info("first start: published", metadata: ["version": "\(number)"])
        return try await store.createToken(TokenGrant(role: .lead), by: .server, at: now)
    }
}
