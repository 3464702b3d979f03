"""Build the LLM's messages from the scenario and the persona mind's current state. Pure.

The system message says who the report is, how they feel now (trust, defensiveness, openness,
mood, and why the manager's last words moved them), what they may say about the hidden root
cause at this point, and what was agreed last time in a follow-up meeting. The hidden root
cause itself is put in the prompt only once the mind has unlocked it: a model cannot leak what
it was never told. Before that, only the scenario's guarded hint is given, and only in the
states where the mind allows it.

The conversation follows as alternating user (manager) and assistant (report) messages.
"""

from __future__ import annotations

import datetime as dt

from roleplay.domain.codes import Code
from roleplay.domain.mind import HINT, ROOT_CAUSE, Mood, TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.persona.agreement_memory import due_notes
from roleplay.persona.checks import Problem
from roleplay.ports.chat import ChatMessage
from roleplay.ports.persona import ReplyRequest

MAX_HISTORY_TURNS = 30
STAGE_OPENING = "(You arrive at your one-to-one meeting with your manager. You speak first.)"

MOODS: dict[Mood, str] = {
    Mood.HOSTILE: "hurt and angry. You are curt; you may say you would rather stop the meeting.",
    Mood.DEFENSIVE: "defensive. You justify yourself and push back with reasons.",
    Mood.GUARDED: "guarded. You give brief, careful answers and little away.",
    Mood.WARMING: "starting to open up. You are more honest, though still careful.",
    Mood.COLLABORATIVE: "open. You are working with your manager on what happens next.",
}

# What the manager's move was, as the report experienced it (for reply_key "reaction").
MOVES: dict[Code, str] = {
    Code.OPEN_QUESTION: "asked you an open question",
    Code.CLOSED_QUESTION: "asked you a yes/no question; a short answer is enough",
    Code.REFLECTION: "put into words how you feel",
    Code.AFFIRMATION: "recognised your effort",
    Code.ADVICE: "told you how to fix it before understanding the problem",
    Code.INFORMATION: "gave you some information",
    Code.OBSERVATION: "named a specific example of what went wrong",
    Code.IMPACT: "explained why it matters",
    Code.EXPECTATION: "made the expectation clear",
    Code.LABEL: "judged you as a person",
    Code.SOFTENER: "softened what they said",
    Code.BLAME: "blamed you",
    Code.THREAT: "threatened consequences",
    Code.COMMITMENT: "proposed a concrete next step",
    Code.FOLLOW_UP: "asked about what you agreed before",
    Code.SUPPORT_OFFER: "offered support",
    Code.SUMMARY: "summarised what you said",
}

CORRECTIONS: dict[Problem, str] = {
    Problem.MANAGER_LINES: "Your last answer also wrote your manager's lines (or greeted "
    "{first} by name, as your manager would). Write only {first}'s own words, then stop.",
    Problem.THIRD_PERSON: "Your last answer narrated or described actions. Give only the words "
    "{first} says out loud, in the first person (I, me, my), with no actions or descriptions.",
    Problem.NUMBERED_ADVICE: "Your last answer was a list of advice. {first} is the employee in "
    "this meeting, not a coach: answer your manager in a few plain spoken sentences.",
    Problem.ASSISTANT: "Your last answer sounded like an AI assistant. You are {first}, a person "
    "in a meeting with your manager: answer as {first} would, in a few spoken sentences.",
    Problem.LEAK: "Your last answer talked about something private that {first} is not ready "
    "to share yet. Do not mention it; answer only from how you feel right now.",
    Problem.REPEAT: "Your last answer repeated something you had already said. Say something "
    "new, in a full sentence, about what your manager just said.",
    Problem.EMPTY: "Your last answer was empty. Answer your manager in one to four short "
    "spoken sentences.",
}


def level(value: float) -> str:
    if value < 30:
        return "low"
    if value < 60:
        return "moderate"
    return "high"


def spoken_date(day: dt.date) -> str:
    """A date as the report would say it, "Wednesday 14 October" (given an ISO date, a small
    model repeated "2026-10-14" aloud)."""
    return f"{day:%A} {day.day} {day:%B}"


def first_name(scenario: Scenario) -> str:
    return scenario.persona.name.split()[0]


def _feeling(entry: TraceEntry) -> list[str]:
    """How the manager's last words landed, from the mind's own reasons."""
    reasons = [r.split(": ", 1)[1] if ": " in r else r for r in entry.reasons]
    return [r for r in reasons if r]


def _reply_guidance(scenario: Scenario, entry: TraceEntry) -> str:
    persona = scenario.persona
    key = entry.reply_key
    if key == "reveal":
        return (
            "You now trust your manager enough to tell them what is really going on: "
            f"{persona.hidden_root_cause.summary} Say it plainly, in your own words, "
            "in two to four sentences."
        )
    if key == "hint":
        return (
            "Let slip, vaguely, that there is more to it than work, along the lines of: "
            f'"{persona.hidden_root_cause.hint}" Do not say what it is.'
        )
    if key == "repair":
        return "Your manager has just acknowledged how you feel. Calm down a little and say so."
    if key == "agreeing":
        return "Agree to the next step your manager proposed and say what you will do."
    if key == "collaborative":
        return "Work with your manager on what would help."
    if key == "reaction" and entry.reaction is not None:
        return f"Respond to what your manager just did: they {MOVES[entry.reaction]}."
    return "Answer what your manager just said."


