"""snooze_until against a real journald: the line that says a snooze holds reminders (at start,
and on a reload that changes it), the one reminder sent when it ends, and a restart that sends
nothing again. Run as root under `unshare -m` (the Makefile does).
"""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import BINARY, Daemon, at, config_text  # noqa: E402
from test_statements import alerts, reload, wait_alerts  # noqa: E402



def snoozed(until, deadline=None):
    """A deadline 3h10m ago with hourly reminders: #1-#3 fell due 2h10m, 1h10m and 10m ago."""
    return config_text([{"id": '"held"', "deadline": deadline or at(-3 * 3600 - 600), "snooze_until": until}],
                       daemon={"overdue_every": '"1h"'})


def notices(journal):
    return [e["MESSAGE"] for e in journal.entries(SYSLOG_IDENTIFIER="deadlined")
            if "reminders snoozed until" in e["MESSAGE"]]


def test_a_snooze_is_told_at_start_and_reload_and_its_end_sends_one_reminder_once(journal, directory):
    deadline = at(-3 * 3600 - 600)
    daemon = Daemon(directory, snoozed(at(3600), deadline))
    daemon.start()
    try:
        # The due alert is never held; the overdue reminders are.
        started = wait_alerts(journal, 1)
        assert [e["DEADLINE_KIND"] for e in started] == ["due"]
        assert len(notices(journal)) == 1
        assert notices(journal)[0].startswith("held: overdue reminders snoozed until ")

        # A bad date on reload keeps the snooze in force, and says nothing of it.
        daemon.write_config(snoozed('"2026-02-30"', deadline))
        assert f"{daemon.config_path}:13:16" in reload(daemon, lambda message: "reload failed" in message)
        assert len(notices(journal)) == 1

        # A reload that brings the end of the snooze to a few seconds from now says so again.
        ends = at(4)
        daemon.write_config(snoozed(ends, deadline))
        reload(daemon, lambda message: "1 commitments" in message)
        assert len(notices(journal)) == 2
        assert notices(journal)[1] == f"held: overdue reminders snoozed until {ends}"

        found = wait_alerts(journal, 2, timeout=15)
        catch_up = found[1]
        assert catch_up["DEADLINE_KIND"] == "overdue"
        assert catch_up["DEADLINE_OCCURRENCE"] == "3"
        assert "DEADLINE_SNOOZED_UNTIL" in catch_up
        assert catch_up["DEADLINE_FIRE_AT"] == catch_up["DEADLINE_SNOOZED_UNTIL"]
        assert "reminders were snoozed until" in catch_up["MESSAGE"]
        # Only the last reminder held: none for #1 and #2.
        time.sleep(1)
        assert len(alerts(journal)) == 2
    finally:
        assert daemon.stop() == 0

    # A restart after the snooze sends nothing again, and has no snooze to tell.
    daemon.start()
    try:
        time.sleep(1.5)
    finally:
        assert daemon.stop() == 0
    assert len(alerts(journal)) == 2
    assert len(notices(journal)) == 2
    assert [r["kind"] for r in daemon.alert_log()] == ["due", "overdue"]


def test_a_bad_snooze_until_is_an_error_at_its_position_for_check_and_stops_the_start_with_78(journal, directory):
    daemon = Daemon(directory, snoozed('"2026-02-30"'))
    error = f"{daemon.config_path}:13:16: error: `snooze_until` \"2026-02-30\" is not a date"
    check = subprocess.run([BINARY, "check", "--config", daemon.config_path], capture_output=True, text=True)
    assert check.returncode == 78
    assert error in check.stderr
    daemon.start(wait_ready=False)
    assert daemon.wait() == 78
    assert error in daemon.stderr_text()
