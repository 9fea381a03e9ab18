import TOML
import CivilCalendar

/// Turns a config document into a validated `Config`, or every reason it cannot be one.
///
/// The schema (every key is documented in the README):
/// `[daemon]` timezone, lead_times, overdue_every, review_every, catch_up, alert_log,
/// notify_command, notify_timeout, metrics_file, metrics_every, language, calendar, digits,
/// statements_dir; `[statement]` id, title, issued, source, language, timezone, lead_times,
/// overdue_every, review_every, snooze_until;
/// `[[commitment]]` id, title, parties, status, quote, lead_times, overdue_every, review_every,
/// the bounds (deadline, within, no_later_than, until, before), resolved, evidence,
/// snooze_until, supersedes, and `[[commitment.milestone]]` id, title, at, lead_times.
public enum ConfigLoader {
    /// The defaults a config without a `[daemon]` table gets.
    public static let defaultLeadTimes = ["90d", "30d", "7d", "1d"]
    public static let defaultOverdueEvery = "30d"
    public static let defaultReviewEvery = "90d"
    public static let defaultNotifyTimeout = "10s"
    public static let defaultMetricsEvery = "5m"

    /// The folder of statement files, relative to the main config's folder, unless
    /// `[daemon] statements_dir` says otherwise.
    public static let defaultStatementsDir = "statements.d"

    /// Parses and validates one document that holds a `[statement]` (and may hold `[daemon]`):
    /// a whole config without statements.d. `file` is how errors name it.
    public static func load(bytes: some Collection<UInt8>, file: String) throws(ConfigError) -> Config {
        let main = try readMain(bytes: bytes, file: file, requireStatement: true)
        return try assemble(daemon: main.daemon, documents: main.statement.map { [$0] } ?? [], errors: [], file: file)
    }

    public static func load(table root: TOMLTable, file: String) throws(ConfigError) -> Config {
        let main = try read(table: root, file: file, kind: .main(requireStatement: true), stream: nil)
        return try assemble(daemon: main.daemon, documents: main.statement.map { [$0] } ?? [], errors: [], file: file)
    }

    /// The main config read: the daemon's settings, and its own statement if it holds one.
    public struct MainDocument: Sendable {
        public var daemon: DaemonSettings
        /// `statements_dir` and where it is written, when the file sets it (nil: the default,
        /// which may be missing); a folder it names that cannot be read is an error there.
        public var statementsDir: (path: String, position: TOMLPosition)?
        public var statement: StatementDocument?
    }

    /// One statement as one file holds it.
    public struct StatementDocument: Sendable {
        public var statement: Statement
        public var commitments: [Commitment]
        /// Where its `id` is written, for the message about a repeated id.
        public var idPosition: TOMLPosition
    }

    /// What a document is: the main config (which may hold a statement, and must when it is the
    /// whole config), or a file of statements.d, read with the main file's settings.
    enum DocumentKind {
        case main(requireStatement: Bool)
        case statementFile(daemon: DaemonSettings)
    }

    /// Reads the main config. Without `requireStatement` a file of `[daemon]` alone is complete.
    public static func readMain(
        bytes: some Collection<UInt8>, file: String, requireStatement: Bool
    ) throws(ConfigError) -> MainDocument {
        try read(bytes: bytes, file: file, kind: .main(requireStatement: requireStatement))
    }

    /// Reads one file of statements.d: a `[statement]` and its `[[commitment]]`s, read with
    /// the daemon's defaults under the statement's own settings.
    public static func readStatementFile(
        bytes: some Collection<UInt8>, file: String, daemon: DaemonSettings
    ) throws(ConfigError) -> StatementDocument {
        // A statement file without a usable [statement] has had its error reported.
        try read(bytes: bytes, file: file, kind: .statementFile(daemon: daemon)).statement!
    }

    /// Parses and validates one document. `file` is how errors name it.
    ///
    /// Commitments are read while the document is parsed (`CommitmentStream`) when `[daemon]`
    /// and `[statement]` come first; otherwise, from the whole tree afterwards. A document of
    /// at least `halvesFrom` bytes is parsed in two halves at once when it can be
    /// (`parseInHalves`).
    static func read(
        bytes: some Collection<UInt8>, file: String, kind: DocumentKind, halvesFrom minimum: Int = halvesMinimum
    ) throws(ConfigError) -> MainDocument {
        let bytes = Array(bytes)
        if bytes.count >= minimum, let (table, stream) = parseInHalves(bytes, file: file, kind: kind) {
            return try read(table: table, file: file, kind: kind, stream: stream)
        }
        let stream = CommitmentStream(kind: kind, file: file)
        let table = try parse(bytes, file: file, stream: stream)
        if stream.reader == nil || stream.readAsIn(table) {
            return try read(table: table, file: file, kind: kind, stream: stream)
        }
        // `[daemon]` or `[statement]` is written (or added to) after the first commitment: the
        // commitments are read again, with the settings of the whole document.
        return try read(table: parse(bytes, file: file, stream: nil), file: file, kind: kind, stream: nil)
    }

