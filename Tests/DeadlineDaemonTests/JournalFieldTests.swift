import Testing

@testable import DeadlineDaemon

@Suite struct JournalFieldTests {
    @Test(arguments: [
        ("MESSAGE", "MESSAGE"),
        ("commitment", "COMMITMENT"),
        ("request.id", "REQUEST_ID"),
        ("alert-kind", "ALERT_KIND"),
        ("_private", "PRIVATE"),
        ("__SYSTEMD_UNIT", "SYSTEMD_UNIT"),
        ("2fa", "FIELD_2FA"),
        ("_9lives", "FIELD_9LIVES"),
        ("", "FIELD"),
        ("___", "FIELD"),
        ("موعد", "FIELD"),
        ("due date", "DUE_DATE"),
        ("café", "CAF_"),
        ("ÉTAT", "TAT"),
    ])
    func sanitisesNames(key: String, expected: String) {
        #expect(JournalField.sanitizedName(key) == expected)
    }

    @Test func cutsNamesToSixtyFourBytes() {
        let name = JournalField.sanitizedName(String(repeating: "a", count: 100))
        #expect(name == String(repeating: "A", count: 64))
    }

    @Test func prefixedNameIsStillAtMostSixtyFourBytes() {
        let name = JournalField.sanitizedName("1" + String(repeating: "x", count: 70))
        #expect(name.utf8.count == 64)
        #expect(name.hasPrefix("FIELD_1XXX"))
    }

    @Test func everySanitisedNameIsOneJournaldAccepts() {
        let keys = ["", "a", "1", "_", "-", "ü", "a.b.c", "\n", "KEY=VALUE", String(repeating: "_1", count: 40)]
        for key in keys {
            let name = JournalField.sanitizedName(key)
            #expect(!name.isEmpty && name.utf8.count <= 64, "\(key) -> \(name)")
            #expect(name.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }, "\(key) -> \(name)")
            #expect(name.first.map { ("A"..."Z").contains($0) } == true, "\(key) -> \(name)")
        }
    }

    @Test func keepsValuesUnchanged() {
        let field = JournalField(name: "detail", value: "line one\nline two = ü")
        #expect(field.name == "DETAIL")
        #expect(field.value == "line one\nline two = ü")
    }
}
