"""The builder's form: the fields a manager fills in (who, what has been happening, what might
be behind it, how they react, what they want), dated example rows, and turning the form into
builder answers and back. A mixin of :class:`ScenarioBuilderScreen`, which adds validation,
review and saving."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from roleplay.builder.causes import OWN, SURPRISE, causes_for
from roleplay.builder.templates import TYPE_LABELS, VOICES
from roleplay.domain.scenario import ConversationType, Difficulty, Temperament
from roleplay.ui.builder._form import Field, date_edit, get_text, line_edit, set_text, text_box
from roleplay.ui.widgets.banner import Banner
from roleplay.ui.widgets.common import hbox, label, panel

if TYPE_CHECKING:
    from roleplay.ui.builder.screen import BuilderServices

MAX_EXAMPLES = 8


class ExampleRow(QFrame):
    remove_requested = Signal(object)

    def __init__(self, number: int, day: QDate) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.date_edit = date_edit(day)
        self.what_edit = line_edit("e.g. The report due on Monday 3 November arrived on the "
                                   "10th.", 600)
        self.impact_edit = line_edit("e.g. Finance closed the month by hand.", 400)
        self.date = Field("When", self.date_edit)
        self.what = Field(f"Example {number}: what you saw or heard", self.what_edit)
        self.impact = Field("What it led to (optional)", self.impact_edit)
        self.remove = QPushButton("Remove")
        self.remove.setObjectName("Link")
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        grid.addWidget(self.date, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.what, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.remove, 0, 2, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.impact, 1, 1)
        grid.setColumnStretch(1, 1)
        self.date_edit.setFixedWidth(140)

    def value(self) -> dict[str, Any]:
        date = self.date_edit.date().toString(Qt.DateFormat.ISODate)
        out: dict[str, Any] = {"date": date, "what_happened": self.what_edit.text()}
        impact = self.impact_edit.text().strip()
        if impact:
            out["impact"] = impact
        return out

    def fields(self) -> dict[str, Field]:
        return {"date": self.date, "what_happened": self.what, "impact": self.impact}


class BuilderForm:
    """The form half of the builder screen (a mixin: the screen provides ``services``,
    ``form_page``, the signals and the actions used below)."""

    services: BuilderServices
    form_page: QWidget
    cancelled: Any
    banner: Banner
    fields: dict[str, Field]
    example_rows: list[ExampleRow]
    examples_box: QVBoxLayout
    examples_error: QLabel
    status: QLabel

    _live: Callable[[], None]  # validate as the manager types (once they tried to go on)
    draft: Callable[[], bool]
    go_review: Callable[[], Any]

    # --- the form -----------------------------------------------------------------------------

    def _build_form(self) -> None:
        col = QVBoxLayout(self.form_page)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(16)
        col.addWidget(label("YOUR OWN SITUATION", "Eyebrow"))
        col.addWidget(label("Rehearse the conversation you actually need to have", "H1",
                            wrap=True))
        col.addWidget(label("Describe what is really happening, in a few minutes. Use a "
                            "pseudonym: the scenario stays on this computer unless you export "
                            "it.", "Muted", wrap=True))
        self.banner = Banner()
        col.addWidget(self.banner)
        self.fields: dict[str, Field] = {}

        who, w = panel()
        w.addWidget(label("Who", "H2"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.fields["report_name"] = Field("Pseudonym", line_edit("e.g. Sam", 40))
        self.fields["role"] = Field("Role", line_edit("e.g. Backend engineer", 80))
        self.fields["tenure"] = Field("Time in the team or role", line_edit("e.g. 2 years", 60))
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.fields["report_name"], 0, 0, top)
        grid.addWidget(self.fields["role"], 0, 1, top)
        grid.addWidget(self.fields["tenure"], 0, 2, top)
        for i in range(3):
            grid.setColumnStretch(i, 1)
        w.addLayout(grid)
        w.addWidget(label("A pseudonym, not their real name: you will see it throughout the "
                          "rehearsal.", "Small", wrap=True))
        col.addWidget(who)

        what, h = panel()
        h.addWidget(label("What has been happening", "H2"))
        self.type_combo = QComboBox()
        for kind, text in TYPE_LABELS.items():
            self.type_combo.addItem(text, kind.value)
        self.fields["conversation_type"] = Field("Kind of conversation", self.type_combo)
        self.fields["topic"] = Field("In a few words, what it is about",
                                     line_edit("e.g. missed deadlines", 60))
        row = QGridLayout()
        row.setHorizontalSpacing(16)
        row.addWidget(self.fields["conversation_type"], 0, 0, top)
        row.addWidget(self.fields["topic"], 0, 1, top)
        row.setColumnStretch(0, 1)
        row.setColumnStretch(1, 1)
        h.addLayout(row)
        h.addWidget(label("Dated, specific examples: what you saw or heard, not what you think "
                          "of it.", "Small", wrap=True))
        self.examples_box = QVBoxLayout()
        self.examples_box.setSpacing(4)
        h.addLayout(self.examples_box)
        self.examples_error = label("", "FieldError", wrap=True)
        self.examples_error.hide()
        h.addWidget(self.examples_error)
        self.add_example = QPushButton("+  Add an example")
        self.add_example.setObjectName("Link")
        self.add_example.clicked.connect(lambda: self.add_example_row())
        h.addLayout(hbox(self.add_example, stretch_at=1))
        self.fields["impact"] = Field(
            "Why it matters", text_box("The impact on the team, customers or them.", 58))
        h.addWidget(self.fields["impact"])
        col.addWidget(what)
        self.example_rows: list[ExampleRow] = []

        behind, b = panel()
        b.addWidget(label("What might be behind it", "H2"))
        self.fields["suspicion"] = Field(
            "What you suspect (optional)", line_edit("e.g. I think they might be bored", 600),
            "The rehearsal will test that assumption rather than confirm it.")
        b.addWidget(self.fields["suspicion"])
        self.cause_group = QButtonGroup(self.form_page)
        self.cause_surprise = QRadioButton("Surprise me: draw one of the common causes")
        self.cause_pick = QRadioButton("Choose a common cause")
        self.cause_own = QRadioButton("Write my own")
        for i, button in enumerate((self.cause_surprise, self.cause_pick, self.cause_own)):
            self.cause_group.addButton(button, i)
            b.addWidget(button)
        self.cause_surprise.setChecked(True)
        self.cause_combo = QComboBox()
        self.fields["root_cause"] = Field("Common cause", self.cause_combo)
        b.addWidget(self.fields["root_cause"])
        self.own_box = QWidget()
        own = QVBoxLayout(self.own_box)
        own.setContentsMargins(0, 0, 0, 0)
        self.fields["own_root_cause.summary"] = Field(
            "What is really going on", text_box("In your words.", 52))
        self.fields["own_root_cause.hint"] = Field(
            "A guarded hint they might let slip first", line_edit("", 200))
        self.fields["own_root_cause.reveal"] = Field(
            "What they would say when they finally tell you", text_box("In their words.", 52))
        for key in ("own_root_cause.summary", "own_root_cause.hint", "own_root_cause.reveal"):
            own.addWidget(self.fields[key])
        b.addWidget(self.own_box)
        col.addWidget(behind)
        self.cause_group.idToggled.connect(lambda _i, _on: self._cause_mode())
        self.type_combo.currentIndexChanged.connect(lambda _i: self._fill_causes())

        react, r = panel()
        r.addWidget(label("How they react, and how hard to make it", "H2"))
        self.temperament_combo = QComboBox()
        self.temperament_combo.setPlaceholderText("Choose…")
        for t, voice in VOICES.items():
            self.temperament_combo.addItem(voice.label, t.value)
        self.temperament_combo.setCurrentIndex(-1)
        self.fields["temperament"] = Field("How they usually react to feedback",
                                           self.temperament_combo)
        self.temperament_note = label("", "Small", wrap=True)
        self.temperament_note.hide()
        self.temperament_combo.currentIndexChanged.connect(self._describe_temperament)
        self.difficulty_combo = QComboBox()
        for d in Difficulty:
            self.difficulty_combo.addItem(d.value.capitalize(), d.value)
        self.difficulty_combo.setCurrentIndex(1)
        self.fields["difficulty"] = Field("Difficulty", self.difficulty_combo)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.fields["temperament"], 0, 0, top)
        grid.addWidget(self.fields["difficulty"], 0, 1, top)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        r.addLayout(grid)
        r.addWidget(self.temperament_note)
        r.addWidget(label("Harder means they take longer to trust you and open up.", "Small",
                          wrap=True))
        col.addWidget(react)

        want, g = panel()
        g.addWidget(label("What you want from the meeting", "H2"))
        self.fields["goals"] = Field("Your goals, one per line",
                                     text_box("e.g. Agree a realistic date for the fix\n"
                                              "Understand what is getting in the way", 70))
        self.fields["meeting"] = Field("When is the real meeting (optional)",
                                       line_edit("e.g. Thursday's 1:1", 120))
        g.addWidget(self.fields["goals"])
        g.addWidget(self.fields["meeting"])
        col.addWidget(want)

        self.status = label("", "Muted", wrap=True)
        self.status.hide()
        col.addWidget(self.status)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("Link")
        self.cancel_button.clicked.connect(self.cancelled)
        self.draft_button = QPushButton("Draft with LLM")
        self.draft_button.clicked.connect(self.draft)
        model = self.services.draft_model
        self.draft_button.setVisible(model is not None)
        if model is not None:
            self.draft_button.setToolTip(f"{model.description} writes richer persona text and "
                                         "lines; your answers are sent there.")
        self.review_button = QPushButton("Review  →")
        self.review_button.setObjectName("Primary")
        self.review_button.clicked.connect(self.go_review)
        col.addLayout(hbox(self.cancel_button, self.draft_button, self.review_button,
                           stretch_at=1))
        col.addStretch(1)

        for f in self.fields.values():
            self._watch(f.editor)
        self.add_example_row()
        self._fill_causes()
        self._cause_mode()

    def _watch(self, editor: QWidget) -> None:
        signal = None
        for name in ("textChanged", "currentIndexChanged", "dateChanged"):
            signal = getattr(editor, name, None)
            if signal is not None:
                break
        if signal is not None:
            signal.connect(lambda *_: self._live())

    def _fill_causes(self) -> None:
        kind = ConversationType(self.type_combo.currentData())
        current = self.cause_combo.currentData()
        self.cause_combo.clear()
        for cause in causes_for(kind):
            self.cause_combo.addItem(cause.label, cause.id)
        index = self.cause_combo.findData(current)
        self.cause_combo.setCurrentIndex(max(index, 0))

    def _cause_mode(self) -> None:
        self.fields["root_cause"].setVisible(self.cause_pick.isChecked())
        self.own_box.setVisible(self.cause_own.isChecked())
        self._live()

    def _describe_temperament(self) -> None:
        value = self.temperament_combo.currentData()
        self.temperament_note.setText(VOICES[Temperament(value)].description if value else "")
        self.temperament_note.setVisible(bool(value))

    def add_example_row(self, value: dict[str, Any] | None = None) -> ExampleRow:
        today = self.services.today()
        row = ExampleRow(len(self.example_rows) + 1, QDate(today.year, today.month, today.day))
        row.remove_requested.connect(self._remove_example)
        for f in row.fields().values():
            self._watch(f.editor)
        if value:
            day = dt.date.fromisoformat(str(value["date"]))
            row.date_edit.setDate(QDate(day.year, day.month, day.day))
            row.what_edit.setText(str(value.get("what_happened", "")))
            row.impact_edit.setText(str(value.get("impact") or ""))
        self.example_rows.append(row)
        self.examples_box.addWidget(row)
        self._renumber()
        return row

    def _remove_example(self, row: ExampleRow) -> None:
        if len(self.example_rows) == 1:
            return
        self.example_rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._renumber()
        self._live()

    def _renumber(self) -> None:
        for i, row in enumerate(self.example_rows, 1):
            row.what.title.setText(f"Example {i}: what you saw or heard")
            row.remove.setVisible(len(self.example_rows) > 1)
        self.add_example.setEnabled(len(self.example_rows) < MAX_EXAMPLES)

    # --- values -------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        """The form as builder answers (a mapping, not yet validated)."""
        def text(key: str) -> str:
            return get_text(self.fields[key].editor)

        data: dict[str, Any] = {
            "report_name": text("report_name"), "role": text("role"), "tenure": text("tenure"),
            "conversation_type": self.type_combo.currentData(), "topic": text("topic"),
            "examples": [row.value() for row in self.example_rows],
            "impact": text("impact"), "suspicion": text("suspicion"),
            "goals": text("goals"), "difficulty": self.difficulty_combo.currentData(),
            "meeting": text("meeting"),
        }
        if self.temperament_combo.currentData():
            data["temperament"] = self.temperament_combo.currentData()
        if self.cause_own.isChecked():
            data["root_cause"] = OWN
            data["own_root_cause"] = {k: text(f"own_root_cause.{k}")
                                      for k in ("summary", "hint", "reveal")}
        elif self.cause_pick.isChecked():
            data["root_cause"] = self.cause_combo.currentData()
        else:
            data["root_cause"] = SURPRISE
        return data

    def set_answers(self, data: dict[str, Any]) -> None:
        """Fill the form (to edit earlier answers, or in tests)."""
        for key in ("report_name", "role", "tenure", "topic", "suspicion", "meeting", "impact"):
            if key in data:
                set_text(self.fields[key].editor, str(data[key]))
        if "goals" in data:
            goals = data["goals"]
            set_text(self.fields["goals"].editor,
                     goals if isinstance(goals, str) else "\n".join(goals))
        for combo, key in ((self.type_combo, "conversation_type"),
                           (self.temperament_combo, "temperament"),
                           (self.difficulty_combo, "difficulty")):
            if key in data:
                combo.setCurrentIndex(combo.findData(str(data[key])))
        if "examples" in data:
            for row in list(self.example_rows):
                self.example_rows.remove(row)
                row.setParent(None)
                row.deleteLater()
            for example in data["examples"]:
                self.add_example_row(example)
        cause = data.get("root_cause", SURPRISE)
        if cause == OWN:
            self.cause_own.setChecked(True)
            for k, v in (data.get("own_root_cause") or {}).items():
                set_text(self.fields[f"own_root_cause.{k}"].editor, str(v))
        elif cause != SURPRISE:
            self.cause_pick.setChecked(True)
            self.cause_combo.setCurrentIndex(self.cause_combo.findData(cause))
        else:
            self.cause_surprise.setChecked(True)
