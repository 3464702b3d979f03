"""Desktop conventions with real widgets offscreen: the window keeps its size and place in the
data folder and fits the screen the first time, shortcuts are the platform's (and never Ctrl+H
or Ctrl+M, which macOS turns into Hide and Minimise), and the app stays light and readable
under a dark system palette."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from tests.ui.helpers import start_conversation

from roleplay.app.config import AppConfig
from roleplay.ui import theme
from roleplay.ui.shortcuts import HANDS_FREE, MUTE
from roleplay.ui.window import MainWindow
from roleplay.ui.window_state import WINDOW_FILE, first_geometry, fitted_size

DARK = {QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#121212", QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134", QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.ToolTipBase: "#e8eaed", QPalette.ColorRole.ToolTipText: "#202124"}


def dark_system_palette(app: QApplication) -> None:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def lum(c: QColor) -> float:
        parts = [v / 255 for v in (c.red(), c.green(), c.blue())]
        lin = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_window_size_and_place_come_back_from_the_data_folder(qtbot, config: AppConfig) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(config)
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(QRect(12, 30, 768, 700))  # the offscreen screen is 800x800
    window.close()
    assert (config.data_dir / WINDOW_FILE).is_file()
    again = MainWindow(config)
    qtbot.addWidget(again)
    assert again.size() == QSize(768, 700)
    assert again.geometry().topLeft() == QPoint(12, 30)


def test_first_start_fits_the_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(AppConfig(data_dir=tmp_path / "fresh"))
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    assert window.height() <= available.height() - 56
    assert window.minimumHeight() <= window.height()


def test_fitted_sizes_for_common_screens() -> None:
    # 1080p at 150% scaling is 1280x720 logical; a 1080p monitor at 100% takes the full size
    laptop = fitted_size(QRect(0, 0, 1280, 720))
    assert laptop.height() <= 720 - 56 and laptop.width() <= 1280
    assert fitted_size(QRect(0, 0, 1920, 1040)) == QSize(1280, 820)
    rect = first_geometry(QRect(1920, 0, 1920, 1040))  # a second monitor to the right
    assert QRect(1920, 0, 1920, 1040).contains(rect) and rect.size() == QSize(1280, 820)


PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from roleplay.app.config import AppConfig
from roleplay.ui.window import MainWindow
app = QApplication([])
window = MainWindow(AppConfig(data_dir=Path(sys.argv[1])))
if len(sys.argv) > 2:
    window.resize(1500, 1000)  # as if left that big on a larger monitor
window.show()
app.processEvents()
frame, avail = window.frameGeometry(), window.screen().availableGeometry()
print(json.dumps({"frame": frame.getRect(), "available": avail.getRect(),
                  "dpr": window.screen().devicePixelRatio()}))
window.close()
"""


def test_1080p_at_150_percent_gets_a_window_no_taller_than_the_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_SCALE_FACTOR": "1.5"}
    frames = []
    for extra in ([], ["big"], []):  # first start; left too big (saved so); started again
        result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "d"), *extra],
                                capture_output=True, text=True, timeout=120, env=env)
        assert result.returncode == 0, result.stderr
        seen = json.loads(result.stdout.strip().splitlines()[-1])
        assert seen["available"] == [0, 0, 1280, 720] and seen["dpr"] == 1.5
        frames.append(seen["frame"])
    for x, y, w, h in (frames[0], frames[2]):
        assert h <= 720 and w <= 1280 and x >= 0 and y >= 0, frames
    assert frames[1][3] > 720  # the run in between really left it taller than the screen


def _keys_in(window: QWidget) -> list[QKeySequence]:
    keys = [s.key() for s in window.findChildren(QShortcut)]
    for action in window.findChildren(QAction):
        keys += action.shortcuts()
    return [k for k in keys if not k.isEmpty()]


