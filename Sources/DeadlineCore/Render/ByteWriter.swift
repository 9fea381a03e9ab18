import Glibc

/// Text built as UTF-8 bytes, either collected (`text`) or flushed to a file descriptor in
/// 64 KiB pieces, so that a large timeline goes out without ever being one giant `String`.
public struct ByteWriter {
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

    /// What another (collecting) writer holds.
    mutating func write(_ other: ByteWriter) {
        buffer.append(contentsOf: other.buffer)
    }

    mutating func write(_ text: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    mutating func write(byte: UInt8) { buffer.append(byte) }

    /// `String(value)`.
    mutating func write(decimal value: Int64) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var power: UInt64 = 1
        while magnitude / power >= 10 { power *= 10 }
        while power > 0 {
            buffer.append(UInt8(ascii: "0") + UInt8((magnitude / power) % 10))
            power /= 10
        }
    }

    /// `zeroPad(value, width)`.
    mutating func write(padded value: Int, _ width: Int) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        let magnitude = UInt64(value.magnitude)
        var digits = 1
        var power: UInt64 = 1
        while magnitude / power >= 10 { power *= 10; digits += 1 }
        if digits < width { for _ in digits..<width { buffer.append(UInt8(ascii: "0")) } }
        while power > 0 {
            buffer.append(UInt8(ascii: "0") + UInt8((magnitude / power) % 10))
            power /= 10
        }
    }

    /// A JSON string literal, escaping quotes, backslashes and control characters (all ASCII,
    /// so bytes will do).
    mutating func write(quoted value: String) {
        buffer.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "t"))
                case 0..<0x20, 0x7f:
                    let digits: StaticString = "0123456789abcdef"
                    buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    buffer.append(digits.utf8Start[Int(byte >> 4)])
                    buffer.append(digits.utf8Start[Int(byte & 0xf)])
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// `AlertID.hex`.
    mutating func write(hex id: AlertID) {
        let digits: StaticString = "0123456789abcdef"
        for shift in stride(from: 60, through: 0, by: -4) { buffer.append(digits.utf8Start[Int((id.high >> UInt64(shift)) & 0xf)]) }
        for shift in stride(from: 60, through: 0, by: -4) { buffer.append(digits.utf8Start[Int((id.low >> UInt64(shift)) & 0xf)]) }
    }

    /// `CivilDateTime(utcSeconds:).isoString`.
    mutating func write(isoCivil seconds: Int64) {
        let civil = CivilDateTime(utcSeconds: seconds)
        write(padded: civil.date.year, 4)
        buffer.append(UInt8(ascii: "-"))
        write(padded: civil.date.month, 2)
        buffer.append(UInt8(ascii: "-"))
        write(padded: civil.date.day, 2)
        buffer.append(UInt8(ascii: "T"))
        write(padded: civil.hour, 2)
        buffer.append(UInt8(ascii: ":"))
        write(padded: civil.minute, 2)
        buffer.append(UInt8(ascii: ":"))
        write(padded: civil.second, 2)
    }

    /// `Zone.offsetString(seconds)`.
    mutating func write(offset seconds: Int) {
        if seconds == 0 { buffer.append(UInt8(ascii: "Z")); return }
        let magnitude = abs(seconds) / 60
        buffer.append(seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        write(padded: magnitude / 60, 2)
        buffer.append(UInt8(ascii: ":"))
        write(padded: magnitude % 60, 2)
    }

    /// `zone.isoString(instant)`.
    mutating func write(iso instant: Instant, in zone: Zone) {
        let offset = zone.offset(atEpochSeconds: instant.seconds)
        write(isoCivil: instant.seconds + Int64(offset))
        write(offset: offset)
    }
}
