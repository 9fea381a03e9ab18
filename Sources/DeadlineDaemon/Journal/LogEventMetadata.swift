import Logging

/// The metadata one log entry carries, merged the way swift-log's own handlers
/// do it: the handler's metadata, overridden by the metadata provider's, then by
/// the log call's own, plus the error attached to the call.
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
