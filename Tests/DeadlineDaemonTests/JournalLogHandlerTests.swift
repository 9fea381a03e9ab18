import Glibc
import Logging
import Synchronization
import Testing

@testable import DeadlineDaemon

/// Stands in for journald: records each entry and answers with `result`.
final class RecordingJournal: Sendable {
    private let entries = Mutex<[[JournalField]]>([])
    private let result: Result<Void, SystemError>

    init(result: Result<Void, SystemError> = .success(())) {
        self.result = result
    }

    var sent: [[JournalField]] { entries.withLock { $0 } }

    func send(_ fields: [JournalField]) -> Result<Void, SystemError> {
        entries.withLock { $0.append(fields) }
        return result
    }
}

@Suite struct JournalLogHandlerTests {
    private func logger(
        _ journal: RecordingJournal,
        fallback: Int32 = STDERR_FILENO,
        metadata: Logger.Metadata = [:]
    ) -> Logger {
        var handler = JournaldLogHandler(
            identifier: "deadlined-test",
            fallbackDescriptor: fallback,
            metadataProvider: nil,
            send: journal.send
        )
        handler.metadata = metadata
        var logger = Logger(label: "test") { _ in handler }
        logger.logLevel = .trace
        return logger
    }

    private func values(_ fields: [JournalField]) -> [String: String] {
        Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func sendsMessagePriorityIdentifierAndCallSite() throws {
        let journal = RecordingJournal()
        logger(journal).warning("deadline near"); let line = #line

        let entry = try #require(journal.sent.first)
        #expect(Array(entry.prefix(6)) == [
            JournalField(name: "MESSAGE", value: "deadline near"),
            JournalField(name: "PRIORITY", value: "4"),
            JournalField(name: "SYSLOG_IDENTIFIER", value: "deadlined-test"),
            JournalField(name: "CODE_FILE", value: #fileID),
            JournalField(name: "CODE_LINE", value: String(line)),
            JournalField(name: "CODE_FUNC", value: #function),
        ])
    }

    @Test(arguments: [
        (Logger.Level.trace, "7"), (.debug, "7"), (.info, "6"), (.notice, "5"),
        (.warning, "4"), (.error, "3"), (.critical, "2"),
    ])
    func mapsLevelsToSyslogPriorities(level: Logger.Level, priority: String) {
        let journal = RecordingJournal()
        logger(journal).log(level: level, "entry")
        #expect(journal.sent.map { values($0)["PRIORITY"] } == [priority])
    }

    @Test func sendsMetadataAsSanitisedFlattenedFields() throws {
        let journal = RecordingJournal()
        logger(journal, metadata: ["unit": "deadlined"]).info(
            "alert",
            metadata: [
                "commitment.id": "report",
                "days-left": .stringConvertible(2),
                "alert": ["kind": "final", "channel": "journal"],
                "tags": ["legal", "q3"],
                "note": "line one\nline two",
            ]
        )

        let entry = try #require(journal.sent.first)
        #expect(Array(entry.dropFirst(6)) == [
            JournalField(name: "ALERT_CHANNEL", value: "journal"),
            JournalField(name: "ALERT_KIND", value: "final"),
            JournalField(name: "COMMITMENT_ID", value: "report"),
            JournalField(name: "DAYS_LEFT", value: "2"),
            JournalField(name: "NOTE", value: "line one\nline two"),
            JournalField(name: "TAGS_0", value: "legal"),
            JournalField(name: "TAGS_1", value: "q3"),
            JournalField(name: "UNIT", value: "deadlined"),
        ])
    }

    @Test func metadataCannotReplaceTheHandlersOwnFields() throws {
        let journal = RecordingJournal()
        logger(journal).error("disk full", metadata: ["priority": "debug", "message": "other"])

        let entry = try #require(journal.sent.first)
        #expect(entry.filter { $0.name == "PRIORITY" } == [JournalField(name: "PRIORITY", value: "3")])
        #expect(values(entry)["META_PRIORITY"] == "debug")
        #expect(values(entry)["META_MESSAGE"] == "other")
    }

    @Test func failedSendWritesTheLineToTheFallback() {
        let pipe = TestPipe()
        let journal = RecordingJournal(result: .failure(SystemError(errno: ECONNREFUSED, function: "sd_journal_sendv")))
        logger(journal, fallback: pipe.writeEnd).error("alert: report due", metadata: ["commitment": "report"])

        #expect(journal.sent.count == 1)
        #expect(pipe.drain() == "error alert: report due commitment=report\n")
    }

    @Test func successfulSendWritesNothingToTheFallback() {
        let pipe = TestPipe()
        logger(RecordingJournal(), fallback: pipe.writeEnd).info("sent")
        #expect(pipe.drain() == "")
    }
}
