/// A named person with an optional e-mail address (tovholder, organiser).
public struct Person: Codable, Sendable, Hashable {
    public var name: String
    public var email: String?

    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email
    }
}
