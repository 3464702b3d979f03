"""`roleplay sessions list|show|delete`."""

from __future__ import annotations

import argparse
import json

from roleplay.app.services import make_voice, open_store
from roleplay.cli.context import CliContext, printable, session_id_arg
from roleplay.cli.practice import session_json
from roleplay.domain.session import SessionStatus
from roleplay.ports.store import SessionNotFound
from roleplay.speech.audio import delete_session_audio


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sessions", help="your saved sessions")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="all sessions, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", help="one session's transcript and persona trace")
    show.add_argument("id", metavar="ID", type=session_id_arg)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    thinking = actions.add_parser(
        "thinking", help="what the report was thinking, turn by turn (from the persona trace)")
    thinking.add_argument("id", metavar="ID", type=session_id_arg)
    thinking.add_argument("--json", action="store_true")
    thinking.add_argument("--offline", action="store_true",
                          help="templated wording even if an LLM is available")
    thinking.set_defaults(handler=run_thinking)
    delete = actions.add_parser("delete", help="delete a session and its audio")
    delete.add_argument("id", metavar="ID", type=session_id_arg)
    delete.set_defaults(handler=run_delete)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    sessions = open_store(ctx.config).list_sessions()
    if args.json:
        print(json.dumps([s.model_dump(mode="json") for s in sessions], indent=2), file=ctx.out)
        return 0
    if not sessions:
        print("No sessions yet. Start one with `roleplay practice SCENARIO`.", file=ctx.out)
    for s in sessions:
        state = "unfinished" if s.status == SessionStatus.ACTIVE else "ended"
        score = f"{s.overall:>3}" if s.overall is not None else "  -"
        attempt = f" (retry of {s.parent_id})" if s.parent_id else ""
        print(printable(f"{s.id}  {s.started_at:%Y-%m-%d %H:%M}  {state:<10}  "
                        f"{s.turn_count:>3} turns  score {score}  {s.scenario_title}{attempt}"),
              file=ctx.out)
    return 0


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        session = open_store(ctx.config).get(args.id)
    except SessionNotFound as exc:
        return ctx.fail(str(exc))
    if args.json:
        print(json.dumps(session_json(session), indent=2), file=ctx.out)
        return 0
    name = session.scenario.persona.name.split()[0]
    state = "unfinished (resume with `roleplay practice --resume " + session.id + "`)" \
        if session.status == SessionStatus.ACTIVE else "ended"
    print(printable(f"{session.scenario.title}: session {session.id}, {state}"), file=ctx.out)
    trace = {e.turn: e for e in session.persona_trace}
    for turn in session.turns:
        who = "You" if turn.speaker == "manager" else name
        print(printable(f"[{turn.index}] {who}: {turn.text}"), file=ctx.out)
        entry = trace.get(turn.index)
        if entry is not None:
            moves = ", ".join(m.value for m in entry.moves) or "no clear move"
            newly = ", ".join(entry.newly_revealed)
            revealed = f"; revealed {newly}" if newly else ""
            print(f"      ({moves}; trust {entry.trust:.0f}, defensiveness "
                  f"{entry.defensiveness:.0f}, openness {entry.openness:.0f}"
                  f"{revealed})", file=ctx.out)
    return 0


def run_thinking(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.persona.thinking import what_they_were_thinking
    from roleplay.persona.voice import LLMVoice

    try:
        session = open_store(ctx.config).get(args.id)
    except SessionNotFound as exc:
        return ctx.fail(str(exc))
    voice = make_voice(ctx.config, offline=args.offline)
    model = voice.model if isinstance(voice, LLMVoice) else None
    view = what_they_were_thinking(session, model)
    if args.json:
        print(json.dumps(view.model_dump(mode="json"), indent=2), file=ctx.out)
        return 0
    name = session.scenario.persona.name.split()[0]
    how = "LLM-phrased" if view.phrased_by == "llm" else "from the persona trace"
    print(f"What {name} was thinking ({how}):", file=ctx.out)
    for t in view.thoughts:
        print(printable(f"[{t.turn}] {t.thought}") + f" (trust {t.trust_delta:+.0f}, "
              f"defensiveness {t.defensiveness_delta:+.0f})", file=ctx.out)
    if view.note:
        print(view.note, file=ctx.out)
    return 0


def run_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    store = open_store(ctx.config)
    try:
        store.get(args.id)
    except SessionNotFound as exc:
        return ctx.fail(str(exc))
    store.delete(args.id)
    delete_session_audio(ctx.config.audio_dir, args.id)
    print(f"Deleted session {args.id}.", file=ctx.out)
    return 0
