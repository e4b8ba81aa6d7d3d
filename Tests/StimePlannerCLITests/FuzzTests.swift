import Foundation
import PlanningModel
import TestSupport
import Testing

/// Hostile input, seeded: a few hundred mutated scenarios and `.ics` files, each run through
/// the built binary's `validate` and `plan --iterations`. Every run must end by itself with an
/// exit code of CLI.md for input (0, 3, 65, 66), and every 65 must name a place
/// (`file:line:column: error:`). A failure message names the case, so it can be replayed.
@Suite struct FuzzTests {
    /// Scenario cases, then `.ics` cases.
    static let scenarioCases = 170
    static let calendarCases = 40
    /// Concurrent runs: the binary spends much of a short run starting up and writing files.
    static let workers = 3
    /// A run longer than this is a hang.
    static let timeout: TimeInterval = 30

    @Test func everyMutationEndsWithALocatedMessageOrAPlan() throws {
        let root = try PlannerBinary.temporaryDirectory()
        let failures = FailureLog()
        let total = Self.scenarioCases + Self.calendarCases
        DispatchQueue.concurrentPerform(iterations: Self.workers) { worker in
            for index in stride(from: worker, to: total, by: Self.workers) {
                var random = FuzzRandom(seed: UInt64(index) &+ 0x5EED)
                let fuzzCase =
                    index < Self.scenarioCases
                    ? FuzzCase.scenario(index: index, random: &random)
                    : FuzzCase.calendar(index: index, random: &random)
                do {
                    let directory = root.appendingPathComponent("case-\(index)")
                    try fuzzCase.write(to: directory)
                    for problem in try Self.check(fuzzCase, in: directory) {
                        failures.add("case \(index) (\(fuzzCase.mutations.joined(separator: "; "))): \(problem)")
                    }
                } catch {
                    failures.add("case \(index): could not run: \(error)")
                }
            }
        }
        let found = failures.entries
        #expect(
            found.isEmpty, "\(found.count) failing cases, kept under \(root.path):\n\(found.joined(separator: "\n"))")
        if found.isEmpty { try? FileManager.default.removeItem(at: root) }
    }

    /// Runs `validate` and `plan` on one case; what went wrong, if anything.
    private static func check(_ fuzzCase: FuzzCase, in directory: URL) throws -> [String] {
        var problems: [String] = []
        let scenario = fuzzCase.scenarioName
        let commands = [
            ["validate", scenario],
            ["plan", scenario, "--iterations", "5", "--quiet", "--out", directory.appendingPathComponent("out").path],
        ]
        for arguments in commands {
            let run = try TimedRun(arguments, in: directory, timeout: timeout)
            let command = arguments[0]
            if run.timedOut {
                problems.append("\(command) did not end within \(Int(timeout)) s")
            } else if run.signalled {
                problems.append("\(command) crashed with signal \(run.status)")
            } else if ![0, 3, 65, 66].contains(run.status) || (command == "validate" && run.status == 3) {
                problems.append("\(command) exited \(run.status): \(run.standardError.prefix(300))")
            } else if run.status == 65, !run.standardError.split(separator: "\n").contains(where: isLocatedError) {
                problems.append("\(command) exited 65 without file:line:column: \(run.standardError.prefix(300))")
            }
            if run.standardError.split(separator: "\n").contains(where: { $0.count > 2_000 }) {
                problems.append("\(command) printed a line of more than 2000 characters")
            }
        }
        return problems
    }

    /// `name:12:5: error: …`
    private static func isLocatedError(_ line: Substring) -> Bool {
        line.range(of: #"^[^ :][^:]*:[0-9]+:[0-9]+: error: "#, options: .regularExpression) != nil
    }
}

/// One mutated scenario with its `.ics` files, and what was done to it.
private struct FuzzCase {
    var scenarioName = "scenario.json"
    var scenario: Data
    var calendars: [String: Data?]
    var mutations: [String] = []

    /// 1–3 mutations of the scenario (values, types, keys, lists, whole texts).
    static func scenario(index: Int, random: inout FuzzRandom) -> FuzzCase {
        var document = FuzzBase.scenario
        var mutations: [String] = []
        if random.below(12) == 0 {
            let (name, text) = FuzzBase.hostileText(random: &random)
            return FuzzCase(
                scenarioName: name, scenario: text, calendars: FuzzBase.calendars, mutations: ["text: \(name)"])
        }
        for _ in 0...random.below(3) {
            mutations.append(FuzzMutation.apply(to: &document, random: &random))
        }
        var name = "scenario.json"
        if random.below(4) == 0 { name = "scenario.yaml" }  // JSON is YAML: the YAML reader takes it too
        return FuzzCase(
            scenarioName: name, scenario: FuzzBase.encode(document), calendars: FuzzBase.calendars,
            mutations: mutations)
    }

