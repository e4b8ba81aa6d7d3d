import PlanningModel

/// Adding and removing whole activities (a training day, a supervision session, a meeting)
/// and whole cohorts, each checked against H1 and H6–H9 first.
extension ResourceUsage {
    /// Whether a training day of a cohort fits on day `d` (H1, H6, H7, H8, H9).
    func trainingFits(_ instance: Instance, venue: Int, trainers: [Int], members: [Int], day d: Int) -> Bool {
        guard d >= 0, d < dayCount, instance.isWorkday[d], venueFits(instance, venue, d, mask: Slot.wholeDay) else {
            return false
        }
        for p in trainers where !psychologistFits(instance, p, d, mask: Slot.wholeDay, venue: venue) { return false }
        for n in members {
            let need = instance.needs[n]
            if d < need.readyIndex || instance.therapistMask(need.therapist, d) != Slot.wholeDay
                || !therapistFits(need.therapist, d, mask: Slot.wholeDay)
            {
                return false
            }
        }
        return true
    }

    mutating func addTraining(_ instance: Instance, venue: Int, trainers: [Int], members: [Int], day d: Int) {
        changeVenue(venue, d, mask: Slot.wholeDay, by: 1)
        for p in trainers { addPsychologist(instance, p, d, mask: Slot.wholeDay, venue: venue) }
        for n in members { addTherapist(instance.needs[n].therapist, d, mask: Slot.wholeDay) }
    }

    mutating func removeTraining(_ instance: Instance, venue: Int, trainers: [Int], members: [Int], day d: Int) {
        changeVenue(venue, d, mask: Slot.wholeDay, by: -1)
        for p in trainers { removePsychologist(instance, p, d, mask: Slot.wholeDay, venue: venue) }
        for n in members { removeTherapist(instance.needs[n].therapist, d, mask: Slot.wholeDay) }
    }

    /// Whether a supervision session of `group` fits on day `d` in the group's slot.
    func sessionFits(_ instance: Instance, _ group: GroupState, day d: Int) -> Bool {
        guard d >= 0, d < dayCount, instance.isWorkday[d] else { return false }
        let mask = group.slot.mask
        if let venue = group.venue, !venueFits(instance, venue, d, mask: mask) { return false }
        if !psychologistFits(instance, group.supervisor, d, mask: mask, venue: group.venue) { return false }
        for n in group.members where !therapistFits(instance.needs[n].therapist, d, mask: mask) { return false }
        return true
    }

    mutating func addSession(_ instance: Instance, _ group: GroupState, day d: Int) {
        let mask = group.slot.mask
        if let venue = group.venue { changeVenue(venue, d, mask: mask, by: 1) }
        addPsychologist(instance, group.supervisor, d, mask: mask, venue: group.venue)
        for n in group.members { addTherapist(instance.needs[n].therapist, d, mask: mask) }
    }

    mutating func removeSession(_ instance: Instance, _ group: GroupState, day d: Int) {
        let mask = group.slot.mask
        if let venue = group.venue { changeVenue(venue, d, mask: mask, by: -1) }
        removePsychologist(instance, group.supervisor, d, mask: mask, venue: group.venue)
        for n in group.members { removeTherapist(instance.needs[n].therapist, d, mask: mask) }
    }

    /// Whether a meeting of series `s` fits on day `d` at venue `v`.
    func meetingFits(_ instance: Instance, series s: Instance.SeriesInfo, day d: Int, venue v: Int) -> Bool {
        guard d >= 0, d < dayCount, instance.isWorkday[d] else { return false }
        let mask = s.slot.mask
        if !venueFits(instance, v, d, mask: mask) { return false }
        for p in s.psychologists where !psychologistFits(instance, p, d, mask: mask, venue: v) { return false }
        return true
    }

    mutating func addMeeting(_ instance: Instance, series s: Instance.SeriesInfo, day d: Int, venue v: Int) {
        let mask = s.slot.mask
        changeVenue(v, d, mask: mask, by: 1)
        for p in s.psychologists { addPsychologist(instance, p, d, mask: mask, venue: v) }
    }

    mutating func removeMeeting(_ instance: Instance, series s: Instance.SeriesInfo, day d: Int, venue v: Int) {
        let mask = s.slot.mask
        changeVenue(v, d, mask: mask, by: -1)
        for p in s.psychologists { removePsychologist(instance, p, d, mask: mask, venue: v) }
    }

    // MARK: Whole cohorts

    /// Adds a scheduled cohort and its groups; on the first activity that does not fit,
    /// undoes what it added and returns false.
    mutating func addCohort(_ instance: Instance, _ c: CohortState) -> Bool {
        var doneDays = 0
        for d in c.days {
            guard trainingFits(instance, venue: c.venue, trainers: c.trainers, members: c.members, day: d) else {
                for k in 0..<doneDays {
                    removeTraining(instance, venue: c.venue, trainers: c.trainers, members: c.members, day: c.days[k])
                }
                return false
            }
            addTraining(instance, venue: c.venue, trainers: c.trainers, members: c.members, day: d)
            doneDays += 1
        }
        for (gi, g) in c.groups.enumerated() {
            if addGroup(instance, g) { continue }
            for prior in c.groups[..<gi] { for e in prior.sessions { removeSession(instance, prior, day: e) } }
            for e in c.days {
                removeTraining(instance, venue: c.venue, trainers: c.trainers, members: c.members, day: e)
            }
            return false
        }
        return true
    }

    /// Removes a cohort that was added with ``addCohort(_:_:)``.
    mutating func removeCohort(_ instance: Instance, _ c: CohortState) {
        for g in c.groups { for d in g.sessions { removeSession(instance, g, day: d) } }
        for d in c.days { removeTraining(instance, venue: c.venue, trainers: c.trainers, members: c.members, day: d) }
    }

    /// Adds one group's sessions, all or nothing.
    mutating func addGroup(_ instance: Instance, _ g: GroupState) -> Bool {
        for (si, d) in g.sessions.enumerated() {
            guard sessionFits(instance, g, day: d) else {
                for k in 0..<si { removeSession(instance, g, day: g.sessions[k]) }
                return false
            }
            addSession(instance, g, day: d)
        }
        return true
    }
}
