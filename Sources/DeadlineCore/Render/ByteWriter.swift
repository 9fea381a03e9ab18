import Glibc
import TextWriting

/// Text built as UTF-8 bytes, either collected (`text`) or flushed to a file descriptor in
/// 64 KiB pieces, so that a large timeline goes out without ever being one giant `String`.
public struct ByteWriter: ByteSink {
    private var buffer: [UInt8] = []
    private let descriptor: Int32?
    private static let flushSize = 1 << 16

    /// Collects everything; read it with `text`.
    public init() {
        descriptor = nil
    }

    /// Writes to `descriptor` (1 for standard output) whenever 64 KiB are waiting, and at `flush()`.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    /// What was written (collecting writers only).
    public var text: String { String(decoding: buffer, as: UTF8.self) }

    /// The errno of the first write to the descriptor that failed; nothing is written after it.
    public private(set) var writeError: Int32?

    /// Writes what is waiting to the descriptor (a no-op when collecting).
    public mutating func flush() {
        guard let descriptor, !buffer.isEmpty else { return }
        if writeError == nil {
            writeError = buffer.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += written
                }
                return nil
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func flushIfFull() {
        if descriptor != nil, buffer.count >= Self.flushSize { flush() }
    }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        flushIfFull()
    }

    mutating func write(_ text: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    public mutating func append(_ byte: UInt8) { buffer.append(byte) }

    /// `String(value)`.
    mutating func write(decimal value: Int64) {
        Digits.write(value, to: &self)
    }

    /// A JSON string literal (`JSONText`).
    mutating func write(quoted value: String) {
        JSONText.writeQuoted(value, to: &self)
    }

    /// `AlertID.hex`.
    mutating func write(hex id: AlertID) {
        id.writeHex(to: &self)
    }

    /// `CivilDateTime(utcSeconds:).isoString`.
    mutating func write(isoCivil seconds: Int64) {
        CivilDateTime(utcSeconds: seconds).writeISO(to: &self)
    }

    /// `Zone.offsetString(seconds)`.
    mutating func write(offset seconds: Int) {
        Zone.writeOffset(seconds, to: &self)
    }

    /// `zone.isoString(instant)`.
    mutating func write(iso instant: Instant, in zone: Zone) {
        let offset = zone.offset(atEpochSeconds: instant.seconds)
        write(isoCivil: instant.seconds + Int64(offset))
        write(offset: offset)
    }
}
