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

/// The words of violation messages and contribution labels: the `checker` section of a
/// string table, with the names of slots, modes, people and weekdays in its language.
struct CheckerWording: Sendable {
    /// The whole table (`checker.*` and the rest).
    let strings: StringTable

    /// The text of `checker.<key>` with each `{name}` of `values` filled in.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        strings.format("checker.\(key)", values)
    }

    /// `am`, `pm` in English; `formiddag`, `eftermiddag` in Danish.
    func slot(_ slot: Slot) -> String { self("slot.\(slot.rawValue)") }

    /// A calendar entry's slot, `day` for a whole training day.
    func slot(_ slot: EntrySlot) -> String { self("slot.\(slot.rawValue)") }

    /// The slot a manual's supervision uses (`any` for either).
    func slot(_ preference: SlotPreference) -> String { self("slot.\(preference.rawValue)") }

    /// Slots joined by commas.
    func slots(_ slots: [Slot]) -> String { slots.map(slot).joined(separator: ", ") }

    /// `physical` or `virtual`.
    func mode(_ mode: SupervisionMode) -> String { self("mode.\(mode.rawValue)") }

    /// The weekday's full name.
    func weekday(_ weekday: Weekday) -> String {
        let names = strings.list("checker.weekdays")
        return names.count == 7 ? names[weekday.isoIndex] : weekday.rawValue
    }

    /// A public holiday's name in the table's language.
    func name(of holiday: PublicHoliday) -> String {
        strings.language == .da ? holiday.danishName : holiday.englishName
    }

    /// The sentence for a field that differs between base and re-plan
    /// (`venue a in the base, b in the re-plan`).
    func difference(_ field: String, base: String, replan: String) -> String {
        self("difference", ["field": self("field.\(field)"), "base": base, "replan": replan])
    }
}
