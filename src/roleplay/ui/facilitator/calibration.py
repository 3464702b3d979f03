"""Facilitator-vs-scorer agreement per competency (exact, within one level, weighted kappa)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from roleplay.domain.calibration import CalibrationReport, describe_kappa
from roleplay.domain.cohorts import counted
from roleplay.domain.scores import COMPETENCY_LABELS
from roleplay.ui import theme
from roleplay.ui.facilitator._layout import (
    FitTable,
    align_headers,
    fit_rows,
    quiet_table,
    scrolling,
    stretch_first,
)
from roleplay.ui.widgets.common import label, panel

COLUMNS = ("Competency", "Pairs", "Overridden", "Exact", "Within one", "Kappa", "")


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{v:.0%}"


class CalibrationView(QWidget):
    def __init__(self, report: CalibrationReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = label("", "Muted", wrap=True)
        self.table = quiet_table(FitTable(0, len(COLUMNS)), "Calibration by competency")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        align_headers(self.table, Qt.AlignmentFlag.AlignRight, 1, 2, 3, 4, 5)
        self.note = label(
            "Your level is your override where you made one, otherwise the scorer's level you "
            "accepted when you finished the review. Kappa corrects agreement for chance "
            "(1 = perfect, 0 = chance).", "Small", wrap=True)
        box, col = panel(spacing=10)
        col.addWidget(label("Agreement with the scorer", "H2"))
        col.addWidget(self.intro)
        col.addWidget(self.table)
        col.addWidget(self.note)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 4, 8, 8)
        layout.addWidget(box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(column))
        self.set_report(report)

    def set_report(self, report: CalibrationReport) -> None:
        self.report = report
        self.intro.setText(
            f"Over {counted(report.reviewed_sessions, 'reviewed session')} · Cohen's weighted "
            f"kappa ({report.overall.weights} weights)")
        rows = (*report.per_competency, report.overall)
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            name = COMPETENCY_LABELS[a.competency] if a.competency else "All competencies"
            kappa = "–" if a.kappa is None else f"{a.kappa:.2f}"
            values = (name, str(a.n), str(a.overridden), _pct(a.exact), _pct(a.within_one),
                      kappa, describe_kappa(a.kappa))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c in (1, 2, 3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if a.competency is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if c == 5 and a.kappa is not None:
                    item.setForeground(theme.GOOD if a.kappa >= 0.6 else theme.WARN
                                       if a.kappa >= 0.4 else theme.BAD)
                self.table.setItem(r, c, item)
        stretch_first(self.table, 0)
        fit_rows(self.table, len(rows))
