"""`roleplay review ...`: the facilitator's review of shared sessions, and a manager's view of
the feedback."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from typing import Any

from roleplay.app.services import make_scorer
from roleplay.cli.cohort_cmds._common import (
    Fail,
    Stores,
    command,
    level,
    parse_competency,
    parse_now,
    pick_cohort,
    reviewer,
    utcnow,
    write_csv,
)
from roleplay.cli.context import CliContext
from roleplay.domain.cohorts import Comment, SharedSession
from roleplay.domain.scores import COMPETENCY_LABELS, Competency
from roleplay.ports.cohorts import DatabaseLogins, Store
from roleplay.services.review import check_stored_score


def _review_json(s: SharedSession, names: dict[str, str], now: dt.datetime) -> dict[str, Any]:
    from roleplay.domain.cohorts import FEEDBACK_STANDARD

    delay = s.feedback_delay()
    waiting = s.waiting(now)
    state = ("done" if s.feedback.done
             else "overdue" if waiting > FEEDBACK_STANDARD else "pending")
    return {
        "session_id": s.session_id, "manager_id": s.manager_id,
        "manager_name": names.get(s.manager_id, s.manager_id), "scenario_id": s.scenario_id,
        "scenario_title": s.scenario_title, "started_at": s.started_at.isoformat(),
        "ended_at": s.ended_at.isoformat() if s.ended_at else None,
        "shared_at": s.shared_at.isoformat(), "audio": s.share.audio,
        "overall": s.score.overall if s.score else None, "state": state,
        "hours_to_feedback": None if delay is None else round(delay.total_seconds() / 3600, 2),
        "hours_waiting": None if s.feedback.done else round(waiting.total_seconds() / 3600, 2),
    }


@command
def run_review_list(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.cohorts import FEEDBACK_STANDARD, format_delay

    store = stores.open()
    cohort = pick_cohort(store, args.cohort)
    names = {p.id: p.name for p in store.list_people()}
    shared = store.shared_sessions(cohort.id)
    scorer = make_scorer(ctx.config)
    now = parse_now(args.now)
    if args.csv:
        from roleplay.exports.tables import turnaround_csv

        write_csv(args.csv, turnaround_csv(shared, names, now), ctx)
    if args.json:
        print(json.dumps([_review_json(s, names, now) for s in shared], indent=2), file=ctx.out)
        return 0
    if not shared:
        print("Nothing shared with this cohort yet.", file=ctx.out)
    for s in shared:
        if s.feedback.done:
            delay = s.feedback_delay()
            state = (f"done, feedback {format_delay(delay)} after sharing"
                     if delay is not None else "done")
        else:
            age = s.waiting(now)
            state = ("PENDING, shared " + format_delay(age) + " ago"
                     + (" (overdue)" if age > FEEDBACK_STANDARD else ""))
        overall = s.score.overall if s.score else "-"
        who = names.get(s.manager_id, s.manager_id)
        check = (check_stored_score(store.get(s.session_id), s.score, scorer)
                 if s.score is not None else None)
        if check is not None:
            state += ("  SCORE CHANGED AFTER SCORING (see review show)" if check.edited
                      else "  scored by other scoring rules (see review show)")
        print(f"{s.session_id}  {s.started_at:%Y-%m-%d}  shared {s.shared_at:%Y-%m-%d %H:%M}"
              f"  {who:<16}"
              f" {s.scenario_title[:30]:<31} score {overall:>3}  {state}", file=ctx.out)
    return 0


@command
def run_review_show(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.cohorts import effective_levels

    store = stores.open()
    if not isinstance(store, DatabaseLogins) and store.get_share(args.id) is None:
        # As PostgreSQL's row-level security does: a facilitator sees shared sessions only.
        raise Fail(f"session {args.id} is not shared with a facilitator")
    session = store.get(args.id)
    score = store.get_score(args.id)
    feedback = store.feedback(args.id)
    out = ctx.out
    # The facilitator sees the manager's name from the cohort's records, not the name the
    # manager's own app put on the session (by default "Me").
    person = store.get_person(session.manager.id)
    manager = person.name if person is not None else session.manager.name
    print(f"{session.scenario.title}: {manager}, {session.started_at:%Y-%m-%d %H:%M}"
          f" (session {session.id})", file=out)
    check = check_stored_score(session, score, make_scorer(ctx.config))
    if check is not None:
        print(f"  {'WARNING' if check.edited else 'Note'}: {check.message}", file=out)
    levels = effective_levels(score, feedback)
    for c in Competency:
        o = feedback.override_for(c)
        extra = f"  (scorer {level(o.scorer_score)}; {o.reason})" if o else ""
        print(f"  {COMPETENCY_LABELS[c]:<22} {level(levels[c])}{extra}", file=out)
    comments: dict[int, list[Comment]] = {}
    for cm in feedback.comments:
        comments.setdefault(cm.turn, []).append(cm)
    name = session.scenario.persona.name.split()[0]
    for t in session.turns:
        who = manager if t.speaker == "manager" else name
        print(f"[{t.index}] {who}: {t.text}", file=out)
        for cm in comments.get(t.index, []):
            print(f"      > {COMPETENCY_LABELS[cm.competency]}: {cm.text}  (comment {cm.id})",
                  file=out)
    print("Review: " + ("done" if feedback.done else "not done yet"), file=out)
    return 0


@command
def run_comment(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.cohorts import Comment

    store = stores.open()
    session = store.get(args.id)
    if not 0 <= args.turn < len(session.turns):
        raise Fail(f"turn {args.turn} is not in this session (0..{len(session.turns) - 1})")
    if session.turns[args.turn].speaker != "manager":
        mine = ", ".join(str(t.index) for t in session.turns if t.speaker == "manager")
        raise Fail(f"turn {args.turn} is the report's line; comment on one of the manager's "
                   f"turns ({mine})")
    comp = parse_competency(args.competency)
    who = reviewer(store, args.id, args.as_person)
    comment = Comment(id=uuid.uuid4().hex[:12], session_id=args.id, facilitator_id=who,
                      turn=args.turn, competency=comp, text=args.text)
    store.add_comment(comment)
    print(f"Comment {comment.id} added on turn {args.turn} ({COMPETENCY_LABELS[comp]}).",
          file=ctx.out)
    return 0


def _comment_of(stores: Stores, args: argparse.Namespace) -> tuple[Store, Comment, str]:
    """The store, the comment ``args.comment`` on session ``args.id``, and who reviews."""
    store = stores.open()
    store.get(args.id)
    found = next((c for c in store.feedback(args.id).comments if c.id == args.comment), None)
    if found is None:
        raise Fail(f"no comment {args.comment!r} on session {args.id} (see `roleplay review "
                   f"show {args.id}`)")
    return store, found, reviewer(store, args.id, args.as_person)


@command
def run_edit_comment(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    store, comment, who = _comment_of(stores, args)
    if not args.text.strip():
        raise Fail("a comment needs some words (to remove it: `review delete-comment`)")
    store.edit_comment(comment.id, who, args.text)
    print(f"Comment {comment.id} on turn {comment.turn} now reads: {args.text.strip()}",
          file=ctx.out)
    return 0


@command
def run_delete_comment(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    store, comment, who = _comment_of(stores, args)
    store.delete_comment(comment.id, who)
    print(f"Comment {comment.id} on turn {comment.turn} deleted.", file=ctx.out)
    return 0


@command
def run_remove_override(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    store = stores.open()
    store.get(args.id)
    comp = parse_competency(args.competency)
    override = store.feedback(args.id).override_for(comp)
    if override is None:
        raise Fail(f"no override on {COMPETENCY_LABELS[comp]} for session {args.id}")
    reviewer(store, args.id, args.as_person)
    store.remove_override(args.id, comp)
    print(f"{COMPETENCY_LABELS[comp]}: override removed; back to the scorer's level "
          f"{level(override.scorer_score)}.", file=ctx.out)
    return 0


@command
def run_override(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.cohorts import ScoreOverride

    store = stores.open()
    store.get(args.id)
    comp = parse_competency(args.competency)
    if not args.reason.strip():
        raise Fail("an override needs a reason (--reason)")
    score = store.get_score(args.id)
    current = score.competency(comp) if score else None
    who = reviewer(store, args.id, args.as_person)
    store.set_override(ScoreOverride(
        session_id=args.id, competency=comp, facilitator_id=who,
        scorer_score=current.score if current else None, score=args.level, reason=args.reason))
    print(f"{COMPETENCY_LABELS[comp]}: {level(current.score if current else None)} -> "
          f"{args.level}.", file=ctx.out)
    return 0


@command
def run_done(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.cohorts import Review, ReviewStatus, format_delay

    store = stores.open()
    session = store.get(args.id)
    who = reviewer(store, args.id, args.as_person)
    earlier = store.feedback(args.id).review
    if earlier is not None and earlier.status == ReviewStatus.DONE and earlier.done_at:
        print(f"Review of {args.id} is already done (since {earlier.done_at:%Y-%m-%d %H:%M} "
              "UTC); nothing changed.", file=ctx.out)
        return 0
    store.set_review(Review(session_id=args.id, facilitator_id=who, status=ReviewStatus.DONE,
                            done_at=utcnow()))
    share = store.get_share(args.id)
    delay = store.feedback(args.id).with_share(share).time_to_feedback(
        session.ended_at or session.started_at)
    since = "it was shared" if share is not None else "the session"
    print(f"Review of {args.id} done; first feedback reached the manager "
          f"{format_delay(delay or dt.timedelta(0))} after {since}.", file=ctx.out)
    return 0


@command
def run_feedback(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.cohorts import format_delay

    store = stores.open()
    session = store.get(args.id)
    share = store.get_share(args.id)
    fb = store.feedback(args.id).with_share(share)
    if args.json:
        print(fb.model_dump_json(indent=2), file=ctx.out)
        return 0
    print(f"Session {args.id}: " + ("shared" + (" with audio" if share and share.audio else "")
                                    if share else "private (not shared)"), file=ctx.out)
    ended = session.ended_at or session.started_at
    delay = fb.time_to_feedback(ended)
    if share is not None:
        print(f"Ended {ended:%Y-%m-%d %H:%M} UTC, shared {share.shared_at:%Y-%m-%d %H:%M} UTC "
              "(the 48-hour clock starts when you share).", file=ctx.out)
    if delay is None:
        print("No facilitator feedback yet.", file=ctx.out)
        return 0
    within = fb.within_standard(ended)
    print(f"First feedback {format_delay(delay)} after "
          f"{'sharing' if fb.shared_at is not None else 'the session'}"
          f"{' (within 48 h)' if within else ''}"
          f"; review {'done' if fb.done else 'in progress'}.", file=ctx.out)
    for o in fb.overrides:
        print(f"  {COMPETENCY_LABELS[o.competency]}: scorer {level(o.scorer_score)} -> "
              f"facilitator {o.score}: {o.reason}", file=ctx.out)
    for c in fb.comments:
        print(f"  turn {c.turn} [{COMPETENCY_LABELS[c.competency]}] {c.text}", file=ctx.out)
    return 0
