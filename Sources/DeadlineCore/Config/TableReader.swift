import TOML
import TextWriting

/// Collects every problem of a config, so that `check` can report them all at once.
final class DiagnosticLog {
    private(set) var diagnostics: [ConfigDiagnostic] = []

    func error(_ message: String, at position: TOMLPosition?) {
        diagnostics.append(ConfigDiagnostic(message, at: position))
    }

    var isEmpty: Bool { diagnostics.isEmpty }

    /// Adds problems collected elsewhere (by a run of commitments read on another thread).
    func append(contentsOf other: [ConfigDiagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Diagnostics in file order (problems of the file as a whole last).
    var sorted: [ConfigDiagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let l = lhs.element.position.map { ($0.line, $0.column) } ?? (Int.max, 0)
            let r = rhs.element.position.map { ($0.line, $0.column) } ?? (Int.max, 0)
            return l != r ? l < r : lhs.offset < rhs.offset
        }.map(\.element)
    }
}

/// At most `limit` characters of a value written in the config, ending in "…" when cut, with
/// control characters escaped (`\u000A`), so that a message about a 10 MB string, or one
/// holding newlines, stays one short line.
func shortened(_ text: some StringProtocol, limit: Int = 40) -> String {
    var result = ""
    var characters = 0
    for scalar in text.unicodeScalars {
        if characters == limit { return result + "…" }
        if scalar.value < 0x20 || scalar.value == 0x7F {
            result += "\\u" + Digits.hex(UInt64(scalar.value), 4, uppercase: true)
        } else {
            result.unicodeScalars.append(scalar)
        }
        characters += 1
    }
    return result
}

/// `"value"` for a message, shortened to 40 characters.
func quoted(_ text: some StringProtocol) -> String {
    "\"" + shortened(text) + "\""
}

/// How messages name a table. Built into a string only when a message needs it: a config
/// of 100,000 commitments names none of them unless one is wrong.
enum TableName {
    case fixed(String)
    /// "commitment `id`", or "[[commitment]]" when the id is missing or not a string.
    case commitment(id: String?)
    /// "a milestone of " and the owner's name.
    indirect case milestone(owner: TableName)

    var text: String {
        switch self {
        case .fixed(let text): text
        case .commitment(let id): id.map { "commitment `\(shortened($0))`" } ?? "[[commitment]]"
        case .milestone(let owner): "a milestone of \(owner.text)"
        }
    }
}

/// Typed access to one table of the config, reporting wrong types and unknown keys
/// at the position of the key or value concerned.
struct TableReader<Key: ConfigKey> {
    let table: TOMLTable
    /// Set before `rejectUnknownKeys()` when the name depends on the table's own values.
    var nameSource: TableName
    let log: DiagnosticLog
    /// Where each key (by `Key.rawValue`) is among the entries: one byte per key, the entry's
    /// index plus one, 0 when the table does not have it, `Self.far` when the index does not
    /// fit a byte (then `index(_:)` searches). Three words, for up to 24 keys: no allocation
    /// per table.
    private var slots: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private static var far: UInt64 { 0xFF }
    /// Whether some key is not one of `Key`'s (reported by `rejectUnknownKeys()`).
    private var hasUnknownKeys = false

    init(table: TOMLTable, name: TableName, log: DiagnosticLog) {
        assert(Key.allCases.count <= 24)
        self.table = table
        self.nameSource = name
        self.log = log
        var slots: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var hasUnknownKeys = false
        table.entries.withUnsafeBufferPointer { entries in
            for index in entries.indices {
                guard let key = Key.matching(entries[index].key) else {
                    hasUnknownKeys = true
                    continue
                }
                let byte = UInt64(min(index + 1, Int(Self.far)))
                let shift = UInt64(key.rawValue & 7) &* 8
                switch key.rawValue >> 3 {
                case 0: slots.0 |= byte &<< shift
                case 1: slots.1 |= byte &<< shift
                default: slots.2 |= byte &<< shift
                }
            }
        }
        self.slots = slots
        self.hasUnknownKeys = hasUnknownKeys
    }

    init(table: TOMLTable, name: String, log: DiagnosticLog) {
        self.init(table: table, name: .fixed(name), log: log)
    }

    /// How messages name the table: "[daemon]", "commitment `iraq-mission-end`".
    var name: String { nameSource.text }

    /// Reports every key that is not one of `Key`'s, with the closest one as a suggestion.
    func rejectUnknownKeys() {
        guard hasUnknownKeys else { return }
        for entry in table.entries where Key.matching(entry.key) == nil {
            let hint = Suggestion.hint(for: entry.key, among: Key.names)
            log.error("unknown key `\(shortened(entry.key))` in \(name)\(hint)", at: entry.keyPosition)
        }
    }

    private func index(_ key: Key) -> Int? {
        let word = switch key.rawValue >> 3 {
        case 0: slots.0
        case 1: slots.1
        default: slots.2
        }
        let byte = (word &>> (UInt64(key.rawValue & 7) &* 8)) & 0xFF
        if byte == 0 { return nil }
        if byte == Self.far { return table.entries.firstIndex { Key.matching($0.key)?.rawValue == key.rawValue } }
        return Int(byte) - 1
    }

