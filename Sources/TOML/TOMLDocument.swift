/// Entry point: a whole TOML 1.0.0 document to its root table.
public enum TOMLDocument {
    /// Parses UTF-8 bytes. Throws the first error with its line and column.
    public static func parse(_ bytes: some Collection<UInt8>) throws(TOMLError) -> TOMLTable {
        var parser = Parser(bytes: Array(bytes))
        return try parser.parseDocument()
    }

    /// Parses UTF-8 bytes, handing the elements of the top-level array of tables `sink.key` to
    /// `sink` as they are finished (when its `begin` accepts them).
    public static func parse(_ bytes: some Collection<UInt8>, elementsTo sink: some TOMLElementSink) throws(TOMLError) -> TOMLTable {
        var parser = Parser(bytes: Array(bytes))
        parser.sink = sink
        return try parser.parseDocument()
    }

    /// Parses a string (convenience for tests and literals).
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        try parse(Array(text.utf8))
    }
}
