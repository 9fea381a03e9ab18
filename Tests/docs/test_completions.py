"""The shell completions generated from the command definitions (`make completions`)."""

import os
import subprocess

from reference import DEADLINED, REPO

COMPLETIONS = os.path.join(REPO, ".build/completions")


def complete_in_bash(line):
    """COMPREPLY for the command line `line`, with the cursor at its end, as bash's Tab computes it."""
    words = line.split(" ")
    script = f"""
        source {COMPLETIONS}/deadlined.bash
        function=$(complete -p deadlined | sed -n 's/.*-F \\([^ ]*\\) .*/\\1/p')
        COMP_LINE='{line}' COMP_POINT={len(line)} COMP_WORDS=({' '.join(f"'{word}'" for word in words)}) COMP_CWORD={len(words) - 1}
        "$function" deadlined '{words[-1]}' '{words[-2]}'
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", script], capture_output=True, text=True,
                            env={**os.environ, "PATH": os.path.dirname(DEADLINED) + ":" + os.environ["PATH"]})
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_bash_completes_a_command():
    assert complete_in_bash("deadlined ti") == ["timeline"]


def test_bash_completes_an_option_of_a_command():
    assert complete_in_bash("deadlined timeline --j") == ["--json"]


def test_zsh_and_fish_scripts_name_every_command():
    for script in ["deadlined.zsh", "deadlined.fish"]:
        with open(os.path.join(COMPLETIONS, script), encoding="utf-8") as file:
            text = file.read()
        for command in ["run", "check", "timeline", "status", "extract", "export"]:
            assert command in text, f"{script} does not offer `{command}`"
