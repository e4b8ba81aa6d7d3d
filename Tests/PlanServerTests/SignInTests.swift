import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import StoreTestSupport
import Testing

@Suite("Sign-in and sessions")
struct SignInTests {
    @Test(
        "a sign-in link sets an HttpOnly, SameSite=Strict session cookie and redirects (303) without the token",
        arguments: TestBackend.available)
    func signIn(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            var browser = PageClient(client)
            let response = try await browser.signIn(fixture.norddjurs)
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            #expect(location == "/municipalities/norddjurs")
            #expect(!location.contains(fixture.norddjurs))
            let cookie = try #require(
                response.headers[values: .setCookie].first { $0.hasPrefix("stime_session=") })
            let attributes = Set(
                cookie.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(attributes.contains("HttpOnly"))
            #expect(attributes.contains("SameSite=Strict"))
            #expect(attributes.contains("Path=/"))
            #expect(!attributes.contains("Secure"))
            let value = try #require(browser.cookies["stime_session"])
            #expect(value.count == 43 && value != fixture.norddjurs)

            // Signing in again ends the browser's earlier session.
            let earlier = value
            try await browser.signIn(fixture.norddjurs)
            #expect(browser.cookies["stime_session"] != earlier)
            let stale = try await client.execute(uri: "/", method: .get, headers: [.cookie: "stime_session=\(earlier)"])
            #expect(stale.status == .unauthorized)

            let start = try await browser.get("/")
            #expect(start.status == .seeOther)
            #expect(start.headers[.location] == "/municipalities/norddjurs")
        }
    }

    @Test("behind https (X-Forwarded-Proto) the cookie is Secure", arguments: TestBackend.available)
    func secureCookie(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/signin?token=\(fixture.lead)", method: .get, headers: [.init("X-Forwarded-Proto")!: "https"])
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("stime_session=") })
            #expect(cookie.contains("; Secure"))
        }
    }

    @Test(
        "an unknown, empty or revoked token's link answers the 401 page and sets no cookie",
        arguments: TestBackend.available)
    func badLink(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let revoked = try await fixture.store.createToken(TokenGrant(role: .lead), by: .server, at: Date())
        #expect(try await fixture.store.revokeToken(secret: revoked, by: .server, at: Date()))
        try await fixture.test { client in
            for query in ["?token=nope", "?token=", "", "?token=\(revoked)"] {
                let response = try await client.execute(uri: "/signin\(query)", method: .get)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.text.contains("Linket virker ikke"))
                #expect(response.headers[values: .setCookie].isEmpty)
            }
        }
    }

    @Test(
        "a page without a session, or with an unknown cookie, answers the 401 'sign in from your link' page",
        arguments: TestBackend.available)
    func noSession(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            for uri in ["/", "/versions", "/municipalities/norddjurs"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("Log ind fra dit link"))
                #expect(!response.text.contains("name=\"csrf\""))
            }
            let forged = try await client.execute(
                uri: "/", method: .get, headers: [.cookie: "stime_session=\(fixture.lead)"])
            #expect(forged.status == .unauthorized)
        }
    }

    @Test(
        "sign-out without or with a wrong CSRF token answers 403 and the session goes on; with it, the session ends",
        arguments: TestBackend.available)
    func signOut(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.lead)
            let csrf = try await browser.csrf(on: "/versions")
            var other = PageClient(client)
            try await other.signIn(fixture.lead)
            let othersCSRF = try await other.csrf(on: "/versions")
            #expect(othersCSRF != csrf)

            for fields in [[], [("csrf", "")], [("csrf", "x" + csrf.dropFirst())], [("csrf", othersCSRF)]] {
                let refused = try await browser.post("/signout", fields)
                #expect(refused.status == .forbidden)
                #expect(refused.text.contains("Formularen blev afvist"))
                #expect(try await browser.get("/").status == .seeOther)
            }

            let signedOut = try await browser.post("/signout", [("csrf", csrf)])
            #expect(signedOut.status == .ok)
            #expect(signedOut.text.contains("Du er logget ud"))
            #expect(browser.cookies["stime_session"] == nil)
            let stale = try await client.execute(uri: "/", method: .get, headers: [.cookie: "stime_session=x"])
            #expect(stale.status == .unauthorized)
            #expect(try await other.get("/").status == .seeOther)
        }
    }

    @Test("a session ends with its token's revocation", arguments: TestBackend.available)
    func revocationEndsSessions(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.randers)
            #expect(try await browser.get("/").status == .seeOther)
            #expect(try await fixture.store.revokeToken(secret: fixture.randers, by: .server, at: Date()))
            #expect(try await browser.get("/").status == .unauthorized)
        }
    }

    @Test(
        "pages are Danish by default and English with ?lang=en, remembered for the next page",
        arguments: TestBackend.available)
    func language(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            var browser = PageClient(client)
            let danish = try await browser.get("/versions")
            #expect(danish.text.contains("lang=\"da\""))
            #expect(danish.text.contains("Log ind fra dit link"))
            let english = try await browser.get("/versions?lang=en")
            #expect(english.text.contains("lang=\"en\""))
            #expect(english.text.contains("Sign in from your link"))
            #expect(!english.text.contains("Log ind fra dit link"))
            let next = try await browser.get("/")
            #expect(next.text.contains("Sign in from your link"))
            let back = try await browser.get("/?lang=da")
            #expect(back.text.contains("Log ind fra dit link"))
        }
    }
}
