import Glibc

/// The service manager's notify socket (`NOTIFY_SOCKET`): a datagram socket that takes one
/// message of `KEY=value` lines per datagram.
///
/// The daemon sends to it itself rather than through libsystemd's `sd_notify`, which finds the
/// socket only in the process-wide environment: here the address is a value, so a test passes
/// its own socket and no two tests share one through `setenv`. As libsystemd does for
/// `sd_notify(0, ...)`, each message goes out on a fresh close-on-exec socket, and the kernel
/// attaches the sender's credentials that systemd checks against `NotifyAccess=`.
struct NotifySocket: Sendable, Equatable {
    /// The address as systemd writes it: an absolute path, or `@name` in the abstract namespace.
    let address: String

    /// Sends `message` as one datagram.
    func send(_ message: String) -> Result<Void, SystemError> {
        let path = Array(address.utf8)
        guard path.first == UInt8(ascii: "/") || path.first == UInt8(ascii: "@") else {
            return .failure(SystemError(errno: EAFNOSUPPORT, function: "NOTIFY_SOCKET \(address)"))
        }
        guard path.count < MemoryLayout.size(ofValue: sockaddr_un().sun_path) else {
            return .failure(SystemError(errno: EINVAL, function: "NOTIFY_SOCKET \(address)"))
        }
        var socketAddress = sockaddr_un()
        socketAddress.sun_family = sa_family_t(AF_UNIX)
        let abstract = path.first == UInt8(ascii: "@")
        withUnsafeMutableBytes(of: &socketAddress.sun_path) { sunPath in
            sunPath.copyBytes(from: path)
            // An abstract name starts with a NUL byte instead of the '@'.
            if abstract { sunPath[0] = 0 }
        }
        // A path counts its terminating NUL; an abstract name is exactly its bytes.
        let length = MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + path.count + (abstract ? 0 : 1)

        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return .failure(SystemError(errno: errno, function: "socket")) }
        defer { close(descriptor) }
        var message = message
        let sent = message.withUTF8 { bytes in
            withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    sendto(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL), $0, socklen_t(length))
                }
            }
        }
        guard sent >= 0 else { return .failure(SystemError(errno: errno, function: "sendto \(address)")) }
        return .success(())
    }
}
