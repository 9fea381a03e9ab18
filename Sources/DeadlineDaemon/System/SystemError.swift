import Glibc

/// A failed system or libsystemd call, kept as its errno so callers can tell
/// "journald went away" (`ECONNREFUSED`) from a bad entry (`EINVAL`).
///
/// libsystemd reports failure as a negative errno in its return value rather
/// than through the `errno` variable; ``init(returnValue:function:)`` turns
/// that convention into this error.
public struct SystemError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The positive errno value, such as `ECONNREFUSED`.
    public let errno: Int32
    /// The C function that failed, such as `sd_journal_sendv`.
    public let function: String

    public init(errno: Int32, function: String) {
        self.errno = errno
        self.function = function
    }

    /// Wraps a libsystemd result, which is `-errno` on failure.
    init(returnValue: Int32, function: String) {
        self.init(errno: -returnValue, function: function)
    }

    public var description: String {
        "\(function) failed: \(String(cString: strerror(errno))) (errno \(errno))"
    }
}
