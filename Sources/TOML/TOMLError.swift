/// Why a document is not valid TOML, and where.
///
/// The message is for a person: it names what was expected and what was found
/// ("expected '=' after key `lead_times`"), never a parser state.
public struct TOMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public init(at position: TOMLPosition, _ message: String) {
        self.init(line: position.line, column: position.column, message: message)
    }

    public var position: TOMLPosition { TOMLPosition(line: line, column: column) }

    /// `12:5: expected '=' after key `lead_times``
    public var description: String { "\(line):\(column): \(message)" }
}
