#!/usr/bin/env python3
"""`make bench`: builds, installs the peers, runs the eight measurements, prints a table and writes
the same figures to .build/bench.json, with the load average before and after each measurement.
Figures, not pass/fail: it exits non-zero only when a measurement could not be taken at all.

    python3 Benchmarks/run.py                    # everything
    python3 Benchmarks/run.py --only many-files  # one measurement (its rows only; no bench.json)

Environment:
  BENCH_IDLE_SECONDS   the idle window (default 30)
  BENCH_RUNS           runs per parse/timeline figure, medians reported (default 5 for parse, 3 for timeline)
  BENCH_SCRATCH        scratch path of the product's release build (default .build)
  BENCH_SKIP_BUILD=1   use the binaries already built
  DEADLINED_BIN        the deadlined binary (default SCRATCH/release/deadlined)
  BENCH_ONLY           measurements to run, comma-separated, of parse, startup, accuracy, idle
                       (idle and reload), timeline, metrics, many-files (default: all); the table
                       shows those

Every daemon runs with `--log stderr` (stderr to a file under .build/bench/) and a notify socket
owned by this script, so READY=1 is read exactly as systemd reads it.
"""

import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import generate  # noqa: E402

OUT = os.path.join(ROOT, ".build", "bench")
SCRATCH = os.environ.get("BENCH_SCRATCH", ".build")
BIN = os.environ.get("DEADLINED_BIN") or os.path.join(ROOT, SCRATCH, "release", "deadlined")
PARSE_BENCH = os.path.join(HERE, ".build", "release", "parse-bench")
IDLE_SECONDS = float(os.environ.get("BENCH_IDLE_SECONDS", "30"))
RUNS = int(os.environ.get("BENCH_RUNS", "0")) or None
MEASUREMENTS = ("parse", "startup", "accuracy", "idle", "timeline", "metrics", "many-files")
ONLY = [name for name in os.environ.get("BENCH_ONLY", ",".join(MEASUREMENTS)).split(",") if name]
CLOCK_TICK = os.sysconf("SC_CLK_TCK")


def log(message):
    print(message, file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else None


# MARK: - set-up

def build():
    if os.environ.get("BENCH_SKIP_BUILD") == "1":
        return
    log(f"building deadlined (release, scratch {SCRATCH}) and parse-bench (Benchmarks/.build)")
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", SCRATCH,
                    "--product", "deadlined"], cwd=ROOT, check=True)
    # deadlined's modules are compiled as its own release build compiles them: Package.swift's
    # flag for that applies only when deadlined is the package being built, not a dependency.
    subprocess.run(["swift", "build", "-c", "release", "-Xswiftc", "-enforce-exclusivity=unchecked",
                    "--product", "parse-bench"], cwd=HERE, check=True)


def peers():
    """Remind from Debian, tomllib from Python (3.11+; else tomli from PyPI)."""
    if shutil.which("remind") is None:
        subprocess.run(["sh", os.path.join(ROOT, ".ci", "ensure-packages"), "remind"], check=True)
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "remind"], capture_output=True, text=True).stdout
    module = "tomllib"
    if sys.version_info < (3, 11):
        module = "tomli"
        if subprocess.run([sys.executable, "-c", "import tomli"], capture_output=True).returncode != 0:
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "tomli"], check=True)
    return {"remind": version or "?", "python": platform.python_version(), "python_toml": module}


def machine():
    model = "?"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        memory_kib = int(meminfo.readline().split()[1])
    return {"cpu": model, "cores": os.cpu_count(), "memory_gib": round(memory_kib / 2**20),
            "kernel": platform.release(), "load_average_at_start": os.getloadavg()[0]}


# MARK: - processes

class Notify:
    """A datagram socket standing in for systemd's NOTIFY_SOCKET."""

    def __init__(self, directory):
        self.path = os.path.join(directory, "notify")
        if os.path.exists(self.path):
            os.unlink(self.path)
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind(self.path)

    def receive(self, timeout):
        self.socket.settimeout(max(timeout, 0.000001))
        try:
            return self.socket.recv(65536).decode()
        except socket.timeout:
            return None

    def wait_ready(self, timeout=60.0):
        """Messages until one holds READY=1; returns (monotonic time of READY=1, messages)."""
        deadline = time.monotonic() + timeout
        seen = []
        while True:
            message = self.receive(deadline - time.monotonic())
            if message is None:
                raise TimeoutError(f"no READY=1 within {timeout} s (got {seen})")
            seen.append(message)
            if "READY=1" in message.split("\n"):
                return time.monotonic(), seen

    def drain(self, seconds=0.0):
        messages = []
        deadline = time.monotonic() + seconds
        while (message := self.receive(max(deadline - time.monotonic(), 0.000001))) is not None:
            messages.append(message)
        return messages

    def close(self):
        self.socket.close()
        os.unlink(self.path)


