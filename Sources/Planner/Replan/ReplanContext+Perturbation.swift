/// S11, perturbation (REPLAN.md): per (person, key) over entries on or after today, +1 when
/// the person had the key in the base and the re-plan gives it another date, slot or venue
/// or no longer gives it to them, +1 when the person gets a key they did not have.
///
/// The search keeps S11 per cohort and per meeting series like every other term: a cohort's
/// part is its keys' cost *minus* what losing its base cohort would cost, so that
/// ``removalCount`` plus the parts of all cohorts is the whole term (base cohorts that no
/// cohort keeps are lost). The parts are unweighted counts here; ``Evaluator`` weighs them.
extension ReplanContext {
    /// S11 (unweighted) of cohort `c` and its groups, relative to losing its base cohort.
    func cohortCount(_ instance: Instance, _ c: CohortState) -> Int {
        let people = persons(instance, needs: c.members, psychologists: c.trainers)
        guard c.tag >= 0 else {
            var count = c.days.filter { $0 >= todayIndex }.count * people.count
            for g in c.groups {
                count += g.sessions.filter { $0 >= todayIndex }.count * groupPersons(instance, g).count
            }
            return count
        }
        let base = cohorts[c.tag]
        var count = 0
        for k in 0..<max(base.days.count, c.days.count) {
            let before = k < base.days.count ? base.days[k] : nil
            let after = k < c.days.count ? c.days[k] : nil
            count += keyCost(
                before, after, same: before == after && base.venue == c.venue, base.people, people)
        }
        var matched = [Bool](repeating: false, count: base.groups.count)
        for g in c.groups {
            let groupPeople = groupPersons(instance, g)
            guard g.tag >= 0 else {
                count += g.sessions.filter { $0 >= todayIndex }.count * groupPeople.count
                continue
            }
            matched[g.tag] = true
            let b = base.groups[g.tag]
            let sameSpot = !b.venueGone && b.venue == g.venue && b.slot == g.slot
            for k in 0..<max(b.sessions.count, g.sessions.count) {
                let before = k < b.sessions.count ? b.sessions[k] : nil
                let after = k < g.sessions.count ? g.sessions[k] : nil
                count += keyCost(before, after, same: sameSpot && before == after, b.people, groupPeople)
            }
        }
        for (j, b) in base.groups.enumerated() where !matched[j] {
            count += b.sessions.filter { $0 >= todayIndex }.count * b.people.count
        }
        return count - base.removal
    }

    /// S11 (unweighted) of meeting series `s` with `planned` meetings.
    func seriesCount(_ s: Int, _ planned: [MeetingState]) -> Int {
        let row = meetings[s]
        let people = seriesPeople[s]
        var count = 0
        for k in 0..<max(row.count, planned.count) {
            let before = k < row.count ? row[k] : nil
            let after = k < planned.count ? planned[k] : nil
            guard (before.map { $0.day >= todayIndex } ?? false) || (after.map { $0.day >= todayIndex } ?? false)
            else { continue }
            if let before, let after, before.day == after.day, before.venue == after.venue { continue }
            count += people
        }
        return count
    }

    /// The cost of one key: `before` and `after` are its dates in the base and the re-plan
    /// (nil when absent), `same` whether date, slot and venue are all unchanged.
    private func keyCost(_ before: Int?, _ after: Int?, same: Bool, _ basePeople: [Int], _ newPeople: [Int]) -> Int {
        guard (before.map { $0 >= todayIndex } ?? false) || (after.map { $0 >= todayIndex } ?? false) else { return 0 }
        guard before != nil else { return newPeople.count }
        guard after != nil else { return basePeople.count }
        let common = Self.commonCount(basePeople, newPeople)
        let added = newPeople.count - common
        return same ? basePeople.count - common + added : basePeople.count + added
    }

    // MARK: Costs for the dynamic programmes

    /// For a cohort keeping a base cohort at the same venue: the base day of each training
    /// day and the weighted cost of giving it any other date (the people who keep the key).
    func trainingShift(_ instance: Instance, _ c: CohortState) -> (days: [Int], cost: Int)? {
        guard c.tag >= 0, cohorts[c.tag].venue == c.venue else { return nil }
        let base = cohorts[c.tag]
        let people = persons(instance, needs: c.members, psychologists: c.trainers)
        return (base.days, weight * Self.commonCount(base.people, people))
    }

    /// For a group keeping a base group at the same venue and slot: the base date of each
    /// session and the weighted cost of giving it any other date.
    func sessionShift(_ instance: Instance, cohortTag: Int, _ g: GroupState) -> (days: [Int], cost: Int)? {
        guard cohortTag >= 0, g.tag >= 0 else { return nil }
        let base = cohorts[cohortTag].groups[g.tag]
        guard !base.venueGone, base.venue == g.venue, base.slot == g.slot else { return nil }
        return (base.sessions, weight * Self.commonCount(base.people, groupPersons(instance, g)))
    }

    // MARK: People

    /// Person indices of need members and psychologists, ascending and unique.
    func persons(_ instance: Instance, needs: [Int], psychologists: [Int]) -> [Int] {
        Array(
            Set(
                needs.map { therapistPerson[instance.needs[$0].therapist] }
                    + psychologists.map { psychologistPerson[$0] })
        )
        .sorted()
    }

    func groupPersons(_ instance: Instance, _ g: GroupState) -> [Int] {
        persons(instance, needs: g.members, psychologists: [g.supervisor])
    }

    /// Elements two ascending arrays have in common.
    static func commonCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}
