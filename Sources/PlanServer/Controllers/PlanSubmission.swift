import Foundation
import PlanningModel

/// The body of `POST /api/v1/plans`: `{"scenario": {...}}` or `{"scenario": {...}, "plan": {...}}`,
/// checked as strictly as the command-line tool checks its files.
struct PlanSubmission: Sendable {
    /// The scenario, validated (schema, references, ranges, feasibility of meetings).
    let scenario: LoadedScenario
    /// The scenario document to store (the body's, keys sorted).
    let scenarioData: Data
    /// The plan, checked against plan.schema.json; nil when the server is to re-plan.
    let plan: Plan?

    private static let fields: Set<String> = ["scenario", "plan"]

    /// Parses and checks a body.
    ///
    /// - Throws: ``APIError`` 400 for a body that is not a JSON object, misses `scenario` or
    ///   has an unknown field; 422 with the JSON path of the first problem of an invalid
    ///   scenario or plan.
    static func parse(_ body: Data) throws(APIError) -> PlanSubmission {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: body)
        } catch {
            throw .badRequest("the body is not valid JSON: \(Self.reason(error))")
        }
        guard case .object(let members) = root else {
            throw .badRequest("the body must be a JSON object with 'scenario' (and 'plan')", path: "$")
        }
        if let unknown = members.keys.sorted().first(where: { !fields.contains($0) }) {
            throw .badRequest("unknown field '\(unknown)' (expected 'scenario' and 'plan')", path: unknown)
        }
        guard let scenarioValue = members["scenario"] else {
            throw .badRequest("missing field 'scenario'", path: "scenario")
        }
        let scenarioData = try encode(scenarioValue)
        let loaded: LoadedScenario
        do {
            // No calendar reader: a scenario sent to the server cannot make it read files.
            loaded = try ScenarioLoader().load(data: scenarioData, fileName: "scenario.json", baseDirectory: nil)
        } catch {
            throw invalid("INVALID_SCENARIO", "scenario", issues: error.errors, fallback: error.description)
        }
        var plan: Plan?
        if let planValue = members["plan"], planValue != .null {
            let planData = try encode(planValue)
            do {
                plan = try PlanLoader.load(data: planData, fileName: "plan.json")
            } catch {
                guard case .invalid(_, let issues) = error else {
                    throw invalid("INVALID_PLAN", "plan", issues: [], fallback: error.description)
                }
                throw invalid("INVALID_PLAN", "plan", issues: issues, fallback: error.description)
            }
            if let plan, plan.scenario != loaded.scenario.name {
                throw APIError(
                    .unprocessableContent, code: "INVALID_PLAN",
                    message: "plan.scenario: the plan is for scenario '\(plan.scenario)', "
                        + "not '\(loaded.scenario.name)'",
                    path: "plan.scenario")
            }
        }
        return PlanSubmission(scenario: loaded, scenarioData: scenarioData, plan: plan)
    }

    /// 422 naming the first error's JSON path inside the body, and how many there are.
    private static func invalid(
        _ code: String, _ member: String, issues: [ScenarioIssue], fallback: String
    ) -> APIError {
        guard let first = issues.first else {
            return APIError(.unprocessableContent, code: code, message: fallback, path: member)
        }
        let path = first.path == "(document)" ? member : member + "." + first.path
        let more = issues.count > 1 ? " (and \(issues.count - 1) more)" : ""
        return APIError(.unprocessableContent, code: code, message: "\(path): \(first.message)\(more)", path: path)
    }

    private static func encode(_ value: JSONValue) throws(APIError) -> Data {
        do {
            return try value.storedData()
        } catch {
            throw .badRequest("the body cannot be read as JSON")
        }
    }

    /// Foundation's own explanation (with line and column), without Swift's type names.
    private static func reason(_ error: any Error) -> String {
        if case .dataCorrupted(let context) = error as? DecodingError {
            if let underlying = context.underlyingError as NSError?,
                let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String
            {
                return detail
            }
            return context.debugDescription
        }
        return "it cannot be parsed"
    }
}
