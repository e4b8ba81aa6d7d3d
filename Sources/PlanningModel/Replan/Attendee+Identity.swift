extension Attendee {
    /// The attendee as a person of REPLAN.md: their psychologist id, else e-mail, else name.
    public var identity: String { psychologist ?? email ?? name }
}
