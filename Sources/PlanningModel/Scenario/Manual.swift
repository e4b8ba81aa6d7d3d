/// One STIME treatment manual (track) and the rules for training and supervising in it.
public struct Manual: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var shortTitle: String?
    public var training: TrainingRules
    public var supervision: SupervisionRules

    public init(
        id: String, title: String, shortTitle: String? = nil, training: TrainingRules, supervision: SupervisionRules
    ) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.training = training
        self.supervision = supervision
    }

    /// The short title when there is one, else the title.
    public var displayTitle: String { shortTitle ?? title }
}
