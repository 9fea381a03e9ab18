"""`deadlined timeline --svg` and `--html` as a person meets them: opened in headless Chromium.

Each picture must load without a console error (under the page's own strict policy), have one
row per commitment with its id, keep every label clear of every other (boxes measured by the
browser) at 4 and at 300 commitments, show a quote on keyboard focus, and print on A4 landscape
without a row cut across pages. The shipped config at a fixed moment is kept as a screenshot in
.build/artifacts/."""

import json
import os
import re
import subprocess

import pytest

from chromium import Chromium

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "../.."))
BINARY = os.environ.get("DEADLINED_BIN", os.path.join(REPO, ".build/release/deadlined"))
SHIPPED = os.path.join(REPO, "Config/deadlined.toml")
ARTIFACTS = os.path.join(REPO, ".build/artifacts")
# The moment of the README's picture: the Iraq deadline two months ahead.
SHIPPED_AT = "2025-08-01"

ARABIC_TITLES = [
    "إنهاء المهمة العسكرية للتحالف في العراق",
    "الانتقال إلى شراكات أمنية ثنائية مع العراق",
    "حماية المستشارين الدوليين المتواجدين في العراق",
]
STATUSES = ["open", "open", "met", "open", "missed", "extended", "withdrawn"]

# Every label of a picture: SVG text, and the page's HTML labels.
LABEL_BOXES = """(() => {
  const boxes = [...document.querySelectorAll('text, .id, .status, .title, h1, header p, .legend li')]
    .map(e => { const r = e.getBoundingClientRect();
                return {t: e.textContent.slice(0, 50), l: r.left, r: r.right, top: r.top, b: r.bottom}; })
    .filter(b => b.r - b.l > 0 && b.b - b.top > 0);
  boxes.sort((a, b) => a.top - b.top);
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length && boxes[j].top < boxes[i].b - 0.5; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.l < b.r - 0.5 && b.l < a.r - 0.5) overlaps.push([a.t, b.t]);
    }
  return {count: boxes.length, overlaps: overlaps.slice(0, 5), overlapping: overlaps.length};
})()"""

ROW_IDS = "[...document.querySelectorAll('[data-commitment]')].map(e => e.dataset.commitment + ' ' + e.id)"


