import Glibc

/// Reads a whole file into memory with open/fstat/read: the one file reader of the daemon, used
/// for the config, the alert log, statements given to `extract` and the tz database.
///
/// A size limit is checked against the file's size before anything is read, and again while
/// reading (a file can grow, and a pipe or device has no size), so that an oversized file never
/// fills memory.
public enum FileContents {
    /// Why a file could not be read.
    public enum Failure: Error, Equatable, Sendable {
        /// open(2) failed with this errno (ENOENT for a missing file or a dangling symlink).
        case open(errno: Int32)
        /// The path names a directory.
        case directory
        /// The file is larger than the limit: `size` is its size in bytes when that was known
        /// before reading, nil when the limit was passed while reading.
        case tooLarge(size: Int?)
        /// fstat(2) or read(2) failed with this errno.
        case read(errno: Int32)
    }

    /// The file's bytes, or why they cannot be had. `limit` is the largest size accepted.
    public static func read(path: String, limit: Int = Int.max) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let openError = errno
            // A file that exists but cannot be opened: say it is a directory or too large
            // before saying it cannot be opened, as a look at the file would.
            var status = stat()
            if stat(path, &status) == 0 {
                if status.st_mode & S_IFMT == S_IFDIR { return .failure(.directory) }
                if status.st_mode & S_IFMT == S_IFREG, status.st_size > limit {
                    return .failure(.tooLarge(size: Int(status.st_size)))
                }
            }
            return .failure(.open(errno: openError))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.read(errno: errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { return .failure(.directory) }
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        if isRegular, status.st_size > limit { return .failure(.tooLarge(size: Int(status.st_size))) }
        // One byte more than expected, so that the end of the file is seen in the same pass.
        let expected = isRegular ? Int(status.st_size) : 1 << 16
        return readAll(descriptor, capacity: min(expected, limit) + 1, limit: limit)
    }

    /// Reads to the end of the file into an array of `capacity` bytes, moving to a larger one
    /// while the file goes on; stops once past `limit`. A regular file fits the first array,
    /// which is filled in place: no zeroing, no copy.
    private static func readAll(_ descriptor: Int32, capacity: Int, limit: Int) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        var capacity = max(capacity, 1)
        var ended = false
        var failure: Int32?
        while !ended {
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                previous.withUnsafeBufferPointer { old in
                    if let start = old.baseAddress { buffer.baseAddress!.initialize(from: start, count: old.count) }
                }
                count = previous.count
                while count < capacity {
                    let read = Glibc.read(descriptor, buffer.baseAddress! + count, capacity - count)
                    if read < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if read == 0 {
                        ended = true
                        return
                    }
                    count += read
                }
            }
            if let failure { return .failure(.read(errno: failure)) }
            if bytes.count > limit { return .failure(.tooLarge(size: nil)) }
            if !ended {
                // Doubles, but never past one byte over the limit.
                let room = limit - bytes.count
                capacity = bytes.count + (room < bytes.count ? room + 1 : bytes.count)
            }
        }
        return .success(bytes)
    }
}
