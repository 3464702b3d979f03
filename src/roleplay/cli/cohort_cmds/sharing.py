"""`roleplay share` and `roleplay unshare`: one session, explicitly, per session."""

from __future__ import annotations

import argparse

from roleplay.cli.cohort_cmds._common import (
    Fail,
    Stores,
    command,
)
from roleplay.cli.context import CliContext
from roleplay.domain.cohorts import counted
from roleplay.ports.cohorts import DatabaseLogins


@command
def run_share(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    store = stores.open()
    session = store.get(args.id)
    if not isinstance(store, DatabaseLogins) and session.manager.id != ctx.config.manager_id:
        # On PostgreSQL the database refuses; on SQLite only the session's manager may share.
        raise Fail(f"session {session.id} is {session.manager.name}'s, not yours "
                   f"({ctx.config.manager_id}); only its manager can share it")
    cohort = (store.get_cohort(args.cohort) if args.cohort
              else store.cohort_of(session.manager.id))
    if cohort is None:
        raise Fail(f"{session.manager.name} is not in a cohort" if not args.cohort
                    else f"no cohort {args.cohort!r}")
    store.share(session.id, cohort.id, audio=args.audio)
    uploaded = 0
    if args.audio:
        for turn in session.turns:
            if turn.audio_ref:
                path = ctx.config.data_dir / turn.audio_ref
                if path.is_file():
                    store.put_audio(session.id, turn.index, path.read_bytes())
                    uploaded += 1
    fac = store.get_person(cohort.facilitator_id)
    audio = f" with its audio ({counted(uploaded, 'recording')})" if args.audio else " (no audio)"
    print(f"Shared session {session.id} with {fac.name if fac else cohort.facilitator_id} "
          f"({cohort.name}){audio}. Withdraw with `roleplay unshare {session.id}`.",
          file=ctx.out)
    return 0


@command
def run_unshare(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    store = stores.open()
    store.get(args.id)
    if store.get_share(args.id) is None:
        print(f"Session {args.id} was not shared.", file=ctx.out)
        return 0
    store.unshare(args.id)
    print(f"Session {args.id} is private again (audio withdrawn too). Feedback already given "
          "stays with you.", file=ctx.out)
    return 0
