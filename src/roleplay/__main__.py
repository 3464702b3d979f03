"""Entry point: the desktop app with no command (or --demo), the command line otherwise.

This is the one module outside ``roleplay.ui`` allowed to reach the UI: it only picks which
front end to start. One parser reads every command line, so ``--help`` lists the app's flags,
``--version`` and bad options never open a window, and no display means one line, not Qt's
abort.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from roleplay.cli.desktop import app_start, no_display_reason
    from roleplay.cli.main import build_parser, names_a_command, run_command

    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands=names_a_command(argv))
    args = parser.parse_args(argv)
    if getattr(args, "handler", None):
        return run_command(parser, args)
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError:
        parser.print_help()  # no Qt here: the command line's help instead of the desktop app
        return 0
    reason = no_display_reason(os.environ)
    if reason:
        print(f"roleplay: {reason}", file=sys.stderr)
        return 1
    from roleplay.ui.main import run_app

    return int(run_app(app_start(args)))


def gui_main() -> int:
    """The `roleplay-app` gui-script: on Windows (and from the frozen app) it starts without a
    console, so Python has no stderr. What would have gone there (a bad option, a broken
    settings file) is shown in a dialog instead of vanishing."""
    if sys.stderr is not None and sys.stdout is not None:
        return main()
    captured = io.StringIO()
    sys.stdout = sys.stdout or io.StringIO()
    sys.stderr = captured
    try:
        status = main()
    except SystemExit as exc:  # argparse's usage errors
        status = exc.code if isinstance(exc.code, int) else 2
    from roleplay.cli.desktop import no_display_reason

    if status and captured.getvalue().strip() and not no_display_reason(os.environ):
        from roleplay.ui.main import show_problem

        show_problem(captured.getvalue().strip().splitlines()[-1])
    return status


if __name__ == "__main__":
    raise SystemExit(main())
