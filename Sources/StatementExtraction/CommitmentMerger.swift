/// Statements repeat themselves: the lead summarises what the numbered body then says in full.
/// Two candidates about the same subject and place, where one's bounds are a subset of the
/// other's, are one commitment: it keeps the fuller bounds, the body's (or the longer) sentence,
/// and every party either names.
enum CommitmentMerger {
    /// How many earlier candidates with the same subject are compared; keeps pathological input
    /// (thousands of sentences about one subject with different dates) linear.
    private static let scanLimit = 64

    static func merge(_ candidates: [Candidate]) -> [Candidate] {
        var merged: [Candidate] = []
        var bySubject: [String: [Int]] = [:]
        for candidate in candidates {
            let key = candidate.subject ?? "quote:" + ArabicNormalizer.normalize(candidate.quote)
            let earlier = bySubject[key, default: []]
            if let index = earlier.suffix(scanLimit).first(where: { belongTogether(merged[$0], candidate) }) {
                merged[index] = combine(merged[index], candidate)
            } else {
                bySubject[key, default: []].append(merged.count)
                merged.append(candidate)
            }
        }
        return merged
    }

    private static func belongTogether(_ a: Candidate, _ b: Candidate) -> Bool {
        guard a.place == b.place || a.place == nil || b.place == nil else { return false }
        let boundsA = Set(a.bounds)
        let boundsB = Set(b.bounds)
        return boundsA.isSubset(of: boundsB) || boundsB.isSubset(of: boundsA)
    }

    private static func combine(_ a: Candidate, _ b: Candidate) -> Candidate {
        let preferB = (b.isNumbered && !a.isNumbered)
            || (b.isNumbered == a.isNumbered && b.quote.unicodeScalars.count > a.quote.unicodeScalars.count)
        var result = preferB ? b : a
        let other = preferB ? a : b
        if other.bounds.count > result.bounds.count { result.bounds = other.bounds }
        result.place = result.place ?? other.place
        result.isNumbered = a.isNumbered || b.isNumbered
        var parties = a.parties
        for party in b.parties where !parties.contains(party) { parties.append(party) }
        result.parties = parties
        result.fromEvents = a.fromEvents + b.fromEvents.filter { !a.fromEvents.contains($0) }
        return result
    }
}
