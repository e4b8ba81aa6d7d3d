import Foundation
import PlanStore
import StoreTestSupport

/// SQLite stores for the tests that look at the database file itself.
enum TestStores {
    /// A fresh SQLite store and its folder.
    static func sqlite() async throws -> (SQLServiceStore, URL) {
        let folder = try TestDatabases.temporaryFolder()
        let store = try await SQLServiceStore.open(.sqlite(folder: folder.path), logger: TestDatabases.logger)
        return (store, folder)
    }
}
