"""Cohorts from the command line: `demo-cohort`, `cohort ...`, `share`/`unshare`, `review ...`.

Facilitator commands act as the cohort's facilitator. On the shared PostgreSQL store the
database knows who you are (your login role) and enforces what you may see; on SQLite (one
machine) ``--as PERSON`` says who is acting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from roleplay.cli.context import CliContext
from roleplay.domain.scores import COMPETENCY_LABELS, Competency


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo-cohort", help="seed a demo cohort of simulated managers")
    demo.add_argument("--seed", type=int, default=7, help="same seed, same cohort (default 7)")
    demo.add_argument("--now", metavar="ISO", help="pretend it is this time (UTC ISO 8601)")
    demo.add_argument("--without-me", action="store_true",
                      help="do not add you to the demo cohort")
    demo.set_defaults(handler=run_demo)

    cohort = sub.add_parser("cohort", help="cohorts: dashboard, calibration, reports, set-up")
    acts = cohort.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = acts.add_parser("list", help="cohorts and their members")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_list)
    p = acts.add_parser("dashboard", help="managers by competency, gap map, cadence, reviews")
    _cohort_opt(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_dashboard)
    p = acts.add_parser("calibration", help="facilitator vs scorer agreement per competency")
    _cohort_opt(p)
    p.add_argument("--weights", choices=["quadratic", "linear"], default="quadratic")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_calibration)
    p = acts.add_parser("report", help="the cohort report as PDF")
    _cohort_opt(p)
    p.add_argument("--pdf", metavar="PATH", required=True)
    p.set_defaults(handler=run_report)
    p = acts.add_parser("reminder", help="the weekly practice reminder as an .ics file")
    _cohort_opt(p)
    p.add_argument("--ics", metavar="PATH", required=True)
    p.set_defaults(handler=run_reminder)
    p = acts.add_parser("assignments", help="what your cohort asks you to practise")
    p.add_argument("--manager", metavar="ID", help="whose (default: you)")
    p.set_defaults(handler=run_assignments)
    p = acts.add_parser("add-person", help="add or update a manager or facilitator")
    p.add_argument("id")
    p.add_argument("name")
    p.add_argument("--role", choices=["manager", "facilitator"], default="manager")
    p.add_argument("--email", default="")
    p.set_defaults(handler=run_add_person)
    p = acts.add_parser("create", help="create or update a cohort")
    p.add_argument("id")
    p.add_argument("name")
    p.add_argument("--facilitator", required=True, metavar="ID")
    p.add_argument("--members", default="", metavar="ID,ID,...")
    p.add_argument("--weekday", default="TU", choices=["MO", "TU", "WE", "TH", "FR", "SA", "SU"])
    p.add_argument("--time", default="09:00", metavar="HH:MM")
    p.add_argument("--timezone", default="UTC")
    p.set_defaults(handler=run_create)
    p = acts.add_parser("assign", help="assign a scenario to the cohort with a due date")
    _cohort_opt(p)
    p.add_argument("scenario")
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--note", default="")
    p.set_defaults(handler=run_assign)
    p = acts.add_parser("login", help="PostgreSQL: create a person's own database role")
    p.add_argument("person")
    p.add_argument("--password", required=True)
    p.add_argument("--role-name", help="database role name (default rp_<person>)")
    p.set_defaults(handler=run_login)

    share = sub.add_parser("share", help="share one session with your cohort's facilitator")
    share.add_argument("id", metavar="ID")
    share.add_argument("--audio", action="store_true", help="share its audio too")
    share.add_argument("--cohort", metavar="ID", help="which cohort (default: yours)")
    share.set_defaults(handler=run_share)
    unshare = sub.add_parser("unshare", help="withdraw a shared session (and its audio)")
    unshare.add_argument("id", metavar="ID")
    unshare.set_defaults(handler=run_unshare)

    review = sub.add_parser("review", help="facilitator review of shared sessions")
    racts = review.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = racts.add_parser("list", help="shared sessions and their review state")
    _cohort_opt(p)
    p.set_defaults(handler=run_review_list)
    p = racts.add_parser("show", help="a shared session with its scores and feedback")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=run_review_show)
    p = racts.add_parser("comment", help="comment on a turn, tagged with a competency")
    p.add_argument("id", metavar="ID")
    p.add_argument("turn", type=int)
    p.add_argument("competency", help="; ".join(c.value for c in Competency))
    p.add_argument("text")
    _as_opt(p)
    p.set_defaults(handler=run_comment)
    p = racts.add_parser("override", help="replace a competency's level (a reason is required)")
    p.add_argument("id", metavar="ID")
    p.add_argument("competency")
    p.add_argument("level", type=int, choices=[1, 2, 3, 4, 5])
    p.add_argument("--reason", required=True)
    _as_opt(p)
    p.set_defaults(handler=run_override)
    p = racts.add_parser("done", help="mark the review done")
    p.add_argument("id", metavar="ID")
    _as_opt(p)
    p.set_defaults(handler=run_done)
    p = racts.add_parser("feedback", help="the feedback on one of your sessions")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_feedback)


def _cohort_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cohort", metavar="ID", help="which cohort (default: the only one)")


def _as_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="as_person", metavar="PERSON",
                   help="who is reviewing (default: the cohort's facilitator)")


# --- helpers ----------------------------------------------------------------------------------


class _Fail(Exception):
    pass


_OPENED: list[Any] = []  # stores opened by the running command, closed when it returns


def _store(ctx: CliContext) -> Any:
    from roleplay.app.services import open_store
    from roleplay.ports.store import StoreError

    try:
        store = open_store(ctx.config)
    except StoreError as exc:
        raise _Fail(str(exc)) from exc
    _OPENED.append(store)
    return store


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _pick_cohort(store: Any, cohort_id: str | None) -> Any:
    if cohort_id:
        cohort = store.get_cohort(cohort_id)
        if cohort is None:
            raise _Fail(f"no cohort {cohort_id!r}; see `roleplay cohort list`")
        return cohort
    cohorts = store.list_cohorts()
    if not cohorts:
        raise _Fail("no cohorts yet: create one (`roleplay cohort create`) or seed the demo "
                    "(`roleplay demo-cohort`)")
    if len(cohorts) > 1:
        raise _Fail("several cohorts: say which with --cohort "
                    f"({', '.join(c.id for c in cohorts)})")
    return cohorts[0]


def parse_competency(text: str) -> Competency:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    for c in Competency:
        if key in (c.value, c.value.split("_")[-1], c.value.split("_")[0]):
            return c
    raise _Fail(f"unknown competency {text!r}; one of: "
                f"{', '.join(c.value for c in Competency)}")


def _reviewer(store: Any, session_id: str, as_person: str | None) -> str:
    if as_person:
        return as_person
    me = getattr(store, "me", None)
    if me is not None:
        person = me()
        if person:
            return str(person)
    share = store.get_share(session_id)
    if share is None:
        raise _Fail(f"session {session_id} is not shared with a facilitator")
    cohort = store.get_cohort(share.cohort_id)
    return str(cohort.facilitator_id)


Handler = Callable[[argparse.Namespace, CliContext], int]


def _run(fn: Handler) -> Handler:
    """Turn the expected errors into one clear line."""
    def wrapper(args: argparse.Namespace, ctx: CliContext) -> int:
        from pydantic import ValidationError

        from roleplay.ports.cohorts import AccessDenied, CohortError
        from roleplay.ports.store import SessionNotFound, StoreError

        try:
            return int(fn(args, ctx))
        except _Fail as exc:
            return ctx.fail(str(exc))
        except (SessionNotFound, CohortError, AccessDenied, StoreError) as exc:
            return ctx.fail(str(exc))
        except ValidationError as exc:
            err = exc.errors()[0]
            return ctx.fail(f"{'.'.join(map(str, err['loc']))}: {err['msg']}")
        finally:
            while _OPENED:
                _OPENED.pop().close()
    wrapper.__name__ = fn.__name__
    return wrapper


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{v:.0%}"


def _level(v: float | int | None) -> str:
    return "-" if v is None else (f"{v}" if isinstance(v, int) else f"{v:.1f}")


# --- demo ---------------------------------------------------------------------------------------


@_run
def run_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.app.demo_cohort import DEMO_COHORT_ID, seed_demo_cohort
    from roleplay.app.services import make_catalogue, make_coder
    from roleplay.domain.cohorts import Person, Role
    from roleplay.persona.offline import OfflineVoice

    store = _store(ctx)
    if store.get_cohort(DEMO_COHORT_ID) is not None:
        raise _Fail("the demo cohort is already here; use a fresh --data-dir to seed it again")
    now = dt.datetime.fromisoformat(args.now) if args.now else _now()
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    scenarios = make_catalogue(ctx.config).all()
    me = None if args.without_me else Person(id="me", name=ctx.config.manager_name,
                                             role=Role.MANAGER)
    result = seed_demo_cohort(store, scenarios, make_coder(), OfflineVoice, now=now,
                              seed=args.seed, me=me)
    out = ctx.out
    print(f"Seeded {result.cohort.name!r} ({result.cohort.id}): facilitator Fay Okafor, "
          f"{len(result.cohort.member_ids)} managers.", file=out)
    print(f"{result.sessions} sessions played through the engine ({result.scorer_note}); "
          f"{result.shared} shared, {result.private} kept private, {result.reviewed} reviewed.",
          file=out)
    print("Next: `roleplay cohort dashboard`, `roleplay cohort calibration`, "
          "`roleplay review list`, `roleplay cohort report --pdf cohort.pdf`.", file=out)
    return 0


# --- cohort ---------------------------------------------------------------------------------------


@_run
def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    store = _store(ctx)
    cohorts = store.list_cohorts()
    people = {p.id: p for p in store.list_people()}
    if args.json:
        print(json.dumps([c.model_dump(mode="json") for c in cohorts], indent=2), file=ctx.out)
        return 0
    if not cohorts:
        print("No cohorts yet. Try `roleplay demo-cohort`.", file=ctx.out)
    for c in cohorts:
        fac = people.get(c.facilitator_id)
        print(f"{c.id}  {c.name}  (facilitator {fac.name if fac else c.facilitator_id}; "
              f"practice {c.practice.weekday.value} {c.practice.time:%H:%M} "
              f"{c.practice.timezone})", file=ctx.out)
        for m in c.member_ids:
            print(f"    {m:<10} {people[m].name if m in people else m}", file=ctx.out)
    return 0


def _dashboard(store: Any, cohort: Any) -> Any:
    from roleplay.domain.dashboard import build_dashboard

    return build_dashboard(cohort, store.list_people(), store.shared_sessions(cohort.id), _now())


@_run
def run_dashboard(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import format_delay

    store = _store(ctx)
    dash = _dashboard(store, _pick_cohort(store, args.cohort))
    if args.json:
        print(dash.model_dump_json(indent=2), file=ctx.out)
        return 0
    out = ctx.out
    comps = list(Competency)
    print(f"{dash.cohort_name}: {dash.shared_sessions} shared sessions, target level "
          f"{dash.target}", file=out)
    print("\nManagers by competency: latest (average)", file=out)
    head = f"{'manager':<16}{'sessions':>9}{'/week':>7}  " + "".join(
        f"{COMPETENCY_LABELS[c][:20]:<22}" for c in comps)
    print(head, file=out)
    for m in dash.managers:
        cells = "".join(f"{_level(m.latest[c]) + ' (' + _level(m.average[c]) + ')':<22}"
                        for c in comps)
        print(f"{m.name[:15]:<16}{m.sessions:>9}{m.sessions_per_week:>7.2f}  {cells}", file=out)
    print("\nGap map (largest shortfall first)", file=out)
    for g in dash.gaps:
        bar = "#" * round(g.shortfall * 8)
        print(f"{g.rank}. {COMPETENCY_LABELS[g.competency]:<22} shortfall {g.shortfall:4.2f}  "
              f"{bar:<24} {g.below_target}/{g.observed} below target", file=out)
    print("\nPractice cadence (shared sessions per week)", file=out)
    for w in dash.cadence:
        print(f"w/c {w.week:%d %b}  {'#' * w.total:<12} {w.total}", file=out)
    t = dash.timeliness
    if t.reviewed:
        print(f"\nFeedback within 48 h: {t.within_standard}/{t.reviewed} "
              f"(median {t.median_hours:g} h)", file=out)
    print(f"\nReviews pending: {len(dash.pending)}", file=out)
    for p in dash.pending:
        flag = "OVERDUE" if p.overdue else ""
        print(f"  {p.session_id}  {p.manager_name:<16} {p.scenario_title[:32]:<33} "
              f"{format_delay(p.age):>8}  {flag}", file=out)
    return 0


@_run
def run_calibration(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.calibration import calibrate, describe_kappa

    store = _store(ctx)
    cohort = _pick_cohort(store, args.cohort)
    report = calibrate(store.shared_sessions(cohort.id), args.weights)
    if args.json:
        print(report.model_dump_json(indent=2), file=ctx.out)
        return 0
    print(f"{cohort.name}: facilitator vs scorer over {report.reviewed_sessions} reviewed "
          f"sessions (Cohen's kappa, {args.weights} weights)", file=ctx.out)
    print(f"{'competency':<24}{'pairs':>6}{'exact':>8}{'within 1':>10}{'kappa':>8}", file=ctx.out)
    for a in (*report.per_competency, report.overall):
        name = COMPETENCY_LABELS[a.competency] if a.competency else "All competencies"
        kappa = "-" if a.kappa is None else f"{a.kappa:.2f}"
        print(f"{name:<24}{a.n:>6}{_pct(a.exact):>8}{_pct(a.within_one):>10}{kappa:>8}  "
              f"{describe_kappa(a.kappa)}", file=ctx.out)
    return 0


@_run
def run_report(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.calibration import calibrate
    from roleplay.exports.pdf import cohort_report_pdf

    store = _store(ctx)
    cohort = _pick_cohort(store, args.cohort)
    shared = store.shared_sessions(cohort.id)
    from roleplay.domain.dashboard import build_dashboard

    dash = build_dashboard(cohort, store.list_people(), shared, _now())
    path = cohort_report_pdf(dash, calibrate(shared), Path(args.pdf))
    print(f"Wrote {path}", file=ctx.out)
    return 0


@_run
def run_reminder(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.exports.ics import weekly_reminder

    store = _store(ctx)
    cohort = _pick_cohort(store, args.cohort)
    path = Path(args.ics)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(weekly_reminder(cohort, _now()), encoding="utf-8", newline="")
    print(f"Wrote {path}: every {cohort.practice.weekday.value} at "
          f"{cohort.practice.time:%H:%M} {cohort.practice.timezone}", file=ctx.out)
    return 0


@_run
def run_assignments(args: argparse.Namespace, ctx: CliContext) -> int:
    store = _store(ctx)
    who = args.manager or (store.me() if hasattr(store, "me") else None) or "me"
    items = store.assignments_for(who)
    if not items:
        print("No assignments.", file=ctx.out)
    today = _now().date()
    for a in items:
        state = "overdue" if a.is_overdue(today) else f"due in {(a.due - today).days} d"
        note = f"  ({a.note})" if a.note else ""
        print(f"{a.due:%a %d %b}  {a.scenario_id:<24} {state}{note}", file=ctx.out)
    return 0


@_run
def run_add_person(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import Person, Role

    _store(ctx).add_person(Person(id=args.id, name=args.name, role=Role(args.role),
                                  email=args.email))
    print(f"Saved {args.role} {args.id}.", file=ctx.out)
    return 0


@_run
def run_create(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import Cohort, PracticeSlot, Weekday

    members = tuple(m.strip() for m in args.members.split(",") if m.strip())
    cohort = Cohort(id=args.id, name=args.name, facilitator_id=args.facilitator,
                    member_ids=members,
                    practice=PracticeSlot(weekday=Weekday(args.weekday),
                                          time=dt.time.fromisoformat(args.time),
                                          timezone=args.timezone))
    _store(ctx).add_cohort(cohort)
    print(f"Saved cohort {cohort.id} with {len(members)} managers.", file=ctx.out)
    return 0


@_run
def run_assign(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import Assignment

    store = _store(ctx)
    cohort = _pick_cohort(store, args.cohort)
    try:
        due = dt.date.fromisoformat(args.due)
    except ValueError as exc:
        raise _Fail(f"--due: expected a date (YYYY-MM-DD); got {args.due!r}") from exc
    store.add_assignment(Assignment(id=uuid.uuid4().hex[:10], cohort_id=cohort.id,
                                    scenario_id=args.scenario, due=due, note=args.note))
    print(f"Assigned {args.scenario} to {cohort.name}, due {due:%a %d %b}.", file=ctx.out)
    return 0


@_run
def run_login(args: argparse.Namespace, ctx: CliContext) -> int:
    store = _store(ctx)
    if not hasattr(store, "provision_login"):
        raise _Fail("database roles exist only on the shared PostgreSQL store "
                    "(set database_url in the settings)")
    role = store.provision_login(args.person, args.password, args.role_name)
    print(f"Database role {role} can now log in as {args.person}.", file=ctx.out)
    return 0


# --- sharing --------------------------------------------------------------------------------------


@_run
def run_share(args: argparse.Namespace, ctx: CliContext) -> int:
    store = _store(ctx)
    session = store.get(args.id)
    cohort = (store.get_cohort(args.cohort) if args.cohort
              else store.cohort_of(session.manager.id))
    if cohort is None:
        raise _Fail(f"{session.manager.name} is not in a cohort" if not args.cohort
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
    audio = f" with its audio ({uploaded} recordings)" if args.audio else " (no audio)"
    print(f"Shared session {session.id} with {fac.name if fac else cohort.facilitator_id} "
          f"({cohort.name}){audio}. Withdraw with `roleplay unshare {session.id}`.",
          file=ctx.out)
    return 0


@_run
def run_unshare(args: argparse.Namespace, ctx: CliContext) -> int:
    store = _store(ctx)
    store.get(args.id)
    if store.get_share(args.id) is None:
        print(f"Session {args.id} was not shared.", file=ctx.out)
        return 0
    store.unshare(args.id)
    print(f"Session {args.id} is private again (audio withdrawn too). Feedback already given "
          "stays with you.", file=ctx.out)
    return 0


# --- review ---------------------------------------------------------------------------------------


@_run
def run_review_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import FEEDBACK_STANDARD, format_delay

    store = _store(ctx)
    cohort = _pick_cohort(store, args.cohort)
    names = {p.id: p.name for p in store.list_people()}
    shared = store.shared_sessions(cohort.id)
    if not shared:
        print("Nothing shared with this cohort yet.", file=ctx.out)
    now = _now()
    for s in shared:
        if s.feedback.done:
            delay = s.feedback.time_to_feedback(s.finished_at)
            state = f"done, feedback after {format_delay(delay)}" if delay else "done"
        else:
            age = now - s.finished_at
            state = "PENDING " + format_delay(age) + (" (overdue)" if age > FEEDBACK_STANDARD
                                                      else "")
        overall = s.score.overall if s.score else "-"
        who = names.get(s.manager_id, s.manager_id)
        print(f"{s.session_id}  {s.started_at:%Y-%m-%d}  {who:<16}"
              f" {s.scenario_title[:30]:<31} score {overall:>3}  {state}", file=ctx.out)
    return 0


@_run
def run_review_show(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import effective_levels

    store = _store(ctx)
    session = store.get(args.id)
    score = store.get_score(args.id)
    feedback = store.feedback(args.id)
    out = ctx.out
    print(f"{session.scenario.title}: {session.manager.name}, {session.started_at:%Y-%m-%d %H:%M}"
          f" (session {session.id})", file=out)
    levels = effective_levels(score, feedback)
    for c in Competency:
        o = feedback.override_for(c)
        extra = f"  (scorer {_level(o.scorer_score)}; {o.reason})" if o else ""
        print(f"  {COMPETENCY_LABELS[c]:<22} {_level(levels[c])}{extra}", file=out)
    comments: dict[int, list[Any]] = {}
    for cm in feedback.comments:
        comments.setdefault(cm.turn, []).append(cm)
    name = session.scenario.persona.name.split()[0]
    for t in session.turns:
        who = session.manager.name if t.speaker == "manager" else name
        print(f"[{t.index}] {who}: {t.text}", file=out)
        for cm in comments.get(t.index, []):
            print(f"      > {COMPETENCY_LABELS[cm.competency]}: {cm.text}", file=out)
    print("Review: " + ("done" if feedback.done else "not done yet"), file=out)
    return 0


@_run
def run_comment(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import Comment

    store = _store(ctx)
    session = store.get(args.id)
    if not 0 <= args.turn < len(session.turns):
        raise _Fail(f"turn {args.turn} is not in this session (0..{len(session.turns) - 1})")
    comp = parse_competency(args.competency)
    who = _reviewer(store, args.id, args.as_person)
    store.add_comment(Comment(id=uuid.uuid4().hex[:12], session_id=args.id, facilitator_id=who,
                              turn=args.turn, competency=comp, text=args.text))
    print(f"Comment added on turn {args.turn} ({COMPETENCY_LABELS[comp]}).", file=ctx.out)
    return 0


@_run
def run_override(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import ScoreOverride

    store = _store(ctx)
    store.get(args.id)
    comp = parse_competency(args.competency)
    if not args.reason.strip():
        raise _Fail("an override needs a reason (--reason)")
    score = store.get_score(args.id)
    current = score.competency(comp) if score else None
    who = _reviewer(store, args.id, args.as_person)
    store.set_override(ScoreOverride(
        session_id=args.id, competency=comp, facilitator_id=who,
        scorer_score=current.score if current else None, score=args.level, reason=args.reason))
    print(f"{COMPETENCY_LABELS[comp]}: {_level(current.score if current else None)} -> "
          f"{args.level}.", file=ctx.out)
    return 0


@_run
def run_done(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import Review, ReviewStatus, format_delay

    store = _store(ctx)
    session = store.get(args.id)
    who = _reviewer(store, args.id, args.as_person)
    store.set_review(Review(session_id=args.id, facilitator_id=who, status=ReviewStatus.DONE,
                            done_at=_now()))
    delay = store.feedback(args.id).time_to_feedback(session.ended_at or session.started_at)
    print(f"Review of {args.id} done; first feedback reached the manager "
          f"{format_delay(delay or dt.timedelta(0))} after the session.", file=ctx.out)
    return 0


@_run
def run_feedback(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.domain.cohorts import format_delay

    store = _store(ctx)
    session = store.get(args.id)
    fb = store.feedback(args.id)
    if args.json:
        print(fb.model_dump_json(indent=2), file=ctx.out)
        return 0
    share = store.get_share(args.id)
    print(f"Session {args.id}: " + ("shared" + (" with audio" if share and share.audio else "")
                                    if share else "private (not shared)"), file=ctx.out)
    delay = fb.time_to_feedback(session.ended_at or session.started_at)
    if delay is None:
        print("No facilitator feedback yet.", file=ctx.out)
        return 0
    within = fb.within_standard(session.ended_at or session.started_at)
    print(f"First feedback {format_delay(delay)} after the session"
          f"{' (within 48 h)' if within else ''}"
          f"; review {'done' if fb.done else 'in progress'}.", file=ctx.out)
    for o in fb.overrides:
        print(f"  {COMPETENCY_LABELS[o.competency]}: scorer {_level(o.scorer_score)} -> "
              f"facilitator {o.score}: {o.reason}", file=ctx.out)
    for c in fb.comments:
        print(f"  turn {c.turn} [{COMPETENCY_LABELS[c.competency]}] {c.text}", file=ctx.out)
    return 0
