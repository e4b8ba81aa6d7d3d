import Foundation
import SQLKit

extension SQLServiceStore: BookingStore {
    public func book<Answer: Sendable>(
        by who: Principal, at time: Date,
        _ decide: @escaping @Sendable (BookingState) throws -> BookingDecision<Answer>
    ) async throws -> Answer {
        try await connector.transaction(locking: true) { database in
            let version = try await Self.lockPublished(in: database)
            let waitlist = try await Self.waiting(in: database)
            let decision = try decide(BookingState(version: version, waitlist: waitlist))
            if let revision = decision.revision {
                try await Self.mirror(revision.seatsBefore, of: version, in: database)
                try await Self.apply(revision, in: database)
                // The lock makes this the only writer; the condition says so once more.
                let updated = try await database.update("plan_versions")
                    .set("scenario", to: String(decoding: revision.scenario, as: UTF8.self))
                    .set("plan", to: String(decoding: revision.plan, as: UTF8.self))
                    .set("revision", to: version.revision + 1)
                    .set("changed_at", to: time.milliseconds)
                    .where("number", .equal, version.number)
                    .where("revision", .equal, version.revision)
                    .returning("number")
                    .first()
                guard updated != nil else { throw StoreError.unavailable("the published version changed meanwhile") }
                try await database.update("booking_mirror").set("revision", to: version.revision + 1).run()
            }
            if let entry = decision.waitlistAdd {
                try await database.insert(into: "waitlist")
                    .columns(
                        "therapist", "municipality", "document", "status", "created_at", "created_by_role",
                        "created_by_subject", "created_by_token"
                    )
                    .values(
                        SQLBind(entry.therapist), SQLBind(entry.municipality),
                        SQLBind(String(decoding: entry.document, as: UTF8.self)), SQLBind("waiting"),
                        SQLBind(time.milliseconds), SQLBind(who.role), SQLBind(who.subject), SQLBind(who.tokenID)
                    )
                    .run()
            }
            if !decision.waitlistSettled.isEmpty {
                try await database.update("waitlist").set("status", to: "placed")
                    .set("settled_at", to: time.milliseconds)
                    .where("id", .in, decision.waitlistSettled).where("status", .equal, "waiting").run()
            }
            try await Self.audit(
                database, who: who, at: time, action: decision.audit.action, target: decision.audit.target,
                before: decision.audit.before, after: decision.audit.after)
            return decision.answer
        }
    }

    public func waitlist() async throws -> [WaitlistEntry] {
        try await connector.withConnection { database in try await Self.waiting(in: database) }
    }

    public func bookedMemberships() async throws -> (version: Int, memberships: [Membership])? {
        try await connector.withConnection { database in
            guard let mirror = try await database.select().column("version").from("booking_mirror").first() else {
                return nil
            }
            let rows = try await database.select().columns("therapist", "manual", "group_id").from("memberships")
                .where("booked", .equal, 1).orderBy("therapist").orderBy("manual").all()
            return (
                try mirror.decode(column: "version", as: Int.self),
                try rows.map(Self.membership(from:))
            )
        }
    }

    public func seatCounts() async throws -> (head: VersionHead, seats: [SeatCount])? {
        try await connector.withConnection { database in
            guard
                let mirror = try await database.select().columns("version", "revision").from("booking_mirror").first(),
                let version = try await Self.version(try mirror.decode(column: "version", as: Int.self), in: database)
            else { return nil }
            let memberships = try await database.select().columns("therapist", "manual", "group_id")
                .from("memberships").all().map(Self.membership(from:))
            let counted = Dictionary(grouping: memberships, by: \.group).mapValues(\.count)
            let seats = try await database.select().columns("group_id", "capacity", "members").from("group_seats")
                .orderBy("group_id").all()
                .map { row in
                    let group = try row.decode(column: "group_id", as: String.self)
                    return SeatCount(
                        group: group, capacity: try row.decode(column: "capacity", as: Int.self),
                        members: try row.decode(column: "members", as: Int.self), counted: counted[group] ?? 0)
                }
            let head = VersionHead(
                number: version.number, revision: try mirror.decode(column: "revision", as: Int.self),
                changedAt: version.changedAt)
            return (head, seats)
        }
    }

    public func audit(_ record: AuditRecord, by who: Principal, at time: Date) async throws {
        try await connector.transaction { database in
            try await Self.audit(
                database, who: who, at: time, action: record.action, target: record.target, before: record.before,
                after: record.after)
        }
    }

    // MARK: Steps of a booking

    /// The published version, locked until the transaction ends. On PostgreSQL a publication
    /// committed while this waited for the lock makes the row no longer match: look again.
    private static func lockPublished(in database: any SQLDatabase) async throws -> PlanVersion {
        for _ in 0..<3 {
            if let version = try await publishedVersion(in: database, lock: true) { return version }
            guard
                try await database.select().column("number").from("plan_versions")
                    .where("status", .equal, PlanVersion.Status.published.rawValue).first() != nil
            else { break }
        }
        throw StoreError.nothingPublished
    }

