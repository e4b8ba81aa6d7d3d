import SQLKit

extension Migration {
    /// Version 4: what bookings need beside the plan document (issue 12).
    ///
    /// - `group_seats` and `memberships` mirror the supervision groups of the published
    ///   version at its current revision: one row per group with its seat counter, which the
    ///   database keeps within the group's capacity, and one row per (therapist, manual), so
    ///   that a therapist is in at most one group of a manual whatever races. `booked` marks a
    ///   membership a tovholder made (a move, an enrolment): a re-plan pins it.
    /// - `booking_mirror` names the version and revision these rows mirror.
    /// - `waitlist`: enrolments that found no seat, first come first served (`id` order).
    /// - `idempotency_keys`: the first answer to each `Idempotency-Key` of a token.
    static let bookings = Migration(version: 4, name: "seats, memberships, waitlist, idempotency keys") { database in
        try await database.create(table: "booking_mirror")
            .column("id", type: .bigint, .primaryKey(autoIncrement: false))
            .column("version", type: .bigint, .notNull)
            .column("revision", type: .bigint, .notNull)
            .check(SQLRaw("id = 1"), named: "booking_mirror_one_row")
            .run()

        try await database.create(table: "group_seats")
            .column("group_id", type: .text, .primaryKey(autoIncrement: false))
            .column("manual", type: .text, .notNull)
            .column("capacity", type: .bigint, .notNull)
            .column("members", type: .bigint, .notNull)
            // Never an overbooking, whatever the code above does.
            .check(SQLRaw("members >= 0 AND members <= capacity"), named: "group_seats_within_capacity")
            .run()

        try await database.create(table: "memberships")
            .column("therapist", type: .text, .notNull)
            .column("manual", type: .text, .notNull)
            .column("group_id", type: .text, .notNull)
            .column("booked", type: .bigint, .notNull)
            // One group per therapist and manual.
            .primaryKey("therapist", "manual", named: "memberships_one_group")
            .run()

        try await database.create(table: "waitlist")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("therapist", type: .text, .notNull)
            .column("municipality", type: .text, .notNull)
            .column("document", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("created_by_role", type: .text, .notNull)
            .column("created_by_subject", type: .text)
            .column("created_by_token", type: .bigint)
            .column("settled_at", type: .bigint)
            .check(SQLRaw("status IN ('waiting', 'placed', 'withdrawn')"), named: "waitlist_status")
            .run()
        // A therapist waits at most once.
        try await database.raw(
            "CREATE UNIQUE INDEX waitlist_one_waiting ON waitlist (therapist) WHERE status = 'waiting'"
        ).run()

        try await database.create(table: "idempotency_keys")
            .column("token", type: .bigint, .notNull)
            .column("key", type: .text, .notNull)
            .column("request_hash", type: .text, .notNull)
            .column("status", type: .bigint)
            .column("content_type", type: .text)
            .column("body", type: .text)
            .column("created_at", type: .bigint, .notNull)
            // The first request with a key claims it; a concurrent one finds the claim.
            .primaryKey("token", "key", named: "idempotency_keys_one_answer")
            .run()
    }
}
