import TOML

extension ConfigLoader {
    /// What a document's commitments are read with, and what it says besides them.
    struct DocumentSettings {
        /// The daemon's settings: the main file's `[daemon]` (nil when it has errors), or for a
        /// statement file those it is read with.
        var daemon: DaemonSettings?
        var statementsDir: (path: String, position: TOMLPosition)?
        /// The statement's settings over the daemon's (its defaults when `[daemon]` has errors,
        /// so that one run of `check` reports everything); nil when there is no usable statement.
        var forCommitments: DaemonSettings?
        var statement: (statement: Statement, idPosition: TOMLPosition)?
    }

    /// The settings of a document's commitments (nil when `[statement]` is missing or wrong:
    /// then commitments are not read). The one rule for both ways a commitment reaches
    /// `CommitmentReader`.
    static func documentSettings(_ top: TableReader<TopKey>, kind: DocumentKind, file: String, log: DiagnosticLog) -> DocumentSettings {
        var settings = DocumentSettings()
        let base: DaemonSettings
        let requireStatement: Bool
        switch kind {
        case .main(let required):
            let table = top.table(.daemon) ?? TOMLTable()
            settings.daemon = readDaemon(table, log: log)
            settings.statementsDir = readStatementsDir(table, log: log)
            base = settings.daemon ?? defaultDaemon
            requireStatement = required
        case .statementFile(let daemon):
            if top.has(.daemon) {
                log.error("[daemon] belongs in the main config (deadlined.toml), not in a statement file", at: top.valuePosition(.daemon))
            }
            settings.daemon = daemon
            base = daemon
            requireStatement = true
        }
        let statementTable = top.table(.statement)
        if statementTable == nil, !top.has(.statement) {
            if requireStatement {
                let what = if case .main = kind { "the config" } else { "a statement file" }
                log.error("\(what) needs a [statement] table with at least `id = \"...\"`", at: nil)
            } else if top.has(.commitment) {
                log.error("[[commitment]] tables need a [statement] in the same file, with at least `id = \"...\"`", at: top.valuePosition(.commitment))
            }
        }
        if let statementTable, let (statement, forCommitments, idPosition) = readStatement(statementTable, daemon: base, file: file, log: log) {
            settings.statement = (statement, idPosition)
            settings.forCommitments = forCommitments
        }
        return settings
    }

    /// Every `[[commitment]]` table of the tree, read and checked, in document order.
    static func readCommitments(_ top: TableReader<TopKey>, into reader: CommitmentReader) {
        guard let array = top.arrayOfTables(.commitment) else { return }
        for index in array.elements.indices {
            guard let (table, _) = array.table(at: index, log: reader.log) else { continue }
            reader.read(table)
        }
    }
}

/// Reads commitment tables one at a time into the config's commitments, in document order,
/// sharing one `LoadCache`; the problems go to `log`. Ids are checked for repeats at the end.
final class CommitmentReader {
    let daemon: DaemonSettings
    let statement: Statement
    let log: DiagnosticLog
    private let cache: LoadCache
    private(set) var commitments: [Commitment] = []
    /// Where each commitment's `id` is written (its header when it has none).
    private var idPositions: [TOMLPosition] = []

    init(daemon: DaemonSettings, statement: Statement, log: DiagnosticLog) {
        self.daemon = daemon
        self.statement = statement
        self.log = log
        cache = LoadCache(zone: daemon.zone, wording: Config.wording(daemon: daemon, statement: statement))
        _ = cache.intern(daemon.leadTimes)
    }

    func read(_ table: TOMLTable) {
        guard let commitment = ConfigLoader.readCommitment(
            table, position: table.position, daemon: daemon, statement: statement, log: log, cache: cache)
        else { return }
        commitments.append(commitment)
        idPositions.append(table.valuePosition("id") ?? table.position)
    }

    /// Adds the commitments `later` read, which follow these in the document (the second half
    /// of a document read in two); their ids are checked with these at `finish`.
    func append(_ later: CommitmentReader) {
        commitments += later.commitments
        idPositions += later.idPositions
    }

    /// The commitments, after reporting each whose id an earlier one already has, at its `id`.
    func finish() -> [Commitment] {
        var firstIndexByID: [String: Int] = [:]
        firstIndexByID.reserveCapacity(commitments.count)
        for index in commitments.indices {
            guard let first = firstIndexByID.updateValue(index, forKey: commitments[index].id) else { continue }
            firstIndexByID[commitments[index].id] = first
            let firstPosition = idPositions[first]
            log.error(
                "commitment id `\(commitments[index].id)` is used twice (first at \(firstPosition.line):\(firstPosition.column)); ids must be unique",
                at: idPositions[index])
        }
        return commitments
    }
}

/// Takes each `[[commitment]]` while the document is parsed, so that a large config never holds
/// the tables of all its commitments at once: each is read as soon as it is finished, and only
/// the commitment is kept.
///
/// It can do so when `[daemon]` and `[statement]` are written before the first commitment, as
/// usual: it reads them as they stand there. `ConfigLoader.load(bytes:file:)` then checks that
/// the whole document has them the same; if not, it parses again without a stream.
final class CommitmentStream: TOMLElementSink {
    /// What a stream's commitments are read with, handed from the first half of a document
    /// read in two to the second.
    struct ReaderSettings: Sendable {
        var daemon: DaemonSettings
        var statement: Statement
    }

    /// A stream's part in a document read in two halves at once (`ConfigLoader.parseInHalves`).
    enum Half {
        /// The first: hands the settings `begin` finds (nil when it finds none) to the second.
        case first(Handoff<ReaderSettings?>)
        /// The second, which has no `[daemon]` or `[statement]` of its own: reads its
        /// commitments with the first's settings, once handed.
        case second(Handoff<ReaderSettings?>)
    }

    let key = TopKey.commitment.name
    let log = DiagnosticLog()
    private let kind: ConfigLoader.DocumentKind
    private let file: String
    private let half: Half?
    /// Set when `begin` took the commitments.
    private(set) var reader: CommitmentReader?
    /// The top level as written before the first commitment.
    private var before = TOMLTable()

    init(kind: ConfigLoader.DocumentKind, file: String, half: Half? = nil) {
        self.kind = kind
        self.file = file
        self.half = half
    }

    func begin(before top: TOMLTable) -> Bool {
        if case .second(let handoff) = half {
            guard let settings = handoff.take() else { return false }
            reader = CommitmentReader(daemon: settings.daemon, statement: settings.statement, log: log)
            return true
        }
        let scratch = DiagnosticLog()
        let settings = ConfigLoader.documentSettings(
            TableReader<TopKey>(table: top, name: "", log: scratch), kind: kind, file: file, log: scratch)
        guard let forCommitments = settings.forCommitments, let statement = settings.statement else {
            end()
            return false
        }
        before = top
        reader = CommitmentReader(daemon: forCommitments, statement: statement.statement, log: log)
        if case .first(let handoff) = half {
            handoff.put(ReaderSettings(daemon: forCommitments, statement: statement.statement))
        }
        return true
    }

    func take(_ table: TOMLTable) {
        reader?.read(table)
    }

    /// Called when the first half's parse is over: a second half still waiting for settings
    /// (`begin` never ran, or the parse failed before) gets none.
    func end() {
        if case .first(let handoff) = half { handoff.put(nil) }
    }

    /// Whether the commitments were read with the settings `root` gives them.
    func readAsIn(_ root: TOMLTable) -> Bool {
        let keys = [TopKey.daemon.name, TopKey.statement.name]
        return keys.allSatisfy { before[$0] == root[$0] }
    }
}
