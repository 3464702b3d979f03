"""`roleplay scenarios list|validate`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from roleplay.app.services import bundled_scenarios_dir, make_catalogue
from roleplay.cli.context import CliContext
from roleplay.scenarios.catalogue import scenario_files
from roleplay.scenarios.loader import ScenarioFileError, load_scenario


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("scenarios", help="list or validate scenario files")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="show the available scenarios")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=run_list)
    validate = actions.add_parser("validate", help="check scenario files (exit 2 on errors)")
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                          help="files or folders (default: bundled and your own scenarios)")
    validate.set_defaults(handler=run_validate)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = make_catalogue(ctx.config)
    scenarios = catalogue.all()
    if args.json:
        rows = [
            {"id": s.id, "title": s.title, "difficulty": s.difficulty.value, "type": s.type.value,
             "persona": s.persona.name, "temperament": s.persona.temperament.value,
             "summary": s.summary, "source": s.source}
            for s in scenarios
        ]
        print(json.dumps(rows, indent=2), file=ctx.out)
    else:
        width = max((len(s.id) for s in scenarios), default=10)
        for s in scenarios:
            print(f"{s.id:<{width}}  {s.difficulty.value:<6}  {s.title}  ({s.persona.name})",
                  file=ctx.out)
    for error in catalogue.errors:
        print(f"roleplay: skipped invalid scenario: {error}", file=ctx.err)
    return 0


def run_validate(args: argparse.Namespace, ctx: CliContext) -> int:
    paths = args.paths or [bundled_scenarios_dir(), ctx.config.user_scenarios_dir]
    missing = [p for p in args.paths if not p.exists()]
    files = scenario_files([p for p in paths if p.exists()])
    failures = [f"{p}: no such file or folder" for p in missing]
    ok = 0
    for path in files:
        try:
            load_scenario(path)
            ok += 1
        except ScenarioFileError as exc:
            failures += [str(e) for e in exc.errors]
    for line in failures:
        print(line, file=ctx.err)
    if failures:
        print(f"{ok} valid, {len(failures)} problem(s)", file=ctx.err)
        return 2
    print(f"{ok} scenario file(s) valid", file=ctx.out)
    return 0
