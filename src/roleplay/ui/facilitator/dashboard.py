"""The cohort dashboard: managers by competency (latest or average), the gap map, practice
cadence, reviews pending with their age, and the selected manager's profile."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.cohorts import counted, format_delay
from roleplay.domain.dashboard import CadenceWeek, CohortDashboard, GapEntry, ManagerRow
from roleplay.domain.scores import COMPETENCY_LABELS, Competency
from roleplay.ui import theme
from roleplay.ui.facilitator._layout import (
    FitTable,
    align_headers,
    fit_rows,
    quiet_table,
    scrolling,
    stretch_first,
    titled_panel,
)
from roleplay.ui.widgets.common import hbox, label, panel


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
        return QSize(460, 30 * max(len(self.gaps), 1) + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        names = [f"{g.rank}. {COMPETENCY_LABELS[g.competency]}" for g in self.gaps]
        notes = [self._note(g) for g in self.gaps]
        label_w = max((metrics.horizontalAdvance(n) for n in names), default=0) + 14.0
        text_w = max((metrics.horizontalAdvance(n) for n in notes), default=0) + 12.0
        bar_w = max(self.width() - label_w - text_w, 40.0)
        row_h = min(30.0, (self.height() - 6) / max(len(self.gaps), 1))
        for i, g in enumerate(self.gaps):
            y = 4 + i * row_h
            p.setPen(theme.INK)
            p.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter,
                       names[i])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.GRID)
            p.drawRoundedRect(QRectF(label_w, y + row_h * 0.25, bar_w, row_h * 0.5), 3, 3)
            colour = theme.BAD if g.shortfall >= 1 else theme.WARN if g.shortfall > 0.3 \
                else theme.GOOD
            p.setBrush(colour)
            width = bar_w * min(g.shortfall / max(self.target - 1, 1), 1.0)
            p.drawRoundedRect(QRectF(label_w, y + row_h * 0.25, max(width, 2), row_h * 0.5), 3, 3)
            p.setPen(theme.MUTED)
            p.drawText(QRectF(label_w + bar_w + 10, y, text_w, row_h),
                       Qt.AlignmentFlag.AlignVCenter, notes[i])
        p.end()

    @staticmethod
    def _note(g: GapEntry) -> str:
        avg = "–" if g.average is None else f"{g.average:.1f}"
        return f"avg {avg} · {g.below_target} of {g.observed} under target"


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


class _KeepLevelColours(QStyledItemDelegate):
    """The selected manager's row keeps its level colours, marked by lines above and below."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state = plain.state & ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        if selected:
            rect = option.rect
            painter.save()
            painter.setPen(QPen(theme.ACCENT, 2))
            painter.drawLine(rect.left(), rect.top() + 1, rect.right(), rect.top() + 1)
            painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
            painter.restore()


