import Glibc

/// The metrics file on disk, replaced whole each time it is written.
///
/// The node exporter may read it at any moment: the new contents go to `PATH.tmp` (a name its
/// textfile collector skips, not ending in `.prom`), are fsync'd, and then renamed over the
/// file, so a reader sees the old file or the new one and never half of one.
public struct MetricsFile: Sendable {
    public let path: String
    private var temporaryPath: String { path + ".tmp" }

    /// The node exporter runs as another user: the file is readable by all (it holds no secret).
    static let fileMode: mode_t = 0o644

    public init(path: String) {
        self.path = path
    }

    public func write(_ bytes: [UInt8]) throws(SystemError) {
        let temporary = temporaryPath
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, Self.fileMode)
        guard descriptor >= 0 else { throw SystemError(errno: errno, function: "open \(temporary)") }
        var failure: SystemError?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = SystemError(errno: errno, function: "write \(temporary)")
                    return
                }
                offset += written
            }
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