    func entry(_ key: Key) -> TOMLTable.Entry? { index(key).map { table.entries[$0] } }

    func has(_ key: Key) -> Bool { index(key) != nil }

    /// The value of `key` and where it starts, without copying the rest of its entry.
    func valueAndPosition(_ key: Key) -> (value: TOMLValue, position: TOMLPosition)? {
        guard let index = index(key) else { return nil }
        return table.entries.withUnsafeBufferPointer { ($0[index].value, $0[index].valuePosition) }
    }

    /// Where the value of `key` starts.
    func valuePosition(_ key: Key) -> TOMLPosition? {
        guard let index = index(key) else { return nil }
        return table.entries.withUnsafeBufferPointer { $0[index].valuePosition }
    }

    /// The value of `key` when it is a string, without reporting anything.
    func rawString(_ key: Key) -> String? {
        guard let index = index(key) else { return nil }
        return table.entries.withUnsafeBufferPointer { entries in
            if case .string(let text) = entries[index].value { text } else { nil }
        }
    }

    func string(_ key: Key) -> (value: String, position: TOMLPosition)? {
        guard let (value, position) = valueAndPosition(key) else { return nil }
        guard case .string(let text) = value else {
            log.error("`\(key.name)` in \(name) must be a string, not \(value.kindDescription)", at: position)
            return nil
        }
        return (text, position)
    }

    func strings(_ key: Key) -> [(value: String, position: TOMLPosition)]? {
        guard let entry = entry(key) else { return nil }
        guard case .array(let elements) = entry.value else {
            log.error("`\(key.name)` in \(name) must be an array of strings, not \(entry.value.kindDescription)", at: entry.valuePosition)
            return nil
        }
        var result: [(String, TOMLPosition)] = []
        for (index, element) in elements.enumerated() {
            let position = index < entry.elementPositions.count ? entry.elementPositions[index] : entry.valuePosition
            guard case .string(let text) = element else {
                log.error("`\(key.name)` in \(name) must hold strings only; element \(index + 1) is \(element.kindDescription)", at: position)
                return nil
            }
            result.append((text, position))
        }
        return result
    }

    /// `strings(key)` without the positions (one array instead of two).
    func stringValues(_ key: Key) -> [String]? {
        guard let entry = entry(key) else { return nil }
        guard case .array(let elements) = entry.value else {
            log.error("`\(key.name)` in \(name) must be an array of strings, not \(entry.value.kindDescription)", at: entry.valuePosition)
            return nil
        }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                let position = index < entry.elementPositions.count ? entry.elementPositions[index] : entry.valuePosition
                log.error("`\(key.name)` in \(name) must hold strings only; element \(index + 1) is \(element.kindDescription)", at: position)
                return nil
            }
            result.append(text)
        }
        return result
    }

    func tables(_ key: Key) -> [(table: TOMLTable, position: TOMLPosition)] {
        var result: [(TOMLTable, TOMLPosition)] = []
        forEachTable(key) { result.append(($0, $1)) }
        return result
    }

    /// Calls `body` with each table of the array of tables `key`, without collecting them first.
    func forEachTable(_ key: Key, _ body: (TOMLTable, TOMLPosition) -> Void) {
        guard let array = arrayOfTables(key) else { return }
        for index in array.elements.indices {
            if let (table, position) = array.table(at: index, log: log) { body(table, position) }
        }
    }

    /// The array of tables `key`; nil when absent, or (reported) when `key` holds something else.
    func arrayOfTables(_ key: Key) -> ArrayOfTables? {
        guard let entry = entry(key) else { return nil }
        guard case .array(let elements) = entry.value else {
            log.error("`\(key.name)` must be written as [[\(key.name)]] tables, not \(entry.value.kindDescription)", at: entry.valuePosition)
            return nil
        }
        return ArrayOfTables(key: key.name, elements: elements, positions: entry.elementPositions, position: entry.valuePosition)
    }

    func table(_ key: Key) -> TOMLTable? {
        guard let entry = entry(key) else { return nil }
        guard case .table(let sub) = entry.value else {
            log.error("`\(key.name)` must be a table ([\(key.name)]), not \(entry.value.kindDescription)", at: entry.valuePosition)
            return nil
        }
        return sub
    }

    func required<T>(_ value: T?, _ key: Key, example: String) -> T? {
        if value == nil, !has(key) {
            log.error("\(name) needs `\(key.name)` (for example `\(key.name) = \(example)`)", at: table.position)
        }
        return value
    }
}

/// The elements of an array of tables (`[[key]]`) and where each starts.
struct ArrayOfTables: Sendable {
    let key: String
    let elements: [TOMLValue]
    let positions: [TOMLPosition]
    /// Where the array starts (for elements without a position of their own).
    let position: TOMLPosition

    /// Element `index` and where it starts; nil, reported to `log`, when it is not a table.
    func table(at index: Int, log: DiagnosticLog) -> (table: TOMLTable, position: TOMLPosition)? {
        let position = index < positions.count ? positions[index] : self.position
        guard case .table(let table) = elements[index] else {
            log.error("`\(key)` must hold tables only; element \(index + 1) is \(elements[index].kindDescription)", at: position)
            return nil
        }
        return (table, position)
    }
}
