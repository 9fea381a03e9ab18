/// libFuzzer entry point for the alert log reader (`AlertLogContents.parse`): any bytes must
/// read back without crashing, and what it reports must be consistent with the bytes.
///
/// Built by `make fuzz` / `make fuzz-smoke` (see Fuzz/README.md): compiled with
/// Sources/DeadlineCore/** as one module.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let contents = AlertLogContents.parse(bytes)
    // Truncating to goodLength must cut just after a newline (or to nothing).
    check(contents.goodLength >= 0 && contents.goodLength <= bytes.count, "goodLength out of range")
    check(contents.goodLength == 0 || bytes[contents.goodLength - 1] == 0x0A, "goodLength not after a newline")
    let lines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
    for line in contents.corruptLines { check(line >= 1 && line <= lines, "corrupt line \(line) of \(lines)") }
    check(contents.corruptLines == contents.corruptLines.sorted(), "corrupt lines out of order")
    // Every record read back must write out as a line that reads back as the same alert
    // (the ledger's memory of what was sent is the alert id, commitment and due time).
    for record in contents.records {
        guard let again = LedgerRecord(jsonLine: record.jsonLine) else { check(false, "record does not read back"); return 0 }
        check(again.alertID == record.alertID && again.commitmentID == record.commitmentID
            && again.kind == record.kind && again.fireAt == record.fireAt, "record changes on a write and read back")
    }
    for record in contents.records { _ = record.lateness }
    _ = Ledger(records: contents.records)
    return 0
}
