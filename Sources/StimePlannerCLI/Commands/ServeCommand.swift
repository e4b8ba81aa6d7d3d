import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PlanServer
import PlanStore

/// `stime-planner serve`: the partnership server (SERVICE.md).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Runs the partnership server: plan versions, the JSON API and calendar feeds.",
        discussion: """
            On the first start with an empty database it plans the embedded default scenario, \
            publishes it as version 1 and prints the lead's sign-in link once. Stops cleanly on \
            SIGINT or SIGTERM: requests in flight finish first.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1…65535") }
    }

    func run() async throws {
        var logger = Logger(label: "stime-planner")
        logger.logLevel = .info
        do {
            let opened = try await store.open(logger: logger)
            if let leadToken = try await FirstStart().prepare(opened, logger: logger) {
                // Written at once (not buffered): the lead reads it while the server runs.
                FileHandle.standardOutput.write(
                    Data(
                        """
                        First start: the default scenario is planned and published as version 1.
                        The lead's sign-in link (shown once; keep it secret):
                        \(signInLink(leadToken))
                        Its token also works as 'Authorization: Bearer TOKEN' on the API (/api/v1/…).

                        """.utf8))
            }
            let application = buildApplication(
                settings: ServerSettings(host: host, port: port), store: opened, logger: logger)
            try await application.runService()
        } catch let failure as StoreFailure {
            throw failure.report()
        }
    }

    /// `http://HOST:PORT/signin?token=…` (an IPv6 address in brackets).
    private func signInLink(_ token: String) -> String {
        let address = host.contains(":") ? "[\(host)]" : host
        return "http://\(address):\(port)/signin?token=\(token)"
    }
}
