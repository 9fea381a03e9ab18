import Glibc

/// Writes whole lines to a file descriptor, each with a single `write(2)`.
///
/// Several threads log at once; one `write` per line keeps their lines from
/// interleaving (writes up to `PIPE_BUF` bytes to a pipe are atomic) and needs
/// no lock or stdio buffer. Only a short write or `EINTR` causes a second call.
struct LineWriter: Sendable {
    let descriptor: Int32

    func write(_ line: String) {
        var line = line
        line.withUTF8 { bytes in
            var remaining = UnsafeRawBufferPointer(bytes)
            while !remaining.isEmpty {
                let written = Glibc.write(descriptor, remaining.baseAddress, remaining.count)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                remaining = UnsafeRawBufferPointer(rebasing: remaining[written...])
            }
        }
    }
}
