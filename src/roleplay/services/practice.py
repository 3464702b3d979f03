"""Practice: the use case every front end drives (desktop, terminal, demo).

A ``Practice`` is one rehearsal over a ``SessionEngine``; call it from one thread at a time (the
desktop hands it to one worker job at a time). The manager's line crosses threads as a typed,
immutable value: ``ManagerLine`` (typed, or spoken with its words and times) or ``SpokenLine``
(what the recogniser heard; its audio is saved by the one audio writer when the line is said,
on the caller's worker thread).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import ManagerProfile, Mode, Plan, Session, Turn, Word
from roleplay.engine.session import ReplyFailed, SessionEngine
from roleplay.ports.coding import BehaviourCoder
from roleplay.ports.persona import PersonaVoice
from roleplay.ports.scoring import Scorer
from roleplay.ports.speech import CapturedUtterance
from roleplay.ports.store import SessionStore
from roleplay.scoring.listening import as_heard

AudioSaver = Callable[[str, int, CapturedUtterance], "str | None"]
"""(session id, turn index, what was heard) -> the saved audio's ``Turn.audio_ref``, or None."""


@dataclass(frozen=True)
class ManagerLine:
    """One manager turn as said: typed, or spoken (with words and times in session seconds)."""

    text: str
    source: Literal["typed", "spoken"] = "typed"
    words: tuple[Word, ...] = ()
    start: float | None = None
    end: float | None = None
    audio_ref: str | None = None


@dataclass(frozen=True)
class SpokenLine:
    """What the recogniser heard; ``start`` is when its recording began and ``end`` when it
    stopped (seconds from the session's start). The turn's own times are where the voice is in
    that recording (``CapturedUtterance.voice_span``), not when the microphone was open."""

    heard: CapturedUtterance
    start: float
    end: float

    @property
    def text(self) -> str:
        return " ".join(self.heard.text.split())


Said = ManagerLine | SpokenLine


class ScoringUnavailable(Exception):
    """The session is saved but cannot be scored now (``message`` says why)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def score_and_save(scorer: Scorer | None, store: SessionStore | None, session: Session,
                   notice: str | None = None) -> SessionScore:
    """The one scoring step: score ``session`` and save the score (unless ``store`` is None)."""
    if scorer is None:
        raise ScoringUnavailable(notice or "scoring is not available")
    score = scorer.score(session)
    if store is not None:
        store.save_score(session.id, score)
    return score


@dataclass(frozen=True)
class Finished:
    session: Session
    score: SessionScore | None  # None: nothing to score (no manager turn)


class Practice:
    """One rehearsal. Every turn is committed to the store the moment it exists."""

    def __init__(self, engine: SessionEngine, scorer: Scorer | None,
                 audio: AudioSaver | None = None, scorer_notice: str | None = None) -> None:
        self.engine = engine
        self.scorer = scorer
        self.audio = audio
        self.scorer_notice = scorer_notice

    @property
    def session(self) -> Session:
        return self.engine.session

    @property
    def awaiting_reply(self) -> bool:
        return self.engine.awaiting_reply

    @property
    def ended(self) -> bool:
        return self.engine.ended

    @property
    def voice(self) -> PersonaVoice:
        return self.engine.voice

    def line(self, said: Said) -> ManagerLine:
        """A spoken line as the turn it becomes, its audio saved (on this thread) first."""
        if isinstance(said, ManagerLine):
            return said
        heard = said.heard
        onset, offset = heard.voice_span()
        ref = None
        if self.audio is not None:
            ref = self.audio(self.session.id, len(self.session.turns), heard)
        words = tuple(Word(text=w.text, start=said.start + w.start, end=said.start + w.end,
                           probability=w.probability) for w in heard.words)
        return ManagerLine(text=said.text, source="spoken", words=words,
                           start=round(said.start + onset, 3), end=round(said.start + offset, 3),
                           audio_ref=ref)

    def say(self, said: Said) -> tuple[Turn, TraceEntry]:
        """The manager's turn, coded and committed (with the mind's reaction)."""
        line = self.line(said)
        return self.engine.manager_says(line.text, source=line.source, words=line.words,
                                        start=line.start, end=line.end,
                                        audio_ref=line.audio_ref)

    def reply(self, on_chunk: Callable[[str], None] | None = None) -> Turn:
        """The report's reply, streamed to ``on_chunk`` and committed once complete.
        ReplyFailed (nothing stored) when the voice fails: the caller may retry."""
        return self.engine.report_reply(on_chunk)

    def update_plan(self, plan: Plan) -> None:
        self.engine.update_plan(plan)

    def end(self) -> Session:
        return self.engine.end()

    def score(self) -> SessionScore:
        """Score the ended session with the coder the persona reacted to, and save the score."""
        return score_and_save(self.scorer, self.engine.store, self.session, self.scorer_notice)

    def finish(self) -> Finished:
        """End -> score -> save: the one way a rehearsal is finished."""
        session = self.end()
        if not session.transcript.manager_turns():
            return Finished(session, None)
        return Finished(session, self.score())

    def rewind(self, turn_index: int) -> Practice:
        """A new attempt from the manager's turn ``turn_index`` (the earlier one is kept)."""
        return Practice(self.engine.rewind(turn_index), self.scorer, self.audio,
                        self.scorer_notice)


class PracticeService:
    """Starts and resumes rehearsals with the adapters the composition root built."""

    def __init__(self, store: SessionStore, coder: BehaviourCoder, voice: PersonaVoice,
                 scorer: Scorer | None, *, audio: AudioSaver | None = None,
                 scorer_notice: str | None = None) -> None:
        self.store = store
        self.coder = coder
        self.voice = voice
        self.scorer = scorer
        self.audio = audio
        self.scorer_notice = scorer_notice

    def _practice(self, engine: SessionEngine) -> Practice:
        return Practice(engine, self.scorer, self.audio, self.scorer_notice)

    def start(self, scenario: Scenario, *, manager: ManagerProfile | None = None,
              mode: Mode = Mode.PRACTICE, plan: Plan | None = None) -> Practice:
        return self._practice(SessionEngine.start(self.store, self.coder, self.voice, scenario,
                                                  manager=manager, mode=mode, plan=plan,
                                                  hears=as_heard))

    def resume(self, session_id: str) -> Practice:
        return self._practice(SessionEngine.resume(self.store, self.coder, self.voice,
                                                   session_id, as_heard))

    def score_session(self, session: Session, *, save: bool = True) -> SessionScore:
        """Score a stored session (and save the score): the review, `roleplay score --session`,
        the demo."""
        return score_and_save(self.scorer, self.store if save else None, session,
                              self.scorer_notice)


__all__ = [
    "AudioSaver", "Finished", "ManagerLine", "Practice", "PracticeService", "ReplyFailed",
    "Said", "ScoringUnavailable", "SpokenLine", "score_and_save",
]
