import Foundation
import SQLKit

extension SQLServiceStore: ConsultationStore {
    public func offerConsultation(
        psychologist: String, times: ConsultationTimes, by who: Principal, at time: Date
    ) async throws -> ConsultationSlot {
        try await connector.transaction { database in
            if let other = try await Self.overlappingSlot(of: psychologist, with: times, except: nil, in: database) {
                throw ConsultationError.overlapsSlot(other)
            }
            let row = try await database.insert(into: "consultation_slots")
                .columns(
                    "psychologist", "day", "start_minute", "minutes", "mode", "venue", "revision", "created_at",
                    "changed_at"
                )
                .values(
                    SQLBind(psychologist), SQLBind(times.day), SQLBind(times.startMinute), SQLBind(times.minutes),
                    SQLBind(times.mode.rawValue), SQLBind(times.venue), SQLBind(1), SQLBind(time.milliseconds),
                    SQLBind(time.milliseconds)
                )
                .returning("id")
                .first()
            guard let id = try row?.decode(column: "id", as: Int.self) else {
                throw StoreError.unavailable("the new consultation slot got no id")
            }
            let slot = ConsultationSlot(id: id, psychologist: psychologist, times: times, revision: 1, booking: nil)
            try await Self.audit(
                database, who: who, at: time, action: "consultation.offer", target: "consultation \(id)",
                before: nil, after: Self.auditJSON(slot))
            return slot
        }
    }

    public func changeConsultation(
        id: Int, psychologist: String, times: ConsultationTimes, by who: Principal, at time: Date
    ) async throws -> ConsultationSlot {
        try await connector.transaction { database in
            guard let slot = try await Self.slot(id, in: database, lock: true), slot.psychologist == psychologist
            else { throw ConsultationError.slotNotFound(id) }
            guard slot.booking == nil else { throw ConsultationError.slotBooked(id) }
            if let other = try await Self.overlappingSlot(of: psychologist, with: times, except: id, in: database) {
                throw ConsultationError.overlapsSlot(other)
            }
            try await database.update("consultation_slots")
                .set("day", to: times.day).set("start_minute", to: times.startMinute)
                .set("minutes", to: times.minutes).set("mode", to: times.mode.rawValue)
                .set("venue", to: SQLBind(times.venue)).set("revision", to: slot.revision + 1)
                .set("changed_at", to: time.milliseconds)
                .where("id", .equal, id)
                .run()
            var changed = slot
            changed.times = times
            changed.revision += 1
            try await Self.audit(
                database, who: who, at: time, action: "consultation.change", target: "consultation \(id)",
                before: Self.auditJSON(slot), after: Self.auditJSON(changed))
            return changed
        }
    }

    public func cancelConsultation(id: Int, psychologist: String, by who: Principal, at time: Date) async throws
        -> ConsultationSlot
    {
        try await connector.transaction { database in
            guard let slot = try await Self.slot(id, in: database, lock: true), slot.psychologist == psychologist
            else { throw ConsultationError.slotNotFound(id) }
            try await database.delete(from: "consultation_bookings").where("slot", .equal, id).run()
            try await database.delete(from: "consultation_slots").where("id", .equal, id).run()
            try await Self.audit(
                database, who: who, at: time, action: "consultation.cancel", target: "consultation \(id)",
                before: Self.auditJSON(slot), after: nil)
            return slot
        }
    }

    public func consultation(id: Int) async throws -> ConsultationSlot? {
        try await connector.withConnection { database in try await Self.slot(id, in: database, lock: false) }
    }

    public func consultations(psychologist: String?) async throws -> [ConsultationSlot] {
        try await connector.withConnection { database in
            let slots = database.select().columns(Self.slotColumns).from("consultation_slots")
            let bookings = database.select().columns(Self.bookingColumns).column(Self.bookingSlot)
                .from("consultation_bookings")
                .join(
                    "consultation_slots", on: Self.bookingSlot, .equal, SQLColumn("id", table: "consultation_slots"))
            if let psychologist {
                slots.where("psychologist", .equal, psychologist)
                bookings.where(SQLColumn("psychologist", table: "consultation_slots"), .equal, SQLBind(psychologist))
            }
            var booked: [Int: ConsultationBooking] = [:]
            for row in try await bookings.all() {
                booked[try row.decode(column: "slot", as: Int.self)] = try Self.booking(from: row)
            }
            return try await slots.orderBy("day").orderBy("start_minute").orderBy("id").all().map { row in
                try Self.slot(from: row, booking: booked[try row.decode(column: "id", as: Int.self)])
            }
        }
    }

    public func bookConsultation(
        id: Int, revision: Int, booking: ConsultationBooking, by who: Principal
    ) async throws -> ConsultationSlot {
        try await connector.transaction { database in
            guard let slot = try await Self.slot(id, in: database, lock: true) else {
                throw ConsultationError.slotNotFound(id)
            }
            guard slot.booking == nil else { throw ConsultationError.slotTaken(id) }
            guard slot.revision == revision else { throw ConsultationError.slotChanged(id) }
            if let other = try await Self.overlappingBooking(of: booking.therapist, with: slot.times, in: database) {
                throw ConsultationError.therapistBooked(other)
            }
            // The slot is the key: a second booking of it is refused by the database itself.
            try await database.insert(into: "consultation_bookings")
                .columns("slot", "therapist", "municipality", "topic", "booked_at")
                .values(
                    SQLBind(id), SQLBind(booking.therapist), SQLBind(booking.municipality), SQLBind(booking.topic),
                    SQLBind(booking.bookedAt.milliseconds)
                )
                .run()
            var booked = slot
            booked.booking = booking
            try await Self.audit(
                database, who: who, at: booking.bookedAt, action: "consultation.book", target: "consultation \(id)",
                before: Self.auditJSON(slot), after: Self.auditJSON(booked))
            return booked
        }
    }

