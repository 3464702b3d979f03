"""The main window: a quiet sidebar and one page at a time. Routes between screens; the
session controller does the work."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roleplay.app.compose import AppServices
from roleplay.app.config import AppConfig
from roleplay.app.services import delete_all_data
from roleplay.coaching.rubric import rubric_rows
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import Plan, Session, Turn
from roleplay.ports.store import SessionSummary
from roleplay.services.practice import Practice
from roleplay.ui.cohorts import CohortWiring
from roleplay.ui.controller import SessionController
from roleplay.ui.practice import PracticeWiring
from roleplay.ui.reconfigure import Reconfigurer
from roleplay.ui.screens.brief import BriefScreen
from roleplay.ui.screens.conversation import ConversationScreen
from roleplay.ui.screens.history import HistoryScreen
from roleplay.ui.screens.library import LibraryScreen
from roleplay.ui.screens.review import ReviewScreen
from roleplay.ui.screens.settings import SettingsScreen
from roleplay.ui.shortcuts import install_window_shortcuts
from roleplay.ui.sidebar import Sidebar
from roleplay.ui.widgets.banner import Banner
from roleplay.ui.window_state import restore_window, save_window, window_settings
from roleplay.ui.workers import JobRunner


class MainWindow(QMainWindow):
    services_ready = Signal()
    history_loaded = Signal()
    review_ready = Signal()

    def __init__(self, config: AppConfig) -> None:
        super().__init__()
        self.config = config
        self.services: AppServices | None = None
        self.controller: SessionController | None = None
        self.runner = JobRunner(parent=self)
        self.setWindowTitle("roleplay · rehearse a difficult 1:1")
        self.window_settings = window_settings(config.data_dir)
        restore_window(self, self.window_settings)

        root = QWidget()
        row = QHBoxLayout(root)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = Sidebar(self)
        self.nav_buttons = self.sidebar.buttons
        self.session_button = self.sidebar.session_button
        self.status = self.sidebar.status
        row.addWidget(self.sidebar)

        main = QWidget()
        main.setObjectName("Page")
        m_col = QVBoxLayout(main)
        m_col.setContentsMargins(0, 0, 0, 0)
        m_col.setSpacing(0)
        self.banner = Banner()
        banner_host = QWidget()  # takes no room while the banner is hidden
        banner_row = QHBoxLayout(banner_host)
        banner_row.setContentsMargins(24, 12, 24, 0)
        banner_row.addWidget(self.banner)
        banner_host.hide()
        self.banner.visibility_changed.connect(banner_host.setVisible)
        m_col.addWidget(banner_host)
        self.stack = QStackedWidget()
        m_col.addWidget(self.stack, 1)
        row.addWidget(main, 1)
        self.setCentralWidget(root)

        self.library = LibraryScreen()
        self.library.user_dir = config.user_scenarios_dir
        self.brief = BriefScreen()
        self.review = ReviewScreen()
        self.history = HistoryScreen()
        self.settings = SettingsScreen(config, self.runner)
        self.conversation: ConversationScreen | None = None
        for page in (self.library, self.brief, self.review, self.history, self.settings):
            self.stack.addWidget(page)

        self.practice = PracticeWiring(self)
        self.cohorts = CohortWiring(self)
        self.reconfigure = Reconfigurer(self)
        self.library.set_home_widgets(self.practice.card)
        self.nav_buttons["library"].clicked.connect(lambda: self.go(self.library))
        self.nav_buttons["builder"].clicked.connect(self.practice.open_builder)
        self.nav_buttons["history"].clicked.connect(self.show_history)
        self.nav_buttons["settings"].clicked.connect(lambda: self.go(self.settings))
        self.nav_buttons["facilitator"].clicked.connect(self.cohorts.open_facilitator)
        self.library.build_requested.connect(self.practice.open_builder)
        self.review.recap_requested.connect(self.practice.open_recap)
        self.history.recap.connect(self.open_recap_for)
        self.session_button.clicked.connect(self._back_to_session)
        self.library.scenario_chosen.connect(self.show_brief)
        self.brief.back_requested.connect(lambda: self.go(self.library))
        self.brief.start_requested.connect(self.start_session)
        self.review.again_requested.connect(self._again)
        self.review.back_requested.connect(lambda: self.go(self.library))
        self.review.rewind_requested.connect(self.rewind)
        self.review.open_attempt.connect(self.open_review)
        self.review.play_requested.connect(self._play)
        self.review.rescore_requested = self._rescore  # type: ignore[method-assign]
        self.history.open_review.connect(self.open_review)
        self.history.retry.connect(self._retry_scenario)
        self.settings.data_deleted.connect(self._data_deleted)
        self.settings.config_saved.connect(self.reconfigure.apply)
        install_window_shortcuts(self)
        self.go(self.library)

    # --- services ---------------------------------------------------------------------------

    def attach(self, services: AppServices) -> None:
        """Services are built off the UI thread at start-up, then handed over here."""
        self.services = services
        self.review.rubric = services.rubric
        self.controller = SessionController(services, self.runner)
        self.conversation = ConversationScreen(self.controller)
        self.stack.addWidget(self.conversation)
        c = self.controller
        c.started.connect(self._on_started)
        c.start_failed.connect(lambda m: self.banner.show_message(
            "The conversation could not start", f"{m}. Try again, or pick another scenario.",
            tone="error"))
        c.scored.connect(self._on_scored)
        c.score_failed.connect(self.review.show_score_error)
        c.speech_status.connect(lambda _t, _r: self.refresh_status())
        c.error.connect(self._controller_error)
        self.conversation.review_requested.connect(self._on_review_requested)
        self.library.set_scenarios(services.catalogue.all(), services.catalogue.errors)
        self.settings.set_speech(services.speech)
        if services.local_models is not None:
            self.settings.set_local_models(services.local_models)
        self.settings.delete_data = lambda: delete_all_data(self.config, services.store)
        if services.voice_notice:
            self.banner.show_message("About the report's voice", services.voice_notice,
                                     tone="info")
        self.refresh_status()
        self.refresh_history()
        self.practice.attach()
        self.cohorts.refresh()
        self.services_ready.emit()

    def _controller_error(self, title: str, text: str) -> None:
        if self.current() is not self.conversation:  # the conversation shows its own
            self.banner.show_message(title, text, tone="error")

    def attach_failed(self, message: str) -> None:
        self.status.setText("Could not start")
        self.banner.show_message("roleplay could not open its data", f"{message}. Check the "
                                 "data folder in Settings, or start with --data-dir FOLDER.",
                                 tone="error", action="Open settings",
                                 callback=lambda: self.go(self.settings))

    def refresh_status(self) -> None:
        s = self.services
        if s is None:
            return
        lines = [f"Report: {s.voice.description}"]
        kit = s.speech
        if not kit.can_listen:
            lines.append("Speech: typing only")
        elif self.controller is not None and self.controller.speech_ready:
            lines.append("Speech: ready")
        elif self.controller is not None and self.controller.speech_problem:
            lines.append("Speech: model failed to load")
        else:
            lines.append("Speech: loading model…")
        if s.demo is not None:
            lines.insert(0, "Demo mode")
        self.status.setText("\n".join(lines))
        self.brief.set_status(s.voice_label, "Speech: " + lines[-1].split(": ", 1)[-1])

    # --- navigation -------------------------------------------------------------------------

    def go(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        key = {id(self.library): "library", id(self.brief): "library",
               id(self.practice.builder): "builder", id(self.history): "history",
               id(self.settings): "settings", id(self.cohorts.page): "facilitator",
               }.get(id(page))
        if key is not None:
            self.nav_buttons[key].setChecked(True)
        elif page is self.conversation:
            self.session_button.setChecked(True)
        if page is not self.conversation and page is not self.review:
            self.banner.hide() if self.banner.title.text().startswith("The conv") else None

    def current(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_brief(self, scenario: Scenario, plan: Plan | None = None) -> None:
        known = self.services.rubric if self.services else None
        rubric = rubric_rows(known) if known is not None else None
        self.brief.set_scenario(scenario, rubric)
        if plan is not None:
            self.brief.fill_plan(plan)
        self.refresh_status()
        self.go(self.brief)

    def show_scenario_id(self, scenario_id: str) -> None:
        """The brief for a scenario by id (from the plan, the builder, a recap, an
        assignment)."""
        s = self.services
        if s is None:
            return
        scenario = s.catalogue.scenarios.get(scenario_id) or self.practice.fresh.get(
            scenario_id)
        if scenario is None:
            self.banner.show_message("That scenario is not available",
                                     f"“{scenario_id}” is not in your scenarios (it may have "
                                     "been removed or renamed).", tone="warning")
            return
        self.show_brief(scenario)

    def set_facilitator_nav(self, shown: bool) -> None:
        self.sidebar.set_facilitator(shown)

    def start_session(self, scenario: Scenario, mode: object, plan: Plan) -> None:
        if self.controller is None:
            self.banner.show_message("Still starting up", "One moment, then try again.",
                                     tone="info")
            return
        if self.controller.busy or self.controller.hearing:
            self.banner.show_message("One moment", "The current conversation is still saving "
                                     "its last turn; start again in a second.", tone="info")
            return
        self.controller.set_hands_free(False)
        self.brief.start.setEnabled(False)
        self.controller.start(scenario, mode, plan)  # type: ignore[arg-type]

    def _on_started(self, session: Session) -> None:
        self.brief.start.setEnabled(True)
        self.session_button.show()
        assert self.conversation is not None
        self.go(self.conversation)

    def _back_to_session(self) -> None:
        if self.conversation is not None:
            self.go(self.conversation)

    def _on_review_requested(self) -> None:
        assert self.controller is not None
        session = self.controller.session
        if session is not None:
            self.review.show_scoring(session.model_copy(update={"turns": self.controller.turns}))
        self.session_button.hide()
        self.go(self.review)

    def _on_scored(self, session: Session, score: SessionScore) -> None:
        self._show_review(session, score)
        self.refresh_history()
        self.practice.refresh_plan()

    def _show_review(self, session: Session, score: SessionScore) -> None:
        assert self.services is not None
        self.review.show_result(session, score, self.services.scorer_notice)
        self._load_attempts(session.id)
        self.cohorts.fill_review(session)
        self.review_ready.emit()

    def _load_attempts(self, session_id: str) -> None:
        s = self.services
        assert s is not None

        def job() -> list[tuple[object, SessionScore | None]]:
            return [(a, s.store.get_score(a.id)) for a in s.store.attempts(session_id)]

        self.runner.call(job, done=self.review.set_attempts)

    def open_review(self, session_id: str) -> None:
        s = self.services
        if s is None:
            return

        def job() -> tuple[Session, SessionScore | None]:
            return s.store.get(session_id), s.store.get_score(session_id)

        def done(result: tuple[Session, SessionScore | None]) -> None:
            session, score = result
            if score is None:
                self.review.show_scoring(session)
                self._rescore(session)
            else:
                self._show_review(session, score)
            self.go(self.review)

        self.runner.call(job, done=done, failed=lambda m: self.banner.show_message(
            "That session could not be opened", m, tone="error"))

    def _rescore(self, session: Session) -> None:
        if self.controller is not None:
            self.controller.score_session(session)

    def _again(self, session: Session) -> None:
        self.show_brief(session.scenario, session.plan)

    def _retry_scenario(self, scenario_id: str) -> None:
        self.show_scenario_id(scenario_id)

    def open_recap_for(self, session_id: str) -> None:
        """"After the real 1:1…" from a History row: the session's scenario is needed."""
        s = self.services
        if s is None:
            return
        self.runner.call(lambda: s.store.get(session_id), done=self.practice.open_recap,
                         failed=lambda m: self.banner.show_message(
                             "That session could not be opened", m, tone="error"))

    def rewind(self, session_id: str, turn_index: int) -> None:
        s, c = self.services, self.controller
        if s is None or c is None:
            return
        if c.session is not None and c.session.id == session_id and not c.busy:
            c.rewind(turn_index)
            return
        service = s.practice()

        def job() -> Practice:
            return service.resume(session_id).rewind(turn_index)

        self.runner.call(job, done=c.open, failed=lambda m: self.banner.show_message(
            "Could not start a new attempt", m, tone="error"))

    def _play(self, turn: Turn) -> None:
        if self.controller is None or not self.controller.play_turn_audio(turn):
            self.banner.show_message("Playback is not available",
                                     "Audio playback needs the speech package.", tone="info")

    # --- history ----------------------------------------------------------------------------

    def show_history(self) -> None:
        self.refresh_history()
        self.go(self.history)

    def refresh_history(self) -> None:
        s = self.services
        if s is None:
            return

        person = self.config.manager_id

        def job() -> list[tuple[SessionSummary, SessionScore | None]]:
            return s.store.sessions_with_scores(person)

        def done(rows: list[tuple[SessionSummary, SessionScore | None]]) -> None:
            self.history.set_rows(rows)
            last: dict[str, int] = {}
            for summary, score in rows:  # newest first
                if score is not None and summary.scenario_id not in last:
                    last[summary.scenario_id] = score.overall
            self.library.set_last_scores(last)
            self.history_loaded.emit()

        self.runner.call(job, done=done, failed=lambda m: self.banner.show_message(
            "History could not be loaded", m, tone="error"))

    def _data_deleted(self) -> None:
        self.refresh_history()
        self.practice.refresh_plan()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window(self, self.window_settings)
        if self.controller is not None:
            self.controller.shutdown()
        self.runner.wait(3000)
        super().closeEvent(event)
