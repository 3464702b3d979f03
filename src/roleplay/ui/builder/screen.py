"""The guided scenario builder: describe the real situation in plain fields, review, save.

A self-contained page: it takes its services in the constructor and reports through signals
(``saved``, ``practise_requested``, ``cancelled``). Messages appear under each field, in the
same words as an answers file or a scenario file gets. "Draft with LLM" runs on the thread
pool; the form stays usable and the result comes back to the review step.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from roleplay.builder import AnswersError, BuilderAnswers, Built, build, notes, validate_answers
from roleplay.builder.drafting import JsonModel
from roleplay.ui.builder._form import (
    STYLE,
    Field,
)
from roleplay.ui.builder.form import BuilderForm
from roleplay.ui.builder.review import ReviewPage
from roleplay.ui.widgets.common import ScrollPage
from roleplay.ui.workers import JobRunner


@dataclass
class BuilderServices:
    """What the builder needs. ``draft_model`` None hides "Draft with LLM"."""

    scenarios_dir: Path
    draft_model: JsonModel | None = None
    runner: JobRunner | None = None
    today: Callable[[], dt.date] = dt.date.today
    rng: random.Random | None = field(default=None, repr=False)


class ScenarioBuilderScreen(BuilderForm, ScrollPage):
    saved = Signal(object)  # roleplay.builder.SavedScenario
    practise_requested = Signal(str)  # scenario id
    cancelled = Signal()
    draft_finished = Signal(bool)  # True when a draft reached the review step

    def __init__(self, services: BuilderServices) -> None:
        super().__init__(max_width=920)
        self.services = services
        self.runner = services.runner or JobRunner(parent=self)
        self.setStyleSheet(STYLE)
        self.touched = False  # validate live once the manager has tried to continue
        self.drafting = False
        self.stack = QStackedWidget()
        self.form_page = QWidget()
        self.review = ReviewPage()
        self.stack.addWidget(self.form_page)
        self.stack.addWidget(self.review)
        self.column.addWidget(self.stack)
        self.review.back_requested.connect(lambda: self.show_page(self.form_page))
        self.review.saved.connect(self.saved)
        self.review.practise_requested.connect(self.practise_requested)
        self._build_form()
        self.show_page(self.form_page)

    # --- validation ---------------------------------------------------------------------------

    def validate(self) -> BuilderAnswers | None:
        """Validate the form; put each message under its field. The answers, or None."""
        for f in self._all_fields():
            f.set_error(None)
            f.set_note(None)
        self.examples_error.hide()
        try:
            answers = validate_answers(self.collect(), today=self.services.today())
        except AnswersError as exc:
            first: Field | None = None
            for problem in exc.problems:
                target = self._field_for(problem.field or "")
                if target is None:
                    self.examples_error.setText(f"{problem.field}: {problem.message}")
                    self.examples_error.show()
                    continue
                if not target.error.text():
                    target.set_error(problem.message)
                first = first or target
            if first is not None and not self.touched:
                self.ensureWidgetVisible(first)
            return None
        for note in notes(answers):
            target = self._field_for(note.field)
            if target is not None:
                target.set_note(note.message)
        return answers

    def _all_fields(self) -> list[Field]:
        rows = [f for row in self.example_rows for f in row.fields().values()]
        return [*self.fields.values(), *rows]

    def _field_for(self, name: str) -> Field | None:
        if name.startswith("examples["):
            index = int(name[len("examples["):name.index("]")])
            rest = name[name.index("]") + 2:]
            if index < len(self.example_rows) and rest in self.example_rows[index].fields():
                return self.example_rows[index].fields()[rest]
            return None
        if name == "examples":
            return None
        if name == "own_root_cause":
            return self.fields["own_root_cause.summary"]
        return self.fields.get(name)

    def _live(self) -> None:
        if self.touched:
            self.validate()

    def message_for(self, name: str) -> str:
        """The inline message shown for a field (empty when none)."""
        target = self._field_for(name)
        if target is None:
            return self.examples_error.text() if self.examples_error.isVisible() else ""
        return target.error.text()

    # --- actions ------------------------------------------------------------------------------

    def go_review(self) -> Built | None:
        self.touched = True
        answers = self.validate()
        if answers is None:
            return None
        built = build(answers, self.services.scenarios_dir, rng=self.services.rng,
                      today=self.services.today())
        self._to_review(built)
        return built

    def draft(self) -> bool:
        """Ask the LLM for a richer draft, off the UI thread; False if the form has problems."""
        model = self.services.draft_model
        self.touched = True
        answers = self.validate()
        if answers is None or model is None or self.drafting:
            return False
        self.drafting = True
        self.draft_button.setEnabled(False)
        self.draft_button.setText("Drafting…")
        self.status.setText(f"Drafting with {model.description}. Your answers are sent there. "
                            "You can keep editing; the draft opens for review when it is ready.")
        self.status.show()
        self.banner.close_banner()
        folder, rng, today = self.services.scenarios_dir, self.services.rng, self.services.today()
        self.runner.call(lambda: build(answers, folder, rng=rng, model=model, today=today),
                         done=self._draft_done, failed=self._draft_failed)
        return True

    def _draft_finished(self) -> None:
        self.drafting = False
        self.draft_button.setEnabled(True)
        self.draft_button.setText("Draft with LLM")
        self.status.hide()

    def _draft_done(self, built: object) -> None:
        self._draft_finished()
        assert isinstance(built, Built)
        self._to_review(built)
        self.draft_finished.emit(True)

    def _draft_failed(self, message: str) -> None:
        self._draft_finished()
        self.banner.show_message("The LLM draft did not work", message, tone="error",
                                 action="Use the templates instead", callback=self._use_templates)
        self.draft_finished.emit(False)

    def show_page(self, page: QWidget) -> None:
        """Show one step; the page is as tall as that step (not the taller of the two)."""
        for other in (self.form_page, self.review):
            vertical = QSizePolicy.Policy.Preferred if other is page else (
                QSizePolicy.Policy.Ignored)
            other.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()
        self.verticalScrollBar().setValue(0)

    def _use_templates(self) -> None:
        self.go_review()

    def _to_review(self, built: Built) -> None:
        self.review.load(built.text, built.composition, self.services.scenarios_dir,
                         drafted_by=built.drafted_by)
        self.show_page(self.review)

    def set_draft_model(self, model: JsonModel | None) -> None:
        """Use another drafting model (the LLM settings changed); None hides the button."""
        self.services.draft_model = model
        self.draft_button.setVisible(model is not None)
        self.draft_button.setToolTip("" if model is None else (
            f"{model.description} writes richer persona text and lines; your answers are "
            "sent there."))

    def reset(self) -> None:
        """Back to an empty form (after a save, to build another)."""
        self.set_answers({"report_name": "", "role": "", "tenure": "", "topic": "",
                          "suspicion": "", "meeting": "", "impact": "", "goals": "",
                          "examples": [{"date": self.services.today().isoformat()}]})
        self.temperament_combo.setCurrentIndex(-1)
        self.touched = False
        for f in self._all_fields():
            f.set_error(None)
            f.set_note(None)
        self.show_page(self.form_page)
