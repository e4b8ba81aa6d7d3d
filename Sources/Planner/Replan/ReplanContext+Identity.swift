/// Which base group each supervision group of a cohort continues (REPLAN.md: groups keep
/// their base ids).
extension ReplanContext {
    /// Gives the untagged groups of `c` the ids of its base cohort's groups that no group
    /// keeps yet, most shared members (and same supervisor) first.
    ///
    /// Keeping a base id never costs more S11 than a new id (the people who stay keep their
    /// entries when the dates stay), so every base group is taken while there is one left.
    /// A cohort without a base cohort has only new groups.
    func retagGroups(_ c: inout CohortState) {
        guard c.tag >= 0 else {
            for i in c.groups.indices { c.groups[i].tag = -1 }
            return
        }
        let base = cohorts[c.tag].groups
        var taken = [Bool](repeating: false, count: base.count)
        for i in c.groups.indices {
            let tag = c.groups[i].tag
            if tag >= 0, tag < base.count, !taken[tag] {
                taken[tag] = true
            } else {
                c.groups[i].tag = -1
            }
        }
        var pairs: [(overlap: Int, group: Int, base: Int)] = []
        for i in c.groups.indices where c.groups[i].tag < 0 {
            for j in base.indices where !taken[j] {
                let shared = Self.commonCount(base[j].members, c.groups[i].members)
                pairs.append((shared + (base[j].supervisor == c.groups[i].supervisor ? 1 : 0), i, j))
            }
        }
        pairs.sort { ($1.overlap, $0.group, $0.base) < ($0.overlap, $1.group, $1.base) }
        for pair in pairs where c.groups[pair.group].tag < 0 && !taken[pair.base] {
            c.groups[pair.group].tag = pair.base
            taken[pair.base] = true
        }
    }
}
