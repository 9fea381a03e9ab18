"""End to end: `make install` into a real systemd (booted in a container), start the service,
read its alerts back with journalctl, add a statement file and edit another with `systemctl
reload` (a near deadline, a moved deadline, a met commitment, a commitment superseded), restart
it, stop it.

Needs root and systemd-nspawn (package systemd-container); `make e2e-test` runs it after the
release build, which the container sees through its overlay of the host.
"""

import datetime
import json
import os
import sys
import time

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from container import Container  # noqa: E402

REPO = os.environ.get("DEADLINED_REPO", os.path.abspath(os.path.join(os.path.dirname(__file__), "../..")))


@pytest.fixture(scope="module")
def container():
    with Container(binds=[REPO]) as container:
        yield container


def alerts(container, *match):
    result = container.run(["journalctl", "-u", "deadlined", "-o", "json", "--no-pager", *match])
    entries = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return [entry for entry in entries if "DEADLINE_ALERT_ID" in entry]


def write(container, path, text):
    """Writes a file of the container (through its overlay), as an administrator's editor would."""
    with open(os.path.join(container.merged, path), "w") as file:
        file.write(text)


def wait_until(predicate, timeout=30, interval=0.3):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(interval)


def test_install_start_alert_reload_restart_stop(container):
    installed = container.run(["make", "-C", REPO, "install"], timeout=900)
    assert "installed the default config: /etc/deadlined/deadlined.toml" in installed.stdout
    page = container.run(["man", "-w", "deadlined.toml"]).stdout.strip()
    assert container.run(["realpath", page]).stdout.strip() == "/usr/local/share/man/man5/deadlined.toml.5"
    assert container.run(["test", "-f", "/usr/local/share/bash-completion/completions/deadlined"], check=False).returncode == 0

    # The installed unit is clean, and its sandbox scores SAFE.
    verify = container.run(["systemd-analyze", "verify", "/etc/systemd/system/deadlined.service"], check=False)
    assert verify.returncode == 0 and verify.stderr.strip() == "", verify.stderr
    security = container.run(["systemd-analyze", "security", "--offline=true", "/etc/systemd/system/deadlined.service"],
                             check=False).stdout
    exposure = float(security.split("Overall exposure level for deadlined.service:")[1].split()[0])
    print(f"\nexposure: {exposure}")
    assert exposure <= 1.0

    container.run(["systemctl", "start", "deadlined"])
    assert container.run(["systemctl", "is-active", "deadlined"]).stdout.strip() == "active"
    status = container.run(["systemctl", "show", "-p", "StatusText", "--value", "deadlined"]).stdout
    assert "4 commitments, 4 open; next: " in status

    # Both deadlines have passed: the first start sends each commitment's latest missed alert, once.
    first = wait_until(lambda: (found := alerts(container)) and len(found) >= 4 and found)
    kinds = sorted((entry["DEADLINE_COMMITMENT"], entry["DEADLINE_KIND"]) for entry in first)
    assert kinds == [
        ("iraq-mission-end", "overdue"), ("protect-advisers", "review"),
        ("syria-mission-end", "overdue"), ("transition-procedures", "review"),
    ]
    assert all(entry["SYSLOG_IDENTIFIER"] == "deadlined" and "DEADLINE_LATE_SECONDS" in entry for entry in first)
    explained = container.run(["journalctl", "-u", "deadlined", "-x", "--no-pager", "DEADLINE_KIND=overdue"]).stdout
    assert "is still open" in explained, "the catalog does not explain the alert"

    # Another statement, added as a file of statements.d with a reload: its near deadline fires within seconds.
    near = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=4)).strftime("%Y-%m-%dT%H:%M:%SZ")
    write(container, "etc/deadlined/statements.d/e2e.toml",
          f'[statement]\nid = "e2e"\n\n[[commitment]]\nid = "e2e-near"\ndeadline = {near}\nlead_times = []\n')
    container.run(["systemctl", "reload", "deadlined"])
    [near_alert] = wait_until(lambda: alerts(container, "DEADLINE_COMMITMENT=e2e-near"), timeout=20)
    assert (near_alert["DEADLINE_KIND"], near_alert["DEADLINE_STATEMENT"], near_alert["PRIORITY"]) == ("due", "e2e", "2")
    assert "2 statements, 5 commitments" in container.run(["systemctl", "show", "-p", "StatusText", "--value", "deadlined"]).stdout

    # The seed statement edited: one deadline moved, one commitment met. One alert each.
    seed_path = "etc/deadlined/statements.d/us-iraq-2024-09-27.toml"
    seed = container.run(["cat", "/" + seed_path]).stdout
    seed = seed.replace('until = "2026-09"', 'until = "2027-03"')
    seed = seed.replace('status = "open"', 'status = "met"\nresolved = 2025-09-20\nevidence = "https://example.org/mission-end"', 1)
    write(container, seed_path, seed)
    # With the same reload, a later statement replaces e2e-near: its first alert names it.
    later = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=4)).strftime("%Y-%m-%dT%H:%M:%SZ")
    write(container, "etc/deadlined/statements.d/e2e-later.toml",
          f'[statement]\nid = "e2e-later"\n\n[[commitment]]\nid = "e2e-near"\ndeadline = {later}\nlead_times = []\n'
          'supersedes = "e2e/e2e-near"\n')
    container.run(["systemctl", "reload", "deadlined"])
    [changed] = wait_until(lambda: alerts(container, "DEADLINE_KIND=changed"), timeout=20)
    assert changed["DEADLINE_COMMITMENT"] == "syria-mission-end"
    assert changed["DEADLINE_PREVIOUS_AT"] == "2026-10-01T00:00:00+03:00"
    assert changed["MESSAGE"].startswith("syria-mission-end: deadline moved from 2026-09-30 to 2027-03-31")
    [resolved] = wait_until(lambda: alerts(container, "DEADLINE_KIND=resolved"), timeout=20)
    assert resolved["DEADLINE_COMMITMENT"] == "iraq-mission-end"
    assert (resolved["DEADLINE_STATUS"], resolved["DEADLINE_ON_TIME"], resolved["PRIORITY"]) == ("met", "yes", "5")
    assert resolved["DEADLINE_EVIDENCE"] == "https://example.org/mission-end"
    explained = container.run(["journalctl", "-u", "deadlined", "-x", "--no-pager", "DEADLINE_KIND=changed"]).stdout
    assert "sent once per move" in explained, "the catalog does not explain the changed alert"
    history = container.run(["deadlined", "history", "--commitment", "syria-mission-end"]).stdout
    assert "changed" in history and "deadline moved from 2026-09-30 to 2027-03-31" in history
    [replacing] = wait_until(lambda: alerts(container, "DEADLINE_SUPERSEDES=e2e/e2e-near"), timeout=20)
    assert (replacing["DEADLINE_STATEMENT"], replacing["DEADLINE_KIND"]) == ("e2e-later", "due")
    assert replacing["MESSAGE"].endswith("; it replaces e2e/e2e-near")
    status = container.run(["deadlined", "status", "--statement", "e2e"]).stdout
    assert "superseded" in status, status

    # In Arabic: `language = "ar"`, a near deadline's journal MESSAGE, and the catalog's Arabic
    # entry shown by `journalctl -x` under an Arabic locale (generated here, as a user would).
    container.run(["localedef", "-i", "ar_IQ", "-f", "UTF-8", "ar_IQ.UTF-8"])
    near = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=4)).strftime("%Y-%m-%dT%H:%M:%SZ")
    settings = container.run(["cat", "/etc/deadlined/deadlined.toml"]).stdout
    write(container, "etc/deadlined/deadlined.toml", settings.replace("[daemon]\n", '[daemon]\nlanguage = "ar"\n', 1))
    write(container, "etc/deadlined/statements.d/e2e-arabic.toml",
          f'[statement]\nid = "e2e-arabic"\n\n[[commitment]]\nid = "e2e-arabic"\ndeadline = {near}\nlead_times = []\n')
    container.run(["systemctl", "reload", "deadlined"])
    [arabic] = wait_until(lambda: alerts(container, "DEADLINE_COMMITMENT=e2e-arabic"), timeout=20)
    assert arabic["DEADLINE_KIND"] == "due" and arabic["MESSAGE_ID"] == near_alert["MESSAGE_ID"]
    assert arabic["MESSAGE"].startswith("\u2068e2e-arabic\u2069: انقضى الموعد النهائي"), arabic["MESSAGE"]
    explained = container.run(["env", "LANG=ar_IQ.UTF-8", "journalctl", "-u", "deadlined", "-x", "--no-pager",
                               "DEADLINE_COMMITMENT=e2e-arabic"]).stdout
    assert "انقضى الموعد النهائي: e2e-arabic" in explained and "والالتزام لا يزال مفتوحاً" in explained, explained
    english = container.run(["journalctl", "-u", "deadlined", "-x", "--no-pager", "DEADLINE_COMMITMENT=e2e-arabic"]).stdout
    assert "Deadline passed: e2e-arabic" in english
    assert "7 التزامات" in container.run(["systemctl", "show", "-p", "StatusText", "--value", "deadlined"]).stdout

    # A restart sends nothing again.
    before = len(alerts(container))
    container.run(["systemctl", "restart", "deadlined"])
    assert container.run(["systemctl", "is-active", "deadlined"]).stdout.strip() == "active"
    time.sleep(1)
    assert len(alerts(container)) == before

    # The sandbox: the alert log is the service's own, not readable by others.
    mode = container.run(["stat", "-c", "%a", "/var/lib/private/deadlined/alerts.jsonl"]).stdout.strip()
    assert mode == "640"
    families = container.run(["systemctl", "show", "-p", "RestrictAddressFamilies", "--value", "deadlined"]).stdout
    assert families.strip() == "AF_UNIX"

    container.run(["systemctl", "stop", "deadlined"])
    assert container.run(["systemctl", "is-active", "deadlined"], check=False).stdout.strip() == "inactive"
    result = container.run(["systemctl", "show", "-p", "ExecMainStatus", "--value", "deadlined"]).stdout.strip()
    assert result == "0"

    # An edited config survives a second install; uninstall removes the program and keeps the config.
    reinstalled = container.run(["make", "-C", REPO, "install"], timeout=900)
    assert "kept the existing /etc/deadlined/deadlined.toml" in reinstalled.stdout
    assert container.run(["test", "-e", "/etc/deadlined/statements.d/e2e.toml"], check=False).returncode == 0
    assert "2027-03" in container.run(["cat", "/etc/deadlined/statements.d/us-iraq-2024-09-27.toml"]).stdout
    container.run(["make", "-C", REPO, "uninstall"])
    assert container.run(["test", "-e", "/usr/local/bin/deadlined"], check=False).returncode == 1
    assert container.run(["test", "-e", "/etc/systemd/system/deadlined.service"], check=False).returncode == 1
    assert container.run(["test", "-e", "/etc/deadlined/deadlined.toml"], check=False).returncode == 0


