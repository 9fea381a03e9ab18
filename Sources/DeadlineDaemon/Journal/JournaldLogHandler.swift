import Glibc
import Logging

/// A swift-log handler that sends each entry to journald as structured fields.
///
/// An entry carries `MESSAGE`, `PRIORITY` (from the level), `SYSLOG_IDENTIFIER`,
/// the call site as `CODE_FILE`, `CODE_LINE` and `CODE_FUNC` (the C macros that
/// add those for C callers do not exist in Swift), and every metadata item as a
/// field of its own (see ``JournalField/sanitizedName(_:)`` for the names).
/// A metadata key that would land on one of those fields is prefixed with
/// `META_` instead, so it cannot add a second `PRIORITY` or `MESSAGE`.
///
/// When journald refuses the entry, for example because it stopped and its
/// socket no longer accepts datagrams, the same line goes to standard error in
/// ``StderrLogHandler``'s format, so nothing logged during an outage is lost.
public struct JournaldLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    /// The `SYSLOG_IDENTIFIER` of every entry, what `journalctl -t` matches.
    public let identifier: String

    private let send: @Sendable ([JournalField]) -> Result<Void, SystemError>
    private let fallback: LineWriter

    /// - Parameters:
    ///   - identifier: The `SYSLOG_IDENTIFIER` of every entry.
    ///   - fallbackDescriptor: Where entries go when journald refuses them.
    ///   - metadataProvider: Adds contextual metadata to every entry.
    public init(
        identifier: String = "deadlined",
        fallbackDescriptor: Int32 = STDERR_FILENO,
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) {
        let writer = JournalWriter()
        self.init(
            identifier: identifier,
            fallbackDescriptor: fallbackDescriptor,
            metadataProvider: metadataProvider,
            send: { writer.send($0) }
        )
    }

    /// Sends entries through `send` instead of journald, so tests can see the
    /// fields and make sending fail.
    init(
        identifier: String,
        fallbackDescriptor: Int32,
        metadataProvider: Logger.MetadataProvider?,
        send: @escaping @Sendable ([JournalField]) -> Result<Void, SystemError>
    ) {
        self.identifier = identifier
        self.fallback = LineWriter(descriptor: fallbackDescriptor)
        self.metadataProvider = metadataProvider
        self.send = send
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let metadata = LogEventMetadata.merge(handler: metadata, provider: metadataProvider, event: event)
        var fields = [
            JournalField(name: "MESSAGE", value: event.message.description),
            JournalField(name: "PRIORITY", value: String(event.level.journalPriority)),
            JournalField(name: "SYSLOG_IDENTIFIER", value: identifier),
            JournalField(name: "CODE_FILE", value: event.file),
            JournalField(name: "CODE_LINE", value: String(event.line)),
            JournalField(name: "CODE_FUNC", value: event.function),
        ]
        let ownNames = Set(fields.map(\.name))
        for field in JournalField.flattening(metadata) {
            fields.append(
                ownNames.contains(field.name)
                    ? JournalField(name: "META_" + field.name, value: field.value)
                    : field
            )
        }
        if case .failure = send(fields) {
            fallback.write(LogLine.render(level: event.level, message: event.message, metadata: metadata))
        }
    }
}
