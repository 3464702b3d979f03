"""Cohorts in the main window: assignments on the home screen, sharing and the facilitator's
feedback on the manager's review, and the facilitator's own page."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from roleplay.app.demo_cohort import DEMO_COHORT_ID, DEMO_FACILITATOR, seed_demo_cohort
from roleplay.domain.cohorts import Comment, Person, Role, ScoreOverride
from roleplay.domain.scores import Competency
from roleplay.fakes.scoring import PreviewScorer
from roleplay.persona.offline import OfflineVoice

from .test_own_practice import scored_session


def seed(window, *, with_me: bool = True) -> None:  # type: ignore[no-untyped-def]
    """The demo cohort in the window's store (the fake scorer keeps it quick)."""
    s = window.services
    me = Person(id=s.config.manager_id, name="Mia Manager", role=Role.MANAGER)
    seed_demo_cohort(s.store, s.catalogue.all(), s.coder, OfflineVoice,
                     scorer=PreviewScorer(), scorer_note="fake", me=me if with_me else None)


def refresh(qtbot, window) -> Any:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.cohorts.standing_ready, timeout=5000) as blocker:
        window.cohorts.refresh()
    return blocker.args[0]


def test_a_manager_in_a_cohort_sees_assignments_and_no_facilitator_entry(qtbot,  # type: ignore[no-untyped-def]
                                                                        make_window,
                                                                        tmp_path: Path) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.cohorts.standing is not None, timeout=5000)
    assert window.cohorts.assignments is None  # no cohort, nothing extra on the home screen
    seed(window)
    standing = refresh(qtbot, window)
    assert standing.cohort.id == DEMO_COHORT_ID and not standing.facilitates
    assert window.nav_buttons["facilitator"].isHidden()
    panel = window.cohorts.assignments
    assert panel is not None and panel.parentWidget() is window.library.home
    assert panel.list.count() == len(standing.assignments) == 2
    first = standing.assignments[0].assignment.scenario_id
    # Each shows where it stands: done (with the score), overdue or due in N days.
    assert all(any(w in panel.list.item(i).text() for w in ("Done", "Overdue", "Due"))
               for i in range(panel.list.count()))
    if os.environ.get("ROLEPLAY_SHOTS"):
        window.resize(1280, 820)
        window.grab().save(str(Path(os.environ["ROLEPLAY_SHOTS"]) / "home-assignments.png"))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert window.current() is window.brief
    assert window.brief.title.text() == window.services.catalogue.scenarios[first].title
    out = tmp_path / "weekly.ics"
    window.cohorts.write_reminder(out, standing.cohort)
    qtbot.waitUntil(out.exists, timeout=5000)
    assert "RRULE:FREQ=WEEKLY" in out.read_text(encoding="utf-8")


def test_the_managers_review_shows_sharing_and_the_facilitators_feedback(qtbot,  # type: ignore[no-untyped-def]
                                                                        make_window) -> None:
    window = make_window()
    seed(window)
    session = scored_session(window)
    with qtbot.waitSignal(window.cohorts.review_panel_ready, timeout=5000):
        window.open_review(session.id)
    share = window.cohorts.share
    assert share is not None and share.isVisible()
    assert "Fay Okafor" in share.share_box.text() and not share.share_box.isChecked()
    assert window.cohorts.feedback is not None
    assert window.cohorts.feedback.summary.text() == "No facilitator feedback yet."
    store = window.services.store
    share.share_box.setChecked(True)  # the manager's explicit choice
    assert store.get_share(session.id) is not None
    shared = store.get_share(session.id)
    assert shared is not None
    ended = shared.shared_at  # the 48-hour clock starts when the session is shared
    store.add_comment(Comment(id="c1", session_id=session.id,
                              facilitator_id=DEMO_FACILITATOR.id, turn=1,
                              competency=Competency.POWERFUL_QUESTIONING,
                              text="Open and short: good.", at=ended + dt.timedelta(hours=3)))
    store.set_override(ScoreOverride(session_id=session.id,
                                     competency=Competency.ACTIVE_LISTENING,
                                     facilitator_id=DEMO_FACILITATOR.id, scorer_score=2, score=3,
                                     reason="The reflection landed.",
                                     at=ended + dt.timedelta(hours=3)))
    with qtbot.waitSignal(window.cohorts.review_panel_ready, timeout=5000):
        window.open_review(session.id)
    feedback = window.cohorts.feedback
    assert "3 h after you shared it" in feedback.summary.text()
    assert "within the 48-hour standard" in feedback.summary.text()
    texts = [line.text() for line in feedback.lines]
    assert texts == ["The reflection landed.", "Open and short: good."]
    assert window.cohorts.share.share_box.isChecked()


def test_no_cohort_no_sharing_panel_on_the_review(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    session = scored_session(window)
    with qtbot.waitSignal(window.review_ready, timeout=5000):
        window.open_review(session.id)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    host = window.review.cohort_host
    assert host is not None and host.isHidden()


def test_a_facilitator_gets_the_facilitator_page_with_the_cohort(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                config) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.cohorts.standing is not None, timeout=5000)  # start-up
    seed(window, with_me=False)
    with qtbot.waitSignal(window.cohorts.standing_ready, timeout=5000) as blocker:
        window.reconfigure.apply(config.model_copy(update={"manager_id": DEMO_FACILITATOR.id}))
    assert [c.id for c in blocker.args[0].facilitates] == [DEMO_COHORT_ID]
    entry = window.nav_buttons["facilitator"]
    assert not entry.isHidden() and not window.sidebar.facilitator_heading.isHidden()
    with qtbot.waitSignal(window.cohorts.facilitator_ready, timeout=5000):
        qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)
    page = window.cohorts.page
    assert page is not None and window.current() is page and entry.isChecked()
    home = page.home
    dashboard = home.dashboard.dashboard
    cohort = window.services.store.get_cohort(DEMO_COHORT_ID)
    assert dashboard.cohort_name == cohort.name
    assert home.dashboard.matrix.rowCount() == len(cohort.member_ids) == 8
    assert home.dashboard.pending.rowCount() == len(dashboard.pending) > 0
    # a pending review opens in the Reviews tab; a refusal would show in the app's banner
    home.dashboard.open_session.emit(dashboard.pending[0].session_id)
    assert home.tabs.currentIndex() == 1 and home.review is not None
    home.review.error.emit("That session is no longer shared.")
    assert "no longer shared" in window.banner.message()
    home.tabs.setCurrentIndex(2)
    assert home.calibration.table.rowCount() == len(Competency) + 1
    # back to a manager: the entry goes away and the page is closed
    with qtbot.waitSignal(window.cohorts.standing_ready, timeout=5000):
        window.reconfigure.apply(window.config.model_copy(update={"manager_id": "me"}))
    assert entry.isHidden() and window.current() is window.library
    assert window.cohorts.page is None
