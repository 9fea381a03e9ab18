import Logging

/// The metadata one log entry carries: the handler's metadata, overridden by the metadata
/// provider's, then by the log call's own (the order swift-log's handlers merge in), plus the
/// error attached to the call as one `error` entry (swift-log's own handlers write
/// `error.message` and `error.type` instead).
enum LogEventMetadata {
    static func merge(
        handler: Logger.Metadata,
        provider: Logger.MetadataProvider?,
        event: LogEvent
    ) -> Logger.Metadata {
        var metadata = handler
        if let provided = provider?.get(), !provided.isEmpty {
            metadata.merge(provided) { _, provided in provided }
        }
        if let explicit = event.metadata, !explicit.isEmpty {
            metadata.merge(explicit) { _, explicit in explicit }
        }
        if let error = event.error {
            metadata["error"] = "\(error)"
        }
        return metadata
    }
}
