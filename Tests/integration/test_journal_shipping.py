"""Journal shipping: two replicas' alerts go from a journald to systemd-journal-remote on
loopback by systemd-journal-upload; the received journal keeps every DEADLINE_* field, and the
README's `journalctl -o json | jq` line shows each alert once although both replicas sent it.

Run as root under `unshare -m --propagation private` (the Makefile does).
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import Daemon, at, config_text, toml_string  # noqa: E402
from journald_harness import JOURNAL_DIRECTORY  # noqa: E402

REMOTE_PORT = 19115
README = os.path.join(os.path.dirname(__file__), "../../README.md")
QUOTE = "إنهاء المهمة العسكرية للتحالف في العراق"


def readme_collapse_command(journal_directory):
    """The README's line that reads a received journal and prints each alert once."""
    with open(README) as readme:
        [line] = [line for line in readme if line.startswith("journalctl -D /var/log/journal/remote ")]
    return line.strip().replace("/var/log/journal/remote", journal_directory)


def wait_listening(port, timeout=10):
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            assert time.monotonic() < deadline, f"nothing listens on port {port}"
            time.sleep(0.1)


def test_uploaded_alerts_keep_their_fields_and_collapse_by_alert_id(journal, directory):
    config = config_text([{"id": '"shipped"', "deadline": at(2), "quote": toml_string(QUOTE)}])
    replicas = []
    for index in range(2):
        os.mkdir(os.path.join(directory, f"replica{index}"))
        replicas.append(Daemon(os.path.join(directory, f"replica{index}"), config).start())
    try:
        sent = journal.wait_for(lambda found: len(found) == 2, timeout=20, DEADLINE_COMMITMENT="shipped")
    finally:
        for replica in replicas:
            assert replica.stop() == 0
    assert sent[0]["DEADLINE_ALERT_ID"] == sent[1]["DEADLINE_ALERT_ID"], "replicas give one alert one id"

    received = os.path.join(directory, "remote")
    os.mkdir(received)
    remote = subprocess.Popen([
        "/lib/systemd/systemd-journal-remote", f"--listen-http=127.0.0.1:{REMOTE_PORT}",
        f"--output={received}/all.journal", "--split-mode=none"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_listening(REMOTE_PORT)
        upload = subprocess.run([
            "/lib/systemd/systemd-journal-upload", f"--url=http://127.0.0.1:{REMOTE_PORT}",
            "--directory", JOURNAL_DIRECTORY, "--follow=no", f"--save-state={directory}/upload-state"],
            capture_output=True, text=True, timeout=60)
        assert upload.returncode == 0, upload.stderr
    finally:
        remote.send_signal(signal.SIGTERM)
        remote_output = remote.communicate(timeout=20)[0].decode(errors="replace")
    assert remote.returncode == 0, remote_output

    shipped = subprocess.run(
        ["journalctl", "-D", received, "-o", "json", "--all", "--no-pager", "DEADLINE_COMMITMENT=shipped"],
        capture_output=True, text=True, check=True).stdout
    entries = [json.loads(line) for line in shipped.splitlines() if line.strip()]
    assert len(entries) == 2
    fields = ("MESSAGE", "MESSAGE_ID", "PRIORITY", "DEADLINE_ALERT_ID", "DEADLINE_KIND", "DEADLINE_STATEMENT",
              "DEADLINE_COMMITMENT", "DEADLINE_AT", "DEADLINE_QUOTE")
    for original, copy in zip(sent, entries):
        assert {field: copy.get(field) for field in fields} == {field: original.get(field) for field in fields}
    assert entries[0]["DEADLINE_QUOTE"] == QUOTE

    collapsed = subprocess.run(readme_collapse_command(received), shell=True, capture_output=True, text=True, check=True)
    lines = collapsed.stdout.splitlines()
    assert len(lines) == 1, collapsed.stdout
    assert sent[0]["DEADLINE_ALERT_ID"] in lines[0]
    assert re.search(r"shipped: deadline passed", lines[0])
