import Testing

@testable import DeadlineDaemon

@Suite("notify_command placeholders")
struct NotifyCommandTests {
    static let values = ["{kind}": "due", "{message}": "c: due {kind} «now»", "{commitment}": "c-1", "{lead}": ""]

    @Test(
        "each placeholder is replaced once, left to right; what a value contains is not expanded again",
        arguments: [
            ("{commitment}", "c-1"),
            ("{kind}/{kind}", "due/due"),
            ("--message={message}", "--message=c: due {kind} «now»"),
            ("{{kind}}", "{due}"),
            ("{kind", "{kind"),
            ("kind}", "kind}"),
            ("{other} {kind}", "{other} due"),
            ("{lead}", ""),
            ("«{kind}»{", "«due»{"),
            ("", ""),
            ("{", "{"),
        ])
    func fill(argument: String, expected: String) {
        #expect(NotifyCommandRunner.fill(argument, Self.values) == expected)
    }

    @Test("a long argument of braces is filled in linear time")
    func longArgument() {
        let argument = String(repeating: "{", count: 1 << 20) + "{kind}"
        #expect(NotifyCommandRunner.fill(argument, Self.values) == String(repeating: "{", count: 1 << 20) + "due")
    }
}
