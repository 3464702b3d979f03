"""What they were thinking: the persona mind's trace told turn by turn as the report's inner view.

    When you said "You're just unreliable at the moment", I was judged as a person. My trust in
    you fell and I got more defensive.

``templated_thinking(session)`` is pure and always works: it is written from the trace (the
mind's reasons, and how trust, defensiveness and openness moved). ``llm_thinking(session,
model)`` asks an LLM to rephrase each thought more naturally, keeping the numbers from the
trace, and falls back to the template, turn by turn, for anything missing or unusable (including
any mention of the hidden root cause the report never disclosed in the session).
"""

from __future__ import annotations

import json
import re
from typing import Literal

from pydantic import BaseModel, Field

from roleplay.domain.base import Frozen
from roleplay.domain.codes import Code
from roleplay.domain.mind import HINT, ROOT_CAUSE, Mood, PersonaMind, TraceEntry
from roleplay.domain.sentences import split_sentences
from roleplay.domain.session import Session
from roleplay.persona.checks import keyword_pattern, out_of_role
from roleplay.ports.chat import ChatError, ChatMessage, ChatOptions, StructuredModel

QUOTE_CHARS = 90
THRESHOLD = 1.0  # smaller moves are not worth a sentence

_CODE_PREFIXES = tuple(f"{code.value}: " for code in Code)
_THEY = (
    (r"\bthey're\b", "you're"), (r"\bthey've\b", "you've"), (r"\bthey'd\b", "you'd"),
    (r"\bthey haven't\b", "you haven't"), (r"\bthey\b", "you"), (r"\bthem\b", "you"),
    (r"\btheir\b", "your"), (r"\bthemselves\b", "yourself"),
)

MOOD_ORDER: tuple[Mood, ...] = (
    Mood.HOSTILE, Mood.DEFENSIVE, Mood.GUARDED, Mood.WARMING, Mood.COLLABORATIVE,
)
MOOD_UP: dict[Mood, str] = {
    Mood.DEFENSIVE: "I was still on the defensive, but less angry.",
    Mood.GUARDED: "I started to calm down.",
    Mood.WARMING: "I started to open up.",
    Mood.COLLABORATIVE: "It felt like we were working on it together.",
}
MOOD_DOWN: dict[Mood, str] = {
    Mood.HOSTILE: "I was close to shutting down.",
    Mood.DEFENSIVE: "From then on I was defending myself.",
    Mood.GUARDED: "I closed up a bit again.",
    Mood.WARMING: "I held back a little again.",
}
# The mind's reasons for revealing; the inner view says these in a sentence of its own.
_REVEAL_REASONS = ("I let slip", "I trust them enough now")


class Thought(Frozen):
    """The report's inner view of one manager turn."""

    turn: int = Field(description="Index of the manager's turn in the transcript.")
    quote: str = Field(description="What the manager said, shortened.")
    thought: str = Field(description="The report's inner view, in the first person.")
    trust_before: float
    trust_after: float
    trust_delta: float
    defensiveness_delta: float
    openness_delta: float
    mood: Mood
    revealed: tuple[str, ...] = Field(default=(), description="Newly revealed: hint, root_cause.")


class InnerView(Frozen):
    thoughts: tuple[Thought, ...]
    phrased_by: Literal["template", "llm"] = "template"
    note: str = Field(default="", description="Why LLM phrasing was not (fully) used.")


def plain_reason(reason: str) -> str:
    """A mind reason without its code prefix ("reflection: I felt heard" -> "I felt heard")."""
    for prefix in _CODE_PREFIXES:
        if reason.startswith(prefix):
            return reason[len(prefix):]
    # "question after yes/no question: it feels like an interrogation" -> the feeling
    return reason.split(": ", 1)[1] if ": " in reason else reason


def to_you(text: str) -> str:
    """The mind speaks of the manager as "they"; the inner view speaks to them."""
    for pattern, replacement in _THEY:
        text = re.sub(pattern, replacement, text)
    return text


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


def _lower_first(text: str) -> str:
    if text.startswith("I ") or text.startswith("I'") or not text:
        return text
    return text[0].lower() + text[1:]


def _changes(entry: TraceEntry) -> str:
    d_trust = entry.trust - entry.trust_before
    d_def = entry.defensiveness - entry.defensiveness_before
    parts: list[str] = []
    if d_trust >= THRESHOLD:
        parts.append("my trust in you rose")
    elif d_trust <= -THRESHOLD:
        parts.append("my trust in you fell")
    if d_def >= THRESHOLD:
        parts.append("I got more defensive")
    elif d_def <= -THRESHOLD:
        parts.append("I relaxed a little")
    if not parts:
        return ""
    text = " and ".join(parts)
    return text[0].upper() + text[1:] + "."


