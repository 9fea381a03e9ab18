/// Headers and key/value pairs: where each key lands in the table tree, and the rules that
/// keep a table from being defined twice.
///
/// - A `[header]` may pass through any table or the last element of an array of tables; it may
///   define a table that was only implied by an earlier header, never one already defined by a
///   header, by dotted keys, or inline.
/// - A dotted key may only pass through tables that dotted keys created in the same section
///   (toml-lang/toml#846: dotted keys never reopen a table defined by a header).
/// - `[[header]]` appends only to arrays that `[[header]]` created.
extension Parser {
    /// Reads `[a.b]` or `[[a.b]]` and returns the table that the following key/value pairs fill.
    mutating func parseHeader(root: TableNode) throws(TOMLError) -> TableNode {
        let headerOffset = pos
        let headerPosition = position(of: pos)
        let isArray = peek(1) == UInt8(ascii: "[")
        if isArray, let last = lastArrayHeader, repeatsLastArrayHeader(last.bytes) {
            pos += last.bytes.count
            return try addTableArrayElement(to: last.array, parent: last.parent, header: headerPosition)
        }
        lastArrayHeader = nil
        pos += isArray ? 2 : 1
        skipSpaces()
        try parseKeyPath()
        for _ in 0..<(isArray ? 2 : 1) {
            guard peek() == UInt8(ascii: "]") else {
                let expected = isArray ? "']]'" : "']'"
                throw error("expected \(expected) to close the table header, found \(describeCurrent())", at: pos)
            }
            pos += 1
        }

        var table = root
        for depth in 0..<(keyPath.count - 1) {
            let segment = keyPath[depth]
            guard let index = table.slotIndex(of: segment.name) else {
                table = try addTable(segment, to: table, origin: .implied, position: segment.position)
                continue
            }
            let slot = table.slot(at: index)
            switch slot.content {
            case .table(let child):
                table = child
            case .tableArray(let array):
                table = array.last!
            case .value(let value):
                throw error(
                    "cannot open table \(headerName(isArray: isArray)): `\(displayKey(depth + 1))` is already \(value.kindDescription) (defined at \(slot.keyPosition))",
                    at: headerOffset)
            }
        }

        let last = keyPath[keyPath.count - 1]
        guard let index = table.slotIndex(of: last.name) else {
            if isArray {
                let array = TableArrayNode()
                if table === root, keyPath.count == 1, let sink, last.name == sink.key, sink.begin(before: root.makeTable(keeping: true)) {
                    array.sink = sink
                }
                let element = try addTableArrayElement(to: array, parent: table, header: headerPosition)
                table.append(
                    TableNode.Slot(
                        key: last.name, keyPosition: last.position, valuePosition: headerPosition,
                        elementPositions: [], content: .tableArray(array)))
                lastArrayHeader = ArrayHeader(bytes: headerOffset..<pos, parent: table, array: array)
                return element
            }
            return try addTable(last, to: table, origin: .header, position: headerPosition)
        }
        if isArray, case .tableArray(let array)? = table.child(at: index) {
            lastArrayHeader = ArrayHeader(bytes: headerOffset..<pos, parent: table, array: array)
            return try addTableArrayElement(to: array, parent: table, header: headerPosition)
        }
        let slot = table.slot(at: index)
        switch slot.content {
        case .tableArray(let array):
            guard isArray else {
                throw error(
                    "table [\(displayKey())] is already an array of tables (first at \(slot.valuePosition)); use [[\(displayKey())]] to add an element",
                    at: headerOffset)
            }
            return try addTableArrayElement(to: array, parent: table, header: headerPosition)
        case .table(let child):
            if isArray {
                throw error(
                    "cannot use [[\(displayKey())]]: [\(displayKey())] is already a table (first at \(slot.keyPosition))",
                    at: headerOffset)
            }
            switch child.origin {
            case .implied:
                child.origin = .header
                child.position = headerPosition
                table.markDefined(slotAt: index, keyPosition: last.position, headerPosition: headerPosition)
                return child
            case .header:
                throw error("table \(headerName(isArray: isArray)) is defined twice (first at \(child.position))", at: headerOffset)
            case .dotted, .inline:
                throw error(
                    "table \(headerName(isArray: isArray)) was already defined by the dotted key at \(slot.keyPosition)",
                    at: headerOffset)
            }
        case .value(let value):
            if isArray, case .array = value {
                throw error(
                    "cannot append to the static array `\(displayKey())` (defined at \(slot.keyPosition)) with \(headerName(isArray: isArray))",
                    at: headerOffset)
            }
            if case .table = value {
                throw error(
                    "table \(headerName(isArray: isArray)) was already defined as an inline table at \(slot.valuePosition); inline tables cannot be extended",
                    at: headerOffset)
            }
            throw error(
                "cannot define \(headerName(isArray: isArray)): `\(displayKey())` is already \(value.kindDescription) (defined at \(slot.keyPosition))",
                at: headerOffset)
        }
    }