def test_metrics_drop_in_lets_the_sandboxed_service_write_its_metrics_file(container):
    """The README's set-up: the drop-in, metrics_file in /run/deadlined-metrics, a link from the node
    exporter's textfile directory; the file is written under the full sandbox and read through
    the link by another user."""
    container.run(["make", "-C", REPO, "install"], timeout=900)
    container.run(["install", "-D", "-m", "0644", f"{REPO}/systemd/metrics.conf",
                   "/etc/systemd/system/deadlined.service.d/metrics.conf"])
    container.run(["mkdir", "-p", "/var/lib/prometheus/node-exporter"])
    container.run(["ln", "-sf", "/run/deadlined-metrics/deadlined.prom", "/var/lib/prometheus/node-exporter/deadlined.prom"])
    config = container.run(["cat", "/etc/deadlined/deadlined.toml"]).stdout
    config = config.replace("[daemon]\n", '[daemon]\nmetrics_file = "/run/deadlined-metrics/deadlined.prom"\n', 1)
    with open(os.path.join(container.merged, "etc/deadlined/deadlined.toml"), "w") as file:
        file.write(config)
    container.run(["systemctl", "daemon-reload"])
    restart = container.run(["systemctl", "restart", "deadlined"], check=False)
    try:
        try:
            assert restart.returncode == 0, restart.stderr
            metrics = wait_until(lambda: container.run(
                ["runuser", "-u", "nobody", "--", "cat", "/var/lib/prometheus/node-exporter/deadlined.prom"],
                check=False).stdout, timeout=20)
        except (AssertionError, TimeoutError):
            journal = container.run(["journalctl", "-u", "deadlined", "-n", "20", "--no-pager"], check=False).stdout
            listing = container.run(["ls", "-la", "/run/deadlined-metrics"], check=False)
            raise AssertionError(f"no metrics file:\n{journal}\n{listing.stdout}{listing.stderr}")
        assert 'deadlined_commitment_status{statement="us-iraq-2024-09-27",commitment="syria-mission-end",status="open"} 1' in metrics
        container.run(["sh", "-c", "promtool check metrics < /run/deadlined-metrics/deadlined.prom"])
        assert container.run(["stat", "-c", "%a", "/run/deadlined-metrics/deadlined.prom"]).stdout.strip() == "644"
        owner = container.run(["stat", "-c", "%U", "/run/deadlined-metrics/deadlined.prom"]).stdout.strip()
        assert owner == "deadlined", "written by the service's transient user"
    finally:
        container.run(["systemctl", "stop", "deadlined"])
    # Kept when the service stops: Prometheus sees a file that stopped changing.
    assert container.run(["test", "-e", "/run/deadlined-metrics/deadlined.prom"], check=False).returncode == 0
    container.run(["make", "-C", REPO, "uninstall"])
