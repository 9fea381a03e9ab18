"""deadlined(8) and deadlined.toml(5): they render without a warning, and they name every config
key the loader accepts and every command and option the program has.

Needs `make man` (and the release build for the commands); `make docs-test` runs both first.
"""

import os
import re
import subprocess

import pytest

from reference import BUILT_MAN, DEADLINED, REPO, UPDATE, loader_keys, man_sections

PAGES = ["deadlined.8", "deadlined.toml.5"]


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_without_warnings(page):
    path = os.path.join(BUILT_MAN, page)
    assert os.path.exists(path), f"{path} is missing: run `make man`"
    result = subprocess.run(["man", "--warnings", "-l", path], capture_output=True, text=True,
                            env={**os.environ, "MANWIDTH": "80", "MAN_DISABLE_SECCOMP": "1"})
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "NAME" in result.stdout
    # -k (preconv) and the UTF-8 device, as man does: the pages quote Arabic examples.
    strict = subprocess.run(["groff", "-k", "-Tutf8", "-ww", "-z", "-man", path], capture_output=True,
                            text=True)
    assert strict.returncode == 0 and strict.stderr == "", strict.stderr


def test_every_config_key_is_in_deadlined_toml_5():
    sections = man_sections("deadlined.toml.5")
    missing = []
    for enum, heading, path, keys in loader_keys():
        if not path:
            # The top level's keys are the tables: each has a section of its own.
            missing += [f"the table `{key}` (a `# [{key}]` or `# [[{key}]]` section)" for key in keys
                        if f"[{key}]" not in sections and f"[[{key}]]" not in sections]
            continue
        if heading not in sections:
            missing.append(f"the section `# {heading}` (for {enum})")
            continue
        missing += [f"`{key}` in `# {heading}` ({enum})" for key in keys
                    if not re.search(rf"^\*{re.escape(key)}\* = ", sections[heading], re.M)]
    assert not missing, "man/deadlined.toml.5.scd lacks " + "; ".join(missing) + f": {UPDATE}"


def help_text(*command):
    result = subprocess.run([DEADLINED, *command, "--help"], capture_output=True, text=True, check=True)
    return result.stdout


def test_every_command_and_option_is_in_deadlined_8():
    sections = man_sections("deadlined.8")
    commands_text, options_text = sections["COMMANDS"], sections["OPTIONS"]
    listing = help_text().split("SUBCOMMANDS:")[1].split("\n\n")[0]
    subcommands = re.findall(r"^  (\w+)\s", listing, re.M)
    assert "timeline" in subcommands
    missing = [f"command `{name}`" for name in subcommands if f"*{name}*" not in commands_text]
    options = {"--version", "--help"}
    for name in subcommands:
        for option in set(re.findall(r"^  (?:-\w, )?(--[\w-]+)", help_text(name).split("OPTIONS:")[1], re.M)):
            options.add(option)
            if f"*{option}*" not in options_text:
                missing.append(f"option `{option}` of `{name}`")
    assert not missing, "man/deadlined.8.scd lacks " + ", ".join(missing)
    stale = sorted(set(re.findall(r"^\*(--[\w-]+)\*", options_text, re.M)) - options)
    assert not stale, f"man/deadlined.8.scd describes options the program does not have: {', '.join(stale)}"


def test_every_journal_field_is_in_deadlined_toml_5():
    fields = set()
    for root, _, files in os.walk(os.path.join(REPO, "Sources")):
        for name in files:
            if name.endswith(".swift"):
                with open(os.path.join(root, name), encoding="utf-8") as file:
                    fields |= set(re.findall(r'"(DEADLINE_[A-Z_]+)"', file.read()))
    assert "DEADLINE_ALERT_ID" in fields
    documented = man_sections("deadlined.toml.5")["JOURNAL FIELDS"]
    missing = sorted(field for field in fields if f"*{field}*" not in documented)
    assert not missing, f"man/deadlined.toml.5.scd, JOURNAL FIELDS, lacks {', '.join(missing)}"