class Daemon:
    """`deadlined run --log stderr` on a config, with its own state directory and notify socket."""

    def __init__(self, name, config_source, environment=None, statements_dir=None):
        self.dir = os.path.join(OUT, "run", name)
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)
        self.config = os.path.join(self.dir, "deadlined.toml")
        shutil.copyfile(config_source, self.config)
        self.statements_dir = os.path.join(self.dir, "statements.d")
        if statements_dir:
            shutil.copytree(statements_dir, self.statements_dir)
        self.state = os.path.join(self.dir, "state")
        self.stderr_path = os.path.join(self.dir, "stderr.log")
        self.environment = environment or {}
        self.notify = Notify(self.dir)
        self.process = None
        # user + sys of the process when it sent READY=1: less sensitive to other load than wall time.
        self.cpu_at_ready = None

    def start(self):
        environment = {key: value for key, value in os.environ.items()
                       if key not in ("NOTIFY_SOCKET", "JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS")}
        environment["NOTIFY_SOCKET"] = self.notify.path
        environment.update(self.environment)
        with open(self.stderr_path, "wb") as stderr:
            started = time.monotonic()
            self.process = subprocess.Popen(
                [BIN, "run", "--config", self.config, "--state-dir", self.state, "--log", "stderr"],
                env=environment, stdin=subprocess.DEVNULL, stdout=stderr, stderr=stderr)
        ready, _ = self.notify.wait_ready()
        self.cpu_at_ready = self.cpu_seconds()
        return ready - started

    def status(self):
        """VmHWM, VmRSS (KiB) and voluntary/involuntary context switches summed over threads."""
        fields = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        voluntary, involuntary = {}, {}
        for task in os.listdir(f"/proc/{self.process.pid}/task"):
            try:
                with open(f"/proc/{self.process.pid}/task/{task}/status") as status:
                    for line in status:
                        if line.startswith("voluntary_ctxt_switches:"):
                            voluntary[task] = int(line.split()[1])
                        elif line.startswith("nonvoluntary_ctxt_switches:"):
                            involuntary[task] = int(line.split()[1])
            except FileNotFoundError:
                pass
        return {"hwm_kib": int(fields["VmHWM"].split()[0]), "rss_kib": int(fields["VmRSS"].split()[0]),
                "voluntary": voluntary, "involuntary": involuntary, "threads": len(voluntary)}

    def cpu_seconds(self):
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICK  # utime, stime (fields 14, 15)

    def stderr_text(self):
        with open(self.stderr_path, "rb") as stderr:
            return stderr.read().decode(errors="replace")

    def alert_log(self):
        path = os.path.join(self.state, "alerts.jsonl")
        if not os.path.exists(path):
            return []
        with open(path) as alerts:
            return [json.loads(line) for line in alerts if line.endswith("\n")]

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.notify.close()


def timed(argv, stdout=subprocess.DEVNULL):
    """Wall seconds and peak RSS (KiB) of one process. Linux starts a child's peak RSS from its
    parent's RSS at fork, so the figure is at least this driver's (some 10 MiB)."""
    started = time.monotonic()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {stderr}")
    return elapsed, usage.ru_maxrss


# MARK: - 1. parse

PYTHON_PARSE = """
import sys, time
try:
    import tomllib
except ImportError:
    import tomli as tomllib
data = open(sys.argv[1], 'rb').read()
times, cpu = [], []
for _ in range(int(sys.argv[2])):
    start, start_cpu = time.perf_counter(), time.process_time()
    document = tomllib.loads(data.decode())
    times.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)
assert len(document['commitment']) > 0
print(' '.join(repr(t) for t in times))
print(' '.join(repr(t) for t in cpu))
print(next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM:')))
"""


PARSE_SIZES = ("1k", "10k", "100k", "10k-full", "100k-full")


