/// Recently read bare keys, by their bytes.
///
/// Keys repeat: every `[[commitment]]` of a large config writes `id`, `deadline` and `quote`.
/// Making a `String` validates and copies the bytes; a hit here costs two word compares, and
/// turns the most frequent strings of a document into lookups. Direct-mapped, 64 entries,
/// keys of up to 16 bytes (longer ones are rare and simply not cached).
struct KeyCache {
    private struct Entry {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = -1
        var name = ""
    }

    private var entries = [Entry](repeating: Entry(), count: 64)

    /// The key spelled by `bytes` (bare-key bytes, so already valid ASCII).
    mutating func name(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let length = bytes.count
        guard length <= 16 else { return UTF8Validation.string(checked: UnsafeBufferPointer(rebasing: bytes), isASCII: true) }
        var low: UInt64 = 0
        var high: UInt64 = 0
        let base = bytes.base.baseAddress! + bytes.startIndex
        for offset in 0..<min(length, 8) { low |= UInt64(base[offset]) &<< UInt64(offset &* 8) }
        for offset in min(length, 8)..<length { high |= UInt64(base[offset]) &<< UInt64((offset &- 8) &* 8) }
        let slot = Int(truncatingIfNeeded: ((low ^ (high &* 31) ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        return entries.withUnsafeMutableBufferPointer { entries in
            if entries[slot].length == length, entries[slot].low == low, entries[slot].high == high {
                return entries[slot].name
            }
            let name = UTF8Validation.string(checked: UnsafeBufferPointer(rebasing: bytes), isASCII: true)
            entries[slot] = Entry(low: low, high: high, length: length, name: name)
            return name
        }
    }
}