def test_no_ctrl_h_or_ctrl_m_and_the_standard_keys_are_there(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    start_conversation(qtbot, window)
    keys = _keys_in(window)
    for banned in ("Ctrl+H", "Ctrl+M"):
        assert QKeySequence(banned) not in keys
    assert len(keys) == len(set(k.toString() for k in keys)), "a key bound twice does nothing"
    standard = QKeySequence.StandardKey
    for key in (standard.New, standard.Open, standard.FullScreen, standard.Close):
        bindings = QKeySequence.keyBindings(key)
        assert bindings and all(b in keys for b in bindings), key
    assert "Shift" in window.conversation.mute.toolTip()


def test_the_shortcuts_do_what_they_say(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    assert window.current() is window.practice.builder
    start_conversation(qtbot, window)
    conv = window.conversation
    muted = conv.mute.isChecked()
    qtbot.keySequence(window, QKeySequence(MUTE))
    assert conv.mute.isChecked() is not muted
    if conv.hands_free.isEnabled():
        on = conv.hands_free.isChecked()
        qtbot.keySequence(window, QKeySequence(HANDS_FREE))
        assert conv.hands_free.isChecked() is not on


def test_the_light_palette_holds_under_a_dark_system_palette(qapp) -> None:  # type: ignore[no-untyped-def]
    dark_system_palette(qapp)
    theme.apply_theme(qapp)
    p = QApplication.palette()
    assert QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Dark
    role = QPalette.ColorRole
    pairs = [(role.Window, role.WindowText), (role.Base, role.Text), (role.Button, role.ButtonText),
             (role.ToolTipBase, role.ToolTipText), (role.Highlight, role.HighlightedText),
             (role.AlternateBase, role.Text), (role.Base, role.PlaceholderText)]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        assert p.color(group, role.Window).lightness() > 200
        for back, fore in pairs:
            assert contrast(p.color(group, back), p.color(group, fore)) >= 4.5, (group, back, fore)
    for back, fore in pairs[:3]:  # disabled text is fainter but still legible
        assert contrast(p.color(QPalette.ColorGroup.Disabled, back),
                        p.color(QPalette.ColorGroup.Disabled, fore)) >= 2.5


def _ink_and_paper(image: QImage) -> tuple[float, float]:
    """The share of light pixels (paper) and of dark ones (ink) in a rendered widget."""
    light = dark = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            value = QColor(image.pixel(x, y)).lightness()
            light += value > 215
            dark += value < 90
            total += 1
    return light / total, dark / total


def test_a_message_box_and_a_menu_render_light_with_dark_text(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    dark_system_palette(qapp)
    theme.apply_theme(qapp)
    box = QMessageBox(QMessageBox.Icon.Warning, "Delete all your data?",
                      "Sessions, scores and recordings will be deleted. This cannot be undone.",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    menu = QMenu()
    for text in ("Undo", "Cut", "Copy", "Paste"):
        menu.addAction(text)
    for widget in (box, menu):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        paper, ink = _ink_and_paper(widget.grab().toImage())
        assert paper > 0.6 and ink > 0.005, (type(widget).__name__, paper, ink)
        widget.hide()


def test_system_fonts_per_platform_and_point_sizes_on_macos() -> None:
    assert theme.ui_font_families("darwin")[0] == ".AppleSystemUIFont"
    assert "SF Pro Text" in theme.ui_font_families("darwin")
    assert theme.ui_font_families("win32")[0] == "Segoe UI"
    assert theme.ui_font_families("linux", "Cantarell")[0] == "Cantarell"
    assert "Noto Sans" in theme.ui_font_families("linux", "")
    qss = "* { font-size: 10.5pt; } QLabel#H1 { font-size: 19pt; } url(icons/x.svg)"
    mac = theme.stylesheet(qss, Path("/app/icons"), theme.point_scale("darwin"))
    assert "font-size: 14.0pt" in mac and "font-size: 25.3pt" in mac
    assert "url(/app/icons/x.svg)" in mac
    assert theme.stylesheet(qss, Path("/i"), theme.point_scale("linux")).count("10.5pt") == 1
