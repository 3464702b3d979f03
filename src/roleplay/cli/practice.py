"""`roleplay practice SCENARIO --text`: a rehearsal in the terminal.

Manager lines come from stdin, one per turn (so a session can be scripted); `/end` ends it.
Every turn is saved as it happens, so Ctrl-C or a crash loses nothing: resume with --resume.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import Any, TextIO

from roleplay.app.services import (
    make_catalogue,
    make_coder,
    make_scorer,
    make_voice_with_notice,
    open_store,
)
from roleplay.cli.context import CliContext
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import COMPETENCY_LABELS
from roleplay.domain.session import Mode, Session
from roleplay.engine import ReplyFailed, SessionEngine
from roleplay.ports.scoring import Scorer
from roleplay.ports.store import SessionNotFound, SessionStore
from roleplay.scenarios.loader import ScenarioFileError

END_COMMANDS = {"/end", "/quit", "/exit"}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("practice", help="rehearse a conversation in the terminal")
    parser.add_argument("scenario", nargs="?", metavar="SCENARIO",
                        help="scenario id (see `roleplay scenarios list`) or a YAML file")
    parser.add_argument("--text", action="store_true",
                        help="type your lines (the default in the terminal)")
    parser.add_argument("--json", action="store_true",
                        help="print the finished session as JSON on stdout "
                        "(the conversation goes to stderr)")
    parser.add_argument("--resume", metavar="ID", help="continue a saved session")
    parser.add_argument("--from-turn", type=int, metavar="N",
                        help="with --resume: take it again from your turn N "
                        "(the index shown by `roleplay sessions show`); "
                        "the earlier attempt is kept")
    parser.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.PRACTICE.value,
                        help="practice (nudges on) or assessment")
    parser.add_argument("--offline", action="store_true",
                        help="use the offline scripted persona even if an LLM is configured")
    parser.set_defaults(handler=run)


def session_json(session: Session) -> dict[str, Any]:
    """The session as printed by --json and `sessions show --json`."""
    data = session.model_dump(mode="json", exclude={"scenario"})
    data["scenario_id"] = session.scenario.id
    data["scenario_title"] = session.scenario.title
    return data


def print_brief(scenario: Scenario, voice: str, out: TextIO, notice: str = "") -> None:
    wrap = textwrap.TextWrapper(width=88, subsequent_indent="  ")
    print(f"\n== {scenario.title} ({scenario.difficulty.value}) ==", file=out)
    print(wrap.fill(scenario.opening.situation), file=out)
    p = scenario.persona
    print(f"\nYou are meeting {p.name}, {p.role}, {p.tenure}.", file=out)
    print("\nFacts you can cite:", file=out)
    for fact in scenario.facts:
        print(wrap.fill(f"- {fact.date.isoformat()}: {fact.observation}"), file=out)
    print("\nYour objectives:", file=out)
    for objective in scenario.objectives:
        print(wrap.fill(f"- {objective}"), file=out)
    print(f"\nThe report is played by: {voice}.", file=out)
    if notice:
        print(wrap.fill(notice), file=out)
    print("Type your lines; /end to finish. Everything is saved as you go.\n", file=out)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    store = open_store(ctx.config)
    coder = make_coder()
    voice, notice = make_voice_with_notice(ctx.config, offline=args.offline)
    talk = ctx.err if args.json else ctx.out
    interactive = ctx.stdin.isatty()
    try:
        if args.resume:
            engine = SessionEngine.resume(store, coder, voice, args.resume)
            if args.from_turn is not None:
                engine = engine.rewind(args.from_turn)
                print(f"New attempt {engine.session.id} from turn {args.from_turn} "
                      f"(the earlier attempt {args.resume} is kept).", file=talk)
        else:
            if not args.scenario:
                return ctx.fail(
                    "name a scenario (see `roleplay scenarios list`) or use --resume ID")
            if args.from_turn is not None:
                return ctx.fail("--from-turn needs --resume ID")
            scenario = make_catalogue(ctx.config).get(args.scenario)
            engine = SessionEngine.start(store, coder, voice, scenario, mode=Mode(args.mode),
                                         manager=ctx.config.manager)
    except (KeyError, SessionNotFound) as exc:
        return ctx.fail(str(exc.args[0]))
    except ScenarioFileError as exc:
        return ctx.fail(str(exc))
    except ValueError as exc:
        return ctx.fail(str(exc))

    session = engine.session
    name = session.scenario.persona.name.split()[0]
    print_brief(session.scenario, voice.description, talk, notice)
    for turn in session.turns:
        who = "You" if turn.speaker == "manager" else name
        print(f"{who}: {turn.text}", file=talk)

    status = _converse(engine, name, ctx, talk, interactive)
    session = engine.end() if status == 0 else engine.session
    print(f"\nSession {session.id} saved ({len(session.turns)} turns).", file=talk)
    data = session_json(session)
    if status == 0 and session.transcript.manager_turns():
        scorer, _ = make_scorer(ctx.config, coder)
        data["score"] = _score(session, scorer, store, talk)
    if args.json:
        print(json.dumps(data, indent=2), file=ctx.out)
    return status


def _score(session: Session, scorer: Scorer, store: SessionStore,
           talk: TextIO) -> dict[str, Any]:
    """Score the finished session with the coder the persona reacted to, and save the score."""
    from roleplay.scoring.report import score_to_json

    score = scorer.score(session)
    store.save_score(session.id, score)
    print(f"\nOverall {score.overall}/100", file=talk)
    for item in score.competencies:
        level = f"{item.score}/5" if item.score is not None else "not observed"
        print(f"  {COMPETENCY_LABELS[item.competency]:<22} {level}", file=talk)
    print(f"Full report: roleplay score --session {session.id}", file=talk)
    return score_to_json(score)


def _reply(engine: SessionEngine, name: str, talk: TextIO) -> bool:
    print(f"{name}: ", end="", file=talk, flush=True)
    try:
        engine.report_reply(on_chunk=lambda chunk: print(chunk, end="", file=talk, flush=True))
    except ReplyFailed as exc:
        if exc.retryable:
            action = "press Enter to retry, or /end"
        else:
            action = (f"fix the LLM settings (`roleplay llm check`) and resume with "
                      f"`roleplay practice --resume {engine.session.id}`, or /end")
        print(f"\n[{name} could not answer: {exc.message}. Your line is saved; {action}.]",
              file=talk)
        return False
    print(file=talk, flush=True)
    return True


def _converse(engine: SessionEngine, name: str, ctx: CliContext, talk: TextIO,
              interactive: bool) -> int:
    if engine.awaiting_reply and not _reply(engine, name, talk) and not interactive:
        return 1
    while True:
        if interactive:
            print("You: ", end="", file=talk, flush=True)
        line = ctx.stdin.readline()
        if not line:  # end of input: the script (or Ctrl-D) is done
            return 0
        text = line.strip()
        if text.lower() in END_COMMANDS:
            return 0
        if not text:
            if engine.awaiting_reply:
                _reply(engine, name, talk)
            continue
        if not interactive:
            print(f"You: {text}", file=talk)
        # The last reply failed; the new line answers nothing yet, so retry first.
        if engine.awaiting_reply and not _reply(engine, name, talk):
            return 1
        engine.manager_says(text)
        if not _reply(engine, name, talk) and not interactive:
            return 1
