import SQLKit

extension Migration {
    /// Version 5: consultation slots and their bookings.
    ///
    /// A booking's key is its slot, so a slot has at most one booking whatever races.
    static let consultations = Migration(version: 5, name: "consultation slots and bookings") { database in
        try await database.create(table: "consultation_slots")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("psychologist", type: .text, .notNull)
            .column("day", type: .text, .notNull)
            .column("start_minute", type: .bigint, .notNull)
            .column("minutes", type: .bigint, .notNull)
            .column("mode", type: .text, .notNull)
            .column("venue", type: .text)
            .column("revision", type: .bigint, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("changed_at", type: .bigint, .notNull)
            .check(SQLRaw("mode IN ('physical', 'virtual')"), named: "consultation_slots_mode")
            .check(SQLRaw("minutes > 0"), named: "consultation_slots_minutes")
            .run()
        try await database.create(index: "consultation_slots_by_psychologist").on("consultation_slots")
            .column("psychologist").column("day")
            .run()

        try await database.create(table: "consultation_bookings")
            .column("slot", type: .bigint, .primaryKey(autoIncrement: false), .references("consultation_slots", "id"))
            .column("therapist", type: .text, .notNull)
            .column("municipality", type: .text, .notNull)
            .column("topic", type: .text, .notNull)
            .column("booked_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "consultation_bookings_by_therapist").on("consultation_bookings")
            .column("therapist")
            .run()
    }
}
