/// A TOML table: keys in the order they were written, each with where it was written.
///
/// Positions travel with the tree because the config layer reports its own errors
/// (an unknown key, a lead time it cannot read) at the exact line and column of the key or value.
public struct TOMLTable: Equatable, Sendable {
    /// One `key = value` of the table (or a sub-table, or an array of tables, under its name).
    public struct Entry: Sendable {
        public var key: String
        public var value: TOMLValue
        /// Where the key was written (for a sub-table: its header, or its first dotted use).
        public var keyPosition: TOMLPosition
        /// Where the value starts. For an array, `elementPositions` holds each element's start.
        public var valuePosition: TOMLPosition
        /// For an array value: where each element starts (for an array of tables: each header).
        public var elementPositions: [TOMLPosition]

        public init(
            key: String, value: TOMLValue, keyPosition: TOMLPosition,
            valuePosition: TOMLPosition, elementPositions: [TOMLPosition] = []
        ) {
            self.key = key
            self.value = value
            self.keyPosition = keyPosition
            self.valuePosition = valuePosition
            self.elementPositions = elementPositions
        }
    }

    /// The entries in document order.
    public private(set) var entries: [Entry]
    /// Where the table was opened (its `[header]`, `{`, or the start of the document).
    public var position: TOMLPosition
    /// Key to index, kept only once the table has more than `linearSearchLimit` keys: most
    /// tables are small, and scanning a few keys is cheaper than hashing into a dictionary.
    private var indexByKey: [String: Int]
    static let linearSearchLimit = 8

    public init(position: TOMLPosition = TOMLPosition(line: 1, column: 1)) {
        self.entries = []
        self.indexByKey = [:]
        self.position = position
    }

    /// A table from entries whose keys the caller guarantees are distinct (the parser's tree).
    init(position: TOMLPosition, uniqueEntries: [Entry]) {
        self.entries = uniqueEntries
        self.indexByKey = [:]
        self.position = position
        if uniqueEntries.count > Self.linearSearchLimit { buildIndex() }
    }

    /// The same, with the key index already built (`index` maps every key when there are more
    /// than `linearSearchLimit` entries, else it may be empty).
    init(position: TOMLPosition, uniqueEntries: [Entry], index: [String: Int]) {
        self.entries = uniqueEntries
        self.position = position
        if uniqueEntries.count > Self.linearSearchLimit {
            if index.count == uniqueEntries.count {
                self.indexByKey = index
            } else {
                self.indexByKey = [:]
                buildIndex()
            }
        } else {
            self.indexByKey = [:]
        }
    }

    private mutating func buildIndex() {
        indexByKey.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() { indexByKey[entry.key] = index }
    }

    private func index(of key: String) -> Int? {
        if entries.count <= Self.linearSearchLimit { return entries.linearIndex(of: key) }
        return indexByKey[key]
    }

    public var keys: [String] { entries.map(\.key) }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public subscript(key: String) -> TOMLValue? {
        guard let index = index(of: key) else { return nil }
        return entries[index].value
    }

    public func entry(_ key: String) -> Entry? {
        guard let index = index(of: key) else { return nil }
        return entries[index]
    }

    /// Whether the table holds `key`.
    public func contains(_ key: String) -> Bool { index(of: key) != nil }

    /// The value of `key` and where it starts, without copying the rest of its entry.
    public func valueAndPosition(_ key: String) -> (value: TOMLValue, position: TOMLPosition)? {
        guard let index = index(of: key) else { return nil }
        return entries.withUnsafeBufferPointer { ($0[index].value, $0[index].valuePosition) }
    }

    /// Where the value of `key` starts.
    public func valuePosition(_ key: String) -> TOMLPosition? {
        guard let index = index(of: key) else { return nil }
        return entries.withUnsafeBufferPointer { $0[index].valuePosition }
    }

    /// Adds a new key at the end. Returns false (and changes nothing) when the key exists.
    @discardableResult
    public mutating func insert(_ entry: Entry) -> Bool {
        guard index(of: entry.key) == nil else { return false }
        entries.append(entry)
        if entries.count > Self.linearSearchLimit {
            if indexByKey.isEmpty {
                buildIndex()
            } else {
                indexByKey[entry.key] = entries.count - 1
            }
        }
        return true
    }

    /// Two tables are equal when they hold the same keys with the same values in the same order;
    /// positions do not count.
    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

extension TOMLTable: ExpressibleByDictionaryLiteral {
    /// A table written in a test: positions are all 1:1.
    public init(dictionaryLiteral elements: (String, TOMLValue)...) {
        self.init()
        let origin = TOMLPosition(line: 1, column: 1)
        for (key, value) in elements {
            insert(Entry(key: key, value: value, keyPosition: origin, valuePosition: origin))
        }
    }
}

extension [TOMLTable.Entry] {
    /// The index of `key` by a scan: faster than hashing for the few keys most tables have.
    /// Comparing lengths first turns most misses into one integer compare.
    func linearIndex(of key: String) -> Int? {
        withUnsafeBufferPointer { buffer in
            let length = key.utf8.count
            for index in buffer.indices where buffer[index].key.utf8.count == length && buffer[index].key == key {
                return index
            }
            return nil
        }
    }
}
