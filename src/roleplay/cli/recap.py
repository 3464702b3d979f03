"""`roleplay recap SESSION_ID`: after the real 1:1, a private recap that becomes a follow-up
rehearsal in which the report remembers what you agreed."""

from __future__ import annotations

import argparse
from pathlib import Path

from roleplay.cli.context import CliContext


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "recap", help="after the real 1:1: record how it went and rehearse the follow-up",
        description="Note what was agreed in the real meeting, how the report reacted and what "
        "was hard. The recap stays in your data folder; it becomes a follow-up scenario (the "
        "report remembers the agreements) and feeds `roleplay plan`.")
    parser.add_argument("session", nargs="?", metavar="SESSION_ID",
                        help="the rehearsal you had before the real meeting "
                        "(see `roleplay sessions list`)")
    parser.add_argument("--scenario", metavar="ID",
                        help="instead of a session: the scenario the real meeting was about")
    parser.add_argument("--from", dest="answers", type=Path, metavar="FILE",
                        help="the recap as JSON or YAML instead of questions")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.app.services import make_catalogue, open_store
    from roleplay.builder import AnswersError
    from roleplay.builder.interview import Asker, Cancelled, interview_recap
    from roleplay.builder.recaps import RecapStore, load_recap_input, recaps_dir, record_recap
    from roleplay.ports.store import SessionNotFound
    from roleplay.scenarios.loader import ScenarioFileError

    if bool(args.session) == bool(args.scenario):
        return ctx.fail("recap: give a SESSION_ID or --scenario ID (one of them)")
    try:
        if args.session:
            scenario = open_store(ctx.config).get(args.session).scenario
        else:
            scenario = make_catalogue(ctx.config).get(args.scenario)
    except SessionNotFound as exc:
        return ctx.fail(str(exc))
    except KeyError as exc:
        return ctx.fail(str(exc.args[0]))
    except ScenarioFileError as exc:
        return ctx.fail(str(exc))

    try:
        if args.answers is not None:
            entry = load_recap_input(args.answers)
        elif ctx.stdin.isatty():
            entry = interview_recap(Asker(ctx.stdin, ctx.err))
        else:
            return ctx.fail("recap: no answers; use --from FILE (JSON or YAML), or run it in a "
                            "terminal to be asked")
    except AnswersError as exc:
        for problem in exc.problems:
            print(problem, file=ctx.err)
        return ctx.fail(f"{len(exc.problems)} problem(s) in the recap; nothing saved")
    except Cancelled:
        return ctx.fail("cancelled; nothing saved", code=130)

    try:
        recorded = record_recap(entry, scenario, recaps=RecapStore(recaps_dir(ctx.config.data_dir)),
                                scenarios_dir=ctx.config.user_scenarios_dir,
                                session_id=args.session)
    except ScenarioFileError as exc:
        for error in exc.errors:
            print(error, file=ctx.err)
        return ctx.fail("the follow-up scenario did not validate; nothing saved")
    follow = recorded.follow_up.scenario
    print(f"Recap saved: {recorded.recap_path}", file=ctx.out)
    print(f"Follow-up scenario: {recorded.follow_up.path}", file=ctx.out)
    print(f"{scenario.persona.name} remembers: " + "; ".join(recorded.recap.agreements),
          file=ctx.out)
    print(f"Rehearse it before you meet: roleplay practice {follow.id} --text", file=ctx.out)
    return 0
