"""The private journald harness itself: entries go in through journald's real
sockets and come back out of journalctl, and an outage behaves like one.

Run as root under `unshare -m --propagation private python3 -m pytest`.
"""

import os
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from journald_harness import NATIVE_SOCKET, PrivateJournald  # noqa: E402


@pytest.fixture
def journal():
    with PrivateJournald() as journal:
        yield journal


def test_stdout_stream_entry_is_read_back_with_identifier_and_priority(journal):
    subprocess.run(["systemd-cat", "-t", "deadlined-test", "-p", "warning", "echo", "hello"], check=True)

    [entry] = journal.wait_for(lambda found: len(found) == 1, SYSLOG_IDENTIFIER="deadlined-test")

    assert entry["MESSAGE"] == "hello"
    assert entry["PRIORITY"] == "4"
    assert entry["_TRANSPORT"] == "stdout"


def test_native_entry_keeps_its_fields_and_newlines(journal):
    fields = "MESSAGE=deadline in 2 days\nPRIORITY=3\nSYSLOG_IDENTIFIER=deadlined-test\nCOMMITMENT=report\n"
    subprocess.run(["logger", "--journald"], input=fields, text=True, check=True)

    [entry] = journal.wait_for(lambda found: len(found) == 1, COMMITMENT="report")

    assert entry["MESSAGE"] == "deadline in 2 days"
    assert entry["PRIORITY"] == "3"
    assert entry["SYSLOG_IDENTIFIER"] == "deadlined-test"
    assert entry["_TRANSPORT"] == "journal"


def test_outage_refuses_entries_and_restart_keeps_earlier_ones(journal):
    subprocess.run(["systemd-cat", "-t", "deadlined-test", "echo", "before"], check=True)
    journal.wait_for(lambda found: len(found) == 1, SYSLOG_IDENTIFIER="deadlined-test")

    journal.stop()
    assert not journal.running
    assert os.path.exists(NATIVE_SOCKET), "a stopped journald leaves its socket file behind"
    during = subprocess.run(["systemd-cat", "-t", "deadlined-test", "echo", "during"], capture_output=True)
    assert during.returncode != 0, "nobody listens on the stream socket during the outage"

    journal.start()
    subprocess.run(["systemd-cat", "-t", "deadlined-test", "echo", "after"], check=True)

    found = journal.wait_for(lambda found: len(found) == 2, SYSLOG_IDENTIFIER="deadlined-test")
    assert [entry["MESSAGE"] for entry in found] == ["before", "after"]


def test_harness_leaves_no_mounts_and_no_journald_behind():
    with PrivateJournald() as journal:
        pid = journal.pid

    with open("/proc/mounts") as mounts:
        mounted = [line.split()[1] for line in mounts]
    assert "/run/systemd/journal" not in mounted
    assert "/run/log/journal" not in mounted
    assert not os.path.exists(f"/proc/{pid}"), "journald was stopped and reaped"
