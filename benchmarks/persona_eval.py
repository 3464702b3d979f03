"""How well does a model play the report?  The persona evaluation harness.

    .venv/bin/python benchmarks/persona_eval.py                      # the offline voice
    .venv/bin/python benchmarks/persona_eval.py --base-url http://localhost:11434/v1 \\
        --model llama3.2 [--api-key-env OPENAI_API_KEY] [--scenarios a,b] [--styles x,y]
    .venv/bin/python benchmarks/persona_eval.py --replay RUN.log   # judge a --verbose run again

Plays scripted managers (either/or and yes/no questions, hostile lines, silences, a skilled
manager; roleplay.app.persona_eval.STYLES) against every bundled scenario through the real
session engine, the shipped behaviour coder and the persona mind, with the offline voice or the
LLM voice on any OpenAI-compatible endpoint (its sentence checks and offline fallback included,
exactly as in the app). Each reply is judged by the rules in roleplay.persona.reply_rules:
answers the question's form, in character, no invented facts, no disclosure before the mind
allows it, no writing the manager's plan, length within the persona's style, no repeats.

Ctrl-C stops early and reports on the replies played so far ("interrupted": true).
Prints a table per scenario (one row per manager style), the replies that broke a rule
(--verbose: every reply), and ends with one JSON line (answers_form_rate, the count per rule,
replaced_rate: the share of LLM replies the voice's checks replaced with the offline line, and
the time to the first sentence).
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import json
import os
import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from roleplay.app.persona_eval import STYLES, EvalResult, TurnResult, evaluate
from roleplay.persona.offline import OfflineVoice
from roleplay.persona.voice import LLMVoice
from roleplay.ports.persona import PersonaVoice
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder

ROOT = Path(__file__).resolve().parents[1]
SHORT = {"answers_form": "form", "in_character": "char", "invented_fact": "fact",
         "early_disclosure": "discl", "writes_plan": "plan", "length": "long", "repeat": "rep"}


def make_voice(base_url: str | None, model: str | None, api_key_env: str,
               timeout_s: float, temperature: float) -> PersonaVoice:
    if not base_url:
        return OfflineVoice()
    if not model:
        sys.exit("--model is required with --base-url")
    from roleplay.llm.chat_model import OpenAIChatModel

    chat = OpenAIChatModel(base_url=base_url, model=model,
                           api_key=os.environ.get(api_key_env) or None, timeout_s=timeout_s)
    return LLMVoice(chat, temperature=temperature)


def row(label: str, s: dict[str, Any]) -> str:
    rate = s["answers_form_rate"]
    replaced = "-" if s["replaced_rate"] is None else f"{s['replaced_rate']:.2f}"
    return (f"  {label:<10} {s['replies']:>4} {s['questions_judged']:>4} "
            f"{'-' if rate is None else f'{rate:.2f}':>5} {s['in_character_breaks']:>4} "
            f"{s['invented_facts']:>4} {s['early_disclosures']:>5} {s['plan_writing']:>4} "
            f"{s['too_long']:>4} {s['repeats']:>4} {replaced:>5} "
            f"{s['first_sentence_s_median']:>6.2f}")


HEADER = ("  style      replies asked form char fact discl plan long  rep  repl  ttfs_s\n"
          "  " + "-" * 74).replace("replies asked", "   n    q")


def report(result: EvalResult, verbose: bool) -> None:
    by_scenario: dict[str, list[TurnResult]] = {}
    for t in result.turns:
        by_scenario.setdefault(t.scenario, []).append(t)
    for sid, turns in by_scenario.items():
        print(f"\n{sid}")
        print(HEADER)
        for style in STYLES:
            of_style = [t for t in turns if t.style == style]
            if of_style:
                print(row(style, result.summary(of_style)))
        print(row("all", result.summary(turns)))
        for t in turns:
            if verbose or t.verdict.broken:
                flags = ",".join(SHORT[r.value] for r in t.verdict.broken) or "ok"
                why = f" [replaced: {', '.join(t.voice_findings)}]" if t.voice_findings else ""
                print(f"    [{flags}] {t.style}: {t.said!r}\n      -> {t.reply!r} "
                      f"({t.source}){why}" + (f" ({'; '.join(t.verdict.details)})"
                                              if t.verdict.details else ""))
    for sid, style, why in result.failed:
        print(f"  FAILED {sid}/{style}: {why}")


def progress(turn: TurnResult) -> None:
    """One mark per reply on stderr: '.' the model's, 'o' replaced by the offline line."""
    print("." if turn.source == "llm" else "o", end="", file=sys.stderr, flush=True)


