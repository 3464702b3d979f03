"""`roleplay practice SCENARIO --text`: a rehearsal in the terminal.

Manager lines come from stdin, one per turn (so a session can be scripted); `/end` ends it.
Every turn is saved as it happens, so Ctrl-C or a crash loses nothing: resume with --resume.
"""

from __future__ import annotations

import argparse
import io
import json
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from roleplay.app.config import AppConfig
from roleplay.app.services import (
    make_catalogue,
    make_coder,
    make_scorer,
    make_voice_with_notice,
    open_store,
)
from roleplay.cli.context import (
    RUNTIME,
    CliContext,
    clean_input,
    printable,
    session_id_arg,
)

if TYPE_CHECKING:
    from roleplay.cli.voice import SpokenTurns
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import COMPETENCY_LABELS, SessionScore
from roleplay.domain.session import Mode, Session
from roleplay.ports.store import SessionNotFound, StoreError
from roleplay.scenarios.loader import ScenarioFileError
from roleplay.services.practice import ManagerLine, Practice, PracticeService, ReplyFailed

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
    parser.add_argument("--resume", metavar="ID", type=session_id_arg,
                        help="continue a saved session")
    parser.add_argument("--from-turn", type=int, metavar="N",
                        help="with --resume: take it again from your turn N "
                        "(the index shown by `roleplay sessions show`); "
                        "the earlier attempt is kept")
    parser.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.PRACTICE.value,
                        help="practice (nudges on) or assessment")
    parser.add_argument("--voice", action="store_true",
                        help="speak your turns into the microphone and hear the report "
                        "(Enter to talk, Enter when done); a line '@file.wav' works in any mode")
    parser.add_argument("--hands-free", action="store_true",
                        help="with --voice: a pause ends your turn, no keys needed")
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
    p = scenario.persona
    print(printable(f"\n== {scenario.title} ({scenario.difficulty.value}) =="), file=out)
    print(printable(wrap.fill(scenario.opening.situation)), file=out)
    print(printable(f"\nYou are meeting {p.name}, {p.role}, {p.tenure}."), file=out)
    print("\nFacts you can cite:", file=out)
    for fact in scenario.facts:
        print(printable(wrap.fill(f"- {fact.date.isoformat()}: {fact.observation}")), file=out)
    print("\nYour objectives:", file=out)
    for objective in scenario.objectives:
        print(printable(wrap.fill(f"- {objective}")), file=out)
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
    if isinstance(ctx.stdin, io.TextIOWrapper):  # bytes that are not UTF-8 must not end the run
        ctx.stdin.reconfigure(errors="surrogateescape")  # clean_input replaces them
    service = PracticeService(store, coder, voice, None)
    try:
        if args.resume:
            practice = service.resume(args.resume)
            if args.from_turn is None and practice.ended:
                return ctx.fail(f"session {args.resume} has ended; take it again from one of "
                                f"your turns with `roleplay practice --resume {args.resume} "
                                f"--from-turn N` (see `roleplay sessions show {args.resume}`)")
            if args.from_turn is not None:
                practice = practice.rewind(args.from_turn)
                print(f"New attempt {practice.session.id} from turn {args.from_turn} "
                      f"(the earlier attempt {args.resume} is kept).", file=talk)
        else:
            if not args.scenario:
                return ctx.fail(
                    "name a scenario (see `roleplay scenarios list`) or use --resume ID")
            if args.from_turn is not None:
                return ctx.fail("--from-turn needs --resume ID")
            scenario = make_catalogue(ctx.config).get(args.scenario)
            practice = service.start(scenario, mode=Mode(args.mode), manager=ctx.config.manager)
        store.hold_session(practice.session.id)  # a second writer is refused here
    except StoreError as exc:  # e.g. the session is open in another roleplay
        return ctx.fail(str(exc), code=RUNTIME)
    except (KeyError, SessionNotFound) as exc:
        return ctx.fail(str(exc.args[0]))
    except ScenarioFileError as exc:
        return ctx.fail(str(exc))
    except ValueError as exc:
        return ctx.fail(str(exc))

    session = practice.session
    name = session.scenario.persona.name.split()[0]
    print_brief(session.scenario, voice.description, talk, notice)
    for turn in session.turns:
        who = "You" if turn.speaker == "manager" else name
        print(printable(f"{who}: {turn.text}"), file=talk)

    conversation = _Talk(practice, ctx, talk, interactive, ctx.config, voice=args.voice,
                         hands_free=args.hands_free)
    try:
        try:
            status = conversation.run()
        finally:
            conversation.close()
        score = None
        if status == 0:
            practice.scorer = make_scorer(ctx.config, coder)  # only now: it loads the rubric
            finished = practice.finish()  # end -> score -> save
            session, score = finished.session, finished.score
        else:
            session = practice.session
        print(f"\nSession {session.id} saved ({len(session.turns)} turns).", file=talk)
        data = session_json(session)
        if score is not None:
            data["score"] = _show_score(session, score, talk)
    except StoreError as exc:  # disk full, database gone read-only...: what was said is kept
        print(file=talk)
        return ctx.fail(f"{exc} (session {practice.session.id})", code=1)
    if args.json:
        print(json.dumps(data, indent=2), file=ctx.out)
    return status


