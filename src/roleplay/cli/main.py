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
from roleplay.cli.desktop import VersionAction, add_app_options
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


DATA_DIR_HELP = ("where sessions and settings live (default: ROLEPLAY_DATA_DIR, else the "
                 "platform's data dir)")


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands`` only the options that go before a command
    (the desktop app's start does not pay for importing every command module)."""
    parser = argparse.ArgumentParser(
        prog="roleplay",
        description="Rehearse a difficult 1:1 with an AI direct report. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("--version", action=VersionAction, help="print the version and exit")
    parser.add_argument("--data-dir", metavar="DIR", help=DATA_DIR_HELP)
    add_app_options(parser)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"roleplay.cli.{name}")
        module.add_parser(sub)
    _accept_global_options(sub)
    return parser


def _accept_global_options(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`roleplay scenarios list --data-dir D` as well as `roleplay --data-dir D scenarios list`:
    every command (and every action under it) takes the global options too. SUPPRESS keeps a
    command's parser from resetting a value given before the command."""
    for command in set(sub.choices.values()):
        command.add_argument_group("global options").add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=DATA_DIR_HELP)
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_global_options(action)


def names_a_command(args: Sequence[str]) -> bool:
    """Whether the arguments name a command (or ask for help, which lists them all)."""
    takes_value = {"--data-dir"}
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
        elif arg in takes_value:
            skip = True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    return run_command(parser, args)


def run_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Run the parsed command. Exit status: 0 done, 1 a runtime failure (a file, the store, a
    device, the network), 2 a usage error (the command line or the input it names is wrong),
    130 interrupted."""
    if args.app_demo or args.app_offline:
        flag = "--demo" if args.app_demo else "--offline"
        parser.error(f"{flag} opens the desktop app; it goes without a COMMAND "
                     "(`practice --offline` for the terminal)")
    try:
        config = load_config(resolve_data_dir(args.data_dir))
    except ConfigError as exc:
        print(f"roleplay: {exc}", file=sys.stderr)
        return 1
    ctx = CliContext(config=config)
    try:
        return int(args.handler(args, ctx))
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (StoreError, OSError) as exc:  # one clear line naming the file, no traceback
        print(f"roleplay: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nroleplay: interrupted; everything said so far is saved.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
