/// Why a need is unassigned (PROBLEM.md §6).
public enum UnassignedReason: String, Codable, Sendable, CaseIterable {
    case noCertifiedTrainers = "NO_CERTIFIED_TRAINERS"
    case tooFewParticipants = "TOO_FEW_PARTICIPANTS"
    case noTrainerCapacity = "NO_TRAINER_CAPACITY"
    case noDates = "NO_DATES"
    case noVenue = "NO_VENUE"
}
