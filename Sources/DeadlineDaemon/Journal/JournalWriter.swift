import CSystemd
import Glibc

/// Sends structured entries to journald through `sd_journal_sendv`.
///
/// The variadic `sd_journal_send` cannot be called from Swift, so every entry
/// goes through the iovec form. All `KEY=value` strings are laid out in one
/// byte buffer and the iovecs point into it from inside a single
/// `withUnsafe…` scope, so no pointer outlives the call that uses it.
///
/// A success does not prove that anyone received the entry: when the journal
/// socket does not exist at all, libsystemd drops the entry and reports
/// success. Pick the backend with ``LogBackend/detect()`` first, and do not
/// make the journal the only place an alert goes.
public struct JournalWriter: Sendable {
    public init() {}

    /// Sends one entry made of `fields`, sanitising each name (see
    /// ``JournalField/sanitizedName(_:)``).
    public func send(_ fields: [(name: String, value: String)]) -> Result<Void, SystemError> {
        send(fields.map { JournalField(name: $0.name, value: $0.value) })
    }

    /// Sends one entry made of `fields`.
    ///
    /// Fails with `ECONNREFUSED` when the socket exists but journald is not
    /// running, and with `EINVAL` for an entry without fields.
    public func send(_ fields: [JournalField]) -> Result<Void, SystemError> {
        var buffer: [UInt8] = []
        var ranges: [Range<Int>] = []
        buffer.reserveCapacity(fields.reduce(0) { $0 + $1.name.utf8.count + 1 + $1.value.utf8.count })
        ranges.reserveCapacity(fields.count)
        for field in fields {
            let start = buffer.count
            buffer.append(contentsOf: field.name.utf8)
            buffer.append(UInt8(ascii: "="))
            buffer.append(contentsOf: field.value.utf8)
            ranges.append(start..<buffer.count)
        }
        let result = buffer.withUnsafeMutableBytes { bytes in
            let vectors = ranges.map { range in
                iovec(iov_base: bytes.baseAddress! + range.lowerBound, iov_len: range.count)
            }
            return vectors.withUnsafeBufferPointer { vectors in
                sd_journal_sendv(vectors.baseAddress, Int32(vectors.count))
            }
        }
        return result < 0
            ? .failure(SystemError(returnValue: result, function: "sd_journal_sendv"))
            : .success(())
    }
}
