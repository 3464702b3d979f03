"""The facilitator's screen: Dashboard | Reviews | Calibration, loaded from a store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.calibration import calibrate
from roleplay.domain.cohorts import Cohort, Person, SharedSession
from roleplay.domain.dashboard import build_dashboard
from roleplay.ui import theme
from roleplay.ui.facilitator.calibration import CalibrationView
from roleplay.ui.facilitator.dashboard import CohortDashboardView
from roleplay.ui.facilitator.review import FacilitatorReviewView

SESSIONS_WIDTH = 290


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class FacilitatorSnapshot:
    """What the screen shows first, read in one go (on a worker thread, by the window)."""

    cohort: Cohort
    people: list[Person]
    shared: list[SharedSession]


def load_snapshot(store: Any, cohort_id: str) -> FacilitatorSnapshot:
    """Blocking store reads: call it off the UI thread."""
    cohort = store.get_cohort(cohort_id)
    if cohort is None:
        raise ValueError(f"no cohort {cohort_id!r}")
    return FacilitatorSnapshot(cohort, store.list_people(), store.shared_sessions(cohort_id))


class FacilitatorHome(QWidget):
    """``store`` implements SessionStore and CohortStore. Store calls are quick local reads; on
    a remote PostgreSQL server the caller may prefer to build this from a worker's snapshot."""

    error = Signal(str)

    def __init__(self, store: Any, cohort_id: str, facilitator_id: str, *,
                 now: Callable[[], dt.datetime] = _utcnow,
                 snapshot: FacilitatorSnapshot | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.cohort_id, self.facilitator_id, self._now = (
            store, cohort_id, facilitator_id, now)
        first = snapshot or load_snapshot(store, cohort_id)
        self.cohort = first.cohort
        self._people = first.people
        shared = first.shared
        self.dashboard = CohortDashboardView(self._build_dashboard(shared))
        self.calibration = CalibrationView(calibrate(shared))
        self.sessions = QListWidget()
        self.sessions.setObjectName("SharedSessions")
        self.sessions.setAccessibleName("Shared sessions")
        self.sessions.setMinimumWidth(SESSIONS_WIDTH)
        self.sessions.currentItemChanged.connect(self._on_pick)
        self.stack = QStackedWidget()
        self.placeholder = QLabel("Pick a shared session on the left to review it.")
        self.placeholder.setObjectName("Muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.review: FacilitatorReviewView | None = None
        reviews = QSplitter()
        reviews.setChildrenCollapsible(False)
        reviews.addWidget(self.sessions)
        reviews.addWidget(self.stack)
        reviews.setStretchFactor(0, 0)
        reviews.setStretchFactor(1, 1)
        reviews.setSizes([SESSIONS_WIDTH, 900])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("FacilitatorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, "Dashboard")
        self.tabs.addTab(reviews, "Reviews")
        self.tabs.addTab(self.calibration, "Calibration")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.dashboard.open_session.connect(self.open_review)
        self._fill_sessions(shared)

    def _build_dashboard(self, shared: list[Any]) -> Any:
        return build_dashboard(self.cohort, self._people, shared, self._now())

    def _fill_sessions(self, shared: list[Any]) -> None:
        names = {p.id: p.name for p in self._people}
        current = self.review.session_id if self.review else None
        self.sessions.blockSignals(True)
        self.sessions.clear()
        metrics = self.sessions.fontMetrics()
        room = SESSIONS_WIDTH - 40

        def fit(text: str) -> str:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)

        for s in sorted(shared, key=lambda s: (s.feedback.done, -s.started_at.timestamp())):
            state = "done" if s.feedback.done else "to review"
            item = QListWidgetItem(fit(f"{names.get(s.manager_id, s.manager_id)} · "
                                       f"{s.started_at:%d %b} · {state}") + "\n"
                                   + fit(s.scenario_title))
            item.setToolTip(s.scenario_title)
            if s.feedback.done:
                item.setForeground(theme.MUTED)
            item.setData(Qt.ItemDataRole.UserRole, s.session_id)
            self.sessions.addItem(item)
            if s.session_id == current:
                self.sessions.setCurrentItem(item)
        self.sessions.blockSignals(False)

    def reload(self) -> None:
        self._people = self.store.list_people()
        shared = self.store.shared_sessions(self.cohort_id)
        self.dashboard.set_dashboard(self._build_dashboard(shared))
        self.calibration.set_report(calibrate(shared))
        self._fill_sessions(shared)

    def _on_pick(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.open_review(str(item.data(Qt.ItemDataRole.UserRole)))

    def open_review(self, session_id: str) -> None:
        if self.review is not None:
            self.stack.removeWidget(self.review)
            self.review.deleteLater()
        self.review = FacilitatorReviewView(self.store, session_id, self.facilitator_id,
                                            now=self._now)
        for signal in (self.review.commented, self.review.overridden, self.review.review_done):
            signal.connect(lambda *_: self.reload())
        self.review.error.connect(self.error)
        self.stack.addWidget(self.review)
        self.stack.setCurrentWidget(self.review)
        self.tabs.setCurrentIndex(1)
        self._fill_sessions(self.store.shared_sessions(self.cohort_id))