    private static func parse(
        _ bytes: some Collection<UInt8>, file: String, stream: CommitmentStream?
    ) throws(ConfigError) -> TOMLTable {
        do {
            if let stream { return try TOMLDocument.parse(bytes, elementsTo: stream) }
            return try TOMLDocument.parse(bytes)
        } catch {
            throw ConfigError(file: file, tomlError: error)
        }
    }

    /// `stream`, when it took the commitments, has read them already; else they are in `root`.
    private static func read(
        table root: TOMLTable, file: String, kind: DocumentKind, stream: CommitmentStream?
    ) throws(ConfigError) -> MainDocument {
        let log = DiagnosticLog()
        let top = TableReader<TopKey>(table: root, name: "the top level", log: log)
        top.rejectUnknownKeys()
        let settings = documentSettings(top, kind: kind, file: file, log: log)
        var commitments: [Commitment] = []
        if let reader = stream?.reader {
            commitments = reader.finish()
            log.append(contentsOf: reader.log.diagnostics)
        } else if let forCommitments = settings.forCommitments, let statement = settings.statement {
            let reader = CommitmentReader(daemon: forCommitments, statement: statement.statement, log: log)
            readCommitments(top, into: reader)
            commitments = reader.finish()
        }
        guard log.isEmpty, let daemon = settings.daemon else {
            throw ConfigError(file: file, diagnostics: log.sorted)
        }
        return MainDocument(daemon: daemon, statementsDir: settings.statementsDir, statement: settings.statement.map {
            StatementDocument(statement: $0.statement, commitments: commitments, idPosition: $0.idPosition)
        })
    }

    /// The settings of a config without `[daemon]`.
    public static var defaultDaemon: DaemonSettings { readDaemon(TOMLTable(), log: DiagnosticLog())! }

    /// The config of `documents` (in the order read), or every error: those of the files
    /// (`errors`), then each statement id used again, at the later file, naming the first,
    /// then each `supersedes` that names no commitment or goes round in a circle.
    /// `file` is the main config, which names the error as a whole.
    public static func assemble(
        daemon: DaemonSettings, documents: [StatementDocument], errors: [ConfigError], file: String
    ) throws(ConfigError) -> Config {
        var assembly = ConfigAssembly(expectedCommitments: documents.reduce(0) { $0 + $1.commitments.count })
        for error in errors { assembly.fail(error) }
        for document in documents { assembly.add(document) }
        return try assembly.finish(daemon: daemon, file: file).0
    }

    // MARK: - [daemon]

    static func readDaemon(_ table: TOMLTable, log: DiagnosticLog) -> DaemonSettings? {
        let reader = TableReader<DaemonKey>(table: table, name: "[daemon]", log: log)
        reader.rejectUnknownKeys()
        let errorsBefore = log.diagnostics.count

        let zone = readZone(reader.string(.timezone), log: log) ?? .utc
        let leadTimes = readLeadTimes(reader, key: .leadTimes) ?? defaultLeadTimes.map(compactDefault)
        let overdueEvery = readRepeat(reader, key: .overdueEvery, default: defaultOverdueEvery)
        let reviewEvery = readRepeat(reader, key: .reviewEvery, default: defaultReviewEvery)

        let catchUp: CatchUpPolicy = readChoice(reader, .catchUp) ?? .latest

        var alertLog = DaemonSettings.defaultAlertLog
        if let (text, position) = reader.string(.alertLog) {
            if text.isEmpty || text.hasSuffix("/") {
                log.error("`alert_log` must name a file, such as \"\(DaemonSettings.defaultAlertLog)\"", at: position)
            } else {
                alertLog = text
            }
        }

        var notifyCommand: [String] = []
        if let words = reader.strings(.notifyCommand) {
            if let first = words.first, !first.value.hasPrefix("/") {
                log.error("`notify_command` must start with an absolute program path (it runs without a shell), not \(quoted(first.value))", at: first.position)
            } else if words.isEmpty {
                log.error("`notify_command` is empty; remove it, or give a program and its arguments", at: reader.valuePosition(.notifyCommand))
            }
            notifyCommand = words.map(\.value)
        }

        let notifyTimeout = readShortSpan(reader, key: .notifyTimeout, default: defaultNotifyTimeout)

        var metricsFile: String?
        if let (text, position) = reader.string(.metricsFile) {
            if !text.hasSuffix(".prom") || text.hasSuffix("/.prom") {
                log.error("`metrics_file` must name a file ending in \".prom\" (the node exporter's textfile collector reads only those), such as \"/var/lib/prometheus/node-exporter/deadlined.prom\"", at: position)
            } else {
                metricsFile = text
            }
        }
        let metricsEvery = readShortSpan(reader, key: .metricsEvery, default: defaultMetricsEvery)
        let wording = Wording(
            language: readChoice(reader, .language) ?? .en,
            calendar: readChoice(reader, .calendar) ?? .gregorian,
            digits: readChoice(reader, .digits) ?? .latin)

        guard log.diagnostics.count == errorsBefore else { return nil }
        return DaemonSettings(
            zone: zone, leadTimes: leadTimes, overdueEvery: overdueEvery, reviewEvery: reviewEvery,
            catchUp: catchUp, alertLog: alertLog, notifyCommand: notifyCommand, notifyTimeout: notifyTimeout,
            metricsFile: metricsFile, metricsEvery: metricsEvery, wording: wording)
    }

