"""`roleplay plan`: your competency profile and what to rehearse next."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from roleplay.cli.context import CliContext

DIRECTIONS = {"new": "baseline forming", "improving": "improving", "steady": "steady",
              "slipping": "slipping", "not_observed": "not yet shown"}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "plan", help="your practice plan: skills profile and the next rehearsal",
        description="From your scored rehearsals (and recaps of real 1:1s): a baseline and trend "
        "per coaching competency, and a recommendation for the next rehearsal with one coaching "
        "prompt to try.")
    parser.add_argument("--json", action="store_true", help="print the plan as JSON")
    parser.set_defaults(handler=run)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.app.services import make_catalogue, open_store
    from roleplay.builder.recaps import RecapStore, recaps_dir
    from roleplay.cli.cohort_cmds.cohorts import print_assignments
    from roleplay.coaching.plan import build_plan, history_from_store
    from roleplay.services.assignments import my_assignments

    store = open_store(ctx.config)
    history = history_from_store(store)
    recaps = RecapStore(recaps_dir(ctx.config.data_dir)).list()
    plan = build_plan(history, make_catalogue(ctx.config).all(), recaps)
    today = dt.datetime.now(dt.UTC).date()
    assigned = my_assignments(store, ctx.config.manager_id, today)
    if args.json:
        data = plan.model_dump(mode="json")
        data["assignments"] = [p.model_dump(mode="json") for p in assigned]
        print(json.dumps(data, indent=2), file=ctx.out)
        return 0
    out = ctx.out
    print(plan.headline, file=out)
    print(f"\n{'Competency':<24}{'Baseline':>9}{'Recent':>8}{'Trend':>7}  ", file=out)
    for p in plan.profile:
        trend = "" if p.trend is None else f"{p.trend:+.1f}"
        print(f"{p.label:<24}{_num(p.baseline):>9}{_num(p.recent):>8}{trend:>7}  "
              f"{DIRECTIONS[p.direction]}", file=out)
    rec = plan.recommendation
    print(f"\nNext rehearsal: focus on {rec.focus.lower()}", file=out)
    print(f"  Why: {rec.reason}", file=out)
    if rec.scenario_id:
        print(f"  Scenario: {rec.scenario_title} ({rec.scenario_id}), "
              f"{rec.difficulty.value}, {rec.type.value.replace('_', ' ')}", file=out)
    else:
        print(f"  Scenario: any {rec.type.value.replace('_', ' ')} conversation at "
              f"{rec.difficulty.value} (or build your own: roleplay scenarios new)", file=out)
    print(f'  Try this prompt: "{rec.prompt}"', file=out)
    print(f"    {rec.prompt_why}", file=out)
    if rec.scenario_id:
        print(f"  Start it: roleplay practice {rec.scenario_id} --text", file=out)
    if assigned:
        print("\nCohort assignments", file=out)
        print_assignments(assigned, today, ctx, indent="  ")
    return 0
