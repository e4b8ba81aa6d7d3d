import PlanStore
import ServiceLifecycle

/// Keeps the store open while the server runs and closes it on graceful shutdown, after the
/// HTTP server has finished the requests in flight (services stop in reverse order).
struct StoreService: Service {
    let store: any ServiceStore

    func run() async throws {
        try? await gracefulShutdown()
        try await store.close()
    }
}
