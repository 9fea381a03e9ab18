"""A whole systemd in a container, for the end-to-end test.

The container's root is an overlay whose lower layer is the host's `/` and whose upper and work
layers live on a private tmpfs, so the container sees this machine's toolchain and this
repository, and nothing it writes reaches the host. systemd-nspawn boots systemd in it; commands
run inside through nsenter. Everything is torn down on exit: the container by its own pid, then
the overlay and the tmpfs, then the temporary directory.
"""

import os
import shutil
import signal
import subprocess
import tempfile
import time


class Container:
    def __init__(self, binds=(), boot_timeout=120):
        # A name of its own per run, so a container left by a killed run cannot get in the way.
        self.name = f"deadlined-e2e-{os.getpid()}"
        # Host directories bound at the same path inside: the container's systemd mounts a fresh
        # /tmp, which would hide a checkout there, and the same absolute path keeps SwiftPM's
        # build of the host valid inside.
        self.binds = list(binds)
        self.boot_timeout = boot_timeout
        self.root = None
        self.nspawn = None
        self.leader = None
        self.mounted = []

    def __enter__(self):
        try:
            self.root = tempfile.mkdtemp(prefix="deadlined-e2e-")
            layers = os.path.join(self.root, "layers")
            merged = os.path.join(self.root, "merged")
            os.mkdir(layers)
            os.mkdir(merged)
            # Upper and work must not be inside the lower layer (/), so they live on a tmpfs.
            self._mount(["mount", "-t", "tmpfs", "-o", "mode=0755", "tmpfs", layers], layers)
            upper, work = os.path.join(layers, "upper"), os.path.join(layers, "work")
            os.mkdir(upper)
            os.mkdir(work)
            self._mount(["mount", "-t", "overlay", "overlay", "-o",
                         f"lowerdir=/,upperdir={upper},workdir={work}", merged], merged)
            self.merged = merged
            self.log_path = os.path.join(self.root, "nspawn.log")
            self.log = open(self.log_path, "wb")
            self.nspawn = subprocess.Popen(
                ["timeout", "--signal=KILL", "900", "systemd-nspawn", "-D", merged, "--boot", "--register=no",
                 "--link-journal=no", "--keep-unit", "-M", self.name, "--console=passive"]
                + [f"--bind={path}:{path}" for path in self.binds],
                stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
            self._wait_for_boot()
        except BaseException:
            self._tear_down()
            raise
        return self

    def __exit__(self, *exc_info):
        self._tear_down()
        return False

    def run(self, command, timeout=300, check=True):
        """Runs `command` (a list) inside the container as root; returns the CompletedProcess."""
        result = subprocess.run(
            ["nsenter", "-t", str(self.leader), "-a", "--"] + command,
            capture_output=True, text=True, timeout=timeout,
            env={"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/opt/swift/usr/bin",
                 "HOME": "/root", "LANG": "C.UTF-8"})
        if check and result.returncode != 0:
            raise AssertionError(f"{command} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
        return result

    def console(self):
        with open(self.log_path, "rb") as log:
            return log.read().decode(errors="replace")

    def _mount(self, command, target):
        subprocess.run(command, check=True, capture_output=True)
        self.mounted.append(target)

    def _wait_for_boot(self):
        deadline = time.monotonic() + self.boot_timeout
        while self.leader is None:
            if self.nspawn.poll() is not None:
                raise RuntimeError(f"systemd-nspawn exited {self.nspawn.returncode}:\n{self.console()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"the container's systemd did not start:\n{self.console()}")
            self.leader = self._find_init()
            time.sleep(0.2)
        while True:
            state = self.run(["systemctl", "is-system-running"], check=False).stdout.strip()
            if state in ("running", "degraded"):
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"the container's systemd stayed '{state}':\n{self.console()}")
            time.sleep(0.5)

    def _find_init(self):
        """The container's PID 1: the live `systemd` process descended from our nspawn."""
        parents = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    name_end = stat.read().rsplit(")", 1)
                    fields = name_end[1].split()
                    comm = name_end[0].split("(", 1)[1]
                parents[int(entry)] = (int(fields[1]), comm, fields[0])
            except (OSError, IndexError, ValueError):
                continue
        for pid, (parent, comm, state) in parents.items():
            if comm != "systemd" or state == "Z":
                continue
            ancestor, depth = parent, 0
            while ancestor in parents and depth < 4:
                if ancestor == self.nspawn.pid:
                    return pid
                ancestor, depth = parents[ancestor][0], depth + 1
        return None

    def _tear_down(self):
        # SIGKILL to the container's PID 1 ends its whole pid namespace; killing nspawn alone
        # would leave the container's systemd running.
        if self.leader is not None:
            try:
                os.kill(self.leader, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.nspawn is not None and self.nspawn.poll() is None:
            try:
                self.nspawn.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.nspawn.pid, signal.SIGKILL)
                self.nspawn.wait(timeout=60)
        if getattr(self, "log", None):
            self.log.close()
        while self.mounted:
            target = self.mounted.pop()
            subprocess.run(["umount", "-l", target], capture_output=True)
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None
