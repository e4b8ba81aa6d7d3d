import Foundation
import Synchronization
import TestSupport

/// `chromedriver` (Debian's `chromium-driver`) on a free loopback port, driving headless
/// Chromium (`chromium`) for one test.
///
/// ```swift
/// let driver = try await ChromeDriver.start(profile: folder)
/// defer { driver.stop() }
/// let browser = try await driver.newSession()
/// try await browser.navigate(to: server.url("/healthz"))
/// let text = try await browser.text(of: browser.element("body"))
/// try await browser.delete()
/// ```
final class ChromeDriver: Sendable {
    /// Where Debian installs the driver.
    static let executable = "/usr/bin/chromedriver"
    let baseURL: URL
    /// Chromium's profile folder (a fresh one per driver, removed by ``stop()``).
    private let profile: URL
    private let process: SpawnedProcess
    /// The browsers' process ids, ended by ``stop()`` should a test not delete its session.
    private let browsers = Mutex<[Int32]>([])

    private init(process: SpawnedProcess, port: Int, profile: URL) {
        self.process = process
        self.profile = profile
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// Starts `chromedriver --port=P` and waits until its `/status` says ready.
    ///
    /// - Throws: ``HarnessError`` naming the Debian packages when Chromium or its driver is
    ///   missing, or when the driver does not get ready within `timeout` seconds.
    static func start(profile: URL, timeout: Double = 30) async throws -> ChromeDriver {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw HarnessError(
                "\(executable) is missing: install Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run does)")
        }
        let port = try FreePort.next()
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let process = try SpawnedProcess(executable, ["--port=\(port)", "--allowed-ips=127.0.0.1"])
        let driver = ChromeDriver(process: process, port: port, profile: profile)
        let deadline = Date().addingTimeInterval(timeout)
        var problem = "no answer"
        while Date() < deadline, process.isRunning {
            do {
                let status = try await HTTP.get(driver.baseURL.appendingPathComponent("status"), timeout: 2)
                if status.status == 200, status.text.replacingOccurrences(of: " ", with: "").contains(#""ready":true"#)
                {
                    return driver
                }
                problem = "HTTP \(status.status): \(status.text.prefix(200))"
            } catch {
                problem = "\(error)"
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        driver.stop()
        throw HarnessError("chromedriver did not get ready within \(Int(timeout)) s (\(problem))")
    }

    /// A new browser session: headless Chromium without a sandbox (CI runs as root).
    func newSession() async throws -> WebDriverSession {
        let options: [String: Any] = [
            "args": [
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--user-data-dir=\(profile.path)", "--window-size=1024,900",
            ]
        ]
        let value = try await WebDriverSession.call(
            "POST", baseURL.appendingPathComponent("session"),
            body: ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]])
        guard let object = value as? [String: Any], let id = object["sessionId"] as? String else {
            throw HarnessError("chromedriver gave no session id")
        }
        let capabilities = object["capabilities"] as? [String: Any]
        if let pid = (capabilities?["goog:processID"] as? NSNumber)?.int32Value {
            browsers.withLock { $0.append(pid) }
        }
        return WebDriverSession(url: baseURL.appendingPathComponent("session").appendingPathComponent(id))
    }

    /// Stops the driver and any browser it started that is still running, and removes the
    /// profile.
    func stop() {
        for pid in browsers.withLock({ $0 }) { Self.killBrowser(pid: pid, marker: profile.path) }
        process.end(signal: SIGTERM, grace: 2)
        try? FileManager.default.removeItem(at: profile)
    }

    /// Kills the browser `pid` (started by chromedriver, not by the test) when it still runs,
    /// and only when its command line still holds `marker` (its own profile folder): a browser
    /// that has ended may have left its number to another process (a PostgreSQL backend of a
    /// parallel test, say), which must live.
    private static func killBrowser(pid: Int32, marker: String) {
        guard pid > 0, let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"),
            String(decoding: command, as: UTF8.self).contains(marker)
        else { return }
        _ = kill(pid, SIGKILL)
    }
}

/// One browser session through the W3C WebDriver HTTP API.
struct WebDriverSession: Sendable {
    /// An element reference as WebDriver hands it out.
    struct Element: Sendable {
        let id: String
    }

    /// `…/session/{id}`.
    let url: URL

    /// The W3C key of an element reference.
    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    func navigate(to target: URL) async throws {
        _ = try await Self.call("POST", url.appendingPathComponent("url"), body: ["url": target.absoluteString])
    }

    /// The address the browser shows now (after redirects).
    func currentURL() async throws -> String {
        try await Self.call("GET", url.appendingPathComponent("url")) as? String ?? ""
    }

    /// The first element matching the CSS selector.
    ///
    /// - Throws: ``HarnessError`` (WebDriver's `no such element`) when none does.
    func element(_ css: String) async throws -> Element {
        let value = try await Self.call(
            "POST", url.appendingPathComponent("element"), body: ["using": "css selector", "value": css])
        return try Self.element(from: value)
    }

    /// Every element matching the CSS selector, in document order.
    func elements(_ css: String) async throws -> [Element] {
        let value = try await Self.call(
            "POST", url.appendingPathComponent("elements"), body: ["using": "css selector", "value": css])
        return try (value as? [Any] ?? []).map(Self.element(from:))
    }

    /// The element's rendered text.
    func text(of element: Element) async throws -> String {
        try await Self.call("GET", elementURL(element).appendingPathComponent("text")) as? String ?? ""
    }

    /// An attribute of the element (`href`, `value`), nil when it has none.
    func attribute(_ name: String, of element: Element) async throws -> String? {
        try await Self.call("GET", elementURL(element).appendingPathComponent("attribute/\(name)")) as? String
    }

    /// A property of the element as the DOM has it (`href` resolved to an absolute URL).
    func property(_ name: String, of element: Element) async throws -> String? {
        try await Self.call("GET", elementURL(element).appendingPathComponent("property/\(name)")) as? String
    }

    func click(_ element: Element) async throws {
        _ = try await Self.call("POST", elementURL(element).appendingPathComponent("click"), body: [:])
    }

    /// Types `text` into a form field.
    func type(_ text: String, into element: Element) async throws {
        _ = try await Self.call("POST", elementURL(element).appendingPathComponent("value"), body: ["text": text])
    }

    /// The page's HTML as the browser has it now.
    func source() async throws -> String {
        try await Self.call("GET", url.appendingPathComponent("source")) as? String ?? ""
    }

    /// Ends the session (the browser closes).
    func delete() async throws {
        _ = try await Self.call("DELETE", url)
    }

    private func elementURL(_ element: Element) -> URL {
        url.appendingPathComponent("element").appendingPathComponent(element.id)
    }

    private static func element(from value: Any?) throws -> Element {
        guard let object = value as? [String: Any], let id = object[elementKey] as? String else {
            throw HarnessError("WebDriver answered no element reference")
        }
        return Element(id: id)
    }

    /// One WebDriver command: its `value`, or its error as a ``HarnessError``.
    static func call(_ method: String, _ url: URL, body: [String: Any]? = nil) async throws -> Any? {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let answer = try await HTTP.send(method, url, body: data, timeout: 60)
        let root = try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
        let value = root?["value"]
        guard answer.status == 200 else {
            let error = value as? [String: Any]
            throw HarnessError(
                "WebDriver \(method) \(url.path): \(error?["error"] as? String ?? "HTTP \(answer.status)"): "
                    + "\(error?["message"] as? String ?? answer.text)")
        }
        return value is NSNull ? nil : value
    }
}
