"""Issue 14, item 6 in the app: the facilitator saves the feedback as a file for the manager;
the manager's feedback panel asks to import one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from roleplay.app.demo_cohort import DEMO_COHORT_ID, DEMO_FACILITATOR
from roleplay.exports.feedback_bundle import import_feedback, read_feedback
from roleplay.ui.facilitator import FacilitatorReviewView, ManagerFeedbackPanel
from tests.ui_facilitator.test_facilitator_widgets import now, shot


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
