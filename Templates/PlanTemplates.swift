import Foundation

/// Locates the Mustache templates that ship with stime-planner.
///
/// The templates live in the top-level `Templates/` folder of the package and are
/// copied next to the binary as a SwiftPM resource bundle. A caller may point at
/// another folder (the `--templates DIR` option) to use its own wording.
public enum PlanTemplates {
    /// The folder holding the bundled templates of one kind (`calendar`, `report` or `pages`).
    public static func bundledDirectory(_ kind: String) -> URL? {
        Bundle.module.url(forResource: kind, withExtension: nil)
    }
}
