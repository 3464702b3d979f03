"""The guided builder and the recap as questions in a terminal (used by ``roleplay scenarios
new`` and ``roleplay recap``). Streams in, streams out; no argparse, no Qt.

Answers are validated as a whole with the same messages as an answers file; a field with a
problem is shown its message and asked again, the others are kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from roleplay.builder.answers import (
    NO_WORDS,
    AnswersError,
    BuilderAnswers,
    has_words,
    name_problem,
    validate_answers,
)
from roleplay.builder.causes import OWN, SURPRISE, causes_for
from roleplay.builder.recaps import validate_recap
from roleplay.builder.templates import TYPE_LABELS, VOICES
from roleplay.coaching.recap import RecapInput
from roleplay.domain.scenario import ConversationType, Difficulty, Temperament
from roleplay.domain.scores import COMPETENCY_LABELS, Competency

MAX_ROUNDS = 8


class Cancelled(Exception):
    """The manager ended the input (Ctrl-D) or gave up; nothing is saved."""


class Asker:
    def __init__(self, stdin: TextIO, out: TextIO) -> None:
        self.stdin = stdin
        self.out = out

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def read(self, prompt: str) -> str:
        print(prompt, end="", file=self.out, flush=True)
        line = self.stdin.readline()
        if not line:
            raise Cancelled
        return line.strip()

    def text(self, prompt: str, *, default: str = "", optional: bool = False) -> str:
        suffix = f" [{default}]" if default else (" (optional, Enter to skip)" if optional else "")
        while True:
            value = self.read(f"{prompt}{suffix}: ") or default
            if value or optional:
                return value
            self.say("  Please answer this one (it is required).")

    def choose(self, prompt: str, options: Sequence[tuple[str, str]],
               default: str | None = None) -> str:
        self.say(prompt)
        for i, (value, label) in enumerate(options, 1):
            mark = " (default)" if value == default else ""
            self.say(f"  {i}. {label}{mark}")
        while True:
            raw = self.read("Choose a number: ")
            if not raw and default is not None:
                return default
            if raw.isdigit() and 1 <= int(raw) <= len(options):
                return options[int(raw) - 1][0]
            match = [v for v, _ in options if v == raw.lower()]
            if match:
                return match[0]
            self.say(f"  Type a number from 1 to {len(options)}.")

    def lines(self, prompt: str) -> list[str]:
        self.say(f"{prompt} One per line; an empty line ends the list.")
        out: list[str] = []
        while True:
            line = self.read("  - ")
            if not line:
                if out:
                    return out
                self.say("  Add at least one.")
                continue
            out.append(line)

    def yes(self, prompt: str, default: bool = False) -> bool:
        hint = "[Y/n]" if default else "[y/N]"
        raw = self.read(f"{prompt} {hint} ").lower()
        return default if not raw else raw.startswith("y")


# --- the builder ----------------------------------------------------------------------------

def _examples(ask: Asker) -> list[dict[str, Any]]:
    ask.say("What has been happening? Give dated, specific examples: what you saw or heard, not "
            "what you think of it.")
    examples: list[dict[str, Any]] = []
    while True:
        n = len(examples) + 1
        date = ask.text(f"Example {n}: date (YYYY-MM-DD)")
        what = ask.text(f"Example {n}: what happened")
        impact = ask.text(f"Example {n}: what it led to", optional=True)
        examples.append({"date": date, "what_happened": what,
                         **({"impact": impact} if impact else {})})
        if len(examples) >= 8 or not ask.yes("Add another example?", default=len(examples) < 2):
            return examples


def _cause(ask: Asker, kind: ConversationType) -> dict[str, Any]:
    how = ask.choose("What might really be behind it? (The report keeps it to themselves until "
                     "you earn their trust.)",
                     [(SURPRISE, "Surprise me: draw one of the common causes"),
                      ("pick", "Pick one of the common causes"),
                      (OWN, "Write my own")], default=SURPRISE)
    if how == SURPRISE:
        return {"root_cause": SURPRISE}
    if how == "pick":
        options = [(c.id, c.label) for c in causes_for(kind)]
        return {"root_cause": ask.choose("Which one?", options)}
    return {"root_cause": OWN, "own_root_cause": {
        "summary": ask.text("What is really going on, in your words"),
        "hint": ask.text("A guarded hint they might let slip first"),
        "reveal": ask.text("What they would say when they finally tell you"),
    }}


def _ask_field(ask: Asker, field: str, data: dict[str, Any]) -> None:
    kind = ConversationType(data.get("conversation_type", ConversationType.UNDERPERFORMANCE))
    if field == "report_name":
        data[field] = ask.text("A first name or pseudonym for your report (not their real name)")
    elif field == "role":
        data[field] = ask.text("Their role")
    elif field == "tenure":
        data[field] = ask.text("How long they have been in the team or role")
    elif field == "conversation_type":
        data[field] = ask.choose("What kind of conversation is it?",
                                 [(t.value, label) for t, label in TYPE_LABELS.items()],
                                 default=ConversationType.UNDERPERFORMANCE.value)
    elif field == "topic":
        data[field] = ask.text("In a few words, what is it about (e.g. 'missed deadlines')")
    elif field == "examples":
        data[field] = _examples(ask)
    elif field == "impact":
        data[field] = ask.text("Why does it matter? The impact on the team, customers or them")
    elif field == "suspicion":
        data[field] = ask.text("What do you suspect might be behind it", optional=True)
    elif field in ("root_cause", "own_root_cause"):
        data.pop("own_root_cause", None)
        data.update(_cause(ask, kind))
    elif field == "temperament":
        data[field] = ask.choose("How do they usually react to feedback?",
                                 [(t.value, f"{v.label}: {v.description}")
                                  for t, v in VOICES.items()])
    elif field == "goals":
        data[field] = ask.lines("What do you want from the meeting?")
    elif field == "difficulty":
        data[field] = ask.choose("How hard should the rehearsal be?",
                                 [(d.value, d.value.capitalize()) for d in Difficulty],
                                 default=Difficulty.MEDIUM.value)
    elif field == "meeting":
        data[field] = ask.text("When is the real meeting (e.g. \"Thursday's 1:1\")",
                               optional=True)
    else:
        data.pop(field, None)


ORDER = ("report_name", "role", "tenure", "conversation_type", "topic", "examples", "impact",
         "suspicion", "root_cause", "temperament", "goals", "difficulty", "meeting")


def _top(field: str | None) -> str:
    return (field or "").split(".")[0].split("[")[0]


def _rounds(ask: Asker, data: dict[str, Any], validate: Callable[[dict[str, Any]], Any],
            ask_field: Callable[[Asker, str, dict[str, Any]], None]) -> Any:
    for _ in range(MAX_ROUNDS):
        try:
            return validate(data)
        except AnswersError as exc:
            ask.say()
            fields: list[str] = []
            for problem in exc.problems:
                ask.say(f"  {problem.field or 'answers'}: {problem.message}")
                top = _top(problem.field)
                if top and top not in fields:
                    fields.append(top)
            ask.say("Let's fix that.")
            for field in fields or ["report_name"]:
                ask_field(ask, field, data)
    raise Cancelled


def _words_problem(value: str) -> str | None:
    return None if has_words(value) else NO_WORDS


#: Fields checked the moment they are answered (asked again at once, not after every question).
AT_ONCE: dict[str, Callable[[str], str | None]] = {
    "report_name": name_problem, "role": _words_problem, "topic": _words_problem,
    "impact": _words_problem,
}


def _ask_checked(ask: Asker, field: str, data: dict[str, Any]) -> None:
    _ask_field(ask, field, data)
    check = AT_ONCE.get(field)
    for _ in range(MAX_ROUNDS):
        problem = check(str(data.get(field, ""))) if check else None
        if problem is None:
            return
        ask.say(f"  {field}: {problem}")
        _ask_field(ask, field, data)
    raise Cancelled


def interview_answers(ask: Asker, *, today: dt.date | None = None) -> BuilderAnswers:
    ask.say("Describe the real situation. Use a pseudonym: this stays on your computer.")
    data: dict[str, Any] = {}
    for field in ORDER:
        _ask_checked(ask, field, data)
    result: BuilderAnswers = _rounds(ask, data, lambda d: validate_answers(d, today=today),
                                     _ask_field)
    return result


# --- the recap ------------------------------------------------------------------------------

def _ask_recap_field(ask: Asker, field: str, data: dict[str, Any]) -> None:
    if field == "met_on":
        data[field] = ask.text("When was the real 1:1 (YYYY-MM-DD)",
                               default=dt.date.today().isoformat())
    elif field == "agreements":
        data[field] = ask.lines("What did you agree?")
    elif field == "reaction":
        choice = ask.choose("How did they come across?",
                            [("same", "As I expected (keep the scenario's temperament)"),
                             *[(t.value, f"{v.label}: {v.description}")
                               for t, v in VOICES.items()]], default="same")
        data[field] = None if choice == "same" else choice
    elif field == "how_it_went":
        data[field] = ask.text("How did it go, and how did they react", optional=True)
    elif field == "hard_part":
        data[field] = ask.text("What was hard for you", optional=True)
    elif field == "hardest":
        choice = ask.choose("Which skill felt hardest?",
                            [("none", "None in particular"),
                             *[(c.value, label) for c, label in COMPETENCY_LABELS.items()]],
                            default="none")
        data[field] = None if choice == "none" else Competency(choice).value
    elif field == "learned":
        data[field] = ask.text("What did you learn about what is behind it", optional=True)
    elif field == "expect_kept":
        data[field] = ask.yes("Rehearse the follow-up as if the agreements were kept? (No: as "
                              "if some slipped, the harder case)", default=False)
    elif field == "next_meeting":
        data[field] = ask.text("When do you next meet", optional=True)
    else:
        data.pop(field, None)


RECAP_ORDER = ("met_on", "agreements", "reaction", "how_it_went", "hard_part", "hardest",
               "learned", "expect_kept", "next_meeting")


def interview_recap(ask: Asker, *, today: dt.date | None = None) -> RecapInput:
    ask.say("A private recap of the real 1:1. It becomes a follow-up rehearsal in which the "
            "report remembers what you agreed.")
    data: dict[str, Any] = {}
    for field in RECAP_ORDER:
        _ask_recap_field(ask, field, data)
    result: RecapInput = _rounds(ask, data, lambda d: validate_recap(d, today=today),
                                 _ask_recap_field)
    return result


def temperament_choices() -> list[tuple[str, str]]:
    return [(t.value, VOICES[t].label) for t in Temperament]
