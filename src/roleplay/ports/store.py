"""Where sessions live. Every turn is committed as soon as it exists."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from roleplay.domain.base import Frozen
from roleplay.domain.mind import TraceEntry
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import Plan, Session, SessionStatus, Turn


class StoreError(Exception):
    """The database cannot be used (newer schema, no rights to migrate, cannot connect)."""


class Conflict(StoreError):
    """A write clashed with what is stored (e.g. a session id that already exists)."""


class SessionBusy(StoreError):
    """Another process is writing this session (two resumes of one session)."""

    def __init__(self, session_id: str) -> None:
        super().__init__(f"session {session_id} is open in another roleplay (another terminal "
                         "or the app); finish it there first, or take it again from a turn "
                         f"with `roleplay practice --resume {session_id} --from-turn N`")
        self.session_id = session_id


class SessionNotFound(LookupError):
    def __init__(self, session_id: str) -> None:
        super().__init__(f"no session with id {session_id!r}")
        self.session_id = session_id


class SessionSummary(Frozen):
    id: str
    scenario_id: str
    scenario_title: str
    manager_id: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    status: SessionStatus
    turn_count: int
    parent_id: str | None = None
    overall: int | None = None


class SessionStore(Protocol):
    def create(self, session: Session) -> None:
        """Store a new session with the turns and trace it already has."""
        ...

    def append_turn(self, session_id: str, turn: Turn, trace: TraceEntry | None = None) -> None:
        """Commit one turn (and the mind's step for it) durably before returning."""
        ...

    def update_plan(self, session_id: str, plan: Plan) -> None: ...

    def end(self, session_id: str, ended_at: dt.datetime) -> None: ...

    def get(self, session_id: str) -> Session:
        """Raise SessionNotFound when there is no such session."""
        ...

    def list_sessions(self, manager_id: str | None = None) -> list[SessionSummary]:
        """Newest first."""
        ...

    def sessions_with_scores(
        self, manager_id: str | None = None
    ) -> list[tuple[SessionSummary, SessionScore | None]]:
        """``list_sessions`` with each session's score, in one query (History)."""
        ...

    def attempts(self, session_id: str) -> list[SessionSummary]:
        """The session and every attempt rewound from it (or from its root), oldest first."""
        ...

    def save_score(self, session_id: str, score: SessionScore) -> None: ...

    def get_score(self, session_id: str) -> SessionScore | None: ...

    def delete(self, session_id: str) -> None: ...

    def delete_all(self) -> None: ...
