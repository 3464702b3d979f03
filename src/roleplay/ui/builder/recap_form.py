"""After the real 1:1: a private recap (what was agreed, how they reacted, what was hard) that
becomes a follow-up rehearsal in which the report remembers the agreements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QPushButton

from roleplay.builder import AnswersError
from roleplay.builder.recaps import RecapStore, RecordedRecap, record_recap, validate_recap
from roleplay.builder.templates import VOICES
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import COMPETENCY_LABELS
from roleplay.scenarios.loader import ScenarioFileError
from roleplay.ui.builder._form import STYLE, Field, date_edit, get_text, line_edit, text_box
from roleplay.ui.widgets.banner import Banner
from roleplay.ui.widgets.common import ScrollPage, hbox, label, panel


@dataclass
class RecapServices:
    recaps: RecapStore
    scenarios_dir: Path
    today: Callable[[], dt.date] = dt.date.today


class RecapForm(ScrollPage):
    recorded = Signal(object)  # roleplay.builder.RecordedRecap
    practise_requested = Signal(str)  # the follow-up scenario's id
    cancelled = Signal()

    def __init__(self, services: RecapServices, scenario: Scenario,
                 session_id: str | None = None) -> None:
        super().__init__(max_width=820)
        self.services = services
        self.scenario = scenario
        self.session_id = session_id
        self.result: RecordedRecap | None = None
        self.setStyleSheet(STYLE)
        c = self.column
        first = scenario.persona.name.split()[0]
        c.addWidget(label("AFTER THE REAL 1:1", "Eyebrow"))
        c.addWidget(label(f"How did it go with {first}?", "H1", wrap=True))
        c.addWidget(label("A private note for you. It becomes a follow-up rehearsal in which "
                          f"{first} remembers what you agreed, and it feeds your practice plan.",
                          "Muted", wrap=True))
        self.banner = Banner()
        c.addWidget(self.banner)

        today = services.today()
        self.fields: dict[str, Field] = {}
        box, b = panel()
        b.addWidget(label("What happened", "H2"))
        self.met_on = date_edit(QDate(today.year, today.month, today.day))
        self.met_on.setFixedWidth(150)
        self.fields["met_on"] = Field("When you met", self.met_on)
        self.fields["agreements"] = Field(
            "What you agreed, one per line",
            text_box(f"e.g. {first} sends a short status note every Friday", 78))
        self.reaction = QComboBox()
        self.reaction.addItem("As I expected", None)
        for t, voice in VOICES.items():
            self.reaction.addItem(voice.label, t.value)
        self.fields["reaction"] = Field("How they came across", self.reaction)
        self.fields["how_it_went"] = Field("How it went (optional)",
                                           text_box("How they reacted, what surprised you.", 58))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.fields["met_on"], 0, 0, top)
        grid.addWidget(self.fields["reaction"], 0, 1, top)
        grid.setColumnStretch(1, 1)
        b.addLayout(grid)
        b.addWidget(label("In the follow-up rehearsal, they react the way they did in the real "
                          "meeting.", "Small", wrap=True))
        b.addWidget(self.fields["agreements"])
        b.addWidget(self.fields["how_it_went"])
        c.addWidget(box)

        box, b = panel()
        b.addWidget(label("For your practice", "H2"))
        self.hardest = QComboBox()
        self.hardest.addItem("None in particular", None)
        for competency, text in COMPETENCY_LABELS.items():
            self.hardest.addItem(text, competency.value)
        self.fields["hardest"] = Field("Which skill felt hardest", self.hardest)
        self.fields["hard_part"] = Field("What was hard (optional)",
                                         line_edit("e.g. Not jumping in with solutions", 1200))
        self.fields["learned"] = Field("What you learned about the cause (optional)",
                                       line_edit("e.g. She is struggling with the new system",
                                                 1200))
        self.fields["next_meeting"] = Field("When you next meet (optional)",
                                            line_edit("e.g. Thursday 3 December", 120))
        self.expect_kept = QCheckBox("Rehearse as if the agreements were kept (unticked: as if "
                                     "some slipped, the harder case)")
        pairs = QGridLayout()
        pairs.setHorizontalSpacing(16)
        pairs.setVerticalSpacing(10)
        for i, key in enumerate(("hardest", "next_meeting", "hard_part", "learned")):
            pairs.addWidget(self.fields[key], i // 2, i % 2, top)
        pairs.setColumnStretch(0, 1)
        pairs.setColumnStretch(1, 1)
        b.addLayout(pairs)
        b.addWidget(self.expect_kept)
        c.addWidget(box)

        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("Link")
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = QPushButton("Save and create the follow-up")
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        c.addLayout(hbox(label("Stays on this computer.", "Small"), self.cancel_button,
                         self.save_button, stretch_at=1))
        c.addStretch(1)

    def collect(self) -> dict[str, Any]:
        return {
            "met_on": self.met_on.date().toString(Qt.DateFormat.ISODate),
            "agreements": get_text(self.fields["agreements"].editor),
            "reaction": self.reaction.currentData(),
            "how_it_went": get_text(self.fields["how_it_went"].editor),
            "hard_part": get_text(self.fields["hard_part"].editor),
            "hardest": self.hardest.currentData(),
            "learned": get_text(self.fields["learned"].editor),
            "expect_kept": self.expect_kept.isChecked(),
            "next_meeting": get_text(self.fields["next_meeting"].editor),
        }

    def message_for(self, name: str) -> str:
        field = self.fields.get(name)
        return field.error.text() if field is not None else ""

    def save(self) -> RecordedRecap | None:
        for f in self.fields.values():
            f.set_error(None)
        try:
            entry = validate_recap(self.collect(), today=self.services.today())
        except AnswersError as exc:
            for problem in exc.problems:
                target = self.fields.get((problem.field or "").split("[")[0])
                if target is not None and not target.error.text():
                    target.set_error(problem.message)
            return None
        try:
            result = record_recap(entry, self.scenario, recaps=self.services.recaps,
                                  scenarios_dir=self.services.scenarios_dir,
                                  session_id=self.session_id)
        except (ScenarioFileError, OSError) as exc:
            text = str(exc.errors[0].message) if isinstance(exc, ScenarioFileError) else (
                f"A file could not be written ({exc.strerror}).")
            self.banner.show_message("Not saved", text, tone="error")
            return None
        self.result = result
        self.save_button.setEnabled(False)
        first = self.scenario.persona.name.split()[0]
        follow = result.follow_up.scenario
        self.banner.show_message(
            "Saved. The follow-up is ready.",
            f"{first} will remember: " + "; ".join(result.recap.agreements),
            tone="success", action="Rehearse the follow-up",
            callback=lambda: self.practise_requested.emit(follow.id))
        self.recorded.emit(result)
        return result
