"""`roleplay review return` and `roleplay review import-feedback`: feedback that travels back
to the manager when the cohort has no shared database (session bundles went the other way)."""

from __future__ import annotations

import argparse
from pathlib import Path

from roleplay.cli.cohort_cmds._common import Fail, Stores, command
from roleplay.cli.context import CliContext
from roleplay.domain.cohorts import format_delay
from roleplay.exports.feedback_bundle import ReturnedFeedback


def _summary(content: ReturnedFeedback) -> str:
    fb = content.feedback()
    parts = [f"{len(fb.comments)} comment{'' if len(fb.comments) == 1 else 's'}",
             f"{len(fb.overrides)} override{'' if len(fb.overrides) == 1 else 's'}",
             "review done" if fb.done else "review in progress"]
    delay = fb.time_to_feedback()
    if delay is not None:
        parts.append(f"first feedback {format_delay(delay)} after sharing"
                     f"{' (within 48 h)' if fb.within_standard() else ''}")
    return "; ".join(parts)


@command
def run_return(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.exports.bundle import BundleError
    from roleplay.exports.feedback_bundle import FEEDBACK_SUFFIX, export_feedback

    store = stores.open()
    path = Path(args.out or f"{args.id}{FEEDBACK_SUFFIX}")
    try:
        written, content = export_feedback(store, args.id, path)
    except BundleError as exc:
        raise Fail(str(exc)) from exc
    print(f"Wrote {written}: {_summary(content)}. Send it to the manager: "
          f"`roleplay review import-feedback {written.name}`.", file=ctx.out)
    return 0


@command
def run_import_feedback(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.exports.bundle import BundleError
    from roleplay.exports.feedback_bundle import import_feedback

    store = stores.open()
    try:
        content = import_feedback(store, Path(args.bundle))
    except BundleError as exc:
        raise Fail(f"{args.bundle}: {exc}") from exc
    print(f"Feedback from {content.facilitator.name} on session {content.session_id}: "
          f"{_summary(content)}. See `roleplay review feedback {content.session_id}`.",
          file=ctx.out)
    return 0
