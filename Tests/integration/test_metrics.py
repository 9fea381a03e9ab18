"""The metrics file (`metrics_file`): written at start, after each alert and reload, and every
`metrics_every`; always a valid exposition (`promtool check metrics`), replaced whole."""

import os
import re
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import Daemon, at, config_text  # noqa: E402


def metrics_daemon(directory, commitments, every):
    daemon = Daemon(directory, config_text(commitments, daemon={
        "metrics_file": '"textfile/deadlined.prom"', "metrics_every": f'"{every}"'}), extra_args=["--log", "stderr"])
    os.makedirs(os.path.join(daemon.state_dir, "textfile"))
    daemon.metrics_path = os.path.join(daemon.state_dir, "textfile", "deadlined.prom")
    return daemon


def samples(path):
    """{'name{labels}': value} of the file, after `promtool check metrics` accepted it."""
    with open(path, "rb") as file:
        text = file.read()
    check = subprocess.run(["promtool", "check", "metrics"], input=text, capture_output=True)
    assert check.returncode == 0, check.stdout.decode() + check.stderr.decode()
    found = {}
    for line in text.decode().splitlines():
        if line and not line.startswith("#"):
            series, value = line.rsplit(" ", 1)
            found[series] = float(value)
    return found


def wait_samples(path, predicate, timeout=10):
    deadline = time.monotonic() + timeout
    while True:
        found = samples(path)
        if predicate(found):
            return found
        assert time.monotonic() < deadline, f"the metrics never satisfied the predicate: {found}"
        time.sleep(0.1)


DUE = 'deadlined_alerts_sent_total{statement="test-statement",kind="due"}'
RELOAD_OK = 'deadlined_config_reload_success{statement="test-statement"}'
WRITTEN = 'deadlined_metrics_written_timestamp_seconds{statement="test-statement"}'


def test_written_at_start_after_an_alert_and_a_reload_and_counted_across_restarts(directory):
    commitments = [{"id": '"soon"', "deadline": at(2)}]
    daemon = metrics_daemon(directory, commitments, every="1h").start()
    try:
        first = samples(daemon.metrics_path)
        assert first[DUE] == 0
        assert first[RELOAD_OK] == 1
        assert first['deadlined_commitment_overdue{statement="test-statement",commitment="soon"}'] == 0
        assert first['deadlined_commitment_status{statement="test-statement",commitment="soon",status="open"}'] == 1
        assert re.fullmatch(r"\d+\.\d+\.\d+", next(k for k in first if k.startswith("deadlined_build_info")).split('version="')[1][:-2])
        # metrics_every is an hour: only the alert itself can have rewritten the file.
        after_alert = wait_samples(daemon.metrics_path, lambda found: found[DUE] == 1)
        assert after_alert['deadlined_commitment_overdue{statement="test-statement",commitment="soon"}'] == 1
        # The next alert is the first overdue reminder (overdue_every, 30d by default).
        next_alert = after_alert['deadlined_commitment_next_alert_timestamp_seconds{statement="test-statement",commitment="soon"}']
        assert 29 * 86400 < next_alert - time.time() < 31 * 86400
        daemon.write_config(config_text(commitments, daemon={
            "metrics_file": '"textfile/deadlined.prom"', "lead_times": '["1q"]'}).replace('lead_times = []\n', ""))
        daemon.signal(signal.SIGHUP)
        wait_samples(daemon.metrics_path, lambda found: found[RELOAD_OK] == 0)
    finally:
        assert daemon.stop() == 0
    assert os.listdir(os.path.dirname(daemon.metrics_path)) == ["deadlined.prom"], "a temporary file was left behind"
    assert os.stat(daemon.metrics_path).st_mode & 0o777 == 0o644
    os.unlink(daemon.metrics_path)
    daemon.write_config(config_text(commitments, daemon={"metrics_file": '"textfile/deadlined.prom"'}))
    daemon.start()
    try:
        restarted = samples(daemon.metrics_path)
    finally:
        assert daemon.stop() == 0
    assert restarted[DUE] == 1, "the counter is read back from the alert log"
    assert restarted[RELOAD_OK] == 1


def test_rewritten_every_metrics_every_without_any_alert(directory):
    daemon = metrics_daemon(directory, [{"id": '"later"', "deadline": at(3600)}], every="1s").start()
    try:
        first = samples(daemon.metrics_path)[WRITTEN]
        later = wait_samples(daemon.metrics_path, lambda found: found[WRITTEN] >= first + 2, timeout=5)[WRITTEN]
    finally:
        assert daemon.stop() == 0
    assert later - first >= 2


def test_an_unwritable_metrics_file_is_logged_and_alerts_still_go_out(directory):
    daemon = Daemon(directory, config_text([{"id": '"soon"', "deadline": at(2)}], daemon={
        "metrics_file": '"missing-directory/deadlined.prom"'}), extra_args=["--log", "stderr"]).start()
    try:
        daemon.wait_for_log(lambda records: len(records) == 1)
    finally:
        assert daemon.stop() == 0
    stderr = daemon.stderr_text()
    assert "cannot write the metrics file" in stderr and "missing-directory/deadlined.prom.tmp" in stderr
    assert "soon: deadline passed" in stderr
