import Foundation
import TestSupport

/// A small published plan in which bookings are possible on the real clock: the
/// ``BookingWorld`` with cohort `c1` (training 2027-01-05 and 01-12), group `c1-g1` full
/// (4 of 4) and group `c1-g2` with one member, each group with its own supervisor, therapists
/// of municipalities `kommune-0` and `kommune-1` (alternating).
enum BookingPlan: PlanFixture {
    static let world = BookingWorld(municipalities: 2, groups: [4, 1], groupMax: 4)

    static var documents: (scenario: Data, plan: Data) { (world.scenario, world.plan) }
}
