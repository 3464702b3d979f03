"""Entry point: the desktop app with no command (or --demo), the command line otherwise.

This is the one module outside ``roleplay.ui`` allowed to reach the UI: it only picks which
front end to start.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _has_command(args: Sequence[str]) -> bool:
    takes_value = {"--data-dir"}
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    wants_ui = not _has_command(args) and not any(a in ("-h", "--help") for a in args)
    if wants_ui:
        try:
            import PySide6.QtWidgets  # noqa: F401
        except ImportError:
            pass  # no Qt here: the command line's help instead of the desktop app
        else:
            from roleplay.ui.main import run_app

            return int(run_app(args))
    from roleplay.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
