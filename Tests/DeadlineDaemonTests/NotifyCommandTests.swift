import DeadlineCore
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

    @Test("the notify-send recipe gets the urgency of the alert's priority: critical, normal, low")
    func urgency() throws {
        // The example holds the daemon's settings with the recipe; the statement is the shipped one.
        let example = try ConfigFile.load(path: #filePath.replacingLastComponents(3, with: "Config/examples/desktop-notifications.toml"))
        let config = try ConfigFile.load(path: #filePath.replacingLastComponents(3, with: "Config/deadlined.toml"))
        let commitment = config.commitments[0]
        let deadline = try #require(commitment.deadline).instant
        let cases: [(AlertKind, WrittenSpan?, Int, String)] = [
            (.due, nil, 2, "critical"),
            (.approaching, commitment.leadTimes.first { $0.text == "7d" }, 4, "normal"),
            (.approaching, commitment.leadTimes.first { $0.text == "90d" }, 5, "normal"),
            (.review, nil, 6, "low"),
        ]
        for (kind, lead, priority, urgency) in cases {
            let fireAt = lead.map { $0.span.moving(deadline, in: config.daemon.zone, forward: false) } ?? deadline
            let alert = Alert(statementID: config.statements[0].id, kind: kind, commitmentID: commitment.id, lead: lead,
                              occurrence: kind == .review ? 1 : 0, fireAt: fireAt, target: deadline)
            let presentation = AlertPresentation(
                alert: alert, commitment: commitment, statement: config.statements[0], zone: config.daemon.zone, now: fireAt)
            #expect(presentation.priority == priority)
            let argv = NotifyCommandRunner.arguments(example.daemon.notifyCommand, presentation: presentation)
            #expect(argv == [
                "/usr/bin/notify-send", "--app-name=deadlined", "--icon=appointment-soon", "--urgency=\(urgency)", "--",
                commitment.id, presentation.message,
            ])
        }
    }
}

private extension String {
    /// This path with its last `count` components replaced by `relative`.
    func replacingLastComponents(_ count: Int, with relative: String) -> String {
        var parts = split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(count)
        return parts.joined(separator: "/") + "/" + relative
    }
}
