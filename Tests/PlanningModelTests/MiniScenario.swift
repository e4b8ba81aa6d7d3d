import Foundation

@testable import PlanningModel

/// A small valid scenario as YAML text, and helpers to break it in one place.
enum MiniScenario {
    static let yaml = """
        version: 1
        name: mini
        horizon: {from: 2026-09-01, to: 2026-12-18}
        slots:
          am: {start: "09:00", end: "12:00"}
          pm: {start: "12:30", end: "15:30"}
        manuals:
          - id: uro
            title: Uro
            training: {days: 2, minGapDays: 7, maxGapDays: 14, cohortMin: 2, cohortMax: 6, trainers: 1}
            supervision: {sessions: 2, everyWeeks: 2, groupMax: 4, startWithinWeeks: 2, mode: virtual}
        venues:
          - id: skejby
            name: Skejby
            location: {lat: 56.192, lon: 10.171}
            capacity: 20
            unavailable:
              - {from: 2026-10-01, to: 2026-10-02}
        municipalities:
          - id: aarhus
            name: Aarhus
            location: {lat: 56.153, lon: 10.203}
            stime: true
            manuals: [uro]
            therapists:
              - id: aarhus-01
                manuals: [uro]
              - id: aarhus-02
                manuals: [uro]
          - id: samsoe
            name: Samsø
            location: {lat: 55.87, lon: 10.61}
            stime: false
        psychologists:
          - id: p1
            name: P One
            home: skejby
            manuals: [uro]
            maxDaysPerWeek: 2
            maxDaysPerMonth: 6
        meetings:
          - id: group
            title: Group
            count: 2
            window: {from: 2026-09-01, to: 2026-12-18}
            slot: pm
            venues: [skejby]
            attendees:
              - name: Rep
                origin: {municipality: aarhus}
                psychologist: p1

        """

    /// The YAML with the first occurrence of `old` replaced by `new`.
    static func replacing(_ old: String, with new: String) -> String {
        guard let range = yaml.range(of: old) else { fatalError("'\(old)' is not in the mini scenario") }
        return yaml.replacingCharacters(in: range, with: new)
    }

    /// 1-based line of the `occurrence`-th line containing `needle` in `text` (0 when there is none).
    static func line(of needle: String, in text: String, occurrence: Int = 1) -> Int {
        let lines = text.components(separatedBy: "\n")
        let matches = lines.indices.filter { lines[$0].contains(needle) }
        return matches.count >= occurrence ? matches[occurrence - 1] + 1 : 0
    }

    /// Loads `text` as `fileName` and returns every issue (errors and warnings) it raises.
    static func issues(_ text: String, fileName: String = "mini.yaml", reader: (any ExternalCalendarReader)? = nil)
        -> [ScenarioIssue]
    {
        do {
            let loaded = try ScenarioLoader(calendarReader: reader)
                .load(data: Data(text.utf8), fileName: fileName, baseDirectory: nil)
            return loaded.warnings
        } catch {
            switch error {
            case .invalid(let issues): return issues
            case .unreadable(let file, let reason): fatalError("unexpected unreadable \(file): \(reason)")
            }
        }
    }

    /// Only the errors of `text`.
    static func errors(_ text: String, fileName: String = "mini.yaml") -> [ScenarioIssue] {
        issues(text, fileName: fileName).filter(\.isError)
    }
}
