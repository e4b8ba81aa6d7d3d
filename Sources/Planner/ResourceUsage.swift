/// Who is busy when: the bookkeeping behind H6–H9, kept incrementally as activities are
/// added and removed.
///
/// Every `add…` first checks that the activity fits (availability, no clash, one physical
/// venue per psychologist and date, weekly and monthly day limits, free rooms) and
/// changes nothing when it does not, so a search can try an activity and back out.
struct ResourceUsage: Sendable {
    let dayCount: Int
    let weekCount: Int
    let monthCount: Int
    /// Busy slots per psychologist and day (bit 0 am, bit 1 pm), `p * dayCount + d`.
    private(set) var psychologistBusy: [UInt8]
    /// Physical venue of a psychologist's activities on a day, when `psychologistVenueCount` > 0.
    private var psychologistVenue: [Int16]
    /// Number of physical activities behind `psychologistVenue`.
    private var psychologistVenueCount: [UInt8]
    /// Distinct activity dates per psychologist and week / month.
    private(set) var weekLoad: [Int16]
    private(set) var monthLoad: [Int16]
    /// Distinct activity dates per psychologist over the horizon (S6).
    private(set) var totalLoad: [Int]
    /// Activities per venue, day and slot, `(v * dayCount + d) * 2 + slot`.
    private(set) var venueUse: [UInt8]
    /// Busy slots per therapist and day.
    private(set) var therapistBusy: [UInt8]

    init(instance: Instance) {
        dayCount = instance.dayCount
        weekCount = instance.weekCount
        monthCount = instance.monthCount
        let p = instance.psychologistCount
        psychologistBusy = Array(repeating: 0, count: p * dayCount)
        psychologistVenue = Array(repeating: 0, count: p * dayCount)
        psychologistVenueCount = Array(repeating: 0, count: p * dayCount)
        weekLoad = Array(repeating: 0, count: p * weekCount)
        monthLoad = Array(repeating: 0, count: p * monthCount)
        totalLoad = Array(repeating: 0, count: p)
        venueUse = Array(repeating: 0, count: instance.venueCount * dayCount * 2)
        therapistBusy = Array(repeating: 0, count: instance.therapistCount * dayCount)
    }

    // MARK: Psychologists

    /// Whether psychologist `p` can take an activity in `mask` slots of day `d`, at venue
    /// `venue` (nil for virtual).
    @inline(__always)
    func psychologistFits(_ instance: Instance, _ p: Int, _ d: Int, mask: UInt8, venue: Int?) -> Bool {
        let i = p * dayCount + d
        if instance.psychologistFree[i] & mask != mask { return false }
        let busy = psychologistBusy[i]
        if busy & mask != 0 { return false }
        if let venue, psychologistVenueCount[i] > 0, Int(psychologistVenue[i]) != venue { return false }
        if busy == 0 {
            if Int(weekLoad[p * weekCount + instance.weekOf[d]]) >= instance.maxDaysPerWeek[p] { return false }
            if Int(monthLoad[p * monthCount + instance.monthOf[d]]) >= instance.maxDaysPerMonth[p] { return false }
        }
        return true
    }

    /// Whether day `d` would be a new activity date for psychologist `p`.
    @inline(__always)
    func isNewDate(_ p: Int, _ d: Int) -> Bool { psychologistBusy[p * dayCount + d] == 0 }

    mutating func addPsychologist(_ instance: Instance, _ p: Int, _ d: Int, mask: UInt8, venue: Int?) {
        let i = p * dayCount + d
        if psychologistBusy[i] == 0 {
            weekLoad[p * weekCount + instance.weekOf[d]] += 1
            monthLoad[p * monthCount + instance.monthOf[d]] += 1
            totalLoad[p] += 1
        }
        psychologistBusy[i] |= mask
        if let venue {
            psychologistVenue[i] = Int16(venue)
            psychologistVenueCount[i] += 1
        }
    }

    mutating func removePsychologist(_ instance: Instance, _ p: Int, _ d: Int, mask: UInt8, venue: Int?) {
        let i = p * dayCount + d
        psychologistBusy[i] &= ~mask
        if venue != nil { psychologistVenueCount[i] -= 1 }
        if psychologistBusy[i] == 0 {
            weekLoad[p * weekCount + instance.weekOf[d]] -= 1
            monthLoad[p * monthCount + instance.monthOf[d]] -= 1
            totalLoad[p] -= 1
        }
    }

    // MARK: Venues

    @inline(__always)
    func venueFits(_ instance: Instance, _ v: Int, _ d: Int, mask: UInt8) -> Bool {
        if instance.venueFree[v * dayCount + d] & mask != mask { return false }
        let base = (v * dayCount + d) * 2
        let rooms = instance.venueRooms[v]
        if mask & 1 != 0, Int(venueUse[base]) >= rooms { return false }
        if mask & 2 != 0, Int(venueUse[base + 1]) >= rooms { return false }
        return true
    }

    mutating func changeVenue(_ v: Int, _ d: Int, mask: UInt8, by delta: Int) {
        let base = (v * dayCount + d) * 2
        if mask & 1 != 0 { venueUse[base] = UInt8(Int(venueUse[base]) + delta) }
        if mask & 2 != 0 { venueUse[base + 1] = UInt8(Int(venueUse[base + 1]) + delta) }
    }

    // MARK: Therapists

    @inline(__always)
    func therapistFits(_ t: Int, _ d: Int, mask: UInt8) -> Bool { therapistBusy[t * dayCount + d] & mask == 0 }

    mutating func addTherapist(_ t: Int, _ d: Int, mask: UInt8) { therapistBusy[t * dayCount + d] |= mask }
    mutating func removeTherapist(_ t: Int, _ d: Int, mask: UInt8) { therapistBusy[t * dayCount + d] &= ~mask }

    /// The largest number of distinct activity dates of any psychologist (S6 before weighting).
    var peakLoad: Int { totalLoad.max() ?? 0 }
}
