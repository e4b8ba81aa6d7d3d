// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "stime-planner",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "stime-planner", targets: ["StimePlannerCLI"]),
        .executable(name: "solver-bench", targets: ["SolverBench"]),
        .library(name: "PlanningModel", targets: ["PlanningModel"]),
        .library(name: "ConstraintSolver", targets: ["ConstraintSolver"]),
        .library(name: "Planner", targets: ["Planner"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Pure data: scenario and plan values, loading, validation, Danish calendar, distances.
        .target(
            name: "PlanningModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [
                .copy("Resources/midtjylland-2026.json"),
                .copy("Resources/scenario.schema.json"),
                .copy("Resources/plan.schema.json"),
                .copy("Resources/pins.schema.json"),
            ]
        ),
        // Domain-free finite-domain constraint solver.
        .target(name: "ConstraintSolver"),
        // Scenario -> constraint model -> plan; suggestions.
        .target(name: "Planner", dependencies: ["PlanningModel", "ConstraintSolver", "PlanTemplates"]),
        // Independent re-check of a plan (H1-H12, S1-S10) and score explanation.
        .target(name: "PlanChecker", dependencies: ["PlanningModel", "PlanTemplates"]),
        // libical, reached through one thin seam.
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        // Mustache templates (event descriptions, report) and the string tables of every text, shipped with the binary.
        .target(
            name: "PlanTemplates",
            dependencies: ["PlanningModel", .product(name: "Mustache", package: "swift-mustache")],
            path: "Templates",
            sources: [
                "PlanTemplates.swift", "StringTable.swift", "StringTableError.swift", "TemplateSyntaxError.swift",
            ],
            resources: [.copy("calendar"), .copy("report")]
        ),
        // iCalendar export and import; the only module that imports CLibical.
        .target(
            name: "PlanCalendars",
            dependencies: [
                "PlanningModel", "CLibical", "PlanTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Self-contained HTML report with SVG charts.
        .target(
            name: "PlanReport",
            dependencies: [
                "PlanningModel", "PlanChecker", "PlanTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "StimePlannerCLI",
            dependencies: [
                "PlanningModel", "Planner", "PlanChecker", "PlanCalendars", "PlanReport", "PlanTemplates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "SolverBench", dependencies: ["ConstraintSolver"]),

        .target(name: "TestSupport", path: "Tests/TestSupport", resources: [.copy("Scenarios")]),
        .testTarget(name: "PlanningModelTests", dependencies: ["PlanningModel", "TestSupport"]),
        .testTarget(name: "ConstraintSolverTests", dependencies: ["ConstraintSolver"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "PlanChecker", "TestSupport"]),
        .testTarget(name: "PlanCheckerTests", dependencies: ["PlanChecker", "PlanTemplates", "TestSupport"]),
        .testTarget(name: "PlanCalendarsTests", dependencies: ["PlanCalendars", "Planner", "TestSupport"]),
        .testTarget(name: "PlanReportTests", dependencies: ["PlanReport", "TestSupport"]),
        .testTarget(name: "StimePlannerCLITests", dependencies: ["StimePlannerCLI", "TestSupport"]),
    ]
)
