import Foundation

/// One change to a scenario, as `whatif` takes it on the command line: someone away, a
/// therapist who leaves or joins, a venue closed, a psychologist certified.
///
/// A change is applied to the scenario *document* (the JSON as written, see
/// ``LoadedScenario/document``), so that the changed scenario is read and validated like
/// any other and keeps its `.ics` calendars.
public enum WhatIfChange: Sendable, Equatable {
    /// `--absent PERSON:FROM..TO`: a psychologist or therapist unavailable from `range.from` to `range.to`.
    case absent(person: String, range: DateRange)
    /// `--leave THERAPIST`: the therapist leaves (their needs go, and so do their entries).
    case leave(therapist: String)
    /// `--join FILE`: a therapist (as in a scenario) joins `municipality`.
    case join(therapist: JSONValue, municipality: String)
    /// `--close VENUE:FROM..TO`: the venue is closed from `range.from` to `range.to`.
    case close(venue: String, range: DateRange)
    /// `--certify PSYCHOLOGIST:MANUAL`: the psychologist is certified for the manual.
    case certify(psychologist: String, manual: String)

    /// Parses `ID:FROM..TO` (`--absent`, `--close`).
    ///
    /// - Throws: ``WhatIfChangeError/syntax(_:)`` naming the option and the expected form.
    public static func parseRange(_ text: String, option: String) throws(WhatIfChangeError) -> (String, DateRange) {
        let form = "\(option) expects ID:FROM..TO with dates as YYYY-MM-DD, for example x:2026-06-01..2026-06-30"
        guard let colon = text.firstIndex(of: ":") else { throw .syntax("\(form); got '\(text)'") }
        let id = String(text[..<colon])
        let dates = text[text.index(after: colon)...].components(separatedBy: "..")
        guard !id.isEmpty, dates.count == 2, let from = CalendarDay(iso: dates[0]), let to = CalendarDay(iso: dates[1])
        else { throw .syntax("\(form); got '\(text)'") }
        guard from <= to else { throw .syntax("\(option) '\(text)': \(from) is after \(to)") }
        return (id, DateRange(from: from, to: to))
    }

