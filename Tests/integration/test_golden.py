"""Golden files: whole outputs of the read-only commands on the shipped config and on a small
Arabic one (Tests/golden/arabic: both calendars, Arabic-Indic digits, an English statement
beside the Arabic one) at fixed moments,
compared byte for byte (the way Remind keeps its test.cmp). A change in any of them is a change
a user sees; when it is meant, regenerate them with `make golden` and review the diff.

Run as a script (`make golden` does), it writes the files instead of comparing them.
"""

import os
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import BINARY  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "../.."))
GOLDEN = "Tests/golden"
SHIPPED = ["--config", "Config/deadlined.toml", "--state-dir", f"{GOLDEN}/state"]
# A small statement in Arabic and one in English, dates in both calendars, Arabic-Indic digits,
# with an alert log.
ARABIC = ["--config", f"{GOLDEN}/arabic/deadlined.toml", "--state-dir", f"{GOLDEN}/arabic/state"]

# file name -> the command's arguments (run from the repository, so the paths it prints are relative)
CASES = {
    "timeline-2025-08-01.txt": ["timeline", *SHIPPED, "--at", "2025-08-01"],
    "timeline-2025-08-01.json": ["timeline", *SHIPPED, "--at", "2025-08-01", "--json"],
    "status-2025-08-01T09-30.txt": ["status", *SHIPPED, "--at", "2025-08-01T09:30:00"],
    "export-2025-08-01.ics": ["export", "--ics", "--config", "Config/deadlined.toml", "--at", "2025-08-01T00:00:00Z"],
    "timeline-ar-2026-01-20.txt": ["timeline", *ARABIC, "--at", "2026-01-20"],
    "status-ar-2026-01-20T10-00.txt": ["status", *ARABIC, "--at", "2026-01-20T10:00:00"],
    "history-ar.txt": ["history", *ARABIC],
    "export-ar-2026-01-20.ics": ["export", "--ics", "--config", f"{GOLDEN}/arabic/deadlined.toml", "--at", "2026-01-20T00:00:00Z"],
}


def output(arguments):
    result = subprocess.run([BINARY, *arguments], cwd=REPO, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_its_golden_file(name):
    with open(os.path.join(REPO, GOLDEN, name), "rb") as golden:
        expected = golden.read()
    actual = output(CASES[name])
    assert actual.decode() == expected.decode(), f"deadlined {' '.join(CASES[name])} changed; `make golden` regenerates {GOLDEN}/{name}"


if __name__ == "__main__":
    for name, arguments in sorted(CASES.items()):
        with open(os.path.join(REPO, GOLDEN, name), "wb") as golden:
            golden.write(output(arguments))
        print(f"wrote {GOLDEN}/{name}")
