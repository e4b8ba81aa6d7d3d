import Foundation

/// Reads a `plan.json` strictly: well-formed JSON that matches `plan.schema.json` (with the
/// re-plan fields of REPLAN.md) and decodes as a ``Plan``. Keys the schema does not name are
/// allowed, as the schema allows them.
///
/// ```swift
/// let base = try PlanLoader.load("published/plan.json")
/// ```
public enum PlanLoader {
    /// Loads the plan at `path`.
    ///
    /// - Throws: ``DocumentLoadError/unreadable(file:reason:)`` when the file is missing, a
    ///   folder or unreadable; ``DocumentLoadError/invalid(document:issues:)`` with file, JSON
    ///   path, line and column of every problem.
    public static func load(_ path: String) throws(DocumentLoadError) -> Plan {
        try load(data: JSONInputDocument.read(path), fileName: path)
    }

    /// Loads a plan from bytes; `fileName` names it in messages.
    ///
    /// - Throws: ``DocumentLoadError/invalid(document:issues:)`` as for ``load(_:)``.
    public static func load(data: Data, fileName: String) throws(DocumentLoadError) -> Plan {
        let document = try JSONInputDocument(
            data: data, fileName: fileName, document: "plan", schema: EmbeddedResources.planSchema)
        return try document.decode(Plan.self)
    }
}
