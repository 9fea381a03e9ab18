"""What the reference documents are checked against: the config loader's own key list, the man
pages' sources, the schema, and the built program.

The keys are read from the `ConfigKey` enums under Sources/DeadlineCore/Config/ (each spells its
table's keys in a `KeySpelling([...])`), so that a key added to the loader and not to the man page
or the schema fails a test that names it.
"""

import glob
import json
import os
import re

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "../.."))
KEY_SOURCES = os.path.join(REPO, "Sources/DeadlineCore/Config")
SCHEMA_PATH = os.path.join(REPO, "Config/deadlined.schema.json")
MAN_SOURCES = os.path.join(REPO, "man")
BUILT_MAN = os.path.join(REPO, ".build/man")
DEADLINED = os.environ.get("DEADLINED_BIN", os.path.join(REPO, ".build/release/deadlined"))

# The table each key enum reads: its heading in deadlined.toml(5) and its path in the config.
# A new enum belongs here, with its table in the man page and the schema.
TABLES = {
    "TopKey": ("the top level", ()),
    "DaemonKey": ("[daemon]", ("daemon",)),
    "StatementKey": ("[statement]", ("statement",)),
    "CommitmentKey": ("[[commitment]]", ("commitment",)),
    "MilestoneKey": ("[[commitment.milestone]]", ("commitment", "milestone")),
}

UPDATE = ("document it in man/deadlined.toml.5.scd (under its table's heading, as *key* = _type_) "
          "and in Config/deadlined.schema.json (type, pattern or enum, description)")


def loader_keys():
    """[(enum, heading, path, [key, ...])] for every `enum X: Int, ConfigKey` of the loader."""
    found = []
    for source in sorted(glob.glob(os.path.join(KEY_SOURCES, "*.swift"))):
        with open(source, encoding="utf-8") as file:
            text = file.read()
        for match in re.finditer(r"^(?:\w+ )*enum (\w+)\s*:\s*Int\s*,\s*ConfigKey\s*\{", text, re.M):
            body = text[match.end():]
            following = re.search(r"^(?:\w+ )*(?:enum|struct|extension|protocol|final class|class) ", body, re.M)
            body = body[:following.start()] if following else body
            spelling = re.search(r"KeySpelling\(\[(.*?)\]\)", body, re.S)
            name = match.group(1)
            assert spelling, f"{os.path.relpath(source, REPO)}: cannot read the keys of {name} (no KeySpelling([...]))"
            assert name in TABLES, (
                f"{os.path.relpath(source, REPO)} declares the config keys {name}, which Tests/docs/reference.py "
                f"does not know: add its table to TABLES there, and {UPDATE}")
            heading, path = TABLES[name]
            found.append((name, heading, path, re.findall(r'"([^"]+)"', spelling.group(1))))
    assert found, f"no `enum ...: Int, ConfigKey` found under {os.path.relpath(KEY_SOURCES, REPO)}"
    return found


def schema():
    with open(SCHEMA_PATH, encoding="utf-8") as file:
        return json.load(file)


def schema_table(path):
    """The schema of the table at `path` (an array of tables: its items)."""
    node = schema()
    for key in path:
        node = node["properties"][key]
        if node.get("type") == "array":
            node = node["items"]
    return node


def man_sections(page):
    """{heading: text} of a man page's scdoc source, one entry per `# ` section."""
    with open(os.path.join(MAN_SOURCES, page + ".scd"), encoding="utf-8") as file:
        text = file.read()
    sections = {}
    for match in re.finditer(r"^# ([^\n]+)\n(.*?)(?=^# |\Z)", text, re.M | re.S):
        sections[match.group(1).strip()] = match.group(2)
    return sections
