/// "Did you mean" for misspelt keys and values.
enum Suggestion {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a typo.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        // A long word is no typo of a short key, and comparing it would cost its length squared.
        guard word.utf8.count <= 64 else { return nil }
        let target = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let tolerance = max(1, min(3, target.count / 3))
        return distance <= tolerance ? candidate : nil
    }

    /// " (did you mean `x`?)" or "".
    static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { " (did you mean `\($0)`?)" } ?? ""
    }

    /// Levenshtein distance with two rolling rows.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
