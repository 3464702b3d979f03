"""Issue 14, item 6 in the app: the facilitator saves the feedback as a file for the manager;
the manager's feedback panel asks to import one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from tests.ui_facilitator.test_facilitator_widgets import now, shot

from roleplay.app.demo_cohort import DEMO_COHORT_ID, DEMO_FACILITATOR
from roleplay.exports.feedback_bundle import import_feedback, read_feedback
from roleplay.ui.facilitator import FacilitatorReviewView, ManagerFeedbackPanel


def test_feedback_saved_as_a_file_and_imported(qtbot: Any, store: Any, tmp_path: Path,
                                               shots: Path | None) -> None:
    shared = store.shared_sessions(DEMO_COHORT_ID)
    pending = next(s for s in shared if not s.feedback.comments and not s.feedback.overrides
                   and s.feedback.review is None)
    view = FacilitatorReviewView(store, pending.session_id, DEMO_FACILITATOR.id, now=now)
    qtbot.addWidget(view)
    assert not view.return_file.isEnabled()  # nothing to return yet
    with qtbot.waitSignal(view.review_done):
        qtbot.mouseClick(view.done, Qt.MouseButton.LeftButton)
    assert view.return_file.isEnabled()
    shot(view, shots, "review-return", (1200, 760))
    target = tmp_path / "fb.feedback.zip"
    with qtbot.waitSignal(view.returned) as blocker:
        view.return_feedback(target)
    assert blocker.args[0] == target
    content = read_feedback(target)
    assert content.review is not None and content.shared_at == pending.shared_at
    # Importing into the store it came from replaces that feedback with the same.
    before = store.feedback(pending.session_id)
    import_feedback(store, target)
    assert store.feedback(pending.session_id) == before
    with qtbot.waitSignal(view.error) as refused:
        view.return_feedback(tmp_path)  # a folder, not a file
    assert refused.args[0]

    panel = ManagerFeedbackPanel(before, pending.finished_at)
    qtbot.addWidget(panel)
    shot(panel, shots, "manager-feedback-import", (520, 200))
    with qtbot.waitSignal(panel.import_requested):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)


def test_home_screen_assignments_show_done_with_score_overdue_and_the_year(
        qtbot: Any, shots: Path | None) -> None:
    import datetime as dt

    from roleplay.domain.cohorts import (
        Assignment,
        AssignmentProgress,
        AssignmentState,
    )
    from roleplay.ui.facilitator import AssignmentsPanel

    today = dt.date(2026, 1, 8)

    def progress(scenario: str, due: dt.date, state: AssignmentState, **done: Any
                 ) -> AssignmentProgress:
        return AssignmentProgress(
            assignment=Assignment(id=scenario, cohort_id="k", scenario_id=scenario, due=due),
            manager_id="me", state=state, **done)

    items = [
        progress("missed-deadlines", dt.date(2025, 12, 19), AssignmentState.OVERDUE),
        progress("second-meeting", dt.date(2026, 1, 6), AssignmentState.DONE,
                 session_id="s1", done_at=dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC), score=72),
        progress("feedback-dodger", dt.date(2026, 1, 12), AssignmentState.ASSIGNED),
    ]
    panel = AssignmentsPanel(items, today, {"missed-deadlines": "Missed deadlines"})
    qtbot.addWidget(panel)
    shot(panel, shots, "assignments-states", (520, 300))
    rows = [panel.list.item(i).text().split("\n")[1] for i in range(3)]
    assert rows[0] == "Overdue by 20 days · due Fri 19 Dec 2025"
    assert rows[1] == "Done Mon 05 Jan, score 72 · due Tue 06 Jan"
    assert rows[2] == "Due in 4 days · due Mon 12 Jan"
    assert panel.title.text().endswith("1 of 3 done, 1 overdue")
