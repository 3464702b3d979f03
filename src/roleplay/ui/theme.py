"""Colours, fonts and the stylesheet from ``assets/``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#2f6f73")
ACCENT_SOFT = QColor("#bcd7d9")
INK = QColor("#1f2933")
MUTED = QColor("#5b6876")
GRID = QColor("#e1e5ea")
GOOD = QColor("#3c8d5a")
WARN = QColor("#b7791f")
BAD = QColor("#b5473a")
SURFACE = QColor("#ffffff")
SERIES = [QColor("#2f6f73"), QColor("#b7791f"), QColor("#5a6fb0"), QColor("#a05a8a")]
MOOD_COLOURS = {
    "hostile": QColor("#b5473a"), "defensive": QColor("#c98a3a"), "guarded": QColor("#8593a1"),
    "warming": QColor("#4f9a8c"), "collaborative": QColor("#3c8d5a"),
}


def assets_dir() -> Path:
    from roleplay.app.services import shipped_dir

    return shipped_dir("assets")


def icon(name: str) -> QIcon:
    path = assets_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def apply_theme(app: QApplication) -> None:
    font = QFont()
    font.setFamilies(["Inter", "Segoe UI", "Cantarell", "Noto Sans", "DejaVu Sans"])
    font.setPointSizeF(10.5)
    app.setFont(font)
    qss = assets_dir() / "style.qss"
    if qss.exists():
        # url(icons/...) in the stylesheet is relative to assets/, wherever that is installed
        icons = (assets_dir() / "icons").as_posix()
        app.setStyleSheet(qss.read_text(encoding="utf-8").replace("url(icons/", f"url({icons}/"))
    app.setWindowIcon(icon("app"))


def score_colour(score: float | None, top: float = 5.0) -> QColor:
    if score is None:
        return MUTED
    ratio = score / top
    return GOOD if ratio >= 0.7 else WARN if ratio >= 0.45 else BAD
