import ArgumentParser
import Foundation
import PlanningModel

/// `stime-planner generate`: prints a synthetic, valid scenario for benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Prints a synthetic, valid scenario (JSON) of the given size, for benchmarks.",
        discussion: "The same --municipalities and --seed always give the same bytes."
    )

    @Option(help: "How many municipalities.")
    var municipalities: Int

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 1

    func validate() throws {
        guard (1...2000).contains(municipalities) else {
            throw ValidationError("--municipalities must be between 1 and 2000")
        }
    }

    func run() throws {
        let scenario = ScenarioGenerator(municipalities: municipalities, seed: seed).generate()
        FileHandle.standardOutput.write(try ScenarioGenerator.jsonData(scenario))
    }
}
