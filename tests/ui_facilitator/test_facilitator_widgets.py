"""The facilitator widgets driven by clicks and signals (no sleeps)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from roleplay.app.demo_cohort import DEMO_COHORT_ID, DEMO_FACILITATOR
from roleplay.domain.calibration import calibrate
from roleplay.domain.cohorts import Person, Role, format_day
from roleplay.domain.dashboard import build_dashboard
from roleplay.domain.scores import Competency
from roleplay.domain.session import ManagerProfile
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.services.assignments import my_assignments
from roleplay.ui.facilitator import (
    AssignmentsPanel,
    CalibrationView,
    CohortDashboardView,
    FacilitatorHome,
    FacilitatorReviewView,
    ManagerFeedbackPanel,
    ShareToggles,
)

NOW = dt.datetime(2025, 3, 20, 12, 0, tzinfo=dt.UTC)


def now() -> dt.datetime:
    return NOW


def shot(widget: QWidget, shots: Path | None, name: str, size: tuple[int, int]) -> None:
    widget.resize(*size)
    widget.show()
    if shots is not None:
        widget.grab().save(str(shots / f"{name}.png"))


def pending_id(store: Any) -> str:
    return next(s.session_id for s in store.shared_sessions(DEMO_COHORT_ID)
                if not s.feedback.done)


def test_dashboard_shows_the_cohort_and_opens_pending_reviews(qtbot: Any, store: Any,
                                                               shots: Path | None) -> None:
    cohort = store.get_cohort(DEMO_COHORT_ID)
    dash = build_dashboard(cohort, store.list_people(), store.shared_sessions(cohort.id), NOW)
    view = CohortDashboardView(dash)
    qtbot.addWidget(view)
    shot(view, shots, "dashboard", (1200, 820))
    assert view.matrix.rowCount() == len(cohort.member_ids) == 8
    assert view.matrix.item(0, 0).text() == dash.managers[0].name
    latest = dash.managers[0].latest[Competency.ACTIVE_LISTENING]
    assert view.matrix.item(0, 3).text() == ("–" if latest is None else str(latest))
    view.mode.setCurrentIndex(1)  # averages
    avg = dash.managers[0].average[Competency.ACTIVE_LISTENING]
    assert view.matrix.item(0, 3).text() == ("–" if avg is None else f"{avg:.1f}")
    view.matrix.selectRow(0)
    assert dash.managers[0].name in view.profile.text()
    assert view.pending.rowCount() == len(dash.pending) > 0
    assert view.gap_map.gaps == list(dash.gaps)
    with qtbot.waitSignal(view.open_session) as blocker:
        view.pending.cellDoubleClicked.emit(0, 0)
    assert blocker.args == [dash.pending[0].session_id]


def test_review_comment_override_and_done(qtbot: Any, store: Any, shots: Path | None) -> None:
    sid = pending_id(store)
    view = FacilitatorReviewView(store, sid, DEMO_FACILITATOR.id, now=now)
    qtbot.addWidget(view)
    shot(view, shots, "review", (1200, 760))
    view.select_turn(1)
    view.competency.setCurrentIndex(list(Competency).index(Competency.POWERFUL_QUESTIONING))
    view.comment_text.setPlainText("Open and short: good.")
    with qtbot.waitSignal(view.commented):
        qtbot.mouseClick(view.add_comment, Qt.MouseButton.LeftButton)
    [comment] = store.feedback(sid).comments
    assert (comment.turn, comment.competency, comment.text) == (
        1, Competency.POWERFUL_QUESTIONING, "Open and short: good.")
    assert "Open and short: good." in view.turns.item(1).text()
    # An override needs a reason: nothing is saved without one.
    comp = Competency.ACTIVE_LISTENING
    view.level[comp].setValue(5)
    with qtbot.waitSignal(view.error) as blocker:
        qtbot.mouseClick(view.save_override[comp], Qt.MouseButton.LeftButton)
    assert "needs a reason" in blocker.args[0]
    assert store.feedback(sid).overrides == ()
    view.reason[comp].setText("Three genuine reflections.")
    with qtbot.waitSignal(view.overridden):
        qtbot.mouseClick(view.save_override[comp], Qt.MouseButton.LeftButton)
    [override] = store.feedback(sid).overrides
    assert (override.score, override.reason) == (5, "Three genuine reflections.")
    with qtbot.waitSignal(view.review_done):
        qtbot.mouseClick(view.done, Qt.MouseButton.LeftButton)
    assert store.feedback(sid).done and not view.done.isEnabled()
    assert "Review done" in view.status.text()
    shot(view, shots, "review-done", (1200, 760))


def test_calibration_view(qtbot: Any, store: Any, shots: Path | None) -> None:
    report = calibrate(store.shared_sessions(DEMO_COHORT_ID))
    view = CalibrationView(report)
    qtbot.addWidget(view)
    shot(view, shots, "calibration", (760, 320))
    assert view.table.rowCount() == len(Competency) + 1
    assert view.table.item(len(Competency), 0).text() == "All competencies"
    assert view.table.item(len(Competency), 1).text() == str(report.overall.n)
    assert "quadratic" in view.intro.text()


def test_share_toggles_are_off_by_default_and_withdrawable(qtbot: Any, store: Any,
                                                          shots: Path | None) -> None:
    store.add_person(Person(id="me", name="Mia", role=Role.MANAGER))
    cohort = store.get_cohort(DEMO_COHORT_ID)
    store.add_cohort(cohort.model_copy(update={"member_ids": (*cohort.member_ids, "me")}))
    scenario = store.get(store.shared_sessions(DEMO_COHORT_ID)[0].session_id).scenario
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario,
                                 manager=ManagerProfile(id="me", name="Mia"))
    toggles = ShareToggles(store, engine.session.id)
    qtbot.addWidget(toggles)
    shot(toggles, shots, "share-off", (420, 110))
    assert not toggles.share_box.isChecked() and not toggles.audio_box.isEnabled()
    assert "Fay Okafor" in toggles.share_box.text()
    with qtbot.waitSignal(toggles.changed) as blocker:
        toggles.share_box.setChecked(True)
    assert blocker.args[0].audio is False and store.get_share(engine.session.id) is not None
    with qtbot.waitSignal(toggles.changed) as blocker:
        toggles.audio_box.setChecked(True)
    assert store.get_share(engine.session.id).audio
    shot(toggles, shots, "share-on", (420, 110))
    with qtbot.waitSignal(toggles.changed) as blocker:
        toggles.share_box.setChecked(False)
    assert blocker.args == [None] and store.get_share(engine.session.id) is None
    assert not toggles.audio_box.isChecked()
    # Someone outside any cohort has nothing to share with.
    lone = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario,
                               manager=ManagerProfile(id="solo", name="Solo"))
    alone = ShareToggles(store, lone.session.id)
    qtbot.addWidget(alone)
    assert not alone.share_box.isEnabled() and "not in a cohort" in alone.note.text()


def test_manager_sees_feedback_with_time_to_feedback(qtbot: Any, store: Any,
                                                     shots: Path | None) -> None:
    done = next(s for s in store.shared_sessions(DEMO_COHORT_ID)
                if s.feedback.done and s.feedback.comments)
    panel = ManagerFeedbackPanel(done.feedback, done.finished_at)
    qtbot.addWidget(panel)
    shot(panel, shots, "manager-feedback", (520, 260))
    assert "after you shared it" in panel.summary.text()  # the 48-hour clock starts there
    assert len(panel.lines) == len(done.feedback.comments) + len(done.feedback.overrides)


def test_facilitator_home_reviews_from_the_dashboard(qtbot: Any, store: Any,
                                                     shots: Path | None) -> None:
    home = FacilitatorHome(store, DEMO_COHORT_ID, DEMO_FACILITATOR.id, now=now)
    qtbot.addWidget(home)
    shot(home, shots, "home", (1200, 860))
    before = len(home.dashboard.dashboard.pending)
    sid = home.dashboard.dashboard.pending[0].session_id
    home.dashboard.open_session.emit(sid)
    assert home.tabs.currentIndex() == 1 and home.review is not None
    assert home.review.session_id == sid
    with qtbot.waitSignal(home.review.review_done):
        qtbot.mouseClick(home.review.done, Qt.MouseButton.LeftButton)
    assert len(home.dashboard.dashboard.pending) == before - 1
    assert home.calibration.report.reviewed_sessions == calibrate(
        store.shared_sessions(DEMO_COHORT_ID)).reviewed_sessions


def test_assignments_panel_on_the_home_screen(qtbot: Any, store: Any, shots: Path | None) -> None:
    items = my_assignments(store, "ana", NOW.date())
    assert items
    panel = AssignmentsPanel(items, NOW.date(), {items[0].assignment.scenario_id:
                                                 "Missed deadlines"})
    qtbot.addWidget(panel)
    shot(panel, shots, "assignments", (460, 200))
    assert panel.list.count() == len(items)
    assert panel.list.item(0).text().startswith("Missed deadlines\n")
    state = items[0].describe(NOW.date())
    assert panel.list.item(0).text().split("\n")[1].startswith(
        f"{state[:1].upper()}{state[1:]} · due {format_day(items[0].assignment.due, NOW.date())}")
    with qtbot.waitSignal(panel.practise) as blocker:
        panel.list.itemDoubleClicked.emit(panel.list.item(0))
    assert blocker.args == [items[0].assignment.scenario_id]
    with qtbot.waitSignal(panel.export_reminder):
        qtbot.mouseClick(panel.reminder, Qt.MouseButton.LeftButton)


def test_review_waits_from_sharing_not_from_the_end_of_the_session(qtbot: Any,
                                                                    store: Any) -> None:
    sid = pending_id(store)
    share = store.get_share(sid)
    store.unshare(sid)
    store.share(sid, share.cohort_id, at=NOW - dt.timedelta(hours=2))  # ended days before
    view = FacilitatorReviewView(store, sid, DEMO_FACILITATOR.id, now=now)
    qtbot.addWidget(view)
    text = view.status.text()
    assert text.startswith("Waiting 2 h since it was shared"), text
    assert "left of the 48-hour standard" in text