    /// The base scenario with one of its `.ics` files mutated, replaced or missing.
    static func calendar(index: Int, random: inout FuzzRandom) -> FuzzCase {
        let file = random.below(2) == 0 ? "closed.ics" : "therapist.ics"
        var calendars = FuzzBase.calendars
        let (description, contents) = FuzzBase.hostileCalendar(random: &random)
        calendars[file] = contents
        return FuzzCase(
            scenario: FuzzBase.encode(FuzzBase.scenario), calendars: calendars, mutations: ["\(file): \(description)"])
    }

    func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try scenario.write(to: directory.appendingPathComponent(scenarioName))
        for (name, contents) in calendars {
            guard let contents else { continue }  // missing
            try contents.write(to: directory.appendingPathComponent(name))
        }
    }
}

/// Changes to a scenario document at random places.
private enum FuzzMutation {
    static let numbers: [JSONValue] = [
        .int(0), .int(-1), .int(1), .int(2), .int(7), .int(26), .int(30), .int(31), .int(52), .int(53), .int(100),
        .int(200), .int(201), .int(365), .int(366), .int(1_000), .int(10_000), .int(100_000), .int(100_001),
        .int(1_000_000_000), .int(1_000_000_000_000), .int(Int.max), .int(Int.min), .int(1 << 31), .int(1 << 62),
        .double(0.5), .double(-0.0), .double(1.3), .double(3.0001), .double(1e15), .double(1e308),
    ]
    static let texts: [JSONValue] = [
        .string(""), .string("x"), .string(String(repeating: "x", count: 100_000)), .string("ünïcødé ✓ 😀"),
        .string("a\nb\u{7}c"), .string("2026-02-30"), .string("2026-13-01"), .string("0001-01-01"),
        .string("9999-12-31"), .string("26-1-1"), .string("UTC"), .string("America/New_York"),
        .string("Mars/Olympus"), .string("GMT+5"), .string("mon"), .string("any"), .string("../../etc/passwd"),
        .string(String(repeating: "a", count: 300)), .string("uro"), .string("skejby"), .string("p1"),
    ]
    static let strangers: [JSONValue] = [.null, .bool(true), .int(1), .string("x"), .array([]), .object([:])]

    /// Values at the edges of the documented ranges, where they are valid but extreme.
    static let extremes: [(path: [String], value: JSONValue)] = [
        (["horizon"], .object(["from": .string("2026-01-01"), "to": .string("2028-12-31")])),
        (["horizon"], .object(["from": .string("0001-01-01"), "to": .string("9999-12-31")])),
        (["horizon"], .object(["from": .string("2026-09-01"), "to": .string("2026-09-01")])),
        (["travel"], .object(["roadFactor": .int(3)])),
        (
            ["weights"],
            .object(
                Dictionary(
                    uniqueKeysWithValues: [
                        "unassigned", "travelPerKm", "waitPerDay", "split", "schoolHoliday", "peakLoad", "continuity",
                        "meetingSpread", "irregular", "missedSupervision",
                    ].map { ($0, JSONValue.int(100_000)) }))
        ),
        (["manuals", "0", "training", "days"], .int(30)),
        (["manuals", "0", "training", "maxGapDays"], .int(365)),
        (["manuals", "0", "training", "cohortMax"], .int(200)),
        (["manuals", "0", "training", "trainers"], .int(10)),
        (["manuals", "0", "supervision", "sessions"], .int(52)),
        (["manuals", "0", "supervision", "everyWeeks"], .int(26)),
        (["manuals", "0", "supervision", "startWithinWeeks"], .int(52)),
        (["manuals", "0", "supervision", "groupMax"], .int(200)),
        (["venues", "0", "capacity"], .int(10_000)),
        (["venues", "0", "rooms"], .int(100)),
        (["venues", "0", "location"], .object(["lat": .int(-90), "lon": .int(-180)])),
        (["municipalities", "0", "location"], .object(["lat": .int(90), "lon": .int(180)])),
        (["psychologists", "0", "maxDaysPerWeek"], .int(7)),
        (["psychologists", "0", "maxDaysPerMonth"], .int(31)),
        (["meetings", "0", "count"], .int(100)),
        (["meetings", "0", "minGapWeeks"], .int(52)),
        (["meetings", "0", "durationMinutes"], .int(15)),
        (["timezone"], .string("UTC")),
        (["timezone"], .string("Pacific/Chatham")),
        (["calendar", "workdays"], .array([.string("sun")])),
        (["calendar", "publicHolidays"], .string("none")),
        (["slots"], .object(["am": .object(["start": .string("00:00"), "end": .string("00:01")])])),
    ]

