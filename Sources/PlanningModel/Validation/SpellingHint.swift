/// "Did you mean …?" for misspelt keys and ids.
enum SpellingHint {
    /// Longer words are no typos of a key or an id (and would make the quadratic edit distance slow).
    static let longestWord = 100

    /// The candidate closest to `text` by edit distance, when it is close enough to be a
    /// plausible typo (at most a third of the word differs).
    static func closest(to text: String, among candidates: some Sequence<String>) -> String? {
        guard text.count <= longestWord else { return nil }
        let word = Array(text.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate.count <= longestWord {
            let distance = editDistance(word, Array(candidate.lowercased()))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best, best.distance > 0, best.distance <= max(1, min(word.count, best.candidate.count) / 3)
        else { return nil }
        return best.candidate
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
