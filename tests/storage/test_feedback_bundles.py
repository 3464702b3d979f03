"""Issue 14, item 6 on both backends: a session bundle keeps its share state through import,
and a feedback bundle replaces the session's feedback in one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.storage.test_cohort_store import T0, practise, seed

from roleplay.domain.cohorts import Comment, Review, ReviewStatus, ScoreOverride
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import Competency
from roleplay.exports.bundle import export_bundle
from roleplay.exports.feedback_bundle import export_feedback, import_feedback, import_for_review


def test_an_imported_bundle_keeps_its_share_and_clock(store: Any, scenario: Scenario,
                                                      tmp_path: Path) -> None:
    seed(store)
    sid = practise(store, scenario, "ana")
    share = store.share(sid, "spring", at=T0)
    path = export_bundle(store, sid, tmp_path, tmp_path / "s.roleplay.zip", share=share)
    store.delete(sid)
    session, kept = import_for_review(store, path, tmp_path)
    assert kept is not None and (kept.cohort_id, kept.shared_at, kept.audio) == ("spring", T0,
                                                                                False)
    [shared] = store.shared_sessions("spring")
    assert shared.session_id == session.id and shared.shared_at == T0


def test_a_feedback_bundle_replaces_the_feedback(store: Any, scenario: Scenario,
                                                 tmp_path: Path) -> None:
    seed(store)
    sid = practise(store, scenario, "ana")
    store.share(sid, "spring", at=T0)
    turn = next(t.index for t in store.get(sid).turns if t.speaker == "manager")
    for cid in ("c1", "c2"):
        store.add_comment(Comment(id=cid, session_id=sid, facilitator_id="fay", turn=turn,
                                  competency=Competency.POWERFUL_QUESTIONING, text=f"Note {cid}",
                                  at=T0 + dt.timedelta(hours=2)))
    store.set_override(ScoreOverride(session_id=sid, competency=Competency.ACTIVE_LISTENING,
                                     facilitator_id="fay", scorer_score=2, score=3,
                                     reason="A reflection.", at=T0 + dt.timedelta(hours=3)))
    store.set_review(Review(session_id=sid, facilitator_id="fay", status=ReviewStatus.DONE,
                            done_at=T0 + dt.timedelta(hours=4)))
    before = store.feedback(sid)
    path, content = export_feedback(store, sid, tmp_path / "fb.feedback.zip")
    assert content.facilitator.name == "Fay Facilitator" and content.shared_at == T0
    store.delete_comment("c2", "fay")
    store.remove_override(sid, Competency.ACTIVE_LISTENING)
    returned = import_feedback(store, path)
    assert store.feedback(sid) == before
    assert returned.feedback().time_to_feedback() == dt.timedelta(hours=2)
