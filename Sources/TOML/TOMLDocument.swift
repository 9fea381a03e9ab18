/// Entry point: a whole TOML 1.0.0 document to its root table.
public enum TOMLDocument {
    /// Parses UTF-8 bytes. Throws the first error with its line and column.
    public static func parse(_ bytes: some Collection<UInt8>) throws(TOMLError) -> TOMLTable {
        var parser = Parser(bytes: Array(bytes))
        return try parser.parseDocument()
    }

    /// Parses a string (convenience for tests and literals).
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        try parse(Array(text.utf8))
    }
}
