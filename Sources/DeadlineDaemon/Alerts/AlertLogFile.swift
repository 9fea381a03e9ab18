import DeadlineCore
import Glibc

/// The alert log on disk: one JSON line per alert sent, fsync'd.
///
/// It is also the ledger: on start the daemon reads it back to know what was already sent.
/// Lines are appended whole with `write(2)`, and a burst of them is made durable by one `fsync`
/// at its end (group commit), so a crash leaves at most a torn last line, which `open` cuts off. A file damaged elsewhere is moved aside, never
/// silently truncated.
public final class AlertLogFile {
    public let path: String
    private var descriptor: Int32 = -1
    private var openedInode: (dev: UInt64, ino: UInt64)?

    /// Files the daemon creates are readable by its group at most.
    static let fileMode: mode_t = 0o640

    public init(path: String) {
        self.path = path
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// What `open` found and did, for the daemon to log.
    public struct Recovery: Sendable {
        public var ledger: Ledger
        public var repairedTornTail = false
        /// Where a damaged log was moved, with the numbers of its unreadable lines.
        public var movedAside: (path: String, lines: [Int])?
        /// Why the log could not be read at all (the daemon still runs, from an empty ledger).
        public var readError: SystemError?
    }

    /// Reads the log, repairs a torn tail, moves a damaged log aside (keeping its good records
    /// in a fresh log), and opens it for appending.
    public func open(now: Instant) -> Recovery {
        var recovery = Recovery(ledger: Ledger())
        let bytes: [UInt8]
        switch Self.readAll(path: path) {
        case .success(let contents): bytes = contents
        case .failure(let error):
            if error.errno != ENOENT { recovery.readError = error }
            return recovery
        }
        let contents = AlertLogContents.parse(bytes)
        recovery.ledger = Ledger(records: contents.records)
        if !contents.corruptLines.isEmpty {
            let aside = "\(path).corrupt-\(now.seconds)"
            if rename(path, aside) == 0 {
                recovery.movedAside = (aside, contents.corruptLines)
                for record in contents.records { _ = try? append(record, sync: false) }
                _ = syncOpenFile()
            } else {
                recovery.readError = SystemError(errno: errno, function: "rename")
            }
        } else if contents.hasTornTail {
            if truncate(path, off_t(contents.goodLength)) == 0 {
                recovery.repairedTornTail = true
            } else {
                recovery.readError = SystemError(errno: errno, function: "truncate")
            }
        }
        return recovery
    }

    /// Appends one record and fsyncs it. Throws when the line is not durably on disk,
    /// in which case the caller must treat the alert as not recorded.
    public func append(_ record: LedgerRecord, sync: Bool = true) throws(SystemError) {
        try appendLines(record.jsonLine + "\n", sync: sync)
    }

    /// Appends several records with one write; fsyncs when `sync` is true.
    public func append(_ records: [LedgerRecord], sync: Bool) throws(SystemError) {
        guard !records.isEmpty else { return }
        try appendLines(records.map { $0.jsonLine + "\n" }.joined(), sync: sync)
    }

    /// Makes everything appended so far durable.
    public func sync() throws(SystemError) {
        guard descriptor >= 0 else { return }
        if fsync(descriptor) != 0 {
            let error = SystemError(errno: errno, function: "fsync")
            closeFile()
            throw error
        }
    }

    private func appendLines(_ text: String, sync: Bool) throws(SystemError) {
        try ensureOpen()
        var bytes = Array(text.utf8)
        var written = 0
        let result: Int = bytes.withUnsafeMutableBytes { buffer in
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                written += count
            }
            return written
        }
        bytes.removeAll()
        if result < 0 {
            let error = SystemError(errno: errno, function: "write")
            // A short write leaves a torn line: cut it so the next append starts clean.
            closeFile()
            throw error
        }
        if sync, fsync(descriptor) != 0 {
            let error = SystemError(errno: errno, function: "fsync")
            closeFile()
            throw error
        }
    }

    private func syncOpenFile() -> Bool { descriptor >= 0 && fsync(descriptor) == 0 }

    /// Opens the file if needed, and reopens it when the path now names another file
    /// (the state directory was deleted and created again): writes to a deleted file are lost.
    private func ensureOpen() throws(SystemError) {
        var current = stat()
        if descriptor >= 0, let opened = openedInode {
            if stat(path, &current) == 0, UInt64(current.st_dev) == opened.dev, UInt64(current.st_ino) == opened.ino {
                return
            }
            closeFile()
        }
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, Self.fileMode)
        guard fd >= 0 else { throw SystemError(errno: errno, function: "open \(path)") }
        var status = stat()
        fstat(fd, &status)
        descriptor = fd
        openedInode = (UInt64(status.st_dev), UInt64(status.st_ino))
    }

    private func closeFile() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        openedInode = nil
    }

    /// The whole file, or why it could not be read.
    static func readAll(path: String) -> Result<[UInt8], SystemError> {
        FileContents.read(path: path).mapError { failure in
            switch failure {
            case .open(let code): SystemError(errno: code, function: "open \(path)")
            case .read(let code): SystemError(errno: code, function: "read \(path)")
            case .directory: SystemError(errno: EISDIR, function: "read \(path)")
            case .tooLarge: SystemError(errno: EFBIG, function: "read \(path)")
            }
        }
    }

}
