"""Schema migrations for the SQLite store. Append new steps; never edit a released one.

The PostgreSQL store has its own, parallel list in ``postgres_migrations.py``.
"""

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
    # 2: people, cohorts, assignments, sharing, facilitator reviews
    """
    CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('manager', 'facilitator')),
        email TEXT NOT NULL DEFAULT '',
        db_role TEXT UNIQUE
    );
    CREATE TABLE cohorts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        facilitator_id TEXT NOT NULL REFERENCES people(id),
        practice_json TEXT NOT NULL
    );
    CREATE TABLE cohort_members (
        cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        manager_id TEXT NOT NULL REFERENCES people(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (cohort_id, manager_id)
    );
    CREATE INDEX cohort_members_manager ON cohort_members(manager_id);
    CREATE TABLE assignments (
        id TEXT PRIMARY KEY,
        cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        scenario_id TEXT NOT NULL,
        due TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE shares (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        manager_id TEXT NOT NULL,
        cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        audio INTEGER NOT NULL DEFAULT 0,
        shared_at TEXT NOT NULL
    );
    CREATE INDEX shares_cohort ON shares(cohort_id);
    CREATE TABLE shared_audio (
        session_id TEXT NOT NULL REFERENCES shares(session_id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        wav BLOB NOT NULL,
        PRIMARY KEY (session_id, turn)
    );
    CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        facilitator_id TEXT NOT NULL,
        turn INTEGER NOT NULL CHECK (turn >= 0),
        competency TEXT NOT NULL,
        text TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX comments_session ON comments(session_id);
    CREATE TABLE overrides (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        competency TEXT NOT NULL,
        facilitator_id TEXT NOT NULL,
        scorer_score INTEGER,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        at TEXT NOT NULL,
        PRIMARY KEY (session_id, competency)
    );
    CREATE TABLE reviews (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        facilitator_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
        done_at TEXT
    );
    """,
)
