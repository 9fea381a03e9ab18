import Testing

@testable import DeadlineDaemon

@Suite struct JournalLogBackendTests {
    @Test(arguments: [
        ([:], false, LogBackend.stderr),
        ([:], true, .journal),
        (["JOURNAL_STREAM": "8:12345"], false, .journal),
        (["JOURNAL_STREAM": "8:12345"], true, .journal),
        (["NOTIFY_SOCKET": "/run/systemd/notify"], false, .stderr),
    ] as [([String: String], Bool, LogBackend)])
    func choosesBackend(environment: [String: String], socketExists: Bool, expected: LogBackend) {
        #expect(LogBackend.detect(environment: environment, socketExists: { _ in socketExists }) == expected)
    }

    @Test func looksForJournaldsNativeSocket() {
        var asked: [String] = []
        _ = LogBackend.detect(environment: [:], socketExists: { asked.append($0); return false })
        #expect(asked == ["/run/systemd/journal/socket"])
    }
}
