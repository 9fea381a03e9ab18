import ArgumentParser

/// `deadlined`: the daemon and the commands that inspect its plan.
@main
struct Deadlined: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlined",
        abstract: "Tracks the commitments of public statements and warns before each deadline.",
        discussion: """
            The config (TOML) is deadlined.toml, the daemon's settings, and statements.d/*.toml beside it, one \
            statement and its commitments per file; `run` arms a wall-clock timer for each commitment's next \
            alert and writes each alert to the journal and to the alert log. A moved deadline or a recorded \
            outcome (status met, missed, withdrawn) is told once, as a `changed` or `resolved` alert; a commitment \
            that a later statement's commitment `supersedes` goes quiet, and the new one's first alert names it; \
            `snooze_until` holds overdue and review reminders until a date, then sends the last one held; \
            `history` lists them all.
            Read alerts with `journalctl -u deadlined`; apply config edits with `systemctl reload deadlined`.
            For one user (`make install-user`): the config in ~/.config/deadlined/, the alert log in \
            ~/.local/state/deadlined/, `systemctl --user` and `journalctl --user -u deadlined`; a \
            notify_command with notify-send puts each alert on the desktop (see \
            Config/examples/desktop-notifications.toml).
            """,
        version: deadlinedVersion,
        subcommands: [
            RunCommand.self, CheckCommand.self, TimelineCommand.self, StatusCommand.self, ExtractCommand.self,
            ExportCommand.self, HistoryCommand.self,
        ]
    )
}
