"""The daemon against a real journald: alerts, their fields, restarts, crashes, catch-up,
reloads, and running with no journald at all.

Run as root under `unshare -m --propagation private` (the Makefile does).
"""

import collections
import os
import signal
import subprocess
import sys
import time

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import Daemon, at, config_text, toml_string  # noqa: E402
from journald_harness import SOCKET_DIRECTORY, _mount_tmpfs, _unmount  # noqa: E402

APPROACHING_ID = "328f3ac4f8d94fbebc6be3a03d2e7c37"
DUE_ID = "1bfc8403e5c1466a9bdb5584cf4be300"


def alerts(journal, **match):
    return [entry for entry in journal.entries(SYSLOG_IDENTIFIER="deadlined", **match) if "DEADLINE_ALERT_ID" in entry]


def wait_alerts(journal, count, timeout=20, **match):
    return journal.wait_for(
        lambda found: len([e for e in found if "DEADLINE_ALERT_ID" in e]) >= count,
        timeout=timeout, SYSLOG_IDENTIFIER="deadlined", **match)


def test_alerts_reach_the_journal_with_their_fields_and_the_alert_log(journal, directory):
    quote = "إنهاء المهمة العسكرية للتحالف في العراق"
    daemon = Daemon(directory, config_text([
        {"id": '"due-soon"', "deadline": at(3), "quote": toml_string(quote)},
        {"id": '"warned-soon"', "deadline": at(62), "lead_times": '["1m"]'},
    ])).start()
    try:
        found = [e for e in wait_alerts(journal, 2) if "DEADLINE_ALERT_ID" in e]
    finally:
        assert daemon.stop() == 0
    by_commitment = {entry["DEADLINE_COMMITMENT"]: entry for entry in found}
    due = by_commitment["due-soon"]
    assert due["MESSAGE"].startswith("due-soon: deadline passed: ")
    assert due["PRIORITY"] == "2"
    assert due["MESSAGE_ID"] == DUE_ID
    assert due["DEADLINE_KIND"] == "due"
    assert due["DEADLINE_STATEMENT"] == "test-statement"
    assert due["DEADLINE_QUOTE"] == quote
    assert due["DEADLINE_REMAINING_SECONDS"] in ("0", "-1")
    assert due["CODE_FILE"] and due["CODE_LINE"] and due["CODE_FUNC"]
    assert "DEADLINE_LATE_SECONDS" not in due
    warned = by_commitment["warned-soon"]
    assert warned["MESSAGE"].startswith("warned-soon: 1 minute left until ")
    assert warned["PRIORITY"] == "3"
    assert warned["MESSAGE_ID"] == APPROACHING_ID
    assert warned["DEADLINE_LEAD"] == "1m"
    assert warned["DEADLINE_AT"].endswith("Z")
    log_ids = [record["id"] for record in daemon.alert_log()]
    assert sorted(log_ids) == sorted(entry["DEADLINE_ALERT_ID"] for entry in found)
    for record in daemon.alert_log():
        lateness = record["sent_at"] - record["fire_at"]
        assert 0 <= lateness < 1, "an alert fired early or late"


def test_ready_and_status_reach_the_notify_socket(journal, directory):
    daemon = Daemon(directory, config_text([{"id": '"later"', "deadline": at(3600), "lead_times": '["30m"]'}]))
    daemon.start()
    try:
        ready = daemon.notify.wait_for(lambda message: "READY=1" in message)
        assert "STATUS=1 commitments, 1 open; next: later 30m warning in 29m" in ready
    finally:
        assert daemon.stop() == 0
    daemon.notify.wait_for(lambda message: message == "STOPPING=1", timeout=1)


def test_watchdog_is_pinged_at_half_the_interval(journal, directory):
    daemon = Daemon(directory, config_text([{"id": '"later"', "deadline": at(3600)}]),
                    environment={"WATCHDOG_USEC": "400000"}).start()
    try:
        pings = daemon.notify.collect(1.0).count("WATCHDOG=1")
    finally:
        assert daemon.stop() == 0
    # 1 s at one ping per 0.2 s is about 5; a loaded machine may delay some, never add any.
    assert 2 <= pings <= 7, pings


def test_restart_between_two_alerts_fires_each_once(journal, directory):
    config = config_text([{"id": '"two-step"', "deadline": at(7), "milestones": [{"id": '"first"', "at": at(2)}]}])
    daemon = Daemon(directory, config).start()
    wait_alerts(journal, 1)
    assert daemon.stop() == 0
    daemon.start()
    try:
        found = wait_alerts(journal, 2)
        time.sleep(1)
        found = alerts(journal)
    finally:
        assert daemon.stop() == 0
    counts = collections.Counter(entry["DEADLINE_ALERT_ID"] for entry in found)
    assert len(counts) == 2 and set(counts.values()) == {1}, counts
    assert [entry.get("DEADLINE_MILESTONE") for entry in found] == ["first", None]
    assert len(daemon.alert_log()) == 2


