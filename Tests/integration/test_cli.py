"""The command line as a person uses it: check, timeline, extract and export, on the shipped
config and the shipped statement."""

import glob
import json
import os
import subprocess
import sys

import icalendar
import pytest

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import BINARY  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "../.."))
CONFIG = os.path.join(REPO, "Config/deadlined.toml")
STATEMENT = os.path.join(REPO, "Config/statements/us-iraq-2024-09-27.ar.txt")
CORPUS = sorted(glob.glob(os.path.join(REPO, "Tests/corpus/extractor/*.txt")))


def deadlined(*arguments, check=True):
    result = subprocess.run([BINARY, *arguments], capture_output=True, text=True, timeout=60)
    if check and result.returncode != 0:
        raise AssertionError(f"deadlined {' '.join(arguments)} exited {result.returncode}: {result.stderr}")
    return result


def deadlines(config_path):
    timeline = json.loads(deadlined("timeline", "--config", config_path, "--state-dir", "/nonexistent", "--json").stdout)
    return {c["id"]: (c["deadline"], c["binding"]) for c in timeline["commitments"] if c["deadline"] is not None}, timeline


def test_check_reports_a_broken_config_compiler_style_and_exits_78(tmp_path):
    broken = tmp_path / "deadlined.toml"
    broken.write_text(open(CONFIG).read().replace('catch_up = "latest"', 'catch_up = "lastest"'))
    result = deadlined("check", "--config", str(broken), check=False)
    assert result.returncode == 78
    line = next(number for number, text in enumerate(broken.read_text().splitlines(), 1) if text.startswith("catch_up"))
    assert result.stderr.startswith(f"{broken}:{line}:12: error: `catch_up` must be \"latest\" or \"all\", not \"lastest\" (did you mean `latest`?)")


def test_timeline_at_a_date_before_the_iraq_deadline():
    text = deadlined("timeline", "--config", CONFIG, "--state-dir", "/nonexistent", "--at", "2025-08-01").stdout
    assert "iraq-mission-end       open    2025-09-27" in text
    assert "58d left" in text and "426d left" in text
    assert "---- now: 2025-08-01 00:00 +03:00 ----" in text


def test_extract_prints_a_config_that_check_accepts_with_the_shipped_deadlines(tmp_path):
    extracted = tmp_path / "extracted.toml"
    extracted.write_text(deadlined("extract", STATEMENT, "--timezone", "Asia/Baghdad").stdout)
    assert "ok: statement us-iraq-2024-09-27, 4 commitments (2 with a deadline)" in deadlined("check", "--config", str(extracted)).stdout
    found, _ = deadlines(str(extracted))
    shipped, _ = deadlines(CONFIG)
    assert found == shipped
    assert found["iraq-mission-end"] == ("2025-09-28T00:00:00+03:00", "within")
    assert found["syria-mission-end"] == ("2026-10-01T00:00:00+03:00", "until")


@pytest.mark.parametrize("statement", CORPUS, ids=os.path.basename)
def test_extract_output_for_every_corpus_statement_passes_check(statement, tmp_path):
    # A statement whose text states no date of issue gets one, as its reader would give it.
    stated = json.loads(deadlined("extract", statement, "--json").stdout)["issued"]
    issued = [] if stated else ["--issued", "2024-09-27"]
    extracted = tmp_path / "extracted.toml"
    extracted.write_text(deadlined("extract", statement, "--timezone", "Asia/Baghdad", *issued).stdout)
    result = deadlined("check", "--config", str(extracted), check=False)
    assert result.returncode == 0, f"{extracted.read_text()}\n{result.stderr}"
    assert "ok: statement" in result.stdout


def test_export_ics_reads_back_with_alarms_matching_the_timeline():
    first = deadlined("export", "--ics", "--config", CONFIG).stdout
    calendar = icalendar.Calendar.from_ical(first)
    events = [component for component in calendar.walk("VEVENT")]
    assert len(events) == 2
    _, timeline = deadlines(CONFIG)
    for event in events:
        commitment = str(event["X-DEADLINED-COMMITMENT"])
        expected = sorted(e["at_utc"] for e in timeline["events"] if e["commitment"] == commitment and e["kind"] == "approaching")
        triggers = sorted(alarm["TRIGGER"].dt.strftime("%Y-%m-%dT%H:%M:%SZ") for alarm in event.walk("VALARM"))
        assert triggers == expected
        assert not hasattr(event["DTSTART"].dt, "hour"), "a deadline given as a date is an all-day event"
    iraq = next(e for e in events if str(e["X-DEADLINED-COMMITMENT"]) == "iraq-mission-end")
    assert iraq["DTSTART"].dt.isoformat() == "2025-09-27"
    assert "إنهاء المهمة العسكرية" in str(iraq["DESCRIPTION"])
    again = icalendar.Calendar.from_ical(deadlined("export", "--ics", "--config", CONFIG).stdout)
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(str(e["UID"]) for e in events)


def test_status_shows_last_and_next_alert_from_the_alert_log(tmp_path):
    from daemon_harness import Daemon
    daemon = Daemon(str(tmp_path), open(CONFIG).read(), extra_args=["--log", "stderr"])
    daemon.start()
    daemon.wait_for_log(lambda records: len(records) == 4)
    assert daemon.stop() == 0
    text = deadlined("status", "--config", daemon.config_path, "--state-dir", daemon.state_dir).stdout
    assert f"Alert log: {daemon.state_dir}/alerts.jsonl (4 alerts)" in text
    iraq = next(line for line in text.splitlines() if line.startswith("iraq-mission-end"))
    assert "2025-09-27" in iraq and "passed" in iraq and "overdue" in iraq and "overdue reminder #" in iraq
    never = deadlined("status", "--config", CONFIG, "--state-dir", str(tmp_path / "none")).stdout
    assert "(not found: no alert sent yet, or another --state-dir)" in never
