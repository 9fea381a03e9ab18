"""A private systemd-journald for integration tests.

The tests run as root inside their own mount namespace (the Makefile starts
pytest under ``unshare -m --propagation private``). There the harness mounts
fresh tmpfs file systems on journald's socket directory and on the runtime
journal directory, starts /lib/systemd/systemd-journald on them, and reads the
entries back with ``journalctl -D``. Nothing is visible outside the namespace,
and the host's own journald, if any, is untouched.

    with PrivateJournald() as journal:
        subprocess.run(["systemd-cat", "-t", "deadlined-test", "echo", "hello"])
        [entry] = journal.wait_for(lambda found: found, SYSLOG_IDENTIFIER="deadlined-test")
"""

import ctypes
import json
import os
import signal
import socket
import subprocess
import tempfile
import time

JOURNALD = "/lib/systemd/systemd-journald"
SOCKET_DIRECTORY = "/run/systemd/journal"
JOURNAL_DIRECTORY = "/run/log/journal"
NATIVE_SOCKET = os.path.join(SOCKET_DIRECTORY, "socket")

# What a supervisor hands a service; journald must get only the harness's own.
_SUPERVISOR_VARIABLES = ("NOTIFY_SOCKET", "JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID")

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
_libc.umount2.argtypes = [ctypes.c_char_p, ctypes.c_int]
_MNT_DETACH = 2


def _mount_tmpfs(target):
    if _libc.mount(b"tmpfs", target.encode(), b"tmpfs", 0, b"mode=0755") != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"mount tmpfs on {target}: {os.strerror(errno)}")


def _unmount(target):
    if _libc.umount2(target.encode(), _MNT_DETACH) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"umount {target}: {os.strerror(errno)}")


def _in_private_mount_namespace():
    """True when some ancestor process sees another mount namespace than this one.

    PID 1's namespace may be unreadable (in a sandbox), so the ancestors are
    compared instead: `unshare -m` runs its command in a new namespace while
    its own parent stays in the original one.
    """
    own = os.readlink("/proc/self/ns/mnt")
    pid = os.getppid()
    while pid > 1:
        try:
            if os.readlink(f"/proc/{pid}/ns/mnt") != own:
                return True
            with open(f"/proc/{pid}/stat") as stat:
                pid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except OSError:
            return False
    return False


class PrivateJournald:
    """Context manager: a journald of the test's own, on tmpfs, for the duration of the block.

    ``stop()`` and ``start()`` simulate an outage: after ``stop()`` the socket
    files stay behind with nobody listening, as when journald crashes, so
    ``sd_journal_sendv`` fails with ECONNREFUSED instead of reporting success.
    The entries written before the outage survive a restart.
    """

    def __init__(self, start_timeout=10.0):
        self.start_timeout = start_timeout
        self._process = None
        self._output = None
        self._mounted = []
        self._workdir = None

    # -- context manager -------------------------------------------------

    def __enter__(self):
        if os.geteuid() != 0:
            raise RuntimeError("PrivateJournald needs root to mount tmpfs and run systemd-journald")
        if not _in_private_mount_namespace():
            raise RuntimeError(
                "PrivateJournald must run in a private mount namespace, or it would hide the "
                "host's journal: run pytest under `unshare -m --propagation private`"
            )
        try:
            self._workdir = tempfile.TemporaryDirectory(prefix="private-journald-")
            for directory in (SOCKET_DIRECTORY, JOURNAL_DIRECTORY):
                self._make_directories(directory)
                _mount_tmpfs(directory)
                self._mounted.append(directory)
            self.start()
        except BaseException:
            self._tear_down()
            raise
        return self

    def __exit__(self, *exc_info):
        self._tear_down()
        return False

    # -- journald process ------------------------------------------------

    @property
    def pid(self):
        """journald's process id while it runs, else None."""
        return self._process.pid if self.running else None

    @property
    def running(self):
        return self._process is not None and self._process.poll() is None

    def start(self):
        """Start journald and return once it has said READY=1 and accepts datagrams."""
        if self.running:
            raise RuntimeError("journald is already running")
        notify_path = os.path.join(self._workdir.name, "notify")
        if os.path.exists(notify_path):
            os.unlink(notify_path)
        notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        try:
            notify.bind(notify_path)
            environment = {key: value for key, value in os.environ.items() if key not in _SUPERVISOR_VARIABLES}
            environment["NOTIFY_SOCKET"] = notify_path
            self._output = open(os.path.join(self._workdir.name, "journald.log"), "ab")
            self._process = subprocess.Popen(
                [JOURNALD],
                env=environment,
                stdin=subprocess.DEVNULL,
                stdout=self._output,
                stderr=subprocess.STDOUT,
            )
            self._wait_until_ready(notify)
        except BaseException:
            self.stop()
            raise
        finally:
            notify.close()

    def stop(self):
        """Stop journald (SIGTERM, then SIGKILL after 10 s) and wait for it to exit."""
        process, self._process = self._process, None
        if process is not None:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        if self._output is not None:
            self._output.close()
            self._output = None

    def log(self):
        """What journald itself printed, for a failing test's message."""
        path = os.path.join(self._workdir.name, "journald.log")
        with open(path, "rb") as output:
            return output.read().decode(errors="replace")

    def _wait_until_ready(self, notify):
        deadline = time.monotonic() + self.start_timeout
        ready = False
        while not ready:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"journald sent no READY=1 within {self.start_timeout} s:\n{self.log()}")
            if self._process.poll() is not None:
                raise RuntimeError(f"journald exited with {self._process.returncode}:\n{self.log()}")
            notify.settimeout(min(remaining, 0.2))
            try:
                message = notify.recv(4096).decode(errors="replace")
            except socket.timeout:
                continue
            ready = "READY=1" in message.split("\n")
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        try:
            probe.connect(NATIVE_SOCKET)
        finally:
            probe.close()

    # -- reading ---------------------------------------------------------

    def entries(self, **match):
        """All entries that have each FIELD=value in ``match``, oldest first, as dicts.

        While journald runs, ``journalctl --sync`` first makes it process and
        write everything sent before this call, so no sleep is needed. A field
        with several values is a list; a field that is not valid UTF-8 or holds
        control characters other than newline is a list of byte values.
        """
        if self.running:
            subprocess.run(["journalctl", "--sync"], check=True, capture_output=True, timeout=10)
        command = ["journalctl", "-D", JOURNAL_DIRECTORY, "-o", "json", "--all", "--no-pager"]
        command += [f"{field}={value}" for field, value in match.items()]
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()}")
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]

    def wait_for(self, predicate, timeout=10.0, **match):
        """Poll ``entries(**match)`` until ``predicate(entries)`` is true; return those entries."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.entries(**match)
            if predicate(found):
                return found
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"no journal entries matching {match} satisfied the predicate within {timeout} s; "
                    f"found {len(found)}: {[entry.get('MESSAGE') for entry in found][-20:]}"
                )
            time.sleep(0.1)

    # -- setup and teardown ----------------------------------------------

    def _make_directories(self, path):
        """Makes the mount points that are missing, and leaves them in place afterwards: they are
        on the host's /run, and removing one would unmount whatever another test run, in a mount
        namespace of its own, has mounted there."""
        os.makedirs(path, mode=0o755, exist_ok=True)

    def _tear_down(self):
        self.stop()
        while self._mounted:
            _unmount(self._mounted.pop())
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None
