import Foundation
import Logging
import SQLKit

/// ``ServiceStore`` on SQL: the same statements, built with SQLKit, run on SQLite and on
/// PostgreSQL. Each change is one transaction together with its audit row.
public final class SQLServiceStore: ServiceStore {
    /// Where the data is.
    public let location: StoreLocation
    let connector: any SQLConnector

    init(connector: any SQLConnector, location: StoreLocation) {
        self.connector = connector
        self.location = location
    }

    /// Opens the database, creating an empty SQLite file (and its folder) when missing, and
    /// brings its schema up to date.
    ///
    /// - Throws: ``StoreError/databaseTooNew(found:supported:)`` for a database a newer
    ///   stime-planner wrote (nothing is changed); ``StoreError/unavailable(_:)`` when it
    ///   cannot be opened.
    public static func open(_ location: StoreLocation, logger: Logger) async throws -> SQLServiceStore {
        try await open(location, migrations: Migration.all, logger: logger)
    }

    static func open(_ location: StoreLocation, migrations: [Migration], logger: Logger) async throws
        -> SQLServiceStore
    {
        let connector: any SQLConnector
        switch location {
        case .sqlite(let folder):
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError.unavailable("the folder \(folder) cannot be created")
            }
            connector = try await SQLiteConnector.open(path: location.displayName, logger: logger)
        case .postgresql(let url):
            connector = try await PostgresConnector.open(url: url, logger: logger)
        }
        do {
            try await Migrator(connector: connector, migrations: migrations).migrate()
        } catch {
            try? await connector.close()
            throw error
        }
        return SQLServiceStore(connector: connector, location: location)
    }

    // MARK: Plan versions

    public func createVersion(scenario: Data, plan: Data, by who: Principal, at time: Date) async throws -> Int {
        let scenarioText = String(decoding: scenario, as: UTF8.self)
        let planText = String(decoding: plan, as: UTF8.self)
        return try await connector.transaction { database in
            let row = try await database.insert(into: "plan_versions")
                .columns(
                    "status", "scenario", "plan", "revision", "created_by_role", "created_by_subject",
                    "created_by_token", "created_at", "changed_at"
                )
                .values(
                    SQLBind(PlanVersion.Status.draft.rawValue), SQLBind(scenarioText), SQLBind(planText), SQLBind(0),
                    SQLBind(who.role), SQLBind(who.subject), SQLBind(who.tokenID), SQLBind(time.milliseconds),
                    SQLBind(time.milliseconds)
                )
                .returning("number")
                .first()
            guard let number = try row?.decode(column: "number", as: Int.self) else {
                throw StoreError.unavailable("the new version got no number")
            }
            try await Self.audit(
                database, who: who, at: time, action: "plan.create", target: "version \(number)", before: nil,
                after: AuditJSON.object(["version": .number(number), "status": .text("draft")]))
            return number
        }
    }

    public func publish(
        version number: Int, by who: Principal, at time: Date,
        preparing: @escaping @Sendable (_ draft: PlanVersion, _ published: PlanVersion?) throws -> Data
    ) async throws -> PlanVersion {
        try await connector.transaction { database in
            guard
                let draft = try await database.select().column("*").from("plan_versions")
                    .where("number", .equal, number).for(.update).first().map(Self.planVersion(from:))
            else { throw StoreError.versionNotFound(number) }
            guard draft.status == .draft else { throw StoreError.notDraft(number, draft.status) }

            let current = try await Self.publishedVersion(in: database, lock: true)
            // Changes accepted since the draft was made would be lost: refused, nothing written.
            if let current, current.revision > 0, current.changedAt > draft.createdAt {
                throw StoreError.draftOutdated(number)
            }
            let plan = try preparing(draft, current)
            let previous = current?.number
            try await database.update("plan_versions")
                .set("status", to: PlanVersion.Status.superseded.rawValue)
                .where("status", .equal, PlanVersion.Status.published.rawValue)
                .run()
            try await database.update("plan_versions")
                .set("status", to: PlanVersion.Status.published.rawValue)
                .set("plan", to: String(decoding: plan, as: UTF8.self))
                .set("published_at", to: time.milliseconds)
                .set("changed_at", to: time.milliseconds)
                .where("number", .equal, number)
                .run()
            try await Self.audit(
                database, who: who, at: time, action: "plan.publish", target: "version \(number)",
                before: AuditJSON.object(["published": previous.map(AuditJSON.number) ?? .null]),
                after: AuditJSON.object(["published": .number(number)]))
            guard let version = try await Self.version(number, in: database) else {
                throw StoreError.versionNotFound(number)
            }
            return version
        }
    }

    public func version(_ number: Int) async throws -> PlanVersion? {
        try await connector.withConnection { database in try await Self.version(number, in: database) }
    }

    public func publishedVersion() async throws -> PlanVersion? {
        try await connector.withConnection { database in try await Self.publishedVersion(in: database, lock: false) }
    }

    public func publishedHead() async throws -> VersionHead? {
        try await connector.withConnection { database in
            try await database.select().columns("number", "revision", "changed_at").from("plan_versions")
                .where("status", .equal, PlanVersion.Status.published.rawValue).first()
                .map { row in
                    VersionHead(
                        number: try row.decode(column: "number", as: Int.self),
                        revision: try row.decode(column: "revision", as: Int.self),
                        changedAt: try row.date("changed_at"))
                }
        }
    }

    public func versionCount() async throws -> Int {
        try await connector.withConnection { database in
            let row = try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "count")
                .from("plan_versions").first()
            return try row?.decode(column: "count", as: Int.self) ?? 0
        }
    }

    // MARK: Access tokens

    public func createToken(_ grant: TokenGrant, by who: Principal, at time: Date) async throws -> String {
        let secret = TokenSecret.generate()
        let hash = TokenSecret.hash(secret)
        try await connector.transaction { database in
            let row = try await database.insert(into: "access_tokens")
                .columns("hash", "role", "subject", "created_at")
                .values(SQLBind(hash), SQLBind(grant.role.rawValue), SQLBind(grant.subject), SQLBind(time.milliseconds))
                .returning("id")
                .first()
            let id = try row?.decode(column: "id", as: Int.self) ?? 0
            try await Self.audit(
                database, who: who, at: time, action: "token.create", target: "token \(id)", before: nil,
                after: Self.tokenJSON(role: grant.role.rawValue, subject: grant.subject, revoked: false))
        }
        return secret
    }

    public func token(secret: String) async throws -> AccessToken? {
        let hash = TokenSecret.hash(secret)
        return try await connector.withConnection { database in
            try await database.select().columns("id", "role", "subject", "created_at")
                .from("access_tokens").where("hash", .equal, hash).where("revoked_at", .is, SQLLiteral.null)
                .first()?.accessToken()
        }
    }

    public func revokeToken(secret: String, by who: Principal, at time: Date) async throws -> Bool {
        try await revokeToken(whose: "hash", is: TokenSecret.hash(secret), by: who, at: time)
    }

    /// Revokes the live token whose `column` holds `key`, with its audit row; false when
    /// there is none.
    func revokeToken(
        whose column: String, is key: some Encodable & Sendable, by who: Principal, at time: Date
    ) async throws -> Bool {
        try await connector.transaction { database in
            guard
                let row = try await database.select().columns("id", "role", "subject").from("access_tokens")
                    .where(column, .equal, key).where("revoked_at", .is, SQLLiteral.null).for(.update).first()
            else { return false }
            let id = try row.decode(column: "id", as: Int.self)
            let role = try row.decode(column: "role", as: String.self)
            let subject = try row.decode(column: "subject", as: String?.self)
            try await database.update("access_tokens").set("revoked_at", to: time.milliseconds)
                .where("id", .equal, id).run()
            try await Self.audit(
                database, who: who, at: time, action: "token.revoke", target: "token \(id)",
                before: Self.tokenJSON(role: role, subject: subject, revoked: false),
                after: Self.tokenJSON(role: role, subject: subject, revoked: true))
            return true
        }
    }

    // MARK: Feed tokens

    public func feedToken(file: String, by who: Principal, at time: Date) async throws -> String {
        try await connector.transaction { database in
            if let row = try await database.select().column("token").from("feed_tokens")
                .where("file", .equal, file).where("revoked_at", .is, SQLLiteral.null).first()
            {
                return try row.decode(column: "token", as: String.self)
            }
            let token = TokenSecret.generate()
            try await database.insert(into: "feed_tokens")
                .columns("token", "file", "created_at")
                .values(SQLBind(token), SQLBind(file), SQLBind(time.milliseconds))
                .run()
            try await Self.audit(
                database, who: who, at: time, action: "feed.create", target: "feed \(file)", before: nil,
                after: AuditJSON.object(["file": .text(file)]))
            return token
        }
    }

    public func revokeFeedToken(file: String, by who: Principal, at time: Date) async throws -> Bool {
        try await connector.transaction { database in
            guard
                try await database.select().column("token").from("feed_tokens")
                    .where("file", .equal, file).where("revoked_at", .is, SQLLiteral.null).for(.update).first() != nil
            else { return false }
            try await database.update("feed_tokens").set("revoked_at", to: time.milliseconds)
                .where("file", .equal, file).where("revoked_at", .is, SQLLiteral.null).run()
            try await Self.audit(
                database, who: who, at: time, action: "feed.revoke", target: "feed \(file)",
                before: AuditJSON.object(["file": .text(file), "revoked": .flag(false)]),
                after: AuditJSON.object(["file": .text(file), "revoked": .flag(true)]))
            return true
        }
    }

    public func feedFile(token: String) async throws -> String? {
        try await connector.withConnection { database in
            try await database.select().column("file").from("feed_tokens")
                .where("token", .equal, token).where("revoked_at", .is, SQLLiteral.null).first()
                .map { try $0.decode(column: "file", as: String.self) }
        }
    }

    // MARK: Audit, backup

    public func auditEntries(limit: Int) async throws -> [AuditEntry] {
        try await connector.withConnection { database in
            try await database.select().column("*").from("audit").orderBy("id", .descending).limit(limit).all()
                .map { row in
                    AuditEntry(
                        id: try row.decode(column: "id", as: Int.self), at: try row.date("at"),
                        who: try row.principal(prefix: ""),
                        action: try row.decode(column: "action", as: String.self),
                        target: try row.decode(column: "target", as: String.self),
                        before: try row.decode(column: "before", as: String?.self),
                        after: try row.decode(column: "after", as: String?.self))
                }
        }
    }

    public func backup(to file: URL) async throws {
        try await connector.backup(to: file.path)
    }

    public func close() async throws {
        try await connector.close()
    }

    // MARK: Rows

    static func version(_ number: Int, in database: any SQLDatabase) async throws -> PlanVersion? {
        try await database.select().column("*").from("plan_versions").where("number", .equal, number).first()
            .map(planVersion(from:))
    }

    /// The published version, if there is one; with `lock`, locked until the transaction ends.
    static func publishedVersion(in database: any SQLDatabase, lock: Bool) async throws -> PlanVersion? {
        let query = database.select().column("*").from("plan_versions")
            .where("status", .equal, PlanVersion.Status.published.rawValue)
        if lock { query.for(.update) }
        return try await query.first().map(planVersion(from:))
    }

    static func planVersion(from row: any SQLRow) throws -> PlanVersion {
        let status = try row.decode(column: "status", as: String.self)
        return PlanVersion(
            number: try row.decode(column: "number", as: Int.self),
            status: PlanVersion.Status(rawValue: status) ?? .superseded,
            scenario: Data(try row.decode(column: "scenario", as: String.self).utf8),
            plan: Data(try row.decode(column: "plan", as: String.self).utf8),
            revision: try row.decode(column: "revision", as: Int.self),
            createdBy: try row.principal(prefix: "created_by_"),
            createdAt: try row.date("created_at"), publishedAt: try row.optionalDate("published_at"),
            changedAt: try row.date("changed_at"))
    }

    static func tokenJSON(role: String, subject: String?, revoked: Bool) -> String {
        AuditJSON.object([
            "role": .text(role), "subject": subject.map(AuditJSON.text) ?? .null, "revoked": .flag(revoked),
        ])
    }

    static func audit(
        _ database: any SQLDatabase, who: Principal, at time: Date, action: String, target: String, before: String?,
        after: String?
    ) async throws {
        try await database.insert(into: "audit")
            .columns("at", "role", "subject", "token", "action", "target", "before", "after")
            .values(
                SQLBind(time.milliseconds), SQLBind(who.role), SQLBind(who.subject), SQLBind(who.tokenID),
                SQLBind(action), SQLBind(target), SQLBind(before), SQLBind(after)
            )
            .run()
    }
}
