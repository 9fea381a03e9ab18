"""Faults while the daemon runs, against a real journald: crashes in the middle of a burst, a
state directory that is full, read-only or deleted, a damaged alert log, a config that
disappears, and notify commands that misbehave.

Run as root under `unshare -m --propagation private` (the Makefile does).
"""

import collections
import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import Daemon, at, config_text  # noqa: E402
from journald_harness import _unmount  # noqa: E402


def alert_entries(journal, **match):
    return [e for e in journal.entries(SYSLOG_IDENTIFIER="deadlined", **match) if "DEADLINE_ALERT_ID" in e]


def messages(journal, **match):
    return [e["MESSAGE"] for e in journal.entries(SYSLOG_IDENTIFIER="deadlined", **match)]


def test_fifty_sigkills_during_a_burst_of_a_thousand_alerts(journal, directory):
    # A thousand deadlines that passed a moment ago: every start sends what is still unsent.
    commitments = [{"id": f'"c{index:04d}"', "deadline": at(-2)} for index in range(1000)]
    daemon = Daemon(directory, config_text(commitments))
    rng = random.Random(20240927)
    kills = 0
    while kills < 50:
        daemon.start(wait_ready=False)
        time.sleep(rng.uniform(0.0, 0.25))
        if daemon.process.poll() is not None:
            pytest.fail(f"the daemon exited by itself: {daemon.stderr_text()}")
        daemon.kill()
        kills += 1
    daemon.start()
    try:
        records = daemon.wait_for_log(lambda found: len({r["id"] for r in found}) == 1000, timeout=60)
        found = alert_entries(journal)
    finally:
        assert daemon.stop() == 0
    in_journal = collections.Counter(e["DEADLINE_ALERT_ID"] for e in found)
    in_log = collections.Counter(r["id"] for r in records)
    assert len(in_journal) == 1000, "an alert never reached the journal"
    assert set(in_log) == set(in_journal)
    duplicates = sum(count - 1 for count in in_journal.values())
    print(f"\n50 SIGKILLs during a burst of 1000 alerts: {duplicates} sent twice, none lost")
    assert duplicates <= kills, f"{duplicates} duplicates after {kills} kills"
    # The log records each alert once: a line is only written after its alert went out.
    assert max(in_log.values()) <= 2


