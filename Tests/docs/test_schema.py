"""Config/deadlined.schema.json, the editor schema, against the loader: it names every key the
loader accepts (and no other), describes each, and a real JSON Schema validator (jsonschema, from
Debian's python3-jsonschema) finds the same wrong keys as `deadlined check` in broken configs.

TOML is read with tomllib and its dates become RFC 3339 strings, as editors' TOML tooling
(Taplo) turns them into JSON for the schema.
"""

import datetime
import glob
import os
import re
import subprocess
import tomllib

import jsonschema
import pytest

from reference import DEADLINED, REPO, SCHEMA_PATH, UPDATE, loader_keys, schema, schema_table

CONFIGS = os.path.join(os.path.dirname(__file__), "configs")


def as_json(value):
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def validator():
    jsonschema.Draft7Validator.check_schema(schema())
    return jsonschema.Draft7Validator(schema())


def schema_errors(text):
    """The keys the schema finds wrong in a config: [(table path, key)]."""
    found = set()
    for error in validator().iter_errors(as_json(tomllib.loads(text))):
        path = [part for part in error.absolute_path if isinstance(part, str)]
        if error.validator == "additionalProperties":
            known = error.schema["properties"]
            found |= {(tuple(path), key) for key in error.instance if key not in known}
        elif error.validator == "required":
            found |= {(tuple(path), key) for key in error.validator_value if key not in error.instance}
        else:
            found.add((tuple(path[:-1]), path[-1]))
    return found


def check_errors(text, tmp_path):
    """The keys `deadlined check` finds wrong: [(table path, key)], the key named by each error's line."""
    config = tmp_path / "deadlined.toml"
    config.write_text(text)
    result = subprocess.run([DEADLINED, "check", "--config", str(config)], capture_output=True, text=True)
    if result.returncode == 0:
        return set()
    assert result.returncode == 78, result.stderr
    lines = text.split("\n")
    found = set()
    for line_number in re.findall(rf"^{re.escape(str(config))}:(\d+):\d+: error: ", result.stderr, re.M):
        line = lines[int(line_number) - 1]
        table = ()
        for earlier in reversed(lines[:int(line_number) - 1]):
            header = re.match(r"^\[\[?([\w.]+)\]\]?", earlier)
            if header:
                table = tuple(header.group(1).split("."))
                break
        key = re.match(r"^\s*([\w-]+)\s*=", line)
        header = re.match(r"^\[\[?([\w.]+)\]\]?", line)
        found.add((table, key.group(1)) if key else ((), header.group(1)))
    assert found, result.stderr
    return found


def test_schema_names_every_key_of_the_loader_and_no_other():
    problems = []
    for enum, heading, path, keys in loader_keys():
        table = schema_table(path)
        properties = table.get("properties", {})
        where = heading if path else "the top level"
        problems += [f"`{key}` of {where} ({enum}) is missing" for key in keys if key not in properties]
        problems += [f"`{key}` of {where} is not a key the loader accepts" for key in properties if key not in keys]
        problems += [f"`{key}` of {where} has no description" for key in properties
                     if not properties[key].get("description")]
        if table.get("additionalProperties") is not False:
            problems.append(f"{where} does not refuse unknown keys (additionalProperties: false)")
    assert not problems, f"{os.path.relpath(SCHEMA_PATH, REPO)}: " + "; ".join(problems) + f": {UPDATE}"


def test_every_key_config_uses_every_key():
    with open(os.path.join(CONFIGS, "every-key.toml"), "rb") as file:
        config = tomllib.load(file)
    missing = []
    for enum, heading, path, keys in loader_keys():
        table = config
        for part in path:
            table = table[part][0] if isinstance(table[part], list) else table[part]
        missing += [f"`{key}` of {heading}" for key in keys if key not in table]
    assert not missing, "Tests/docs/configs/every-key.toml lacks " + ", ".join(missing) + " (with a valid value)"


def shipped_configs():
    """Every TOML file that names the schema: the shipped ones under Config/ and every-key.toml."""
    paths = sorted(glob.glob(os.path.join(REPO, "Config/**/*.toml"), recursive=True)) \
        + [os.path.join(CONFIGS, "every-key.toml")]
    named = []
    for path in paths:
        with open(path, encoding="utf-8") as file:
            first = file.readline()
        if first.startswith("#:schema "):
            target = os.path.normpath(os.path.join(os.path.dirname(path), first.split(None, 1)[1].strip()))
            assert target == SCHEMA_PATH, f"{path} names {target}"
            named.append(path)
    return named


def test_the_shipped_config_names_the_schema():
    assert os.path.join(REPO, "Config/deadlined.toml") in shipped_configs()


