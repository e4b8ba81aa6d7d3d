extension ResourceUsage {
    /// Books a whole cohort without checking that it fits: for activities that stay as
    /// they are whatever the scenario now says (a re-plan's history and pins), and for
    /// recomputing the bookings of a finished plan from scratch.
    mutating func book(_ instance: Instance, _ c: CohortState) {
        for d in c.days { addTraining(instance, venue: c.venue, trainers: c.trainers, members: c.members, day: d) }
        for g in c.groups { for d in g.sessions { addSession(instance, g, day: d) } }
    }
}
