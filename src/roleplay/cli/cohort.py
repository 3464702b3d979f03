"""Cohorts from the command line: `demo-cohort`, `cohort ...`, `share`/`unshare`, `review ...`.

Facilitator commands act as the cohort's facilitator. On the shared PostgreSQL store the
database knows who you are (your login role) and enforces what you may see; on SQLite (one
machine) ``--as PERSON`` says who is acting.
"""

from __future__ import annotations

import argparse

from roleplay.cli.cohort_cmds import access, cohorts, returns, sharing
from roleplay.cli.cohort_cmds import demo as demo_cmd
from roleplay.cli.cohort_cmds import review as review_cmds
from roleplay.domain.scores import Competency


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo-cohort", help="seed a demo cohort of simulated managers")
    demo.add_argument("--seed", type=int, default=7, help="same seed, same cohort (default 7)")
    demo.add_argument("--now", metavar="ISO", help="pretend it is this time (UTC ISO 8601)")
    demo.add_argument("--without-me", action="store_true",
                      help="do not add you to the demo cohort")
    demo.set_defaults(handler=demo_cmd.run_demo)

    cohort = sub.add_parser("cohort", help="cohorts: dashboard, calibration, reports, set-up")
    acts = cohort.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = acts.add_parser("list", help="cohorts and their members")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cohorts.run_list)
    p = acts.add_parser("dashboard", help="managers by competency, gap map, cadence, reviews")
    _cohort_opt(p)
    _now_opt(p)
    p.add_argument("--json", action="store_true")
    _csv_opt(p, "one row per manager, latest and average level per competency")
    p.set_defaults(handler=cohorts.run_dashboard)
    p = acts.add_parser("calibration", help="facilitator vs scorer agreement per competency")
    _cohort_opt(p)
    p.add_argument("--weights", choices=["quadratic", "linear"], default="quadratic")
    p.add_argument("--json", action="store_true")
    _csv_opt(p, "every scorer/facilitator pair of the reviewed sessions")
    p.set_defaults(handler=cohorts.run_calibration)
    p = acts.add_parser("report", help="the cohort report as PDF")
    _cohort_opt(p)
    _now_opt(p)
    p.add_argument("--pdf", metavar="PATH", required=True)
    p.set_defaults(handler=cohorts.run_report)
    p = acts.add_parser("reminder", help="the weekly practice reminder as an .ics file")
    _cohort_opt(p)
    p.add_argument("--ics", metavar="PATH", required=True)
    p.set_defaults(handler=cohorts.run_reminder)
    p = acts.add_parser("assignments", help="what your cohort asks you to practise")
    p.add_argument("--manager", metavar="ID", help="whose (default: you)")
    _now_opt(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cohorts.run_assignments)
    p = acts.add_parser("add-person", help="add or update a manager or facilitator")
    p.add_argument("id")
    p.add_argument("name")
    p.add_argument("--role", choices=["manager", "facilitator"], default="manager")
    p.add_argument("--email", default="")
    p.set_defaults(handler=cohorts.run_add_person)
    p = acts.add_parser("create", help="create or update a cohort")
    p.add_argument("id")
    p.add_argument("name")
    p.add_argument("--facilitator", required=True, metavar="ID")
    p.add_argument("--members", default="", metavar="ID,ID,...")
    p.add_argument("--weekday", default="TU", choices=["MO", "TU", "WE", "TH", "FR", "SA", "SU"])
    p.add_argument("--time", default="09:00", metavar="HH:MM")
    p.add_argument("--timezone", default="UTC")
    p.set_defaults(handler=cohorts.run_create)
    p = acts.add_parser("assign", help="assign a scenario to the cohort with a due date")
    _cohort_opt(p)
    p.add_argument("scenario")
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--note", default="")
    _now_opt(p)
    p.set_defaults(handler=cohorts.run_assign)
    p = acts.add_parser("login", help="PostgreSQL: create a person's own database role")
    p.add_argument("person")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the new role's password from the first line of stdin (never "
                   "put it on the command line)")
    p.add_argument("--password", help=argparse.SUPPRESS)  # refused with a clear message
    p.add_argument("--role-name", help="database role name (default rp_<person>)")
    p.set_defaults(handler=cohorts.run_login)
    p = acts.add_parser("db-password", help="PostgreSQL: keep your role's password in the OS "
                        "keyring (config.json holds the URL without it)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of stdin")
    p.add_argument("--password", help=argparse.SUPPRESS)  # refused with a clear message
    p.set_defaults(handler=access.run_db_password)

    share = sub.add_parser("share", help="share one session with your cohort's facilitator")
    share.add_argument("id", metavar="ID")
    share.add_argument("--audio", action="store_true", help="share its audio too")
    share.add_argument("--cohort", metavar="ID", help="which cohort (default: yours)")
    share.set_defaults(handler=sharing.run_share)
    unshare = sub.add_parser("unshare", help="withdraw a shared session (and its audio)")
    unshare.add_argument("id", metavar="ID")
    unshare.set_defaults(handler=sharing.run_unshare)

    review = sub.add_parser("review", help="facilitator review of shared sessions")
    racts = review.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = racts.add_parser("list", help="shared sessions and their review state")
    _cohort_opt(p)
    _now_opt(p)
    p.add_argument("--json", action="store_true")
    _csv_opt(p, "review turnaround per shared session (the 48-hour clock starts at sharing)")
    p.set_defaults(handler=review_cmds.run_review_list)
    p = racts.add_parser("show", help="a shared session with its scores and feedback")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=review_cmds.run_review_show)
    p = racts.add_parser("comment", help="comment on a turn, tagged with a competency")
    p.add_argument("id", metavar="ID")
    p.add_argument("turn", type=int)
    p.add_argument("competency", help="; ".join(c.value for c in Competency))
    p.add_argument("text")
    _as_opt(p)
    p.set_defaults(handler=review_cmds.run_comment)
    p = racts.add_parser("override", help="replace a competency's level (a reason is required)")
    p.add_argument("id", metavar="ID")
    p.add_argument("competency")
    p.add_argument("level", type=int, choices=[1, 2, 3, 4, 5])
    p.add_argument("--reason", required=True)
    _as_opt(p)
    p.set_defaults(handler=review_cmds.run_override)
    p = racts.add_parser("edit-comment", help="replace the words of one of your comments")
    p.add_argument("id", metavar="ID")
    p.add_argument("comment", metavar="COMMENT_ID", help="as `review show` lists it")
    p.add_argument("text")
    _as_opt(p)
    p.set_defaults(handler=review_cmds.run_edit_comment)
    p = racts.add_parser("delete-comment", help="delete one of your comments")
    p.add_argument("id", metavar="ID")
    p.add_argument("comment", metavar="COMMENT_ID", help="as `review show` lists it")
    _as_opt(p)
    p.set_defaults(handler=review_cmds.run_delete_comment)
    p = racts.add_parser("remove-override", help="back to the scorer's level for a competency")
    p.add_argument("id", metavar="ID")
    p.add_argument("competency")
    _as_opt(p)
    p.set_defaults(handler=review_cmds.run_remove_override)
    p = racts.add_parser("done", help="mark the review done")
    p.add_argument("id", metavar="ID")
    _as_opt(p)
    p.set_defaults(handler=review_cmds.run_done)
    p = racts.add_parser("feedback", help="the feedback on one of your sessions")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=review_cmds.run_feedback)
    p = racts.add_parser("return", help="the feedback on a session you imported, as a file "
                         "for its manager (no shared database)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="PATH", help="default: ID.feedback.zip")
    p.set_defaults(handler=returns.run_return)
    p = racts.add_parser("import-feedback", help="import the feedback file your facilitator "
                         "returned")
    p.add_argument("bundle", metavar="FILE")
    p.set_defaults(handler=returns.run_import_feedback)


def _cohort_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cohort", metavar="ID", help="which cohort (default: the only one)")


def _csv_opt(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--csv", metavar="PATH", help=f"also write a CSV table: {what}")


def _now_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--now", metavar="ISO",
                   help="pretend it is this time (as `demo-cohort --now`; default: now)")


def _as_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="as_person", metavar="PERSON",
                   help="who is reviewing (default: the cohort's facilitator)")
