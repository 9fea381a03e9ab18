/// libFuzzer entry point for the TOML parser: any bytes must parse or throw a `TOMLError`,
/// never crash, and every error must be short and point inside the document.
///
/// Built by `make fuzz` / `make fuzz-smoke` (see Fuzz/README.md); compiled together with
/// Sources/TOML/*.swift as one module, so no import.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    do {
        let table = try TOMLDocument.parse(bytes)
        // Walking the tree exercises the finished value tree (and its release).
        _ = countValues(.table(table))
    } catch {
        checkBounded(error, lines: bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) })
    }
    return 0
}

/// An error names a real place and says what is wrong in a bounded number of bytes.
func checkBounded(_ error: TOMLError, lines: Int) {
    check(error.line >= 1 && error.line <= lines, "error line \(error.line) outside 1...\(lines)")
    check(error.column >= 1, "error column \(error.column) < 1")
    check(error.message.utf8.count <= 512, "error message of \(error.message.utf8.count) bytes")
}

func countValues(_ value: TOMLValue) -> Int {
    switch value {
    case .array(let elements): return elements.reduce(1) { $0 + countValues($1) }
    case .table(let table): return table.entries.reduce(1) { $0 + countValues($1.value) }
    default: return 1
    }
}