@pytest.mark.parametrize("path", shipped_configs(), ids=lambda path: os.path.relpath(path, REPO))
def test_shipped_config_is_valid_for_both(path, tmp_path):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    assert schema_errors(text) == set()
    result = subprocess.run([DEADLINED, "check", "--config", path], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


VALID = """\
[daemon]
timezone = "Asia/Baghdad"

[statement]
id = "s"
issued = 2024-09-27

[[commitment]]
id = "c"
deadline = 2025-09-27

[[commitment.milestone]]
id = "m"
at = "2025-03"
"""

# Each: what to replace in VALID (old, new), and the keys both must find wrong.
BROKEN = {
    "unknown daemon key": (('timezone = "Asia/Baghdad"', 'timezone = "Asia/Baghdad"\nlead_time = ["1d"]'),
                           {(("daemon",), "lead_time")}),
    "catch_up of the wrong type": (('timezone = "Asia/Baghdad"', "catch_up = 1"), {(("daemon",), "catch_up")}),
    "catch_up not a policy": (('timezone = "Asia/Baghdad"', 'catch_up = "some"'), {(("daemon",), "catch_up")}),
    "lead time with a bad unit": (('timezone = "Asia/Baghdad"', 'lead_times = ["5x"]'), {(("daemon",), "lead_times")}),
    "lead times not an array": (('timezone = "Asia/Baghdad"', 'lead_times = "5d"'), {(("daemon",), "lead_times")}),
    "overdue_every not a span": (('timezone = "Asia/Baghdad"', 'overdue_every = "sometimes"'),
                                 {(("daemon",), "overdue_every")}),
    "notify_command without a path": (('timezone = "Asia/Baghdad"', 'notify_command = ["notify-send"]'),
                                      {(("daemon",), "notify_command")}),
    "notify_timeout not a span": (('timezone = "Asia/Baghdad"', 'notify_timeout = "soon"'),
                                  {(("daemon",), "notify_timeout")}),
    "metrics_file not a .prom file": (('timezone = "Asia/Baghdad"', 'metrics_file = "deadlined.txt"'),
                                      {(("daemon",), "metrics_file")}),
    "language not one of the two": (('timezone = "Asia/Baghdad"', 'language = "fr"'), {(("daemon",), "language")}),
    "calendar a boolean": (('timezone = "Asia/Baghdad"', "calendar = true"), {(("daemon",), "calendar")}),
    "deadline a Hijri date without its era": (("deadline = 2025-09-27", 'deadline = "1447-09 A"'),
                                              {(("commitment",), "deadline")}),
    "statement id with a space": (('id = "s"', 'id = "s t"'), {(("statement",), "id")}),
    "issued a year": (("issued = 2024-09-27", "issued = 2024"), {(("statement",), "issued")}),
    "unknown table": (("[daemon]", "[deamon]"), {((), "deamon")}),
    "unknown commitment key": (("deadline = 2025-09-27", "dead_line = 2025-09-27"), {(("commitment",), "dead_line")}),
    "status not a status": (("deadline = 2025-09-27", 'deadline = 2025-09-27\nstatus = "done"'),
                            {(("commitment",), "status")}),
    "parties a string": (("deadline = 2025-09-27", 'deadline = 2025-09-27\nparties = "Iraq"'),
                         {(("commitment",), "parties")}),
    "deadline not a date": (("deadline = 2025-09-27", 'deadline = "2025/09"'), {(("commitment",), "deadline")}),
    "deadline a boolean": (("deadline = 2025-09-27", "deadline = true"), {(("commitment",), "deadline")}),
    "within in moons": (("deadline = 2025-09-27", 'within = "12 moons"'), {(("commitment",), "within")}),
    "unknown milestone key": (('at = "2025-03"', 'at = "2025-03"\nwhen = 2025-03-01'),
                              {(("commitment", "milestone"), "when")}),
    "milestone at a number list": (('at = "2025-03"', "at = [2025]"), {(("commitment", "milestone"), "at")}),
    "two mistakes": (('timezone = "Asia/Baghdad"', 'timezone = 3\nreview_every = 90'),
                     {(("daemon",), "timezone"), (("daemon",), "review_every")}),
}


def test_the_valid_base_is_valid_for_both(tmp_path):
    assert schema_errors(VALID) == set() and check_errors(VALID, tmp_path) == set()


@pytest.mark.parametrize("name", BROKEN)
def test_schema_and_check_find_the_same_wrong_keys(name, tmp_path):
    (old, new), expected = BROKEN[name]
    assert old in VALID
    text = VALID.replace(old, new, 1)
    assert schema_errors(text) == expected
    assert check_errors(text, tmp_path) == expected
