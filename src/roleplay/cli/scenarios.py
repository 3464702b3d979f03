"""`roleplay scenarios list|validate|new`."""

from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roleplay.app.services import bundled_scenarios_dir, make_catalogue, make_draft_model
from roleplay.cli.context import RUNTIME, CliContext
from roleplay.scenarios.catalogue import scenario_files
from roleplay.scenarios.loader import ScenarioFileError, load_scenario

if TYPE_CHECKING:
    from roleplay.builder import BuilderAnswers
    from roleplay.builder.interview import Asker


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("scenarios", help="list, validate or build scenarios")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="show the available scenarios")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=run_list)
    validate = actions.add_parser("validate", help="check scenario files (exit 2 on errors)")
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                          help="files or folders (default: bundled and your own scenarios)")
    validate.add_argument("--json", action="store_true",
                          help="print each file's result as JSON (still exit 2 on errors)")
    validate.set_defaults(handler=run_validate)
    new = actions.add_parser(
        "new", help="turn your own situation into a private rehearsal",
        description="The guided scenario builder: describe the real situation (a pseudonym, "
        "dated examples, how they react to feedback, what you want) and get a scenario file in "
        "your own scenarios folder. Asks questions in a terminal; --from reads an answers file "
        "(see docs/builder.md).")
    new.add_argument("--from", dest="answers", type=Path, metavar="FILE",
                     help="answers as JSON or YAML instead of questions")
    new.add_argument("--llm", action="store_true",
                     help="let the configured LLM draft richer persona text and lines "
                     "(your answers are sent to it)")
    new.add_argument("--dry-run", action="store_true",
                     help="print the scenario YAML instead of saving it")
    new.add_argument("--force", action="store_true",
                     help="replace an existing scenario with the same id")
    new.add_argument("--show-cause", action="store_true",
                     help="print the hidden cause even when it was drawn as a surprise")
    new.add_argument("--seed", type=int, metavar="N", help=argparse.SUPPRESS)
    new.set_defaults(handler=run_new)


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
    results: list[dict[str, Any]] = [
        {"path": str(p), "id": None, "valid": False, "errors": ["no such file or folder"]}
        for p in missing]
    for path in files:
        try:
            scenario = load_scenario(path)
            results.append({"path": str(path), "id": scenario.id, "valid": True, "errors": []})
        except ScenarioFileError as exc:
            results.append({"path": str(path), "id": None, "valid": False,
                            "errors": [str(e) for e in exc.errors]})
    ok = sum(r["valid"] for r in results)
    problems = sum(len(r["errors"]) for r in results)
    if args.json:
        print(json.dumps({"valid": ok, "problems": problems, "files": results}, indent=2),
              file=ctx.out)
        return 2 if problems else 0
    for r in results:
        for error in r["errors"]:
            print(error if r["path"] in error else f"{r['path']}: {error}", file=ctx.err)
    if problems:
        print(f"{ok} valid, {problems} problem(s)", file=ctx.err)
        return 2
    print(f"{ok} scenario file(s) valid", file=ctx.out)
    return 0


