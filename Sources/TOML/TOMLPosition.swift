/// A place in a document: 1-based line and 1-based column counted in Unicode scalars
/// (characters a person sees in an editor), not bytes.
///
/// Stored as two 32-bit numbers (8 bytes instead of 16): every key, value and array element of
/// a document carries one or two positions, so their size shows in the value tree's footprint.
/// A config is far below 4 G lines or columns (`ConfigFile.maximumSize`).
public struct TOMLPosition: Hashable, Sendable, CustomStringConvertible {
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(truncatingIfNeeded: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(truncatingIfNeeded: newValue) }
    }

    @inline(__always)
    public init(line: Int, column: Int) {
        self.storedLine = UInt32(truncatingIfNeeded: line)
        self.storedColumn = UInt32(truncatingIfNeeded: column)
    }

    public var description: String { "\(line):\(column)" }
}