    private static func waiting(in database: any SQLDatabase) async throws -> [WaitlistEntry] {
        try await database.select().column("*").from("waitlist").where("status", .equal, "waiting")
            .orderBy("id").all()
            .map { row in
                WaitlistEntry(
                    id: try row.decode(column: "id", as: Int.self),
                    therapist: try row.decode(column: "therapist", as: String.self),
                    municipality: try row.decode(column: "municipality", as: String.self),
                    document: Data(try row.decode(column: "document", as: String.self).utf8),
                    createdAt: try row.date("created_at"), createdBy: try row.principal(prefix: "created_by_"))
            }
    }

    /// Makes the seat rows mirror `seats`, the layout of `version` as it is, unless they
    /// already mirror this version and revision. Memberships booked before stay booked where
    /// the therapist is still in the same group.
    private static func mirror(_ seats: SeatLayout, of version: PlanVersion, in database: any SQLDatabase)
        async throws
    {
        if let row = try await database.select().columns("version", "revision").from("booking_mirror").first(),
            try row.decode(column: "version", as: Int.self) == version.number,
            try row.decode(column: "revision", as: Int.self) == version.revision
        {
            return
        }
        let booked = Set(
            try await database.select().columns("therapist", "manual", "group_id").from("memberships")
                .where("booked", .equal, 1).all().map(membership(from:)))
        try await database.delete(from: "memberships").run()
        try await database.delete(from: "group_seats").run()
        let counts = Dictionary(grouping: seats.memberships, by: \.group).mapValues(\.count)
        for chunk in seats.groups.chunked(200) {
            let insert = database.insert(into: "group_seats").columns("group_id", "manual", "capacity", "members")
            for group in chunk {
                let members = counts[group.id] ?? 0
                insert.values(
                    SQLBind(group.id), SQLBind(group.manual), SQLBind(max(group.capacity, members)), SQLBind(members))
            }
            try await insert.run()
        }
        for chunk in seats.memberships.chunked(200) {
            let insert = database.insert(into: "memberships").columns("therapist", "manual", "group_id", "booked")
            for membership in chunk {
                insert.values(
                    SQLBind(membership.therapist), SQLBind(membership.manual), SQLBind(membership.group),
                    SQLBind(booked.contains(membership) ? 1 : 0))
            }
            try await insert.run()
        }
        try await database.delete(from: "booking_mirror").run()
        try await database.insert(into: "booking_mirror").columns("id", "version", "revision")
            .values(SQLBind(1), SQLBind(version.number), SQLBind(version.revision)).run()
    }

    /// Changes the seat rows from `seatsBefore` to `seatsAfter`: leaves first, then joins,
    /// each moving the group's counter, which the database keeps within capacity.
    private static func apply(_ revision: Revision, in database: any SQLDatabase) async throws {
        let before = revision.seatsBefore
        let after = revision.seatsAfter
        let oldGroups = Dictionary(before.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newGroups = Dictionary(after.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for group in after.groups where oldGroups[group.id] == nil {
            try await database.insert(into: "group_seats").columns("group_id", "manual", "capacity", "members")
                .values(SQLBind(group.id), SQLBind(group.manual), SQLBind(group.capacity), SQLBind(0)).run()
        }
        let oldPlaces = places(before)
        let newPlaces = places(after)
        for membership in before.memberships where newPlaces[key(membership)] != membership.group {
            try await database.delete(from: "memberships")
                .where("therapist", .equal, membership.therapist).where("manual", .equal, membership.manual).run()
            try await database.update("group_seats").set("members", to: counter(.subtract))
                .where("group_id", .equal, membership.group).run()
        }
        for membership in after.memberships where oldPlaces[key(membership)] != membership.group {
            try await database.update("group_seats").set("members", to: counter(.add))
                .where("group_id", .equal, membership.group).run()
            try await database.insert(into: "memberships").columns("therapist", "manual", "group_id", "booked")
                .values(
                    SQLBind(membership.therapist), SQLBind(membership.manual), SQLBind(membership.group),
                    SQLBind(revision.booked.contains(membership) ? 1 : 0)
                )
                .run()
        }
        let gone = before.groups.map(\.id).filter { newGroups[$0] == nil }
        if !gone.isEmpty { try await database.delete(from: "group_seats").where("group_id", .in, gone).run() }
        for group in after.groups where oldGroups[group.id].map({ $0.capacity != group.capacity }) ?? false {
            try await database.update("group_seats").set("capacity", to: group.capacity)
                .where("group_id", .equal, group.id).run()
        }
    }

    private static func key(_ membership: Membership) -> String {
        membership.therapist + "\u{0}" + membership.manual
    }

    private static func places(_ seats: SeatLayout) -> [String: String] {
        Dictionary(seats.memberships.map { (key($0), $0.group) }, uniquingKeysWith: { first, _ in first })
    }

    private static func counter(_ change: SQLBinaryOperator) -> any SQLExpression {
        SQLBinaryExpression(left: SQLColumn("members"), op: change, right: SQLLiteral.numeric("1"))
    }

    private static func membership(from row: any SQLRow) throws -> Membership {
        Membership(
            therapist: try row.decode(column: "therapist", as: String.self),
            manual: try row.decode(column: "manual", as: String.self),
            group: try row.decode(column: "group_id", as: String.self))
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    fileprivate func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