def _edit(text: str, ask: Asker) -> str | None:
    """Open the text in $VISUAL/$EDITOR; the edited text, or None when no editor is set."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        ask.say("Set EDITOR to edit here; or save it now and edit the file afterwards.")
        return None
    fd, name = tempfile.mkstemp(suffix=".yaml", prefix="roleplay-draft-")
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        subprocess.run([*shlex.split(editor), str(path)], check=False)
        return path.read_text(encoding="utf-8")
    finally:
        path.unlink(missing_ok=True)


def _describe(answers: BuilderAnswers, data: dict[str, Any], surprise: bool, cause: str,
              show_cause: bool) -> list[str]:
    from roleplay.builder.causes import CAUSES_BY_ID, OWN

    persona = data["persona"]
    rows = [f"{data['title']}  ({data['difficulty']}, {data['type'].replace('_', ' ')})",
            f"  {persona['name']}, {persona['role']}, {persona['tenure']}; "
            f"{persona['temperament']}",
            f"  {len(data['facts'])} dated example(s), {len(data['objectives'])} objective(s)"]
    if surprise and not show_cause:
        rows.append("  Hidden cause: drawn at random; find it in the rehearsal.")
    else:
        label = "your own" if cause == OWN else CAUSES_BY_ID[cause].label
        rows.append(f"  Hidden cause: {label}")
    return rows


def run_new(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.builder import AnswersError, DraftError, build, check_text, notes, save_scenario
    from roleplay.builder.answers import load_answers
    from roleplay.builder.interview import Asker, Cancelled, interview_answers

    folder = ctx.config.user_scenarios_dir
    interactive = ctx.stdin.isatty()
    ask = Asker(ctx.stdin, ctx.err)
    try:
        if args.answers is not None:
            answers = load_answers(args.answers)
        elif interactive:
            answers = interview_answers(ask)
        else:
            return ctx.fail("scenarios new: no answers; use --from FILE (JSON or YAML), or run "
                            "it in a terminal to be asked")
    except AnswersError as exc:
        for problem in exc.problems:
            print(problem, file=ctx.err)
        return ctx.fail(f"{len(exc.problems)} problem(s) in the answers; nothing saved")
    except Cancelled:
        return ctx.fail("cancelled; nothing saved", code=130)
    for note in notes(answers):
        print(f"note: {note.field}: {note.message}", file=ctx.err)

    model = None
    if args.llm:
        model, why_not = make_draft_model(ctx.config)
        if model is None:
            return ctx.fail(f"--llm: {why_not}")
        print(f"Drafting with {model.description} (your answers are sent there)...",
              file=ctx.err, flush=True)
    rng = random.Random(args.seed) if args.seed is not None else None
    try:
        built = build(answers, folder, rng=rng, model=model)
    except DraftError as exc:
        return ctx.fail(f"the LLM draft failed: {exc.message}; run without --llm to use the "
                        "templates", code=RUNTIME)
    text = built.text
    comp = built.composition
    if args.dry_run:
        print(text, file=ctx.out, end="")
        return 0

    target = folder / f"{comp.data['id']}.yaml"
    while True:
        try:
            check_text(text, target)
            problems: list[str] = []
        except ScenarioFileError as exc:
            problems = [str(e) for e in exc.errors]
        if interactive:
            for row in _describe(answers, comp.data, comp.surprise, comp.cause_id,
                                 args.show_cause):
                ask.say(row)
            for line in problems:
                ask.say(f"  problem: {line}")
            if built.drafted_by:
                ask.say(f"  Drafted by {built.drafted_by}: review it before you rehearse.")
            prompt = "Fix it in your editor? [Y/n] " if problems else (
                "Save it? [Y/n], or e to edit it first: ")
            try:
                choice = ask.read(prompt).lower()
            except Cancelled:
                return ctx.fail("cancelled; nothing saved", code=130)
            if problems or choice.startswith("e"):
                if choice.startswith("n"):
                    return ctx.fail("nothing saved")
                edited = _edit(text, ask)
                if edited is None:
                    if problems:
                        return ctx.fail("nothing saved (the draft has problems)")
                    continue
                text = edited
                continue
            if choice.startswith("n"):
                return ctx.fail("nothing saved", code=1)
        elif problems:
            for line in problems:
                print(line, file=ctx.err)
            return ctx.fail("the scenario did not validate; nothing saved (--dry-run prints "
                            "it)")
        break

    if not interactive:
        for row in _describe(answers, comp.data, comp.surprise, comp.cause_id, args.show_cause):
            print(row, file=ctx.err)
    try:
        saved = save_scenario(text, folder, overwrite=args.force)
    except ScenarioFileError as exc:
        for error in exc.errors:
            print(error, file=ctx.err)
        return ctx.fail("nothing saved")
    scenario = saved.scenario
    print(f"Saved {saved.path}", file=ctx.out)
    print(f"Practise it: roleplay practice {scenario.id} --text", file=ctx.out)
    return 0