    public func cancelConsultationBooking(
        id: Int, as party: ConsultationParty, by who: Principal, at time: Date
    ) async throws {
        try await connector.transaction { database in
            guard let slot = try await Self.slot(id, in: database, lock: true), let booking = slot.booking else {
                throw ConsultationError.bookingNotFound(id)
            }
            switch party {
            case .psychologist(let psychologist):
                guard slot.psychologist == psychologist else { throw ConsultationError.bookingNotFound(id) }
            case .municipality(let municipality):
                guard booking.municipality == municipality else { throw ConsultationError.bookingNotFound(id) }
            }
            try await database.delete(from: "consultation_bookings").where("slot", .equal, id).run()
            var open = slot
            open.booking = nil
            try await Self.audit(
                database, who: who, at: time, action: "consultation.unbook", target: "consultation \(id)",
                before: Self.auditJSON(slot), after: Self.auditJSON(open))
        }
    }

    // MARK: Rows

    private static let slotColumns: [any SQLExpression] = [
        "id", "psychologist", "day", "start_minute", "minutes", "mode", "venue", "revision",
    ].map { SQLColumn($0, table: "consultation_slots") }

    private static let bookingColumns: [any SQLExpression] = ["therapist", "municipality", "topic", "booked_at"].map {
        SQLColumn($0, table: "consultation_bookings")
    }

    private static let bookingSlot = SQLColumn("slot", table: "consultation_bookings")

    private static func slot(_ id: Int, in database: any SQLDatabase, lock: Bool) async throws -> ConsultationSlot? {
        let query = database.select().columns(slotColumns).from("consultation_slots").where("id", .equal, id)
        if lock { query.for(.update) }
        guard let row = try await query.first() else { return nil }
        let booking = try await database.select().columns(bookingColumns).from("consultation_bookings")
            .where("slot", .equal, id).first().map(booking(from:))
        return try slot(from: row, booking: booking)
    }

    /// Another slot of `psychologist` that shares time with `times`.
    private static func overlappingSlot(
        of psychologist: String, with times: ConsultationTimes, except id: Int?, in database: any SQLDatabase
    ) async throws -> ConsultationSlot? {
        let rows = try await database.select().columns(slotColumns).from("consultation_slots")
            .where("psychologist", .equal, psychologist).where("day", .equal, times.day).all()
        return try rows.map { try slot(from: $0, booking: nil) }
            .first { $0.id != id && $0.times.overlaps(times) }
    }

    /// A slot booked for `therapist` that shares time with `times`.
    private static func overlappingBooking(
        of therapist: String, with times: ConsultationTimes, in database: any SQLDatabase
    ) async throws -> ConsultationSlot? {
        let rows = try await database.select().columns(slotColumns).from("consultation_slots")
            .join("consultation_bookings", on: bookingSlot, .equal, SQLColumn("id", table: "consultation_slots"))
            .where(SQLColumn("therapist", table: "consultation_bookings"), .equal, SQLBind(therapist))
            .where(SQLColumn("day", table: "consultation_slots"), .equal, SQLBind(times.day))
            .all()
        return try rows.map { try slot(from: $0, booking: nil) }.first { $0.times.overlaps(times) }
    }

    private static func slot(from row: any SQLRow, booking: ConsultationBooking?) throws -> ConsultationSlot {
        let mode = try row.decode(column: "mode", as: String.self)
        return ConsultationSlot(
            id: try row.decode(column: "id", as: Int.self),
            psychologist: try row.decode(column: "psychologist", as: String.self),
            times: ConsultationTimes(
                day: try row.decode(column: "day", as: String.self),
                startMinute: try row.decode(column: "start_minute", as: Int.self),
                minutes: try row.decode(column: "minutes", as: Int.self),
                mode: ConsultationTimes.Mode(rawValue: mode) ?? .virtual,
                venue: try row.decode(column: "venue", as: String?.self)),
            revision: try row.decode(column: "revision", as: Int.self),
            booking: booking)
    }

    private static func booking(from row: any SQLRow) throws -> ConsultationBooking {
        ConsultationBooking(
            therapist: try row.decode(column: "therapist", as: String.self),
            municipality: try row.decode(column: "municipality", as: String.self),
            topic: try row.decode(column: "topic", as: String.self),
            bookedAt: try row.date("booked_at"))
    }

    private static func auditJSON(_ slot: ConsultationSlot) -> String {
        let start = slot.times.startMinute
        var fields: [String: AuditJSON] = [
            "psychologist": .text(slot.psychologist), "date": .text(slot.times.day),
            "start": .text(String(format: "%02d:%02d", start / 60, start % 60)),
            "minutes": .number(slot.times.minutes), "mode": .text(slot.times.mode.rawValue),
            "venue": slot.times.venue.map(AuditJSON.text) ?? .null,
        ]
        if let booking = slot.booking {
            fields["therapist"] = .text(booking.therapist)
            fields["municipality"] = .text(booking.municipality)
            fields["topic"] = .text(booking.topic)
        }
        return AuditJSON.object(fields)
    }
}