    /// A key whose value is one of a few words (`language = "ar"`); nil when absent or wrong
    /// (wrong is reported, with the closest word).
    static func readChoice<Key, Choice: RawRepresentable<String> & CaseIterable>(
        _ reader: TableReader<Key>, _ key: Key
    ) -> Choice? {
        guard let (text, position) = reader.string(key) else { return nil }
        if let choice = Choice(rawValue: text) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        let hint = Suggestion.hint(for: text, among: names)
        let choices = names.dropLast().map(quoted).joined(separator: ", ") + " or " + quoted(names.last!)
        reader.log.error("`\(key.name)` must be \(choices), not \(quoted(text))\(hint)", at: position)
        return nil
    }

    /// `notify_timeout` / `metrics_every`: a compact span that may use seconds, at most 1h.
    static func readShortSpan(_ reader: TableReader<DaemonKey>, key: DaemonKey, default fallback: String) -> Span {
        let defaultSpan = try! SpanSyntax.parseCompact(fallback, allowSeconds: true).get()
        guard let (text, position) = reader.string(key) else { return defaultSpan }
        switch SpanSyntax.parseCompact(text, allowSeconds: true) {
        case .success(let span) where span.months == 0 && span.days == 0 && span.seconds <= 3600:
            return span
        case .success:
            reader.log.error("`\(key.name)` \(quoted(text)) is too long; at most 1h", at: position)
        case .failure(let error):
            reader.log.error("`\(key.name)` \(quoted(text)) \(error.reason)", at: position)
        }
        return defaultSpan
    }

    /// `timezone`: an IANA zone name; nil when absent or (reported) unknown.
    static func readZone(_ written: (value: String, position: TOMLPosition)?, log: DiagnosticLog) -> Zone? {
        guard let (name, position) = written else { return nil }
        if let found = Zone(identifier: name) { return found }
        let hint = Suggestion.hint(for: name, among: Zone.knownIdentifiers)
        log.error("unknown time zone \(quoted(name))\(hint); use an IANA name such as \"Asia/Baghdad\"", at: position)
        return nil
    }

    /// `statements_dir` and its position, when the main file sets it.
    static func readStatementsDir(_ table: TOMLTable, log: DiagnosticLog) -> (path: String, position: TOMLPosition)? {
        guard let (text, position) = TableReader<DaemonKey>(table: table, name: "[daemon]", log: log).string(.statementsDir) else {
            return nil
        }
        if text.isEmpty {
            log.error("`statements_dir` must name a folder, such as \"statements.d\"", at: position)
            return nil
        }
        return (text, position)
    }

    private static func compactDefault(_ text: String) -> WrittenSpan {
        WrittenSpan(text: text, span: try! SpanSyntax.parseCompact(text).get())
    }

    /// `lead_times`: distinct compact spans, kept in the order written.
    static func readLeadTimes<Key>(_ reader: TableReader<Key>, key: Key) -> [WrittenSpan]? {
        guard let words = reader.strings(key) else { return nil }
        var result: [WrittenSpan] = []
        result.reserveCapacity(words.count)
        // A few lead times (the usual list) are checked for repeats by a scan of `result`;
        // a long list by a dictionary, which would cost an allocation for every short one.
        let useDictionary = words.count > 16
        var seen: [Span: String] = [:]
        var failed = false
        for (text, position) in words {
            switch SpanSyntax.parseCompact(text) {
            case .success(let span):
                let earlier = useDictionary ? seen[span] : result.first { $0.span == span }?.text
                if let earlier {
                    reader.log.error("lead time \(quoted(text)) is the same as \(quoted(earlier)), listed earlier in `\(key.name)`", at: position)
                    failed = true
                } else {
                    if useDictionary { seen[span] = text }
                    result.append(WrittenSpan(text: text, span: span))
                }
            case .failure(let error):
                reader.log.error("lead time \(quoted(text)) \(error.reason)", at: position)
                failed = true
            }
        }
        return failed ? nil : result
    }

