import CivilCalendar

/// Everything the extractor found in one statement.
public struct ExtractionResult: Sendable, Equatable {
    /// The date of issue: the caller's, else one the text states in full, else nil.
    public var issued: CivilDate?
    /// Where `issued` came from: "argument", "text" or "unknown".
    public var issuedSource: String
    /// The language of the text, from its script.
    public var language: Language
    /// The first line of the statement when it reads as a headline; a title for the config.
    public var headline: String?
    public var commitments: [ExtractedCommitment]

    public init(issued: CivilDate?, issuedSource: String, language: Language,
                headline: String?, commitments: [ExtractedCommitment]) {
        self.issued = issued
        self.issuedSource = issuedSource
        self.language = language
        self.headline = headline
        self.commitments = commitments
    }
}

/// One candidate commitment, for a person to confirm before it goes into the config.
public struct ExtractedCommitment: Sendable, Equatable {
    /// ASCII slug, unique within a result, e.g. "iraq-mission-end".
    public var id: String
    /// A short clause drafted from the sentence, in the sentence's language.
    public var title: String
    /// The sentence exactly as the original text writes it.
    public var quote: String
    /// Empty when the commitment has no date: the config treats it as ongoing.
    public var bounds: [Bound]
    public var parties: [String]
    /// Spans counted from an event the statement does not date, as the text writes them ("within
    /// six months of the election"): no day can be counted for them, so they are no bound; the
    /// person reviewing sets one once the event has a date.
    public var fromEvents: [String]

    public init(id: String, title: String, quote: String, bounds: [Bound], parties: [String], fromEvents: [String] = []) {
        self.id = id
        self.title = title
        self.quote = quote
        self.bounds = bounds
        self.parties = parties
        self.fromEvents = fromEvents
    }
}
