import Foundation
import SQLKit

extension SQLServiceStore: MeetingDetailsStore {
    public func meetingDetails() async throws -> [MeetingDetails] {
        try await connector.withConnection { database in
            try await database.select().columns("series", "meeting_index", "agenda", "note").from("meeting_details")
                .orderBy("series").orderBy("meeting_index").all()
                .map(Self.meetingDetails(from:))
        }
    }

    public func setMeetingDetails(
        _ details: MeetingDetails, by who: Principal, at time: Date,
        revising: @escaping @Sendable (_ published: PlanVersion) throws -> Data
    ) async throws -> Bool {
        try await connector.transaction { database in
            guard let published = try await Self.publishedVersion(in: database, lock: true) else {
                throw StoreError.versionNotFound(0)
            }
            let before = try await database.select().columns("series", "meeting_index", "agenda", "note")
                .from("meeting_details").where("series", .equal, details.series)
                .where("meeting_index", .equal, details.index).for(.update).first()
                .map(Self.meetingDetails(from:))
            let none = MeetingDetails(series: details.series, index: details.index, agenda: nil, note: nil)
            guard (before ?? none) != details else { return false }

            let plan = try revising(published)
            try await database.delete(from: "meeting_details").where("series", .equal, details.series)
                .where("meeting_index", .equal, details.index).run()
            if !details.isEmpty {
                try await database.insert(into: "meeting_details")
                    .columns("series", "meeting_index", "agenda", "note", "changed_at")
                    .values(
                        SQLBind(details.series), SQLBind(details.index), SQLBind(details.agenda), SQLBind(details.note),
                        SQLBind(time.milliseconds)
                    )
                    .run()
            }
            try await database.update("plan_versions")
                .set("plan", to: String(decoding: plan, as: UTF8.self))
                .set("revision", to: published.revision + 1)
                .set("changed_at", to: time.milliseconds)
                .where("number", .equal, published.number)
                .run()
            try await Self.audit(
                database, who: who, at: time, action: "meeting.details",
                target: "meeting \(details.series) \(details.index)", before: Self.detailsJSON(before),
                after: Self.detailsJSON(details.isEmpty ? nil : details))
            return true
        }
    }

    private static func meetingDetails(from row: any SQLRow) throws -> MeetingDetails {
        MeetingDetails(
            series: try row.decode(column: "series", as: String.self),
            index: try row.decode(column: "meeting_index", as: Int.self),
            agenda: try row.decode(column: "agenda", as: String?.self),
            note: try row.decode(column: "note", as: String?.self))
    }

    private static func detailsJSON(_ details: MeetingDetails?) -> String {
        AuditJSON.object([
            "agenda": details?.agenda.map(AuditJSON.text) ?? .null, "note": details?.note.map(AuditJSON.text) ?? .null,
        ])
    }
}
