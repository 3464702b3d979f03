"""Scoring ports: the scorer the app and CLI call, and the optional LLM judge it may consult."""

from __future__ import annotations

from typing import Protocol

from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Rubric, SessionScore
from roleplay.domain.session import Session, Transcript


class Scorer(Protocol):
    @property
    def rubric(self) -> Rubric:
        """The rubric scores are made against (shown before and after a session)."""
        ...

    def score(self, session: Session) -> SessionScore:
        """Score a session, using its scenario's conversation type for the rubric weights."""
        ...

    def score_transcript(
        self, transcript: Transcript, conversation_type: ConversationType | None = None
    ) -> SessionScore:
        """Score a bare transcript (no scenario): ``None`` weighs the competencies equally."""
        ...


class Judge(Protocol):
    """Reads a transcript with the deterministic score; may move each competency by one level."""

    def review(self, transcript: Transcript, score: SessionScore, rubric: Rubric) -> SessionScore:
        """Return ``score`` with judge verdicts added (never raises: on failure it says why in
        ``judge_notice`` and keeps the deterministic score)."""
        ...


class SecondCoder(Protocol):
    """Codes the manager's turns independently (an LLM) to show agreement; never scores."""

    def compare(self, transcript: Transcript, score: SessionScore) -> SessionScore:
        """Return ``score`` with ``coder_agreement`` set (never raises: on failure the agreement
        carries a notice)."""
        ...
