"""End to end for one user: in a booted container, an ordinary user's own systemd manager
(`systemctl --user`, started by lingering) runs the user unit that `install-user` put in their
home; the alerts reach the user's journal (`journalctl --user`), the alert log under
~/.local/state and, through the notify-send recipe of the installed config, dunst on the
user's session bus; a statement added in ~/.config/deadlined arrives with `systemctl --user
reload`, and a restart sends nothing again. Another user's $XDG_CONFIG_HOME and
$XDG_STATE_HOME move the unit, the config and the alert log, and with no notification server
on that user's bus the service still stops cleanly.

Needs root and systemd-nspawn (package systemd-container); `make e2e-test` runs it after the
release build, which the container sees through its overlay of the host. The install step is
`install-user`'s own script with that build (`make install-user` runs it after building, and
the user may not write the repository's build folder).
"""

import datetime
import json
import os
import sys
import time

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from container import Container  # noqa: E402
from test_service import REPO, wait_until, write  # noqa: E402

BINARY = os.path.join(REPO, ".build/release/deadlined")
SHIPPED_COMMITMENTS = ["iraq-mission-end", "protect-advisers", "syria-mission-end", "transition-procedures"]


@pytest.fixture(scope="module")
def container():
    with Container(binds=[REPO]) as container:
        # journald gives a user a journal file of their own, the one `journalctl --user` reads,
        # only on persistent storage (/var/log/journal, Debian's default). On a volatile journal
        # the user's entries go to the system journal, which an ordinary user may not read. A
        # host without /var/log/journal boots the container volatile: make it persistent, as an
        # administrator would.
        container.run(["mkdir", "-p", "/var/log/journal"])
        container.run(["systemd-tmpfiles", "--create", "--prefix", "/var/log/journal"])
        container.run(["journalctl", "--flush"])
        yield container


class User:
    """An ordinary user of the container with their own systemd manager, running after no login
    (`loginctl enable-linger`). `environment` is that manager's, and their shell's."""

    def __init__(self, container, name, uid, environment=None):
        self.container, self.name, self.uid = container, name, uid
        self.home = f"/home/{name}"
        self.environment = {"HOME": self.home, "XDG_RUNTIME_DIR": f"/run/user/{uid}",
                            "DBUS_SESSION_BUS_ADDRESS": f"unix:path=/run/user/{uid}/bus", **(environment or {})}
        container.run(["useradd", "--create-home", "--uid", str(uid), name])
        if environment:
            settings = "".join(f"Environment={key}={value}\n" for key, value in environment.items())
            container.run(["mkdir", "-p", f"/etc/systemd/system/user@{uid}.service.d"])
            write(container, f"etc/systemd/system/user@{uid}.service.d/environment.conf", "[Service]\n" + settings)
            container.run(["systemctl", "daemon-reload"])
        container.run(["loginctl", "enable-linger", name])
        wait_until(lambda: container.run(["systemctl", "is-active", f"user@{uid}.service"], check=False)
                   .stdout.strip() == "active")

    def run(self, *command, check=True):
        environment = [f"{key}={value}" for key, value in self.environment.items()]
        return self.container.run(["runuser", "-u", self.name, "--", "env", *environment, *command], check=check)

    def install(self):
        return self.run("sh", f"{REPO}/systemd/install.sh", "install-user", BINARY).stdout

    def alerts(self, *match):
        """The alerts in the user's own journal, as the user reads them."""
        result = self.run("journalctl", "--user", "-u", "deadlined", "-o", "json", "--no-pager", *match)
        entries = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        return [entry for entry in entries if "DEADLINE_ALERT_ID" in entry]

    def alert_log(self, state_home):
        text = self.run("cat", f"{state_home}/deadlined/alerts.jsonl").stdout
        return [json.loads(line) for line in text.splitlines()]

    def show(self, *properties):
        """Properties of the user's deadlined.service, from their manager."""
        output = self.run("systemctl", "--user", "show", "deadlined", *[f"--property={name}" for name in properties]).stdout
        return dict(line.split("=", 1) for line in output.splitlines())

    def write(self, path, text):
        """Writes a file of the user's home, owned by the user, as their editor would."""
        write(self.container, path.lstrip("/"), text)
        self.container.run(["chown", f"{self.name}:{self.name}", path])

    def notifications(self):
        """Summaries of the notifications dunst has shown, once each is closed into its history."""
        self.run("dunstctl", "close-all", check=False)
        history = self.run("dunstctl", "history", check=False).stdout
        return [item["summary"]["data"] for item in json.loads(history)["data"][0]] if history else []