class CohortDashboardView(QWidget):
    """Emits ``open_session(session_id)`` when a pending review is double-clicked."""

    open_session = Signal(str)

    def __init__(self, dashboard: CohortDashboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("", "H2")
        self.summary = label("", "Muted", wrap=True)
        self.mode = QComboBox()
        self.mode.addItem("Latest level", "latest")
        self.mode.addItem("Average level", "average")
        self.mode.setAccessibleName("Show each manager's")
        self.mode.currentIndexChanged.connect(lambda _: self._fill_matrix())
        self.matrix = quiet_table(FitTable(0, 3 + len(Competency)),
                                  "Managers by competency")
        self.matrix.setHorizontalHeaderLabels(
            ["Manager", "Sessions", "Per week"]
            + [COMPETENCY_LABELS[c].replace(" ", "\n", 1) for c in Competency])
        align_headers(self.matrix, Qt.AlignmentFlag.AlignRight, 1, 2)
        align_headers(self.matrix, Qt.AlignmentFlag.AlignHCenter, 3, 4, 5, 6)
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.setItemDelegate(_KeepLevelColours(self.matrix))
        self.matrix.itemSelectionChanged.connect(self._show_profile)
        self.profile = QLabel("Select a manager to see their profile.")
        self.profile.setObjectName("Muted")
        self.profile.setWordWrap(True)
        self.profile.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.profile.setFixedWidth(290)
        self.gap_map = GapMap()
        self.cadence = CadenceBars()
        self.pending = quiet_table(FitTable(0, 4), "Reviews pending")
        self.pending.setHorizontalHeaderLabels(["Manager", "Scenario", "Waiting", ""])
        stretch_first(self.pending, 1)
        self.pending.cellDoubleClicked.connect(self._open_pending)

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 4, 8, 8)
        layout.setSpacing(16)
        self.head = QWidget()  # the title; a page that names the cohort itself hides it
        head = QVBoxLayout(self.head)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        layout.addWidget(self.head)
        layout.addWidget(self.summary)
        matrix_box, m_col = panel(spacing=10)
        m_col.addLayout(hbox(label("Managers by competency", "H2"), label("Show", "Small"),
                             self.mode, stretch_at=1))
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addWidget(self.matrix, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.profile, 0)
        m_col.addLayout(row)
        layout.addWidget(matrix_box)
        gap_box, g_col = titled_panel("Gap map", "Where the cohort is weakest: how far the "
                                      "managers' latest levels fall below the target.")
        g_col.addWidget(self.gap_map)
        cad_box, c_col = titled_panel("Practice cadence", "Shared sessions per week.")
        c_col.addWidget(self.cadence)
        pair = QHBoxLayout()
        pair.setSpacing(16)
        pair.addWidget(gap_box, 3)
        pair.addWidget(cad_box, 2)
        layout.addLayout(pair)
        pend_box, p_col = titled_panel("Reviews pending", "Double-click a row to review it.")
        p_col.addWidget(self.pending)
        layout.addWidget(pend_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(column))
        self.set_dashboard(dashboard)

    def set_dashboard(self, dashboard: CohortDashboard) -> None:
        self.dashboard = dashboard
        d = dashboard
        t = d.timeliness
        self.title.setText(d.cohort_name)
        timely = (f"{t.within_standard} of {counted(t.reviewed, 'review')} gave feedback "
                  "within 48 hours"
                  if t.reviewed else "no reviews finished yet")
        self.summary.setText(f"{counted(len(d.managers), 'manager')} · "
                             f"{counted(d.shared_sessions, 'shared session')} "
                             f"· {counted(len(d.pending), 'review')} pending · {timely}. "
                             f"Target level {d.target}.")
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
        fit_rows(self.pending, 8)

    def _fill_matrix(self) -> None:
        key = self.mode.currentData() or "latest"
        rows: Sequence[ManagerRow] = self.dashboard.managers
        self.matrix.setRowCount(len(rows))
        for r, m in enumerate(rows):
            self.matrix.setItem(r, 0, QTableWidgetItem(m.name))
            for c, text in ((1, str(m.sessions)), (2, f"{m.sessions_per_week:.1f}")):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.matrix.setItem(r, c, item)
            for c, comp in enumerate(Competency, start=3):
                value = (m.latest if key == "latest" else m.average)[comp]
                text = "–" if value is None else (f"{value}" if isinstance(value, int)
                                                  else f"{value:.1f}")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(_cell_colour(value))
                self.matrix.setItem(r, c, item)
        fit_rows(self.matrix, 12)

    def _show_profile(self) -> None:
        row = self.matrix.currentRow()
        if not 0 <= row < len(self.dashboard.managers):
            return
        m = self.dashboard.managers[row]
        if not m.sessions:
            self.profile.setText(f"<b style='color:#16212c'>{escape(m.name)}</b><br>No shared "
                                 "sessions yet.")
            return
        trend = "".join(
            f"<br>{COMPETENCY_LABELS[c]}: "
            + " → ".join(str(p.level) for p in m.trend.get(c, ())) for c in Competency)
        strong = COMPETENCY_LABELS[m.strongest] if m.strongest else "–"
        weak = COMPETENCY_LABELS[m.weakest] if m.weakest else "–"
        self.profile.setText(
            f"<b style='color:#16212c'>{escape(m.name)}</b><br>{m.sessions} shared, "
            f"{m.reviewed} reviewed, last "
            f"{m.last_session_at:%d %b}<br>Strongest: {strong}<br>Focus next: {weak}"
            f"<br><br><i>Levels over time</i>{trend}")

    def _open_pending(self, row: int, _column: int) -> None:
        item = self.pending.item(row, 0)
        if item is not None:
            self.open_session.emit(str(item.data(Qt.ItemDataRole.UserRole)))
