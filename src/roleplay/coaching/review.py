"""Pure helpers for the review screen: key moments, plan versus what happened, thinking."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from roleplay.domain.codes import Code
from roleplay.domain.mind import HINT, ROOT_CAUSE
from roleplay.domain.session import Plan, Session, Turn

CODE_LABELS: dict[Code, str] = {
    Code.OPEN_QUESTION: "open question", Code.CLOSED_QUESTION: "closed question",
    Code.REFLECTION: "reflection", Code.AFFIRMATION: "affirmation", Code.ADVICE: "advice",
    Code.INFORMATION: "information", Code.OBSERVATION: "observation", Code.IMPACT: "impact",
    Code.EXPECTATION: "expectation", Code.LABEL: "label", Code.SOFTENER: "softener",
    Code.BLAME: "blame", Code.THREAT: "threat", Code.COMMITMENT: "commitment",
    Code.FOLLOW_UP: "follow-up", Code.SUPPORT_OFFER: "support offer", Code.SUMMARY: "summary",
}
POSITIVE = frozenset({Code.OPEN_QUESTION, Code.REFLECTION, Code.AFFIRMATION, Code.SUMMARY,
                      Code.OBSERVATION, Code.SUPPORT_OFFER, Code.COMMITMENT, Code.FOLLOW_UP})
NEGATIVE = frozenset({Code.LABEL, Code.BLAME, Code.THREAT, Code.ADVICE})


def code_tone(code: Code) -> str:
    return "good" if code in POSITIVE else "bad" if code in NEGATIVE else "neutral"


@dataclass(frozen=True)
class Moment:
    turn: int
    title: str
    tone: str  # good | bad | neutral


def key_moments(session: Session) -> list[Moment]:
    """Turns worth pausing on: the reveal, the hint, sharp drops and rises in trust."""
    moments: list[Moment] = []
    for entry in session.persona_trace:
        delta = entry.trust - entry.trust_before
        if ROOT_CAUSE in entry.newly_revealed:
            moments.append(Moment(entry.turn, "They told you what is really going on", "good"))
        elif HINT in entry.newly_revealed:
            moments.append(Moment(entry.turn, "They hinted there is more to it", "good"))
        elif delta <= -8:
            moments.append(Moment(entry.turn, "Trust dropped sharply here", "bad"))
        elif delta >= 8:
            moments.append(Moment(entry.turn, "Trust rose here", "good"))
    return moments


@dataclass(frozen=True)
class ThoughtStep:
    turn: int
    mood: str
    thought: str
    trust: float
    defensiveness: float
    openness: float


@dataclass(frozen=True)
class PlanCheck:
    label: str
    planned: str
    happened: str
    met: bool | None


def _content(text: str) -> set[str]:
    stop = {"the", "a", "an", "to", "and", "of", "you", "i", "is", "it", "in", "on", "for",
            "what", "how", "that", "this", "have", "be", "are", "with", "your", "my", "we"}
    return {w.strip(".,?!;:\"'()").lower() for w in text.split()} - stop - {""}


def _best_match(planned: str, turns: Sequence[Turn]) -> Turn | None:
    want = _content(planned)
    if not want:
        return None
    scored = [(len(want & _content(t.text)) / len(want), t) for t in turns]
    best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] >= 0.34 else None


def plan_vs_actual(plan: Plan, turns: Sequence[Turn]) -> list[PlanCheck]:
    """Compare each part of the plan with what the manager actually said."""
    mine = [t for t in turns if t.speaker == "manager"]
    checks: list[PlanCheck] = []
    if plan.key_message.strip():
        hit = _best_match(plan.key_message, mine)
        checks.append(PlanCheck("Key message", plan.key_message.strip(),
                                f"Said in turn {hit.index}: “{hit.text}”" if hit
                                else "Not clearly said", hit is not None))
    for question in [q.strip(" -•\t") for q in plan.questions.splitlines() if q.strip(" -•\t")]:
        asked = [t for t in mine if t.text.rstrip().endswith("?") or (
            t.coding is not None and t.coding.has(Code.OPEN_QUESTION, Code.CLOSED_QUESTION))]
        hit = _best_match(question, asked)
        checks.append(PlanCheck("Question", question,
                                f"Asked in turn {hit.index}: “{hit.text}”" if hit
                                else "Not asked", hit is not None))
    if plan.outcome.strip():
        agreed = [t for t in mine if t.coding is not None and t.coding.has(Code.COMMITMENT)]
        checks.append(PlanCheck("Outcome", plan.outcome.strip(),
                                f"Agreed in turn {agreed[-1].index}: “{agreed[-1].text}”"
                                if agreed else "No concrete next step was agreed",
                                bool(agreed)))
    return checks
