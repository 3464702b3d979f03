"""Messages and help name commands that exist (issue 14, item 9: an error once sent the
administrator to `roleplay cohort migrate`, which there is not)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from roleplay.cli.main import main

SRC = Path(__file__).resolve().parents[2] / "src" / "roleplay"
NAMED = re.compile(r"`roleplay ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)*)")


def named_commands() -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for path in SRC.rglob("*.py"):
        for m in NAMED.finditer(path.read_text(encoding="utf-8")):
            words = m.group(1).split()
            found.add(tuple(words[:2]))
    return found


def test_every_command_a_message_names_exists(capsys: pytest.CaptureFixture[str]) -> None:
    commands = named_commands()
    assert ("cohort", "db-password") in commands and len(commands) > 10
    missing = []
    for words in sorted(commands):
        # argparse refuses an unknown sub-command; a positional (a scenario id) is fine
        try:
            main([*words, "--help"])
        except SystemExit as exc:
            if exc.code != 0:
                missing.append(" ".join(words))
        finally:
            capsys.readouterr()
    assert not missing, f"messages name commands that do not exist: {missing}"
