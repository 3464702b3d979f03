"""`roleplay cohort ...`: list, dashboard, calibration, report, reminder, assignments and
set-up."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from pathlib import Path

from roleplay.cli.cohort_cmds._common import (
    Fail,
    Stores,
    command,
    level,
    parse_now,
    pct,
    pick_cohort,
    utcnow,
    write_csv,
)
from roleplay.cli.context import CliContext
from roleplay.domain.cohorts import Assignment, AssignmentProgress, Cohort, counted
from roleplay.domain.dashboard import CohortDashboard
from roleplay.domain.scores import COMPETENCY_LABELS, Competency
from roleplay.ports.cohorts import DatabaseLogins, Store
from roleplay.services.assignments import my_assignments


@command
def run_list(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    store = stores.open()
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


def _cohort_assignments(store: Store, cohort: Cohort) -> list[Assignment]:
    """The cohort's assignments (the store lists them per member)."""
    found: dict[str, Assignment] = {}
    for member in cohort.member_ids:
        for a in store.assignments_for(member):
            if a.cohort_id == cohort.id:
                found[a.id] = a
    return list(found.values())


def _dashboard(store: Store, cohort: Cohort, now: dt.datetime) -> CohortDashboard:
    from roleplay.domain.dashboard import build_dashboard

    return build_dashboard(cohort, store.list_people(), store.shared_sessions(cohort.id), now,
                           assignments=_cohort_assignments(store, cohort))


