"""What every command receives: resolved configuration and output streams."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from typing import TextIO

from roleplay.app.config import AppConfig
from roleplay.domain.session import check_session_id

# Terminal control sequences (CSI, OSC and other ESC sequences) and C0/C1 control characters
# other than newline and tab: text from bundles, scenario files or an LLM may carry them.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"
                      r"|\x1b.?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text safe to print on a terminal: escape sequences and control characters removed."""
    return _CONTROL.sub("", text)


def clean_input(line: str) -> str:
    """A line read from stdin with bytes that were not UTF-8 replaced by U+FFFD (Python keeps
    them as lone surrogates, which cannot be stored)."""
    return line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def session_id_arg(value: str) -> str:
    """argparse ``type=`` for a session id: a malformed one is a usage error (exit 2)."""
    try:
        return check_session_id(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


USAGE = 2
RUNTIME = 1


@dataclass
class CliContext:
    config: AppConfig
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)

    def fail(self, message: str, code: int = 2) -> int:
        """Print one clear line (no traceback) and return the exit status: USAGE (2, the
        default) when the command line or the input it names is wrong, RUNTIME (1) when a
        sound request failed (the store, a device, the network, a model)."""
        print(f"roleplay: {message}", file=self.err)
        return code