def bench_parse(inputs):
    """Each parser in processes of its own (see parse-bench's header for why), the processes of
    one round in an order that rotates from round to round; medians over all runs."""
    results = {}
    for name in PARSE_SIZES:
        path = inputs[name]
        size = os.path.getsize(path)
        per_process = {"1k": 20, "10k": 3, "100k": 1, "10k-full": 3, "100k-full": 1}[name]
        rounds = RUNS or 5
        times = {"ours_parse": [], "ours_parse_validate": [], "tomlkit": [], "python_tomllib": []}
        cpu = {key: [] for key in times}
        counts = set()

        def swift(only, key):
            line = subprocess.run([PARSE_BENCH, "--only", only, "--runs", str(per_process), path],
                                  check=True, capture_output=True, text=True).stdout
            figures = json.loads(line)
            counts.add(figures["commitments"])
            times[key].extend(figures["seconds"])
            cpu[key].extend(figures["cpu_seconds"])

        def py():
            line = subprocess.run([sys.executable, "-c", PYTHON_PARSE, path, str(per_process)],
                                  check=True, capture_output=True, text=True).stdout
            times["python_tomllib"].extend(float(value) for value in line.splitlines()[0].split())
            cpu["python_tomllib"].extend(float(value) for value in line.splitlines()[1].split())

        steps = [lambda: swift("validate", "ours_parse_validate"), lambda: swift("tomlkit", "tomlkit"),
                 lambda: swift("parse", "ours_parse"), py]
        load = [os.getloadavg()[0]]
        for round_number in range(rounds):
            for index in range(len(steps)):
                steps[(index + round_number) % len(steps)]()
        if len(counts) != 1:
            raise RuntimeError(f"{path}: the parsers disagree on the number of commitments: {counts}")
        figures = {
            "bytes": size, "commitments": counts.pop(), "runs": len(times["ours_parse_validate"]),
            "seconds": {key: median(values) for key, values in times.items()},
            "cpu_seconds": {key: median(values) for key, values in cpu.items()},
            "load_average": load + [os.getloadavg()[0]],
        }
        figures["mb_per_s"] = {key: size / 1e6 / value for key, value in figures["seconds"].items()}
        figures["ratio_ours_validate_to_tomlkit"] = figures["seconds"]["ours_parse_validate"] / figures["seconds"]["tomlkit"]
        figures["ratio_ours_validate_to_python"] = figures["seconds"]["ours_parse_validate"] / figures["seconds"]["python_tomllib"]
        figures["ratio_ours_parse_to_tomlkit"] = figures["seconds"]["ours_parse"] / figures["seconds"]["tomlkit"]
        figures["cpu_ratio_ours_validate_to_tomlkit"] = figures["cpu_seconds"]["ours_parse_validate"] / figures["cpu_seconds"]["tomlkit"]
        results[name] = figures
        log(f"parse {name}: {json.dumps(figures['seconds'])}")
    # Peak RSS (VmHWM, read by each process itself) of one parse of each 100k file.
    def own_peak(argv):
        return subprocess.run(argv, check=True, capture_output=True, text=True).stdout

    for name in ("100k", "100k-full"):
        path = inputs[name]
        ours_rss = json.loads(own_peak([PARSE_BENCH, "--only", "validate", "--runs", "1", path]))["peak_rss_kib"]
        kit_rss = json.loads(own_peak([PARSE_BENCH, "--only", "tomlkit", "--runs", "1", path]))["peak_rss_kib"]
        py_rss = int(own_peak([sys.executable, "-c", PYTHON_PARSE, path, "1"]).splitlines()[2])
        results[name]["peak_rss_mib"] = {"ours_parse_validate": ours_rss / 1024, "tomlkit": kit_rss / 1024,
                                         "python_tomllib": py_rss / 1024}
    return results


# MARK: - 2. start-up, 4. idle, 5. reload (they share the 100k daemons)

def bench_startup_small(inputs, runs=5):
    times, cpu, hwm = [], [], []
    for index in range(runs):
        daemon = Daemon(f"startup-4-{index}", inputs["4"])
        try:
            times.append(daemon.start())
            cpu.append(daemon.cpu_at_ready)
            hwm.append(daemon.status()["hwm_kib"])
        finally:
            daemon.stop()
    return {"commitments": 4, "runs": runs, "ready_seconds": median(times), "ready_seconds_all": times,
            "cpu_seconds": median(cpu), "peak_rss_mib": median(hwm) / 1024}


def bench_startup_large(inputs, runs=3):
    """The short and the full form at 100k, alternating."""
    figures = {}
    for index in range(runs):
        forms = ("100k", "100k-full") if index % 2 == 0 else ("100k-full", "100k")
        for name in forms:
            daemon = Daemon(f"startup-{name}-{index}", inputs[name])
            try:
                ready = daemon.start()
                status = daemon.status()
            finally:
                daemon.stop()
            figure = figures.setdefault(name, {"ready": [], "cpu": [], "hwm": [], "rss": []})
            figure["ready"].append(ready)
            figure["cpu"].append(daemon.cpu_at_ready)
            figure["hwm"].append(status["hwm_kib"])
            figure["rss"].append(status["rss_kib"])
    return {name: {"commitments": 100_000, "bytes": os.path.getsize(inputs[name]), "runs": runs,
                   "ready_seconds": median(f["ready"]), "ready_seconds_all": f["ready"],
                   "cpu_seconds": median(f["cpu"]), "cpu_seconds_all": f["cpu"],
                   "peak_rss_mib": median(f["hwm"]) / 1024, "rss_after_ready_mib": median(f["rss"]) / 1024}
            for name, f in figures.items()}


