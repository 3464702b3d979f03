"""People, cohorts, sharing and facilitator reviews. Both store backends implement this port.

On PostgreSQL each person connects with their own database role and row-level security decides
what they see: a manager only their own sessions, a facilitator only the sessions shared with
their cohort. On SQLite (one person's machine) the app shows the same slices through these
methods.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol, runtime_checkable

from roleplay.domain.cohorts import (
    Assignment,
    Cohort,
    Comment,
    Feedback,
    Person,
    Review,
    ScoreOverride,
    Share,
    SharedSession,
)
from roleplay.domain.scores import Competency
from roleplay.ports.store import SessionStore


class CohortError(ValueError):
    """A request the data does not allow (unknown person, not a member, not shared, ...)."""


class AccessDenied(PermissionError):
    """The database refused: this person's role may not do that (row-level security)."""


class CohortStore(Protocol):
    # --- people and cohorts ---------------------------------------------------------------------
    def add_person(self, person: Person) -> None:
        """Insert or update a person."""
        ...

    def get_person(self, person_id: str) -> Person | None: ...

    def list_people(self) -> list[Person]: ...

    def add_cohort(self, cohort: Cohort) -> None:
        """Insert or update a cohort and replace its member list."""
        ...

    def get_cohort(self, cohort_id: str) -> Cohort | None: ...

    def list_cohorts(self) -> list[Cohort]: ...

    def cohort_of(self, manager_id: str) -> Cohort | None:
        """The cohort a manager belongs to (the first, if several)."""
        ...

    def add_assignment(self, assignment: Assignment) -> None: ...

    def assignments_for(self, manager_id: str) -> list[Assignment]:
        """The manager's cohort assignments, soonest due first."""
        ...

    # --- sharing (the manager's explicit act, per session) ---------------------------------------
    def share(self, session_id: str, cohort_id: str, *, audio: bool = False,
              at: dt.datetime | None = None) -> Share:
        """Share one session with the cohort's facilitator; sharing again updates ``audio``.

        Raise SessionNotFound for an unknown session, CohortError when its manager is not a
        member of the cohort."""
        ...

    def unshare(self, session_id: str) -> None:
        """Withdraw the share (and any shared audio). Feedback already given is kept."""
        ...

    def get_share(self, session_id: str) -> Share | None: ...

    def put_audio(self, session_id: str, turn: int, wav: bytes) -> None:
        """Store a turn's audio for sharing (only readable by the facilitator while shared with
        audio)."""
        ...

    def get_audio(self, session_id: str, turn: int) -> bytes | None: ...

    def shared_sessions(self, cohort_id: str) -> list[SharedSession]:
        """Every session shared with the cohort, with its score and feedback, newest first."""
        ...

    # --- facilitator review ---------------------------------------------------------------------
    def add_comment(self, comment: Comment) -> None:
        """Raise CohortError unless the session is shared with the facilitator's cohort."""
        ...

    def set_override(self, override: ScoreOverride) -> None:
        """Insert or replace the override for (session, competency)."""
        ...

    def edit_comment(self, comment_id: str, facilitator_id: str, text: str) -> None:
        """Replace a comment's words (its time stays); CohortError if it is not theirs."""
        ...

    def delete_comment(self, comment_id: str, facilitator_id: str) -> None:
        """Delete one comment; CohortError if there is none or it is not theirs."""
        ...

    def remove_override(self, session_id: str, competency: Competency) -> None: ...

    def set_review(self, review: Review) -> None: ...

    def feedback(self, session_id: str) -> Feedback: ...

    def receive_feedback(self, feedback: Feedback) -> None:
        """The manager's copy of the facilitator's feedback from a feedback bundle: replaces
        the session's comments, overrides and review in one transaction."""
        ...


@runtime_checkable
class DatabaseLogins(Protocol):
    """A shared database that knows who is logged in (PostgreSQL with row-level security)."""

    def me(self) -> str | None:
        """The person the database login acts as."""
        ...

    def provision_login(self, person_id: str, password: str,
                        role_name: str | None = None) -> str:
        """Create the person's own database role; returns its name."""
        ...


class Store(SessionStore, CohortStore, Protocol):
    """Both ports together: what ``roleplay.app.services.open_store`` returns."""

    def hold_session(self, session_id: str) -> None:
        """Be the one writer to this session until closed; ``SessionBusy`` when another
        process holds it."""
        ...

    def close(self) -> None: ...
