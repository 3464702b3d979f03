"""`roleplay score TRANSCRIPT.json [--json]` and `roleplay score --session ID`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from roleplay.app.services import make_judge, make_llm_coder, make_scorer
from roleplay.cli.context import CliContext
from roleplay.domain.scenario import ConversationType


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "score", help="score a transcript file or a stored session",
        description="Score a 1:1 against the coaching rubric: behaviour codes per turn, "
                    "conversation metrics, competency scores with quoted evidence. "
                    "Transcript format: see docs/scoring.md.")
    parser.add_argument("transcript", nargs="?", metavar="TRANSCRIPT.json",
                        help='a file like {"turns": [{"speaker": "manager", "text": "..."}]}')
    parser.add_argument("--session", metavar="ID", help="score a stored session instead")
    parser.add_argument("--json", action="store_true", help="print the score as JSON")
    parser.add_argument("--type", dest="conversation_type",
                        choices=[c.value for c in ConversationType],
                        help="conversation type (sets the rubric weights)")
    parser.add_argument("--judge", action="store_true",
                        help="also ask the configured LLM: as a judge (may move a score one "
                             "level) and as a second coder (its agreement is shown, not scored)")
    parser.add_argument("--save", action="store_true",
                        help="with --session: store the score with the session")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.scoring.report import format_report, score_to_json
    from roleplay.scoring.transcript_file import TranscriptFileError, load_transcript_file

    if bool(args.transcript) == bool(args.session):
        return ctx.fail("score: give a TRANSCRIPT.json file or --session ID (one of them)")
    judge, notice = make_judge(ctx.config) if args.judge else (None, None)
    # With --judge the same LLM also codes the turns: its agreement is shown, not scored.
    scorer = make_scorer(ctx.config, judge=judge,
                         second_coder=make_llm_coder(ctx.config) if judge else None)
    kind = ConversationType(args.conversation_type) if args.conversation_type else None
    if args.session:
        from roleplay.app.services import open_store
        from roleplay.ports.store import SessionNotFound
        from roleplay.services.practice import score_and_save

        store = open_store(ctx.config)
        try:
            session = store.get(args.session)
            if kind is not None:  # otherwise the scenario's own type (its facts fill rewrites)
                session = session.model_copy(update={
                    "scenario": session.scenario.model_copy(update={"type": kind})})
            score = score_and_save(scorer, store if args.save else None, session)
        except SessionNotFound as exc:
            return ctx.fail(str(exc))
        finally:
            store.close()
    else:
        try:
            loaded = load_transcript_file(Path(args.transcript))
        except TranscriptFileError as exc:
            return ctx.fail(str(exc))
        score = scorer.score_transcript(loaded.transcript, kind or loaded.conversation_type)
    if notice and not score.judge_notice:
        score = score.model_copy(update={"judge_notice": notice})
    if args.json:
        print(json.dumps(score_to_json(score), indent=2, ensure_ascii=False), file=ctx.out)
    else:
        print(format_report(score), file=ctx.out)
    return 0