def test_sigkill_during_a_burst_loses_no_alert(journal, directory):
    commitments = [{"id": f'"c{index:03d}"', "deadline": at(2)} for index in range(200)]
    daemon = Daemon(directory, config_text(commitments)).start()
    journal.wait_for(lambda found: len(found) >= 20, SYSLOG_IDENTIFIER="deadlined", DEADLINE_KIND="due")
    daemon.kill()
    daemon.start()
    try:
        daemon.wait_for_log(lambda records: len({r["id"] for r in records}) == 200)
        found = alerts(journal)
    finally:
        assert daemon.stop() == 0
    counts = collections.Counter(entry["DEADLINE_ALERT_ID"] for entry in found)
    assert len(counts) == 200, "an alert was lost"
    duplicates = sum(count - 1 for count in counts.values())
    assert duplicates <= 1, f"{duplicates} alerts were sent twice after one kill"
    assert all(count <= 2 for count in counts.values())
    # An alert sent again after the kill is the same alert: same commitment, kind and message.
    sent = collections.defaultdict(set)
    for entry in found:
        sent[entry["DEADLINE_ALERT_ID"]].add((entry["DEADLINE_COMMITMENT"], entry["DEADLINE_KIND"], entry["MESSAGE"]))
    assert all(len(versions) == 1 for versions in sent.values()), [v for v in sent.values() if len(v) > 1]


@pytest.mark.parametrize("policy, expected", [("latest", ["second"]), ("all", ["first", "second"])])
def test_downtime_across_two_milestones_catches_up_per_policy(journal, directory, policy, expected):
    config = config_text(
        [{"id": '"gap"', "deadline": at(3600), "milestones": [{"id": '"first"', "at": at(1)}, {"id": '"second"', "at": at(2)}]}],
        daemon={"catch_up": toml_string(policy)})
    daemon = Daemon(directory, config)
    time.sleep(3.2)
    daemon.start()
    try:
        found = wait_alerts(journal, len(expected))
        time.sleep(0.5)
        found = alerts(journal)
    finally:
        assert daemon.stop() == 0
    assert [entry["DEADLINE_MILESTONE"] for entry in found] == expected
    assert all(float(entry["DEADLINE_LATE_SECONDS"]) >= 1 for entry in found)


def test_reload_keeps_the_old_config_on_error_and_applies_a_valid_one(journal, directory):
    base = [{"id": '"steady"', "deadline": at(3)}]
    daemon = Daemon(directory, config_text(base)).start()
    try:
        wait_alerts(journal, 1)
        # A broken config: the error is logged with its position, the daemon keeps running.
        daemon.write_config(config_text(base).replace('lead_times = []', 'lead_times = ["1q"]'))
        daemon.signal(signal.SIGHUP)
        daemon.notify.wait_for(lambda m: "RELOADING=1" in m and "MONOTONIC_USEC=" in m)
        ready = daemon.notify.wait_for(lambda m: "READY=1" in m and "reload failed" in m)
        assert f"{daemon.config_path}:3:15" in ready
        [failure] = journal.wait_for(lambda found: len(found) == 1, SYSLOG_IDENTIFIER="deadlined", PRIORITY="3")
        assert f"{daemon.config_path}:3:15: error: lead time \"1q\" has unknown unit 'q'" in failure["MESSAGE"]
        assert daemon.process.poll() is None
        # A valid config adding a commitment: only the new one fires, the old alert is not repeated.
        daemon.write_config(config_text(base + [{"id": '"added"', "deadline": at(2)}]))
        daemon.signal(signal.SIGHUP)
        daemon.notify.wait_for(lambda m: "READY=1" in m and "reload failed" not in m and "2 commitments" in m)
        found = wait_alerts(journal, 2)
        time.sleep(0.5)
        found = alerts(journal)
    finally:
        assert daemon.stop() == 0
    assert [entry["DEADLINE_COMMITMENT"] for entry in found] == ["steady", "added"]
    assert "1 timers re-armed" in " ".join(e["MESSAGE"] for e in journal.entries(SYSLOG_IDENTIFIER="deadlined"))


def test_a_broken_config_at_start_exits_78_with_the_error_on_stderr_and_in_the_journal(journal, directory):
    daemon = Daemon(directory, "[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\ndeadline = \"2025-02-30\"\n")
    daemon.start(wait_ready=False)
    assert daemon.wait() == 78
    assert f"{daemon.config_path}:5:12: error: `deadline` \"2025-02-30\" is not a date: February 2025 has 28 days" in daemon.stderr_text()
    [entry] = journal.wait_for(lambda found: len(found) == 1, SYSLOG_IDENTIFIER="deadlined", PRIORITY="3")
    assert "2025-02-30" in entry["MESSAGE"]


