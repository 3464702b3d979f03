"""Colours, fonts and the stylesheet from ``assets/``. The app is light whatever the system's
palette: a complete light palette and the light colour scheme are set on the application, so
dialogs, menus, tooltips and message boxes the stylesheet does not reach stay readable under
a dark system theme."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
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


# Every palette role, per group: (active and inactive, disabled).
_LIGHT = {
    QPalette.ColorRole.Window: ("#f5f6f8", "#f1f3f5"),
    QPalette.ColorRole.WindowText: ("#1f2933", "#8a96a3"),
    QPalette.ColorRole.Base: ("#ffffff", "#f1f3f5"),
    QPalette.ColorRole.AlternateBase: ("#f8fafb", "#f1f3f5"),
    QPalette.ColorRole.ToolTipBase: ("#1f2d3a", "#1f2d3a"),
    QPalette.ColorRole.ToolTipText: ("#ffffff", "#c9d3dd"),
    QPalette.ColorRole.PlaceholderText: ("#6b7785", "#9aa5b1"),
    QPalette.ColorRole.Text: ("#1f2933", "#8a96a3"),
    QPalette.ColorRole.Button: ("#ffffff", "#f1f3f5"),
    QPalette.ColorRole.ButtonText: ("#1f2933", "#8a96a3"),
    QPalette.ColorRole.BrightText: ("#ffffff", "#ffffff"),
    QPalette.ColorRole.Light: ("#ffffff", "#ffffff"),
    QPalette.ColorRole.Midlight: ("#eef1f4", "#eef1f4"),
    QPalette.ColorRole.Mid: ("#c9d1d9", "#c9d1d9"),
    QPalette.ColorRole.Dark: ("#8fa3b5", "#a9b6c2"),
    QPalette.ColorRole.Shadow: ("#5b6876", "#8a96a3"),
    QPalette.ColorRole.Highlight: ("#2f6f73", "#bcc6cf"),
    QPalette.ColorRole.HighlightedText: ("#ffffff", "#ffffff"),
    QPalette.ColorRole.Link: ("#245a5e", "#8a96a3"),
    QPalette.ColorRole.LinkVisited: ("#5a4f8a", "#8a96a3"),
    QPalette.ColorRole.Accent: ("#2f6f73", "#9fbcbe"),
}


def light_palette() -> QPalette:
    palette = QPalette()
    for role, (normal, disabled) in _LIGHT.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def ui_font_families(platform: str = sys.platform, system: str = "") -> list[str]:
    """The platform's own UI font first: San Francisco on macOS (".AppleSystemUIFont" is how
    Qt names it), Segoe UI on Windows, the desktop's configured font elsewhere."""
    if platform == "darwin":
        return [".AppleSystemUIFont", "SF Pro Text", "Helvetica Neue"]
    if platform in ("win32", "cygwin"):
        return ["Segoe UI", "Segoe UI Variable Text", "Tahoma"]
    fallbacks = ["Noto Sans", "Cantarell", "Ubuntu", "DejaVu Sans"]
    return [system, *[f for f in fallbacks if f != system]] if system else fallbacks


def point_scale(platform: str = sys.platform) -> float:
    """macOS counts 72 points per inch where Windows and Linux count 96: the stylesheet's
    sizes are written for 96, so on macOS they grow by 4/3 to look the same."""
    return 96 / 72 if platform == "darwin" else 1.0


def stylesheet(text: str, icons: Path, scale: float = 1.0) -> str:
    """The stylesheet with its icon urls pointing at the installed icons and its point sizes
    scaled for the platform."""
    text = text.replace("url(icons/", f"url({icons.as_posix()}/")
    if scale == 1.0:
        return text
    return re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{float(m[1]) * scale:.1f}pt", text)


def apply_theme(app: QApplication) -> None:
    # Light whatever the system says: native dialogs (macOS, Windows) follow the scheme, Qt's
    # own widgets the palette; the stylesheet styles the rest.
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(light_palette())
    font = QFont()
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    font.setFamilies(ui_font_families(sys.platform, system))
    font.setPointSizeF(10.5 * point_scale())
    app.setFont(font)
    qss = assets_dir() / "style.qss"
    if qss.exists():
        # url(icons/...) in the stylesheet is relative to assets/, wherever that is installed
        app.setStyleSheet(stylesheet(qss.read_text(encoding="utf-8"), assets_dir() / "icons",
                                     point_scale()))
    app.setWindowIcon(icon("app"))


def score_colour(score: float | None, top: float = 5.0) -> QColor:
    if score is None:
        return MUTED
    ratio = score / top
    return GOOD if ratio >= 0.7 else WARN if ratio >= 0.45 else BAD
