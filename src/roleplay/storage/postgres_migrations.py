"""Schema migrations for the PostgreSQL store. Append new steps; never edit a released one.

The tables mirror the SQLite schema (``migrations.py``) with native types. Step 3 adds the access
model: two group roles (``roleplay_manager``, ``roleplay_facilitator``) that each person's login
role belongs to, table grants, and row-level security so that the *database* decides what each
role can read or write:

- a manager reads and writes only their own sessions (and turns, trace, scores, shares, audio);
- a facilitator reads only sessions shared with a cohort they facilitate (audio only when shared
  with audio), and writes comments, overrides and reviews only on those;
- a manager reads the feedback on their own sessions;
- people, cohorts, memberships and assignments are a directory every role may read; only the
  administrator (the migrating role, which owns the tables) changes them.

Helper functions that look at other tables are ``SECURITY DEFINER`` with a pinned search_path,
so policies do not recurse through each other's RLS. ``rp_me()`` maps ``current_user`` to a
person through ``people.db_role`` and is evaluated in the caller's context.
"""

from __future__ import annotations

MANAGER_GROUP = "roleplay_manager"
FACILITATOR_GROUP = "roleplay_facilitator"

PG_MIGRATIONS: tuple[str, ...] = (
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
        started_at TIMESTAMPTZ NOT NULL,
        ended_at TIMESTAMPTZ,
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
        scored_at TIMESTAMPTZ NOT NULL
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
        due DATE NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE shares (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        manager_id TEXT NOT NULL,
        cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        audio BOOLEAN NOT NULL DEFAULT FALSE,
        shared_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX shares_cohort ON shares(cohort_id);
    CREATE TABLE shared_audio (
        session_id TEXT NOT NULL REFERENCES shares(session_id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        wav BYTEA NOT NULL,
        PRIMARY KEY (session_id, turn)
    );
    CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        facilitator_id TEXT NOT NULL,
        turn INTEGER NOT NULL CHECK (turn >= 0),
        competency TEXT NOT NULL,
        text TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX comments_session ON comments(session_id);
    CREATE TABLE overrides (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        competency TEXT NOT NULL,
        facilitator_id TEXT NOT NULL,
        scorer_score INTEGER,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (session_id, competency)
    );
    CREATE TABLE reviews (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        facilitator_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
        done_at TIMESTAMPTZ
    );
    """,
    # 3: roles, grants, row-level security
    f"""
    DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{MANAGER_GROUP}') THEN
            CREATE ROLE {MANAGER_GROUP} NOLOGIN;
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{FACILITATOR_GROUP}') THEN
            CREATE ROLE {FACILITATOR_GROUP} NOLOGIN;
        END IF;
    END $$;

    CREATE FUNCTION rp_me() RETURNS TEXT LANGUAGE sql STABLE
        AS $f$ SELECT id FROM people WHERE db_role = current_user $f$;
    CREATE FUNCTION rp_owns(sid TEXT, who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT EXISTS (SELECT 1 FROM sessions WHERE id = sid AND manager_id = who) $f$;
    CREATE FUNCTION rp_shared_with(sid TEXT, who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT EXISTS (SELECT 1 FROM shares sh JOIN cohorts c ON c.id = sh.cohort_id
                              WHERE sh.session_id = sid AND c.facilitator_id = who) $f$;
    CREATE FUNCTION rp_audio_shared_with(sid TEXT, who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT EXISTS (SELECT 1 FROM shares sh JOIN cohorts c ON c.id = sh.cohort_id
                              WHERE sh.session_id = sid AND sh.audio
                                AND c.facilitator_id = who) $f$;
    CREATE FUNCTION rp_facilitates(cid TEXT, who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT EXISTS (SELECT 1 FROM cohorts WHERE id = cid AND facilitator_id = who) $f$;
    CREATE FUNCTION rp_member(cid TEXT, who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT EXISTS (SELECT 1 FROM cohort_members
                              WHERE cohort_id = cid AND manager_id = who) $f$;
    REVOKE ALL ON FUNCTION rp_owns(TEXT, TEXT), rp_shared_with(TEXT, TEXT),
        rp_audio_shared_with(TEXT, TEXT), rp_facilitates(TEXT, TEXT), rp_member(TEXT, TEXT)
        FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION rp_me(), rp_owns(TEXT, TEXT), rp_shared_with(TEXT, TEXT),
        rp_audio_shared_with(TEXT, TEXT), rp_facilitates(TEXT, TEXT), rp_member(TEXT, TEXT)
        TO {MANAGER_GROUP}, {FACILITATOR_GROUP};

    GRANT SELECT ON people, cohorts, cohort_members, assignments, roleplay_schema
        TO {MANAGER_GROUP}, {FACILITATOR_GROUP};
    GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, turns, trace, scores, shares, shared_audio
        TO {MANAGER_GROUP};
    GRANT SELECT ON sessions, turns, trace, scores, shares, shared_audio TO {FACILITATOR_GROUP};
    GRANT SELECT ON comments, overrides, reviews TO {MANAGER_GROUP};
    GRANT SELECT, INSERT, UPDATE, DELETE ON comments, overrides, reviews TO {FACILITATOR_GROUP};
    GRANT INSERT, UPDATE ON assignments TO {FACILITATOR_GROUP};

    ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own ON sessions FOR ALL
        USING (manager_id = rp_me()) WITH CHECK (manager_id = rp_me());
    CREATE POLICY shared ON sessions FOR SELECT USING (rp_shared_with(id, rp_me()));

    ALTER TABLE turns ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own ON turns FOR ALL
        USING (rp_owns(session_id, rp_me())) WITH CHECK (rp_owns(session_id, rp_me()));
    CREATE POLICY shared ON turns FOR SELECT USING (rp_shared_with(session_id, rp_me()));

    ALTER TABLE trace ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own ON trace FOR ALL
        USING (rp_owns(session_id, rp_me())) WITH CHECK (rp_owns(session_id, rp_me()));
    CREATE POLICY shared ON trace FOR SELECT USING (rp_shared_with(session_id, rp_me()));

    ALTER TABLE scores ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own ON scores FOR ALL
        USING (rp_owns(session_id, rp_me())) WITH CHECK (rp_owns(session_id, rp_me()));
    CREATE POLICY shared ON scores FOR SELECT USING (rp_shared_with(session_id, rp_me()));

    ALTER TABLE shares ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own ON shares FOR ALL
        USING (manager_id = rp_me())
        WITH CHECK (manager_id = rp_me() AND rp_owns(session_id, rp_me())
                    AND rp_member(cohort_id, rp_me()));
    CREATE POLICY facilitator ON shares FOR SELECT USING (rp_facilitates(cohort_id, rp_me()));

    ALTER TABLE shared_audio ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own ON shared_audio FOR ALL
        USING (rp_owns(session_id, rp_me())) WITH CHECK (rp_owns(session_id, rp_me()));
    CREATE POLICY facilitator ON shared_audio FOR SELECT
        USING (rp_audio_shared_with(session_id, rp_me()));

    ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
    CREATE POLICY manager ON comments FOR SELECT USING (rp_owns(session_id, rp_me()));
    CREATE POLICY facilitator ON comments FOR ALL
        USING (facilitator_id = rp_me() AND rp_shared_with(session_id, rp_me()))
        WITH CHECK (facilitator_id = rp_me() AND rp_shared_with(session_id, rp_me()));

    ALTER TABLE overrides ENABLE ROW LEVEL SECURITY;
    CREATE POLICY manager ON overrides FOR SELECT USING (rp_owns(session_id, rp_me()));
    CREATE POLICY facilitator ON overrides FOR ALL
        USING (facilitator_id = rp_me() AND rp_shared_with(session_id, rp_me()))
        WITH CHECK (facilitator_id = rp_me() AND rp_shared_with(session_id, rp_me()));

    ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;
    CREATE POLICY manager ON reviews FOR SELECT USING (rp_owns(session_id, rp_me()));
    CREATE POLICY facilitator ON reviews FOR ALL
        USING (facilitator_id = rp_me() AND rp_shared_with(session_id, rp_me()))
        WITH CHECK (facilitator_id = rp_me() AND rp_shared_with(session_id, rp_me()));

    ALTER TABLE assignments ENABLE ROW LEVEL SECURITY;
    CREATE POLICY everyone_reads ON assignments FOR SELECT USING (true);
    CREATE POLICY facilitator ON assignments FOR INSERT
        WITH CHECK (rp_facilitates(cohort_id, rp_me()));
    CREATE POLICY facilitator_update ON assignments FOR UPDATE
        USING (rp_facilitates(cohort_id, rp_me()))
        WITH CHECK (rp_facilitates(cohort_id, rp_me()));
    """,
    # 3: the SECURITY DEFINER helpers answer only about the person calling them (they are
    # callable by every manager and facilitator, so rp_owns(id, 'ben') must not tell anyone
    # else whether ben owns a session); nothing is executable by PUBLIC.
    f"""
    CREATE FUNCTION rp_caller() RETURNS TEXT LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT id FROM people WHERE db_role = session_user $f$;
    CREATE OR REPLACE FUNCTION rp_owns(sid TEXT, who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT who = rp_caller()
                  AND EXISTS (SELECT 1 FROM sessions WHERE id = sid AND manager_id = who) $f$;
    CREATE OR REPLACE FUNCTION rp_shared_with(sid TEXT, who TEXT) RETURNS BOOLEAN
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT who = rp_caller()
                  AND EXISTS (SELECT 1 FROM shares sh JOIN cohorts c ON c.id = sh.cohort_id
                              WHERE sh.session_id = sid AND c.facilitator_id = who) $f$;
    CREATE OR REPLACE FUNCTION rp_audio_shared_with(sid TEXT, who TEXT) RETURNS BOOLEAN
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT who = rp_caller()
                  AND EXISTS (SELECT 1 FROM shares sh JOIN cohorts c ON c.id = sh.cohort_id
                              WHERE sh.session_id = sid AND sh.audio
                                AND c.facilitator_id = who) $f$;
    CREATE OR REPLACE FUNCTION rp_facilitates(cid TEXT, who TEXT) RETURNS BOOLEAN
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT who = rp_caller()
                  AND EXISTS (SELECT 1 FROM cohorts WHERE id = cid AND facilitator_id = who) $f$;
    CREATE OR REPLACE FUNCTION rp_member(cid TEXT, who TEXT) RETURNS BOOLEAN
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $f$ SELECT who = rp_caller()
                  AND EXISTS (SELECT 1 FROM cohort_members
                              WHERE cohort_id = cid AND manager_id = who) $f$;
    REVOKE ALL ON FUNCTION rp_caller(), rp_me() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION rp_me() TO {MANAGER_GROUP}, {FACILITATOR_GROUP};
    """,
)
