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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
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
            resources: [.copy("calendar"), .copy("report"), .copy("pages")]
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
        // Storage of the service: scenario and plan versions, tokens, feed tokens, audit; SQLite or PostgreSQL.
        .target(
            name: "PlanStore",
            dependencies: [
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The planning service (`stime-planner serve`): a Hummingbird application over PlanStore.
        .target(
            name: "PlanServer",
            dependencies: [
                "PlanningModel", "Planner", "PlanChecker", "PlanCalendars", "PlanReport", "PlanTemplates", "PlanStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "StimePlannerCLI",
            dependencies: [
                "PlanningModel", "Planner", "PlanChecker", "PlanCalendars", "PlanReport", "PlanTemplates", "PlanStore",
                "PlanServer",
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
        .target(
            name: "StoreTestSupport",
            dependencies: [
                "PlanStore",
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/StoreTestSupport"
        ),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "StoreTestSupport"]),
        .testTarget(
            name: "PlanServerTests",
            dependencies: [
                "PlanServer", "PlanStore", "Planner", "PlanningModel", "StoreTestSupport", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "StimePlannerCLITests", dependencies: ["StimePlannerCLI", "TestSupport"]),
        // The built `stime-planner serve` over real sockets: SIGKILL recovery, headless Chromium.
        .testTarget(
            name: "ServerEndToEndTests",
            dependencies: [
                "StimePlannerCLI", "PlanStore", "Planner", "PlanChecker", "PlanningModel", "StoreTestSupport",
                "TestSupport", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
