import PlanTemplates
import PlanningModel

/// The string tables the checker's terminal texts come from (`check`, `explain`): the
/// report's, so that every text of one language lives in one file.
enum CheckerStrings {
    /// The bundled English table, the language of the library's default texts.
    static let english = table(.en)

    /// The bundled table of `language`; an empty one (texts show their keys, or the English
    /// names where the code has them) when the installation lacks it.
    static func table(_ language: OutputLanguage) -> StringTable {
        (try? StringTable.bundled(language)) ?? StringTable(language: language, entries: [:])
    }
}
