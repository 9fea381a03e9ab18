import Glibc
import Testing

@testable import DeadlineDaemon

@Suite struct JournalWriterTests {
    private static var journalSocketMissing: Bool {
        access(LogBackend.journalSocketPath, F_OK) != 0
    }

    /// libsystemd reports success when the journal socket does not exist: the
    /// entry is dropped without a trace. This is why the backend is chosen up
    /// front and alerts never rely on the journal alone.
    @Test(.enabled(if: journalSocketMissing, "a journal socket exists on this machine"))
    func sendWithoutJournaldSucceedsSilently() {
        let result = JournalWriter().send([
            (name: "MESSAGE", value: "dropped: nobody listens"),
            (name: "priority", value: "6"),
        ])
        #expect(throws: Never.self) { try result.get() }
    }

    @Test func emptyEntryIsRefused() {
        let result = JournalWriter().send([JournalField]())
        #expect(throws: SystemError(errno: EINVAL, function: "sd_journal_sendv")) { try result.get() }
    }

    @Test func errorSaysWhichCallFailedAndWhy() {
        let error = SystemError(errno: ECONNREFUSED, function: "sd_journal_sendv")
        #expect(error.description == "sd_journal_sendv failed: Connection refused (errno 111)")
    }
}
