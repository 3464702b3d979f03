"""Practise your own situation, wired into the main window: the scenario builder (a page of
its own), the practice-plan card on the home screen, and the recap form after a real 1:1.

The window owns the pages; this object connects their signals and keeps anything that reads
files or the store on the job runner."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from roleplay.builder.recaps import RecapStore, RecordedRecap, recaps_dir
from roleplay.builder.writer import SavedScenario
from roleplay.coaching.plan import PracticePlan, build_plan, history_from_store
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Session
from roleplay.ui.builder import (
    BuilderServices,
    PracticePlanCard,
    RecapForm,
    RecapServices,
    ScenarioBuilderScreen,
)

if TYPE_CHECKING:
    from roleplay.ui.window import MainWindow


class PracticeWiring(QObject):
    plan_ready = Signal(object)  # PracticePlan, each time the card is refreshed
    catalogue_reloaded = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.card = PracticePlanCard()
        self.card.setAccessibleName("Your practice plan")
        self.builder: ScenarioBuilderScreen | None = None
        self.recap: RecapForm | None = None
        self._recap_back: QWidget | None = None
        self._builder_finished = False  # saved or cancelled: start afresh next time
        self.fresh: dict[str, Scenario] = {}  # just written, in case the reload is not back yet
        self.card.practise_requested.connect(window.show_scenario_id)
        self.card.build_requested.connect(self.open_builder)

    # --- after start-up -----------------------------------------------------------------------

    def attach(self) -> None:
        s = self.window.services
        assert s is not None
        self.builder = ScenarioBuilderScreen(BuilderServices(
            scenarios_dir=s.config.user_scenarios_dir, draft_model=s.draft_model,
            runner=self.window.runner))
        self.window.stack.addWidget(self.builder)
        self.builder.saved.connect(self._on_saved)
        self.builder.practise_requested.connect(self.window.show_scenario_id)
        self.builder.cancelled.connect(self._on_cancelled)
        self.refresh_plan()

    def set_draft_model(self, model: Any) -> None:
        """A new LLM endpoint was saved in Settings: draft with it from now on."""
        if self.builder is not None:
            self.builder.set_draft_model(model)

    # --- the builder --------------------------------------------------------------------------

    def open_builder(self) -> None:
        if self.builder is None:
            self.window.banner.show_message("Still starting up", "One moment, then try again.",
                                            tone="info")
            return
        if self._builder_finished:
            self.builder.reset()
            self._builder_finished = False
        self.window.go(self.builder)

    def _on_saved(self, saved: SavedScenario) -> None:
        self._builder_finished = True
        self.fresh[saved.scenario.id] = saved.scenario
        self.reload_catalogue()

    def _on_cancelled(self) -> None:
        self._builder_finished = True
        self.window.go(self.window.library)

    # --- the catalogue and the plan -------------------------------------------------------------

    def reload_catalogue(self) -> None:
        """Read the scenario folders again (off the UI thread), then refresh the library and
        the plan."""
        s = self.window.services
        if s is None:
            return
        from roleplay.app.services import make_catalogue

        config = s.config

        def done(catalogue: Any) -> None:
            s.catalogue = catalogue
            self.window.library.set_scenarios(catalogue.all(), catalogue.errors)
            self.refresh_plan()
            self.catalogue_reloaded.emit()

        self.window.runner.call(lambda: make_catalogue(config), done=done,
                                failed=lambda m: self.window.banner.show_message(
                                    "Your scenarios could not be read again", m,
                                    tone="warning"))

    def refresh_plan(self) -> None:
        s = self.window.services
        if s is None:
            return
        store, catalogue, config = s.store, s.catalogue, s.config

        def job() -> PracticePlan:
            history = history_from_store(store, config.manager_id)
            recaps = RecapStore(recaps_dir(config.data_dir)).list()
            return build_plan(history, catalogue.all(), recaps)

        def done(plan: PracticePlan) -> None:
            self.card.set_plan(plan)
            self.plan_ready.emit(plan)

        self.window.runner.call(job, done=done, failed=lambda m: self.card.reason.setText(
            f"Your practice plan could not be worked out: {m}"))

    # --- after the real 1:1 -------------------------------------------------------------------

    def open_recap(self, session: Session) -> None:
        s = self.window.services
        if s is None:
            return
        config = s.config
        services = RecapServices(RecapStore(recaps_dir(config.data_dir)),
                                 config.user_scenarios_dir)
        form = RecapForm(services, session.scenario, session_id=session.id)
        form.recorded.connect(self._on_recorded)
        form.practise_requested.connect(self.window.show_scenario_id)
        form.cancelled.connect(self._recap_cancelled)
        if self.recap is not None:
            self.window.stack.removeWidget(self.recap)
            self.recap.deleteLater()
        self.recap = form
        current = self.window.current()
        self._recap_back = current if current is not form else self.window.library
        self.window.stack.addWidget(form)
        self.window.go(form)

    def _on_recorded(self, result: RecordedRecap) -> None:
        follow = result.follow_up.scenario
        self.fresh[follow.id] = follow
        self.reload_catalogue()

    def _recap_cancelled(self) -> None:
        self.window.go(self._recap_back or self.window.library)