def bench_idle_and_reload(inputs):
    """Two 100k daemons side by side, one with WATCHDOG_USEC; the same idle window for both;
    then reloads of the one without a watchdog."""
    watchdog_usec = 2_000_000  # pings every 1 s (half the interval), so the window has many
    plain = Daemon("idle-100k", inputs["100k"])
    watched = Daemon("idle-100k-watchdog", inputs["100k"], {"WATCHDOG_USEC": str(watchdog_usec)})
    try:
        plain.start()
        watched.start()
        time.sleep(6.0)  # let start-up's stragglers settle: idle Dispatch workers exit after 5 s
        plain.notify.drain()
        watched.notify.drain()
        before = {"plain": (plain.status(), plain.cpu_seconds()), "watched": (watched.status(), watched.cpu_seconds())}
        messages = {"plain": [], "watched": []}
        deadline = time.monotonic() + IDLE_SECONDS
        while (remaining := deadline - time.monotonic()) > 0:
            time.sleep(min(remaining, 0.5))
            messages["plain"] += plain.notify.drain()
            messages["watched"] += watched.notify.drain()
        after = {"plain": (plain.status(), plain.cpu_seconds()), "watched": (watched.status(), watched.cpu_seconds())}
        idle = {"seconds": IDLE_SECONDS, "commitments": 100_000}
        for key in ("plain", "watched"):
            (status0, cpu0), (status1, cpu1) = before[key], after[key]
            # Per thread; a thread that exited in the window (an idle Dispatch worker timing
            # out) woke up at least once to do so, and counts as one.
            exited = [tid for tid in status0["voluntary"] if tid not in status1["voluntary"]]

            def delta(field):
                return sum(count - status0[field].get(tid, 0) for tid, count in status1[field].items()) + len(exited)

            idle["watchdog" if key == "watched" else "no_watchdog"] = {
                "voluntary_context_switches": delta("voluntary"),
                "involuntary_context_switches": delta("involuntary") - len(exited),
                "threads_exited": len(exited),
                "cpu_seconds": round(cpu1 - cpu0, 3),
                "watchdog_pings": sum(message.count("WATCHDOG=1") for message in messages[key]),
                "notify_messages": len(messages[key]),
                "threads": status1["threads"],
                "watchdog_usec": watchdog_usec if key == "watched" else None,
            }
        watched.stop()
        reload = bench_reload(plain, inputs)
        return idle, reload
    finally:
        plain.stop()
        watched.stop() if watched.notify.socket.fileno() != -1 else None


def bench_reload(daemon, inputs, runs=3):
    """SIGHUP with one commitment changed: time to READY=1 again, the re-armed count, and the
    resident memory after each reload (what it frees is given back just after READY=1)."""
    times, rearmed = [], []
    rss_before = daemon.status()["rss_kib"]
    rss_after = []
    sources = [inputs["100k-changed"], inputs["100k"]]
    for index in range(runs):
        shutil.copyfile(sources[index % 2], daemon.config + ".new")
        os.replace(daemon.config + ".new", daemon.config)
        daemon.notify.drain()
        lines_before = daemon.stderr_text().count("\n")
        started = time.monotonic()
        daemon.process.send_signal(signal.SIGHUP)
        ready, _ = daemon.notify.wait_ready()
        times.append(ready - started)
        line = reload_line(daemon, lines_before)
        rearmed.append(int(line.split(" timers re-armed")[0].rsplit(" ", 1)[1]))
        time.sleep(0.3)
        rss_after.append(daemon.status()["rss_kib"])
    return {"commitments": 100_000, "changed": 1, "runs": runs, "ready_seconds": median(times),
            "ready_seconds_all": times, "rearmed": rearmed,
            "rss_before_mib": round(rss_before / 1024), "rss_after_mib": [round(kib / 1024) for kib in rss_after]}


# MARK: - 8. many statement files

