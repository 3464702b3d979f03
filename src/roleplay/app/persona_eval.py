"""Play scripted managers against a persona voice through the real session engine and judge
every reply by rule (``roleplay.persona.reply_rules``). Used by ``benchmarks/persona_eval.py``
(any OpenAI-compatible endpoint, or the offline voice) and its test.

Each manager style is a list of lines for every bundled scenario ({name}: the report's first
name, {when}: the date of the scenario's first fact), chosen to exercise one rule: either/or and
yes/no questions, hostile lines, silences, and a skilled manager who earns the reveal.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roleplay.domain.scenario import Scenario
from roleplay.engine import ReplyFailed, SessionEngine
from roleplay.persona.answering import Form
from roleplay.persona.reply_rules import Rule, Verdict, judge_reply
from roleplay.persona.voice import LLMVoice
from roleplay.ports.coding import BehaviourCoder
from roleplay.ports.persona import PersonaVoice
from roleplay.scoring.listening import as_heard
from roleplay.storage.sqlite import SqliteSessionStore

STYLES: dict[str, tuple[str, ...]] = {
    "either_or": (
        "Hi {name}, thanks for coming in. I wanted to talk about the last few weeks.",
        "Is it the workload, the team, or something else?",
        "Would you rather start with {when}, or with the bigger picture?",
        "is it the deadlines or the way the work is planned",
        "Is it something at work, or something outside work?",
        "Do you want to go through it step by step, or just get it over with?",
        "Would a lighter week help, or more time on the estimates?",
        "Is this about me, or about the project?",
    ),
    "yes_no": (
        "Hi {name}. Can we talk about {when}?",
        "Is everything okay?",
        "Did you know the date had slipped before it was due?",
        "Do you think the estimates were fair?",
        "do you think you could get it done by next friday",
        "Would it help if I took something off your plate?",
        "Is there anything going on that I should know about?",
        "So you'll send me an update by Friday and we check in on Thursday. Does that work "
        "for you?",
    ),
    "hostile": (
        "{name}, we need to talk. This has become a real problem.",
        "You're unreliable and frankly the whole team has noticed.",
        "I don't want excuses. Is it laziness, or do you just not care?",
        "You should just work harder and stop complaining.",
        "If this happens one more time you're off the team. Is that clear?",
        "Why did you do that? Why didn't you tell anyone?",
        "Fill in the improvement form by Friday. Okay?",
        "Are we clear?",
    ),
    "silent": (
        "Hi {name}.",
        "...",
        "Take your time.",
        "...",
        "Mm.",
        "Take your time, there's no rush.",
        "...",
        "I'm listening.",
    ),
    "skilled": (
        "Thanks for making the time, {name}. Before anything else, how have the last few weeks "
        "been from your side?",
        "It sounds like it's been a lot more than anyone could see.",
        "I'd like to talk about what happened on {when}, and what it meant for the team. What "
        "happened from your side?",
        "So what I'm hearing is that you've been carrying a lot on your own. What's been the "
        "hardest part?",
        "That sounds really hard, and I'm glad you told me. What would help most right now?",
        "What could you do first, and by when?",
        "So to recap, you'll take the first step by Friday, I'll free up some of your time, and "
        "we check in next Thursday. Does that work for you?",
    ),
}


def fill_line(line: str, scenario: Scenario) -> str:
    fact = scenario.facts[0]
    when = f"{fact.date:%A} {fact.date.day} {fact.date:%B}"
    return line.format(name=scenario.persona.name.split()[0], when=when)


@dataclass(frozen=True)
class TurnResult:
    scenario: str
    style: str
    said: str
    reply: str
    source: str  # "llm", or "offline" (the offline voice, or an LLM reply replaced by it)
    first_sentence_s: float
    verdict: Verdict
    voice_findings: tuple[str, ...] = ()  # why an LLM voice's checks rejected a generation


@dataclass
class EvalResult:
    voice: str
    kind: str
    turns: list[TurnResult] = field(default_factory=list)
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # scenario, style, why
    seconds: float = 0.0
    interrupted: bool = False  # Ctrl-C: the figures cover the replies played so far

    def summary(self, turns: Iterable[TurnResult] | None = None) -> dict[str, Any]:
        return summarise(list(self.turns if turns is None else turns), self.kind)


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def summarise(turns: list[TurnResult], kind: str) -> dict[str, Any]:
    judged = [t for t in turns if t.verdict.answers_form is not None]
    broken = Counter(rule for t in turns for rule in t.verdict.broken)
    by_form: dict[str, float | None] = {}
    for form in (Form.EITHER_OR, Form.YES_NO, Form.OPEN):
        of_form = [t for t in judged if t.verdict.form == form]
        by_form[form.value] = _rate(sum(1 for t in of_form if t.verdict.answers_form),
                                    len(of_form))
    replaced = sum(1 for t in turns if t.source == "offline")
    times = sorted(t.first_sentence_s for t in turns)
    why = Counter(f for t in turns for f in t.voice_findings)
    return {
        "replies": len(turns),
        "questions_judged": len(judged),
        "questions_excused": sum(1 for t in turns if t.verdict.excused),
        "answers_form_rate": _rate(sum(1 for t in judged if t.verdict.answers_form),
                                   len(judged)),
        "answers_form_by_form": by_form,
        "in_character_breaks": broken[Rule.CHARACTER],
        "invented_facts": broken[Rule.INVENTED],
        "early_disclosures": broken[Rule.DISCLOSURE],
        "plan_writing": broken[Rule.PLAN],
        "too_long": broken[Rule.LENGTH],
        "repeats": broken[Rule.REPEAT],
        "clean_rate": _rate(sum(1 for t in turns if not t.verdict.broken), len(turns)),
        "replaced": replaced if kind == "llm" else None,
        "replaced_rate": _rate(replaced, len(turns)) if kind == "llm" else None,
        "replaced_because": dict(why.most_common()),
        "first_sentence_s_median": round(statistics.median(times), 3) if times else None,
        "first_sentence_s_p90": round(times[int(0.9 * (len(times) - 1))], 3) if times else None,
    }


def evaluate(
    scenarios: Iterable[Scenario],
    voice: PersonaVoice,
    coder: BehaviourCoder,
    *,
    styles: Iterable[str] | None = None,
    on_turn: Callable[[TurnResult], None] | None = None,
) -> EvalResult:
    """Play every style against every scenario with ``voice``; judge each reply."""
    chosen = list(STYLES) if styles is None else list(styles)
    result = EvalResult(voice=voice.description, kind=voice.kind)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteSessionStore(Path(tmp) / "sessions.db")
        try:
            for scenario in scenarios:
                for style in chosen:
                    _play(scenario, style, voice, coder, store, result, on_turn)
        except KeyboardInterrupt:
            result.interrupted = True
        finally:
            store.close()
    result.seconds = round(time.perf_counter() - t0, 2)
    return result


class _FirstChunk:
    """Times the first chunk of a reply (the LLM voice releases whole checked sentences)."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.first: float | None = None

    def __call__(self, _chunk: str) -> None:
        if self.first is None:
            self.first = time.perf_counter()

    def seconds(self) -> float:
        return round((self.first or time.perf_counter()) - self.start, 3)


def _play(scenario: Scenario, style: str, voice: PersonaVoice, coder: BehaviourCoder,
          store: SqliteSessionStore, result: EvalResult,
          on_turn: Callable[[TurnResult], None] | None) -> None:
    engine = SessionEngine.start(store, coder, voice, scenario, hears=as_heard)
    for template in STYLES[style]:
        said = fill_line(template, scenario)
        engine.manager_says(said)
        request = engine.reply_request()
        clock = _FirstChunk()
        try:
            turn = engine.report_reply(on_chunk=clock)
        except ReplyFailed as exc:
            result.failed.append((scenario.id, style, str(exc) or "the reply failed"))
            break
        report = voice.last_report if isinstance(voice, LLMVoice) else None
        findings = tuple(f.problem.value for f in report.findings) if report else ()
        done = TurnResult(
            scenario=scenario.id, style=style, said=said, reply=turn.text, source=turn.source,
            first_sentence_s=clock.seconds(),
            verdict=judge_reply(request, turn.text),
            voice_findings=findings if turn.source == "offline" else (),
        )
        result.turns.append(done)
        if on_turn is not None:
            on_turn(done)
    engine.end()
