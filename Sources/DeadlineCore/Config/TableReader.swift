import TOML

/// Collects every problem of a config, so that `check` can report them all at once.
final class DiagnosticLog {
    private(set) var diagnostics: [ConfigDiagnostic] = []

    func error(_ message: String, at position: TOMLPosition?) {
        diagnostics.append(ConfigDiagnostic(message, at: position))
    }

    var isEmpty: Bool { diagnostics.isEmpty }

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
            let hex = String(scalar.value, radix: 16, uppercase: true)
            result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
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

/// Typed access to one table of the config, reporting wrong types and unknown keys
/// at the position of the key or value concerned.
struct TableReader {
    /// How messages name a table. Built into a string only when a message needs it: a config
    /// of 100,000 commitments names none of them unless one is wrong.
    enum Name {
        case fixed(String)
        /// "commitment `id`", or "[[commitment]]" when the id is missing or not a string.
        case commitment(id: String?)
        /// "a milestone of " and the owner's name.
        indirect case milestone(owner: Name)

        var text: String {
            switch self {
            case .fixed(let text): text
            case .commitment(let id): id.map { "commitment `\(shortened($0))`" } ?? "[[commitment]]"
            case .milestone(let owner): "a milestone of \(owner.text)"
            }
        }
    }

    let table: TOMLTable
    let nameSource: Name
    let log: DiagnosticLog

    init(table: TOMLTable, name: Name, log: DiagnosticLog) {
        self.table = table
        self.nameSource = name
        self.log = log
    }

    init(table: TOMLTable, name: String, log: DiagnosticLog) {
        self.init(table: table, name: .fixed(name), log: log)
    }

    /// How messages name the table: "[daemon]", "commitment `iraq-mission-end`".
    var name: String { nameSource.text }

    /// Reports every key not in `allowed`, with the closest allowed key as a suggestion.
    func rejectUnknownKeys(allowed: [String]) {
        for entry in table.entries where !Self.isAllowed(entry.key, among: allowed) {
            let hint = Suggestion.hint(for: entry.key, among: allowed)
            log.error("unknown key `\(shortened(entry.key))` in \(name)\(hint)", at: entry.keyPosition)
        }
    }

    /// Whether `key` is one of `keys` (a dozen at most): comparing lengths first makes most
    /// misses one integer compare, cheaper than hashing the key.
    static func isAllowed(_ key: String, among keys: [String]) -> Bool {
        let length = key.utf8.count
        for candidate in keys where candidate.utf8.count == length && candidate == key { return true }
        return false
    }

    func entry(_ key: String) -> TOMLTable.Entry? { table.entry(key) }

    func has(_ key: String) -> Bool { table.contains(key) }

    func string(_ key: String) -> (value: String, position: TOMLPosition)? {
        guard let (value, position) = table.valueAndPosition(key) else { return nil }
        guard case .string(let text) = value else {
            log.error("`\(key)` in \(name) must be a string, not \(value.kindDescription)", at: position)
            return nil
        }
        return (text, position)
    }

    func strings(_ key: String) -> [(value: String, position: TOMLPosition)]? {
        guard let entry = table.entry(key) else { return nil }
        guard case .array(let elements) = entry.value else {
            log.error("`\(key)` in \(name) must be an array of strings, not \(entry.value.kindDescription)", at: entry.valuePosition)
            return nil
        }
        var result: [(String, TOMLPosition)] = []
        for (index, element) in elements.enumerated() {
            let position = index < entry.elementPositions.count ? entry.elementPositions[index] : entry.valuePosition
            guard case .string(let text) = element else {
                log.error("`\(key)` in \(name) must hold strings only; element \(index + 1) is \(element.kindDescription)", at: position)
                return nil
            }
            result.append((text, position))
        }
        return result
    }

    /// `strings(key)` without the positions (one array instead of two).
    func stringValues(_ key: String) -> [String]? {
        guard let entry = table.entry(key) else { return nil }
        guard case .array(let elements) = entry.value else {
            log.error("`\(key)` in \(name) must be an array of strings, not \(entry.value.kindDescription)", at: entry.valuePosition)
            return nil
        }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                let position = index < entry.elementPositions.count ? entry.elementPositions[index] : entry.valuePosition
                log.error("`\(key)` in \(name) must hold strings only; element \(index + 1) is \(element.kindDescription)", at: position)
                return nil
            }
            result.append(text)
        }
        return result
    }

    func tables(_ key: String) -> [(table: TOMLTable, position: TOMLPosition)] {
        var result: [(TOMLTable, TOMLPosition)] = []
        forEachTable(key) { result.append(($0, $1)) }
        return result
    }

    /// The count of elements of the array `key` (0 when absent or not an array).
    func arrayCount(_ key: String) -> Int {
        guard let entry = table.entry(key), case .array(let elements) = entry.value else { return 0 }
        return elements.count
    }

    /// Calls `body` with each table of the array of tables `key`, without collecting them first.
    func forEachTable(_ key: String, _ body: (TOMLTable, TOMLPosition) -> Void) {
        guard let entry = table.entry(key) else { return }
        guard case .array(let elements) = entry.value else {
            log.error("`\(key)` must be written as [[\(key)]] tables, not \(entry.value.kindDescription)", at: entry.valuePosition)
            return
        }
        let positions = entry.elementPositions
        for index in elements.indices {
            let position = index < positions.count ? positions[index] : entry.valuePosition
            guard case .table(let table) = elements[index] else {
                log.error("`\(key)` must hold tables only; element \(index + 1) is \(elements[index].kindDescription)", at: position)
                continue
            }
            body(table, position)
        }
    }

    func table(_ key: String) -> TOMLTable? {
        guard let entry = table.entry(key) else { return nil }
        guard case .table(let sub) = entry.value else {
            log.error("`\(key)` must be a table ([\(key)]), not \(entry.value.kindDescription)", at: entry.valuePosition)
            return nil
        }
        return sub
    }

    func required<T>(_ value: T?, _ key: String, example: String) -> T? {
        if value == nil, table.entry(key) == nil {
            log.error("\(name) needs `\(key)` (for example `\(key) = \(example)`)", at: table.position)
        }
        return value
    }
}