def bench_many_files(inputs, runs=3):
    """1,000 statement files of 100 commitments each: exec to READY=1 and the peak RSS there
    (a fresh daemon each run); then, on the last one, reloads after one file changed (its
    statement's timezone, which moves every deadline day of its 100 commitments), back and forth:
    SIGHUP to READY=1, and what the reload line says it parsed and re-armed."""
    folder = inputs["many-files"]
    ready, hwm, cpu = [], [], []
    daemon = None
    try:
        for index in range(runs):
            if daemon is not None:
                daemon.stop()
            daemon = Daemon(f"many-files-{index}", os.path.join(folder, "deadlined.toml"),
                            statements_dir=os.path.join(folder, "statements.d"))
            ready.append(daemon.start())
            hwm.append(daemon.status()["hwm_kib"])
            cpu.append(daemon.cpu_seconds())
        target = os.path.join(daemon.statements_dir, os.path.basename(inputs["many-files-original"]))
        sources = [inputs["many-files-changed"], inputs["many-files-original"]]
        reload_times, reload_cpu, rearmed, parsed = [], [], [], []
        for index in range(runs):
            shutil.copyfile(sources[index % 2], target + ".new")
            os.replace(target + ".new", target)
            daemon.notify.drain()
            lines_before = daemon.stderr_text().count("\n")
            cpu_before = daemon.cpu_seconds()
            started = time.monotonic()
            daemon.process.send_signal(signal.SIGHUP)
            at, _ = daemon.notify.wait_ready()
            reload_times.append(at - started)
            reload_cpu.append(daemon.cpu_seconds() - cpu_before)
            line = reload_line(daemon, lines_before)
            rearmed.append(int(line.split(" timers re-armed")[0].rsplit(" ", 1)[1]))
            # "N of M statement files parsed" (a daemon that parses every file says nothing).
            said = line.split(" statement files parsed")[0].rsplit(", ", 1)[1] if " statement files parsed" in line else None
            parsed.append(int(said.split(" of ")[0]) if said else generate.MANY_FILES)
        hwm_after_reloads = daemon.status()["hwm_kib"]
    finally:
        if daemon is not None:
            daemon.stop()
    return {"files": generate.MANY_FILES, "commitments_per_file": generate.PER_FILE, "runs": runs,
            "bytes": sum(os.path.getsize(os.path.join(folder, "statements.d", name))
                         for name in os.listdir(os.path.join(folder, "statements.d")) if name.endswith(".toml")),
            "ready_seconds": median(ready), "ready_seconds_all": ready, "peak_rss_mib": median(hwm) / 1024,
            "ready_cpu_seconds": median(cpu),
            "reload_ready_seconds": median(reload_times), "reload_ready_seconds_all": reload_times,
            "reload_cpu_seconds": median(reload_cpu),
            "reload_rearmed": rearmed, "reload_files_parsed": parsed,
            "peak_rss_after_reloads_mib": hwm_after_reloads / 1024}


def reload_line(daemon, lines_before):
    """The "reloaded ..., N timers re-armed" line the daemon wrote after `lines_before`."""
    new_lines = daemon.stderr_text().split("\n")[lines_before:]
    found = [line for line in new_lines if "timers re-armed" in line]
    if not found:
        raise RuntimeError(f"no 'timers re-armed' line after the reload: {new_lines}")
    return found[-1]


# MARK: - 3. timer accuracy

def bench_accuracy(count=10_000, window=2.0):
    first = int(time.time()) + 4  # start-up of 10k commitments takes well under a second
    source = os.path.join(OUT, "accuracy.toml")
    with open(source, "w") as config:
        config.write(generate.accuracy_config(first, count, window))
    due = {f"a{index + 1:06d}": first + window * index / count for index in range(count)}
    daemon = Daemon("accuracy", source)
    try:
        daemon.start()
        if time.time() > first:
            raise RuntimeError("the daemon was not ready before the first deadline; raise the margin")
        deadline = first + window + 30
        records = []
        while time.time() < deadline:
            records = daemon.alert_log()
            if len(records) >= count:
                break
            time.sleep(0.25)
    finally:
        daemon.stop()
    disturbed = daemon.stderr_text().count("the system clock was set")
    lateness = sorted((record["sent_at"] - due[record["commitment"]]) * 1000 for record in records)
    if not lateness:
        raise RuntimeError("no alert was sent")

    def percentile(p):
        return lateness[min(len(lateness) - 1, int(round(p / 100 * (len(lateness) - 1))))]

    distinct_fire_at = len({record["fire_at"] for record in records})
    return {"alerts": count, "window_seconds": window, "sent": len(records),
            "lateness_ms": {"p50": percentile(50), "p99": percentile(99), "max": lateness[-1], "min": lateness[0]},
            "early": sum(1 for value in lateness if value < 0),
            # Another process setting the wall clock during the window (a test, NTP) shows here.
            "clock_set_during_run": disturbed,
            "distinct_fire_at_seconds": distinct_fire_at}


# MARK: - 7. metrics file

def bench_metrics(inputs, window=10.0):
    """The 100k daemon rewriting its metrics file every second: the CPU each write costs (the
    process is otherwise idle), the share of the time its temporary file exists (a write, from
    open to rename, sampled every 2 ms) and the file's size."""
    source = os.path.join(OUT, "metrics-100k.toml")
    with open(inputs["100k"]) as config, open(source, "w") as out:
        out.write(config.read().replace("[daemon]\n", '[daemon]\nmetrics_file = "deadlined.prom"\nmetrics_every = "1s"\n', 1))
    daemon = Daemon("metrics-100k", source)
    path = os.path.join(daemon.state, "deadlined.prom")
    try:
        daemon.start()
        time.sleep(2.0)
        cpu_before = daemon.cpu_seconds()
        inodes, samples, writing = set(), 0, 0
        deadline = time.monotonic() + window
        while time.monotonic() < deadline:
            samples += 1
            writing += os.path.exists(path + ".tmp")
            try:
                inodes.add(os.stat(path).st_ino)
            except FileNotFoundError:
                pass
            time.sleep(0.002)
        cpu = daemon.cpu_seconds() - cpu_before
        size = os.path.getsize(path)
    finally:
        daemon.stop()
    writes = max(len(inodes) - 1, 1)
    return {"commitments": 100_000, "window_seconds": window, "writes": writes, "bytes": size,
            "cpu_ms_per_write": cpu / writes * 1000, "wall_ms_per_write": writing / samples * window / writes * 1000}