def _hidden_cause(scenario: Scenario, entry: TraceEntry | None) -> str:
    cause = scenario.persona.hidden_root_cause
    revealed = entry.revealed if entry is not None else ()
    if entry is not None and entry.reply_key in ("reveal", "hint"):
        return ""  # the reply guidance says what to reveal now
    if ROOT_CAUSE in revealed:
        return f"You have told your manager what is really going on: {cause.summary}"
    if HINT in revealed:
        return (
            f'You have hinted that there is more going on ("{cause.hint}"), but you are not '
            "ready to say what it is. Do not explain it or name it."
        )
    return (
        "There is something private you are not ready to talk about. Do not bring it up or "
        "hint at it; keep to work."
    )


def _follow_up(request: ReplyRequest) -> list[str]:
    follows = request.scenario.follows
    if follows is None or not request.agreements:
        return []
    lines = ["This is a follow-up meeting. Last time you and your manager agreed:"]
    lines += [f"- {agreement}" for agreement in request.agreements]
    lines += due_notes(request)  # one not yet due is not a failure (agreement_memory)
    if follows.agreements_kept:
        lines.append("You kept these agreements, and you would like your manager to notice.")
    else:
        lines.append(
            "You have not kept all of these agreements and feel uneasy about it; you will not "
            "bring it up yourself unless your manager asks."
        )
    if request.trace:
        asked = [Code.FOLLOW_UP in e.moves for e in request.trace]
        if asked[-1]:
            lines.append("Your manager has just asked about what you agreed: answer honestly.")
        elif any(asked):
            lines.append("Your manager has asked about what you agreed.")
        elif len(asked) >= 3:
            lines.append(
                "Your manager has not asked about what you agreed last time. You notice, and "
                "it stings a little."
            )
    return lines


def system_prompt(request: ReplyRequest, correction: Problem | None = None) -> str:
    scenario = request.scenario
    persona = scenario.persona
    first = first_name(scenario)
    entry = request.trace[-1] if request.trace else None
    parts: list[str] = [
        f"You are {persona.name}, {persona.role} ({persona.tenure}). You are in a one-to-one "
        f"meeting with your manager, who is talking to you. You are {first} for the whole "
        "conversation.",
        f"Your personality, as a colleague would describe it: {persona.personality}",
        f"How you speak: {persona.speaking_style}",
        "What you believe about the situation:\n"
        + "\n".join(f"- {belief}" for belief in persona.beliefs),
        "What happened recently (your manager may bring it up):\n"
        + "\n".join(
            f"- {spoken_date(fact.date)}: {fact.observation}"
            + (f" Impact: {fact.impact}" if fact.impact else "")
            for fact in scenario.facts
        ),
    ]
    follow_up = _follow_up(request)
    if follow_up:
        parts.append("\n".join(follow_up))
    if entry is not None:
        feeling = [
            f"How you feel right now: {MOODS[entry.mood]}",
            f"Trust in your manager: {level(entry.trust)}. Defensiveness: "
            f"{level(entry.defensiveness)}. Openness: {level(entry.openness)}.",
        ]
        reasons = _feeling(entry)
        if reasons:
            feeling.append(
                "How their last words landed, in your words: " + "; ".join(reasons) + "."
            )
        parts.append("\n".join(feeling))
        parts.append(_reply_guidance(scenario, entry))
    hidden = _hidden_cause(scenario, entry)
    if hidden:
        parts.append(hidden)
    parts.append(
        "Rules:\n"
        f"- Speak only as {first}, in the first person, as spoken words: one to four short "
        "sentences.\n"
        "- Never write your manager's lines, never describe actions or narrate, no lists. "
        "Never say your own name.\n"
        "- Answer the form of the question: a yes/no question gets yes, no or a hedge first; "
        "a choice (A or B?) gets one of them, or neither; an open question gets a real answer, "
        "not a bare yes.\n"
        "- If your manager says nothing or only \"Mm\", go on in your own words about how you "
        "see it. Do not greet them again.\n"
        "- Do not invent names, numbers or schemes that are not given here, and do not plan "
        "for your manager: no dates, check-ins or action steps unless they ask what would "
        "help.\n"
        f"- You are not an assistant or a coach: never give your manager advice on how to "
        f"manage, and never offer help as an AI would."
    )
    if correction is not None:
        parts.append(CORRECTIONS[correction].format(first=first))
    return "\n\n".join(parts)


def history_messages(
    request: ReplyRequest, max_turns: int = MAX_HISTORY_TURNS
) -> list[ChatMessage]:
    """The conversation so far as alternating user/assistant messages, starting with user."""
    turns = list(request.turns)
    if len(turns) > max_turns:
        turns = turns[:1] + turns[-(max_turns - 1):]
    messages: list[ChatMessage] = []
    for turn in turns:
        role = "user" if turn.speaker == "manager" else "assistant"
        if not messages and role == "assistant":
            messages.append(ChatMessage(role="user", content=STAGE_OPENING))
        if messages and messages[-1].role == role:  # keep roles alternating
            merged = f"{messages[-1].content}\n{turn.text}"
            messages[-1] = ChatMessage(role=role, content=merged)
        else:
            messages.append(ChatMessage(role=role, content=turn.text))
    if not messages or messages[-1].role != "user":
        messages.append(ChatMessage(role="user", content="(Your manager waits for you to go on.)"))
    return messages


def build_messages(
    request: ReplyRequest, *, correction: Problem | None = None
) -> list[ChatMessage]:
    """The messages for the report's next reply (system first, then the conversation)."""
    return [
        ChatMessage(role="system", content=system_prompt(request, correction)),
        *history_messages(request),
    ]
