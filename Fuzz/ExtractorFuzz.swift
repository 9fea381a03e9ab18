/// libFuzzer entry point for the statement extractor: any bytes, read as UTF-8 (invalid
/// sequences replaced), must extract and render without crashing in every language mode.
///
/// Build from the package root:
///     swiftc -parse-as-library -sanitize=fuzzer,address -O Sources/StatementExtraction/*.swift \
///         Fuzz/ExtractorFuzz.swift -module-name ExtractorFuzz -o /tmp/extractor-fuzz
/// Run:
///     /tmp/extractor-fuzz -max_total_time=60 -max_len=4096 Fuzz/corpus/extractor
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let extractor = StatementExtractor()
    for language in [Language.auto, .arabic, .english] {
        let result = extractor.extract(text, language: language)
        _ = renderJSON(result)
        _ = renderConfigFragment(result, statementID: "fuzz", source: nil)
    }
    return 0
}
