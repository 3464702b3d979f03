"""Small steps shared by the Qt tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roleplay.ui.window import MainWindow


def open_brief(qtbot, window: MainWindow, scenario_id: str = "missed-deadlines") -> None:  # type: ignore[no-untyped-def]
    card = window.library.card_for(scenario_id)
    assert card is not None, [c.scenario.id for c in window.library.cards]
    qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
    assert window.current() is window.brief


def start_conversation(qtbot, window: MainWindow, scenario_id: str = "missed-deadlines") -> None:  # type: ignore[no-untyped-def]
    open_brief(qtbot, window, scenario_id)
    qtbot.mouseClick(window.brief.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current() is window.conversation, timeout=5000)


def type_line(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    conv = window.conversation
    assert conv is not None and window.controller is not None
    before = len(window.controller.turns)
    conv.typing.setPlainText(text)
    qtbot.mouseClick(conv.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.controller.turns) >= before + 2
                    and not window.controller.busy, timeout=10000)
