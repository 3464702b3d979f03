"""`roleplay export ID --html/--pdf/--plan/--ics/--bundle` and `roleplay import BUNDLE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from roleplay.cli.context import RUNTIME, CliContext, session_id_arg
from roleplay.domain.cohorts import Feedback, counted
from roleplay.ports.cohorts import Store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser("export", help="a session report, coaching plan or bundle")
    export.add_argument("id", metavar="ID", type=session_id_arg)
    export.add_argument("--html", metavar="PATH", help="session report as HTML")
    export.add_argument("--pdf", metavar="PATH", help="session report as PDF")
    export.add_argument("--plan", metavar="PATH",
                        help="one-page coaching plan: .md for Markdown, .pdf for PDF")
    export.add_argument("--ics", metavar="PATH", help="the plan's follow-up as a calendar event")
    export.add_argument("--bundle", metavar="PATH",
                        help="session + score + audio as one file to import elsewhere")
    export.add_argument("--no-audio", action="store_true", help="leave the audio out of --bundle")
    export.set_defaults(handler=run_export)
    imp = sub.add_parser("import", help="import a session bundle")
    imp.add_argument("bundle", metavar="BUNDLE")
    imp.set_defaults(handler=run_import)


def _open(ctx: CliContext) -> Store:
    from roleplay.app.services import open_store

    return open_store(ctx.config)


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.ports.store import SessionNotFound, StoreError

    if not any((args.html, args.pdf, args.plan, args.ics, args.bundle)):
        return ctx.fail("say what to export: --html, --pdf, --plan, --ics or --bundle")
    if args.plan and Path(args.plan).suffix.lower() not in (".md", ".pdf"):
        return ctx.fail("--plan: name a .md or a .pdf file")
    try:
        store = _open(ctx)
        session = store.get(args.id)
    except SessionNotFound as exc:
        return ctx.fail(str(exc))
    except StoreError as exc:
        return ctx.fail(str(exc), code=RUNTIME)
    score = store.get_score(session.id)
    feedback: Feedback | None = store.feedback(session.id).with_share(store.get_share(session.id))
    if feedback is not None and not (feedback.comments or feedback.overrides or feedback.review):
        feedback = None
    try:
        return _write(args, ctx, store, session, score, feedback)
    finally:
        store.close()


def _write(args: argparse.Namespace, ctx: CliContext, store: Any, session: Any, score: Any,
           feedback: Any) -> int:
    written: list[Path] = []
    if args.html:
        from roleplay.exports.html import session_report_html

        path = Path(args.html)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(session_report_html(session, score, feedback), encoding="utf-8")
        written.append(path)
    if args.pdf:
        from roleplay.exports.pdf import session_report_pdf

        written.append(session_report_pdf(session, score, Path(args.pdf), feedback))
    if args.plan or args.ics:
        from roleplay.exports.plan import coaching_plan, plan_ics, plan_markdown

        plan = coaching_plan(session, score, feedback)
        if args.plan:
            path = Path(args.plan)
            if path.suffix.lower() == ".pdf":
                from roleplay.exports.pdf_cohort import coaching_plan_pdf

                written.append(coaching_plan_pdf(plan, path))
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(plan_markdown(plan), encoding="utf-8")
                written.append(path)
        if args.ics:
            path = Path(args.ics)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(plan_ics(plan), encoding="utf-8", newline="")
            written.append(path)
    if args.bundle:
        from roleplay.exports.bundle import BundleError, export_bundle

        try:
            written.append(export_bundle(store, session.id, ctx.config.data_dir,
                                         Path(args.bundle), include_audio=not args.no_audio,
                                         share=store.get_share(session.id)))
        except BundleError as exc:
            return ctx.fail(str(exc))
    for path in written:
        print(f"Wrote {path}", file=ctx.out)
    return 0


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.exports.bundle import BundleError
    from roleplay.exports.feedback_bundle import import_for_review
    from roleplay.ports.store import StoreError

    try:
        store = _open(ctx)
    except StoreError as exc:
        return ctx.fail(str(exc), code=RUNTIME)
    try:
        session, share = import_for_review(store, Path(args.bundle), ctx.config.data_dir)
    except BundleError as exc:
        return ctx.fail(f"{args.bundle}: {exc}")
    finally:
        store.close()
    audio = sum(1 for t in session.turns if t.audio_ref)
    print(f"Imported session {session.id} ({session.scenario.title}, {session.manager.name}, "
          f"{counted(len(session.turns), 'turn')}, {counted(audio, 'recording')}).",
          file=ctx.out)
    if share is not None:
        print(f"Shared with cohort {share.cohort_id} as its manager shared it "
              f"({share.shared_at:%Y-%m-%d %H:%M} UTC{', with audio' if share.audio else ''}); "
              f"review it with `roleplay review show {session.id}` and return the feedback "
              f"with `roleplay review return {session.id}`.", file=ctx.out)
    return 0
