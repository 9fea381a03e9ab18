"""Desktop notifications for real: the shipped notify-send recipe, run by the daemon, shows alerts
in dunst on an Xvfb display with its own D-Bus session bus, at the urgency of the alert's
priority. A screenshot of the notifications is kept in .build/artifacts/notification.png."""

import json
import os
import re
import shutil
import subprocess
import sys
import time

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import Daemon, at  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "../.."))
EXAMPLE = os.path.join(REPO, "Config/examples/desktop-notifications.toml")
SHIPPED = os.path.join(REPO, "Config/deadlined.toml")
ARTIFACTS = os.path.join(REPO, ".build/artifacts")
# Writes each notification's urgency into its text: dunst 1.9's history has no urgency field.
DUNSTRC = os.path.join(os.path.dirname(__file__), "dunstrc")


def recipe():
    """The notify_command line of the example config, as written there."""
    return next(line for line in open(EXAMPLE) if line.startswith("notify_command = "))


def free_display():
    for number in range(90, 100):
        if not os.path.exists(f"/tmp/.X{number}-lock") and not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            return f":{number}"
    pytest.fail("no free X display between :90 and :99")


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.1)


@pytest.fixture
def desktop(tmp_path):
    """Xvfb, a D-Bus session bus and dunst; yields the environment a session's programs get."""
    display = free_display()
    started = []
    try:
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1024x600x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.append(xvfb)
        wait_until(lambda: os.path.exists(f"/tmp/.X11-unix/X{display[1:]}"), 20, "Xvfb did not start")
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                                f"--address=unix:path={tmp_path}/bus"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        started.append(bus)
        address = bus.stdout.readline().strip()
        assert address.startswith("unix:")
        environment = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "DISPLAY": display,
                       "DBUS_SESSION_BUS_ADDRESS": address, "XDG_RUNTIME_DIR": str(tmp_path)}
        dunst = subprocess.Popen(["dunst", "-config", DUNSTRC], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.append(dunst)
        wait_until(lambda: subprocess.run(["dunstctl", "count", "displayed"], env=environment,
                                          capture_output=True).returncode == 0, 20, "dunst did not start")
        yield environment
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_example_config_is_the_shipped_one_plus_the_notify_send_recipe():
    def body(path):
        lines = open(path).read().split("\n")
        start = next(index for index, line in enumerate(lines) if line == "[daemon]")
        return lines[start:]

    example = body(EXAMPLE)
    first = example.index("# Desktop notifications (notify-send, from libnotify-bin): the commitment as the summary, the")
    last = next(index for index, line in enumerate(example) if line.startswith("notify_timeout = "))
    assert example[:first] + example[last + 1:] == body(SHIPPED)
    assert "{urgency}" in recipe() and "{commitment}" in recipe() and "{message}" in recipe()


def test_alerts_show_in_dunst_with_the_urgency_of_their_priority(desktop, directory):
    if not shutil.which("notify-send"):
        pytest.fail("notify-send is missing (Debian package libnotify-bin)")
    # A 2-day warning (priority 4 warning: normal) and a deadline passing (2 crit: critical).
    config = "\n".join([
        "[daemon]", 'timezone = "UTC"', "lead_times = []", recipe(),
        "[statement]", 'id = "desktop-test"', "issued = 2024-09-27",
        "[[commitment]]", 'id = "report-due"', f"deadline = {at(2)}",
        "[[commitment]]", 'id = "review-soon"', 'lead_times = ["2d"]',
        f"deadline = {at(2 * 86400 + 3)}", "",
    ])
    daemon = Daemon(directory, config, extra_args=["--log", "stderr"], environment=desktop).start()
    try:
        daemon.wait_for_log(lambda records: len(records) >= 2, timeout=30)
        wait_until(lambda: subprocess.run(["dunstctl", "count", "displayed"], env=desktop, capture_output=True,
                                          text=True).stdout.strip() == "2", 20,
                   f"dunst does not show 2 notifications; daemon said:\n{daemon.stderr_text()}")
        os.makedirs(ARTIFACTS, exist_ok=True)
        shot = os.path.join(ARTIFACTS, "notification.png")
        subprocess.run(["import", "-display", desktop["DISPLAY"], "-window", "root", "-crop", "1024x300+0+0",
                        shot], check=True, timeout=60)
        with open(shot, "rb") as file:
            assert file.read(8) == b"\x89PNG\r\n\x1a\n"
        subprocess.run(["dunstctl", "close-all"], env=desktop, check=True)
        wait_until(lambda: subprocess.run(["dunstctl", "count", "history"], env=desktop, capture_output=True,
                                          text=True).stdout.strip() == "2", 10, "notifications never reached the history")
        history = json.loads(subprocess.run(["dunstctl", "history"], env=desktop, capture_output=True, text=True,
                                            check=True).stdout)
        shown = {entry["summary"]["data"]: entry for entry in history["data"][0]}
        assert set(shown) == {"report-due", "review-soon"}
        assert shown["report-due"]["message"]["data"].startswith("[critical] ")
        assert shown["review-soon"]["message"]["data"].startswith("[normal] ")
        assert shown["report-due"]["appname"]["data"] == "deadlined"
        assert re.match(r"report-due: deadline passed: ", shown["report-due"]["body"]["data"])
        assert shown["review-soon"]["body"]["data"].startswith("review-soon: 2 days left until ")
        messages = {record["commitment"]: record["message"] for record in daemon.alert_log()}
        assert shown["report-due"]["body"]["data"] == messages["report-due"]
    finally:
        daemon.stop()
