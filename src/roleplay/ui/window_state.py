"""The main window's size, position and state, kept between runs in the data folder
(``window.ini``, Qt's own format), and a first size that fits the screen it opens on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow

WINDOW_FILE = "window.ini"
PREFERRED = QSize(1280, 820)
MINIMUM = QSize(980, 660)
# Room for the title bar and borders, which the window manager adds outside geometry().
FRAME = QSize(32, 56)


def window_settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / WINDOW_FILE), QSettings.Format.IniFormat)


def fitted_size(available: QRect, wanted: QSize = PREFERRED) -> QSize:
    """``wanted``, shrunk so the window with its frame fits the available area (a 1080p laptop
    at 150% has 1280x720 logical pixels, less the task bar)."""
    room = available.size() - FRAME
    return wanted.boundedTo(room).expandedTo(QSize(320, 240))


def first_geometry(available: QRect) -> QRect:
    """The preferred size fitted to the screen, centred on it."""
    rect = QRect(0, 0, *fitted_size(available).toTuple())
    rect.moveCenter(available.center())
    return rect


def restore_window(window: QMainWindow, settings: QSettings) -> bool:
    """Size and place the window before it is shown: as it was left, or fitted to the screen
    the first time. True when a saved geometry was used."""
    available = window.screen().availableGeometry()
    window.setMinimumSize(MINIMUM.boundedTo(fitted_size(available)))
    geometry, state = settings.value("geometry"), settings.value("state")
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if restored:
        if isinstance(state, QByteArray):
            window.restoreState(state)
        # a screen smaller than last time (a laptop off its monitor): fit again
        available = window.screen().availableGeometry()
        size = window.size()
        if size != size.boundedTo(fitted_size(available, size)):
            window.resize(fitted_size(available, size))
    else:
        window.setGeometry(first_geometry(available))
    return restored


def save_window(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState())
    settings.sync()
