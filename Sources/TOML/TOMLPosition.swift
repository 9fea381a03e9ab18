/// A place in a document: 1-based line and 1-based column counted in Unicode scalars
/// (characters a person sees in an editor), not bytes.
public struct TOMLPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