def test_journald_outage_sends_alerts_to_stderr_and_the_log_then_back_to_the_journal(journal, directory):
    daemon = Daemon(directory, config_text([
        {"id": '"before"', "deadline": at(2)},
        {"id": '"during"', "deadline": at(5)},
        {"id": '"after"', "deadline": at(9)},
    ])).start()
    try:
        wait_alerts(journal, 1)
        journal.stop()
        daemon.wait_for_log(lambda records: len(records) >= 2)
        journal.start()
        found = journal.wait_for(lambda f: any(e.get("DEADLINE_COMMITMENT") == "after" for e in f), SYSLOG_IDENTIFIER="deadlined")
    finally:
        assert daemon.stop() == 0
    in_journal = {e["DEADLINE_COMMITMENT"] for e in found if "DEADLINE_COMMITMENT" in e}
    assert in_journal == {"before", "after"}
    assert "during: deadline passed" in daemon.stderr_text()
    assert [r["commitment"] for r in daemon.alert_log()] == ["before", "during", "after"]


def test_without_journald_every_alert_reaches_stderr_and_the_alert_log(directory):
    # An empty tmpfs over journald's socket directory: there is no journal at all.
    os.makedirs(SOCKET_DIRECTORY, exist_ok=True)
    _mount_tmpfs(SOCKET_DIRECTORY)
    try:
        daemon = Daemon(directory, config_text([{"id": f'"c{index}"', "deadline": at(2)} for index in range(5)])).start()
        try:
            daemon.wait_for_log(lambda records: len(records) == 5)
        finally:
            assert daemon.stop() == 0
    finally:
        _unmount(SOCKET_DIRECTORY)
    stderr = daemon.stderr_text()
    for index in range(5):
        assert f"ALERT crit: c{index}: deadline passed" in stderr


def test_setting_the_clock_rearms_the_timers(journal, directory):
    daemon = Daemon(directory, config_text([{"id": '"later"', "deadline": at(3600)}])).start()
    try:
        # Set the clock to what it already is: a clock "set" without moving it.
        result = subprocess.run(["date", "-s", f"@{time.time():.6f}"], capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"cannot set the clock here: {result.stderr.strip()}")
        journal.wait_for(lambda found: any("the system clock was set" in e["MESSAGE"] for e in found),
                         SYSLOG_IDENTIFIER="deadlined")
    finally:
        assert daemon.stop() == 0


def test_an_alert_that_fell_due_while_the_process_was_frozen_fires_on_resume(journal, directory):
    # What a suspend looks like from the daemon's side: it does not run while its deadline passes.
    # Wall-clock timers are absolute CLOCK_REALTIME timerfds, which fire as soon as it runs again.
    daemon = Daemon(directory, config_text([{"id": '"frozen"', "deadline": at(2)}])).start()
    try:
        daemon.signal(signal.SIGSTOP)
        time.sleep(4)
        assert alerts(journal) == []
        daemon.signal(signal.SIGCONT)
        wait_alerts(journal, 1)
        [entry] = alerts(journal)
    finally:
        assert daemon.stop() == 0
    assert entry["DEADLINE_COMMITMENT"] == "frozen"
    assert float(entry["DEADLINE_LATE_SECONDS"]) >= 1


def voluntary_switches(pid):
    """Voluntary context switches of each of the process's threads (each one a wake-up)."""
    switches = {}
    for thread in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{thread}/status") as status:
                for line in status:
                    if line.startswith("voluntary_ctxt_switches:"):
                        switches[thread] = int(line.split()[1])
        except FileNotFoundError:
            pass  # the thread ended while being read
    return switches


def woken(before, after):
    """The threads that woke between two counts: those that ran again, and those that are new.
    A pool thread that ended is not counted: ending is its last wake-up, not a recurring one."""
    return {thread: count for thread, count in after.items() if count != before.get(thread)}


def settled_switches(pid):
    """The counts once start-up's work is over (a second in which no thread woke), however loaded
    the machine is; nothing is due for years, so from then on nothing may wake the daemon."""
    counts = voluntary_switches(pid)
    for _ in range(30):
        time.sleep(1.0)
        settled, counts = counts, voluntary_switches(pid)
        if not woken(settled, counts):
            return counts
    raise AssertionError("the daemon kept waking up for 30 s after start-up")


def test_a_large_config_leaves_no_wake_up_behind(journal, directory):
    # Many commitments (read while the config is parsed), all due in years.
    commitments = [{"id": f'"c{index}"', "deadline": "2040-01-01"} for index in range(40_000)]
    daemon = Daemon(directory, config_text(commitments)).start()
    try:
        for _ in range(2):
            before = settled_switches(daemon.process.pid)
            time.sleep(3.0)
            after = voluntary_switches(daemon.process.pid)
            time.sleep(1.0)  # a pool thread whose idle wait timed out is on its way out: let it go
            remaining = voluntary_switches(daemon.process.pid)
            stayed = {thread: count for thread, count in woken(before, after).items() if thread in remaining}
            assert stayed == {}, "the idle daemon woke up"
            daemon.signal(signal.SIGHUP)  # a reload loads the config the same way
            daemon.notify.wait_for(lambda message: "READY=1" in message.split("\n"))
    finally:
        assert daemon.stop() == 0
