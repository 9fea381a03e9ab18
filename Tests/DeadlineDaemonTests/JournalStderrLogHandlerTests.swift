import Glibc
import Logging
import Testing

@testable import DeadlineDaemon

/// A pipe a handler writes to in place of standard error.
final class TestPipe {
    let readEnd: Int32
    let writeEnd: Int32

    init() {
        var descriptors: [Int32] = [0, 0]
        precondition(pipe(&descriptors) == 0, "pipe failed")
        readEnd = descriptors[0]
        writeEnd = descriptors[1]
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Everything written so far; the handlers write synchronously.
    func drain() -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(readEnd, &chunk, chunk.count)
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

@Suite struct JournalStderrLogHandlerTests {
    private func logger(writingTo pipe: TestPipe, metadata: Logger.Metadata = [:]) -> Logger {
        var handler = StderrLogHandler(descriptor: pipe.writeEnd, metadataProvider: nil)
        handler.metadata = metadata
        var logger = Logger(label: "test") { _ in handler }
        logger.logLevel = .trace
        return logger
    }

    @Test func writesLevelMessageAndSortedMetadata() {
        let pipe = TestPipe()
        logger(writingTo: pipe).warning("deadline near", metadata: ["commitment": "report", "days": "2"])
        #expect(pipe.drain() == "warning deadline near commitment=report days=2\n")
    }

    @Test func writesEachLevelAsItsWord() {
        let pipe = TestPipe()
        let logger = logger(writingTo: pipe)
        logger.trace("t")
        logger.debug("d")
        logger.info("i")
        logger.notice("n")
        logger.error("e")
        logger.critical("c")
        #expect(pipe.drain() == "trace t\ndebug d\ninfo i\nnotice n\nerror e\ncritical c\n")
    }

    @Test func keepsOneEntryOnOneLine() {
        let pipe = TestPipe()
        logger(writingTo: pipe).info("first\nsecond\r", metadata: ["note": "a\nb"])
        #expect(pipe.drain() == #"info first\nsecond\r note=a\nb"# + "\n")
    }

    @Test func callMetadataOverridesHandlerMetadata() {
        let pipe = TestPipe()
        logger(writingTo: pipe, metadata: ["unit": "deadlined", "phase": "start"])
            .info("loaded", metadata: ["phase": "reload"])
        #expect(pipe.drain() == "info loaded phase=reload unit=deadlined\n")
    }

    @Test func respectsLogLevel() {
        let pipe = TestPipe()
        var logger = logger(writingTo: pipe)
        logger.logLevel = .notice
        logger.info("hidden")
        logger.notice("shown")
        #expect(pipe.drain() == "notice shown\n")
    }

    @Test func concurrentEntriesNeverInterleave() async {
        let pipe = TestPipe()
        let logger = logger(writingTo: pipe)
        let payload = String(repeating: "x", count: 200)
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for entry in 0..<10 {
                        logger.info("\(task)-\(entry) \(payload)")
                    }
                }
            }
        }
        let lines = pipe.drain().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 80)
        #expect(lines.allSatisfy { $0.hasPrefix("info ") && $0.hasSuffix(" " + payload) })
    }
}
