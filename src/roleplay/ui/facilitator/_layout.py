"""Shared layout pieces for the facilitator widgets: tables as tall as their rows, a scrolling
column, and a panel with a heading (the app's own panel style)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from roleplay.ui.widgets.common import label, panel

ROW_HEIGHT = 32


def quiet_table(table: QTableWidget, name: str) -> QTableWidget:
    """Read-only rows, no row numbers, no cell focus frame."""
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.setAccessibleName(name)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                 | Qt.AlignmentFlag.AlignVCenter)
    table.horizontalHeader().setHighlightSections(False)
    return table


class FitTable(QTableWidget):
    """A table exactly as tall as its rows (up to ``max_rows``; then it scrolls), so a page
    of tables scrolls as one."""

    def __init__(self, rows: int, columns: int, max_rows: int = 12) -> None:
        super().__init__(rows, columns)
        self.max_rows = max_rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fitted_height(self) -> int:
        rows = min(self.rowCount(), self.max_rows)
        header = self.horizontalHeader()
        height = header.sizeHint().height() if not header.isHidden() else 0
        height += sum(self.rowHeight(r) for r in range(rows)) if rows else ROW_HEIGHT
        return height + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fitted_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.fitted_height())

    def refit(self) -> None:
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if self.rowCount() > self.max_rows
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.updateGeometry()


def fit_rows(table: QTableWidget, max_rows: int = 12) -> None:
    if isinstance(table, FitTable):
        table.max_rows = max_rows
        table.refit()


def stretch_first(table: QTableWidget, stretch: int = 0) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def titled_panel(title: str, hint: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame, col = panel(spacing=10)
    col.addWidget(label(title, "H2"))
    if hint:
        col.addWidget(label(hint, "Small", wrap=True))
    return frame, col


def scrolling(content: QWidget) -> QScrollArea:
    """A borderless vertical scroll area around ``content`` (which keeps the page colour)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content.setObjectName("Page")
    area.setWidget(content)
    return area


def align_headers(table: QTableWidget, alignment: Qt.AlignmentFlag, *columns: int) -> None:
    """Header text aligned like the column's cells (numbers right, levels centred)."""
    for c in columns:
        item = table.horizontalHeaderItem(c)
        if item is not None:
            item.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
