"""The cohort dashboard: managers by competency (latest or average), the gap map, practice
cadence, reviews pending with their age, and the selected manager's profile."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.cohorts import format_delay
from roleplay.domain.dashboard import CadenceWeek, CohortDashboard, GapEntry, ManagerRow
from roleplay.domain.scores import COMPETENCY_LABELS, Competency
from roleplay.ui import theme


def _cell_colour(level: float | None) -> QColor:
    if level is None:
        return QColor("#f4f5f7")
    return QColor("#d6eadc") if level >= 3.5 else QColor("#f6e7c8") if level >= 2.25 \
        else QColor("#f1d3cf")


class GapMap(QWidget):
    """Horizontal bars: shortfall below the target level, largest first."""

    def __init__(self, gaps: Sequence[GapEntry] = (), target: int = 4) -> None:
        super().__init__()
        self.gaps, self.target = list(gaps), target
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName("Cohort gap map")

    def set_gaps(self, gaps: Sequence[GapEntry], target: int) -> None:
        self.gaps, self.target = list(gaps), target
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 30 * max(len(self.gaps), 1) + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w, text_w = 170.0, 170.0
        bar_w = max(self.width() - label_w - text_w, 40.0)
        row_h = min(30.0, (self.height() - 6) / max(len(self.gaps), 1))
        for i, g in enumerate(self.gaps):
            y = 4 + i * row_h
            p.setPen(theme.INK)
            p.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter,
                       f"{g.rank}. {COMPETENCY_LABELS[g.competency]}")
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.GRID)
            p.drawRoundedRect(QRectF(label_w, y + row_h * 0.25, bar_w, row_h * 0.5), 3, 3)
            colour = theme.BAD if g.shortfall >= 1 else theme.WARN if g.shortfall > 0.3 \
                else theme.GOOD
            p.setBrush(colour)
            width = bar_w * min(g.shortfall / max(self.target - 1, 1), 1.0)
            p.drawRoundedRect(QRectF(label_w, y + row_h * 0.25, max(width, 2), row_h * 0.5), 3, 3)
            p.setPen(theme.MUTED)
            avg = "–" if g.average is None else f"{g.average:.1f}"
            p.drawText(QRectF(label_w + bar_w + 8, y, text_w, row_h),
                       Qt.AlignmentFlag.AlignVCenter,
                       f"−{g.shortfall:.2f} · avg {avg} · {g.below_target}/{g.observed} under")
        p.end()


class CadenceBars(QWidget):
    """Shared sessions per week."""

    def __init__(self, weeks: Sequence[CadenceWeek] = ()) -> None:
        super().__init__()
        self.weeks = list(weeks)
        self.setMinimumHeight(120)
        self.setAccessibleName("Practice cadence")

    def set_weeks(self, weeks: Sequence[CadenceWeek]) -> None:
        self.weeks = list(weeks)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 140)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.weeks:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max(max(w.total for w in self.weeks), 1)
        slot = self.width() / len(self.weeks)
        base = self.height() - 20.0
        for i, w in enumerate(self.weeks):
            h = (base - 16) * w.total / top
            x = i * slot + slot * 0.2
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.ACCENT)
            p.drawRoundedRect(QRectF(x, base - h, slot * 0.6, h), 2, 2)
            p.setPen(theme.INK)
            p.drawText(QRectF(x - 10, base - h - 16, slot * 0.6 + 20, 14),
                       Qt.AlignmentFlag.AlignCenter, str(w.total))
            p.setPen(theme.MUTED)
            p.drawText(QRectF(i * slot, base + 2, slot, 16), Qt.AlignmentFlag.AlignCenter,
                       f"{w.week:%d %b}")
        p.end()


class CohortDashboardView(QWidget):
    """Emits ``open_session(session_id)`` when a pending review is double-clicked."""

    open_session = Signal(str)

    def __init__(self, dashboard: CohortDashboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.mode = QComboBox()
        self.mode.addItem("Latest level", "latest")
        self.mode.addItem("Average level", "average")
        self.mode.currentIndexChanged.connect(lambda _: self._fill_matrix())
        self.matrix = QTableWidget(0, 3 + len(Competency))
        self.matrix.setHorizontalHeaderLabels(
            ["Manager", "Sessions", "Per week"]
            + [COMPETENCY_LABELS[c].replace(" ", "\n", 1) for c in Competency])
        self.matrix.verticalHeader().setVisible(False)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.setAccessibleName("Managers by competency")
        self.matrix.itemSelectionChanged.connect(self._show_profile)
        self.profile = QLabel("Select a manager to see their profile.")
        self.profile.setWordWrap(True)
        self.profile.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.gap_map = GapMap()
        self.cadence = CadenceBars()
        self.pending = QTableWidget(0, 4)
        self.pending.setHorizontalHeaderLabels(["Manager", "Scenario", "Waiting", ""])
        self.pending.verticalHeader().setVisible(False)
        self.pending.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pending.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pending.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.pending.setAccessibleName("Reviews pending")
        self.pending.cellDoubleClicked.connect(self._open_pending)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.mode)
        matrix_box = QGroupBox("Managers by competency")
        ml = QHBoxLayout(matrix_box)
        ml.addWidget(self.matrix, 3)
        ml.addWidget(self.profile, 1)
        gap_box = QGroupBox("Gap map: where the cohort is weakest")
        QVBoxLayout(gap_box).addWidget(self.gap_map)
        cad_box = QGroupBox("Practice cadence (shared sessions per week)")
        QVBoxLayout(cad_box).addWidget(self.cadence)
        pend_box = QGroupBox("Reviews pending (double-click to review)")
        QVBoxLayout(pend_box).addWidget(self.pending)
        grid = QGridLayout()
        grid.addWidget(gap_box, 0, 0)
        grid.addWidget(cad_box, 0, 1)
        grid.addWidget(pend_box, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(matrix_box, 5)
        layout.addLayout(grid, 4)
        self.set_dashboard(dashboard)

    def set_dashboard(self, dashboard: CohortDashboard) -> None:
        self.dashboard = dashboard
        d = dashboard
        t = d.timeliness
        self.title.setText(f"<h2>{escape(d.cohort_name)}</h2>")
        timely = (f"{t.within_standard} of {t.reviewed} reviews gave feedback within 48 hours"
                  if t.reviewed else "no reviews finished yet")
        self.summary.setText(f"{len(d.managers)} managers · {d.shared_sessions} shared sessions "
                             f"· {len(d.pending)} reviews pending · {timely}. Only sessions the "
                             f"managers chose to share appear here. Target level {d.target}.")
        self._fill_matrix()
        self.gap_map.set_gaps(d.gaps, d.target)
        self.cadence.set_weeks(d.cadence)
        self.pending.setRowCount(len(d.pending))
        for r, p in enumerate(d.pending):
            values = (p.manager_name, p.scenario_title, format_delay(p.age),
                      "overdue" if p.overdue else "within 48 h")
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.session_id)
                if c == 3:
                    item.setForeground(theme.BAD if p.overdue else theme.GOOD)
                self.pending.setItem(r, c, item)

    def _fill_matrix(self) -> None:
        key = self.mode.currentData() or "latest"
        rows: Sequence[ManagerRow] = self.dashboard.managers
        self.matrix.setRowCount(len(rows))
        for r, m in enumerate(rows):
            self.matrix.setItem(r, 0, QTableWidgetItem(m.name))
            self.matrix.setItem(r, 1, QTableWidgetItem(str(m.sessions)))
            self.matrix.setItem(r, 2, QTableWidgetItem(f"{m.sessions_per_week:g}"))
            for c, comp in enumerate(Competency, start=3):
                value = (m.latest if key == "latest" else m.average)[comp]
                text = "–" if value is None else (f"{value}" if isinstance(value, int)
                                                  else f"{value:.1f}")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(_cell_colour(value))
                self.matrix.setItem(r, c, item)

    def _show_profile(self) -> None:
        row = self.matrix.currentRow()
        if not 0 <= row < len(self.dashboard.managers):
            return
        m = self.dashboard.managers[row]
        if not m.sessions:
            self.profile.setText(f"<b>{escape(m.name)}</b><br>No shared sessions yet.")
            return
        trend = "".join(
            f"<br>{COMPETENCY_LABELS[c]}: "
            + " → ".join(str(p.level) for p in m.trend.get(c, ())) for c in Competency)
        strong = COMPETENCY_LABELS[m.strongest] if m.strongest else "–"
        weak = COMPETENCY_LABELS[m.weakest] if m.weakest else "–"
        self.profile.setText(
            f"<b>{escape(m.name)}</b><br>{m.sessions} shared, {m.reviewed} reviewed, last "
            f"{m.last_session_at:%d %b}<br>Strongest: {strong}<br>Focus next: {weak}"
            f"<br><br><i>Levels over time</i>{trend}")

    def _open_pending(self, row: int, _column: int) -> None:
        item = self.pending.item(row, 0)
        if item is not None:
            self.open_session.emit(str(item.data(Qt.ItemDataRole.UserRole)))
