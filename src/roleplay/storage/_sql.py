"""The session SQL both store backends share (SessionStore over a DB-API connection; the

A backend supplies the transaction (``_tx``), the parameter style and how timestamps, dates and
booleans travel. SQL here is written with ``?`` placeholders and portable syntax (``ON CONFLICT
... DO UPDATE`` works on SQLite 3.24+ and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import uuid
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import (
    ManagerProfile,
    Plan,
    Session,
    SessionStatus,
    Turn,
    is_session_id,
)
from roleplay.ports.store import SessionNotFound, SessionSummary

Row = Mapping[str, Any]


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Tx(Protocol):
    def __call__(self, sql: str, params: Sequence[object] = ()) -> Cursor: ...


def new_id() -> str:
    return uuid.uuid4().hex[:12]


class SqlStore(ABC):
    """Everything except connection handling, transactions and value conversion."""

    # --- backend hooks ------------------------------------------------------------------------

    @abstractmethod
    def _tx(self, write: bool = True) -> AbstractContextManager[Tx]:
        """A transaction; the yielded callable runs one statement with ``?`` placeholders."""

    @abstractmethod
    def _ts(self, value: dt.datetime | None) -> object: ...

    @abstractmethod
    def _dt(self, value: Any) -> dt.datetime | None: ...

    def _day(self, value: dt.date) -> object:
        return value.isoformat()

    def _date(self, value: Any) -> dt.date:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))

    def _required_dt(self, value: Any) -> dt.datetime:
        out = self._dt(value)
        assert out is not None
        return out

    # --- SessionStore ---------------------------------------------------------------------------

    def create(self, session: Session) -> None:
        with self._tx() as run:
            run(
                "INSERT INTO sessions (id, scenario_id, scenario_title, scenario_json,"
                " manager_id, manager_json, mode, plan_json, voice, started_at, ended_at,"
                " status, parent_id, fork_turn) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    session.id, session.scenario.id, session.scenario.title,
                    session.scenario.model_dump_json(), session.manager.id,
                    session.manager.model_dump_json(), session.mode.value,
                    session.plan.model_dump_json(), session.voice,
                    self._ts(session.started_at), self._ts(session.ended_at),
                    session.status.value, session.parent_id, session.fork_turn,
                ),
            )
            for turn in session.turns:
                self._insert_turn(run, session.id, turn)
            for entry in session.persona_trace:
                self._insert_trace(run, session.id, entry)

    @staticmethod
    def _insert_turn(run: Tx, session_id: str, turn: Turn) -> None:
        run("INSERT INTO turns (session_id, idx, speaker, turn_json) VALUES (?,?,?,?)",
            (session_id, turn.index, turn.speaker, turn.model_dump_json()))

    @staticmethod
    def _insert_trace(run: Tx, session_id: str, entry: TraceEntry) -> None:
        run("INSERT INTO trace (session_id, turn, entry_json) VALUES (?,?,?)"
            " ON CONFLICT (session_id, turn) DO UPDATE SET entry_json = excluded.entry_json",
            (session_id, entry.turn, entry.model_dump_json()))

    @staticmethod
    def _require_session(run: Tx, session_id: str) -> Row:
        if not is_session_id(session_id):
            raise SessionNotFound(session_id)
        row = run("SELECT id, manager_id FROM sessions WHERE id=?", (session_id,)).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        return row  # type: ignore[no-any-return]

    @abstractmethod
    def hold_session(self, session_id: str) -> None:
        """Claim the session for this writer; raise SessionBusy if another one has it."""

    def append_turn(self, session_id: str, turn: Turn, trace: TraceEntry | None = None) -> None:
        with self._tx() as run:
            self._require_session(run, session_id)  # first: others' sessions stay invisible
            self.hold_session(session_id)  # a second writer is refused before it writes
            self._insert_turn(run, session_id, turn)
            if trace is not None:
                self._insert_trace(run, session_id, trace)

    def _update_session(self, sql: str, params: tuple[object, ...]) -> None:
        with self._tx() as run:
            if run(sql, params).rowcount == 0:
                raise SessionNotFound(str(params[-1]))

    def update_plan(self, session_id: str, plan: Plan) -> None:
        self._update_session("UPDATE sessions SET plan_json=? WHERE id=?",
                             (plan.model_dump_json(), session_id))

    def end(self, session_id: str, ended_at: dt.datetime) -> None:
        self._update_session("UPDATE sessions SET ended_at=?, status=? WHERE id=?",
                             (self._ts(ended_at), SessionStatus.ENDED.value, session_id))

    def get(self, session_id: str) -> Session:
        if not is_session_id(session_id):
            raise SessionNotFound(session_id)  # malformed: no such session can exist
        with self._tx(write=False) as run:
            row = run("SELECT * FROM sessions WHERE id=?", (session_id,)).fetchone()
            if row is None:
                raise SessionNotFound(session_id)
            turns = run("SELECT turn_json FROM turns WHERE session_id=? ORDER BY idx",
                        (session_id,)).fetchall()
            trace = run("SELECT entry_json FROM trace WHERE session_id=? ORDER BY turn",
                        (session_id,)).fetchall()
        return Session(
            id=row["id"],
            scenario=Scenario.model_validate_json(row["scenario_json"]),
            manager=ManagerProfile.model_validate_json(row["manager_json"]),
            mode=row["mode"],
            plan=Plan.model_validate_json(row["plan_json"]),
            voice=row["voice"],
            started_at=self._required_dt(row["started_at"]),
            ended_at=self._dt(row["ended_at"]),
            status=row["status"],
            turns=tuple(Turn.model_validate_json(r["turn_json"]) for r in turns),
            persona_trace=tuple(TraceEntry.model_validate_json(r["entry_json"]) for r in trace),
            parent_id=row["parent_id"],
            fork_turn=row["fork_turn"],
        )

    _SUMMARY_SQL = (
        "SELECT s.id, s.scenario_id, s.scenario_title, s.manager_id, s.started_at, s.ended_at,"
        " s.status, s.parent_id, (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id)"
        " AS turn_count, sc.overall FROM sessions s LEFT JOIN scores sc ON sc.session_id = s.id"
    )

    def _summaries(self, where: str, params: tuple[object, ...], order: str
                   ) -> list[SessionSummary]:
        with self._tx(write=False) as run:
            rows = run(f"{self._SUMMARY_SQL} {where} ORDER BY {order}", params).fetchall()
        return [self._summary(r) for r in rows]

    def _summary(self, r: Any) -> SessionSummary:
        return SessionSummary(
            id=r["id"], scenario_id=r["scenario_id"], scenario_title=r["scenario_title"],
            manager_id=r["manager_id"], started_at=self._required_dt(r["started_at"]),
            ended_at=self._dt(r["ended_at"]), status=r["status"],
            turn_count=r["turn_count"], parent_id=r["parent_id"], overall=r["overall"],
        )

    def list_sessions(self, manager_id: str | None = None) -> list[SessionSummary]:
        if manager_id is None:
            return self._summaries("", (), "s.started_at DESC, s.id")
        return self._summaries("WHERE s.manager_id=?", (manager_id,), "s.started_at DESC, s.id")

    def sessions_with_scores(
        self, manager_id: str | None = None
    ) -> list[tuple[SessionSummary, SessionScore | None]]:
        where, params = ("", ()) if manager_id is None else ("WHERE s.manager_id=?", (manager_id,))
        with self._tx(write=False) as run:
            rows = run(f"{self._SUMMARY_SQL.replace('sc.overall', 'sc.overall, sc.score_json')}"
                       f" {where} ORDER BY s.started_at DESC, s.id", params).fetchall()
        return [(self._summary(r), SessionScore.model_validate_json(r["score_json"])
                 if r["score_json"] else None) for r in rows]

    def attempts(self, session_id: str) -> list[SessionSummary]:
        with self._tx(write=False) as run:
            row = run("SELECT parent_id FROM sessions WHERE id=?", (session_id,)).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        root = row["parent_id"] or session_id
        return self._summaries("WHERE s.id=? OR s.parent_id=?", (root, root),
                               "s.started_at ASC, s.id")

    def save_score(self, session_id: str, score: SessionScore) -> None:
        with self._tx() as run:
            self._require_session(run, session_id)
            run("INSERT INTO scores (session_id, overall, score_json, scored_at) VALUES (?,?,?,?)"
                " ON CONFLICT (session_id) DO UPDATE SET overall = excluded.overall,"
                " score_json = excluded.score_json, scored_at = excluded.scored_at",
                (session_id, score.overall, score.model_dump_json(), self._ts(score.scored_at)))

    def get_score(self, session_id: str) -> SessionScore | None:
        with self._tx(write=False) as run:
            row = run("SELECT score_json FROM scores WHERE session_id=?",
                      (session_id,)).fetchone()
        return SessionScore.model_validate_json(row["score_json"]) if row else None

    def delete(self, session_id: str) -> None:
        if not is_session_id(session_id):
            return
        with self._tx() as run:
            run("DELETE FROM sessions WHERE id=?", (session_id,))

    def delete_all(self) -> None:
        with self._tx() as run:
            run("DELETE FROM sessions")