    /// Applies one mutation; its description.
    static func apply(to document: inout JSONValue, random: inout FuzzRandom) -> String {
        let paths = document.paths()
        switch random.below(7) {
        case 0:
            let leaves = paths.filter { document.value(at: $0)?.isNumber == true }
            guard let path = random.element(leaves) else { return "none" }
            let value = random.element(numbers)!
            document.set(value, at: path)
            return "\(path.joined(separator: ".")) = \(value.short)"
        case 1:
            let leaves = paths.filter { document.value(at: $0)?.isString == true }
            guard let path = random.element(leaves) else { return "none" }
            let value = random.element(texts)!
            document.set(value, at: path)
            return "\(path.joined(separator: ".")) = \(value.short)"
        case 2:
            guard let path = random.element(paths.filter { !$0.isEmpty }) else { return "none" }
            let value = random.element(strangers)!
            document.set(value, at: path)
            return "\(path.joined(separator: ".")) = \(value.short)"
        case 3:
            guard let path = random.element(paths.filter { !$0.isEmpty && Int($0.last!) == nil }) else { return "none" }
            document.remove(at: path)
            return "delete \(path.joined(separator: "."))"
        case 4:
            let lists = paths.filter {
                if case .array(let items)? = document.value(at: $0) { !items.isEmpty } else { false }
            }
            guard let path = random.element(lists), case .array(let items)? = document.value(at: path) else {
                return "none"
            }
            let copies = random.below(3) == 0 ? 500 : 1
            document.set(.array(items + Array(repeating: random.element(items)!, count: copies)), at: path)
            return "\(path.joined(separator: ".")) + \(copies) copies of an entry"
        default:
            let (path, value) = random.element(extremes)!
            document.set(value, at: path)
            return "\(path.joined(separator: ".")) = \(value.short)"
        }
    }
}

/// The tiny base scenario (a meeting series keeps the optimality proof out, so `plan` is
/// fast) and its two `.ics` files, and whole hostile texts.
private enum FuzzBase {
    static let scenario: JSONValue = {
        let text = """
            {"version": 1, "name": "fuzz", "horizon": {"from": "2026-09-01", "to": "2026-12-18"},
             "calendar": {"closed": [{"from": "2026-10-12", "to": "2026-10-16", "name": "Efterårsferie"}],
                          "schoolHolidays": [{"from": "2026-10-10", "to": "2026-10-18"}],
                          "closedCalendars": ["closed.ics"]},
             "manuals": [{"id": "uro", "title": "Uro",
                          "training": {"days": 2, "minGapDays": 7, "maxGapDays": 14, "cohortMin": 2, "cohortMax": 6,
                                       "trainers": 1},
                          "supervision": {"sessions": 2, "everyWeeks": 2, "groupMax": 4, "startWithinWeeks": 2,
                                          "mode": "physical"}}],
             "venues": [{"id": "skejby", "name": "Skejby", "location": {"lat": 56.192, "lon": 10.171}, "capacity": 20,
                         "rooms": 1},
                        {"id": "herning", "name": "Herning", "location": {"lat": 56.1, "lon": 8.92}, "capacity": 10}],
             "municipalities": [
                {"id": "aarhus", "name": "Aarhus", "location": {"lat": 56.153, "lon": 10.203}, "stime": true,
                 "manuals": ["uro"],
                 "therapists": [{"id": "aarhus-01", "manuals": ["uro"]},
                                {"id": "aarhus-02", "manuals": ["uro"],
                                 "unavailable": [{"from": "2026-11-02", "to": "2026-11-06"}]},
                                {"id": "aarhus-03", "manuals": ["uro"], "unavailableCalendars": ["therapist.ics"]}]},
                {"id": "samsoe", "name": "Samsø", "location": {"lat": 55.87, "lon": 10.61}, "stime": false}],
             "psychologists": [
                {"id": "p1", "name": "P One", "home": "skejby", "manuals": ["uro"], "maxDaysPerWeek": 2,
                 "maxDaysPerMonth": 6},
                {"id": "p2", "name": "P Two", "home": "herning", "manuals": ["uro"], "maxDaysPerWeek": 1,
                 "maxDaysPerMonth": 4}],
             "meetings": [{"id": "group", "title": "Group", "count": 2,
                           "window": {"from": "2026-09-01", "to": "2026-12-18"}, "slot": "pm",
                           "venues": ["skejby", "herning"], "rotate": true,
                           "attendees": [{"name": "Rep", "origin": {"municipality": "aarhus"}, "psychologist": "p1"}]}]}
            """
        return try! JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }()

