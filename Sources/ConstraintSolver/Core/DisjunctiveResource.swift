/// A unary resource whose tasks are ordered by one Boolean literal per pair.
///
/// Created by ``Solver/addDisjunctive(_:)``: besides the ``Solver/addNoOverlap(_:)``
/// propagator, every pair of tasks gets an order variable with "a before b" and "b before a"
/// half-reified on its two values. The literals make the machine order a decision of its own:
/// ``Branching/rank(_:)`` ranks tasks through them, and a job-shop LNS can keep part of an
/// incumbent's order by fixing them.
public struct DisjunctiveResource: Sendable {
    /// The tasks on the resource, all mandatory.
    public let intervals: [IntervalVar]
    /// Order variables of the pairs a < b (row-major upper triangle): true ⇔ a before b.
    let orders: [BoolVar]

    init(intervals: [IntervalVar], orders: [BoolVar]) {
        self.intervals = intervals
        self.orders = orders
    }

    /// The index in ``orders`` of the pair a < b.
    @inline(__always)
    func pairIndex(_ a: Int, _ b: Int) -> Int {
        let n = intervals.count
        return a * (2 * n - a - 1) / 2 + (b - a - 1)
    }

    /// The literal "task `a` ends before task `b` starts".
    ///
    /// - Parameters:
    ///   - a: an index into ``intervals``.
    ///   - b: another index into ``intervals``.
    /// - Returns: the order literal (the negation of `before(b, a)`).
    public func before(_ a: Int, _ b: Int) -> Literal {
        precondition(a != b, "a task is not ordered with itself")
        return a < b ? orders[pairIndex(a, b)].isTrue : orders[pairIndex(b, a)].isFalse
    }

    /// Every pair (a, b) with a < b and its order variable (true ⇔ a before b).
    public var pairs: [(first: Int, second: Int, order: BoolVar)] {
        var result: [(Int, Int, BoolVar)] = []
        result.reserveCapacity(orders.count)
        for a in intervals.indices {
            for b in (a + 1)..<intervals.count { result.append((a, b, orders[pairIndex(a, b)])) }
        }
        return result
    }
}

extension Solver {
    /// Posts a unary resource with explicit pairwise order literals.
    ///
    /// Equivalent to ``addNoOverlap(_:)`` plus, for each pair, a Boolean `o` with
    /// `o ⇒ a before b` and `¬o ⇒ b before a`. Use it when search should decide machine
    /// orders (``Branching/rank(_:)``) or an LNS should keep them.
    ///
    /// - Parameter intervals: mandatory intervals (no presence literal).
    /// - Returns: the resource, giving access to the order literals.
    /// - Complexity: O(n²) Booleans and propagators.
    @discardableResult
    public func addDisjunctive(_ intervals: [IntervalVar]) -> DisjunctiveResource {
        precondition(intervals.allSatisfy { $0.presence == nil }, "addDisjunctive takes mandatory intervals")
        var orders: [BoolVar] = []
        for a in intervals.indices {
            for b in (a + 1)..<intervals.count {
                let x = intervals[a]
                let y = intervals[b]
                let order = boolVar()
                addLinear([(1, x.start), (-1, y.start)], .lessOrEqual, -x.duration, enforcedBy: order.isTrue)
                addLinear([(1, y.start), (-1, x.start)], .lessOrEqual, -y.duration, enforcedBy: order.isFalse)
                orders.append(order)
            }
        }
        addNoOverlap(intervals)
        return DisjunctiveResource(intervals: intervals, orders: orders)
    }
}
