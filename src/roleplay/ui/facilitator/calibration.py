"""Facilitator-vs-scorer agreement per competency (exact, within one level, weighted kappa)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.calibration import CalibrationReport, describe_kappa
from roleplay.domain.scores import COMPETENCY_LABELS
from roleplay.ui import theme

COLUMNS = ("Competency", "Pairs", "Overridden", "Exact", "Within one", "Kappa", "")


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{v:.0%}"


class CalibrationView(QWidget):
    def __init__(self, report: CalibrationReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Calibration by competency")
        self.note = QLabel(
            "Your level is your override where you made one, otherwise the scorer's level you "
            "accepted when you finished the review. Kappa corrects agreement for chance "
            "(1 = perfect, 0 = chance).")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {theme.MUTED.name()}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.set_report(report)

    def set_report(self, report: CalibrationReport) -> None:
        self.report = report
        self.intro.setText(
            f"<b>Agreement with the scorer</b> over {report.reviewed_sessions} reviewed "
            f"sessions · Cohen's weighted kappa ({report.overall.weights} weights)")
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
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