    /// Reads `key = value` and adds it to `table` (creating the tables of a dotted key).
    mutating func parseKeyValue(into table: TableNode) throws(TOMLError) {
        try parseKeyPath()
        var target = table
        for depth in 0..<(keyPath.count - 1) {
            let segment = keyPath[depth]
            guard let index = target.slotIndex(of: segment.name) else {
                target = try addTable(segment, to: target, origin: .dotted, position: segment.position)
                continue
            }
            let slot = target.slot(at: index)
            switch slot.content {
            case .table(let child) where child.origin == .dotted:
                target = child
            case .table:
                throw error(
                    "the dotted key `\(displayKey())` cannot add keys to `\(displayKey(depth + 1))`, a table defined by a header at \(slot.keyPosition)",
                    at: segment.position)
            case .tableArray:
                throw error(
                    "the dotted key `\(displayKey())` cannot add keys to `\(displayKey(depth + 1))`, an array of tables (first at \(slot.valuePosition))",
                    at: segment.position)
            case .value(let value):
                if case .table = value {
                    throw error(
                        "inline table `\(displayKey(depth + 1))` (defined at \(slot.keyPosition)) cannot be extended",
                        at: segment.position)
                }
                throw error(
                    "`\(displayKey(depth + 1))` is already \(value.kindDescription) (defined at \(slot.keyPosition)), not a table",
                    at: segment.position)
            }
        }
        let last = keyPath[keyPath.count - 1]
        if let index = target.slotIndex(of: last.name) {
            throw error(
                "duplicate key `\(displayKey())` (first defined at \(target.slot(at: index).keyPosition))",
                at: last.position)
        }
        skipSpaces()
        guard peek() == UInt8(ascii: "=") else {
            throw error("expected '=' after key `\(displayKey())`, found \(describeCurrent())", at: pos)
        }
        pos += 1
        skipSpaces()
        let valuePosition = position(of: pos)
        var elementPositions: [TOMLPosition] = []
        let value = try parseValue(depth: target.depth + 1, elementPositions: &elementPositions)
        target.appendValue(
            value, key: last.name, keyPosition: last.position, valuePosition: valuePosition,
            elementPositions: elementPositions)
    }

    /// Whether the bytes at the cursor spell the previous `[[header]]` again, byte for byte.
    ///
    /// Large documents are mostly one array of tables (`[[commitment]]` a hundred thousand
    /// times). Between two such headers only keys of the latest element are read, and those
    /// cannot change what the header's path leads to, so the same text leads to the same array
    /// and the path need not be walked again.
    private func repeatsLastArrayHeader(_ bytes: Range<Int>) -> Bool {
        guard pos + bytes.count <= text.count else { return false }
        for offset in 0..<bytes.count where text[pos + offset] != text[bytes.lowerBound + offset] { return false }
        return true
    }

    /// `[a.b]` or `[[a.b]]`, for messages.
    private func headerName(isArray: Bool) -> String {
        isArray ? "[[\(displayKey())]]" : "[\(displayKey())]"
    }

    private func addTable(
        _ segment: KeySegment, to parent: TableNode, origin: TableNode.Origin, position: TOMLPosition
    ) throws(TOMLError) -> TableNode {
        let child = try makeTableNode(parent: parent, origin: origin, position: position)
        parent.append(
            TableNode.Slot(
                key: segment.name, keyPosition: segment.position, valuePosition: position,
                elementPositions: [], content: .table(child)))
        return child
    }

    private func addTableArrayElement(
        to array: TableArrayNode, parent: TableNode, header: TOMLPosition
    ) throws(TOMLError) -> TableNode {
        let element = try makeTableNode(parent: parent, origin: .header, position: header)
        array.append(element, header: header)
        return element
    }

    private func makeTableNode(
        parent: TableNode, origin: TableNode.Origin, position: TOMLPosition
    ) throws(TOMLError) -> TableNode {
        guard parent.depth < Parser.maximumDepth else {
            throw TOMLError(at: position, "tables nest deeper than \(Parser.maximumDepth) levels")
        }
        return TableNode(origin: origin, position: position, depth: parent.depth + 1)
    }
}
