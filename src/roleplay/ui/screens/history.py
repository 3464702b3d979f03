"""History: the manager's sessions, competency trends over time, and retrying a scenario."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout

from roleplay.domain.scores import COMPETENCY_LABELS, Competency, SessionScore
from roleplay.ports.store import SessionSummary
from roleplay.ui.widgets.charts import TrendChart
from roleplay.ui.widgets.common import ScrollPage, clear_layout, hbox, label, panel, pill

Row = tuple[SessionSummary, SessionScore | None]


class HistoryScreen(ScrollPage):
    open_review = Signal(str)
    retry = Signal(str)  # scenario id
    recap = Signal(str)  # session id: "After the real 1:1…"

    def __init__(self) -> None:
        super().__init__()
        c = self.column
        c.addWidget(label("HISTORY", "Eyebrow"))
        c.addWidget(label("Your rehearsals", "H1"))
        trend, t_col = panel()
        t_col.addWidget(label("Competency trends", "H2"))
        t_col.addWidget(label("Each scored session, oldest on the left (1 to 5).", "Small"))
        self.trend = TrendChart()
        t_col.addWidget(self.trend)
        c.addWidget(trend)
        c.addWidget(label("Sessions", "H2"))
        self.list_panel, self.list_col = panel(spacing=0)
        c.addWidget(self.list_panel)
        c.addStretch(1)
        self.rows: list[Row] = []
        self.set_rows([])

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Rows newest first, as the store lists them."""
        self.rows = list(rows)
        scored = [(s, sc) for s, sc in reversed(self.rows) if sc is not None]
        self.trend.set_data(
            [s.started_at.astimezone().strftime("%d %b %H:%M") for s, _ in scored],
            [(COMPETENCY_LABELS[c], [self._value(sc, c) for _, sc in scored])
             for c in Competency])
        clear_layout(self.list_col)
        if not self.rows:
            self.list_col.addWidget(label("No sessions yet. Pick a scenario to start your "
                                          "first rehearsal.", "Muted", wrap=True))
            return
        for i, (summary, score) in enumerate(self.rows):
            if i:
                line = label("")
                line.setFixedHeight(1)
                line.setStyleSheet("background: #e8ecef;")
                self.list_col.addWidget(line)
            when = summary.started_at.astimezone().strftime("%a %d %b %Y, %H:%M")
            title = summary.scenario_title + (" · retry" if summary.parent_id else "")
            status = (pill(f"{score.overall} / 100", "good" if score.overall >= 70 else
                           "neutral" if score.overall >= 45 else "bad") if score is not None
                      else pill("In progress" if summary.status.value == "active"
                                else "Not scored", "neutral"))
            review = QPushButton("Review")
            review.setEnabled(score is not None or summary.turn_count > 1)
            review.clicked.connect(lambda _c=False, i=summary.id: self.open_review.emit(i))
            again = QPushButton("Retry")
            again.setToolTip("Rehearse this scenario again from the start")
            again.clicked.connect(
                lambda _c=False, s=summary.scenario_id: self.retry.emit(s))
            recap = QPushButton("Recap the real 1:1")
            recap.setObjectName("Link")
            recap.setToolTip("Note what you agreed in the real meeting; it becomes a "
                             "follow-up rehearsal")
            recap.clicked.connect(lambda _c=False, i=summary.id: self.recap.emit(i))
            text = QVBoxLayout()
            text.setSpacing(2)
            text.addWidget(label(title, "H3", wrap=True))
            text.addWidget(label(f"{when} · {summary.turn_count} turns", "Small"))
            row = hbox(spacing=12)
            row.addLayout(text, 1)
            row.addWidget(status)
            row.addWidget(recap)
            row.addWidget(review)
            row.addWidget(again)
            row.setContentsMargins(0, 10, 0, 10)
            self.list_col.addLayout(row)

    @staticmethod
    def _value(score: SessionScore, which: Competency) -> float | None:
        c = score.competency(which)
        return None if c is None or c.score is None else float(c.score)