# MARK: - 6. timeline vs Remind

def bench_timeline(inputs):
    runs = RUNS or 3
    at = "2030-01-01"  # before every alert: the whole plan is ahead, as with `remind -n` on that day
    ours, remind = [], []
    for index in range(runs):
        steps = [("ours", [BIN, "timeline", "--config", inputs["100k"], "--json", "--at", at]),
                 ("remind", ["remind", "-n", "-q", inputs["100k-rem"], "1", "Jan", "2030"])]
        for name, argv in (steps if index % 2 == 0 else steps[::-1]):
            elapsed, rss = timed(argv)
            (ours if name == "ours" else remind).append((elapsed, rss))
    result = {
        "commitments": 100_000, "alerts": 500_000, "runs": runs,
        "ours_seconds": median([t for t, _ in ours]), "remind_n_seconds": median([t for t, _ in remind]),
        "ours_peak_rss_mib": median([r for _, r in ours]) / 1024, "remind_peak_rss_mib": median([r for _, r in remind]) / 1024,
    }
    result["ratio_ours_to_remind_n"] = result["ours_seconds"] / result["remind_n_seconds"]
    # The calendar form of the question (every day of the range, sorted): Remind's -s over 15
    # months walks every reminder on every day, so it is measured on 1k commitments only.
    small_ours, _ = timed([BIN, "timeline", "--config", inputs["1k"], "--json", "--at", "2030-10-01"])
    small_remind, _ = timed(["remind", "-s15", "-q", inputs["1k-rem"], "1", "Oct", "2030"])
    result["calendar_1k"] = {"ours_seconds": small_ours, "remind_s15_seconds": small_remind,
                             "ratio_ours_to_remind_s": small_ours / small_remind}
    result["same_answer_1k"] = same_answer(inputs)
    return result


def same_answer(inputs):
    """On 1k commitments: the timeline's events and Remind's reminders are the same (day, commitment, lead) set."""
    ours = json.loads(subprocess.run([BIN, "timeline", "--config", inputs["1k"], "--json", "--at", "2030-01-01"],
                                     check=True, capture_output=True, text=True).stdout)
    mine = {(event["at"][:10], event["commitment"], event.get("lead") or "deadline") for event in ours["events"]}
    lines = subprocess.run(["remind", "-n", "-q", inputs["1k-rem"], "1", "Jan", "2030"],
                           check=True, capture_output=True, text=True).stdout.splitlines()
    theirs = set()
    for line in lines:
        day, _time, ident, what = line.split(" ", 3)
        theirs.add((day.replace("/", "-"), ident.rstrip(":"), what.split(" ")[0] if "before" in what else "deadline"))
    return {"ours_events": len(mine), "remind_events": len(theirs), "equal": mine == theirs}


# MARK: - report

def many_files_rows(many, add):
    files, per_file = many["files"], many["commitments_per_file"]
    name = f"{files:,} files × {per_file}"
    config_mb = many["bytes"] / 1e6
    # CPU time (user and system, from /proc, in clock ticks) says what the wall clock of a busy
    # machine cannot.
    add(f"start-up {name}: exec→READY=1", f"{many['ready_seconds'] * 1000:.0f} ms ({many['ready_cpu_seconds'] * 1000:.0f} ms CPU)",
        "< 1000 ms", many["ready_seconds"] < 1.0)
    add(f"start-up {name}: peak RSS", f"{many['peak_rss_mib']:.0f} MiB (the files: {config_mb:.0f} MB)",
        "< 150 MB", many["peak_rss_mib"] * 1.048576 < 150)
    add(f"reload {name}, 1 file changed", f"{many['reload_ready_seconds'] * 1000:.0f} ms SIGHUP→READY=1 "
        f"({many['reload_cpu_seconds'] * 1000:.0f} ms CPU); "
        f"files parsed {many['reload_files_parsed']}", "< 300 ms, 1 file parsed",
        many["reload_ready_seconds"] < 0.3 and all(count == 1 for count in many["reload_files_parsed"]))
    add("", f"re-armed {many['reload_rearmed']}; peak RSS after the reloads {many['peak_rss_after_reloads_mib']:.0f} MiB",
        f"only its {per_file}", all(0 < count <= per_file for count in many["reload_rearmed"]))