def deadlined(*arguments):
    result = subprocess.run([BINARY, *arguments], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def toml(text):
    return json.dumps(text, ensure_ascii=False)


def generated_config(directory, count, settings=()):
    """`count` commitments over decades: Arabic and English titles, one to three bounds,
    milestones, every status, ongoing ones; and an alert log in which the past alerts of every
    other commitment were sent. `settings` are more lines of [daemon]."""
    lines = [
        "[daemon]", 'timezone = "Asia/Baghdad"', 'lead_times = ["90d", "30d", "7d"]', 'overdue_every = "180d"',
        'review_every = "365d"', 'alert_log = "alerts.jsonl"', *settings, "",
        "[statement]", 'id = "generated"', 'title = "A statement with many commitments"', "issued = 2024-01-15", "",
    ]
    for index in range(count):
        year = 2024 + (index * 37) % (40 if count > 10 else 2)
        month = 1 + (index * 5) % 12
        lines.append("[[commitment]]")
        lines.append(f'id = "c{index:03d}-item"')
        title = ARABIC_TITLES[index % 3] if index % 2 else f"Commitment number {index} of the generated statement, a long English title"
        lines.append(f"title = {toml(title)}")
        lines.append(f'status = "{STATUSES[index % len(STATUSES)]}"')
        lines.append(f"quote = {toml(ARABIC_TITLES[(index + 1) % 3] + ' (' + str(index) + ')')}")
        if index % 9 == 8:
            lines.append('review_every = "90d"')
        else:
            lines.append(f'deadline = {year:04d}-{month:02d}-15')
            if index % 3 == 0:
                lines.append(f'no_later_than = "{year:04d}-{month:02d}"')
            if index % 4 == 1:
                lines.append('within = "2 years"')
            if index % 5 == 2:
                lines.append("[[commitment.milestone]]")
                lines.append('id = "first-phase"')
                lines.append(f"at = {year - 1:04d}-{month:02d}-01")
                lines.append("[[commitment.milestone]]")
                lines.append('id = "second-phase"')
                lines.append(f"at = {year - 1:04d}-{month:02d}-20")
        lines.append("")
    config = directory / "deadlined.toml"
    config.write_text("\n".join(lines))
    state = directory / "state"
    state.mkdir()
    timeline = json.loads(deadlined("timeline", "--config", str(config), "--state-dir", str(state), "--at", "2026-06-01", "--json"))
    with open(state / "alerts.jsonl", "w") as log:
        for event in timeline["events"]:
            if event["past"] and int(event["commitment"][1:4]) % 2 == 0:
                log.write(json.dumps({
                    "id": event["alert_id"], "statement": "generated", "commitment": event["commitment"],
                    "kind": event["kind"], "lead": event.get("lead"), "occurrence": event.get("occurrence", 0),
                    "fire_at": 0, "target": 0, "sent_at": 0.0, "message": "sent",
                }) + "\n")
    return config, state


def pictures(directory, config, state, at):
    svg, page = directory / "plan.svg", directory / "plan.html"
    svg.write_text(deadlined("timeline", "--config", str(config), "--state-dir", str(state), "--at", at, "--svg"))
    page.write_text(deadlined("timeline", "--config", str(config), "--state-dir", str(state), "--at", at, "--html"))
    return svg, page


@pytest.fixture(scope="module")
def browser():
    with Chromium() as chromium:
        yield chromium


def check_picture(browser, path, width, commitment_ids):
    browser.open(path, width=width, height=900)
    assert browser.problems() == []
    rows = browser.evaluate(ROW_IDS)
    assert rows == [f"{id} commitment-{id}" for id in commitment_ids]
    labels = browser.evaluate(LABEL_BOXES)
    assert labels["count"] >= 2 * len(commitment_ids)
    assert labels["overlapping"] == 0, labels["overlaps"]


@pytest.mark.parametrize("count", [4, 300])
def test_svg_and_page_load_clean_with_a_row_per_commitment_and_no_label_overlapping(browser, tmp_path, count):
    config, state = generated_config(tmp_path, count)
    svg, page = pictures(tmp_path, config, state, "2026-06-01")
    ids = [f"c{index:03d}-item" for index in range(count)]
    check_picture(browser, svg, 1300, ids)
    # The page at a laptop's width and at a narrow window: labels scale with the strip, never collide.
    check_picture(browser, page, 1280, ids)
    check_picture(browser, page, 900, ids)


# Arabic words, the page right to left, Arabic-Indic digits, and an axis with a Hijri row.
ARABIC_BOTH = ('language = "ar"', 'calendar = "both"', 'digits = "arabic-indic"')


@pytest.mark.parametrize("count", [4, 300])
def test_arabic_picture_with_both_calendars_loads_clean_with_no_label_overlapping(browser, tmp_path, count):
    config, state = generated_config(tmp_path, count, ARABIC_BOTH)
    svg, page = pictures(tmp_path, config, state, "2026-06-01")
    ids = [f"c{index:03d}-item" for index in range(count)]
    check_picture(browser, svg, 1300, ids)
    hijri = browser.evaluate("[...document.querySelectorAll('text.tick.hijri')].map(e => e.textContent)")
    gregorian = browser.evaluate("[...document.querySelectorAll('text.tick:not(.hijri)')].map(e => e.textContent)")
    assert len(hijri) >= 2 and len(gregorian) >= 2
    # Hijri labels in Arabic with Arabic-Indic digits ("رجب ١٤٤٧", "١٤٥٠ هـ"), Gregorian ones in those digits too.
    assert all(re.search("[\u0660-\u0669]{4}", label) for label in hijri + gregorian), hijri + gregorian
    assert not any(re.search("[0-9]", label) for label in hijri + gregorian)
    assert browser.evaluate("document.querySelector('text.now').textContent").startswith("\u2067الآن")
    if count == 4:
        os.makedirs(ARTIFACTS, exist_ok=True)
        browser.screenshot(os.path.join(ARTIFACTS, "timeline-ar.png"), full_page=False)
    for width in (1280, 900):
        check_picture(browser, page, width, ids)
        assert browser.evaluate("[document.documentElement.dir, document.documentElement.lang]") == ["rtl", "ar"]
        # The commitment column is on the right; time in the strips still runs left to right.
        assert browser.evaluate("getComputedStyle(document.querySelector('svg.strip')).direction") == "ltr"
        assert browser.evaluate("document.querySelector('tr.row th').getBoundingClientRect().left"
                                " > document.querySelector('tr.row td').getBoundingClientRect().left")
        assert browser.evaluate("document.querySelector('thead th').textContent") == "الالتزام"


def test_marks_tell_sent_from_pending_and_closed_from_open(browser, tmp_path):
    config, state = generated_config(tmp_path, 8)
    svg, _ = pictures(tmp_path, config, state, "2026-06-01")
    browser.open(svg, width=1300)
    count = "sel => document.querySelectorAll(sel).length"
    sent = browser.evaluate(f"({count})('#commitment-c000-item .warning-sent')")
    pending = browser.evaluate(f"({count})('#commitment-c001-item .warning-pending')")
    assert sent > 0 and pending > 0
    assert browser.evaluate(f"({count})('#commitment-c001-item .warning-sent')") == 0
    assert browser.evaluate(f"({count})('#commitment-c000-item .overdue')") == 1
    # Status in words beside the id, not only the line's colour.
    assert "met" in browser.evaluate("document.querySelector('#commitment-c002-item text.id').textContent")
    assert "withdrawn" in browser.evaluate("document.querySelector('#commitment-c006-item text.id').textContent")
    assert browser.evaluate("document.querySelector('#commitment-c000-item title').textContent").startswith("c000-item: ")
    assert browser.evaluate("document.querySelectorAll('line.now').length") > 0


def test_page_shows_the_quote_on_focus_and_only_then(browser, tmp_path):
    config, state = generated_config(tmp_path, 4)
    _, page = pictures(tmp_path, config, state, "2026-06-01")
    browser.open(page)
    display = "getComputedStyle(document.querySelector('#commitment-c001-item .quote')).display"
    assert browser.evaluate(display) == "none"
    browser.evaluate("document.querySelector('#commitment-c001-item').focus()")
    assert browser.evaluate(display) == "block"
    quote = browser.evaluate("document.querySelector('#commitment-c001-item .quote-text')")
    text = browser.evaluate("document.querySelector('#commitment-c001-item .quote-text').textContent")
    assert quote is not None and ARABIC_TITLES[2] in text
    assert browser.evaluate("getComputedStyle(document.querySelector('#commitment-c001-item .quote-text')).direction") == "rtl"
    # No script anywhere, nothing loaded from outside the file.
    assert browser.evaluate("document.scripts.length") == 0
    assert browser.evaluate("performance.getEntriesByType('resource').length") == 0


def test_page_prints_on_a4_landscape_without_cutting_rows(browser, tmp_path):
    config, state = generated_config(tmp_path, 60)
    _, page = pictures(tmp_path, config, state, "2026-06-01")
    browser.open(page)
    pdf = tmp_path / "plan.pdf"
    browser.print_pdf(pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)", info)
    assert size and float(size.group(1)) > float(size.group(2)), info  # A4, landscape
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 2
    seen = {}
    for number in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), "-layout", str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "Commitment" in text, f"page {number} lost the axis header"
        for found in re.findall(r"c\d{3}-item", text):
            seen.setdefault(found, set()).add(number)
    assert sorted(seen) == [f"c{index:03d}-item" for index in range(60)]
    assert all(len(numbers) == 1 for numbers in seen.values())
    # In print, every row keeps to one page: it may not break, and it is shorter than a page.
    browser.call("Emulation.setEmulatedMedia", session=True, media="print")
    try:
        browser.call("Emulation.setDeviceMetricsOverride", session=True, width=1047, height=718,
                     deviceScaleFactor=1, mobile=False)
        rows = browser.evaluate("[...document.querySelectorAll('tr.row')].map(r => "
                                "[getComputedStyle(r).breakInside, r.getBoundingClientRect().height])")
    finally:
        browser.call("Emulation.setEmulatedMedia", session=True, media="")
    assert all(mode == "avoid" and 0 < height < 718 for mode, height in rows)


def test_shipped_config_screenshot_is_kept_as_an_artifact(browser, tmp_path):
    os.makedirs(ARTIFACTS, exist_ok=True)
    svg, page = pictures(tmp_path, SHIPPED, tmp_path, SHIPPED_AT)
    width, height = (int(v) for v in re.search(r'width="(\d+)" height="(\d+)"', svg.read_text()).groups())
    browser.open(svg, width=width, height=height)
    assert browser.problems() == []
    # The Arabic-free shipped titles read left to right; the picture is the README's.
    browser.screenshot(os.path.join(ARTIFACTS, "timeline.png"), full_page=False)
    browser.open(page, width=1280, height=800)
    assert browser.problems() == []
    browser.screenshot(os.path.join(ARTIFACTS, "timeline-page.png"))
    for name in ("timeline.png", "timeline-page.png"):
        with open(os.path.join(ARTIFACTS, name), "rb") as file:
            assert file.read(8) == b"\x89PNG\r\n\x1a\n"
