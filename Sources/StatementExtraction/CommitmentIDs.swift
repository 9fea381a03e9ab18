/// Builds ASCII ids such as "iraq-mission-end" from a commitment's place, object and action,
/// falling back to the English words of its title, and keeps them unique within a statement.
enum CommitmentIDs {
    private static let stopWords: Set<String> = [
        "the", "a", "an", "of", "to", "and", "will", "shall", "its", "their", "by", "in", "on", "for", "with",
    ]

    static func assign(_ candidates: [Candidate]) -> [String] {
        var used: Set<String> = []
        return candidates.map { candidate in
            let base = slug(for: candidate)
            var id = base
            var n = 2
            while used.contains(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            used.insert(id)
            return id
        }
    }

    private static func slug(for candidate: Candidate) -> String {
        var parts = [candidate.place, candidate.object, candidate.action].compactMap { $0 }
        if parts.isEmpty {
            let words = ArabicNormalizer.normalize(candidate.title)
                .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
                .map(String.init)
                .filter { !stopWords.contains($0) }
            parts = Array(words.prefix(3))
        }
        return parts.isEmpty ? "commitment" : parts.joined(separator: "-")
    }
}
