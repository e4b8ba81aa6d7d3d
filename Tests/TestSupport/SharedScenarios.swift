import Foundation

/// The shared scenarios, copied into the test bundle.
public enum SharedScenarios {
    /// File names of every shared scenario.
    public static let names = ["midtjylland-2026.json", "tight-2026.json", "tiny-1.json", "tiny-2.json"]

    /// URL of a shared scenario by file name.
    public static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Scenarios/\(name)", withExtension: nil)!
    }
}
