import CivilCalendar

/// Reads a public statement, Arabic or English, and proposes the commitments it makes, with the
/// dates that bind them. Rule-based and offline: every candidate can be traced to a sentence and
/// to the phrase that produced each bound, so a person can check it before it reaches the config.
public struct StatementExtractor: Sendable {
    public init() {}

    /// - Parameters:
    ///   - issued: the date of issue when the caller knows it; otherwise one written in full in
    ///     the text is used. Spans ("within 12 months") stay spans either way; with a date of
    ///     issue, bounds already past on that day are dropped as reports, not commitments.
    public func extract(_ text: String, issued: CivilDate? = nil) -> ExtractionResult {
        let normalized = ArabicNormalizer.normalizeMapped(text)
        var sentences = SentenceSplitter.split(normalized)
        let found = issued == nil ? IssueDate.find(in: sentences) : nil
        if let dateline = IssueDate.dateline(in: sentences) {
            // The dateline says where and when, not what is promised: quotes and the headline start after it.
            sentences[dateline.sentence] = sentences[dateline.sentence].dropping(dateline.end)
            sentences.removeAll { $0.tokens.isEmpty }
        }
        let date = issued ?? found
        let candidates = sentences.flatMap { CandidateReader.read($0, in: normalized, issued: date) }
        let merged = CommitmentMerger.merge(candidates)
        let ids = CommitmentIDs.assign(merged)
        let commitments = zip(ids, merged).map { id, candidate in
            ExtractedCommitment(id: id, title: candidate.title, quote: candidate.quote,
                                bounds: candidate.bounds, parties: candidate.parties, fromEvents: candidate.fromEvents)
        }
        return ExtractionResult(
            issued: date,
            issuedSource: issued != nil ? "argument" : (found != nil ? "text" : "unknown"),
            language: Language.detect(in: text),
            headline: headline(sentences, normalized),
            commitments: commitments
        )
    }

    /// The first sentence when it is a line of its own without a full stop: a headline.
    private func headline(_ sentences: [Sentence], _ text: NormalizedText) -> String? {
        guard let first = sentences.first, first.tokens.count <= 30, first.tokens.last?.text != "." else {
            return nil
        }
        let end = first.range.upperBound
        guard end == text.scalars.count || text.scalars[end] == "\n" else { return nil }
        return text.originalText(first.range)
    }
}
