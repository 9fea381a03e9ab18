"""The personal install: the user unit passes `systemd-analyze --user verify`, `make install-user`'s
script puts everything under the user's home, and the daemon's default paths follow
$XDG_CONFIG_HOME and $XDG_STATE_HOME."""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import BINARY, at  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "../.."))
UNIT = os.path.join(REPO, "systemd/user/deadlined.service")


def user_environment(home, **extra):
    runtime = os.path.join(home, "run")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    environment = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_RUNTIME_DIR": runtime}
    environment.update(extra)
    return environment


def verify(unit_path, home):
    return subprocess.run(["systemd-analyze", "--user", "verify", str(unit_path)], env=user_environment(home),
                          capture_output=True, text=True, timeout=60)


def test_user_unit_passes_systemd_analyze_verify(tmp_path):
    bindir = os.path.dirname(os.path.abspath(BINARY))
    unit = tmp_path / "deadlined.service"
    unit.write_text(open(UNIT).read().replace("@BINDIR@", bindir).replace("@DOCDIR@", str(tmp_path)))
    result = verify(unit, tmp_path)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    # The check is real: a unit whose program is missing fails it.
    unit.write_text(open(UNIT).read().replace("@BINDIR@", str(tmp_path / "nowhere")).replace("@DOCDIR@", str(tmp_path)))
    assert verify(unit, tmp_path).returncode != 0


def test_install_user_puts_the_unit_binary_and_desktop_config_under_home(tmp_path):
    environment = user_environment(tmp_path)
    result = subprocess.run(["sh", os.path.join(REPO, "systemd/install.sh"), "install-user", BINARY],
                            env=environment, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    unit = tmp_path / ".config/systemd/user/deadlined.service"
    assert f"ExecStart={tmp_path}/.local/bin/deadlined run --config %E/deadlined/deadlined.toml" in unit.read_text()
    assert os.access(tmp_path / ".local/bin/deadlined", os.X_OK)
    config = tmp_path / ".config/deadlined/deadlined.toml"
    assert "/usr/bin/notify-send" in config.read_text()
    assert verify(unit, tmp_path).stderr == ""
    # Without --config, the commands find the personal config.
    check = subprocess.run([str(tmp_path / ".local/bin/deadlined"), "check"], env=environment,
                           capture_output=True, text=True, timeout=60)
    assert check.stdout.startswith(f"{config}: ok: statement us-iraq-2024-09-27")
    # A second install keeps the config the user edited.
    config.write_text(config.read_text() + "\n# edited\n")
    subprocess.run(["sh", os.path.join(REPO, "systemd/install.sh"), "install-user", BINARY], env=environment,
                   capture_output=True, check=True, timeout=60)
    assert config.read_text().endswith("# edited\n")
    subprocess.run(["sh", os.path.join(REPO, "systemd/install.sh"), "uninstall-user"], env=environment,
                   capture_output=True, check=True, timeout=60)
    assert not unit.exists() and config.exists()


def test_daemon_default_paths_follow_xdg_config_and_state_home(tmp_path):
    config_home, state_home = tmp_path / "cfg", tmp_path / "state"
    (config_home / "deadlined").mkdir(parents=True)
    (config_home / "deadlined/deadlined.toml").write_text("\n".join([
        "[daemon]", 'timezone = "UTC"', "lead_times = []", "[statement]", 'id = "personal"',
        "[[commitment]]", 'id = "soon"', f"deadline = {at(1)}", "",
    ]))
    environment = user_environment(tmp_path, XDG_CONFIG_HOME=str(config_home), XDG_STATE_HOME=str(state_home))
    daemon = subprocess.Popen([BINARY, "run", "--log", "stderr"], env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = state_home / "deadlined/alerts.jsonl"
    try:
        for _ in range(200):
            if log.exists() and log.read_text().endswith("\n"):
                break
            subprocess.run(["sleep", "0.05"])
        records = [json.loads(line) for line in log.read_text().splitlines()]
        assert [record["commitment"] for record in records] == ["soon"]
    finally:
        daemon.terminate()
        assert daemon.wait(timeout=20) == 0
    # The CLI reads the same alert log: the deadline's alert shows as sent.
    timeline = json.loads(subprocess.run([BINARY, "timeline", "--json"], env=environment, capture_output=True,
                                         text=True, check=True).stdout)
    assert [event["sent"] for event in timeline["events"] if event["kind"] == "due"] == [True]
