import PlanningModel

extension Instance {
    /// Which days can be the last training day of a cohort that holds need `n` alone: the
    /// therapist is ready, the day is a workday free in both slots, and a chain of
    /// `training.days` such days with gaps in `[minGapDays, maxGapDays]` ends there (H1, H2, H6).
    ///
    /// - Returns: one flag per day index of the horizon.
    /// - Complexity: O(days × training days × maxGapDays).
    func possibleLastTrainingDays(ofNeed n: Int) -> [Bool] {
        let need = needs[n]
        let training = manuals[need.manual].training
        let minGap = max(1, training.minGapDays)
        let maxGap = max(minGap, training.maxGapDays)
        let usable = (0..<dayCount).map { d in
            d >= need.readyIndex && isWorkday[d] && therapistMask(need.therapist, d) == Slot.wholeDay
        }
        var reach = usable
        for _ in 1..<max(1, training.days) {
            var next = [Bool](repeating: false, count: dayCount)
            for d in 0..<dayCount where usable[d] {
                let lo = max(0, d - maxGap)
                let hi = d - minGap
                if hi >= lo, reach[lo...hi].contains(true) { next[d] = true }
            }
            reach = next
        }
        return reach
    }
}
