/// The contents of a compiled tz database file (TZif, RFC 8536), as found in /usr/share/zoneinfo.
///
/// Only what a UTC offset needs is kept: the transition times, the offset each one brings, and
/// the footer's POSIX TZ string, which gives the rule for instants after the last transition.
/// Version 2 and later files carry the data twice, in 32 and in 64 bits; the 64-bit copy is
/// read, since the 32-bit one ends in 2038.
struct TZifFile: Sendable {
    /// A local time type: an offset from UTC and whether it is daylight-saving time.
    struct LocalTimeType: Hashable, Sendable {
        var utcOffset: Int
        var isDaylight: Bool
    }

    /// Transition instants, seconds since the epoch, strictly increasing.
    var transitions: [Int64]
    /// For each transition, the index in `types` of the local time type it starts.
    var transitionTypes: [Int]
    /// At least one; `types[0]` is in force before the first transition.
    var types: [LocalTimeType]
    /// The footer's TZ string (version 2 and later), such as `CET-1CEST,M3.5.0,M10.5.0/3`;
    /// nil when the file has none or it is empty.
    var footer: [UInt8]?

    static let magic: [UInt8] = Array("TZif".utf8)

    /// Whether `bytes` start like a TZif file.
    static func hasMagic(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0..<4].elementsEqual(magic)
    }

    /// Nil when the bytes are not a well-formed TZif file, or when it counts leap seconds (the
    /// "right/" zones): their transition times are not POSIX seconds, which is what instants are.
    init?(bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        guard let first = reader.header() else { return nil }
        if first.version == 0 {
            guard let block = reader.dataBlock(first, timeSize: 4) else { return nil }
            self.init(block: block, footer: nil)
            return
        }
        // Version 2+: skip the 32-bit block, then read the header and block in 64 bits.
        guard reader.skip(first.blockSize(timeSize: 4)),
              let second = reader.header(), second.version != 0,
              let block = reader.dataBlock(second, timeSize: 8)
        else { return nil }
        self.init(block: block, footer: reader.footer())
    }

    private init?(block: DataBlock, footer: [UInt8]?) {
        guard block.leapCount == 0 else { return nil }
        transitions = block.transitions
        transitionTypes = block.transitionTypes
        types = block.types
        self.footer = footer
    }

    // MARK: - Reading

    /// The counts of a header (RFC 8536 section 3.1).
    private struct Header {
        var version: UInt8
        var isUTCCount: Int
        var isStandardCount: Int
        var leapCount: Int
        var timeCount: Int
        var typeCount: Int
        var charCount: Int

        /// Bytes of the data block that follows, with transition times of `timeSize` bytes.
        func blockSize(timeSize: Int) -> Int {
            timeCount * (timeSize + 1) + typeCount * 6 + charCount + leapCount * (timeSize + 4)
                + isStandardCount + isUTCCount
        }
    }

    private struct DataBlock {
        var transitions: [Int64]
        var transitionTypes: [Int]
        var types: [LocalTimeType]
        var leapCount: Int
    }

    /// Big-endian reads that fail, rather than trap, past the end of the bytes.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func skip(_ count: Int) -> Bool {
            guard count >= 0, count <= bytes.count - offset else { return false }
            offset += count
            return true
        }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        /// A signed big-endian integer of `size` (4 or 8) bytes.
        mutating func integer(size: Int) -> Int64? {
            guard size <= bytes.count - offset else { return nil }
            var value: UInt64 = 0
            for index in offset..<offset + size { value = value << 8 | UInt64(bytes[index]) }
            offset += size
            // Sign-extend from the top bit of the field.
            let shift = UInt64(64 - 8 * size)
            return Int64(bitPattern: value << shift) >> Int64(shift)
        }

        mutating func header() -> Header? {
            guard bytes.count - offset >= 44, bytes[offset..<offset + 4].elementsEqual(TZifFile.magic) else { return nil }
            let version = bytes[offset + 4]
            offset += 20
            var counts: [Int] = []
            for _ in 0..<6 {
                guard let count = integer(size: 4), count >= 0 else { return nil }
                counts.append(Int(count))
            }
            let header = Header(
                version: version, isUTCCount: counts[0], isStandardCount: counts[1], leapCount: counts[2],
                timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
            // Counts are below 2^31, so sizes cannot overflow; every block must fit in the bytes
            // that remain, so nothing allocates more than the file's size.
            guard header.typeCount >= 1, header.typeCount <= 256,
                  header.blockSize(timeSize: 4) <= bytes.count - offset
            else { return nil }
            return header
        }

        mutating func dataBlock(_ header: Header, timeSize: Int) -> DataBlock? {
            guard header.blockSize(timeSize: timeSize) <= bytes.count - offset else { return nil }
            var transitions: [Int64] = []
            transitions.reserveCapacity(header.timeCount)
            for _ in 0..<header.timeCount {
                guard let time = integer(size: timeSize) else { return nil }
                if let last = transitions.last, time <= last { return nil }
                transitions.append(time)
            }
            var transitionTypes: [Int] = []
            transitionTypes.reserveCapacity(header.timeCount)
            for _ in 0..<header.timeCount {
                guard let index = byte(), Int(index) < header.typeCount else { return nil }
                transitionTypes.append(Int(index))
            }
            var types: [LocalTimeType] = []
            for _ in 0..<header.typeCount {
                // RFC 8536: utoff is never -2^31, and isdst is 0 or 1.
                guard let offset = integer(size: 4), offset != Int64(Int32.min),
                      let isDaylight = byte(), isDaylight <= 1, byte() != nil
                else { return nil }
                types.append(LocalTimeType(utcOffset: Int(offset), isDaylight: isDaylight == 1))
            }
            let rest = header.charCount + header.leapCount * (timeSize + 4) + header.isStandardCount + header.isUTCCount
            guard skip(rest) else { return nil }
            return DataBlock(transitions: transitions, transitionTypes: transitionTypes, types: types, leapCount: header.leapCount)
        }

        /// The TZ string between the two newlines that end a version 2+ file; nil when absent or empty.
        mutating func footer() -> [UInt8]? {
            guard byte() == UInt8(ascii: "\n") else { return nil }
            let start = offset
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")), end > start else { return nil }
            return Array(bytes[start..<end])
        }
    }
}
