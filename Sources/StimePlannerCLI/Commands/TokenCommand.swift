import ArgumentParser
import Foundation
import Logging
import PlanStore

/// `stime-planner token create|revoke`: access tokens of the server.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Creates or revokes access tokens of the server.",
        subcommands: [TokenCreateCommand.self, TokenRevokeCommand.self]
    )
}

/// `stime-planner token create --role ROLE [--municipality ID | --psychologist ID]`.
struct TokenCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Prints a new access token (and nothing else).",
        discussion: """
            Roles: lead, secretariat, tovholder (with --municipality), psychologist (with \
            --psychologist). The token is shown once; the database keeps only its SHA-256 hash.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "lead, secretariat, tovholder or psychologist.")
    var role: Role

    @Option(help: "The tovholder's municipality id.")
    var municipality: String?

    @Option(help: "The psychologist's id.")
    var psychologist: String?

    func validate() throws {
        if municipality != nil, psychologist != nil {
            throw ValidationError("give --municipality or --psychologist, not both")
        }
        do {
            _ = try TokenGrant(role: role, subject: municipality ?? psychologist)
        } catch {
            throw ValidationError(error.description)
        }
        if role == .tovholder, psychologist != nil { throw ValidationError("a tovholder token needs --municipality") }
        if role == .psychologist, municipality != nil {
            throw ValidationError("a psychologist token needs --psychologist")
        }
    }

    func run() async throws {
        do {
            let opened = try await store.open(logger: Logger(label: "stime-planner"))
            let grant = try TokenGrant(role: role, subject: municipality ?? psychologist)
            let secret = try await opened.createToken(grant, by: .commandLine, at: Date())
            try await opened.close()
            print(secret)
        } catch let failure as StoreFailure {
            throw failure.report()
        }
    }
}

/// `stime-planner token revoke TOKEN`.
struct TokenRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Ends an access token: requests with it answer 401 from now on."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The token to end.")
    var token: String

    func run() async throws {
        do {
            let opened = try await store.open(logger: Logger(label: "stime-planner"))
            let revoked = try await opened.revokeToken(secret: token, by: .commandLine, at: Date())
            try await opened.close()
            guard revoked else {
                StandardError.write("stime-planner: no live token matches (unknown or already revoked)")
                throw ExitCode(ExitStatus.invalidInput)
            }
            print("Revoked.")
        } catch let failure as StoreFailure {
            throw failure.report()
        }
    }
}

extension Role: ExpressibleByArgument {}
