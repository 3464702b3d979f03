"""Schema migrations for the SQLite store. Append new steps; never edit a released one."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: sessions, turns, persona trace, scores
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        scenario_id TEXT NOT NULL,
        scenario_title TEXT NOT NULL,
        scenario_json TEXT NOT NULL,
        manager_id TEXT NOT NULL,
        manager_json TEXT NOT NULL,
        mode TEXT NOT NULL,
        plan_json TEXT NOT NULL,
        voice TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL,
        parent_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
        fork_turn INTEGER
    );
    CREATE INDEX sessions_manager ON sessions(manager_id, started_at);
    CREATE INDEX sessions_parent ON sessions(parent_id);
    CREATE TABLE turns (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        speaker TEXT NOT NULL,
        turn_json TEXT NOT NULL,
        PRIMARY KEY (session_id, idx)
    );
    CREATE TABLE trace (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        entry_json TEXT NOT NULL,
        PRIMARY KEY (session_id, turn)
    );
    CREATE TABLE scores (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        overall INTEGER NOT NULL,
        score_json TEXT NOT NULL,
        scored_at TEXT NOT NULL
    );
    """,
)