    static func calendar(_ events: [String]) -> Data {
        let lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//stime-planner fuzz//EN"] + events + ["END:VCALENDAR"]
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func event(_ uid: String, _ properties: [String]) -> [String] {
        ["BEGIN:VEVENT", "UID:\(uid)@fuzz", "DTSTAMP:20260101T000000Z"] + properties + ["END:VEVENT"]
    }

    static let calendars: [String: Data?] = [
        "closed.ics": calendar(
            event("closed", ["DTSTART;VALUE=DATE:20261223", "DTEND;VALUE=DATE:20261224", "SUMMARY:Lukket"])),
        "therapist.ics": calendar(
            event(
                "busy",
                [
                    "DTSTART;TZID=Europe/Copenhagen:20260915T090000", "DTEND;TZID=Europe/Copenhagen:20260915T120000",
                    "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Optaget",
                ])),
    ]

    static func encode(_ document: JSONValue) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return (try? encoder.encode(document)) ?? Data("{\"unencodable\": true}".utf8)
    }

    /// A whole scenario text that is no scenario: bombs, bytes, nesting, truncation.
    static func hostileText(random: inout FuzzRandom) -> (String, Data) {
        let base = encode(scenario)
        switch random.below(8) {
        case 0:
            var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
            for (previous, name) in zip("abcdefgh", "bcdefghi") {
                lines.append(
                    "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
            }
            return ("bomb.yaml", Data(lines.joined(separator: "\n").utf8))
        case 1:
            return ("bytes.json", Data((0..<4_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
        case 2:
            return (
                "deep.json",
                Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
            )
        case 3:
            return (
                "deep.yaml",
                Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
            )
        case 4:
            return ("cut.json", base.prefix(random.below(base.count)))
        case 5:
            return ("empty.yaml", Data())
        case 6:
            return ("tabs.yaml", Data("version: 1\n\tname: x\n".utf8))
        default:
            return ("key.json", Data("{\"\(String(repeating: "k", count: 1_000_000))\": 1}".utf8))
        }
    }

    /// A hostile `.ics` file (nil: the file is missing).
    static func hostileCalendar(random: inout FuzzRandom) -> (String, Data?) {
        let start = "DTSTART;TZID=Europe/Copenhagen:20260928T090000"
        let end = "DTEND;TZID=Europe/Copenhagen:20260928T100000"
        let choices: [(String, Data?)] = [
            ("secondly", calendar(event("s", [start, end, "RRULE:FREQ=SECONDLY;COUNT=1000000"]))),
            ("minutely until 2099", calendar(event("m", [start, end, "RRULE:FREQ=MINUTELY;UNTIL=20991231T000000Z"]))),
            ("daily forever", calendar(event("d", [start, end, "RRULE:FREQ=DAILY"]))),
            ("ISO date", calendar(event("i", ["DTSTART:2026-09-28T07:00:00Z", "DTEND:2026-09-28T08:00:00Z"]))),
            ("no DTSTART", calendar(event("n", ["SUMMARY:x"]))),
            ("year 0000", calendar(event("y", ["DTSTART;VALUE=DATE:00000101"]))),
            ("year 9999", calendar(event("z", ["DTSTART;VALUE=DATE:99991231", "RRULE:FREQ=YEARLY;COUNT=100000"]))),
            ("unknown TZID", calendar(event("t", ["DTSTART;TZID=Mars/Olympus:20260928T090000"]))),
            ("bad RRULE", calendar(event("r", [start, "RRULE:FREQ=WEEKLY;INTERVAL=0;COUNT=-1;BYDAY=99MO"]))),
            (
                "end before start",
                calendar(
                    event(
                        "e",
                        [
                            end.replacingOccurrences(of: "DTEND", with: "DTSTART"),
                            start
                                .replacingOccurrences(of: "DTSTART", with: "DTEND"),
                        ]))
            ),
            ("random bytes", Data((0..<2_000).map { _ in UInt8(truncatingIfNeeded: random.next()) })),
            ("long line", calendar(event("l", [start, "SUMMARY:" + String(repeating: "x", count: 1_000_000)]))),
            ("unclosed", Data("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VEVENT\r\n".utf8)),
            ("empty", Data()),
            ("missing", nil),
            (
                "many events",
                calendar(
                    (0..<300).flatMap {
                        event("e\($0)", ["DTSTART;VALUE=DATE:20261001", "RRULE:FREQ=DAILY;COUNT=400"])
                    })
            ),
        ]
        return random.element(choices)!
    }
}

/// A run of the binary with a time limit; output goes to files, so a large output cannot block it.
private struct TimedRun {
    var status: Int32 = 0
    var signalled = false
    var timedOut = false
    var standardError = ""

    init(_ arguments: [String], in directory: URL, timeout: TimeInterval) throws {
        guard let url = PlannerBinary.url else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "build stime-planner first"])
        }
        let stamp = UUID().uuidString
        let outURL = directory.appendingPathComponent(".stdout-\(stamp)")
        let errURL = directory.appendingPathComponent(".stderr-\(stamp)")
        let process = try SpawnedProcess(
            url.path, arguments, in: directory, standardOutput: .file(outURL), standardError: .file(errURL))
        let termination: SpawnedProcess.Termination
        if let ended = process.waitUntilExit(timeout: timeout) {
            termination = ended
        } else {
            timedOut = true
            termination = process.end(signal: SIGKILL, grace: 0)
        }
        status = termination.code
        if case .signal = termination { signalled = true }
        standardError = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }
}

/// Failures collected from the workers.
private final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String] = []

    func add(_ entry: String) {
        lock.lock()
        found.append(entry)
        lock.unlock()
    }

    var entries: [String] {
        lock.lock()
        defer { lock.unlock() }
        return found.sorted()
    }
}

