"""`language = "ar"` against a real journald and on the command line: Arabic MESSAGE and
STATUS=, machine fields unchanged; Arabic timeline, status, check and export; Hijri bounds; a
statement's own language over the daemon's."""

import os
import re
import subprocess
import sys

import icalendar

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import BINARY, Daemon, at, config_text  # noqa: E402
from test_statements import statement, wait_alerts, write_statement  # noqa: E402

FSI, PDI = "\u2068", "\u2069"


def alerts(journal, count):
    found = journal.wait_for(lambda entries: len([e for e in entries if "DEADLINE_ALERT_ID" in e]) >= count,
                             SYSLOG_IDENTIFIER="deadlined")
    return {entry["DEADLINE_COMMITMENT"]: entry for entry in found if "DEADLINE_ALERT_ID" in entry}


def test_arabic_alerts_reach_the_journal_with_the_same_fields(journal, directory):
    daemon = Daemon(directory, config_text([
        {"id": '"due-soon"', "deadline": at(3)},
        {"id": '"warned-soon"', "deadline": at(62), "lead_times": '["1m"]'},
    ], daemon={"language": '"ar"', "digits": '"arabic-indic"', "calendar": '"both"'})).start()
    try:
        ready = daemon.notify.wait_for(lambda message: "READY=1" in message)
        found = alerts(journal, 2)
    finally:
        assert daemon.stop() == 0
    assert "STATUS=التزامان، المفتوح منها: ٢؛ التالي: " in ready
    due = found["due-soon"]
    assert due["MESSAGE"].startswith(f"{FSI}due-soon{PDI}: انقضى الموعد النهائي ")
    assert due["MESSAGE"].endswith("، والالتزام لا يزال مفتوحاً")
    assert due["DEADLINE_KIND"] == "due" and due["PRIORITY"] == "2" and due["DEADLINE_STATUS"] == "open"
    # The deadline read in both calendars, in Arabic-Indic digits; the field for programs in ISO.
    assert re.search(f"{FSI}[٠-٩]{{4}}-[٠-٩]{{2}}-[٠-٩]{{2}} \\([٠-٩]+ [^()]+ [٠-٩]{{4}}\\) [٠-٩]{{2}}:[٠-٩]{{2}}", due["MESSAGE"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", due["DEADLINE_AT"])
    warned = found["warned-soon"]
    assert warned["MESSAGE"].startswith(f"{FSI}warned-soon{PDI}: بقيت دقيقة واحدة على ")
    assert warned["DEADLINE_LEAD"] == "1m"
    assert [record["message"] for record in daemon.alert_log() if record["commitment"] == "due-soon"] == [due["MESSAGE"]]


def deadlined(*arguments):
    return subprocess.run([BINARY, *arguments], capture_output=True, text=True, timeout=60, check=True).stdout


def test_arabic_views_and_a_hijri_bound_on_the_command_line(tmp_path):
    config = tmp_path / "deadlined.toml"
    config.write_text(config_text([
        {"id": '"ramadan"', "no_later_than": '"1447-08 AH"', "title": '"Before Ramadan"', "lead_times": '["7d"]'},
    ], daemon={"language": '"ar"', "calendar": '"both"'}))
    check = deadlined("check", "--config", str(config))
    assert check == f"{config}: صالح: البيان {FSI}test-statement{PDI}، التزام واحد (لها موعد نهائي: 1)\n"
    timeline = deadlined("timeline", "--config", str(config), "--state-dir", str(tmp_path), "--at", "2026-02-01")
    assert f"{FSI}2026-02-17 (29 شعبان 1447){PDI}" in timeline
    # The Hijri bound quoted as the day it stands for, in both calendars.
    assert f"في موعد أقصاه {FSI}2026-02-17 (29 شعبان 1447){PDI}" in timeline
    assert "قبل 7 أيام من الموعد النهائي" in timeline and "بقي 17 يوماً" in timeline
    status = deadlined("status", "--config", str(config), "--state-dir", str(tmp_path))
    assert "الالتزام" in status and "سجل التنبيهات" in status
    calendar = icalendar.Calendar.from_ical(deadlined("export", "--ics", "--config", str(config)))
    [event] = [component for component in calendar.walk("VEVENT")]
    assert str(event["SUMMARY"]) == f"الموعد النهائي: {FSI}Before Ramadan{PDI}"
    assert event["DTSTART"].dt.isoformat() == "2026-02-17"
    [alarm] = [component for component in event.walk("VALARM")]
    assert str(alarm["DESCRIPTION"]).startswith("قبل 7 أيام: ")


def test_a_statement_in_arabic_under_an_english_daemon_alerts_in_arabic_and_the_other_in_english(journal, directory):
    daemon = Daemon(directory, '[daemon]\ntimezone = "UTC"\nlead_times = []\ndigits = "arabic-indic"\n')
    deadline = at(3)
    write_statement(daemon, "a.toml", statement("arabic", ("end", deadline)).replace(
        'id = "arabic"\n', 'id = "arabic"\nlanguage = "ar"\n'))
    write_statement(daemon, "b.toml", statement("english", ("end", deadline)))
    daemon.start()
    try:
        found = {entry["DEADLINE_STATEMENT"]: entry for entry in wait_alerts(journal, 2)}
    finally:
        assert daemon.stop() == 0
    arabic, english = found["arabic"], found["english"]
    day = deadline[:10]
    indic = day.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert arabic["MESSAGE"].startswith(f"{FSI}end{PDI}: انقضى الموعد النهائي {FSI}{indic}"), arabic["MESSAGE"]
    # `digits` is for Arabic text: the English statement's message keeps 0-9.
    assert english["MESSAGE"].startswith(f"end: deadline passed: {day}T"), english["MESSAGE"]
    assert not re.search("[٠-٩]", english["MESSAGE"])
    assert arabic["MESSAGE_ID"] == english["MESSAGE_ID"] and arabic["DEADLINE_AT"] == english["DEADLINE_AT"]
