"""The SessionStore contract, run on SQLite and on PostgreSQL (the store cases of
tests/core/test_store_and_engine.py, parametrised over both backends)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from roleplay.domain.scenario import FollowUp, Scenario
from roleplay.domain.scores import Competency, CompetencyScore, SessionScore
from roleplay.domain.session import ManagerProfile, Plan, SessionStatus
from roleplay.engine import SessionEngine
from roleplay.engine.session import agreement_of
from roleplay.persona.offline import OfflineVoice
from roleplay.ports.store import Conflict, SessionNotFound
from roleplay.scoring.rules import RuleBasedCoder

GOOD_LINES = [
    "Thanks for making time. I want to talk about the last few sprints. How are things for you?",
    "On the 3rd of October the invoice export shipped a week late. What happened there?",
    "It sounds like the last few weeks have been really heavy for you.",
]


def start(store: Any, scenario: Scenario, **kw: Any) -> SessionEngine:
    return SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario, **kw)


def test_every_turn_is_committed_as_it_happens(open_store: Any, scenario: Scenario) -> None:
    store, other = open_store(), open_store()
    engine = start(store, scenario)
    engine.manager_says(GOOD_LINES[0])
    # Read through a second connection: the manager turn is durable before any reply exists.
    saved = other.get(engine.session.id)
    assert [t.speaker for t in saved.turns] == ["report", "manager"]
    assert saved.turns[1].coding is not None
    assert len(saved.persona_trace) == 1
    engine.report_reply()
    assert [t.speaker for t in other.get(engine.session.id).turns] == [
        "report", "manager", "report"]


def test_session_round_trip(store: Any, scenario: Scenario) -> None:
    engine = start(store, scenario, manager=ManagerProfile(id="ana", name="Ana"))
    for line in GOOD_LINES:
        engine.manager_says(line)
        engine.report_reply()
    engine.update_plan(Plan(key_message="Dates matter", questions="What's in the way?"))
    engine.end()
    loaded = store.get(engine.session.id)
    assert loaded == engine.session
    assert loaded.started_at.utcoffset() == dt.timedelta(0)
    assert loaded.status == SessionStatus.ENDED and loaded.plan.key_message == "Dates matter"
    [summary] = store.list_sessions("ana")
    assert summary.turn_count == 7 and summary.status == SessionStatus.ENDED
    assert store.list_sessions("somebody-else") == []


def test_list_is_newest_first(store: Any, scenario: Scenario) -> None:
    first, second = start(store, scenario), start(store, scenario)
    assert [s.id for s in store.list_sessions()] == [second.session.id, first.session.id]


def test_scores_round_trip_and_show_in_summaries(store: Any, scenario: Scenario) -> None:
    engine = start(store, scenario)
    score = SessionScore(
        rubric_version="r1", coder_version="c1", overall=64,
        competencies=(CompetencyScore(competency=Competency.ACTIVE_LISTENING, score=4),
                      CompetencyScore(competency=Competency.DEVELOPMENT_PLANNING)),
    )
    store.save_score(engine.session.id, score)
    loaded = store.get_score(engine.session.id)
    assert loaded == score
    planning = loaded.competency(Competency.DEVELOPMENT_PLANNING)
    assert planning is not None and not planning.observed
    assert store.list_sessions()[0].overall == 64
    rescored = score.model_copy(update={"overall": 70})
    store.save_score(engine.session.id, rescored)
    assert store.get_score(engine.session.id) == rescored
    with pytest.raises(SessionNotFound):
        store.save_score("nope", score)


def test_sessions_with_scores_in_one_query(store: Any, scenario: Scenario) -> None:
    scored, unscored = start(store, scenario), start(store, scenario)
    score = SessionScore(rubric_version="r1", coder_version="c1", overall=55)
    store.save_score(scored.session.id, score)
    rows = store.sessions_with_scores(scored.session.manager.id)
    assert [(summary.id, got) for summary, got in rows] == [
        (unscored.session.id, None), (scored.session.id, score)]
    assert [summary for summary, _ in rows] == store.list_sessions(scored.session.manager.id)


def test_delete_and_missing(store: Any, scenario: Scenario) -> None:
    a, b = start(store, scenario), start(store, scenario)
    store.delete(a.session.id)
    with pytest.raises(SessionNotFound):
        store.get(a.session.id)
    with pytest.raises(SessionNotFound):
        store.append_turn(a.session.id, b.session.turns[0])
    with pytest.raises(SessionNotFound):
        store.update_plan(a.session.id, Plan())
    with pytest.raises(SessionNotFound):
        store.end(a.session.id, dt.datetime.now(dt.UTC))
    with pytest.raises(SessionNotFound):
        store.attempts(a.session.id)
    assert store.get_score(a.session.id) is None
    store.delete_all()
    assert store.list_sessions() == []


def test_duplicate_session_is_a_conflict_and_writes_nothing(store: Any, scenario: Scenario
                                                            ) -> None:
    engine = start(store, scenario)
    with pytest.raises(Conflict):
        store.create(engine.session.model_copy(update={"voice": "another"}))
    assert store.get(engine.session.id) == engine.session


def test_rewind_keeps_both_attempts(store: Any, scenario: Scenario) -> None:
    engine = start(store, scenario)
    engine.manager_says(GOOD_LINES[0])
    engine.report_reply()
    bad_turn, bad_entry = engine.manager_says("Honestly, you're being lazy and careless.")
    engine.report_reply()
    retry = engine.rewind(bad_turn.index)
    retry.manager_says(GOOD_LINES[2])
    retry.report_reply()
    attempts = store.attempts(retry.session.id)
    assert [a.id for a in attempts] == [engine.session.id, retry.session.id]
    assert store.attempts(engine.session.id) == attempts
    original = store.get(engine.session.id)
    assert original.turns[3].text == bad_turn.text and original.persona_trace[-1] == bad_entry
    again = store.get(retry.session.id)
    assert again.turns[3].text == GOOD_LINES[2]
    assert again.parent_id == engine.session.id and again.fork_turn == 3
    # Deleting the first attempt keeps the retry (its parent link is cleared).
    store.delete(engine.session.id)
    assert store.get(retry.session.id).parent_id is None


def test_follow_up_reads_earlier_agreements_through_the_store(store: Any, scenario: Scenario
                                                              ) -> None:
    first = start(store, scenario)
    first.manager_says("Let's agree you'll have the retry fix done by Friday, and I'll check in.")
    first.report_reply()
    first.end()
    second_scenario = scenario.model_copy(update={
        "id": "second", "follows": FollowUp(scenario=scenario.id, default_agreements=["x"])})
    second = start(store, second_scenario)
    assert second.prior_agreements() == (
        "Let's agree you'll have the retry fix done by Friday, and I'll check in.",)
    store.delete(first.session.id)
    assert second.prior_agreements() == ("x",)


def test_resume_restores_the_mind_from_the_stored_trace(store: Any, scenario: Scenario) -> None:
    engine = start(store, scenario)
    for line in GOOD_LINES:
        engine.manager_says(line)
        engine.report_reply()
    resumed = SessionEngine.resume(store, RuleBasedCoder(), OfflineVoice(), engine.session.id)
    assert resumed.mind.state == engine.mind.state
    assert resumed.session == engine.session


@pytest.mark.parametrize(("turn", "agreed"), [
    ("So to recap, you'll take the first step by Friday and we check in on Thursday. "
     "Does that work for you?",
     "You'll take the first step by Friday and we check in on Thursday."),
    ("What could you do first, and by when?", ""),
    ("I'll book the course today. You send me the draft by the 14th.",
     "I'll book the course today. You send me the draft by the 14th."),
])
def test_an_agreement_is_quoted_without_the_questions_around_it(turn: str, agreed: str) -> None:
    """A follow-up's report says "We wrote down ..." about what was agreed, never about the
    manager's check ("Does that work for you?") or a planning question."""
    assert agreement_of(turn) == agreed
