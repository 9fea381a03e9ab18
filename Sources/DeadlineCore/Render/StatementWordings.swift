/// The words of a view of several statements: its headings in the view's wording, and each row
/// about a commitment in its statement's (the statement's `language` over the daemon's). The
/// word sets are made once per view, one per distinct wording, and shared by the rows.
struct StatementWordings {
    /// The words of one wording: the tables' and the alerts'. A class, so that handing a row
    /// its words shares them instead of copying every string.
    final class Words {
        let view: ViewWords
        let alerts: any AlertVocabulary
        var wording: Wording { view.wording }

        init(_ wording: Wording) {
            view = ViewWords.of(wording)
            alerts = wording.alertVocabulary
        }
    }

    /// The headings' words: `Config.wording` (the statement's when the view has one, else the daemon's).
    let heading: Words
    /// The words of a statement no longer in the config (the alert log's past): the daemon's.
    let daemon: Words
    private let sets: [Words]
    /// Index into `sets` of each statement's words, by statement index.
    private let setOfStatement: [Int]

    init(_ config: Config) {
        var sets: [Words] = []
        var known: [Wording: Int] = [:]
        func index(of wording: Wording) -> Int {
            if let index = known[wording] { return index }
            sets.append(Words(wording))
            known[wording] = sets.count - 1
            return sets.count - 1
        }
        let heading = index(of: config.wording)
        let daemon = index(of: config.daemon.wording)
        setOfStatement = config.statements.map { index(of: config.statementWording($0)) }
        self.heading = sets[heading]
        self.daemon = sets[daemon]
        self.sets = sets
    }

    /// The words of the statement at `statementIndex` in the config.
    func of(statement statementIndex: Int) -> Words { sets[setOfStatement[statementIndex]] }

    /// The words of `commitment`'s rows.
    func of(_ commitment: Commitment) -> Words { of(statement: commitment.statementIndex) }
}