@command
def run_dashboard(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.cohorts import format_day, format_delay

    store = stores.open()
    dash = _dashboard(store, pick_cohort(store, args.cohort), parse_now(args.now))
    if args.csv:
        from roleplay.exports.tables import dashboard_csv

        write_csv(args.csv, dashboard_csv(dash), ctx)
    if args.json:
        print(dash.model_dump_json(indent=2), file=ctx.out)
        return 0
    out = ctx.out
    comps = list(Competency)
    n = dash.shared_sessions
    print(f"{dash.cohort_name}: {n} shared {'session' if n == 1 else 'sessions'}, target level "
          f"{dash.target}", file=out)
    print("\nManagers by competency: latest (average)", file=out)
    head = f"{'manager':<16}{'sessions':>9}{'/week':>7}  " + "".join(
        f"{COMPETENCY_LABELS[c][:20]:<22}" for c in comps)
    print(head, file=out)
    for m in dash.managers:
        cells = "".join(f"{level(m.latest[c]) + ' (' + level(m.average[c]) + ')':<22}"
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
    today = dash.generated_at.date()
    if dash.assignments:
        print("\nAssignments (done = practised and shared)", file=out)
    for row in dash.assignments:
        a = row.assignment
        print(f"  {a.scenario_id:<28} due {format_day(a.due, today):<16} "
              f"{row.done}/{len(row.progress)} done, {row.overdue} overdue, "
              f"{row.assigned} still to do", file=out)
    print(f"\nReviews pending: {len(dash.pending)}", file=out)
    for p in dash.pending:
        flag = "OVERDUE" if p.overdue else ""
        print(f"  {p.session_id}  {p.manager_name:<16} {p.scenario_title[:32]:<33} "
              f"{format_delay(p.age):>8}  {flag}", file=out)
    return 0


@command
def run_calibration(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.calibration import calibrate, describe_kappa

    store = stores.open()
    cohort = pick_cohort(store, args.cohort)
    shared = store.shared_sessions(cohort.id)
    report = calibrate(shared, args.weights)
    if args.csv:
        from roleplay.exports.tables import calibration_csv

        write_csv(args.csv, calibration_csv(shared), ctx)
    if args.json:
        print(report.model_dump_json(indent=2), file=ctx.out)
        return 0
    print(f"{cohort.name}: facilitator vs scorer over "
          f"{counted(report.reviewed_sessions, 'reviewed session')} (Cohen's kappa, "
          f"{args.weights} weights)", file=ctx.out)
    print(f"{'competency':<24}{'pairs':>6}{'exact':>8}{'within 1':>10}{'kappa':>8}", file=ctx.out)
    for a in (*report.per_competency, report.overall):
        name = COMPETENCY_LABELS[a.competency] if a.competency else "All competencies"
        kappa = "-" if a.kappa is None else f"{a.kappa:.2f}"
        print(f"{name:<24}{a.n:>6}{pct(a.exact):>8}{pct(a.within_one):>10}{kappa:>8}  "
              f"{describe_kappa(a.kappa)}", file=ctx.out)
    return 0


@command
def run_report(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.calibration import calibrate
    from roleplay.exports.pdf_cohort import cohort_report_pdf

    store = stores.open()
    cohort = pick_cohort(store, args.cohort)
    dash = _dashboard(store, cohort, parse_now(args.now))
    path = cohort_report_pdf(dash, calibrate(store.shared_sessions(cohort.id)), Path(args.pdf))
    print(f"Wrote {path}", file=ctx.out)
    return 0


@command
def run_reminder(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.exports.ics import weekly_reminder

    store = stores.open()
    cohort = pick_cohort(store, args.cohort)
    path = Path(args.ics)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(weekly_reminder(cohort, utcnow()), encoding="utf-8", newline="")
    print(f"Wrote {path}: every {cohort.practice.weekday.value} at "
          f"{cohort.practice.time:%H:%M} {cohort.practice.timezone}", file=ctx.out)
    return 0


def print_assignments(progress: list[AssignmentProgress], today: dt.date, ctx: CliContext,
                      indent: str = "") -> None:
    from roleplay.domain.cohorts import format_day

    for p in progress:
        a = p.assignment
        note = f"  ({a.note})" if a.note else ""
        print(f"{indent}{format_day(a.due, today):<16} {a.scenario_id:<24} {p.state.value:<9} "
              f"{p.describe(today)}{note}", file=ctx.out)


@command
def run_assignments(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    store = stores.open()
    who = args.manager or (store.me() if isinstance(store, DatabaseLogins) else None) or "me"
    today = parse_now(args.now).date()
    progress = my_assignments(store, who, today)
    if args.json:
        print(json.dumps([p.model_dump(mode="json") for p in progress], indent=2), file=ctx.out)
        return 0
    if not progress:
        print("No assignments.", file=ctx.out)
    print_assignments(progress, today, ctx)
    return 0


@command
def run_add_person(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.cohorts import Person, Role

    store = stores.open()
    role = Role(args.role)
    if role == Role.FACILITATOR:
        member_of = [c.id for c in store.list_cohorts() if args.id in c.member_ids]
        if member_of:
            raise Fail(f"{args.id} is a member of {', '.join(member_of)}; a member cannot be "
                       "made facilitator while a member (take them out of the cohort first)")
    store.add_person(Person(id=args.id, name=args.name, role=role, email=args.email))
    print(f"Saved {args.role} {args.id}.", file=ctx.out)
    return 0


@command
def run_create(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.domain.cohorts import Cohort, PracticeSlot, Role, Weekday

    members = tuple(m.strip() for m in args.members.split(",") if m.strip())
    try:
        hour, minute = (int(part) for part in args.time.split(":"))
        time = dt.time(hour, minute)
    except ValueError as exc:
        raise Fail(f"--time: expected HH:MM on a 24-hour clock (00:00 to 23:59); "
                   f"got {args.time!r}") from exc
    cohort = Cohort(id=args.id, name=args.name, facilitator_id=args.facilitator,
                    member_ids=members,
                    practice=PracticeSlot(weekday=Weekday(args.weekday), time=time,
                                          timezone=args.timezone))
    store = stores.open()
    facilitator = store.get_person(args.facilitator)
    if facilitator is not None and facilitator.role != Role.FACILITATOR:
        raise Fail(f"{args.facilitator} is a manager; add them with --role facilitator first")
    store.add_cohort(cohort)
    managers = "manager" if len(members) == 1 else "managers"
    print(f"Saved cohort {cohort.id} with {len(members)} {managers}.", file=ctx.out)
    warning = cohort.size_warning()
    if warning:
        print(f"roleplay: warning: {warning}.", file=ctx.err)
    return 0


@command
def run_assign(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.app.services import make_catalogue
    from roleplay.domain.cohorts import Assignment, format_day

    store = stores.open()
    cohort = pick_cohort(store, args.cohort)
    try:
        due = dt.date.fromisoformat(args.due)
    except ValueError as exc:
        raise Fail(f"--due: expected a date (YYYY-MM-DD); got {args.due!r}") from exc
    today = parse_now(args.now).date()
    if due < today:
        raise Fail(f"--due {due:%Y-%m-%d} is in the past (today is {today:%Y-%m-%d})")
    known = {s.id for s in make_catalogue(ctx.config).all()}
    if args.scenario not in known:
        raise Fail(f"no scenario {args.scenario!r}; assign one by its id: "
                   f"{', '.join(sorted(known))}")
    store.add_assignment(Assignment(id=uuid.uuid4().hex[:10], cohort_id=cohort.id,
                                    scenario_id=args.scenario, due=due, note=args.note))
    print(f"Assigned {args.scenario} to {cohort.name}, due {format_day(due, today)}.",
          file=ctx.out)
    return 0


@command
def run_login(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    if args.password is not None or not args.password_stdin:
        raise Fail("give the password on stdin with --password-stdin; a password on the "
                   "command line is visible to other users (ps) and kept in shell history")
    store = stores.open()
    if not isinstance(store, DatabaseLogins):
        raise Fail("database roles exist only on the shared PostgreSQL store "
                    "(set database_url in the settings)")
    password = ctx.stdin.readline().rstrip("\r\n")
    if not password:
        raise Fail("--password-stdin: no password on stdin (e.g. `pass show rp_ana | "
                   "roleplay cohort login ana --password-stdin`)")
    role = store.provision_login(args.person, password, args.role_name)
    print(f"Database role {role} can now log in as {args.person}.", file=ctx.out)
    return 0
