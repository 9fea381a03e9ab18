"""Starting the real `deadlined` binary for integration tests.

The binary comes from DEADLINED_BIN (the Makefile points it at the release build). Each test
writes its own config, with deadlines a few seconds ahead of the real clock, runs the daemon
with a notify socket of its own (so it can wait for READY=1 exactly as systemd does), and reads
the alerts back from the journal and from the alert log.
"""

import datetime
import json
import os
import signal
import socket
import subprocess
import tempfile
import time

BINARY = os.environ.get("DEADLINED_BIN", os.path.join(os.path.dirname(__file__), "../../.build/release/deadlined"))


def at(seconds_from_now):
    """A TOML offset date-time `seconds_from_now` ahead of the wall clock, in whole seconds."""
    moment = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=seconds_from_now)
    return moment.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def toml_string(text):
    return json.dumps(text, ensure_ascii=False)


def config_text(commitments, daemon=None, statement_id="test-statement"):
    """A config: `commitments` are dicts of raw TOML values (strings already quoted where needed);
    a "milestones" key holds a list of such dicts."""
    lines = ["[daemon]", 'timezone = "UTC"', "lead_times = []"]
    for key, value in (daemon or {}).items():
        lines.append(f"{key} = {value}")
    lines += ["", "[statement]", f"id = {toml_string(statement_id)}", "issued = 2024-09-27", ""]
    for commitment in commitments:
        lines.append("[[commitment]]")
        milestones = commitment.get("milestones", [])
        for key, value in commitment.items():
            if key != "milestones":
                lines.append(f"{key} = {value}")
        for milestone in milestones:
            lines.append("[[commitment.milestone]]")
            for key, value in milestone.items():
                lines.append(f"{key} = {value}")
        lines.append("")
    return "\n".join(lines) + "\n"


class NotifySocket:
    """A datagram socket standing in for systemd's NOTIFY_SOCKET."""

    def __init__(self, directory):
        self.path = os.path.join(directory, "notify")
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind(self.path)
        self.messages = []

    def wait_for(self, predicate, timeout=20.0):
        """Collect messages until one satisfies `predicate`; return it."""
        for message in self.messages:
            if predicate(message):
                return message
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no notify message matched within {timeout} s; got {self.messages}")
            self.socket.settimeout(remaining)
            try:
                message = self.socket.recv(65536).decode()
            except socket.timeout:
                continue
            self.messages.append(message)
            if predicate(message):
                return message

    def collect(self, seconds):
        """Every message that arrives in the next `seconds`."""
        received = []
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            self.socket.settimeout(remaining)
            try:
                received.append(self.socket.recv(65536).decode())
            except socket.timeout:
                break
        self.messages += received
        return received

    def close(self):
        self.socket.close()


class Daemon:
    """One `deadlined run` process with its own state directory, config file and notify socket."""

    def __init__(self, workdir, config, extra_args=(), environment=None):
        self.workdir = workdir
        self.config_path = os.path.join(workdir, "deadlined.toml")
        self.state_dir = os.path.join(workdir, "state")
        self.stderr_path = os.path.join(workdir, "stderr.log")
        self.extra_args = list(extra_args)
        self.environment = environment or {}
        self.process = None
        self.notify = None
        # A command prefix, such as setpriv to run the daemon as another user.
        self.wrapper = []
        self.write_config(config)

    def write_config(self, text):
        with open(self.config_path, "w") as config:
            config.write(text)

    def start(self, wait_ready=True):
        if self.notify is not None:
            self.notify.close()
            os.unlink(self.notify.path)
        self.notify = NotifySocket(self.workdir)
        if self.wrapper:
            os.chmod(self.notify.path, 0o777)
        environment = {key: value for key, value in os.environ.items()
                       if key not in ("NOTIFY_SOCKET", "JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID")}
        environment["NOTIFY_SOCKET"] = self.notify.path
        environment.update(self.environment)
        self.stderr = open(self.stderr_path, "ab")
        self.process = subprocess.Popen(
            self.wrapper + [BINARY, "run", "--config", self.config_path, "--state-dir", self.state_dir] + self.extra_args,
            env=environment, stdin=subprocess.DEVNULL, stdout=self.stderr, stderr=self.stderr)
        if wait_ready:
            self.notify.wait_for(lambda message: "READY=1" in message.split("\n"))
        return self

    def signal(self, number):
        self.process.send_signal(number)

    def wait(self, timeout=20):
        code = self.process.wait(timeout=timeout)
        self.stderr.close()
        return code

    def stop(self):
        """SIGTERM and wait; returns the exit status."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            return self.wait()
        return self.process.returncode if self.process else None

    def kill(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
            self.stderr.close()

    def stderr_text(self):
        with open(self.stderr_path, "rb") as stderr:
            return stderr.read().decode(errors="replace")

    def alert_log(self):
        """The alert log's records, as dicts."""
        path = os.path.join(self.state_dir, "alerts.jsonl")
        if not os.path.exists(path):
            return []
        with open(path) as log:
            return [json.loads(line) for line in log if line.strip()]

    def wait_for_log(self, predicate, timeout=20.0):
        deadline = time.monotonic() + timeout
        while True:
            records = self.alert_log()
            if predicate(records):
                return records
            if time.monotonic() >= deadline:
                raise TimeoutError(f"alert log never satisfied the predicate; it has {records}\nstderr:\n{self.stderr_text()}")
            time.sleep(0.05)


def workdir():
    return tempfile.TemporaryDirectory(prefix="deadlined-test-")