def small_state_directory(directory, size="64k"):
    state = os.path.join(directory, "state")
    os.makedirs(state, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", state], check=True)
    return state


def test_a_full_state_directory_keeps_alerts_flowing_and_recovers(journal, directory):
    state = small_state_directory(directory)
    try:
        daemon = Daemon(directory, config_text([
            {"id": '"first"', "deadline": at(3)},
            {"id": '"second"', "deadline": at(5)},
            {"id": '"third"', "deadline": at(8)},
        ])).start()
        try:
            # Fill the file system so the alert log cannot grow.
            filler = os.open(os.path.join(state, "filler"), os.O_WRONLY | os.O_CREAT)
            try:
                while True:
                    os.write(filler, b"x" * 4096)
            except OSError:
                pass
            finally:
                os.close(filler)
            journal.wait_for(lambda f: len([e for e in f if "DEADLINE_ALERT_ID" in e]) >= 2, SYSLOG_IDENTIFIER="deadlined")
            errors = [m for m in messages(journal, PRIORITY="3") if "cannot write the alert log" in m]
            assert len(errors) == 1, errors
            assert daemon.alert_log() == []
            os.unlink(os.path.join(state, "filler"))
            records = daemon.wait_for_log(lambda found: len(found) == 3)
            assert any("writable again" in m for m in messages(journal))
        finally:
            assert daemon.stop() == 0
    finally:
        _unmount(state)
    assert [r["commitment"] for r in records] == ["first", "second", "third"]
    assert len(alert_entries(journal)) == 3


def test_a_read_only_state_directory_keeps_alerts_flowing_and_recovers(journal, directory):
    state = small_state_directory(directory, size="1m")
    try:
        daemon = Daemon(directory, config_text([
            {"id": '"first"', "deadline": at(2)},
            {"id": '"second"', "deadline": at(5)},
        ]))
        daemon.start()
        subprocess.run(["mount", "-o", "remount,ro", state], check=True)
        try:
            journal.wait_for(lambda f: any(e.get("DEADLINE_COMMITMENT") == "first" for e in f), SYSLOG_IDENTIFIER="deadlined")
            journal.wait_for(lambda f: any("cannot write the alert log" in e["MESSAGE"] for e in f), SYSLOG_IDENTIFIER="deadlined")
            subprocess.run(["mount", "-o", "remount,rw", state], check=True)
            records = daemon.wait_for_log(lambda found: len(found) == 2)
        finally:
            assert daemon.stop() == 0
    finally:
        _unmount(state)
    assert [r["commitment"] for r in records] == ["first", "second"]


def test_a_deleted_state_directory_keeps_alerts_flowing_and_recovers(journal, directory):
    daemon = Daemon(directory, config_text([
        {"id": '"first"', "deadline": at(2)},
        {"id": '"second"', "deadline": at(3)},
        {"id": '"third"', "deadline": at(6)},
    ])).start()
    try:
        daemon.wait_for_log(lambda found: len(found) == 1)
        subprocess.run(["rm", "-rf", daemon.state_dir], check=True)
        journal.wait_for(lambda f: any("cannot write the alert log" in e["MESSAGE"] for e in f), SYSLOG_IDENTIFIER="deadlined")
        os.makedirs(daemon.state_dir)
        records = daemon.wait_for_log(lambda found: len(found) == 2)
    finally:
        assert daemon.stop() == 0
    # The recreated log holds what was sent since the deletion; nothing was lost on the way.
    assert [r["commitment"] for r in records] == ["second", "third"]
    assert [e["DEADLINE_COMMITMENT"] for e in alert_entries(journal)] == ["first", "second", "third"]


def test_a_torn_last_line_is_cut_off_and_nothing_is_resent(journal, directory):
    daemon = Daemon(directory, config_text([{"id": '"once"', "deadline": at(2)}, {"id": '"later"', "deadline": at(3600)}])).start()
    daemon.wait_for_log(lambda found: len(found) == 1)
    assert daemon.stop() == 0
    log_path = os.path.join(daemon.state_dir, "alerts.jsonl")
    with open(log_path, "a") as log:
        log.write('{"id":"torn-by-a-cra')
    daemon.start()
    try:
        journal.wait_for(lambda f: any("torn line" in e["MESSAGE"] for e in f), SYSLOG_IDENTIFIER="deadlined")
    finally:
        assert daemon.stop() == 0
    with open(log_path) as log:
        text = log.read()
    assert text.endswith("}\n") and "torn-by" not in text
    assert len(alert_entries(journal)) == 1


def test_a_damaged_alert_log_is_moved_aside_not_truncated(journal, directory):
    daemon = Daemon(directory, config_text([{"id": '"a"', "deadline": at(2)}, {"id": '"b"', "deadline": at(2)}])).start()
    daemon.wait_for_log(lambda found: len(found) == 2)
    assert daemon.stop() == 0
    log_path = os.path.join(daemon.state_dir, "alerts.jsonl")
    lines = open(log_path).read().splitlines()
    damaged = lines[0] + "\n" + "\x00garbage in the middle\n" + lines[1] + "\n"
    with open(log_path, "w") as log:
        log.write(damaged)
    daemon.start()
    try:
        [warning] = journal.wait_for(lambda f: len(f) == 1, SYSLOG_IDENTIFIER="deadlined", PRIORITY="4")
    finally:
        assert daemon.stop() == 0
    assert "unreadable lines (2)" in warning["MESSAGE"]
    aside = [name for name in os.listdir(daemon.state_dir) if name.startswith("alerts.jsonl.corrupt-")]
    assert len(aside) == 1
    assert open(os.path.join(daemon.state_dir, aside[0])).read() == damaged
    assert [r["commitment"] for r in daemon.alert_log()] == ["a", "b"]
    assert len(alert_entries(journal)) == 2, "the good records kept both alerts from being sent again"


@pytest.mark.parametrize("damage", ["directory", "dangling symlink", "unreadable"])
def test_a_config_that_cannot_be_read_on_reload_keeps_the_old_one(journal, directory, damage):
    daemon = Daemon(directory, config_text([{"id": '"kept"', "deadline": at(4)}]))
    if damage == "unreadable":
        # Root reads anything: run the daemon as nobody, the config made unreadable to it.
        os.chmod(directory, 0o755)
        os.makedirs(daemon.state_dir)
        os.chown(daemon.state_dir, 65534, 65534)
        os.chmod(daemon.config_path, 0o644)
        daemon.wrapper = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    daemon.start()
    try:
        os.rename(daemon.config_path, daemon.config_path + ".old")
        if damage == "directory":
            os.mkdir(daemon.config_path)
        elif damage == "dangling symlink":
            os.symlink("/nonexistent/deadlined.toml", daemon.config_path)
        else:
            os.rename(daemon.config_path + ".old", daemon.config_path)
            os.chmod(daemon.config_path, 0o600)
        daemon.signal(signal.SIGHUP)
        ready = daemon.notify.wait_for(lambda m: "READY=1" in m and "reload failed" in m)
        assert daemon.config_path in ready
        [error] = journal.wait_for(lambda f: len(f) == 1, SYSLOG_IDENTIFIER="deadlined", PRIORITY="3")
        assert "cannot read the config" in error["MESSAGE"]
        # The old config still runs: its alert comes.
        journal.wait_for(lambda f: any(e.get("DEADLINE_COMMITMENT") == "kept" for e in f), SYSLOG_IDENTIFIER="deadlined")
    finally:
        assert daemon.stop() == 0


def test_notify_command_gets_its_arguments_and_environment(journal, directory):
    out = os.path.join(directory, "notified.jsonl")
    script = os.path.join(directory, "notify.py")
    with open(script, "w") as file:
        file.write("#!/usr/bin/env python3\nimport json, os, sys\n"
                   f"open({out!r}, 'a').write(json.dumps({{'argv': sys.argv[1:], 'env': "
                   "{k: v for k, v in os.environ.items() if k.startswith('DEADLINE_')}}) + '\\n')\n")
    os.chmod(script, 0o755)
    daemon = Daemon(directory, config_text(
        [{"id": '"ping"', "deadline": at(2)}],
        daemon={"notify_command": json.dumps([script, "{commitment}", "{kind}", "{message}"])})).start()
    try:
        deadline = time.monotonic() + 15
        while not (os.path.exists(out) and open(out).read().strip()):
            assert time.monotonic() < deadline, daemon.stderr_text()
            time.sleep(0.1)
    finally:
        assert daemon.stop() == 0
    [call] = [json.loads(line) for line in open(out)]
    assert call["argv"][:2] == ["ping", "due"]
    assert call["argv"][2].startswith("ping: deadline passed")
    assert call["env"]["DEADLINE_COMMITMENT"] == "ping"
    assert call["env"]["DEADLINE_KIND"] == "due"
    assert "DEADLINE_ALERT_ID" in call["env"]


@pytest.mark.parametrize("command, expected", [
    (["/bin/sleep", "30"], "ran longer than 1s and was killed"),
    (["/usr/bin/yes"], "ran longer than 1s and was killed"),
    (["/bin/false"], "exited with status 1"),
    (["/nonexistent/notify"], "could not start"),
])
def test_a_misbehaving_notify_command_never_blocks_alerts(journal, directory, command, expected):
    daemon = Daemon(directory, config_text(
        [{"id": f'"n{index}"', "deadline": at(2 + index)} for index in range(3)],
        daemon={"notify_command": json.dumps(command), "notify_timeout": '"1s"'})).start()
    try:
        daemon.wait_for_log(lambda found: len(found) == 3)
        found = alert_entries(journal)
        errors = journal.wait_for(lambda f: len(f) >= 1, SYSLOG_IDENTIFIER="deadlined", PRIORITY="3")
    finally:
        assert daemon.stop() == 0
    # Each alert went out on time even though the command before it hung or failed.
    assert all("DEADLINE_LATE_SECONDS" not in e for e in found)
    assert expected in errors[0]["MESSAGE"]
    if command == ["/usr/bin/yes"]:
        assert len(errors[0].get("NOTIFY_OUTPUT", "")) <= 4096


def test_stopping_kills_the_notify_command_running_and_skips_those_waiting(journal, directory):
    """A notification server that never answers: each command would wait out its timeout, one
    after another, far past systemd's stop timeout (the harness waits 20 s for the exit)."""
    daemon = Daemon(directory, config_text(
        [{"id": f'"n{index}"', "deadline": at(2)} for index in range(3)],
        daemon={"notify_command": json.dumps(["/bin/sleep", "3600"]), "notify_timeout": '"1h"'})).start()
    try:
        daemon.wait_for_log(lambda found: len(found) == 3)
    finally:
        assert daemon.stop() == 0
    stopped = journal.wait_for(lambda found: len(found) >= 3, SYSLOG_IDENTIFIER="deadlined", PRIORITY="4")
    warnings = sorted(entry["MESSAGE"] for entry in stopped)
    assert warnings == ["notify command /bin/sleep not run: the daemon is stopping"] * 2 + [
        "notify command /bin/sleep was killed: the daemon is stopping"], warnings

