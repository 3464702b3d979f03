"""Issue 14, item 1: the 48-hour clock starts when a session is shared, not when it ended."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from roleplay.app.demo_cohort import play_session
from roleplay.cli.main import main
from roleplay.domain.cohorts import (
    Comment,
    Feedback,
    Person,
    Review,
    ReviewStatus,
    Role,
    Share,
    SharedSession,
)
from roleplay.domain.dashboard import pending_reviews, timeliness
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import Competency
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

NOW = dt.datetime(2025, 3, 20, 12, 0, tzinfo=dt.UTC)
ENDED = NOW - dt.timedelta(days=22)


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _shared(feedback_after_share: dt.timedelta | None, shared_at: dt.datetime) -> SharedSession:
    review = None if feedback_after_share is None else Review(
        session_id="s", facilitator_id="fay", status=ReviewStatus.DONE,
        done_at=shared_at + feedback_after_share)
    return SharedSession(
        share=Share(session_id="s", manager_id="ana", cohort_id="k", shared_at=shared_at),
        scenario_id="x", scenario_title="Missed deadlines", started_at=ENDED,
        ended_at=ENDED, feedback=Feedback(session_id="s", review=review))


def test_pending_age_and_timeliness_count_from_sharing() -> None:
    just_shared = _shared(None, NOW - dt.timedelta(minutes=5))
    (pending,) = pending_reviews([just_shared], {"ana": "Ana"}, NOW)
    assert pending.age == dt.timedelta(minutes=5) and not pending.overdue
    assert pending.finished_at == ENDED and pending.shared_at == NOW - dt.timedelta(minutes=5)
    answered = _shared(dt.timedelta(minutes=1), NOW - dt.timedelta(hours=1))
    assert answered.feedback.shared_at == answered.share.shared_at  # the clock comes along
    assert answered.feedback_delay() == dt.timedelta(minutes=1)
    assert timeliness([answered]).within_standard == 1
    late = _shared(dt.timedelta(hours=49), NOW - dt.timedelta(hours=50))
    assert timeliness([late]).within_standard == 0


def test_feedback_without_a_known_share_time_uses_the_fallback() -> None:
    fb = Feedback(session_id="s", comments=(Comment(
        id="c", session_id="s", facilitator_id="f", turn=1, competency=Competency.ACTIVE_LISTENING,
        text="ok", at=ENDED + dt.timedelta(hours=3)),))
    assert fb.time_to_feedback(ENDED) == dt.timedelta(hours=3)
    shared = fb.with_share(Share(session_id="s", manager_id="a", cohort_id="k",
                                 shared_at=ENDED + dt.timedelta(hours=2)))
    assert shared.time_to_feedback(ENDED) == dt.timedelta(hours=1)


def test_a_session_shared_weeks_after_it_ended_is_not_overdue(
        tmp_path: Path, scenario: Scenario, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, tmp_path, "cohort", "add-person", "fay", "Fay", "--role",
               "facilitator")[0] == 0
    assert run(capsys, tmp_path, "cohort", "add-person", "me", "Me")[0] == 0
    assert run(capsys, tmp_path, "cohort", "create", "k1", "K", "--facilitator", "fay",
               "--members", "me")[0] == 0
    session = play_session(scenario, Person(id="me", name="Me", role=Role.MANAGER),
                           ["What has been getting in the way?"],
                           dt.datetime.now(dt.UTC) - dt.timedelta(days=22),
                           RuleBasedCoder(), OfflineVoice(), "old-session")
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    store.create(session)
    store.close()
    assert run(capsys, tmp_path, "share", session.id)[0] == 0
    code, out, _ = run(capsys, tmp_path, "review", "list")
    assert code == 0 and "PENDING, shared 0 min ago" in out and "overdue" not in out
    dash = json.loads(run(capsys, tmp_path, "cohort", "dashboard", "--json")[1])
    assert dash["pending"][0]["overdue"] is False
    assert "K: 1 shared session, target" in run(capsys, tmp_path, "cohort", "dashboard")[1]
    assert run(capsys, tmp_path, "review", "comment", session.id, "1", "questioning",
               "Good open question.")[0] == 0
    code, out, _ = run(capsys, tmp_path, "review", "done", session.id)
    assert code == 0 and "0 min after it was shared" in out
    code, out, _ = run(capsys, tmp_path, "review", "feedback", session.id)
    assert "after sharing (within 48 h)" in out and "shared" in out and "Ended" in out
    dash = json.loads(run(capsys, tmp_path, "cohort", "dashboard", "--json")[1])
    assert dash["timeliness"] == {"reviewed": 1, "within_standard": 1, "median_hours": 0.0}
    html = tmp_path / "r.html"
    assert run(capsys, tmp_path, "export", session.id, "--html", str(html))[0] == 0
    assert "after sharing (within the 48-hour standard)" in html.read_text(encoding="utf-8")