def _template(entry: TraceEntry, quote: str, mood_before: Mood) -> str:
    reasons = [
        to_you(plain_reason(r)) for r in entry.reasons if not r.startswith(_REVEAL_REASONS)
    ]
    felt = "; ".join(_lower_first(r) for r in reasons) or "nothing in that changed how I felt"
    sentences = [f"When you said “{quote}”, {felt}."]
    changes = _changes(entry)
    if changes:
        sentences.append(changes)
    if ROOT_CAUSE in entry.newly_revealed:
        sentences.append("I felt safe enough to tell you what was really going on.")
    elif HINT in entry.newly_revealed:
        sentences.append("I let slip that there was more going on.")
    elif MOOD_ORDER.index(entry.mood) > MOOD_ORDER.index(mood_before):
        sentences.append(MOOD_UP[entry.mood])
    elif MOOD_ORDER.index(entry.mood) < MOOD_ORDER.index(mood_before):
        sentences.append(MOOD_DOWN[entry.mood])
    return " ".join(sentences)


def _initial_mood(session: Session) -> Mood:
    return PersonaMind(session.scenario).mood


def templated_thinking(session: Session) -> InnerView:
    """The inner view of every manager turn in the session, written from the trace. Pure."""
    texts = {t.index: t.text for t in session.turns}
    thoughts: list[Thought] = []
    mood_before = _initial_mood(session) if session.persona_trace else Mood.GUARDED
    for entry in session.persona_trace:
        quote = shorten(texts.get(entry.turn, ""))
        thoughts.append(Thought(
            turn=entry.turn, quote=quote, thought=_template(entry, quote, mood_before),
            trust_before=entry.trust_before, trust_after=entry.trust,
            trust_delta=round(entry.trust - entry.trust_before, 1),
            defensiveness_delta=round(entry.defensiveness - entry.defensiveness_before, 1),
            openness_delta=round(entry.openness - entry.openness_before, 1),
            mood=entry.mood, revealed=entry.newly_revealed,
        ))
        mood_before = entry.mood
    return InnerView(thoughts=tuple(thoughts))


class PhrasedThought(BaseModel):
    turn: int
    thought: str


class PhrasedThoughts(BaseModel):
    thoughts: list[PhrasedThought]


def thinking_messages(session: Session, view: InnerView) -> list[ChatMessage]:
    """The request for LLM phrasing (pure; exposed for tests)."""
    persona = session.scenario.persona
    first = persona.name.split()[0]
    revealed = any(ROOT_CAUSE in e.revealed for e in session.persona_trace)
    secret = (
        f"What was really going on, which you told them: {persona.hidden_root_cause.summary}"
        if revealed else
        "You never told them what was really going on; do not mention or hint at it."
    )
    system = (
        f"You are {persona.name}, {persona.role}. Your one-to-one meeting with your manager has "
        "just ended. For each of their turns, tell your manager honestly what you were thinking "
        "and feeling at that moment: one or two sentences, first person, speaking to them as "
        "\"you\", plain and specific. Keep to what is given: do not invent events and do not "
        f"give advice. {secret}"
    )
    turns = [
        {"turn": t.turn, "manager_said": t.quote, "inner_view": t.thought,
         "trust_change": t.trust_delta, "defensiveness_change": t.defensiveness_delta}
        for t in view.thoughts
    ]
    user = (f"Here is what went on inside {first}, turn by turn. Rewrite each inner_view in "
            f"{first}'s own voice, keeping the same turn numbers:\n{json.dumps(turns, indent=1)}")
    return [ChatMessage(role="system", content=system), ChatMessage(role="user", content=user)]


def _usable(text: str, leak: re.Pattern[str] | None) -> bool:
    text = text.strip()
    if not text or len(text) > 400:
        return False
    if leak is not None and leak.search(text):
        return False
    return all(out_of_role(s) is None for s in split_sentences(text))


def llm_thinking(
    session: Session,
    model: StructuredModel,
    *,
    options: ChatOptions | None = None,
) -> InnerView:
    """The templated inner view rephrased by an LLM; the template wherever that fails."""
    view = templated_thinking(session)
    if not view.thoughts:
        return view
    try:
        phrased = model.structured(thinking_messages(session, view), PhrasedThoughts,
                                   options or ChatOptions(temperature=0.4, max_tokens=1200))
    except ChatError as exc:
        return view.model_copy(update={"note": f"LLM phrasing unavailable: {exc.message}"})
    revealed = any(ROOT_CAUSE in e.revealed for e in session.persona_trace)
    keywords = session.scenario.persona.hidden_root_cause.keywords
    leak = None if revealed else keyword_pattern(keywords)
    by_turn = {p.turn: p.thought.strip() for p in phrased.thoughts}
    thoughts: list[Thought] = []
    kept = 0
    for thought in view.thoughts:
        text = by_turn.get(thought.turn, "")
        if _usable(text, leak):
            thoughts.append(thought.model_copy(update={"thought": text}))
        else:
            thoughts.append(thought)
            kept += 1
    note = f"{kept} of {len(thoughts)} thoughts kept from the template" if kept else ""
    return InnerView(thoughts=tuple(thoughts), phrased_by="llm", note=note)


def what_they_were_thinking(
    session: Session, model: StructuredModel | None = None
) -> InnerView:
    """LLM-phrased when a model is given, templated otherwise."""
    return templated_thinking(session) if model is None else llm_thinking(session, model)

