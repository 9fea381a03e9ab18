import Glibc
import Logging

/// A swift-log handler that writes `<level> <message> key=value ...` lines to
/// standard error (or another descriptor), for runs without journald.
///
/// Every entry is one `write(2)`, so lines from different threads never mix.
public struct StderrLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    private let output: LineWriter

    /// - Parameters:
    ///   - descriptor: Where lines go; standard error unless a test passes a pipe.
    ///   - metadataProvider: Adds contextual metadata to every entry.
    public init(
        descriptor: Int32 = STDERR_FILENO,
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) {
        self.output = LineWriter(descriptor: descriptor)
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let metadata = LogEventMetadata.merge(handler: metadata, provider: metadataProvider, event: event)
        output.write(LogLine.render(level: event.level, message: event.message, metadata: metadata))
    }
}
