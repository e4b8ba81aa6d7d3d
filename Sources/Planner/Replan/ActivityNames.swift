/// The ids of cohorts and supervision groups in a plan: `<manual>-<n>` and `<cohort>-g<n>`
/// numbered in plan order; in a re-plan, every cohort and group that continues a base one
/// keeps its base id, and new ones get the next numbers that no base activity used.
struct ActivityNames {
    private let replan: ReplanContext?
    private var used: Set<String>

    init(instance: Instance) {
        replan = instance.replan
        used = instance.replan?.usedIDs ?? []
    }

    /// The id of cohort `c`, the `number`-th of its manual in plan order.
    mutating func cohort(_ c: CohortState, manual: String, number: Int) -> String {
        if let replan, c.tag >= 0 { return replan.cohorts[c.tag].id }
        return fresh("\(manual)-", from: number)
    }

    /// The id of group `g`, the `number`-th of cohort `c` (whose id is `cohortID`).
    mutating func group(_ g: GroupState, of c: CohortState, cohortID: String, number: Int) -> String {
        if let replan, c.tag >= 0, g.tag >= 0 { return replan.cohorts[c.tag].groups[g.tag].id }
        return fresh("\(cohortID)-g", from: number)
    }

    private mutating func fresh(_ prefix: String, from number: Int) -> String {
        var n = number
        while used.contains("\(prefix)\(n)") { n += 1 }
        used.insert("\(prefix)\(n)")
        return "\(prefix)\(n)"
    }
}
