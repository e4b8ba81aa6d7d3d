/// Exact objective terms (PROBLEM.md §5), weighted, as integers.
///
/// Terms are kept per cohort and per meeting series, so the search only recomputes the
/// parts a move touched; ``fromScratch(_:_:)`` recomputes everything, including a fresh
/// ``ResourceUsage``, and is what tests compare the incremental figures with.
enum Evaluator {
    /// Weighted S2, S3, S5, S7, S9 and S10 of one cohort and its groups.
    static func cohortTerms(_ instance: Instance, _ c: CohortState) -> TermVector {
        var t = TermVector()
        let w = instance.weights
        var km = 0
        for n in c.members { km += instance.kmMunicipality(instance.needs[n].municipality, c.venue) }
        for p in c.trainers { km += instance.kmPsychologist(p, c.venue) }
        var travel = 2 * km * c.days.count
        var school = c.days.reduce(0) { $0 + (instance.isSchoolHoliday[$1] ? 1 : 0) }
        if let last = c.days.last {
            let lastOrdinal = instance.startOrdinal + last
            t[.waiting] = w.waitPerDay * c.members.reduce(0) { $0 + (lastOrdinal - instance.needs[$1].readyOrdinal) }
        }
        let manual = instance.manuals[c.manual]
        let cadence = manual.supervision.cadenceDays
        var discontinuous = 0
        var irregular = 0
        var missed = 0
        for g in c.groups {
            if let venue = g.venue {
                var gkm = instance.kmPsychologist(g.supervisor, venue)
                for n in g.members { gkm += instance.kmMunicipality(instance.needs[n].municipality, venue) }
                travel += 2 * gkm * g.sessions.count
            }
            if !c.trainers.contains(g.supervisor) { discontinuous += 1 }
            let bit = g.slot.mask
            for (k, d) in g.sessions.enumerated() {
                if instance.isSchoolHoliday[d] { school += 1 }
                if k > 0, d - g.sessions[k - 1] != cadence { irregular += 1 }
                for n in g.members where instance.therapistMask(instance.needs[n].therapist, d) & bit == 0 {
                    missed += 1
                }
            }
        }
        t[.travel] = w.travelPerKm * travel
        t[.schoolHoliday] = w.schoolHoliday * school
        t[.continuity] = w.continuity * discontinuous
        t[.irregular] = w.irregular * irregular
        t[.missedSupervision] = w.missedSupervision * missed
        if let replan = instance.replan { t[.perturbation] = replan.weight * replan.cohortCount(instance, c) }
        return t
    }

    /// Weighted S2, S5 and S8 of one meeting series.
    static func seriesTerms(_ instance: Instance, _ s: Instance.SeriesInfo, _ meetings: [MeetingState]) -> TermVector {
        var t = TermVector()
        let w = instance.weights
        var travel = 0
        var school = 0
        var spread = 0
        for (k, m) in meetings.enumerated() {
            travel += s.travel[m.venue]
            if instance.isSchoolHoliday[m.day] { school += 1 }
            if k > 0, s.count >= 2 { spread += abs(m.day - meetings[k - 1].day - s.idealGap) }
        }
        t[.travel] = w.travelPerKm * travel
        t[.schoolHoliday] = w.schoolHoliday * school
        t[.meetingSpread] = w.meetingSpread * spread
        if let replan = instance.replan { t[.perturbation] = replan.weight * replan.seriesCount(s.index, meetings) }
        return t
    }

    /// Weighted S4: for every municipality and manual, the distinct cohorts beyond the first.
    static func splitTerm(_ instance: Instance, _ cohorts: [CohortState]) -> Int {
        var seen = Set<Int>()  // (municipality * manuals + manual) * cohorts + cohort, order-free
        var pairs = Set<Int>()
        let mCount = instance.manuals.count
        for (ci, c) in cohorts.enumerated() {
            for n in c.members {
                let key = instance.needs[n].municipality * mCount + c.manual
                pairs.insert(key)
                seen.insert(key * (cohorts.count + 1) + ci)
            }
        }
        return instance.weights.split * (seen.count - pairs.count)
    }

    /// Every weighted term from the cached parts and the global terms S1, S4 and S6.
    static func combine(
        _ instance: Instance, cohortTerms: [TermVector], seriesTerms: [TermVector], solution: Solution,
        peakLoad: Int
    ) -> TermVector {
        var t = TermVector()
        for part in cohortTerms { t += part }
        for part in seriesTerms { t += part }
        t[.unassigned] = instance.weights.unassigned * solution.unassigned.count
        t[.split] = splitTerm(instance, solution.cohorts)
        t[.peakLoad] = instance.weights.peakLoad * peakLoad
        if let replan = instance.replan { t[.perturbation] += replan.weight * replan.removalCount }
        return t
    }

    /// Every term recomputed from nothing but the solution (a fresh usage table included).
    static func fromScratch(_ instance: Instance, _ solution: Solution) -> TermVector {
        var usage = ResourceUsage(instance: instance)
        for c in solution.cohorts { usage.book(instance, c) }
        for (s, meetings) in solution.meetings.enumerated() {
            for m in meetings { usage.addMeeting(instance, series: instance.series[s], day: m.day, venue: m.venue) }
        }
        return combine(
            instance, cohortTerms: solution.cohorts.map { cohortTerms(instance, $0) },
            seriesTerms: solution.meetings.enumerated().map {
                seriesTerms(instance, instance.series[$0.offset], $0.element)
            },
            solution: solution, peakLoad: usage.peakLoad)
    }
}
