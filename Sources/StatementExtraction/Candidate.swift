import CivilCalendar

/// A commitment read from one sentence, before repeats across the statement are merged.
struct Candidate {
    var quote: String
    var title: String
    var bounds: [Bound]
    var parties: [String]
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

/// Reads one sentence: its bounds, whether it commits to anything, what about, and who.
enum CandidateReader {
    static func read(_ sentence: Sentence, in text: NormalizedText, issued: CivilDate?) -> Candidate? {
        let tokens = sentence.tokens
        let matches = BoundPhrases.find(in: tokens).filter { match in
            guard let issued, match.bound.kind != .from, let day = match.bound.bindingDay(issued: issued) else {
                return true
            }
            return day >= issued
        }
        let pledge = CommitmentCues.firstPledge(in: tokens)
        let isCommitment = pledge != nil
            || (!matches.isEmpty && (issued != nil || !CommitmentCues.reportsPast(tokens)))
        guard isCommitment else { return nil }

        let bounds = matches.map(\.bound)
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
            quote: text.originalText(sentence.range),
            title: TitleDrafter.title(tokens, around: actionIndex ?? anchor, bounds: matches, text: text),
            bounds: bounds,
            parties: Parties.find(in: tokens),
            place: place,
            object: object,
            action: action,
            isNumbered: sentence.isNumbered
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
