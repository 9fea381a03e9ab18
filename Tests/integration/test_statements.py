"""Many statements in one daemon: deadlined.toml holds the daemon's settings and statements.d/
one statement per file. Against a real journald; run as root under `unshare -m` (the Makefile does).
"""

import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import Daemon, at  # noqa: E402

DAEMON_ONLY = '[daemon]\ntimezone = "UTC"\nlead_times = []\n'


def statement(statement_id, *commitments):
    """A statement file: `commitments` are (id, deadline) pairs."""
    lines = ["[statement]", f'id = "{statement_id}"', "issued = 2024-09-27", ""]
    for commitment_id, deadline in commitments:
        lines += ["[[commitment]]", f'id = "{commitment_id}"', f"deadline = {deadline}", ""]
    return "\n".join(lines)


def write_statement(daemon, name, text):
    folder = os.path.join(daemon.workdir, "statements.d")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w") as file:
        file.write(text)


def alerts(journal):
    return [e for e in journal.entries(SYSLOG_IDENTIFIER="deadlined") if "DEADLINE_ALERT_ID" in e]


def wait_alerts(journal, count, timeout=20):
    return [e for e in journal.wait_for(
        lambda found: len([e for e in found if "DEADLINE_ALERT_ID" in e]) >= count,
        timeout=timeout, SYSLOG_IDENTIFIER="deadlined") if "DEADLINE_ALERT_ID" in e]


def reload(daemon, expect):
    """SIGHUP, then the READY=1 whose status satisfies `expect`."""
    seen = len(daemon.notify.messages)
    daemon.signal(signal.SIGHUP)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        for message in daemon.notify.messages[seen:]:
            if "READY=1" in message.split("\n") and expect(message):
                return message
        seen = len(daemon.notify.messages)
        daemon.notify.collect(0.2)
    raise TimeoutError(f"no READY=1 after the reload matched; got {daemon.notify.messages}")


def test_several_statement_files_alert_each_under_its_own_statement_and_a_restart_sends_nothing_again(journal, directory):
    daemon = Daemon(directory, DAEMON_ONLY)
    write_statement(daemon, "a.toml", statement("alpha", ("same-id", at(3))))
    write_statement(daemon, "b.toml", statement("bravo", ("same-id", at(3))))
    write_statement(daemon, "b.toml.dpkg-old", "not a statement [")
    daemon.start()
    try:
        assert "2 statements, 2 commitments" in daemon.notify.wait_for(lambda m: "READY=1" in m)
        found = wait_alerts(journal, 2)
    finally:
        assert daemon.stop() == 0
    assert sorted((e["DEADLINE_STATEMENT"], e["DEADLINE_COMMITMENT"]) for e in found) == [
        ("alpha", "same-id"), ("bravo", "same-id")]
    assert len({e["DEADLINE_ALERT_ID"] for e in found}) == 2
    assert sorted(r["statement"] for r in daemon.alert_log()) == ["alpha", "bravo"]

    daemon.start()
    try:
        time.sleep(1.5)
    finally:
        assert daemon.stop() == 0
    assert len(alerts(journal)) == 2
    assert len(daemon.alert_log()) == 2


def test_a_statement_file_added_and_removed_with_sighup(journal, directory):
    daemon = Daemon(directory, DAEMON_ONLY)
    write_statement(daemon, "a.toml", statement("alpha", ("far", at(3600))))
    daemon.start()
    try:
        write_statement(daemon, "b.toml", statement("bravo", ("soon", at(2)), ("later", at(6))))
        reload(daemon, lambda m: "2 statements, 3 commitments" in m)
        [first] = wait_alerts(journal, 1)
        assert (first["DEADLINE_STATEMENT"], first["DEADLINE_COMMITMENT"]) == ("bravo", "soon")
        os.unlink(os.path.join(directory, "statements.d", "b.toml"))
        reload(daemon, lambda m: "reload failed" not in m and "STATUS=1 commitments" in m)
        # bravo/later would have fired 6 s after the start: its timer went with its file.
        time.sleep(6)
    finally:
        assert daemon.stop() == 0
    assert [(e["DEADLINE_STATEMENT"], e["DEADLINE_COMMITMENT"]) for e in alerts(journal)] == [("bravo", "soon")]
    messages = " ".join(e["MESSAGE"] for e in journal.entries(SYSLOG_IDENTIFIER="deadlined"))
    # Each reload parses only the statement file that came; the one that went is counted.
    assert "2 statements, 3 commitments, 1 of 2 statement files parsed, 2 timers re-armed" in messages
    assert ": 1 commitments, 0 of 1 statement files parsed, 1 removed, 0 timers re-armed" in messages


