"""SessionStore on SQLite (stdlib sqlite3, WAL). Each write is its own committed transaction."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import ManagerProfile, Plan, Session, SessionStatus, Turn
from roleplay.ports.store import SessionNotFound, SessionSummary
from roleplay.storage.migrations import MIGRATIONS


class StoreError(Exception):
    pass


class SqliteSessionStore:
    """Thread-safe: one connection guarded by a lock (writes are small and quick)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a committed turn survives a crash
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._migrate()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._lock:
            current = self.schema_version
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"{self.path} was written by a newer roleplay (schema {current}); "
                    "please upgrade roleplay"
                )
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                self._db.executescript(
                    f"BEGIN; {script}; PRAGMA user_version={version}; COMMIT;"
                )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self, sql: str, params: tuple[object, ...] = ()) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cur = self._db.execute(sql, params)
                if cur.rowcount == 0 and sql.lstrip().upper().startswith("UPDATE"):
                    raise SessionNotFound(str(params[-1]))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    # --- SessionStore ---------------------------------------------------------------------------

    def create(self, session: Session) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT INTO sessions (id, scenario_id, scenario_title, scenario_json,"
                    " manager_id, manager_json, mode, plan_json, voice, started_at, ended_at,"
                    " status, parent_id, fork_turn) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        session.id, session.scenario.id, session.scenario.title,
                        session.scenario.model_dump_json(), session.manager.id,
                        session.manager.model_dump_json(), session.mode.value,
                        session.plan.model_dump_json(), session.voice,
                        session.started_at.isoformat(),
                        session.ended_at.isoformat() if session.ended_at else None,
                        session.status.value, session.parent_id, session.fork_turn,
                    ),
                )
                for turn in session.turns:
                    self._insert_turn(session.id, turn)
                for entry in session.persona_trace:
                    self._insert_trace(session.id, entry)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def _insert_turn(self, session_id: str, turn: Turn) -> None:
        self._db.execute(
            "INSERT INTO turns (session_id, idx, speaker, turn_json) VALUES (?,?,?,?)",
            (session_id, turn.index, turn.speaker, turn.model_dump_json()),
        )

    def _insert_trace(self, session_id: str, entry: TraceEntry) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO trace (session_id, turn, entry_json) VALUES (?,?,?)",
            (session_id, entry.turn, entry.model_dump_json()),
        )

    def append_turn(self, session_id: str, turn: Turn, trace: TraceEntry | None = None) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                if self._db.execute("SELECT 1 FROM sessions WHERE id=?",
                                    (session_id,)).fetchone() is None:
                    raise SessionNotFound(session_id)
                self._insert_turn(session_id, turn)
                if trace is not None:
                    self._insert_trace(session_id, trace)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def update_plan(self, session_id: str, plan: Plan) -> None:
        self._write("UPDATE sessions SET plan_json=? WHERE id=?",
                    (plan.model_dump_json(), session_id))

    def end(self, session_id: str, ended_at: dt.datetime) -> None:
        self._write("UPDATE sessions SET ended_at=?, status=? WHERE id=?",
                    (ended_at.isoformat(), SessionStatus.ENDED.value, session_id))

    def get(self, session_id: str) -> Session:
        with self._lock:
            row = self._db.execute("SELECT * FROM sessions WHERE id=?", (session_id,)).fetchone()
            if row is None:
                raise SessionNotFound(session_id)
            turns = self._db.execute(
                "SELECT turn_json FROM turns WHERE session_id=? ORDER BY idx", (session_id,)
            ).fetchall()
            trace = self._db.execute(
                "SELECT entry_json FROM trace WHERE session_id=? ORDER BY turn", (session_id,)
            ).fetchall()
        return Session(
            id=row["id"],
            scenario=Scenario.model_validate_json(row["scenario_json"]),
            manager=ManagerProfile.model_validate_json(row["manager_json"]),
            mode=row["mode"],
            plan=Plan.model_validate_json(row["plan_json"]),
            voice=row["voice"],
            started_at=dt.datetime.fromisoformat(row["started_at"]),
            ended_at=dt.datetime.fromisoformat(row["ended_at"]) if row["ended_at"] else None,
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

    def _summaries(
        self, where: str, params: tuple[object, ...], order: str
    ) -> list[SessionSummary]:
        with self._lock:
            rows = self._db.execute(f"{self._SUMMARY_SQL} {where} ORDER BY {order}",
                                    params).fetchall()
        return [
            SessionSummary(
                id=r["id"], scenario_id=r["scenario_id"], scenario_title=r["scenario_title"],
                manager_id=r["manager_id"],
                started_at=dt.datetime.fromisoformat(r["started_at"]),
                ended_at=dt.datetime.fromisoformat(r["ended_at"]) if r["ended_at"] else None,
                status=r["status"], turn_count=r["turn_count"], parent_id=r["parent_id"],
                overall=r["overall"],
            )
            for r in rows
        ]

    def list_sessions(self, manager_id: str | None = None) -> list[SessionSummary]:
        if manager_id is None:
            return self._summaries("", (), "s.started_at DESC")
        return self._summaries("WHERE s.manager_id=?", (manager_id,), "s.started_at DESC")

    def attempts(self, session_id: str) -> list[SessionSummary]:
        with self._lock:
            row = self._db.execute("SELECT parent_id FROM sessions WHERE id=?",
                                   (session_id,)).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        root = row["parent_id"] or session_id
        return self._summaries("WHERE s.id=? OR s.parent_id=?", (root, root), "s.started_at ASC")

    def save_score(self, session_id: str, score: SessionScore) -> None:
        self._write(
            "INSERT OR REPLACE INTO scores (session_id, overall, score_json, scored_at)"
            " VALUES (?,?,?,?)",
            (session_id, score.overall, score.model_dump_json(), score.scored_at.isoformat()),
        )

    def get_score(self, session_id: str) -> SessionScore | None:
        with self._lock:
            row = self._db.execute("SELECT score_json FROM scores WHERE session_id=?",
                                   (session_id,)).fetchone()
        return SessionScore.model_validate_json(row["score_json"]) if row else None

    def delete(self, session_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM sessions WHERE id=?", (session_id,))

    def delete_all(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM sessions")
