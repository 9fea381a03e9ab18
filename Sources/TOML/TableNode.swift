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
    private(set) var slots: [Slot] = []
    /// Key to slot index; built only once a table grows past `linearSearchLimit` keys, because
    /// most tables are small and a linear scan of a few keys beats hashing.
    private var index: [String: Int] = [:]
    private static let linearSearchLimit = 8

    init(origin: Origin, position: TOMLPosition, depth: Int) {
        self.origin = origin
        self.position = position
        self.depth = depth
    }

    func slotIndex(of key: String) -> Int? {
        if slots.count <= Self.linearSearchLimit {
            return slots.firstIndex { $0.key == key }
        }
        return index[key]
    }

    func slot(at index: Int) -> Slot { slots[index] }

    func append(_ slot: Slot) {
        slots.append(slot)
        if slots.count > Self.linearSearchLimit {
            if index.isEmpty {
                index.reserveCapacity(slots.count * 2)
                for (offset, existing) in slots.enumerated() { index[existing.key] = offset }
            } else {
                index[slot.key] = slots.count - 1
            }
        }
    }

    /// Records that a table first implied here has now been defined by its own header.
    func markDefined(slotAt index: Int, keyPosition: TOMLPosition, headerPosition: TOMLPosition) {
        slots[index].keyPosition = keyPosition
        slots[index].valuePosition = headerPosition
    }

    /// Converts the tree rooted here into the public value tree.
    /// Recursion is bounded by `Parser.maximumDepth`.
    func makeTable() -> TOMLTable {
        var entries: [TOMLTable.Entry] = []
        entries.reserveCapacity(slots.count)
        for slot in slots {
            let value: TOMLValue
            var elementPositions = slot.elementPositions
            switch slot.content {
            case .value(let plain):
                value = plain
            case .table(let node):
                value = .table(node.makeTable())
            case .tableArray(let array):
                value = .array(array.tables.map { .table($0.makeTable()) })
                elementPositions = array.positions
            }
            entries.append(
                TOMLTable.Entry(
                    key: slot.key, value: value, keyPosition: slot.keyPosition,
                    valuePosition: slot.valuePosition, elementPositions: elementPositions))
        }
        return TOMLTable(position: position, uniqueEntries: entries)
    }
}

/// An array of tables (`[[name]]`): a reference so that appending an element is O(1).
final class TableArrayNode {
    var tables: [TableNode] = []
    /// Where each element's `[[header]]` starts.
    var positions: [TOMLPosition] = []
}
