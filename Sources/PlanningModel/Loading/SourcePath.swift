/// A JSON path inside a scenario, such as `municipalities[3].therapists[0].manuals[1]`.
struct SourcePath: Sendable, Hashable, CustomStringConvertible {
    /// One step: an object key or an array index.
    enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    var components: [Component] = []

    static let root = SourcePath()

    init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path one key further down.
    func key(_ key: String) -> SourcePath {
        SourcePath(components + [.key(key)])
    }

    /// The path one array element further down.
    func index(_ index: Int) -> SourcePath {
        SourcePath(components + [.index(index)])
    }

    /// `a.b[2].c`; the document itself is `(document)`. A key longer than ``ShortText/limit``
    /// characters is cut there and ends in `…`.
    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key.count > ShortText.limit ? key.prefix(ShortText.limit) + "…" : key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(document)" : text
    }
}
