import PlanningModel

/// Stable, safe identifiers for `UID`s and file names.
enum Identifiers {
    /// The `UID` of the calendar entry `key`: `training-uro-1-2@stime-planner`,
    /// `session-uro-1-g1-3@stime-planner`, `meeting-implementeringsgruppe-2026-4@stime-planner`.
    ///
    /// It depends on the key alone, so an entry keeps its `UID` in every re-plan that keeps
    /// its key, whatever else changes (dates, people, the scenario's name). Different keys
    /// give different `UID`s: the id is percent-encoded by ``component(_:)`` and the number
    /// ends the local part.
    static func uid(of key: ActivityKey) -> String {
        "\(key.kind.rawValue)-\(component(key.activityID))-\(key.number)@stime-planner"
    }

    /// `id` with every character outside `A–Z a–z 0–9 . _ -` percent-encoded (UTF-8), so
    /// that different ids stay different and the result is safe in a file name and a `UID`.
    static func component(_ id: String) -> String {
        var result = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