def table(results):
    """The rows of the measurements in `results` (all of them after a whole run)."""
    rows = [("measurement", "figure", "goal", "met")]

    def add(name, figure, goal="", met=None):
        rows.append((name, figure, goal, "" if met is None else ("yes" if met else "NO")))

    def load(name):
        if name in results.get("load_average", {}):
            start, end = results["load_average"][name]
            add("", f"(load average {start:.1f} at the start, {end:.1f} at the end)")

    if "parse" in results:
        parse = results["parse"]
        for size in PARSE_SIZES:
            p = parse[size]
            s, c = p["seconds"], p["cpu_seconds"]
            goal = size in ("100k", "100k-full")
            add(f"parse {size} ({p['bytes'] / 1e6:.1f} MB)",
                f"ours {s['ours_parse_validate'] * 1000:.0f} ms ({p['mb_per_s']['ours_parse_validate']:.0f} MB/s; parse alone "
                f"{s['ours_parse'] * 1000:.0f} ms), TOMLKit {s['tomlkit'] * 1000:.0f} ms, tomllib {s['python_tomllib'] * 1000:.0f} ms",
                "≤ 0.5× TOMLKit" if goal else "", p["ratio_ours_validate_to_tomlkit"] <= 0.5 if goal else None)
            add("", f"ratio to TOMLKit {p['ratio_ours_validate_to_tomlkit']:.2f}× (parse alone "
                f"{p['ratio_ours_parse_to_tomlkit']:.2f}×), to tomllib {p['ratio_ours_validate_to_python']:.2f}×")
            add("", f"CPU: ours {c['ours_parse_validate'] * 1000:.0f} ms, TOMLKit {c['tomlkit'] * 1000:.0f} ms: "
                f"{p['cpu_ratio_ours_validate_to_tomlkit']:.2f}×")
        for size in ("100k", "100k-full"):
            rss = parse[size]["peak_rss_mib"]
            add(f"parse {size} peak RSS", f"ours {rss['ours_parse_validate']:.0f} MiB, TOMLKit {rss['tomlkit']:.0f} MiB, "
                f"tomllib {rss['python_tomllib']:.0f} MiB")
        load("parse")
    if "startup" in results:
        start = results["startup"]
        small = start["4"]
        for size, ready_goal in (("100k", 1.0), ("100k-full", 0.5)):
            big = start[size]
            config_mb = big["bytes"] / 1e6
            add(f"start-up {size}: exec→READY=1", f"{big['ready_seconds'] * 1000:.0f} ms wall, "
                f"{big['cpu_seconds'] * 1000:.0f} ms CPU (user + sys)",
                f"< {ready_goal * 1000:.0f} ms", big["ready_seconds"] < ready_goal)
            peak_mb = big["peak_rss_mib"] * 1.048576
            add(f"start-up {size}: peak RSS", f"{big['peak_rss_mib']:.0f} MiB ({peak_mb / config_mb:.1f}× the config's {config_mb:.0f} MB)",
                "< 150 MB", peak_mb < 150)
        add("start-up 4: exec→READY=1", f"{small['ready_seconds'] * 1000:.0f} ms wall, {small['cpu_seconds'] * 1000:.0f} ms CPU")
        add("start-up 4: peak RSS", f"{small['peak_rss_mib']:.1f} MiB", "< 16 MB", small["peak_rss_mib"] * 1.048576 < 16)
        load("startup")
    if "accuracy" in results:
        acc = results["accuracy"]
        lat = acc["lateness_ms"]
        add(f"timers: {acc['alerts']} alerts in {acc['window_seconds']:.0f} s",
            f"lateness p50 {lat['p50']:.2f} ms, p99 {lat['p99']:.2f} ms, max {lat['max']:.2f} ms; {acc['early']} early; {acc['sent']} sent",
            "p99 < 5 ms, none early", lat["p99"] < 5 and acc["early"] == 0)
        load("accuracy")
    if "idle" in results:
        idle = results["idle"]
        for key, label in (("no_watchdog", "idle 100k, no watchdog"), ("watchdog", "idle 100k, watchdog 1 s")):
            i = idle[key]
            # A ping wakes two threads: Dispatch's timer (manager) thread and the worker that runs
            # the scheduler queue's ping; so 2 voluntary switches per ping are the watchdog's own.
            extra = i["voluntary_context_switches"] - 2 * i["watchdog_pings"]
            add(f"{label}, {idle['seconds']:.0f} s",
                f"{i['voluntary_context_switches']} voluntary switches, {i['cpu_seconds']:.2f} s CPU, {i['watchdog_pings']} pings",
                "0 wake-ups besides pings", extra <= 0)
        rel = results["reload"]
        add("reload 100k, 1 changed", f"{rel['ready_seconds'] * 1000:.0f} ms SIGHUP→READY=1; re-armed {rel['rearmed']}",
            "only 1 re-armed", all(count == 1 for count in rel["rearmed"]))
        add("", f"RSS {rel['rss_before_mib']} MiB before, {rel['rss_after_mib']} MiB after each reload")
        load("idle")
    if "many_files" in results:
        many_files_rows(results["many_files"], add)
        load("many_files")
    if "timeline" in results:
        tl = results["timeline"]
        add("timeline 100k (500k alerts)", f"ours {tl['ours_seconds']:.2f} s, remind -n {tl['remind_n_seconds']:.2f} s: "
            f"{tl['ratio_ours_to_remind_n']:.2f}×", "faster than Remind", tl["ratio_ours_to_remind_n"] < 1)
        cal = tl["calendar_1k"]
        add("timeline 1k vs remind -s15", f"ours {cal['ours_seconds']:.3f} s, remind {cal['remind_s15_seconds']:.2f} s: "
            f"{cal['ratio_ours_to_remind_s']:.3f}×; same answer: {tl['same_answer_1k']['equal']}")
        load("timeline")
    if "metrics" in results:
        met = results["metrics"]
        add("metrics file 100k, every 1 s", f"{met['wall_ms_per_write']:.0f} ms open→rename, {met['cpu_ms_per_write']:.0f} ms CPU "
            f"per write; {met['bytes'] / 1e6:.0f} MB", "well under 1 s", met["wall_ms_per_write"] < 500)
        load("metrics")
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def many_files_inputs():
    folder = os.path.join(OUT, f"statements-{generate.MANY_FILES}x{generate.PER_FILE}")
    original = f"statement-{generate.CHANGED_FILE:04d}"
    return {"many-files": folder, "many-files-original": os.path.join(folder, "statements.d", original + ".toml"),
            "many-files-changed": os.path.join(OUT, original + "-changed.toml")}


