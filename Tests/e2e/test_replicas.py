"""End to end, with the real servers on loopback: two deadlined replicas of one statement, a
node exporter reading each one's textfile directory, Prometheus scraping both with the shipped
rules (contrib/prometheus), and Alertmanager with the shipped routing (contrib/alertmanager)
sending to a webhook receiver of the test's own.

A commitment due in three days reaches the receiver once although both replicas report it;
stopping one replica changes nothing; stopping both raises the dead man's switch. Plain
processes, no root: intervals of a second make it run in well under a minute.
"""

import datetime
import http.server
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.request

import pytest
import yaml

REPO = os.environ.get("DEADLINED_REPO", os.path.abspath(os.path.join(os.path.dirname(__file__), "../..")))
BINARY = os.environ.get("DEADLINED_BIN", os.path.join(REPO, ".build/release/deadlined"))
RULES = os.path.join(REPO, "contrib/prometheus/deadlined-rules.yml")
ROUTING = os.path.join(REPO, "contrib/alertmanager/alertmanager.yml")
EXPORTER_PORTS = (19110, 19111)
PROMETHEUS_PORT = 19112
ALERTMANAGER_PORT = 19113
RECEIVER_PORT = 19114


class Receiver:
    """The webhook receiver: keeps every notification Alertmanager posts."""

    def __init__(self, port):
        self.notifications = []
        lock = self.lock = threading.Lock()
        notifications = self.notifications

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with lock:
                    notifications.append(json.loads(body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def firing(self, alertname):
        """The notifications that carry `alertname` as firing."""
        with self.lock:
            return [n for n in self.notifications
                    if any(a["labels"]["alertname"] == alertname and a["status"] == "firing" for a in n["alerts"])]

    def wait_firing(self, alertname, timeout):
        deadline = time.monotonic() + timeout
        while not (found := self.firing(alertname)):
            assert time.monotonic() < deadline, f"{alertname} never reached the receiver; got {self.notifications}"
            time.sleep(0.2)
        return found

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class Processes:
    """Servers started by the test, each with its output in a file; all stopped at the end."""

    def __init__(self, directory):
        self.directory = directory
        self.running = {}

    def start(self, name, command):
        output = open(os.path.join(self.directory, f"{name}.log"), "wb")
        self.running[name] = (subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=output), output)

    def stop(self, name):
        process, output = self.running.pop(name)
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
        output.close()
        return code

    def log(self, name):
        with open(os.path.join(self.directory, f"{name}.log"), "rb") as file:
            return file.read().decode(errors="replace")

    def stop_all(self):
        for name in list(self.running):
            self.stop(name)


def wait_http(url, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except OSError:
            assert time.monotonic() < deadline, f"{url} never answered"
            time.sleep(0.2)


def statement_config(due):
    return f"""[daemon]
timezone = "UTC"
lead_times = []
metrics_file = "textfile/deadlined.prom"
metrics_every = "1s"

[statement]
id = "replicated"

[[commitment]]
id = "due-soon"
title = "Due in three days"
deadline = {due}

[[commitment]]
id = "later"
title = "Due in a month"
deadline = 2099-01-01
"""


@pytest.fixture
def servers():
    directory = tempfile.mkdtemp(prefix="deadlined-replicas-")
    processes = Processes(directory)
    receiver = Receiver(RECEIVER_PORT)
    try:
        yield directory, processes, receiver
    finally:
        processes.stop_all()
        receiver.close()
        shutil.rmtree(directory)


def test_two_replicas_one_notification_and_the_dead_mans_switch(servers):
    directory, processes, receiver = servers
    due = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    config = os.path.join(directory, "deadlined.toml")
    with open(config, "w") as file:
        file.write(statement_config(due))

    # The replicas: one config, a state directory and a textfile directory (a node exporter) each.
    for index, port in enumerate(EXPORTER_PORTS):
        state = os.path.join(directory, f"replica{index}")
        os.makedirs(os.path.join(state, "textfile"))
        processes.start(f"deadlined{index}", [BINARY, "run", "--config", config, "--state-dir", state, "--log", "stderr"])
        processes.start(f"exporter{index}", [
            "prometheus-node-exporter", f"--web.listen-address=127.0.0.1:{port}", "--collector.disable-defaults",
            "--collector.textfile", f"--collector.textfile.directory={state}/textfile"])

    with open(ROUTING) as file:
        routing = yaml.safe_load(file)
    # The shipped routing, with a second's waits and the test's receiver.
    routing["route"].update(group_wait="1s", group_interval="1s")
    for receiver_config in routing["receivers"]:
        for webhook in receiver_config["webhook_configs"]:
            webhook["url"] = f"http://127.0.0.1:{RECEIVER_PORT}/deadlined"
    alertmanager_config = os.path.join(directory, "alertmanager.yml")
    with open(alertmanager_config, "w") as file:
        yaml.safe_dump(routing, file)
    processes.start("alertmanager", [
        "prometheus-alertmanager", f"--config.file={alertmanager_config}", f"--storage.path={directory}/am",
        f"--web.listen-address=127.0.0.1:{ALERTMANAGER_PORT}", "--cluster.listen-address="])

    prometheus_config = os.path.join(directory, "prometheus.yml")
    with open(prometheus_config, "w") as file:
        yaml.safe_dump({
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [RULES],
            "alerting": {"alertmanagers": [{"static_configs": [{"targets": [f"127.0.0.1:{ALERTMANAGER_PORT}"]}]}]},
            "scrape_configs": [{"job_name": "node", "static_configs": [
                {"targets": [f"127.0.0.1:{port}" for port in EXPORTER_PORTS]}]}],
        }, file)
    processes.start("prometheus", [
        "prometheus", f"--config.file={prometheus_config}", f"--storage.tsdb.path={directory}/tsdb",
        f"--web.listen-address=127.0.0.1:{PROMETHEUS_PORT}"])

    # Both replicas report the commitment; the receiver hears of it once.
    [first] = receiver.wait_firing("DeadlineWithin7Days", timeout=60)
    [alert] = [a for a in first["alerts"] if a["labels"]["alertname"] == "DeadlineWithin7Days"]
    assert alert["labels"]["commitment"] == "due-soon"
    assert alert["labels"]["statement"] == "replicated"
    assert "instance" not in alert["labels"]
    assert first["groupLabels"] == {"statement": "replicated"}
    assert alert["annotations"]["summary"].startswith("due-soon (replicated) is due in 2d 23h")
    targets = json.loads(wait_http(f"http://127.0.0.1:{PROMETHEUS_PORT}/api/v1/targets"))["data"]["activeTargets"]
    assert sorted(t["health"] for t in targets) == ["up", "up"]

    # One replica stops: the other still writes, nothing reaches the receiver.
    assert processes.stop("deadlined0") == 0
    time.sleep(10)
    assert len(receiver.firing("DeadlineWithin7Days")) == 1
    assert receiver.firing("DeadlinedMetricsStale") == []

    # Both stop: their files age past three metrics_every, and the dead man's switch fires.
    assert processes.stop("deadlined1") == 0
    [stale_notification] = receiver.wait_firing("DeadlinedMetricsStale", timeout=30)
    [stale] = [a for a in stale_notification["alerts"] if a["labels"]["alertname"] == "DeadlinedMetricsStale"]
    assert stale["labels"]["statement"] == "replicated"
    assert len(receiver.firing("DeadlineWithin7Days")) == 1
    assert receiver.firing("DeadlineOverdue") == []
