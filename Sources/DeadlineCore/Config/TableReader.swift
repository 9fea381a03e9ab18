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
    let table: TOMLTable
    /// How messages name the table: "[daemon]", "commitment `iraq-mission-end`".
    let name: String
    let log: DiagnosticLog

    /// Reports every key not in `allowed`, with the closest allowed key as a suggestion.
    func rejectUnknownKeys(allowed: [String]) {
        for entry in table.entries where !allowed.contains(entry.key) {
            let hint = Suggestion.hint(for: entry.key, among: allowed)
            log.error("unknown key `\(shortened(entry.key))` in \(name)\(hint)", at: entry.keyPosition)
        }
    }

    func entry(_ key: String) -> TOMLTable.Entry? { table.entry(key) }

    func string(_ key: String) -> (value: String, position: TOMLPosition)? {
        guard let entry = table.entry(key) else { return nil }
        guard case .string(let text) = entry.value else {
            log.error("`\(key)` in \(name) must be a string, not \(entry.value.kindDescription)", at: entry.valuePosition)
            return nil
        }
        return (text, entry.valuePosition)
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

    func tables(_ key: String) -> [(table: TOMLTable, position: TOMLPosition)] {
        guard let entry = table.entry(key) else { return [] }
        guard case .array(let elements) = entry.value else {
            log.error("`\(key)` must be written as [[\(key)]] tables, not \(entry.value.kindDescription)", at: entry.valuePosition)
            return []
        }
        var result: [(TOMLTable, TOMLPosition)] = []
        for (index, element) in elements.enumerated() {
            let position = index < entry.elementPositions.count ? entry.elementPositions[index] : entry.valuePosition
            guard case .table(let table) = element else {
                log.error("`\(key)` must hold tables only; element \(index + 1) is \(element.kindDescription)", at: position)
                continue
            }
            result.append((table, position))
        }
        return result
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
