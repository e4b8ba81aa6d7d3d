import Foundation
import TestSupport
import Testing

@Suite struct GenerateCommandTests {
    @Test(arguments: [1, 19, 98])
    func printsAScenarioThatValidates(municipalities: Int) throws {
        let directory = try PlannerBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try PlannerBinary.run(["generate", "--municipalities", "\(municipalities)", "--seed", "7"])
        #expect(run.status == 0, "\(run.standardError)")
        let file = directory.appendingPathComponent("generated.json")
        try Data(run.standardOutput.utf8).write(to: file)
        let validation = try PlannerBinary.run(["validate", file.path])
        #expect(validation.status == 0, "\(validation.standardError)")
    }

    @Test func isDeterministicForASeed() throws {
        let first = try PlannerBinary.run(["generate", "--municipalities", "30", "--seed", "5"])
        let second = try PlannerBinary.run(["generate", "--municipalities", "30", "--seed", "5"])
        let other = try PlannerBinary.run(["generate", "--municipalities", "30", "--seed", "6"])
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput != other.standardOutput)
    }

    @Test func rejectsANonsenseSize() throws {
        #expect(try PlannerBinary.run(["generate", "--municipalities", "0"]).status == 64)
        #expect(try PlannerBinary.run(["generate"]).status == 64)
    }
}
