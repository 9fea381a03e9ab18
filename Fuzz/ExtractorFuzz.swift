import CivilCalendar

/// libFuzzer entry point for the statement extractor: any bytes, read as UTF-8 (invalid
/// sequences replaced), must extract and render without crashing, with and without a date of
/// issue (which places dates written without a year).
///
/// Built and run by `sh Fuzz/fuzz.sh run SECONDS extractor` (`make fuzz`), which compiles the
/// extractor's sources with this file into one module, linked against the CivilCalendar,
/// TextWriting and Hijri modules it imports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let extractor = StatementExtractor()
    for issued in [nil, CivilDate(year: 2026, month: 3, day: 15)] {
        let result = extractor.extract(text, issued: issued)
        _ = renderJSON(result)
        _ = renderConfigFragment(result, statementID: "fuzz", source: nil)
    }
    return 0
}
