"""Keyboard shortcuts the platform defines (QKeySequence's standard keys: Cmd+, for Settings
on macOS, Ctrl+Q or Cmd+Q to quit, F11 or Ctrl+Cmd+F for full screen...) and the app's own
keys, shown the way the platform writes them (⌘M on macOS, Ctrl+M elsewhere).

The app's own keys avoid Ctrl+H and Ctrl+M: Qt turns Ctrl into Cmd on macOS, where Cmd+H hides
the app and Cmd+M minimises it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from roleplay.ui.window import MainWindow

MUTE = "Ctrl+Shift+M"
HANDS_FREE = "Ctrl+Shift+H"
END = "Ctrl+E"


def native(keys: str | QKeySequence.StandardKey) -> str:
    """The keys as this platform writes them in menus and tooltips ("" if it has none)."""
    sequence = keys if isinstance(keys, str) else QKeySequence(keys)
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def add_standard(window: QWidget, name: str, key: QKeySequence.StandardKey,
                 slot: Callable[[], object]) -> QAction:
    """An action on the whole window for one of the platform's standard keys, with all its
    bindings there (none at all for Preferences on Windows: the sidebar's Ctrl+4 remains)."""
    action = QAction(name, window)
    action.setShortcuts(key)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def install_window_shortcuts(window: MainWindow) -> list[QAction]:
    """The platform's standard keys for what the app has: Settings (Preferences), a new
    scenario, opening a scenario file, full screen, closing and quitting."""
    keys = QKeySequence.StandardKey

    def open_file() -> None:
        window.go(window.library)
        window.library.open_button.click()

    def full_screen() -> None:
        window.setWindowState(window.windowState() ^ Qt.WindowState.WindowFullScreen)

    return [
        add_standard(window, "Settings", keys.Preferences, lambda: window.go(window.settings)),
        add_standard(window, "New scenario from my situation", keys.New,
                     window.practice.open_builder),
        add_standard(window, "Open a scenario file", keys.Open, open_file),
        add_standard(window, "Full screen", keys.FullScreen, full_screen),
        add_standard(window, "Close", keys.Close, window.close),
        add_standard(window, "Quit", keys.Quit, window.close),
    ]
