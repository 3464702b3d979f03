"""Cohorts in the main window: the manager's assignments on the home screen, sharing and the
facilitator's feedback on the review, and the facilitator's own page (dashboard, reviews,
calibration) for a person who facilitates a cohort.

Store reads happen on the job runner; the widgets are built from what comes back. The store
must implement both SessionStore and CohortStore (both app stores do); any other store simply
shows none of this."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QPushButton, QVBoxLayout, QWidget

from roleplay.domain.cohorts import AssignmentProgress, Cohort, Feedback, Share
from roleplay.domain.session import Session
from roleplay.ports.cohorts import DatabaseLogins, Store
from roleplay.ui.facilitator import AssignmentsPanel, ManagerFeedbackPanel, ShareToggles
from roleplay.ui.facilitator.home import FacilitatorHome, FacilitatorSnapshot, load_snapshot
from roleplay.ui.widgets.common import hbox, label, panel

if TYPE_CHECKING:
    from roleplay.ui.window import MainWindow


@dataclass(frozen=True)
class Standing:
    """Who the configured person is in the cohorts: what they facilitate and are assigned."""

    facilitates: list[Cohort]
    cohort: Cohort | None
    assignments: list[AssignmentProgress]


def read_standing(store: Any, person_id: str, today: dt.date | None = None) -> Standing:
    from roleplay.services.assignments import my_assignments

    facilitates = [c for c in store.list_cohorts() if c.facilitator_id == person_id]
    today = today or dt.date.today()
    return Standing(facilitates, store.cohort_of(person_id),
                    my_assignments(store, person_id, today))


class FacilitatorPage(QWidget):
    """The facilitator's page: a header, then FacilitatorHome's three tabs. ``import_requested``
    asks for a session file a manager sent (no shared database)."""

    import_requested = Signal()

    def __init__(self, home: FacilitatorHome, facilitates: int) -> None:
        super().__init__()
        self.setObjectName("Page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.home = home
        col = QVBoxLayout(self)
        col.setContentsMargins(32, 24, 32, 20)
        col.setSpacing(6)
        col.addWidget(label("FACILITATOR", "Eyebrow"))
        col.addWidget(label(home.cohort.name, "H1", wrap=True))
        more = (f" You facilitate {facilitates} cohorts; this is the first."
                if facilitates > 1 else "")
        col.addWidget(label("You see only the sessions managers chose to share. The standard "
                            "is feedback within 48 hours of a session being shared." + more,
                            "Muted", wrap=True))
        self.import_button = QPushButton("Import a session file…")
        self.import_button.setToolTip("A session a manager saved for you (no shared database); "
                                      "it arrives shared as they shared it")
        self.import_button.clicked.connect(self.import_requested)
        col.addLayout(hbox(self.import_button, stretch_at=0))
        col.addSpacing(8)
        home.dashboard.head.hide()  # the page names the cohort already
        col.addWidget(home, 1)


class CohortWiring(QObject):
    standing_ready = Signal(object)  # Standing
    facilitator_ready = Signal()
    review_panel_ready = Signal(str)  # session id

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.standing: Standing | None = None
        self.assignments: AssignmentsPanel | None = None
        self.page: FacilitatorPage | None = None
        self.share: ShareToggles | None = None
        self.feedback: ManagerFeedbackPanel | None = None
        self.send_button: QPushButton | None = None

    @property
    def store(self) -> Store | None:
        s = self.window.services
        return s.store if s is not None else None

    # --- who am I -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the configured person's standing (after start-up and a settings change)."""
        store = self.store
        if store is None:
            return
        person = self.window.config.manager_id
        self.window.runner.call(lambda: read_standing(store, person), done=self._on_standing,
                                failed=lambda m: self.window.banner.show_message(
                                    "Your cohort could not be read", m, tone="warning"))

    def _on_standing(self, standing: Standing) -> None:
        self.standing = standing
        w = self.window
        w.set_facilitator_nav(bool(standing.facilitates))
        if not standing.facilitates and self.page is not None and w.current() is self.page:
            w.go(w.library)
        if self.page is not None and (not standing.facilitates
                                      or self.page.home.cohort.id != standing.facilitates[0].id):
            w.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        if standing.assignments:
            titles = {s.id: s.title for s in w.services.catalogue.all()} if w.services else {}
            today = dt.date.today()
            if self.assignments is None:
                self.assignments = AssignmentsPanel(standing.assignments, today, titles)
                self.assignments.practise.connect(w.show_scenario_id)
                self.assignments.export_reminder.connect(self.export_reminder)
            else:
                self.assignments.set_assignments(standing.assignments, today, titles)
        elif self.assignments is not None:
            self.assignments.hide()
            self.assignments = None
        w.library.set_home_widgets(w.practice.card, self.assignments)
        self.standing_ready.emit(standing)

    def export_reminder(self) -> None:
        store, standing = self.store, self.standing
        if store is None or standing is None or standing.cohort is None:
            return
        cohort = standing.cohort
        path, _ = QFileDialog.getSaveFileName(self.window, "Save a weekly practice reminder",
                                              str(Path.home() / "roleplay-practice.ics"),
                                              "Calendar files (*.ics)")
        if path:
            self.write_reminder(Path(path), cohort)

    def write_reminder(self, path: Path, cohort: Cohort) -> None:
        from roleplay.exports.ics import weekly_reminder

        def job() -> Path:
            path.write_text(weekly_reminder(cohort, dt.datetime.now(dt.UTC)), encoding="utf-8")
            return path

        self.window.runner.call(job, done=lambda p: self.window.banner.show_message(
            "Reminder saved", f"Open {p.name} to add the weekly practice slot to your "
            "calendar.", tone="success"), failed=lambda m: self.window.banner.show_message(
            "The reminder could not be saved", m, tone="error"))

    # --- the facilitator's page -------------------------------------------------------------------

    def open_facilitator(self) -> None:
        w, store, standing = self.window, self.store, self.standing
        if store is None or standing is None or not standing.facilitates:
            return
        if self.page is not None:
            self.page.home.reload()
            w.go(self.page)
            self.facilitator_ready.emit()
            return
        cohort_id, person = standing.facilitates[0].id, w.config.manager_id
        count = len(standing.facilitates)

        def done(snapshot: FacilitatorSnapshot) -> None:
            home = FacilitatorHome(store, cohort_id, person, snapshot=snapshot)
            home.error.connect(lambda m: w.banner.show_message(
                "That was not saved", m, tone="error"))
            self.page = FacilitatorPage(home, count)
            self.page.import_requested.connect(self.ask_session_file)
            w.stack.addWidget(self.page)
            w.go(self.page)
            self.facilitator_ready.emit()

        w.runner.call(lambda: load_snapshot(store, cohort_id), done=done,
                      failed=lambda m: w.banner.show_message(
                          "The cohort could not be opened", m, tone="error"))

    # --- the manager's review -------------------------------------------------------------------

    def fill_review(self, session: Session) -> None:
        """Sharing and the facilitator's feedback under the review's summary, when the
        session's manager is in a cohort."""
        store = self.store
        if store is None:
            return
        data_dir = self.window.config.data_dir

        def job() -> tuple[Cohort | None, Feedback]:
            return store.cohort_of(session.manager.id), store.feedback(session.id)

        def done(result: tuple[Cohort | None, Feedback]) -> None:
            cohort, feedback = result
            review = self.window.review
            if cohort is None and not feedback.comments and not feedback.overrides:
                review.set_cohort_panel(session.id, None)
                return
            frame, col = panel(spacing=8)
            col.addWidget(label("Your facilitator", "H3"))
            self.share = ShareToggles(store, session.id, data_dir=data_dir)
            self.share.error.connect(lambda m: self.window.banner.show_message(
                "Sharing did not change", m, tone="error"))
            col.addWidget(self.share)
            if not isinstance(store, DatabaseLogins):  # no shared database: files travel
                self.send_button = QPushButton("Save a copy for your facilitator…")
                self.send_button.setToolTip("A file to send when your cohort has no shared "
                                            "database; share the session first")
                self.send_button.clicked.connect(lambda: self.ask_bundle_path(session))
                col.addLayout(hbox(self.send_button, stretch_at=1))
            self.feedback = ManagerFeedbackPanel(feedback,
                                                 session.ended_at or session.started_at)
            self.feedback.import_requested.connect(lambda: self.ask_feedback_file(session))
            col.addWidget(_rule())
            col.addWidget(self.feedback)
            if review.set_cohort_panel(session.id, frame):
                self.review_panel_ready.emit(session.id)

        self.window.runner.call(job, done=done)

    def ask_feedback_file(self, session: Session) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Import your facilitator's feedback",
                                              str(Path.home()), "Feedback (*.zip)")
        if path:
            self.import_feedback(Path(path), session)

    def import_feedback(self, path: Path, session: Session) -> None:
        """Import a feedback bundle for ``session`` and show it in the review's panel."""
        from roleplay.exports.feedback_bundle import ReturnedFeedback, import_feedback

        store = self.store
        if store is None:
            return

        def job() -> tuple[ReturnedFeedback, Feedback]:
            content = import_feedback(store, path)
            if content.session_id != session.id:
                raise ValueError(f"{path.name} is the feedback on another session "
                                 f"({content.session_id}); it was imported there")
            return content, store.feedback(session.id)

        def done(result: tuple[ReturnedFeedback, Feedback]) -> None:
            content, feedback = result
            if self.feedback is not None:
                # the manager's copy has no share time when sharing never happened here
                self.feedback.set_feedback(feedback.model_copy(
                    update={"shared_at": feedback.shared_at or content.shared_at}),
                    session.ended_at or session.started_at)
            self.window.banner.show_message(
                "Feedback imported", f"From {content.facilitator.name}.", tone="success")

        self.window.runner.call(job, done=done, failed=lambda m: self.window.banner.show_message(
            "The feedback was not imported", m, tone="error"))

    # --- sessions and feedback as files (no shared database) -------------------------------------

    def ask_bundle_path(self, session: Session) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Save a copy for your facilitator",
            str(Path.home() / f"{session.id}.roleplay.zip"), "Session (*.zip)")
        if path:
            self.save_bundle(Path(path), session)

    def save_bundle(self, path: Path, session: Session) -> None:
        """Write the session as a bundle carrying its share state (for the facilitator)."""
        from roleplay.exports.bundle import export_bundle

        store, data_dir = self.store, self.window.config.data_dir
        if store is None:
            return

        def job() -> tuple[Path, bool]:
            share = store.get_share(session.id)
            return export_bundle(store, session.id, data_dir, path, share=share), bool(share)

        def done(result: tuple[Path, bool]) -> None:
            written, shared = result
            self.window.banner.show_message(
                "Saved for your facilitator" if shared else "Saved, but private",
                f"Send {written.name} to your facilitator." if shared else
                f"{written.name} is saved, but the session is not shared: your facilitator's "
                "copy will be private too. Tick 'Share' and save it again.",
                tone="success" if shared else "warning")

        self.window.runner.call(job, done=done, failed=lambda m: self.window.banner.show_message(
            "The session was not saved", m, tone="error"))

    def ask_session_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Import a manager's session",
                                              str(Path.home()), "Session (*.zip)")
        if path:
            self.import_session(Path(path))

    def import_session(self, path: Path) -> None:
        """Import a manager's bundle, shared as they shared it, and show it on the dashboard."""
        from roleplay.exports.feedback_bundle import import_for_review

        store, data_dir = self.store, self.window.config.data_dir
        if store is None:
            return

        def done(result: tuple[Session, Share | None]) -> None:
            session, share = result
            if self.page is not None:
                self.page.home.reload()
            self.window.banner.show_message(
                "Session imported",
                f"{session.scenario.title}: shared with you as the manager shared it; review it "
                "from the dashboard." if share is not None else
                f"{session.scenario.title}: the manager had not shared it, so it stays private "
                "and cannot be reviewed.", tone="success" if share is not None else "warning")

        self.window.runner.call(lambda: import_for_review(store, path, data_dir), done=done,
                                failed=lambda m: self.window.banner.show_message(
                                    "The session was not imported", m, tone="error"))


def _rule() -> QFrame:
    line = QFrame()
    line.setObjectName("Rule")
    line.setFixedHeight(1)
    return line
