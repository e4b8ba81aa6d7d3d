import Foundation

/// Reads a pins file (REPLAN.md, "Inputs") strictly: a JSON array whose elements are each
/// exactly one of `{"cohort": ID}`, `{"group": ID}`, `{"meeting": {"series": ID, "index": N}}`
/// or `{"membership": {"therapist": ID, "group": ID}}`. Unknown keys and wrong types are
/// errors, with file, JSON path, line and column.
///
/// Given the base plan, every pin must name something in it: a cohort, a group or a meeting
/// of the base, and a membership's group (its therapist need not be a member yet: the pin
/// asks the re-plan to keep or put them there).
public enum PinsLoader {
    /// Loads the pins file at `path`.
    ///
    /// - Parameter base: the plan the pins refer to; nil to check the file's form only.
    /// - Throws: ``DocumentLoadError/unreadable(file:reason:)`` when the file is missing, a
    ///   folder or unreadable; ``DocumentLoadError/invalid(document:issues:)`` otherwise.
    public static func load(_ path: String, base: Plan? = nil) throws(DocumentLoadError) -> Pins {
        try load(data: JSONInputDocument.read(path), fileName: path, base: base)
    }

    /// Loads pins from bytes; `fileName` names them in messages.
    ///
    /// - Throws: ``DocumentLoadError/invalid(document:issues:)`` as for ``load(_:base:)``.
    public static func load(data: Data, fileName: String, base: Plan? = nil) throws(DocumentLoadError) -> Pins {
        let document = try JSONInputDocument(
            data: data, fileName: fileName, document: "pins file", schema: EmbeddedResources.pinsSchema)
        let pins = try document.decode([Pin].self)
        guard let base else { return Pins(pins) }
        let issues = pins.enumerated().compactMap { index, pin in
            unknownReference(pin, in: base).map { document.issue(SourcePath.root.index(index), $0) }
        }
        if !issues.isEmpty {
            throw .invalid(document: "pins file", issues: issues)
        }
        return Pins(pins)
    }

    /// Why `pin` names nothing in `base`, or nil when it does.
    private static func unknownReference(_ pin: Pin, in base: Plan) -> String? {
        switch pin {
        case .cohort(let id):
            base.cohorts.contains { $0.id == id } ? nil : "the base plan has no cohort '\(id)'"
        case .group(let id), .membership(_, let id):
            base.supervisionGroups.contains { $0.id == id } ? nil : "the base plan has no supervision group '\(id)'"
        case .meeting(let series, let index):
            base.meetings.contains { $0.series == series && $0.index == index }
                ? nil : "the base plan has no meeting \(index) of series '\(series)'"
        }
    }
}
