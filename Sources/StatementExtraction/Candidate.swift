import CivilCalendar

/// A commitment read from one sentence, before repeats across the statement are merged.
struct Candidate {
    var quote: String
    var title: String
    var bounds: [Bound]
    var parties: [String]
    /// Spans counted from an event the statement does not date, as the text writes them.
    var fromEvents: [String] = []
    var place: String?
    var object: String?
    var action: String?
    /// From a numbered item of the body, whose wording is preferred over the lead's.
    var isNumbered: Bool

    /// What the commitment is about, regardless of where: "mission-end". Nil when the sentence
    /// names neither an object nor an action from the keyword table.
    var subject: String? {
        guard object != nil || action != nil else { return nil }
        return "\(object ?? "")-\(action ?? "")"
    }
}

/// Reads one sentence: its clauses, and for each its bounds, whether it commits to anything,
/// what about, and who.
enum CandidateReader {
    static func read(_ sentence: Sentence, in text: NormalizedText, issued: CivilDate?) -> [Candidate] {
        let tokens = sentence.tokens
        let pluperfect = CommitmentCues.pluperfect(tokens)
        let past = pluperfect.past
        let matches = BoundPhrases.find(in: tokens, issued: issued).filter { match in
            guard !past[match.tokens.lowerBound] else { return false }
            guard let issued, let bound = match.bound, bound.kind != .from, let day = bound.bindingDay(issued: issued) else {
                return true
            }
            return day >= issued
        }
        let clauses = Clauses.split(tokens, bounds: matches, alsoAt: pluperfect.clauseEdges)
        let anyPast = past.contains(true)
        var candidates: [Candidate] = []
        var pledged = false
        var nextMatch = 0
        var subject: [String] = []
        for clause in clauses {
            let clauseTokens = clauses.count == 1 ? tokens : Array(tokens[clause])
            var clauseMatches: [BoundMatch] = []
            while nextMatch < matches.count, clause.contains(matches[nextMatch].tokens.lowerBound) {
                let match = matches[nextMatch]
                let shifted = (match.tokens.lowerBound - clause.lowerBound)..<(match.tokens.upperBound - clause.lowerBound)
                clauseMatches.append(BoundMatch(bound: match.bound, tokens: shifted))
                nextMatch += 1
            }
            let pledge = CommitmentCues.firstPledge(in: clauseTokens, past: anyPast ? Array(past[clause]) : nil)
            let isCommitment = pledge != nil || pledged
                || (!clauseMatches.isEmpty && (issued != nil || !CommitmentCues.reportsPast(clauseTokens)))
            pledged = pledged || pledge != nil
            guard isCommitment || clauses.count > 1 else { continue }
            // A clause that names no party binds the parties named last before it: the subject.
            var parties = Parties.find(in: clauseTokens)
            if parties.isEmpty { parties = subject } else { subject = parties }
            guard isCommitment else { continue }
            let quote = clauses.count == 1 ? sentence.range : Clauses.span(tokens[clause]) ?? sentence.range
            var found = candidate(clauseTokens, bounds: clauseMatches, pledge: pledge, quote: text.originalText(quote),
                                  parties: parties, isNumbered: sentence.isNumbered, text: text)
            found.fromEvents = clauseMatches.filter { $0.bound == nil }.compactMap { match in
                Clauses.span(clauseTokens[match.tokens.lowerBound...], droppingFullStop: true).map(text.originalText)
            }
            candidates.append(found)
        }
        return candidates
    }

    private static func candidate(_ tokens: [Token], bounds matches: [BoundMatch], pledge: Int?, quote: String,
                                  parties: [String], isNumbered: Bool, text: NormalizedText) -> Candidate {
        let bounds = matches.compactMap(\.bound)
        let anchor = pledge ?? matches.first?.tokens.lowerBound ?? 0
        let keywords = tokens.map(SubjectKeywords.keyword)
        let aheadFirst = pledge != nil
        let place = nearest(.place, in: keywords, from: anchor, aheadFirst: false)
        let object = nearest(.object, in: keywords, from: anchor, aheadFirst: aheadFirst)
        let actionIndex = nearestIndex(.action, in: keywords, from: anchor, aheadFirst: aheadFirst)
        var action = actionIndex.flatMap { keywords[$0]?.slug }
        if action == "continue", bounds.contains(where: { $0.kind == .until }) {
            action = "end"  // "continues until September 2026" is the date it ends
        }
        return Candidate(
            quote: quote,
            title: TitleDrafter.title(tokens, around: actionIndex ?? anchor, bounds: matches, text: text),
            bounds: bounds,
            parties: parties,
            place: place,
            object: object,
            action: action,
            isNumbered: isNumbered
        )
    }

    private static func nearest(_ role: SubjectKeywords.Role, in keywords: [SubjectKeywords.Keyword?],
                                from anchor: Int, aheadFirst: Bool) -> String? {
        nearestIndex(role, in: keywords, from: anchor, aheadFirst: aheadFirst).flatMap { keywords[$0]?.slug }
    }

    /// The keyword of `role` closest to the anchor, looking first ahead (after a pledge, where
    /// its object follows) or first behind (before a bound, which follows what it limits).
    private static func nearestIndex(_ role: SubjectKeywords.Role, in keywords: [SubjectKeywords.Keyword?],
                                     from anchor: Int, aheadFirst: Bool) -> Int? {
        let ahead = keywords.indices.dropFirst(anchor).first { keywords[$0]?.role == role }
        let behind = keywords.indices.prefix(anchor).last { keywords[$0]?.role == role }
        return aheadFirst ? (ahead ?? behind) : (behind ?? ahead)
    }
}
