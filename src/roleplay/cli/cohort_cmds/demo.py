"""`roleplay demo-cohort`: seed the demo cohort."""

from __future__ import annotations

import argparse

from roleplay.cli.cohort_cmds._common import (
    Fail,
    Stores,
    command,
    parse_now,
)
from roleplay.cli.context import CliContext


@command
def run_demo(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.app.demo_cohort import DEMO_COHORT_ID, seed_demo_cohort
    from roleplay.app.services import make_catalogue, make_coder
    from roleplay.domain.cohorts import Person, Role, counted
    from roleplay.persona.offline import OfflineVoice

    store = stores.open()
    if store.get_cohort(DEMO_COHORT_ID) is not None:
        raise Fail("the demo cohort is already here; use a fresh --data-dir to seed it again")
    now = parse_now(args.now)
    scenarios = make_catalogue(ctx.config).all()
    me = None if args.without_me else Person(id="me", name=ctx.config.manager_name,
                                             role=Role.MANAGER)
    result = seed_demo_cohort(store, scenarios, make_coder(), OfflineVoice, now=now,
                              seed=args.seed, me=me)
    out = ctx.out
    print(f"Seeded {result.cohort.name!r} ({result.cohort.id}): facilitator Fay Okafor, "
          f"{counted(len(result.cohort.member_ids), 'manager')}.", file=out)
    print(f"{counted(result.sessions, 'session')} played through the engine "
          f"({result.scorer_note}); "
          f"{result.shared} shared, {result.private} kept private, {result.reviewed} reviewed.",
          file=out)
    print("Next: `roleplay cohort dashboard`, `roleplay cohort calibration`, "
          "`roleplay review list`, `roleplay cohort report --pdf cohort.pdf`.", file=out)
    if args.now:
        print(f"The demo's clock is {now.isoformat()}: pass `--now {args.now}` to `cohort "
              "dashboard`, `cohort report` and `review list` so they agree.", file=out)
    return 0
