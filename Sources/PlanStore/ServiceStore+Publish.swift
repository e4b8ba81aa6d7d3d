import Foundation

extension ServiceStore {
    /// Publishes a draft's plan document as it was stored (the first start, which follows no
    /// earlier publication, and tests of the store).
    ///
    /// - Throws: ``StoreError/versionNotFound(_:)``, ``StoreError/notDraft(_:_:)``.
    public func publish(version number: Int, by who: Principal, at time: Date) async throws -> PlanVersion {
        try await publish(version: number, by: who, at: time) { draft, _ in draft.plan }
    }
}
