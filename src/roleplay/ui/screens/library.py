"""Scenario library: cards, a difficulty filter, opening a scenario file, and file errors."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.scenario import Scenario
from roleplay.scenarios.loader import ScenarioError, ScenarioFileError, load_scenario
from roleplay.ui.shortcuts import native
from roleplay.ui.widgets.banner import Banner
from roleplay.ui.widgets.common import ScrollPage, clear_layout, hbox, label, panel, pill


class ScenarioCard(QFrame):
    chosen = Signal(object)

    def __init__(self, scenario: Scenario, last_score: int | None) -> None:
        super().__init__()
        self.scenario = scenario
        self.setObjectName("Card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 18, 20, 18)
        col.setSpacing(8)
        p = scenario.persona
        tone = scenario.difficulty.value
        head = hbox(pill(tone.capitalize(), tone),
                    pill(scenario.type.value.replace("_", " ").capitalize(), "neutral"),
                    stretch_at=2)
        if scenario.source != "bundled":
            head.addWidget(pill("Your file", "info"))
        col.addLayout(head)
        col.addWidget(label(scenario.title, "H2", wrap=True))
        col.addWidget(label(f"{p.name} · {p.role} · {p.temperament.value}", "Muted", wrap=True))
        summary = label(scenario.summary, wrap=True)
        summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        col.addWidget(summary, 1)
        score = "Not tried yet" if last_score is None else f"Last score  {last_score} / 100"
        self.start = QPushButton("Prepare  →")
        self.start.setObjectName("Primary")
        self.start.clicked.connect(lambda: self.chosen.emit(self.scenario))
        col.addLayout(hbox(label(score, "Small"), self.start, stretch_at=1))
        self.setAccessibleName(f"Scenario: {scenario.title}")

    def mouseReleaseEvent(self, event: object) -> None:
        self.chosen.emit(self.scenario)


class LibraryScreen(ScrollPage):
    """The home screen: your own situation first, the practice plan (and cohort assignments)
    near the top, then every scenario."""

    scenario_chosen = Signal(object)
    demo_requested = Signal()
    build_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        c = self.column
        intro = QVBoxLayout()
        intro.setSpacing(16)
        intro.addWidget(label("SCENARIOS", "Eyebrow"))
        intro.addWidget(label("Which conversation do you want to rehearse?", "H1", wrap=True))
        intro.addWidget(label("Rehearse the 1:1 you actually have coming up, or pick a "
                              "scenario below.", "Muted", wrap=True))
        self.build_button = QPushButton("+  New scenario from my situation")
        self.build_button.setObjectName("Primary")
        self.build_button.setToolTip("Describe your real situation and rehearse it privately "
                                     f"({native('Ctrl+2')})")
        self.build_button.clicked.connect(self.build_requested)
        head = QHBoxLayout()
        head.setSpacing(24)
        head.addLayout(intro, 1)
        head.addWidget(self.build_button, 0, Qt.AlignmentFlag.AlignBottom)
        c.addLayout(head)
        self.demo_banner = Banner()
        c.addWidget(self.demo_banner)
        self.banner = Banner()
        c.addWidget(self.banner)
        # The practice plan and cohort assignments. A widget of its own (not a nested layout)
        # so its height follows the cards' wrapped text when their content changes.
        self.home = QWidget()
        self.home_row = QHBoxLayout(self.home)
        self.home_row.setContentsMargins(0, 0, 0, 0)
        self.home_row.setSpacing(16)
        self.home.hide()
        self.errors_panel, errors_col = panel("Panel")
        self.errors_title = label("", "H3")
        self.errors_text = label("", wrap=True, selectable=True)
        self.errors_text.setObjectName("Muted")
        errors_col.addWidget(self.errors_title)
        errors_col.addWidget(self.errors_text)
        self.errors_panel.setStyleSheet("QFrame#Panel { border-color: #e3bcb2; }")
        self.errors_panel.hide()
        c.addWidget(self.errors_panel)
        c.addWidget(self.home)  # under any message about a file the manager just opened

        self.filters = QButtonGroup(self)
        row = hbox(spacing=6)
        for i, name in enumerate(("All", "Easy", "Medium", "Hard")):
            button = QPushButton(name)
            button.setObjectName("Toggle")
            button.setCheckable(True)
            button.setChecked(i == 0)
            self.filters.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        self.open_button = QPushButton("Open a scenario file…")
        self.open_button.clicked.connect(self._pick_file)
        row.addWidget(self.open_button)
        c.addLayout(row)
        self.filters.idClicked.connect(lambda _i: self._fill())

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        c.addWidget(self.grid_host)
        self.loading = label("Loading scenarios…", "Muted")
        c.addWidget(self.loading)
        c.addStretch(1)
        self.scenarios: list[Scenario] = []
        self.last_scores: dict[str, int] = {}
        self.cards: list[ScenarioCard] = []
        self.user_dir: Path | None = None

    def set_home_widgets(self, *widgets: QWidget | None) -> None:
        """Put the plan card (and the assignments panel, when there is one) above the
        scenarios; the first widget takes the most room."""
        shown = [w for w in widgets if w is not None]
        items = (self.home_row.itemAt(i) for i in range(self.home_row.count()))
        current = [w for w in (item.widget() for item in items if item is not None)
                   if w is not None]
        if current != shown:
            for widget in current:
                self.home_row.removeWidget(widget)
                if widget not in shown:
                    widget.hide()
                    widget.setParent(None)  # the caller keeps and may reuse it
            for i, widget in enumerate(shown):
                self.home_row.addWidget(widget, 3 if i == 0 else 2)
                widget.show()
        self.home.setVisible(bool(shown))

    # --- data -------------------------------------------------------------------------------

    def set_scenarios(self, scenarios: Sequence[Scenario],
                      errors: Sequence[ScenarioError] = ()) -> None:
        self.loading.hide()
        self.scenarios = list(scenarios)
        self.show_file_errors(errors, "Some scenario files could not be loaded")
        self._fill()

    def set_last_scores(self, scores: dict[str, int]) -> None:
        self.last_scores = dict(scores)
        self._fill()

    @property
    def difficulty_filter(self) -> str | None:
        i = self.filters.checkedId()
        return None if i <= 0 else ("easy", "medium", "hard")[i - 1]

    def _fill(self) -> None:
        clear_layout(self.grid)
        self.cards = []
        wanted = self.difficulty_filter
        shown = [s for s in self.scenarios if wanted is None or s.difficulty.value == wanted]
        for i, scenario in enumerate(shown):
            card = ScenarioCard(scenario, self.last_scores.get(scenario.id))
            card.chosen.connect(self.scenario_chosen)
            self.grid.addWidget(card, i // 2, i % 2)
            self.cards.append(card)
        if not shown and self.scenarios:
            self.grid.addWidget(label("No scenarios at this difficulty yet.", "Muted"), 0, 0)

    def show_file_errors(self, errors: Sequence[ScenarioError], title: str) -> None:
        if not errors:
            self.errors_panel.hide()
            return
        self.errors_title.setText(f"{title}. Fix the lines below and open the file again:")
        self.errors_text.setText("\n".join(f"• {e}" for e in errors))
        self.errors_panel.show()

    # --- opening a file ---------------------------------------------------------------------

    def _pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a scenario file", str(Path.home()),
                                              "Scenario files (*.yaml *.yml)")
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> Scenario | None:
        """Load a user's scenario file; show its problems (file:line:field) rather than fail."""
        try:
            scenario = load_scenario(path, "user")
        except ScenarioFileError as exc:
            self.show_file_errors(exc.errors, f"“{path.name}” has problems")
            self.banner.hide()
            return None
        self.errors_panel.hide()
        if self.user_dir is not None and path.parent != self.user_dir:
            try:
                self.user_dir.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, self.user_dir / path.name)
            except OSError:
                pass  # still usable for this run
        self.scenarios = [s for s in self.scenarios if s.id != scenario.id] + [scenario]
        self.filters.button(0).setChecked(True)
        self._fill()
        self.banner.show_message(f"Added “{scenario.title}”", "It is in your scenarios now.",
                                 tone="success", action="Prepare",
                                 callback=lambda: self.scenario_chosen.emit(scenario))
        return scenario

    def card_for(self, scenario_id: str) -> ScenarioCard | None:
        return next((c for c in self.cards if c.scenario.id == scenario_id), None)

    def count_label(self) -> QLabel:
        return self.loading
