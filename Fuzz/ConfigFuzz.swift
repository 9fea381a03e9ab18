import TOML

/// libFuzzer entry point for the config loader (TOML + validation): any bytes must load or
/// throw a `ConfigError` with a bounded description; a config that loads must plan a schedule
/// and a timeline at a few instants without crashing.
///
/// Built by `make fuzz` / `make fuzz-smoke` (see Fuzz/README.md): Sources/DeadlineCore/**
/// and this file form one module that imports a separately built TOML module.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let config: Config
    do {
        config = try ConfigLoader.load(bytes: bytes, file: "fuzz.toml")
    } catch {
        // At most one diagnostic per key or value written, each short.
        for diagnostic in error.diagnostics {
            check(diagnostic.message.utf8.count <= 1024, "diagnostic of \(diagnostic.message.utf8.count) bytes")
        }
        check(!error.diagnostics.isEmpty, "a ConfigError without diagnostics")
        return 0
    }
    let schedule = Schedule(config: config)
    // 1970, 2024-09-27, 2025-10-01, 2200: before, around and after every deadline.
    for seconds: Int64 in [0, 1_727_395_200, 1_759_276_800, 7_258_118_400] {
        let now = Instant(seconds: seconds)
        _ = schedule.due(ledger: Ledger(), now: now)
        _ = schedule.next(ledger: Ledger(), now: now)
        _ = Timeline(schedule: schedule, ledger: nil, now: now)
    }
    return 0
}
