/// A table while the document is being read.
///
/// A reference type so that a `[a.b.c]` section can keep adding keys to table `c` without
/// copying `a` and `b` on every insert (as nested `TOMLTable` values would under copy-on-write).
/// The finished tree becomes a `TOMLTable` in one pass (`makeTable()`).
final class TableNode {
    /// How the table came to exist; decides whether a header or a dotted key may define it later.
    enum Origin {
        /// Named only as a parent in a header (`a` in `[a.b]`): a later `[a]` may still define it.
        case implied
        /// Defined by its own `[header]` (or `[[header]]` element, or the document root).
        case header
        /// Created by a dotted key (`a.b = 1` creates `a`): closed to `[a]` headers.
        case dotted
        /// An inline table being read (`{ ... }`); frozen once its closing brace is read.
        case inline
    }

    /// What a key of the table holds.
    enum Content {
        case value(TOMLValue)
        case table(TableNode)
        case tableArray(TableArrayNode)
    }

    struct Slot {
        var key: String
        var keyPosition: TOMLPosition
        var valuePosition: TOMLPosition
        var elementPositions: [TOMLPosition]
        var content: Content
    }

    var origin: Origin
    var position: TOMLPosition
    /// Number of tables and arrays between this table and the document root.
    let depth: Int
    /// The table's entries, already in their final form: a table that holds no sub-table (most
    /// of them: every `[[commitment]]`) becomes a `TOMLTable` by handing this array over, with
    /// no copy. An entry whose content is a table or an array of tables holds a placeholder
    /// value until `makeTable()`; `children` has its node.
    private var entries: [TOMLTable.Entry] = []
    /// Entry index to the node of each sub-table or array of tables.
    private var children: [Int: Content] = [:]
    /// Key to entry index; built only once a table grows past `linearSearchLimit` keys, because
    /// most tables are small and a linear scan of a few keys beats hashing.
    private var index: [String: Int] = [:]
    private static let linearSearchLimit = TOMLTable.linearSearchLimit

    init(origin: Origin, position: TOMLPosition, depth: Int) {
        self.origin = origin
        self.position = position
        self.depth = depth
    }

    func slotIndex(of key: String) -> Int? {
        if entries.count <= Self.linearSearchLimit { return entries.linearIndex(of: key) }
        return index[key]
    }

    func slot(at offset: Int) -> Slot {
        let entry = entries[offset]
        return Slot(
            key: entry.key, keyPosition: entry.keyPosition, valuePosition: entry.valuePosition,
            elementPositions: entry.elementPositions, content: children[offset] ?? .value(entry.value))
    }

    /// The sub-table or array of tables at `offset`; nil for a plain value.
    func child(at offset: Int) -> Content? { children[offset] }

    func append(_ slot: Slot) {
        switch slot.content {
        case .value(let plain):
            appendValue(
                plain, key: slot.key, keyPosition: slot.keyPosition, valuePosition: slot.valuePosition,
                elementPositions: slot.elementPositions)
        case .table, .tableArray:
            children[entries.count] = slot.content
            appendValue(
                .boolean(false), key: slot.key, keyPosition: slot.keyPosition, valuePosition: slot.valuePosition,
                elementPositions: slot.elementPositions)
        }
    }

    /// Appends `key = value` (the hot path: no `Slot` made and taken apart).
    func appendValue(
        _ value: TOMLValue, key: String, keyPosition: TOMLPosition, valuePosition: TOMLPosition,
        elementPositions: [TOMLPosition]
    ) {
        // Most tables hold a few keys: one allocation for as many as a linear search serves,
        // instead of four (1, 2, 4, 8).
        if entries.isEmpty { entries.reserveCapacity(Self.linearSearchLimit) }
        entries.append(
            TOMLTable.Entry(
                key: key, value: value, keyPosition: keyPosition, valuePosition: valuePosition,
                elementPositions: elementPositions))
        if entries.count > Self.linearSearchLimit {
            if index.isEmpty {
                index.reserveCapacity(entries.count * 2)
                for (offset, existing) in entries.enumerated() { index[existing.key] = offset }
            } else {
                index[key] = entries.count - 1
            }
        }
    }

    /// Records that a table first implied here has now been defined by its own header.
    func markDefined(slotAt offset: Int, keyPosition: TOMLPosition, headerPosition: TOMLPosition) {
        entries[offset].keyPosition = keyPosition
        entries[offset].valuePosition = headerPosition
    }

    /// Converts the tree rooted here into the public value tree, emptying this node as it goes,
    /// so the two trees are never both whole in memory; or, when `keeping`, leaving this node
    /// as it is (a copy of a document still being read). Recursion is bounded by
    /// `Parser.maximumDepth`.
    func makeTable(keeping: Bool = false) -> TOMLTable {
        // A table of plain values (every `[[commitment]]`, say) hands its entries over as they are.
        if children.isEmpty { return TOMLTable(position: position, uniqueEntries: entries, index: index) }
        var entries = self.entries
        let children = self.children
        let index = self.index
        if !keeping {
            self.entries = []
            self.children = [:]
            self.index = [:]
        }
        for (offset, content) in children {
            switch content {
            case .value(let plain):
                entries[offset].value = plain
            case .table(let node):
                entries[offset].value = .table(node.makeTable(keeping: keeping))
            case .tableArray(let array):
                entries[offset].value = .array(keeping ? array.copy() : array.finish())
                entries[offset].elementPositions = array.positions
                if !keeping { array.positions = [] }
            }
        }
        return TOMLTable(position: position, uniqueEntries: entries, index: index)
    }
}

/// An array of tables (`[[name]]`): a reference so that appending an element is O(1).
///
/// Only the last element can still change: every header that reaches into the array reaches
/// its last element. So when an element is added, the one before it is converted to its final
/// `TOMLTable` at once and its node freed, and the next element's node reuses that memory: a
/// document of 100,000 `[[commitment]]` tables never holds more than one of their nodes.
final class TableArrayNode {
    /// The finished elements, in order.
    private var finished: [TOMLValue] = []
    /// The last element, still open to keys and sub-tables.
    private(set) var last: TableNode?
    /// Where each element's `[[header]]` starts.
    var positions: [TOMLPosition] = []
    /// Takes each element as it is finished; the array then keeps an empty table in its place.
    var sink: (any TOMLElementSink)?

    func append(_ element: TableNode, header: TOMLPosition) {
        if let last { close(last) }
        last = element
        positions.append(header)
    }

    /// Every element as a value; the array is empty afterwards.
    func finish() -> [TOMLValue] {
        if let last { close(last) }
        last = nil
        defer { finished = [] }
        return finished
    }

    /// The elements as they are now, the last one too, leaving the array as it is.
    func copy() -> [TOMLValue] {
        finished + (last.map { [.table($0.makeTable(keeping: true))] } ?? [])
    }

    private func close(_ element: TableNode) {
        let table = element.makeTable()
        if let sink {
            sink.take(table)
            finished.append(.table(TOMLTable(position: table.position)))
        } else {
            finished.append(.table(table))
        }
    }
}
