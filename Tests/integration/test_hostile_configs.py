"""Hostile configs against the real daemon: it never starts on one (exit 78, EX_CONFIG, with a
short error naming the place), and never dies reloading one (the old config keeps running).

The exact messages are unit-tested in Tests/DeadlineCoreTests/HostileConfigTests.swift; here
the point is the process: exit status, stderr size, survival, and memory.

Run as root under `unshare -m --propagation private` (the Makefile does).
"""

import os
import signal
import sys
import time

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import BINARY, Daemon, at, config_text  # noqa: E402

STATEMENT = b'[statement]\nid = "s"\nissued = 2024-09-27\n'


def hundred_megabytes():
    block = b"".join(
        b'\n[[commitment]]\nid = "c%d"\ndeadline = 2030-01-01\nlead_times = ["30d"]\n' % index for index in range(16_000))
    return STATEMENT + block * (100 * 2**20 // len(block) + 1)


# (name, bytes, the place and message the error must contain)
HOSTILE = [
    ("100 MB", hundred_megabytes, ": error: the config is 100 MB, more than the 48 MB limit; refusing to read it"),
    ("10,000-deep nesting", lambda: b"a = " + b"[" * 10_000 + b"]" * 10_000,
     ":1:133: error: arrays and inline tables nest deeper than 128 levels"),
    ("10 MB string", lambda: b'[daemon]\ntimezone = "' + b"x" * (10 * 2**20) + b'"\n' + STATEMENT,
     ':2:12: error: unknown time zone "' + "x" * 40 + '…"'),
    ("NUL byte", lambda: STATEMENT + b'title = "a\0b"\n',
     ":4:11: error: control character U+0000 is not allowed in a string"),
    ("invalid UTF-8", lambda: STATEMENT + b'title = "\xff"\n', ":4:10: error: invalid UTF-8 byte 0xFF"),
    ("100k duplicate keys", lambda: b'[statement]\nid = "s"\n' + b'title = "t"\n' * 100_000,
     ":4:1: error: duplicate key `title` (first defined at 3:1)"),
    ("2025-02-29", lambda: STATEMENT + b'[[commitment]]\nid = "c"\ndeadline = 2025-02-29\n',
     ":6:20: error: invalid date 2025-02-29: February 2025 has 28 days"),
    ('"2024-13-01"', lambda: STATEMENT + b'[[commitment]]\nid = "c"\ndeadline = "2024-13-01"\n',
     ':6:12: error: `deadline` "2024-13-01" is not a date: months run from 01 to 12'),
    ('lead time "-5d"', lambda: b'[daemon]\nlead_times = ["-5d"]\n' + STATEMENT,
     ':2:15: error: lead time "-5d" is negative'),
    ("same commitment id", lambda: STATEMENT + b'[[commitment]]\nid = "c"\n[[commitment]]\nid = "c"\n',
     ":7:6: error: commitment id `c` is used twice (first at 5:6)"),
]
IDS = [name for name, _, _ in HOSTILE]


def write_bytes(daemon, data):
    with open(daemon.config_path, "wb") as config:
        config.write(data)


def peak_memory_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise AssertionError("no VmHWM")


@pytest.mark.parametrize("name,make,expected", HOSTILE, ids=IDS)
def test_the_daemon_never_starts_on_a_hostile_config(journal, directory, name, make, expected):
    daemon = Daemon(directory, "")
    write_bytes(daemon, make())
    daemon.start(wait_ready=False)
    try:
        assert daemon.wait(timeout=60) == 78
    finally:
        daemon.kill()
    stderr = daemon.stderr_text()
    assert daemon.config_path + expected in stderr
    assert len(stderr.encode()) < 4096, f"{len(stderr.encode())} bytes on stderr"
    assert not any(message.startswith("READY=1") or "\nREADY=1" in message for message in daemon.notify.messages)


def test_the_daemon_survives_reloading_every_hostile_config_and_keeps_the_old_one(journal, directory):
    good = config_text([{"id": '"steady"', "deadline": at(3600)}])
    daemon = Daemon(directory, good).start()
    try:
        for name, make, expected in HOSTILE:
            write_bytes(daemon, make())
            start = len(daemon.notify.messages)
            daemon.signal(signal.SIGHUP)
            ready = next_ready(daemon, start)
            assert "reload failed" in ready, f"{name}: {ready}"
            assert len(ready.encode()) < 2048, f"{name}: notify message of {len(ready.encode())} bytes"
            assert daemon.process.poll() is None, f"the daemon died reloading {name}"
        # Memory stays bounded: the largest of these is refused before it is read.
        assert peak_memory_kb(daemon.process.pid) < 512 * 1024
        # The old config kept running; a good config reloads as usual.
        daemon.write_config(config_text([{"id": '"steady"', "deadline": at(3600)}, {"id": '"added"', "deadline": at(7200)}]))
        start = len(daemon.notify.messages)
        daemon.signal(signal.SIGHUP)
        ready = next_ready(daemon, start)
        assert "reload failed" not in ready and "2 commitments" in ready, ready
    finally:
        assert daemon.stop() == 0
    # Each failure reached the journal at priority err, with its place.
    failures = journal.wait_for(lambda found: len(found) >= len(HOSTILE), SYSLOG_IDENTIFIER="deadlined", PRIORITY="3")
    messages = [entry["MESSAGE"] for entry in failures]
    for name, _, expected in HOSTILE:
        assert any(daemon.config_path + expected in message for message in messages), f"{name} not in the journal"
    assert all(len(message.encode()) < 4096 for message in messages)


def test_the_largest_config_accepted_loads_in_bounded_memory(directory):
    """Just under the 48 MB limit: some 680,000 commitments load, in well under a gigabyte."""
    path = os.path.join(directory, "large.toml")
    limit = 48 * 2**20
    with open(path, "wb") as config:
        config.write(STATEMENT)
        size, index = len(STATEMENT), 0
        while True:
            block = b'\n[[commitment]]\nid = "c%d"\ndeadline = 2030-01-01\nlead_times = ["30d"]\n' % index
            if size + len(block) > limit:
                break
            config.write(block)
            size, index = size + len(block), index + 1
    # A forked child that only runs `check`, so that its peak is the loader's alone.
    pid = os.fork()
    if pid == 0:
        os.execv(BINARY, [BINARY, "check", "--config", path])
    _, status, usage = os.wait4(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    peak_mb = usage.ru_maxrss / 1024
    print(f"{index} commitments, {size / 2**20:.1f} MB: peak {peak_mb:.0f} MB")
    assert peak_mb < 768, f"loading a 48 MB config peaked at {peak_mb:.0f} MB"


def next_ready(daemon, start, timeout=60):
    """The first READY=1 notification after the first `start` messages (the one that ends a reload)."""
    deadline = time.monotonic() + timeout
    while True:
        for message in daemon.notify.messages[start:]:
            if "READY=1" in message.split("\n"):
                return message
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no READY=1 within {timeout} s; got {daemon.notify.messages[start:]}")
        daemon.notify.collect(min(remaining, 0.2))