def test_user_unit_under_the_users_own_manager(container):
    ada = User(container, "ada", 1789)
    # A desktop session: an X server, and DISPLAY in the manager's environment as a session's
    # dbus-update-activation-environment puts it there; dunst starts by D-Bus activation at the
    # first notification.
    ada.run("systemd-run", "--user", "--unit=xvfb", "/usr/bin/Xvfb", ":5", "-nolisten", "tcp")
    wait_until(lambda: ada.run("test", "-S", "/tmp/.X11-unix/X5", check=False).returncode == 0)
    ada.run("systemctl", "--user", "set-environment", "DISPLAY=:5")

    installed = ada.install()
    assert "installed the desktop config: /home/ada/.config/deadlined/deadlined.toml" in installed
    assert "Start it with:  systemctl --user enable --now deadlined" in installed, "install-user did not find the user's manager"

    # Type=notify: `start` returns once READY=1 reached the user's manager, with its STATUS=.
    ada.run("systemctl", "--user", "enable", "--now", "deadlined")
    state = ada.show("Type", "ActiveState", "SubState", "StatusText", "UnitFileState", "FragmentPath", "MainPID")
    assert (state["Type"], state["ActiveState"], state["SubState"]) == ("notify", "active", "running")
    assert state["UnitFileState"] == "enabled"
    assert state["FragmentPath"] == "/home/ada/.config/systemd/user/deadlined.service"
    assert "4 commitments, 4 open; next: " in state["StatusText"]
    command_line = container.run(["cat", f"/proc/{state['MainPID']}/cmdline"]).stdout.split("\0")
    assert command_line[:4] == ["/home/ada/.local/bin/deadlined", "run", "--config", "/home/ada/.config/deadlined/deadlined.toml"]

    # Each shipped commitment's latest missed alert, once, in the user's own journal...
    first = wait_until(lambda: (found := ada.alerts()) and len(found) >= 4 and found)
    assert sorted(entry["DEADLINE_COMMITMENT"] for entry in first) == SHIPPED_COMMITMENTS
    assert all((entry["_UID"], entry["_SYSTEMD_USER_UNIT"]) == ("1789", "deadlined.service") for entry in first)
    # ...in the alert log under ~/.local/state, the user's alone...
    log = ada.alert_log("/home/ada/.local/state")
    assert sorted(record["id"] for record in log) == sorted(entry["DEADLINE_ALERT_ID"] for entry in first)
    assert container.run(["stat", "-c", "%U %a", "/home/ada/.local/state/deadlined/alerts.jsonl"]).stdout.strip() == "ada 600"
    # ...and on the desktop.
    assert sorted(wait_until(lambda: (shown := ada.notifications()) and len(shown) >= 4 and shown)) == SHIPPED_COMMITMENTS

    # A statement added in ~/.config/deadlined/statements.d: a reload reads it, and its near deadline fires.
    near = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    ada.write("/home/ada/.config/deadlined/statements.d/e2e.toml",
              f'[statement]\nid = "e2e"\n\n[[commitment]]\nid = "e2e-near"\ndeadline = {near}\nlead_times = []\n')
    ada.run("systemctl", "--user", "reload", "deadlined")
    wait_until(lambda: "2 statements, 5 commitments" in ada.show("StatusText")["StatusText"], timeout=10)
    [near_alert] = wait_until(lambda: ada.alerts("DEADLINE_COMMITMENT=e2e-near"), timeout=20)
    assert (near_alert["DEADLINE_KIND"], near_alert["DEADLINE_STATEMENT"]) == ("due", "e2e")
    assert "e2e-near" in wait_until(lambda: (shown := ada.notifications()) and "e2e-near" in shown and shown)
    assert ada.show("ActiveState", "MainPID") == {"ActiveState": "active", "MainPID": state["MainPID"]}

    # A restart sends nothing again: not to the journal, the alert log or the desktop.
    before = (len(ada.alerts()), len(ada.alert_log("/home/ada/.local/state")), len(ada.notifications()))
    ada.run("systemctl", "--user", "restart", "deadlined")
    restarted = ada.show("ActiveState", "MainPID")
    assert restarted["ActiveState"] == "active" and restarted["MainPID"] != state["MainPID"]
    time.sleep(1)
    assert (len(ada.alerts()), len(ada.alert_log("/home/ada/.local/state")), len(ada.notifications())) == before

    ada.run("systemctl", "--user", "stop", "deadlined")
    assert ada.show("ActiveState", "ExecMainStatus") == {"ActiveState": "inactive", "ExecMainStatus": "0"}


def test_xdg_base_directories_move_the_unit_the_config_and_the_alert_log(container):
    grace = User(container, "grace", 1790, {"XDG_CONFIG_HOME": "/home/grace/settings", "XDG_STATE_HOME": "/home/grace/data"})
    installed = grace.install()
    assert "installed the desktop config: /home/grace/settings/deadlined/deadlined.toml" in installed

    grace.run("systemctl", "--user", "enable", "--now", "deadlined")
    state = grace.show("ActiveState", "FragmentPath")
    assert state == {"ActiveState": "active", "FragmentPath": "/home/grace/settings/systemd/user/deadlined.service"}
    alerts = wait_until(lambda: (found := grace.alerts()) and len(found) >= 4 and found)
    log = grace.alert_log("/home/grace/data")
    assert sorted(record["id"] for record in log) == sorted(entry["DEADLINE_ALERT_ID"] for entry in alerts)
    # Each user's journal holds their own alerts only.
    assert {entry["_UID"] for entry in alerts} == {"1790"}
    for default in ("/home/grace/.config/deadlined", "/home/grace/.local/state/deadlined"):
        assert container.run(["test", "-e", default], check=False).returncode == 1, f"{default} was created"

    # Grace's session has no display, so no notification server answers and each notify-send
    # waits out its 10 s: stopping kills the one running and skips the rest, well inside
    # systemd's stop timeout, and the service ends cleanly.
    grace.run("systemctl", "--user", "stop", "deadlined")
    state = grace.show("ActiveState", "Result", "ExecMainStatus")
    assert state == {"ActiveState": "inactive", "Result": "success", "ExecMainStatus": "0"}, state
    stopping = grace.run("journalctl", "--user", "-u", "deadlined", "--no-pager", "-o", "cat", "PRIORITY=4").stdout
    assert "notify command /usr/bin/notify-send was killed: the daemon is stopping" in stopping, stopping
