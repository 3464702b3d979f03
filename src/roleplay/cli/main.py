"""`roleplay` command line. Each command lives in its own module with ``add_parser``.

A command module defines ``add_parser(subparsers)``, which adds its parser and sets
``handler=run`` via ``set_defaults``; ``run(args, ctx) -> int`` returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from roleplay.app.config import ConfigError, load_config, resolve_data_dir
from roleplay.cli.context import CliContext
from roleplay.ports.store import StoreError

# Modules under roleplay.cli that provide commands, in help order.
COMMAND_MODULES: tuple[str, ...] = (
    "practice",
    "scenarios",
    "sessions",
    "plan",
    "recap",
    "score",
    "transcribe",
    "devices",
    "llm",
    "cohort",
    "export",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roleplay",
        description="Rehearse a difficult 1:1 with an AI direct report. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="where sessions and settings live "
                        "(default: ROLEPLAY_DATA_DIR, else the platform's data dir)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"roleplay.cli.{name}")
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        config = load_config(resolve_data_dir(args.data_dir))
    except ConfigError as exc:
        print(f"roleplay: {exc}", file=sys.stderr)
        return 2
    ctx = CliContext(config=config)
    try:
        return int(args.handler(args, ctx))
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except StoreError as exc:  # one clear line naming the file and what to do, no traceback
        print(f"roleplay: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nroleplay: interrupted; everything said so far is saved.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
