import ArgumentParser
import Testing

@testable import StimePlannerCLI

/// `--time-limit` is a safety cap beside the work budget in `replan` as in `plan`: 10 s by
/// default, none with `--iterations`, and what the user gave in every case (`replan` ignored
/// it beside `--iterations`, so `--iterations 9223372036854775807 --time-limit 3` ran for hours).
@Suite struct SearchLimitTests {
    private static let files = ["s.json", "base.json", "--today", "2026-10-01"]

    @Test func replanKeepsAGivenTimeLimitBesideIterations() throws {
        let both = try ReplanCommand.parse(Self.files + ["--iterations", "9223372036854775807", "--time-limit", "3"])
        #expect(both.plannerOptions.timeLimit == 3)
        #expect(both.plannerOptions.iterations == Int.max)
        let iterations = try ReplanCommand.parse(Self.files + ["--iterations", "50"])
        #expect(iterations.plannerOptions.timeLimit == nil)
        let neither = try ReplanCommand.parse(Self.files)
        #expect(neither.plannerOptions.timeLimit == 10)
        #expect(neither.plannerOptions.iterations == nil)
    }

    @Test(arguments: ["0", "-1", "nan", "inf"])
    func replanRejectsATimeLimitThatIsNoPositiveNumber(_ value: String) {
        #expect(throws: (any Error).self) { try ReplanCommand.parse(Self.files + ["--time-limit", value]) }
    }
}
