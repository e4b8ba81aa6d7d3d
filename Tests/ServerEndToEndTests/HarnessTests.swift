import Foundation
import Testing

#if os(Linux)
    /// The harness itself: the real server binary and headless Chromium through WebDriver.
    @Suite("End to end: harness", .serialized)
    struct HarnessTests {
        @Test("headless Chromium reads /healthz of the real server")
        func browserReadsHealth() async throws {
            let (server, folder) = try await SmallPlan.serve()
            defer { server.stop() }
            let driver = try await ChromeDriver.start(profile: folder.appendingPathComponent("chromium"))
            defer { driver.stop() }
            let browser = try await driver.newSession()
            try await browser.navigate(to: server.url("/healthz"))
            let body = try await browser.text(of: try await browser.element("body"))
            #expect(body.contains(#""status":"ok""#))
            #expect(try await browser.currentURL() == server.url("/healthz").absoluteString)
            await #expect(throws: HarnessError.self) { try await browser.element("#no-such-element") }
            try await browser.delete()
        }
    }
#endif
