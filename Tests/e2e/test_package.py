"""End to end: the Debian package (`make deb`) in a real systemd booted in a container, through
one life: `apt install`, the service running and its alerts in the journal; an edited config,
then an upgrade to a newer version that keeps the edit, restarts the service and sends nothing
again; `apt remove`, which keeps the config and the alert log; `apt purge`, which removes them.

The newer version is the same package repacked with a higher version (dpkg-deb), which is all an
upgrade needs to exercise the maintainer scripts and the conffile.
"""

import glob
import os
import sys
import time

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from container import Container  # noqa: E402
from test_service import REPO, alerts, wait_until  # noqa: E402

DEB = os.environ.get("DEADLINED_DEB") or next(iter(sorted(glob.glob(os.path.join(REPO, ".build/deb/deadlined_*.deb")))), None)
CONFIG = "/etc/deadlined/deadlined.toml"
STATEMENT = "/etc/deadlined/statements.d/us-iraq-2024-09-27.toml"
ALERT_LOG = "/var/lib/private/deadlined/alerts.jsonl"


def apt(container, *arguments, directory="/"):
    return container.run(["sh", "-c", 'cd "$0" && DEBIAN_FRONTEND=noninteractive apt "$@"', directory, *arguments,
                          "-y", "-q", "-o", "Dpkg::Use-Pty=0"], timeout=300)


def exists(container, path):
    return container.run(["test", "-e", path], check=False).returncode == 0


def show(container, unit_property):
    return container.run(["systemctl", "show", "-p", unit_property, "--value", "deadlined"]).stdout.strip()


def installed_version(container):
    result = container.run(["dpkg-query", "-W", "-f=${db:Status-Abbrev} ${Version}", "deadlined"], check=False)
    return " ".join(result.stdout.split())


@pytest.mark.skipif(DEB is None, reason="no package: run `make deb`")
def test_install_upgrade_remove_purge():
    with Container(binds=[REPO]) as container:
        # A host built as a container image may carry a policy-rc.d that forbids maintainer scripts
        # to start services; the container is a booted system, where it has no place. (The
        # container's root is an overlay: the host keeps its own.)
        container.run(["rm", "-f", "/usr/sbin/policy-rc.d"])
        apt(container, "install", "./" + os.path.basename(DEB), directory=os.path.dirname(DEB))
        version = installed_version(container).split()[-1]
        assert installed_version(container) == f"ii {version}"
        assert container.run(["deadlined", "--version"]).stdout.strip() == version

        # Enabled and started on install; the statement's latest missed alerts are in the journal.
        assert container.run(["systemctl", "is-enabled", "deadlined"]).stdout.strip() == "enabled"
        # Generous waits: on a loaded machine the first start (and apt's triggers) can take a while.
        wait_until(lambda: container.run(["systemctl", "is-active", "deadlined"], check=False).stdout.strip() == "active",
                   timeout=120)
        first = wait_until(lambda: (found := alerts(container)) and len(found) >= 4 and found, timeout=120)
        assert sorted(entry["DEADLINE_KIND"] for entry in first) == ["overdue", "overdue", "review", "review"]
        explained = container.run(["journalctl", "-u", "deadlined", "-x", "--no-pager", "DEADLINE_KIND=overdue"]).stdout
        assert "is still open" in explained, "the catalog does not explain the alert"

        # The reference and the completions are where man and the shells look.
        for page, path in [("deadlined", "/usr/share/man/man8/deadlined.8.gz"),
                           ("deadlined.toml", "/usr/share/man/man5/deadlined.toml.5.gz")]:
            assert container.run(["man", "-w", page]).stdout.strip() == path
        assert "lead_times" in container.run(["man", "-P", "cat", "deadlined.toml"]).stdout
        for path in ["/usr/share/bash-completion/completions/deadlined", "/usr/share/zsh/vendor-completions/_deadlined",
                     "/usr/share/fish/vendor_completions.d/deadlined.fish", "/usr/share/deadlined/deadlined.schema.json",
                     "/etc/deadlined/deadlined.schema.json", "/usr/share/doc/deadlined/README.md"]:
            assert exists(container, path), path
        conffiles = container.run(["dpkg-query", "-W", "-f=${Conffiles}", "deadlined"]).stdout
        assert CONFIG in conffiles and STATEMENT in conffiles

        # An edited statement file survives an upgrade; the upgrade restarts the service, which
        # reads the edit (a commitment due in 2100, so no alert) and sends nothing it sent before.
        statement = container.run(["cat", STATEMENT]).stdout
        with open(os.path.join(container.merged, STATEMENT.lstrip("/")), "w") as file:
            file.write(statement + '\n[[commitment]]\nid = "kept-edit"\ndeadline = "2100"\nlead_times = ["1d"]\n')
        newer = f"{version}+1"
        container.run(["dpkg-deb", "-R", DEB, "/root/newer"])
        container.run(["sed", "-i", f"s/^Version: .*/Version: {newer}/", "/root/newer/DEBIAN/control"])
        container.run(["dpkg-deb", "-b", "/root/newer", f"/root/deadlined_{newer}.deb"])
        invocation, sent = show(container, "InvocationID"), len(alerts(container))
        apt(container, "install", f"./deadlined_{newer}.deb", directory="/root")
        assert installed_version(container) == f"ii {newer}"
        assert 'id = "kept-edit"' in container.run(["cat", STATEMENT]).stdout
        assert not container.run(["sh", "-c", "ls -R /etc/deadlined | grep dpkg-"], check=False).stdout
        assert show(container, "InvocationID") != invocation, "the upgrade did not restart the service"
        assert container.run(["systemctl", "is-active", "deadlined"]).stdout.strip() == "active"
        wait_until(lambda: "5 commitments, 5 open" in show(container, "StatusText"), timeout=120)
        time.sleep(1)
        assert len(alerts(container)) == sent

        # Remove: the service stops and goes; the config and the alert log stay.
        apt(container, "remove", "deadlined")
        assert installed_version(container) == f"rc {newer}"
        assert container.run(["systemctl", "is-active", "deadlined"], check=False).stdout.strip() in ("inactive", "unknown")
        assert not exists(container, "/usr/bin/deadlined")
        assert not exists(container, "/lib/systemd/system/deadlined.service")
        assert 'id = "kept-edit"' in container.run(["cat", STATEMENT]).stdout
        assert exists(container, "/etc/deadlined/statements.d/us-iraq-2024-09-27.ar.txt")
        assert len(container.run(["cat", ALERT_LOG]).stdout.splitlines()) == sent

        # Purge: the config and the state are gone.
        apt(container, "purge", "deadlined")
        assert installed_version(container) == ""
        for path in ["/etc/deadlined", "/var/lib/private/deadlined", "/var/lib/deadlined"]:
            assert not exists(container, path), path