def print_table(results):
    m = results["machine"]
    print(f"\ndeadlined benchmarks on {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; "
          f"load average {m['load_average_at_start']:.1f} at the start, {m['load_average_at_end']:.1f} at the end"
          + (f"; Remind {results['peers']['remind']}, Python {results['peers']['python']}" if "peers" in results else "") + "\n")
    print(table(results))


def main_only(measurement):
    """One measurement: its inputs, its rows; the release binary is built unless BENCH_SKIP_BUILD=1."""
    if measurement != "many-files":
        sys.exit(f"run.py: --only takes many-files, not {measurement!r}")
    if os.environ.get("BENCH_SKIP_BUILD") != "1":
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", SCRATCH,
                        "--product", "deadlined"], cwd=ROOT, check=True)
    results = {"machine": machine()}
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--only", "many-files", OUT], check=True)
    results["many_files"] = bench_many_files(many_files_inputs())
    results["machine"]["load_average_at_end"] = os.getloadavg()[0]
    print_table(results)
    print(json.dumps(results["many_files"]), file=sys.stderr)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--only":
        return main_only(sys.argv[2])
    started = time.monotonic()
    build()
    results = {"machine": machine(), "peers": peers()}
    unknown = set(ONLY) - set(MEASUREMENTS)
    if unknown:
        sys.exit(f"BENCH_ONLY: unknown measurements {sorted(unknown)}; known: {', '.join(MEASUREMENTS)}")
    log("generating inputs in .build/bench")
    # In a process of its own: the driver stays small, and a child's peak RSS from wait4 starts
    # from the driver's RSS at fork (see `timed`).
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), OUT], check=True)
    inputs = {name: os.path.join(OUT, f"commitments-{name}.toml")
              for name in ("4", "1k", "10k", "100k", "100k-changed", "10k-full", "100k-full")}
    inputs["100k-rem"] = os.path.join(OUT, "commitments-100k.rem")
    inputs["1k-rem"] = os.path.join(OUT, "commitments-1k.rem")
    results["inputs"] = {name: os.path.getsize(path) for name, path in inputs.items()}
    inputs.update(many_files_inputs())

    steps = {
        "parse": lambda: bench_parse(inputs),
        "startup": lambda: {"4": bench_startup_small(inputs), **bench_startup_large(inputs)},
        "accuracy": bench_accuracy,
        "idle": lambda: bench_idle_and_reload(inputs),
        "timeline": lambda: bench_timeline(inputs),
        "metrics": lambda: bench_metrics(inputs),
        "many-files": lambda: bench_many_files(inputs),
    }
    results["load_average"] = {}
    for number, name in enumerate(ONLY, 1):
        log(f"{number}/{len(ONLY)} {name}")
        load = os.getloadavg()[0]
        figures = steps[name]()
        if name == "idle":
            results["idle"], results["reload"] = figures
        else:
            results[name.replace("-", "_")] = figures
        results["load_average"][name.replace("-", "_")] = [load, os.getloadavg()[0]]
    results["total_seconds"] = time.monotonic() - started
    results["machine"]["load_average_at_end"] = os.getloadavg()[0]

    with open(os.path.join(ROOT, ".build", "bench.json"), "w") as out:
        json.dump(results, out, indent=2)
    print_table(results)
    print(f"\n(figures in .build/bench.json; {results['total_seconds']:.0f} s in all)")


if __name__ == "__main__":
    main()
