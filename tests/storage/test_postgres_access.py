"""Access is enforced by PostgreSQL itself: each person connects with their own role and
row-level security decides what they can read and write, even with raw SQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from roleplay.domain.cohorts import Cohort, Comment, Person, Role
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import Competency, CompetencyScore, SessionScore
from roleplay.domain.session import ManagerProfile
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.ports.cohorts import AccessDenied, CohortError
from roleplay.ports.store import SessionNotFound
from roleplay.scoring.rules import RuleBasedCoder

psycopg = pytest.importorskip("psycopg")

from roleplay.ports.store import StoreError  # noqa: E402
from roleplay.storage.postgres import PostgresSessionStore  # noqa: E402
from roleplay.storage.postgres_migrations import PG_MIGRATIONS  # noqa: E402


class World:
    def __init__(self, db: Any) -> None:
        self.db = db
        self.admin = PostgresSessionStore(db.admin_url)
        self.stores: list[PostgresSessionStore] = [self.admin]
        for pid, name, role in [("fay", "Fay", Role.FACILITATOR), ("gil", "Gil", Role.FACILITATOR),
                                ("ana", "Ana", Role.MANAGER), ("ben", "Ben", Role.MANAGER)]:
            self.admin.add_person(Person(id=pid, name=name, role=role))
        self.admin.add_cohort(Cohort(id="spring", name="Spring", facilitator_id="fay",
                                     member_ids=("ana", "ben")))
        self.admin.add_cohort(Cohort(id="autumn", name="Autumn", facilitator_id="gil"))
        self.urls = {pid: db.login(self.admin, pid) for pid in ("fay", "gil", "ana", "ben")}

    def store(self, pid: str) -> PostgresSessionStore:
        s = PostgresSessionStore(self.urls[pid], migrate=False)
        self.stores.append(s)
        return s

    def raw(self, pid: str, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.urls[pid], autocommit=True) as conn:
            cur = conn.execute(sql.encode(), params)
            return cur.fetchall() if cur.description else []

    def close(self) -> None:
        for s in self.stores:
            s.close()


@pytest.fixture
def world(pg_db: Any) -> Iterator[World]:
    w = World(pg_db)
    yield w
    w.close()


def practise(store: PostgresSessionStore, scenario: Scenario, manager: str) -> str:
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario,
                                 manager=ManagerProfile(id=manager, name=manager.title()))
    engine.manager_says("What has been getting in the way?")
    engine.report_reply()
    engine.end()
    store.save_score(engine.session.id, SessionScore(
        rubric_version="r", coder_version="c", overall=55,
        competencies=(CompetencyScore(competency=Competency.ACTIVE_LISTENING, score=3),)))
    return engine.session.id


def test_a_manager_cannot_read_another_managers_session_with_raw_sql(
    world: World, scenario: Scenario
) -> None:
    ana, ben = world.store("ana"), world.store("ben")
    assert ana.me() == "ana"
    ana_sid, ben_sid = practise(ana, scenario, "ana"), practise(ben, scenario, "ben")
    for table, key in [("sessions", "id"), ("turns", "session_id"), ("trace", "session_id"),
                       ("scores", "session_id")]:
        assert world.raw("ana", f"SELECT count(*) FROM {table} WHERE {key} = %s",
                         (ben_sid,)) == [(0,)], table
        assert world.raw("ana", f"SELECT count(*) FROM {table} WHERE {key} = %s",
                         (ana_sid,))[0][0] > 0, table
    assert world.raw("ana", "SELECT DISTINCT manager_id FROM sessions") == [("ana",)]
    # Writes to someone else's rows touch nothing; the owner still has them.
    world.raw("ana", "DELETE FROM sessions WHERE id = %s", (ben_sid,))
    world.raw("ana", "UPDATE sessions SET voice = 'hacked' WHERE id = %s", (ben_sid,))
    assert ben.get(ben_sid).voice != "hacked"
    # Through the store: invisible, so "not found".
    assert [s.id for s in ana.list_sessions()] == [ana_sid]
    with pytest.raises(SessionNotFound):
        ana.get(ben_sid)
    with pytest.raises(SessionNotFound):
        ana.append_turn(ben_sid, ben.get(ben_sid).turns[0])


def test_a_manager_cannot_write_as_someone_else(world: World, scenario: Scenario) -> None:
    ana = world.store("ana")
    engine_session = SessionEngine.start(
        world.store("ben"), RuleBasedCoder(), OfflineVoice(), scenario,
        manager=ManagerProfile(id="ben", name="Ben")).session
    forged = engine_session.model_copy(update={"id": "forged"})
    with pytest.raises(AccessDenied):
        ana.create(forged)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        world.raw("ana", "INSERT INTO shares (session_id, manager_id, cohort_id, shared_at)"
                         " VALUES (%s, 'ana', 'spring', now())", (engine_session.id,))
    with pytest.raises(AccessDenied):
        ana.add_person(Person(id="eve", name="Eve", role=Role.FACILITATOR))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        world.raw("ana", "UPDATE people SET db_role = current_user WHERE id = 'fay'")


def test_a_facilitator_reads_only_sessions_shared_with_their_cohort(
    world: World, scenario: Scenario
) -> None:
    ana, fay, gil = world.store("ana"), world.store("fay"), world.store("gil")
    shared, private = practise(ana, scenario, "ana"), practise(ana, scenario, "ana")
    assert fay.list_sessions() == [] and world.raw("fay", "SELECT id FROM sessions") == []
    ana.share(shared, "spring")
    assert [s.id for s in fay.list_sessions()] == [shared]
    assert len(fay.get(shared).turns) == 3 and fay.get_score(shared) is not None
    assert world.raw("fay", "SELECT id FROM sessions") == [(shared,)]
    assert world.raw("fay", "SELECT count(*) FROM turns WHERE session_id = %s",
                     (private,)) == [(0,)]
    with pytest.raises(SessionNotFound):
        fay.get(private)
    [seen] = fay.shared_sessions("spring")
    assert seen.session_id == shared
    # Another cohort's facilitator sees nothing.
    assert gil.list_sessions() == [] and world.raw("gil", "SELECT session_id FROM shares") == []
    # A facilitator cannot change or delete the manager's session.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        world.raw("fay", "DELETE FROM sessions WHERE id = %s", (shared,))
    # Withdrawn: gone again.
    ana.unshare(shared)
    assert fay.list_sessions() == [] and fay.shared_sessions("spring") == []


def test_audio_is_readable_only_when_shared_with_audio(world: World, scenario: Scenario) -> None:
    ana, fay = world.store("ana"), world.store("fay")
    sid = practise(ana, scenario, "ana")
    ana.share(sid, "spring", audio=True)
    ana.put_audio(sid, 1, b"RIFFwav")
    assert fay.get_audio(sid, 1) == b"RIFFwav"
    # Audio withdrawn at the database level (the flag alone, rows left): still unreadable.
    world.raw("ana", "UPDATE shares SET audio = false WHERE session_id = %s", (sid,))
    assert fay.get_audio(sid, 1) is None
    assert world.raw("fay", "SELECT count(*) FROM shared_audio") == [(0,)]
    assert ana.get_audio(sid, 1) == b"RIFFwav"


def test_feedback_is_written_by_the_facilitator_and_read_by_the_manager(
    world: World, scenario: Scenario
) -> None:
    ana, ben, fay = world.store("ana"), world.store("ben"), world.store("fay")
    sid = practise(ana, scenario, "ana")
    comment = Comment(id="c1", session_id=sid, facilitator_id="fay", turn=1,
                      competency=Competency.POWERFUL_QUESTIONING, text="Open and short.")
    with pytest.raises(CohortError):  # not shared yet: the facilitator cannot even see it
        fay.add_comment(comment)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        world.raw("fay", "INSERT INTO comments (id, session_id, facilitator_id, turn, competency,"
                         " text, at) VALUES ('c0', %s, 'fay', 1, 'active_listening', 'x', now())",
                  (sid,))
    ana.share(sid, "spring")
    fay.add_comment(comment)
    assert ana.feedback(sid).comments == (comment,)
    assert world.raw("ben", "SELECT count(*) FROM comments") == [(0,)]
    assert ben.feedback(sid).comments == ()
    # The manager cannot forge feedback on their own session.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        world.raw("ana", "INSERT INTO comments (id, session_id, facilitator_id, turn, competency,"
                         " text, at) VALUES ('c2', %s, 'fay', 1, 'active_listening', 'x', now())",
                  (sid,))
    # Another facilitator cannot comment in Fay's name.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        world.raw("gil", "INSERT INTO comments (id, session_id, facilitator_id, turn, competency,"
                         " text, at) VALUES ('c3', %s, 'fay', 1, 'active_listening', 'x', now())",
                  (sid,))


def test_members_cannot_migrate_and_schema_is_versioned(world: World, pg_db: Any) -> None:
    assert world.admin.schema_version == len(PG_MIGRATIONS)
    # Opening again migrates nothing.
    again = PostgresSessionStore(pg_db.admin_url)
    assert again.schema_version == len(PG_MIGRATIONS)
    again.close()
    pg_db.server.admin_sql(f"INSERT INTO roleplay_schema VALUES ({len(PG_MIGRATIONS) + 1})",
                           pg_db.name)
    with pytest.raises(StoreError, match="newer roleplay"):
        PostgresSessionStore(world.urls["ana"])


def test_a_fresh_database_cannot_be_migrated_by_a_member(pg_server: Any, pg_db: Any) -> None:
    pg_server.admin_sql("CREATE ROLE rp_nobody_x LOGIN PASSWORD 'pw'")
    pg_db.roles.append("rp_nobody_x")
    url = pg_server.url(pg_db.name, "rp_nobody_x", "pw")
    with pytest.raises(StoreError, match="administrator"):
        PostgresSessionStore(url)
    with pytest.raises(StoreError, match="ask the administrator"):
        PostgresSessionStore(url, migrate=False)


def test_the_facilitator_edits_and_deletes_comments_through_their_own_role(
    world: World, scenario: Scenario
) -> None:
    ana, fay = world.store("ana"), world.store("fay")
    sid = practise(ana, scenario, "ana")
    ana.share(sid, "spring")
    fay.add_comment(Comment(id="c1", session_id=sid, facilitator_id="fay", turn=1,
                            competency=Competency.POWERFUL_QUESTIONING, text="Open."))
    fay.edit_comment("c1", "fay", "Open and short.")
    assert [c.text for c in ana.feedback(sid).comments] == ["Open and short."]
    with pytest.raises(AccessDenied):  # the manager cannot rewrite the feedback they received
        ana.edit_comment("c1", "fay", "Brilliant.")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        world.raw("ana", "UPDATE comments SET text = 'x'")
    assert [c.text for c in ana.feedback(sid).comments] == ["Open and short."]
    fay.delete_comment("c1", "fay")
    assert ana.feedback(sid).comments == ()


def test_an_owner_with_createrole_but_not_superuser_can_set_everything_up(
    pg_server: Any, scenario: Scenario
) -> None:
    """docs/cohorts.md: the owner role needs CREATEROLE (and owns the database), nothing more."""
    import secrets

    name = f"rp_{secrets.token_hex(5)}"
    owner = f"{name}_owner"
    pg_server.admin_sql(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'pw'")
    pg_server.admin_sql(f"CREATE DATABASE {name} OWNER {owner}")
    roles = [owner]
    try:
        admin = PostgresSessionStore(pg_server.url(name, owner, "pw"))
        admin.add_person(Person(id="ana", name="Ana", role=Role.MANAGER))
        admin.add_person(Person(id="fay", name="Fay", role=Role.FACILITATOR))
        admin.add_cohort(Cohort(id="spring", name="Spring", facilitator_id="fay",
                                member_ids=("ana",)))
        role = admin.provision_login("ana", "pw-ana", role_name=f"{name}_ana")
        roles.insert(0, role)
        admin.close()
        ana = PostgresSessionStore(pg_server.url(name, role, "pw-ana"), migrate=False)
        sid = practise(ana, scenario, "ana")
        assert [s.id for s in ana.list_sessions()] == [sid]
        ana.close()
    finally:
        pg_server.admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        for r in roles:
            pg_server.admin_sql(f'DROP ROLE IF EXISTS "{r}"')