def progress_verbose(turn: TurnResult) -> None:
    """Each reply on stderr as it comes, with the rules it broke."""
    flags = ",".join(SHORT[r.value] for r in turn.verdict.broken) or "ok"
    print(f"[{flags}] {turn.scenario}/{turn.style} {turn.first_sentence_s:.1f}s {turn.said!r}"
          f" -> {turn.reply!r} ({turn.source})", file=sys.stderr, flush=True)


_LOGGED = re.compile(r"^\[[^\]]*\] (\S+)/(\S+) ([\d.]+)s (.*) -> (.*) \((llm|offline)\)$")


class ReplayVoice:
    """Plays back the replies of an earlier --verbose run (its stderr), so a run can be judged
    again by the current rules without the model."""

    kind = "llm"

    def __init__(self, log: Path) -> None:
        self.replies: dict[tuple[str, str], list[tuple[str, str, float]]] = {}
        for line in log.read_text(encoding="utf-8").splitlines():
            if m := _LOGGED.match(line):
                sid, style, secs, _said, reply, source = m.groups()
                self.replies.setdefault((sid, style), []).append(
                    (ast.literal_eval(reply), source, float(secs)))
        self.model = log.stem
        self._source: str | None = None
        self.times: list[float] = []

    @property
    def description(self) -> str:
        return f"replay of {self.model}"

    @property
    def last_source(self) -> str | None:
        return self._source

    def reply(self, request: Any) -> Iterator[str]:
        key = (request.scenario.id, self.style_of(request))
        if not self.replies.get(key):
            raise KeyboardInterrupt  # the logged run stopped here: report what was played
        text, self._source, secs = self.replies[key].pop(0)
        self.times.append(secs)
        yield text

    def style_of(self, request: Any) -> str:
        from roleplay.app.persona_eval import fill_line

        said = [t.text for t in request.turns if t.speaker == "manager"]
        for style, lines in STYLES.items():
            if [fill_line(x, request.scenario) for x in lines[:len(said)]] == said:
                return style
        raise KeyError(said[-1])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base-url", help="OpenAI-compatible endpoint; none: the offline voice")
    ap.add_argument("--model", help="model name on that endpoint")
    ap.add_argument("--api-key-env", default="OPENAI_API_KEY",
                    help="environment variable holding the key, if the endpoint needs one")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per request")
    ap.add_argument("--temperature", type=float, default=0.7)
    ap.add_argument("--scenarios", help="comma-separated scenario ids (default: all bundled)")
    ap.add_argument("--styles", help=f"comma-separated, from {', '.join(STYLES)}")
    ap.add_argument("--verbose", action="store_true", help="print every reply")
    ap.add_argument("--replay", type=Path,
                    help="judge again the replies of an earlier --verbose run (its stderr)")
    args = ap.parse_args(argv)

    paths = sorted(bundled_scenarios_dir().glob("*.yaml"))
    if args.scenarios:
        wanted = set(args.scenarios.split(","))
        paths = [p for p in paths if p.stem in wanted]
    styles = args.styles.split(",") if args.styles else list(STYLES)
    unknown = [s for s in styles if s not in STYLES]
    if unknown or not paths:
        sys.exit(f"unknown styles {unknown}" if unknown else "no such scenario")
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with `&`
    voice: Any = make_voice(args.base_url, args.model, args.api_key_env, args.timeout,
                            args.temperature)
    if args.replay:
        voice = ReplayVoice(args.replay)
        played = {sid for sid, _ in voice.replies}
        paths = [p for p in paths if p.stem in played]
        styles = [s for s in styles if any((p.stem, s) in voice.replies for p in paths)]
    on_turn = (progress_verbose if args.verbose else progress) if args.base_url else None
    print(f"voice: {voice.description}; {len(paths)} scenarios x {len(styles)} styles",
          file=sys.stderr)
    result = evaluate([load_scenario(p) for p in paths], voice, default_coder(),
                      styles=styles, on_turn=on_turn)
    if on_turn is progress:
        print(file=sys.stderr)
    if isinstance(voice, ReplayVoice):  # the times measured when the replies were made
        result.turns = [dataclasses.replace(t, first_sentence_s=s)
                        for t, s in zip(result.turns, voice.times, strict=True)]
    report(result, args.verbose)
    summary = {"voice": result.voice, "kind": result.kind, "scenarios": len(paths),
               "styles": styles, **result.summary(), "failed_sessions": len(result.failed),
               "seconds": result.seconds, "interrupted": result.interrupted}
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
