import TOML

/// What one load of the config found in each file of statements.d: a digest of the file's bytes
/// and where its statement is in the config loaded. The next load (a reload) reads every file
/// again but parses only those whose bytes differ, and takes the statements of the others from
/// that config; the checks across statements (ids unique across files, references between
/// statements) still run over all of them.
///
/// Bytes are compared rather than (inode, size, mtime): an editor or a script may rewrite a file
/// within one tick of the file system's clock and leave its mtime as it was. Reading the files
/// is cheap next to parsing them.
public struct StatementFileMemory: Sendable {
    /// The config loaded (shared with whoever keeps it running, not copied).
    let config: Config
    var files: [String: File] = [:]
    /// The status as written of the commitments whose status the whole set decided
    /// (`superseded`), by index in `config`: a reload starts again from what the files say.
    var writtenStatus: [Int: CommitmentStatus] = [:]

    struct File: Sendable {
        var digest: ContentDigest
        var statement: Int
        var commitments: Range<Int>
        var idPosition: TOMLPosition
    }

    init(config: Config) {
        self.config = config
    }

    /// The statement of `file` and its commitments as the last load read them from the file,
    /// if it still holds the same bytes and the daemon's settings are the same (a statement file
    /// is read with the daemon's defaults under its own, so when those change every file is
    /// parsed again).
    func statement(of file: String, digest: ContentDigest, daemon: DaemonSettings) -> Kept? {
        guard let kept = files[file], kept.digest == digest, config.daemon == daemon else { return nil }
        let (commitments, writtenStatus) = (config.commitments, self.writtenStatus)
        let asWritten = kept.commitments.lazy.map { index in
            guard let status = writtenStatus[index] else { return commitments[index] }
            var commitment = commitments[index]
            commitment.status = status
            return commitment
        }
        return (config.statements[kept.statement], asWritten, kept.idPosition)
    }

    typealias Kept = (statement: Statement, commitments: LazyMapCollection<Range<Int>, Commitment>, idPosition: TOMLPosition)
}

/// A digest of a file's bytes, to tell whether it changed since the last load: its size and a
/// 64-bit hash keyed at random for each process (Swift's `Hasher`), so no file can be made to
/// collide with another on purpose, and the digest never leaves the process.
struct ContentDigest: Equatable, Sendable {
    let count: Int
    let hash: Int

    init(_ bytes: [UInt8]) {
        count = bytes.count
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hash = hasher.finalize()
    }
}
