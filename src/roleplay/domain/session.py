"""Turns, transcripts and sessions."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Literal

from pydantic import Field

from roleplay.domain.base import Frozen
from roleplay.domain.codes import TurnCoding
from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario

Speaker = Literal["manager", "report"]

# Session ids become folder names (audio/<id>/) and travel in bundles: one strict pattern for
# every place an id enters (store, import, command line). No dots, slashes or spaces.
SESSION_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
_SESSION_ID = re.compile(SESSION_ID_PATTERN)


def is_session_id(value: str) -> bool:
    return bool(_SESSION_ID.fullmatch(value))


def check_session_id(value: str) -> str:
    """Return ``value`` if it is a well-formed session id, else raise ValueError saying why."""
    if not is_session_id(value):
        raise ValueError(f"{value[:80]!r} is not a valid session id (letters, digits, '-' "
                         "and '_', at most 64, starting with a letter or digit)")
    return value


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Word(Frozen):
    """A recognised word with its time in seconds from the start of the turn's audio."""

    text: str
    start: float
    end: float
    probability: float | None = None


class Turn(Frozen):
    index: int = Field(ge=0)
    speaker: Speaker
    text: str
    at: dt.datetime = Field(default_factory=utcnow)
    start: float | None = Field(default=None, description="Seconds from session start.")
    end: float | None = Field(default=None, description="Seconds from session start.")
    words: tuple[Word, ...] = ()
    audio_ref: str | None = Field(default=None, description="Audio file, relative to the data dir.")
    source: Literal["typed", "spoken", "scripted", "llm", "offline"] = "typed"
    coding: TurnCoding | None = None


class Transcript(Frozen):
    turns: tuple[Turn, ...] = ()

    def manager_turns(self) -> tuple[Turn, ...]:
        return tuple(t for t in self.turns if t.speaker == "manager")

    def previous_report_text(self, index: int) -> str | None:
        """The report's last words before turn ``index``: the context a manager turn answers."""
        for turn in reversed(self.turns[:index]):
            if turn.speaker == "report":
                return turn.text
        return None


class Mode(StrEnum):
    PRACTICE = "practice"  # live nudges on
    ASSESSMENT = "assessment"  # no nudges, no mood indicator


class ManagerProfile(Frozen):
    id: str = "me"
    name: str = "Me"


class Plan(Frozen):
    """The manager's short plan, written on the brief screen."""

    key_message: str = ""
    questions: str = ""
    outcome: str = ""

    def is_empty(self) -> bool:
        return not (self.key_message.strip() or self.questions.strip() or self.outcome.strip())


class SessionStatus(StrEnum):
    ACTIVE = "active"  # in progress, or interrupted (crash, Ctrl-C): resumable
    ENDED = "ended"


class Session(Frozen):
    id: str = Field(pattern=SESSION_ID_PATTERN)
    scenario: Scenario
    manager: ManagerProfile = Field(default_factory=ManagerProfile)
    mode: Mode = Mode.PRACTICE
    plan: Plan = Field(default_factory=Plan)
    voice: str = "offline scripted persona"
    started_at: dt.datetime = Field(default_factory=utcnow)
    ended_at: dt.datetime | None = None
    status: SessionStatus = SessionStatus.ACTIVE
    turns: tuple[Turn, ...] = ()
    persona_trace: tuple[TraceEntry, ...] = ()
    parent_id: str | None = Field(default=None, pattern=SESSION_ID_PATTERN,
                                  description="The first attempt, if rewound.")
    fork_turn: int | None = Field(default=None, description="Turns before this index are shared.")

    @property
    def transcript(self) -> Transcript:
        return Transcript(turns=self.turns)
