/// What a switch-over of outputs is about to do, written before its first rename
/// (`.stime-planner-switch-PID`), so that the next run can finish or undo it when the
/// process dies half-way: the outputs it puts in place, in order (the last is the commit
/// point), and which of them existed before.
struct SwitchJournal: Equatable {
    /// The folder and the single files switched in, in order.
    let writes: [String]
    /// The outputs that existed before (and are kept as old copies until the commit).
    let existed: Set<String>

    init(writes: [String], existed: Set<String>) {
        self.writes = writes
        self.existed = existed
    }

    /// Reads the journal's text; nil when it is not one or was cut off (then no rename had
    /// happened yet: the journal is complete before the first one).
    init?(text: String) {
        guard text.hasSuffix("\nend\n") else { return nil }
        var writes: [String] = []
        var existed = Set<String>()
        for line in text.split(separator: "\n").dropLast() {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            switch parts[0] {
            case "writes": writes.append(parts[1])
            case "existed": existed.insert(parts[1])
            default: return nil
            }
        }
        guard !writes.isEmpty else { return nil }
        self.init(writes: writes, existed: existed)
    }

    /// One line per entry (`writes calendars`, `existed plan.json`), then `end`.
    var text: String {
        (writes.map { "writes \($0)\n" } + existed.sorted().map { "existed \($0)\n" }).joined() + "end\n"
    }
}
