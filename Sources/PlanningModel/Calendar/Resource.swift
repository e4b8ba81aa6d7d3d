/// Who or what can be unavailable: a therapist, a psychologist or a venue, by id.
public enum Resource: Hashable, Sendable {
    case therapist(String)
    case psychologist(String)
    case venue(String)
}
