"""Form pieces shared by the builder screen and the recap form: a labelled field with an inline
message, and the few styles the app's stylesheet does not have."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from roleplay.ui.widgets.common import label

# Added to the app's stylesheet for these widgets (colours from roleplay.ui.theme).
STYLE = """
QLabel#FieldLabel { font-weight: 600; color: #16212c; }
QLabel#FieldError { color: #9a3b2c; font-size: 9pt; }
QLabel#FieldNote { color: #8a5a12; font-size: 9pt; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QDateEdit[invalid="true"],
QComboBox[invalid="true"] { border-color: #c7806f; }
QDateEdit { background: #ffffff; border: 1px solid #c9d1d9; border-radius: 7px;
  padding: 5px 8px; }
QDateEdit:focus { border-color: #2f6f73; }
QDateEdit::drop-down { border: none; width: 22px; }
QPlainTextEdit#Yaml { font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace;
  font-size: 9.5pt; }
QFrame#Prompt { background: #eef6f4; border-left: 3px solid #2f6f73; border-radius: 4px; }
QLabel#PromptText { font-size: 12.5pt; font-weight: 600; color: #1f4d50; }
"""


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Field(QWidget):
    """A label, an optional hint, the input, and an inline message under it."""

    def __init__(self, title: str, editor: QWidget, hint: str = "") -> None:
        super().__init__()
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        self.title = label(title, "FieldLabel")
        self.title.setBuddy(editor)
        col.addWidget(self.title)
        if hint:
            col.addWidget(label(hint, "Small", wrap=True))
        self.editor = editor
        col.addWidget(editor)
        self.error = label("", "FieldError", wrap=True)
        self.error.hide()
        col.addWidget(self.error)
        self.note = label("", "FieldNote", wrap=True)
        self.note.hide()
        col.addWidget(self.note)
        editor.setAccessibleName(title)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        _repolish(self.editor)

    def set_note(self, message: str | None) -> None:
        self.note.setText(message or "")
        self.note.setVisible(bool(message))

    @property
    def message(self) -> str:
        return self.error.text() if self.error.isVisible() or self.error.text() else ""


def get_text(editor: QWidget) -> str:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QLineEdit):
        return editor.text()
    raise TypeError(f"not a text editor: {type(editor).__name__}")


def set_text(editor: QWidget, value: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)
    elif isinstance(editor, QLineEdit):
        editor.setText(value)
    else:
        raise TypeError(f"not a text editor: {type(editor).__name__}")


def line_edit(placeholder: str = "", max_length: int | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    if max_length:
        edit.setMaxLength(max_length)
    return edit


def text_box(placeholder: str = "", height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    box.setTabChangesFocus(True)
    return box


def date_edit(initial: QDate | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(initial or QDate.currentDate())
    return edit


def muted(text: str) -> QLabel:
    widget = label(text, "Muted", wrap=True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget
