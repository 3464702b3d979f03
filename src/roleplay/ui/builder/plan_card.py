"""The practice-plan card for the home screen: the next rehearsal, one prompt to try, and a
compact per-competency profile (recent score as a bar, the baseline as a tick)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from roleplay.coaching.plan import CompetencyProfile, PracticePlan
from roleplay.ui.builder._form import STYLE
from roleplay.ui.theme import GRID, INK, MUTED, score_colour
from roleplay.ui.widgets.common import clear_layout, hbox, label, pill

TRENDS = {"new": "baseline forming", "improving": "improving", "steady": "steady",
          "slipping": "slipping", "not_observed": "not yet shown"}
ARROWS = {"improving": "↑", "slipping": "↓", "steady": "→"}


class ScoreBar(QWidget):
    """Recent score (1-5) as a filled bar; the baseline as a small dark tick."""

    def __init__(self, recent: float | None, baseline: float | None) -> None:
        super().__init__()
        self.recent, self.baseline = recent, baseline
        self.setMinimumWidth(120)
        self.setFixedHeight(14)
        tip = "not observed yet" if recent is None else f"recent {recent:.1f} of 5"
        if baseline is not None:
            tip += f", baseline {baseline:.1f}"
        self.setToolTip(tip)
        self.setAccessibleName(tip)

    def sizeHint(self) -> QSize:
        return QSize(160, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        track = QRectF(0, h / 2 - 4, w, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(GRID)
        painter.drawRoundedRect(track, 4, 4)
        if self.recent is not None:
            fill = QRectF(0, track.top(), w * self.recent / 5, 8)
            painter.setBrush(score_colour(self.recent))
            painter.drawRoundedRect(fill, 4, 4)
        if self.baseline is not None:
            x = w * self.baseline / 5
            painter.setPen(QPen(QColor(INK), 2))
            painter.drawLine(int(x), 0, int(x), int(h))
        painter.end()


class PracticePlanCard(QFrame):
    practise_requested = Signal(str)  # scenario id
    build_requested = Signal()

    def __init__(self, plan: PracticePlan | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.setStyleSheet(STYLE)
        self.plan: PracticePlan | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(22, 18, 22, 20)
        col.setSpacing(10)
        self.headline = label("", "Small", wrap=True)
        col.addLayout(hbox(label("YOUR PRACTICE PLAN", "Eyebrow"), stretch_at=1))
        self.focus = label("", "H2", wrap=True)
        col.addWidget(self.focus)
        self.reason = label("", "Muted", wrap=True)
        col.addWidget(self.reason)

        self.prompt_frame = QFrame()
        self.prompt_frame.setObjectName("Prompt")
        p_col = QVBoxLayout(self.prompt_frame)
        p_col.setContentsMargins(16, 12, 16, 12)
        p_col.setSpacing(4)
        p_col.addWidget(label("TRY THIS PROMPT", "Eyebrow"))
        self.prompt = label("", "PromptText", wrap=True, selectable=True)
        p_col.addWidget(self.prompt)
        self.prompt_why = label("", "Small", wrap=True)
        p_col.addWidget(self.prompt_why)
        col.addWidget(self.prompt_frame)

        self.pills = hbox(spacing=6)
        self.scenario_label = label("", "H3", wrap=True)
        self.practise = QPushButton("Rehearse it  →")
        self.practise.setObjectName("Primary")
        self.practise.clicked.connect(self._practise)
        self.build_own = QPushButton("Build your own situation")
        self.build_own.clicked.connect(self.build_requested)
        row = hbox(spacing=10)
        row.addLayout(self.pills)
        row.addWidget(self.scenario_label, 1)
        col.addLayout(row)
        col.addLayout(hbox(self.build_own, self.practise, stretch_at=0))

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet(f"color: {GRID.name()};")
        col.addWidget(rule)
        col.addWidget(label("Your skills", "H3"))
        col.addWidget(self.headline)
        self.profile = QGridLayout()
        self.profile.setHorizontalSpacing(14)
        self.profile.setVerticalSpacing(6)
        col.addLayout(self.profile)
        if plan is not None:
            self.set_plan(plan)

    def set_plan(self, plan: PracticePlan) -> None:
        self.plan = plan
        rec = plan.recommendation
        self.focus.setText(f"Next: {rec.focus.lower()}" if rec.competency else
                           "Next: set your baseline")
        self.reason.setText(rec.reason)
        self.prompt.setText(f"“{rec.prompt}”")
        self.prompt_why.setText(rec.prompt_why)
        self.headline.setText(plan.headline)

        clear_layout(self.pills)
        self.pills.addWidget(pill(rec.difficulty.value.capitalize(), rec.difficulty.value))
        # the same words as the scenario cards in the library
        self.pills.addWidget(pill(rec.type.value.replace("_", " ").capitalize(), "neutral"))
        if rec.follow_up:
            self.pills.addWidget(pill("Follow-up", "info"))
        self.scenario_label.setText(rec.scenario_title or "No scenario of this kind yet")
        self.practise.setVisible(rec.scenario_id is not None)

        clear_layout(self.profile)
        for row, p in enumerate(plan.profile):
            self._profile_row(row, p)

    def _profile_row(self, row: int, p: CompetencyProfile) -> None:
        name = label(p.label)
        bar = ScoreBar(p.recent, p.baseline)
        numbers = "–" if p.recent is None else (
            f"{p.recent:.1f}" if p.baseline is None or p.direction == "new"
            else f"{p.baseline:.1f} → {p.recent:.1f}")
        value = label(numbers)
        trend = label(f"{ARROWS.get(p.direction, '')} {TRENDS[p.direction]}".strip(), "Small")
        if p.direction == "improving":
            trend.setStyleSheet("color: #2e6b45;")
        elif p.direction == "slipping":
            trend.setStyleSheet("color: #9a3b2c;")
        else:
            trend.setStyleSheet(f"color: {MUTED.name()};")
        self.profile.addWidget(name, row, 0)
        self.profile.addWidget(bar, row, 1)
        self.profile.addWidget(value, row, 2)
        self.profile.addWidget(trend, row, 3)
        self.profile.setColumnStretch(1, 1)

    def _practise(self) -> None:
        if self.plan is not None and self.plan.recommendation.scenario_id:
            self.practise_requested.emit(self.plan.recommendation.scenario_id)
