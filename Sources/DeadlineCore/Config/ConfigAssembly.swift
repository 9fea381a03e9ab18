import TOML

/// Puts a config together from its statements, one at a time in the order read, and checks
/// what must hold across them. Each statement's commitments are copied into the config's one
/// array as they come, so that the commitments of a thousand files are never held twice: the
/// array a file was read into is freed before long. The config's array is given room for the
/// files still to come (`expect`) rather than doubled as it fills: each doubling holds the old
/// array and the new one at once. The first statement's array is taken as it is, so a config of
/// one file (or one large main file) is not copied at all.
///
/// Each file is read with a cache of its own (`LoadCache`), so that files can be read at the
/// same time; commitments of different files that have equal parties or an equal deadline are
/// made to share them here (`share`): a thousand files name the same few parties and the same
/// days, and each list of parties and each deadline's bounds is an allocation.
///
/// A statement may come from a file just read or, on a reload, from the config in force
/// (`StatementFileMemory`, which gives back each commitment as its file wrote it): `finish`
/// works out whatever holds across statements afresh from all of them, so both give the same
/// config.
struct ConfigAssembly {
    private var errors: [ConfigError] = []
    private var repeatedIDs: [ConfigError] = []
    private var statements: [Statement] = []
    private var commitments: [Commitment] = []
    /// Where each statement id was first written, for the message about a repeated one.
    private var firstByID: [String: (file: String, position: TOMLPosition)] = [:]
    /// The parties and deadlines of the statements added with `share`, each kept once.
    private var partyLists: Set<[String]> = []
    private var deadlines: Set<SharedDeadline> = []

    /// A deadline of `deadlines`: hashed by its binding instant alone, compared whole. Its words
    /// follow from the instant and how it is written, so hashing them too would tell few more
    /// deadlines apart, at the cost of hashing every string of every commitment's bounds.
    private struct SharedDeadline: Hashable {
        let deadline: Deadline

        func hash(into hasher: inout Hasher) {
            hasher.combine(deadline.instant)
            hasher.combine(deadline.bounds.count)
        }
    }

    init(expectedCommitments: Int = 0) {
        commitments.reserveCapacity(expectedCommitments)
    }

    /// Adds a statement and its commitments; returns the statement's index in the config and
    /// where its commitments are, or nil when its id is taken (an error, at `idPosition`).
    /// With `share`, its commitments' parties and deadlines equal to those of a statement added
    /// before with `share` are made to share theirs: a statement just read from a file of
    /// statements.d. (A statement kept from the config in force shares them already.)
    @discardableResult
    mutating func add(
        _ statement: Statement, commitments added: some Collection<Commitment>, idPosition: TOMLPosition, share: Bool = false
    ) -> (statement: Int, commitments: Range<Int>)? {
        if let first = firstByID[statement.id] {
            let place = "\(first.file):\(first.position.line):\(first.position.column)"
            repeatedIDs.append(ConfigError(file: statement.file, diagnostics: [
                ConfigDiagnostic("statement id \(quoted(statement.id)) is already used by \(place); ids must be unique across files", at: idPosition),
            ]))
            return nil
        }
        firstByID[statement.id] = (statement.file, idPosition)
        let index = statements.count
        statements.append(statement)
        let start = commitments.count
        if start == 0, !share, commitments.capacity < added.count, let whole = added as? [Commitment] {
            commitments = whole
            for position in commitments.indices where commitments[position].statementIndex != index {
                commitments[position].statementIndex = index
            }
            return (index, 0..<commitments.count)
        }
        for var commitment in added {
            commitment.statementIndex = index
            if share {
                commitment.parties = partyLists.insert(commitment.parties).memberAfterInsert
                if let deadline = commitment.deadline {
                    commitment.deadline = deadlines.insert(SharedDeadline(deadline: deadline)).memberAfterInsert.deadline
                }
            }
            commitments.append(commitment)
        }
        return (index, start..<commitments.count)
    }

    mutating func add(_ document: ConfigLoader.StatementDocument) {
        add(document.statement, commitments: document.commitments, idPosition: document.idPosition)
    }

    /// Makes room for `files` more statements with as many commitments as those added so far
    /// have on average.
    mutating func expect(files: Int) {
        guard !statements.isEmpty, files > 0 else { return }
        let projected = commitments.count + commitments.count * files / statements.count
        if projected > commitments.capacity { commitments.reserveCapacity(projected + projected / 16) }
    }

    /// A file that could not be read or parsed: the config fails, with every such error.
    mutating func fail(_ error: ConfigError) {
        errors.append(error)
    }

    /// The config, or every error (the files' in the order read, then each repeated id, then
    /// each wrong `supersedes`), and the status as written of each commitment whose status
    /// the whole set decided (`superseded`), by its index in the config.
    /// `file` is the main config, which names the error as a whole.
    consuming func finish(daemon: DaemonSettings, file: String) throws(ConfigError) -> (Config, writtenStatus: [Int: CommitmentStatus]) {
        var errors = errors + repeatedIDs
        let written = commitments.map(\.status)
        ConfigLoader.markSuperseded(statements: statements, commitments: &commitments, errors: &errors, someFileFailed: !errors.isEmpty)
        if let combined = ConfigError(file: file, combining: errors) { throw combined }
        var writtenStatus: [Int: CommitmentStatus] = [:]
        for index in commitments.indices where commitments[index].status != written[index] {
            writtenStatus[index] = written[index]
        }
        return (Config(daemon: daemon, statements: statements, commitments: commitments), writtenStatus)
    }
}