    /// `overdue_every` / `review_every`: a compact span, or "never".
    static func readRepeat<Key>(_ reader: TableReader<Key>, key: Key, default fallback: String?) -> WrittenSpan? {
        guard let (text, position) = reader.string(key) else {
            return fallback.map(compactDefault)
        }
        if text == "never" { return nil }
        switch SpanSyntax.parseCompact(text) {
        case .success(let span):
            if span.approximateSeconds < 3600 {
                reader.log.error("`\(key.name)` \(quoted(text)) is shorter than 1h; repeats that often would flood the journal", at: position)
                return nil
            }
            return WrittenSpan(text: text, span: span)
        case .failure(let error):
            reader.log.error("`\(key.name)` \(quoted(text)) \(error.reason) (or write \"never\")", at: position)
            return nil
        }
    }

    // MARK: - [statement]

    /// The statement, and the settings its commitments are read with: its own `timezone`,
    /// `lead_times`, `overdue_every`, `review_every` over the daemon's.
    static func readStatement(
        _ table: TOMLTable, daemon: DaemonSettings, file: String, log: DiagnosticLog
    ) -> (Statement, DaemonSettings, TOMLPosition)? {
        let reader = TableReader<StatementKey>(table: table, name: "[statement]", log: log)
        reader.rejectUnknownKeys()
        let errorsBefore = log.diagnostics.count
        let id = reader.required(reader.string(.id), .id, example: "\"us-iraq-2024-09-27\"")
        if let (text, position) = id { checkIdentifier(text, what: "statement id", at: position, log: log) }
        var issued: CivilDate?
        if let entry = reader.entry(.issued) {
            switch DateSyntax.parse(entry.value) {
            case .success(let spec):
                if case .day(let date) = spec.value {
                    issued = date
                } else {
                    log.error("`issued` must be a day such as 2024-09-27, not \(quoted(spec.text))", at: entry.valuePosition)
                }
            case .failure(let error):
                log.error("`issued` \(error.reason)", at: entry.valuePosition)
            }
        }
        let title = reader.string(.title)?.value
        let source = reader.string(.source)?.value
        var settings = daemon
        if let zone = readZone(reader.string(.timezone), log: log) { settings.zone = zone }
        if let leadTimes = readLeadTimes(reader, key: .leadTimes) { settings.leadTimes = leadTimes }
        if reader.has(.overdueEvery) { settings.overdueEvery = readRepeat(reader, key: .overdueEvery, default: nil) }
        if reader.has(.reviewEvery) { settings.reviewEvery = readRepeat(reader, key: .reviewEvery, default: nil) }
        let language: DisplayLanguage? = readChoice(reader, .language)
        let snooze = readSnooze(
            reader, key: .snoozeUntil, zone: settings.zone, wording: Config.wording(daemon: settings, language: language))
        guard log.diagnostics.count == errorsBefore, let id else { return nil }
        let statement = Statement(
            id: id.value, title: title, issued: issued, source: source, language: language, zone: settings.zone, file: file,
            snooze: snooze)
        return (statement, settings, id.position)
    }

    /// Ids appear in journal fields, file names and alert ids: keep them to a safe alphabet.
    static func checkIdentifier(_ text: String, what: String, at position: TOMLPosition, log: DiagnosticLog) {
        let below64 = identifierBytesBelow64, from64 = identifierBytesFrom64
        let allowed = text.utf8.allSatisfy { byte in
            byte < 64 ? below64 >> byte & 1 == 1 : byte < 128 && from64 >> (byte - 64) & 1 == 1
        }
        if text.isEmpty || !allowed || text.utf8.count > 128 {
            log.error("\(what) \(quoted(text)) must be 1-128 characters of letters, digits, '-', '_' or '.'", at: position)
        }
    }

    /// The bytes an identifier may hold (letters, digits, '-', '_', '.'), one bit each: below 64
    /// and from 64 to 127. Every id of every commitment is checked.
    private static let identifierBytesBelow64: UInt64 = bits(UInt8(ascii: "0")...UInt8(ascii: "9")) | bits(UInt8(ascii: "-")...UInt8(ascii: "."))
    private static let identifierBytesFrom64: UInt64 =
        bits(UInt8(ascii: "A")...UInt8(ascii: "Z"), from: 64) | bits(UInt8(ascii: "a")...UInt8(ascii: "z"), from: 64)
            | bits(UInt8(ascii: "_")...UInt8(ascii: "_"), from: 64)

    private static func bits(_ bytes: ClosedRange<UInt8>, from base: UInt8 = 0) -> UInt64 {
        bytes.reduce(0) { $0 | 1 << ($1 - base) }
    }
}
