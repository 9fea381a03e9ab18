import DeadlineCore
import Glibc

/// The metrics file on disk, replaced whole each time it is written.
///
/// The node exporter may read it at any moment: the new contents go to `PATH.tmp` (a name its
/// textfile collector skips, not ending in `.prom`), are fsync'd, and then renamed over the
/// file, so a reader sees the old file or the new one and never half of one.
public struct MetricsFile: Sendable {
    public let path: String
    private var temporaryPath: String { path + ".tmp" }

    /// The node exporter runs as another user: the file is readable by all (it holds no secret),
    /// whatever the umask (the unit's is 0027).
    static let fileMode: mode_t = 0o644

    public init(path: String) {
        self.path = path
    }

    /// Writes what `render` writes (streamed to the temporary file), then renames it into place.
    public func write(_ render: (inout ByteWriter) -> Void) throws(SystemError) {
        let temporary = temporaryPath
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, Self.fileMode)
        guard descriptor >= 0 else { throw SystemError(errno: errno, function: "open \(temporary)") }
        var failure: SystemError?
        if fchmod(descriptor, Self.fileMode) != 0 { failure = SystemError(errno: errno, function: "fchmod \(temporary)") }
        var out = ByteWriter(descriptor: descriptor)
        if failure == nil {
            render(&out)
            out.flush()
            failure = out.writeError.map { SystemError(errno: $0, function: "write \(temporary)") }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = SystemError(errno: errno, function: "fsync \(temporary)") }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = SystemError(errno: errno, function: "rename \(temporary)") }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }
}
