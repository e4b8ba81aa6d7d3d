import SQLKit

extension Migration {
    /// Version 3: an agenda link and a note per meeting (series and index), set by the
    /// secretariat and shown in the meeting's calendar event.
    static let meetingDetails = Migration(version: 3, name: "meeting details") { database in
        try await database.create(table: "meeting_details")
            .column("series", type: .text, .notNull)
            .column("meeting_index", type: .bigint, .notNull)
            .column("agenda", type: .text)
            .column("note", type: .text)
            .column("changed_at", type: .bigint, .notNull)
            .primaryKey("series", "meeting_index")
            .run()
    }
}
