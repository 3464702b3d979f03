"""The builder's review step: a spoiler-free preview of the scenario, the file itself for
editing (it reveals the hidden cause, so it opens on request), live validation with the
loader's file:line:field messages, and Save (enabled only while the text is valid)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from roleplay.builder.causes import CAUSES_BY_ID, OWN
from roleplay.builder.compose import Composition
from roleplay.builder.templates import TYPE_LABELS, VOICES
from roleplay.builder.writer import SavedScenario, check_text, save_scenario
from roleplay.domain.scenario import Scenario
from roleplay.scenarios.loader import ScenarioFileError
from roleplay.ui.widgets.banner import Banner
from roleplay.ui.widgets.common import clear_layout, hbox, label, panel, pill


class ReviewPage(QWidget):
    back_requested = Signal()
    saved = Signal(object)  # SavedScenario
    practise_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.folder: Path | None = None
        self.composition: Composition | None = None
        self.scenario: Scenario | None = None
        self.saved_scenario: SavedScenario | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(16)
        back = QPushButton("←  Back to the form")
        back.setObjectName("Link")
        back.clicked.connect(self.back_requested)
        col.addLayout(hbox(back, stretch_at=1))
        col.addWidget(label("REVIEW", "Eyebrow"))
        self.title = label("", "H1", wrap=True)
        col.addWidget(self.title)
        self.pills = hbox(spacing=6)
        col.addLayout(self.pills)
        self.subtitle = label("", "Muted", wrap=True)
        col.addWidget(self.subtitle)
        self.banner = Banner()
        col.addWidget(self.banner)

        preview, p_col = panel()
        self.preview = p_col
        col.addWidget(preview)

        file_panel, f_col = panel()
        head = label("The scenario file", "H2")
        self.toggle = QPushButton("Show and edit the file")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_file)
        f_col.addLayout(hbox(head, self.toggle, stretch_at=1))
        self.file_hint = label("It includes the hidden cause: open it only if you want to check "
                               "or change it.", "Small", wrap=True)
        f_col.addWidget(self.file_hint)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("Yaml")
        self.editor.setMinimumHeight(360)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setAccessibleName("Scenario file (YAML)")
        self.editor.textChanged.connect(self.validate)
        self.editor.hide()
        f_col.addWidget(self.editor)
        col.addWidget(file_panel)

        self.problems = label("", "FieldError", wrap=True, selectable=True)
        self.problems.hide()
        col.addWidget(self.problems)
        self.save_button = QPushButton("Save scenario")
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        self.privacy = label("Saved in your own scenarios folder, on this computer only.",
                             "Small")
        col.addLayout(hbox(self.privacy, self.save_button, stretch_at=1))
        col.addStretch(1)

    # --- content ------------------------------------------------------------------------------

    def load(self, text: str, composition: Composition, folder: Path,
             drafted_by: str | None = None) -> None:
        self.folder = folder
        self.composition = composition
        self.saved_scenario = None
        self.banner.close_banner()
        if drafted_by:
            self.banner.show_message(
                f"Drafted by {drafted_by}",
                "Read it through before you save: the persona's words are the model's.",
                tone="info")
        self.toggle.setChecked(False)
        self.editor.setReadOnly(False)
        self.editor.setPlainText(text)  # validates
        self.save_button.setText("Save scenario")

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def _target(self) -> Path:
        assert self.folder is not None and self.composition is not None
        return self.folder / f"{self.composition.data['id']}.yaml"

    def validate(self) -> Scenario | None:
        """Check the text as the app will load it; show the problems; enable Save if valid."""
        if self.folder is None:
            return None
        try:
            scenario = check_text(self.text, self._target())
        except ScenarioFileError as exc:
            self.scenario = None
            self.problems.setText("\n".join(
                f"Line {e.line}: {e.field + ': ' if e.field else ''}{e.message}" if e.line
                else f"{e.field + ': ' if e.field else ''}{e.message}" for e in exc.errors))
            self.problems.show()
            self.save_button.setEnabled(False)
            if not self.toggle.isChecked():
                self.toggle.setChecked(True)  # the problems are in the file: show it
            return None
        self.scenario = scenario
        self.problems.hide()
        self.save_button.setEnabled(self.saved_scenario is None)
        self._fill_preview(scenario)
        return scenario

    def _fill_preview(self, s: Scenario) -> None:
        self.title.setText(s.title)
        clear_layout(self.pills)
        self.pills.addWidget(pill(s.difficulty.value.capitalize(), s.difficulty.value))
        self.pills.addWidget(pill(TYPE_LABELS[s.type], "neutral"))
        self.pills.addWidget(pill(VOICES[s.persona.temperament].label, "info"))
        self.pills.addStretch(1)
        p = s.persona
        self.subtitle.setText(f"{p.name} · {p.role} · {p.tenure}")
        col = self.preview
        clear_layout(col)
        col.addWidget(label("They open with", "H3"))
        col.addWidget(label(f"“{s.opening.report_line}”", wrap=True))
        col.addSpacing(6)
        col.addWidget(label("Facts you can cite", "H3"))
        for fact in s.facts:
            col.addWidget(label(f"{fact.date:%d %b %Y}  ·  {fact.observation}", wrap=True))
        col.addSpacing(6)
        col.addWidget(label("Your objectives", "H3"))
        for objective in s.objectives:
            col.addWidget(label(f"•  {objective}", wrap=True))
        col.addSpacing(6)
        col.addWidget(label("What is really going on", "H3"))
        comp = self.composition
        if comp is not None and comp.surprise:
            text = ("Drawn at random from the common causes and kept from you, so the "
                    "rehearsal can surprise you. Ask, listen, and find out.")
        elif comp is not None and comp.cause_id != OWN:
            text = f"{CAUSES_BY_ID[comp.cause_id].label}. They will only say so once they "
            text += "trust you."
        else:
            text = "Your own idea, kept hidden until they trust you."
        col.addWidget(label(text, "Muted", wrap=True))

    def _show_file(self, shown: bool) -> None:
        self.editor.setVisible(shown)
        self.toggle.setText("Hide the file" if shown else "Show and edit the file")

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> SavedScenario | None:
        if self.folder is None or self.validate() is None:
            return None
        try:
            saved = save_scenario(self.text, self.folder)
        except ScenarioFileError as exc:
            self.banner.show_message("Not saved", str(exc.errors[0].message), tone="error")
            return None
        except OSError as exc:
            self.banner.show_message("Not saved", f"The file could not be written "
                                     f"({exc.strerror}).", tone="error")
            return None
        self.saved_scenario = saved
        self.editor.setReadOnly(True)
        self.save_button.setEnabled(False)
        self.save_button.setText("Saved")
        self.banner.show_message(
            "Saved. Ready to rehearse.", f"{saved.path}", tone="success",
            action="Rehearse it now",
            callback=lambda: self.practise_requested.emit(saved.scenario.id))
        self.saved.emit(saved)
        return saved