/// SplitMix64: the same cases on every machine.
private struct FuzzRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    mutating func element<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[below(items.count)] }
}

extension JSONValue {
    /// Every path in the document, as keys and decimal indices.
    fileprivate func paths(_ prefix: [String] = []) -> [[String]] {
        switch self {
        case .object(let members):
            return [prefix] + members.keys.sorted().flatMap { members[$0]!.paths(prefix + [$0]) }
        case .array(let items):
            return [prefix] + items.indices.flatMap { items[$0].paths(prefix + [String($0)]) }
        default:
            return [prefix]
        }
    }

    fileprivate func value(at path: [String]) -> JSONValue? {
        guard let first = path.first else { return self }
        switch self {
        case .object(let members): return members[first]?.value(at: Array(path.dropFirst()))
        case .array(let items):
            guard let index = Int(first), items.indices.contains(index) else { return nil }
            return items[index].value(at: Array(path.dropFirst()))
        default: return nil
        }
    }

    fileprivate mutating func set(_ value: JSONValue, at path: [String]) {
        guard let first = path.first else {
            self = value
            return
        }
        switch self {
        case .object(var members):
            var member = members[first] ?? .null
            member.set(value, at: Array(path.dropFirst()))
            members[first] = member
            self = .object(members)
        case .array(var items):
            guard let index = Int(first), items.indices.contains(index) else { return }
            items[index].set(value, at: Array(path.dropFirst()))
            self = .array(items)
        default:
            return
        }
    }

    fileprivate mutating func remove(at path: [String]) {
        guard let last = path.last else { return }
        let parentPath = Array(path.dropLast())
        guard case .object(var members)? = value(at: parentPath) else { return }
        members[last] = nil
        set(.object(members), at: parentPath)
    }

    fileprivate var isNumber: Bool {
        switch self {
        case .int, .double: true
        default: false
        }
    }

    fileprivate var isString: Bool {
        if case .string = self { return true }
        return false
    }

    /// A short description for failure messages.
    fileprivate var short: String {
        switch self {
        case .string(let text): text.count > 30 ? "'\(text.prefix(30))…' (\(text.count))" : "'\(text)'"
        case .int(let number): "\(number)"
        case .double(let number): "\(number)"
        case .bool(let flag): "\(flag)"
        case .null: "null"
        case .array(let items): "a list of \(items.count)"
        case .object(let members): "{\(members.keys.sorted().joined(separator: ", "))}"
        }
    }
}
