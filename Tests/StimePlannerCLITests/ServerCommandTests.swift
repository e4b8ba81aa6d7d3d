import Foundation
import TestSupport
import Testing

/// `token create`, `token revoke` and `backup` as a user runs them (the server's own
/// behaviour is tested in PlanServerTests).
@Suite struct ServerCommandTests {
    @Test func nestedCommandsHaveHelp() throws {
        for arguments in [["token", "create", "--help"], ["token", "revoke", "--help"], ["help", "token", "create"]] {
            let run = try PlannerBinary.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.standardError)")
            #expect(run.standardOutput.contains("USAGE: stime-planner token"), "\(arguments)")
        }
    }

    @Test func tokenCreatePrintsOnlyTheTokenAndRevokeEndsIt() throws {
        let data = try PlannerBinary.temporaryDirectory().appendingPathComponent("data").path
        let created = try PlannerBinary.run([
            "token", "create", "--data", data, "--role", "tovholder", "--municipality", "aarhus",
        ])
        #expect(created.status == 0, "\(created.standardError)")
        let token = created.standardOutput.trimmingCharacters(in: .newlines)
        #expect(created.standardOutput == token + "\n")
        #expect(token.count == 43)
        #expect(FileManager.default.fileExists(atPath: data + "/stime.sqlite"))

        let revoked = try PlannerBinary.run(["token", "revoke", "--data", data, token])
        #expect(revoked.status == 0, "\(revoked.standardError)")
        let again = try PlannerBinary.run(["token", "revoke", "--data", data, token])
        #expect(again.status == 65)
        #expect(again.standardError.contains("no live token"))
    }

    @Test(arguments: [
        ["--role", "tovholder"], ["--role", "lead", "--municipality", "aarhus"], ["--role", "boss"],
        ["--role", "psychologist", "--municipality", "aarhus"],
    ])
    func wrongTokenRequestsAreWrongUsage(_ options: [String]) throws {
        let data = try PlannerBinary.temporaryDirectory().path
        let run = try PlannerBinary.run(["token", "create", "--data", data] + options)
        #expect(run.status == 64, "\(options): \(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }

    @Test func aDatabaseURLThatIsNotPostgreSQLIsWrongUsage() throws {
        let run = try PlannerBinary.run(["token", "create", "--database", "mysql://x/y", "--role", "lead"])
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.contains("postgresql://"))
    }

    @Test func backupWritesACopyOnceAndNamesAMissingDatabase() throws {
        let folder = try PlannerBinary.temporaryDirectory()
        let data = folder.appendingPathComponent("data").path
        #expect(try PlannerBinary.run(["token", "create", "--data", data, "--role", "lead"]).status == 0)
        let copy = folder.appendingPathComponent("copy.sqlite").path
        let backup = try PlannerBinary.run(["backup", "--data", data, copy])
        #expect(backup.status == 0, "\(backup.standardError)")
        #expect(FileManager.default.fileExists(atPath: copy))
        #expect(try PlannerBinary.run(["backup", "--data", data, copy]).status == 73)
        let missing = try PlannerBinary.run([
            "backup", "--data", folder.appendingPathComponent("none").path, copy + "2",
        ])
        #expect(missing.status == 66)
    }
}