    /// Parses `PSYCHOLOGIST:MANUAL` (`--certify`).
    public static func parsePair(_ text: String, option: String) throws(WhatIfChangeError) -> (String, String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .syntax("\(option) expects PSYCHOLOGIST:MANUAL, for example bua-p03:ocd; got '\(text)'")
        }
        return (parts[0], parts[1])
    }

    /// Reads a `--join` file: one therapist as in a scenario (`id`, `manuals`, optional
    /// `name`, `email`, `unavailable`) plus `municipality`, in JSON or YAML.
    ///
    /// - Throws: ``WhatIfChangeError/file(_:)`` with the file's problem (66 when it cannot be
    ///   read), ``WhatIfChangeError/invalid(_:)`` when it is not such an object.
    public static func join(file path: String) throws(WhatIfChangeError) -> WhatIfChange {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable("\(path): error: no such file or it cannot be read")
        }
        let document: SourceDocument
        do {
            document = try SourceDocument.parse(data, fileName: path)
        } catch {
            throw .invalid(error.description)
        }
        guard case .object(var fields) = document.root.jsonValue else {
            throw .invalid("\(path): error: a joining therapist is an object with 'municipality', 'id' and 'manuals'")
        }
        guard case .string(let municipality)? = fields.removeValue(forKey: "municipality") else {
            throw .invalid("\(path): error: missing 'municipality' (the id of the municipality the therapist joins)")
        }
        return .join(therapist: .object(fields), municipality: municipality)
    }

    /// The scenario document with this change applied.
    ///
    /// - Parameters:
    ///   - document: the scenario as written.
    ///   - scenario: the same scenario, decoded (to find ids).
    /// - Throws: ``WhatIfChangeError/invalid(_:)`` when an id is unknown.
    public func applied(to document: JSONValue, scenario: Scenario) throws(WhatIfChangeError) -> JSONValue {
        let patch: [PatchOperation]
        switch self {
        case .absent(let person, let range):
            let value = JSONValue.object(["from": .string("\(range.from)"), "to": .string("\(range.to)")])
            if let p = scenario.psychologists.firstIndex(where: { $0.id == person }) {
                patch = Self.append(value, to: "/psychologists/\(p)/unavailable", in: document)
            } else if let (u, t) = Self.therapistIndex(person, in: scenario) {
                patch = Self.append(value, to: "/municipalities/\(u)/therapists/\(t)/unavailable", in: document)
            } else {
                throw .invalid("--absent: the scenario has no psychologist or therapist '\(person)'")
            }
        case .leave(let therapist):
            guard let (u, t) = Self.therapistIndex(therapist, in: scenario) else {
                throw .invalid("--leave: the scenario has no therapist '\(therapist)'")
            }
            patch = [PatchOperation(op: .remove, path: "/municipalities/\(u)/therapists/\(t)")]
        case .join(let therapist, let municipality):
            guard let u = scenario.municipalities.firstIndex(where: { $0.id == municipality }) else {
                throw .invalid(
                    "--join: the scenario has no municipality '\(municipality)' (known: "
                        + scenario.municipalities.map(\.id).joined(separator: ", ") + ")")
            }
            if case .string(let id)? = therapist.value(at: "/id"), Self.therapistIndex(id, in: scenario) != nil {
                throw .invalid("--join: the scenario already has a therapist '\(id)'")
            }
            patch = Self.append(therapist, to: "/municipalities/\(u)/therapists", in: document)
        case .close(let venue, let range):
            guard let v = scenario.venues.firstIndex(where: { $0.id == venue }) else {
                throw .invalid(
                    "--close: the scenario has no venue '\(venue)' (known: "
                        + scenario.venues.map(\.id).joined(separator: ", ") + ")")
            }
            let value = JSONValue.object(["from": .string("\(range.from)"), "to": .string("\(range.to)")])
            patch = Self.append(value, to: "/venues/\(v)/unavailable", in: document)
        case .certify(let psychologist, let manual):
            guard let p = scenario.psychologists.firstIndex(where: { $0.id == psychologist }) else {
                throw .invalid("--certify: the scenario has no psychologist '\(psychologist)'")
            }
            guard scenario.manuals.contains(where: { $0.id == manual }) else {
                throw .invalid(
                    "--certify: the scenario has no manual '\(manual)' (known: "
                        + scenario.manuals.map(\.id).joined(separator: ", ") + ")")
            }
            guard !scenario.psychologists[p].manuals.contains(manual) else { return document }
            patch = [PatchOperation(op: .add, path: "/psychologists/\(p)/manuals/-", value: .string(manual))]
        }
        do {
            return try document.applying(patch)
        } catch {
            throw .invalid("cannot apply \(self): \(error)")
        }
    }

    /// Adds `value` to the array at `pointer`, creating the array when the document has none.
    private static func append(_ value: JSONValue, to pointer: String, in document: JSONValue) -> [PatchOperation] {
        document.value(at: pointer) == nil
            ? [PatchOperation(op: .add, path: pointer, value: .array([value]))]
            : [PatchOperation(op: .add, path: pointer + "/-", value: value)]
    }

    private static func therapistIndex(_ id: String, in scenario: Scenario) -> (Int, Int)? {
        for (u, municipality) in scenario.municipalities.enumerated() {
            if let t = municipality.therapists.firstIndex(where: { $0.id == id }) { return (u, t) }
        }
        return nil
    }
}

/// Why a what-if change cannot be used.
public enum WhatIfChangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The option is not written as expected (wrong usage).
    case syntax(String)
    /// The change names something the scenario does not have, or a join file is not a therapist.
    case invalid(String)
    /// A join file cannot be read.
    case unreadable(String)

    public var description: String {
        switch self {
        case .syntax(let message), .invalid(let message), .unreadable(let message): message
        }
    }
}
