"""What every command receives: resolved configuration and output streams."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import TextIO

from roleplay.app.config import AppConfig
from roleplay.domain.session import check_session_id


def session_id_arg(value: str) -> str:
    """argparse ``type=`` for a session id: a malformed one is a usage error (exit 2)."""
    try:
        return check_session_id(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


@dataclass
class CliContext:
    config: AppConfig
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)

    def fail(self, message: str, code: int = 2) -> int:
        """Print one clear line (no traceback) and return the exit status."""
        print(f"roleplay: {message}", file=self.err)
        return code
