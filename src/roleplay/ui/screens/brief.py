"""The brief: situation, facts, objectives, the rubric, a short plan, and the mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from roleplay.coaching.rubric import RubricRow
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Mode, Plan
from roleplay.ui.widgets.common import ScrollPage, clear_layout, hbox, label, panel, pill


def _plan_box(placeholder: str, height: int = 58) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    box.setTabChangesFocus(True)
    return box


class BriefScreen(ScrollPage):
    start_requested = Signal(object, object, object)  # Scenario, Mode, Plan
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__(max_width=1120)
        self.scenario: Scenario | None = None
        c = self.column
        back = QPushButton("←  All scenarios")
        back.setObjectName("Link")
        back.clicked.connect(self.back_requested)
        c.addLayout(hbox(back, stretch_at=1))
        self.eyebrow = label("BRIEF", "Eyebrow")
        self.title = label("", "H1", wrap=True)
        c.addWidget(self.eyebrow)
        c.addWidget(self.title)
        cols = QHBoxLayout()
        cols.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(16)
        right = QVBoxLayout()
        right.setSpacing(16)
        cols.addLayout(left, 3)
        cols.addLayout(right, 2)
        c.addLayout(cols)

        situation, s_col = panel()
        s_col.addWidget(label("The situation", "H2"))
        self.situation = label("", wrap=True)
        self.persona = label("", "Muted", wrap=True)
        s_col.addWidget(self.situation)
        s_col.addWidget(self.persona)
        left.addWidget(situation)

        facts, self.facts_col = panel()
        left.addWidget(facts)
        objectives, self.objectives_col = panel()
        left.addWidget(objectives)
        left.addStretch(1)

        plan, p_col = panel()
        p_col.addWidget(label("Your plan", "H2"))
        p_col.addWidget(label("A few words each. It is saved with the session and compared "
                              "with what happened in the review.", "Small", wrap=True))
        p_col.addWidget(label("My key message", "H3"))
        self.key_message = _plan_box("e.g. The dates you commit to need to hold, and I want "
                                     "to understand what is getting in the way.")
        p_col.addWidget(self.key_message)
        p_col.addWidget(label("The questions I will ask", "H3"))
        self.questions = _plan_box("One per line, e.g. What has been getting in the way?", 76)
        p_col.addWidget(self.questions)
        p_col.addWidget(label("The outcome I want", "H3"))
        self.outcome = _plan_box("e.g. A new date for the fix and a check-in next week.")
        p_col.addWidget(self.outcome)
        right.addWidget(plan)

        setup, m_col = panel()
        m_col.addWidget(label("How to run it", "H2"))
        self.practice = QRadioButton("Practice: gentle live nudges and the report's mood")
        self.assessment = QRadioButton("Assessment: no nudges, scored as a real conversation")
        self.practice.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.practice)
        self.modes.addButton(self.assessment)
        m_col.addWidget(self.practice)
        m_col.addWidget(self.assessment)
        self.voice = label("", "Small", wrap=True)
        self.speech = label("", "Small", wrap=True)
        m_col.addWidget(self.voice)
        m_col.addWidget(self.speech)
        self.start = QPushButton("Start the conversation")
        self.start.setObjectName("Primary")
        self.start.setMinimumHeight(40)
        self.start.clicked.connect(self._start)
        m_col.addWidget(self.start)
        right.addWidget(setup)
        right.addStretch(1)
        rubric, self.rubric_col = panel()  # full width: five levels read better wide
        c.addWidget(rubric)

    def set_scenario(self, scenario: Scenario, rubric: list[RubricRow] | None = None) -> None:
        """``rubric``: the scorer's rubric as rows; None while scoring is still loading."""
        self.scenario = scenario
        p = scenario.persona
        self.eyebrow.setText(f"BRIEF · {scenario.difficulty.value.upper()}")
        self.title.setText(scenario.title)
        self.situation.setText(scenario.opening.situation)
        self.persona.setText(f"You are meeting {p.name}, {p.role.lower()}, {p.tenure}.")
        for col in (self.facts_col, self.objectives_col, self.rubric_col):
            clear_layout(col)
        self.facts_col.addWidget(label("Facts you can cite", "H2"))
        for fact in scenario.facts:
            row = QVBoxLayout()
            row.setSpacing(2)
            row.setContentsMargins(0, 2, 0, 6)
            row.addWidget(label(fact.date.strftime("%a %d %b %Y"), "Eyebrow"))
            row.addWidget(label(fact.observation, wrap=True))
            if fact.impact:
                row.addWidget(label(f"Impact: {fact.impact}", "Muted", wrap=True))
            self.facts_col.addLayout(row)
        self.objectives_col.addWidget(label("Your objectives", "H2"))
        for i, objective in enumerate(scenario.objectives, 1):
            self.objectives_col.addWidget(label(f"{i}.  {objective}", wrap=True))
        self.rubric_col.addWidget(label("How you will be scored", "H2"))
        self.rubric_col.addWidget(label("Each competency is scored 1 to 5 from what you say; "
                                        "this is what earns each level.", "Small", wrap=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        if not rubric:
            self.rubric_col.addWidget(label("The rubric appears here once scoring has loaded.",
                                            "Muted", wrap=True))
        for i, row_ in enumerate(rubric or []):
            grid.addWidget(label(row_.label, "H3", wrap=True), i, 0, Qt.AlignmentFlag.AlignTop)
            levels = QVBoxLayout()
            levels.setSpacing(3)
            for level in row_.levels:
                tone = "good" if level.score >= 4 else "bad" if level.score <= 2 else "neutral"
                line = QHBoxLayout()
                line.setSpacing(8)
                line.addWidget(pill(str(level.score), tone), 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(label(level.text, wrap=True), 1)
                levels.addLayout(line)
            holder = QWidget()
            holder.setLayout(levels)
            grid.addWidget(holder, i, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 170)
        self.rubric_col.addLayout(grid)
        self.key_message.clear()
        self.questions.clear()
        self.outcome.clear()
        self.practice.setChecked(True)

    def set_status(self, voice: str, speech: str) -> None:
        self.voice.setText(f"The report is played by: {voice}")
        self.speech.setText(speech)

    @property
    def mode(self) -> Mode:
        return Mode.ASSESSMENT if self.assessment.isChecked() else Mode.PRACTICE

    def plan(self) -> Plan:
        return Plan(key_message=self.key_message.toPlainText().strip(),
                    questions=self.questions.toPlainText().strip(),
                    outcome=self.outcome.toPlainText().strip())

    def fill_plan(self, plan: Plan) -> None:
        self.key_message.setPlainText(plan.key_message)
        self.questions.setPlainText(plan.questions)
        self.outcome.setPlainText(plan.outcome)

    def _start(self) -> None:
        if self.scenario is not None:
            self.start_requested.emit(self.scenario, self.mode, self.plan())
