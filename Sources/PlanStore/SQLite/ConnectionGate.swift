/// Lends one thing to one task at a time, in the order they asked (first come, first served),
/// until it is closed.
actor ConnectionGate {
    private var isBusy = false
    private var isClosed = false
    private var waiting: [CheckedContinuation<Bool, Never>] = []

    /// Waits until the gate is free and takes it.
    ///
    /// - Throws: ``StoreError/unavailable(_:)`` once the gate is closed.
    func enter() async throws(StoreError) {
        if isClosed { throw .unavailable("the database is closed") }
        if isBusy {
            let granted = await withCheckedContinuation { waiting.append($0) }
            if !granted { throw .unavailable("the database is closed") }
        } else {
            isBusy = true
        }
    }

    /// Hands the gate to the next waiting task, or frees it.
    func leave() {
        if waiting.isEmpty {
            isBusy = false
        } else {
            waiting.removeFirst().resume(returning: true)
        }
    }

    /// Takes the gate for good: waits for the current holder, refuses everybody after.
    func close() async throws(StoreError) {
        try await enter()
        isClosed = true
        for waiter in waiting { waiter.resume(returning: false) }
        waiting = []
    }
}