def _show_score(session: Session, score: SessionScore, talk: TextIO) -> dict[str, Any]:
    """The saved score in a few lines, and as JSON for --json."""
    from roleplay.scoring.report import score_to_json

    print(f"\nOverall {score.overall}/100", file=talk)
    for item in score.competencies:
        level = f"{item.score}/5" if item.score is not None else "not observed"
        print(f"  {COMPETENCY_LABELS[item.competency]:<22} {level}", file=talk)
    print(f"Full report: roleplay score --session {session.id}", file=talk)
    return score_to_json(score)


class _Talk:
    """One terminal conversation: typed lines, recorded (@file.wav) or spoken turns."""

    def __init__(self, practice: Practice, ctx: CliContext, talk: TextIO,
                 interactive: bool, config: AppConfig, *, voice: bool, hands_free: bool) -> None:
        self.practice, self.ctx, self.talk, self.interactive = practice, ctx, talk, interactive
        self.name = printable(practice.session.scenario.persona.name.split()[0])
        self.config = config
        self.hands_free = hands_free
        self.spoken: SpokenTurns | None = None
        self.microphone = voice
        if voice:
            self._speech(speak_replies=True)

    def _speech(self, speak_replies: bool = False) -> SpokenTurns:
        if self.spoken is None:
            from roleplay.app.speech_kit import make_speech_kit
            from roleplay.cli.voice import SpokenTurns

            kit = make_speech_kit(self.config, speak=speak_replies, microphone=False)
            self.practice.audio = kit.save_turn_audio
            self.spoken = SpokenTurns(kit, self.practice, self.talk, self.ctx.stdin,
                                      speak_replies=speak_replies)
        return self.spoken

    def close(self) -> None:
        if self.spoken is not None:
            self.spoken.close()

    def reply(self) -> bool:
        print(f"{self.name}: ", end="", file=self.talk, flush=True)

        def show(chunk: str) -> None:
            print(printable(chunk), end="", file=self.talk, flush=True)
            if self.spoken is not None:
                self.spoken.on_reply_chunk(chunk)

        try:
            self.practice.reply(on_chunk=show)
        except ReplyFailed as exc:
            if not self.interactive:
                # A script cannot press Enter (the voice has retried already): say where the
                # run stops instead of dropping the remaining lines unannounced.
                unsent = sum(1 for line in self.ctx.stdin if line.strip())
                action = (f"the script stops here ({unsent} more line(s) not sent); resume "
                          f"with `roleplay practice --resume {self.practice.session.id}`")
            elif exc.retryable:
                action = "press Enter to retry, or /end"
            else:
                action = (f"fix the LLM settings (`roleplay llm check`) and resume with "
                          f"`roleplay practice --resume {self.practice.session.id}`, or /end")
            print(f"\n[{self.name} could not answer: {exc.message}. Your line is saved; "
                  f"{action}.]", file=self.talk)
            return False
        print(file=self.talk, flush=True)
        if self.spoken is not None:
            self.spoken.reply_finished()
        return True

    def run(self) -> int:
        practice = self.practice
        if practice.awaiting_reply and not self.reply() and not self.interactive:
            return 1
        if self.microphone:
            how = ("a pause ends your turn; Ctrl-C stops (the session stays resumable)"
                   if self.hands_free else "press Enter to talk, Enter again when done")
            print(f"Speak your turns: {how}. You can also type a line.", file=self.talk)
        while True:
            if self.microphone and self.hands_free and not practice.awaiting_reply:
                self.microphone = self._speech().from_microphone(hands_free=True)
                if practice.awaiting_reply and not self.reply() and not self.interactive:
                    return 1
                continue
            if self.interactive:
                print("You: ", end="", file=self.talk, flush=True)
            line = self.ctx.stdin.readline()
            if not line:  # end of input: the script (or Ctrl-D) is done
                return 0
            text = clean_input(line).strip()
            if text.lower() in END_COMMANDS:
                return 0
            if practice.awaiting_reply:
                # The last reply failed: retry it before anything new is said.
                if not self.reply() and not self.interactive:
                    return 1
                if not text:
                    continue
            if text.startswith("@"):
                self._speech().from_file(Path(text[1:].strip()).expanduser())
            elif not text:
                if self.microphone:
                    self.microphone = self._speech().from_microphone(hands_free=False)
                continue
            else:
                practice.say(ManagerLine(text))  # stored first: echoed only once it is kept
                if not self.interactive:
                    print(f"You: {text}", file=self.talk)
            if practice.awaiting_reply and not self.reply() and not self.interactive:
                return 1
