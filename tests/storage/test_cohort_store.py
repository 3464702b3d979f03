"""The CohortStore contract (people, cohorts, assignments, sharing, reviews) on both backends."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from roleplay.domain.cohorts import (
    Assignment,
    Cohort,
    Comment,
    Person,
    PracticeSlot,
    Review,
    ReviewStatus,
    Role,
    ScoreOverride,
    Weekday,
)
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import Competency, CompetencyScore, SessionScore
from roleplay.domain.session import ManagerProfile
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.ports.cohorts import CohortError
from roleplay.ports.store import SessionNotFound
from roleplay.scoring.rules import RuleBasedCoder

T0 = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)


def seed(store: Any) -> Cohort:
    store.add_person(Person(id="fay", name="Fay Facilitator", role=Role.FACILITATOR))
    store.add_person(Person(id="ana", name="Ana", role=Role.MANAGER, email="ana@example.com"))
    store.add_person(Person(id="ben", name="Ben", role=Role.MANAGER))
    store.add_person(Person(id="cy", name="Cy", role=Role.MANAGER))
    cohort = Cohort(id="spring", name="Spring cohort", facilitator_id="fay",
                    member_ids=("ana", "ben"),
                    practice=PracticeSlot(weekday=Weekday.TH, time=dt.time(14, 30)))
    store.add_cohort(cohort)
    return cohort


def practise(store: Any, scenario: Scenario, manager: str) -> str:
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario,
                                 manager=ManagerProfile(id=manager, name=manager.title()))
    engine.manager_says("What has been getting in the way?")
    engine.report_reply()
    engine.end()
    store.save_score(engine.session.id, SessionScore(
        rubric_version="r", coder_version="c", overall=60,
        competencies=(CompetencyScore(competency=Competency.ACTIVE_LISTENING, score=2),
                      CompetencyScore(competency=Competency.POWERFUL_QUESTIONING, score=4))))
    return engine.session.id


def test_people_and_cohorts_round_trip(store: Any) -> None:
    cohort = seed(store)
    assert store.get_cohort("spring") == cohort
    assert store.get_person("ana") == Person(id="ana", name="Ana", role=Role.MANAGER,
                                             email="ana@example.com")
    assert store.get_person("nobody") is None
    assert [p.id for p in store.list_people()] == ["fay", "ana", "ben", "cy"]
    assert store.cohort_of("ben") == cohort and store.cohort_of("cy") is None
    bigger = cohort.model_copy(update={"member_ids": ("ana", "ben", "cy")})
    store.add_cohort(bigger)
    assert store.list_cohorts() == [bigger]
    with pytest.raises(CohortError, match="unknown people: zed"):
        store.add_cohort(Cohort(id="x", name="X", facilitator_id="fay", member_ids=("zed",)))
    with pytest.raises(CohortError, match="not a facilitator"):
        store.add_cohort(Cohort(id="x", name="X", facilitator_id="ana"))


def test_assignments_show_for_members_soonest_first(store: Any) -> None:
    seed(store)
    late = Assignment(id="a2", cohort_id="spring", scenario_id="career-conversation",
                      due=dt.date(2025, 4, 1))
    soon = Assignment(id="a1", cohort_id="spring", scenario_id="missed-deadlines",
                      due=dt.date(2025, 3, 10), note="Practise twice")
    store.add_assignment(late)
    store.add_assignment(soon)
    assert store.assignments_for("ana") == [soon, late]
    assert store.assignments_for("cy") == []
    with pytest.raises(CohortError):
        store.add_assignment(soon.model_copy(update={"id": "a3", "cohort_id": "nope"}))


def test_nothing_is_shared_by_default_and_sharing_is_per_session(store: Any,
                                                                  scenario: Scenario) -> None:
    seed(store)
    a1, a2 = practise(store, scenario, "ana"), practise(store, scenario, "ana")
    assert store.get_share(a1) is None and store.shared_sessions("spring") == []
    share = store.share(a1, "spring", at=T0)
    assert (share.manager_id, share.audio, share.shared_at) == ("ana", False, T0)
    assert store.get_share(a1) == share
    [shared] = store.shared_sessions("spring")
    assert shared.session_id == a1 and shared.score is not None
    assert shared.feedback.comments == () and not shared.feedback.done
    # Audio is a separate choice; re-sharing keeps the first share time.
    again = store.share(a1, "spring", audio=True, at=T0 + dt.timedelta(hours=1))
    assert again.audio and again.shared_at == T0
    store.put_audio(a1, 1, b"RIFF-fake-wav")
    assert store.get_audio(a1, 1) == b"RIFF-fake-wav"
    store.share(a1, "spring", audio=False)
    assert store.get_audio(a1, 1) is None
    with pytest.raises(CohortError, match="not shared with its audio"):
        store.put_audio(a1, 1, b"x")
    with pytest.raises(CohortError, match="not shared with its audio"):
        store.put_audio(a2, 1, b"x")
    store.unshare(a1)
    assert store.get_share(a1) is None and store.shared_sessions("spring") == []


def test_only_members_can_share_with_a_cohort(store: Any, scenario: Scenario) -> None:
    seed(store)
    mine = practise(store, scenario, "cy")
    with pytest.raises(CohortError, match="cy is not a member"):
        store.share(mine, "spring")
    with pytest.raises(SessionNotFound):
        store.share("missing", "spring")


def test_review_comments_overrides_and_done(store: Any, scenario: Scenario) -> None:
    seed(store)
    sid = practise(store, scenario, "ana")
    comment = Comment(id="c1", session_id=sid, facilitator_id="fay", turn=1,
                      competency=Competency.POWERFUL_QUESTIONING, text="Good open question.",
                      at=T0 + dt.timedelta(hours=3))
    with pytest.raises(CohortError, match="not shared"):
        store.add_comment(comment)
    store.share(sid, "spring", at=T0)
    store.add_comment(comment)
    with pytest.raises(CohortError, match="not shared with ben"):
        store.add_comment(comment.model_copy(update={"id": "c2", "facilitator_id": "ben"}))
    override = ScoreOverride(session_id=sid, competency=Competency.ACTIVE_LISTENING,
                             facilitator_id="fay", scorer_score=2, score=3,
                             reason="Two genuine reflections the scorer missed.",
                             at=T0 + dt.timedelta(hours=4))
    store.set_override(override)
    store.set_override(override.model_copy(update={"score": 4}))
    store.set_review(Review(session_id=sid, facilitator_id="fay", status=ReviewStatus.DONE,
                            done_at=T0 + dt.timedelta(hours=5)))
    feedback = store.feedback(sid)
    assert feedback.comments == (comment,)
    assert [o.score for o in feedback.overrides] == [4]
    assert feedback.done
    [shared] = store.shared_sessions("spring")
    assert shared.feedback == feedback
    assert shared.levels()[Competency.ACTIVE_LISTENING] == 4
    store.remove_override(sid, Competency.ACTIVE_LISTENING)
    assert store.feedback(sid).overrides == ()
    # Withdrawing the share keeps the feedback already given (the manager still sees it).
    store.unshare(sid)
    assert store.feedback(sid).comments == (comment,)
    assert store.feedback("unknown").comments == ()


def test_deleting_a_session_deletes_its_share_and_feedback(store: Any, scenario: Scenario
                                                           ) -> None:
    seed(store)
    sid = practise(store, scenario, "ben")
    store.share(sid, "spring", audio=True)
    store.put_audio(sid, 1, b"wav")
    store.add_comment(Comment(id="c9", session_id=sid, facilitator_id="fay", turn=1,
                              competency=Competency.FEEDBACK_DELIVERY, text="Specific."))
    store.delete(sid)
    assert store.get_share(sid) is None and store.feedback(sid).comments == ()
    assert store.get_audio(sid, 1) is None


def test_a_facilitator_edits_and_deletes_their_comments(store: Any, scenario: Scenario) -> None:
    seed(store)
    sid = practise(store, scenario, "ana")
    store.share(sid, "spring")
    for cid in ("c1", "c2"):
        store.add_comment(Comment(id=cid, session_id=sid, facilitator_id="fay", turn=1,
                                  competency=Competency.POWERFUL_QUESTIONING, text="Good.",
                                  at=T0))
    store.edit_comment("c1", "fay", "  Open, short and curious.  ")
    first, second = store.feedback(sid).comments
    assert (first.text, first.at, second.text) == ("Open, short and curious.", T0, "Good.")
    with pytest.raises(CohortError, match="not shared with ben"):
        store.edit_comment("c1", "ben", "mine now")
    with pytest.raises(CohortError, match="some words"):
        store.edit_comment("c1", "fay", "   ")
    with pytest.raises(CohortError, match="no comment 'nope'"):
        store.delete_comment("nope", "fay")
    store.delete_comment("c2", "fay")
    assert [c.id for c in store.feedback(sid).comments] == ["c1"]
