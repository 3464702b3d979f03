"""Issue 13 item 10 on a real PostgreSQL: the helpers reveal nothing about other people, and a
score a manager rewrites with plain SQL is flagged to the facilitator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.domain.session import ManagerProfile
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.scorer import SessionScorer
from roleplay.services.review import score_mismatch

from .test_postgres_access import World, practise

psycopg = pytest.importorskip("psycopg")


@pytest.fixture
def pg_world(pg_db: Any) -> Iterator[World]:
    w = World(pg_db)
    yield w
    w.close()

HELPERS = ("rp_owns", "rp_shared_with", "rp_audio_shared_with")


def test_helpers_answer_only_about_the_caller(pg_world: World, scenario: Scenario) -> None:
    world = pg_world
    ben_sid = practise(world.store("ben"), scenario, "ben")
    ana_sid = practise(world.store("ana"), scenario, "ana")
    for helper in HELPERS:
        assert world.raw("ana", f"SELECT {helper}(%s, 'ben')", (ben_sid,)) == [(False,)]
    assert world.raw("ana", "SELECT rp_owns(%s, 'ana')", (ana_sid,)) == [(True,)]
    assert world.raw("gil", "SELECT rp_facilitates('spring', 'fay')") == [(False,)]
    assert world.raw("ana", "SELECT rp_member('spring', 'ben')") == [(False,)]
    public = world.raw(
        "ana", "SELECT p.proname FROM pg_proc p WHERE p.proname LIKE 'rp\\_%%' AND "
        "has_function_privilege('public', p.oid, 'EXECUTE')")
    assert public == []


def test_a_score_rewritten_with_sql_is_flagged_to_the_facilitator(
        pg_world: World, scenario: Scenario) -> None:
    world = pg_world
    ana = world.store("ana")
    scorer = SessionScorer()
    engine = SessionEngine.start(ana, scorer.coder, OfflineVoice(), scenario,
                                 manager=ManagerProfile(id="ana", name="Ana"))
    for line in ("You're careless.", "Have you tried a to-do list?"):
        engine.manager_says(line)
        engine.report_reply()
    engine.end()
    sid = engine.session.id
    honest = scorer.score(ana.get(sid))
    ana.save_score(sid, honest)
    ana.share(sid, "spring")
    fay = world.store("fay")
    assert score_mismatch(fay.get(sid), fay.get_score(sid), scorer) is None
    doctored = json.loads(honest.model_dump_json())
    doctored["overall"] = 97
    for c in doctored["competencies"]:
        c["score"] = 5
    world.raw("ana", "UPDATE scores SET overall = 97, score_json = %s WHERE session_id = %s",
              (json.dumps(doctored), sid))
    stored = fay.get_score(sid)
    assert stored is not None and stored.overall == 97  # the database let her...
    flag = score_mismatch(fay.get(sid), stored, scorer)
    assert flag is not None and "changed after scoring" in flag  # ...and the facilitator sees it
