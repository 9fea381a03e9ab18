"""A commitment replaced by one of a later statement (`supersedes`), added with SIGHUP: the old one
goes quiet, the new one's first alert names it in DEADLINE_SUPERSEDES, a circle on reload keeps the
running set, and a restart sends nothing again. Against a real journald; run as root under
`unshare -m` (the Makefile does).
"""

import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import BINARY, Daemon, at  # noqa: E402
from test_statements import DAEMON_ONLY, alerts, reload, statement, wait_alerts, write_statement  # noqa: E402


def replacing(statement_id, deadline, supersedes):
    """A statement file whose one commitment, "end", replaces `supersedes` (line 8, column 14)."""
    return statement(statement_id, ("end", deadline)) + f'supersedes = "{supersedes}"\n'


def test_a_superseding_statement_added_with_sighup_silences_the_old_and_names_it_once(journal, directory):
    daemon = Daemon(directory, DAEMON_ONLY)
    old_deadline, set_at = at(7), time.monotonic()
    write_statement(daemon, "a.toml", statement("alpha", ("end", old_deadline)))
    daemon.start()
    try:
        write_statement(daemon, "b.toml", replacing("bravo", at(2), "alpha/end"))
        reload(daemon, lambda m: "reload failed" not in m and "2 statements" in m)
        [first] = wait_alerts(journal, 1)

        # A circle (alpha/end replacing bravo/end) is refused; the running set goes on.
        write_statement(daemon, "a.toml", replacing("alpha", old_deadline, "bravo/end"))
        ready = reload(daemon, lambda m: "reload failed" in m)
        b = os.path.join(directory, "statements.d", "b.toml")
        assert f"{b}:8:14: `supersedes` goes round in a circle: bravo/end supersedes alpha/end supersedes bravo/end" in ready
        # alpha/end's deadline passes: superseded, it sends nothing.
        time.sleep(max(0.0, set_at + 8.5 - time.monotonic()))
        assert daemon.process.poll() is None
    finally:
        assert daemon.stop() == 0
    assert (first["DEADLINE_STATEMENT"], first["DEADLINE_COMMITMENT"], first["DEADLINE_KIND"]) == ("bravo", "end", "due")
    assert first["DEADLINE_SUPERSEDES"] == "alpha/end"
    assert first["MESSAGE"].endswith("; it replaces alpha/end")
    assert [(e["DEADLINE_STATEMENT"], e["DEADLINE_COMMITMENT"]) for e in alerts(journal)] == [("bravo", "end")]
    [record] = daemon.alert_log()
    assert (record["id"], record["supersedes"]) == (first["DEADLINE_ALERT_ID"], "alpha/end")

    # The statement file set right again: a restart sends nothing, the old commitment is shown as
    # superseded, and its history holds the alert that replaced it.
    write_statement(daemon, "a.toml", statement("alpha", ("end", old_deadline)))
    daemon.start()
    try:
        time.sleep(1.5)
    finally:
        assert daemon.stop() == 0
    assert len(alerts(journal)) == 1
    command = ["--config", daemon.config_path, "--state-dir", daemon.state_dir]
    status = subprocess.run([BINARY, "status"] + command, capture_output=True, text=True, check=True).stdout
    assert any(line.startswith("alpha/end") and "superseded" in line for line in status.splitlines()), status
    history = subprocess.run([BINARY, "history", "--statement", "alpha", "--json"] + command,
                             capture_output=True, text=True, check=True).stdout
    assert [(r["statement"], r["supersedes"]) for r in json.loads(history)] == [("bravo", "alpha/end")]


def test_the_superseding_file_removed_with_sighup_brings_the_old_commitment_back(journal, directory):
    daemon = Daemon(directory, DAEMON_ONLY)
    write_statement(daemon, "a.toml", statement("alpha", ("end", at(4))))
    write_statement(daemon, "b.toml", replacing("bravo", at(3600), "alpha/end"))
    daemon.start()
    try:
        # Its file unchanged, alpha/end's plan changes with the other file's going.
        os.unlink(os.path.join(directory, "statements.d", "b.toml"))
        reload(daemon, lambda m: "reload failed" not in m and "STATUS=1 commitments" in m)
        [due] = wait_alerts(journal, 1)
    finally:
        assert daemon.stop() == 0
    assert (due["DEADLINE_STATEMENT"], due["DEADLINE_COMMITMENT"], due["DEADLINE_KIND"]) == ("alpha", "end", "due")
    assert "DEADLINE_SUPERSEDES" not in due