def test_a_broken_statement_file_on_reload_keeps_the_whole_previous_set_running(journal, directory):
    daemon = Daemon(directory, DAEMON_ONLY)
    bravo_soon = at(4)
    write_statement(daemon, "a.toml", statement("alpha", ("soon", at(4))))
    write_statement(daemon, "b.toml", statement("bravo", ("soon", bravo_soon)))
    daemon.start()
    try:
        write_statement(daemon, "b.toml", statement("bravo", ("soon", '"2025-02-30"')))
        broken = os.path.join(directory, "statements.d", "b.toml")
        ready = reload(daemon, lambda m: "reload failed" in m)
        assert f"{broken}:7:12" in ready
        [failure] = journal.wait_for(lambda found: len(found) == 1, SYSLOG_IDENTIFIER="deadlined", PRIORITY="3")
        assert f"{broken}:7:12: error: `deadline` \"2025-02-30\" is not a date" in failure["MESSAGE"]
        assert failure["CONFIG_FILE"] == daemon.config_path
        # Both statements of the previous set still fire.
        found = wait_alerts(journal, 2)
        assert daemon.process.poll() is None
        # Fixed, the file is the only one parsed: the failed reload kept nothing of its own.
        write_statement(daemon, "b.toml", statement("bravo", ("soon", bravo_soon), ("later", at(3600))))
        reload(daemon, lambda m: "reload failed" not in m and "3 commitments" in m)
    finally:
        assert daemon.stop() == 0
    assert sorted(e["DEADLINE_STATEMENT"] for e in found) == ["alpha", "bravo"]
    messages = " ".join(e["MESSAGE"] for e in journal.entries(SYSLOG_IDENTIFIER="deadlined"))
    assert "2 statements, 3 commitments, 1 of 2 statement files parsed, 1 timers re-armed" in messages


def test_a_broken_statement_file_at_start_exits_78_naming_the_file(journal, directory):
    daemon = Daemon(directory, DAEMON_ONLY)
    write_statement(daemon, "a.toml", statement("dup", ("c", at(3600))))
    write_statement(daemon, "b.toml", statement("dup", ("c", at(3600))))
    daemon.start(wait_ready=False)
    assert daemon.wait() == 78
    a = os.path.join(directory, "statements.d", "a.toml")
    b = os.path.join(directory, "statements.d", "b.toml")
    assert f'{b}:2:6: error: statement id "dup" is already used by {a}:2:6' in daemon.stderr_text()


def test_a_moved_deadline_and_a_resolution_are_told_once_each_and_not_after_a_restart(journal, directory):
    import datetime
    daemon = Daemon(directory, DAEMON_ONLY)
    first_deadline = at(2)
    write_statement(daemon, "a.toml", statement("alpha", ("moving", first_deadline), ("resolving", at(3600))))
    daemon.start()
    try:
        [passed] = wait_alerts(journal, 1)
        assert passed["DEADLINE_KIND"] == "due"
        new_deadline = at(7200)
        today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
        write_statement(daemon, "a.toml", statement("alpha", ("moving", new_deadline)) + f"""
[[commitment]]
id = "resolving"
deadline = {at(3600)}
status = "met"
resolved = {today}
evidence = "https://example.org/done"
""")
        reload(daemon, lambda m: "reload failed" not in m)
        found = wait_alerts(journal, 3)
    finally:
        assert daemon.stop() == 0
    by_kind = {e["DEADLINE_KIND"]: e for e in found}
    changed, resolved = by_kind["changed"], by_kind["resolved"]
    assert changed["DEADLINE_COMMITMENT"] == "moving"
    assert changed["DEADLINE_PREVIOUS_AT"] == passed["DEADLINE_AT"]
    assert changed["DEADLINE_AT"] == new_deadline
    assert changed["MESSAGE"].startswith(f"moving: deadline moved from {passed['DEADLINE_AT']} to {new_deadline}")
    assert changed["MESSAGE_ID"] == "900693cfa872421fbc49afe5c5fbaec1"
    assert resolved["DEADLINE_COMMITMENT"] == "resolving"
    assert (resolved["DEADLINE_STATUS"], resolved["DEADLINE_ON_TIME"], resolved["PRIORITY"]) == ("met", "yes", "5")
    assert resolved["DEADLINE_EVIDENCE"] == "https://example.org/done"
    assert resolved["DEADLINE_RESOLVED_AT"] == f"{today}T00:00:00Z"
    assert resolved["MESSAGE_ID"] == "ce1884c80f46488fbf71147926ceafb2"
    assert [r["kind"] for r in daemon.alert_log()] == ["due", "changed", "resolved"]
    logged = daemon.alert_log()[2]
    assert (logged["status"], logged["evidence"], logged["on_time"]) == ("met", "https://example.org/done", True)
    assert logged["resolved_at"] == int(datetime.datetime.fromisoformat(f"{today}T00:00:00+00:00").timestamp())

    daemon.start()
    try:
        time.sleep(1.5)
    finally:
        assert daemon.stop() == 0
    assert len(alerts(journal)) == 3
