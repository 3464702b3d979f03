"""The live conversation: chat, push-to-talk, hands-free, level meter, typing box, timer,
mute, nudges, mood and the end button. It observes the session controller."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.session import Mode, Session, Turn
from roleplay.ui import theme
from roleplay.ui.controller import SessionController
from roleplay.ui.shortcuts import END, HANDS_FREE, MUTE, native
from roleplay.ui.widgets.banner import Banner
from roleplay.ui.widgets.chat import ChatView
from roleplay.ui.widgets.common import hbox, label, pill, set_tone
from roleplay.ui.widgets.level_meter import LevelMeter

MOOD_WORDS = {
    "hostile": "Upset", "defensive": "Defensive", "guarded": "Guarded",
    "warming": "Opening up", "collaborative": "Working with you",
}


class TypingBox(QPlainTextEdit):
    """Enter sends; Shift+Enter starts a new line."""

    send = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.send.emit()
            return
        super().keyPressEvent(event)


class ConversationScreen(QWidget):
    review_requested = Signal()

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self.setObjectName("Page")
        self.controller = controller
        self.session: Session | None = None
        self._started_at = time.monotonic()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        # top bar
        top = QFrame()
        top.setObjectName("Panel")
        top.setStyleSheet("QFrame#Panel { border-radius: 0; border-width: 0 0 1px 0; }")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(24, 12, 18, 12)
        bar.setSpacing(12)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = label("", "H2")
        self.subtitle = label("", "Small")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        bar.addLayout(titles, 1)
        self.mode_pill = pill("Practice", "info")
        bar.addWidget(self.mode_pill)
        self.mood = pill("Guarded", "neutral")
        self.mood.setToolTip("How the report is feeling (practice mode only)")
        bar.addWidget(self.mood)
        self.timer_label = label("00:00", "H3")
        self.timer_label.setMinimumWidth(52)
        bar.addWidget(self.timer_label)
        self.mute = QPushButton("Voice on")
        self.mute.setObjectName("Toggle")
        self.mute.setCheckable(True)
        self.mute.setToolTip(f"Mute or unmute the report's voice ({native(MUTE)})")
        self.mute.toggled.connect(self._on_mute)
        bar.addWidget(self.mute)
        self.end_button = QPushButton("End and review")
        self.end_button.setObjectName("Primary")
        self.end_button.setToolTip(f"End the conversation and see your review ({native(END)})")
        self.end_button.clicked.connect(self._end)
        bar.addWidget(self.end_button)
        outer.addWidget(top)

        self.banner = Banner()
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(24, 10, 24, 0)
        banner_row.addWidget(self.banner)
        outer.addLayout(banner_row)

        self.chat = ChatView()
        self.chat.rewind_requested.connect(self._rewind)
        outer.addWidget(self.chat, 1)

        self.nudge = QFrame()
        self.nudge.setObjectName("Nudge")
        n_row = QHBoxLayout(self.nudge)
        n_row.setContentsMargins(14, 8, 8, 8)
        self.nudge_text = label("", wrap=True)
        n_row.addWidget(label("Tip", "Eyebrow"))
        n_row.addWidget(self.nudge_text, 1)
        hide = QPushButton("Got it")
        hide.setObjectName("Link")
        hide.clicked.connect(self.nudge.hide)
        n_row.addWidget(hide)
        self.nudge.hide()
        nudge_row = QHBoxLayout()
        nudge_row.setContentsMargins(24, 0, 24, 8)
        nudge_row.addWidget(self.nudge)
        outer.addLayout(nudge_row)

        # input area
        bottom = QFrame()
        bottom.setObjectName("Panel")
        bottom.setStyleSheet("QFrame#Panel { border-radius: 0; border-width: 1px 0 0 0; }")
        area = QHBoxLayout(bottom)
        area.setContentsMargins(24, 14, 24, 16)
        area.setSpacing(18)
        talk_col = QVBoxLayout()
        talk_col.setSpacing(8)
        self.talk = QPushButton("  Hold to talk")
        self.talk.setObjectName("Talk")
        self.talk.setIcon(theme.icon("mic"))
        self.talk.setIconSize(QSize(22, 22))
        self.talk.setFixedSize(330, 68)  # no jump when the label changes
        self.talk.setToolTip("Hold the button, or hold Space, while you speak")
        self.talk.pressed.connect(self._talk_down)
        self.talk.released.connect(self._talk_up)
        talk_col.addWidget(self.talk)
        self.hands_free = QPushButton("Hands-free")
        self.hands_free.setObjectName("Toggle")
        self.hands_free.setCheckable(True)
        self.hands_free.setToolTip("Listen continuously; your turn ends after a short pause "
                                   f"({native(HANDS_FREE)})")
        self.hands_free.toggled.connect(self._on_hands_free)
        self.meter = LevelMeter()
        talk_col.addLayout(hbox(self.hands_free, self.meter, spacing=10))
        area.addLayout(talk_col)
        type_col = QVBoxLayout()
        type_col.setSpacing(6)
        self.speech_status = label("", "Small", wrap=True)
        type_col.addWidget(self.speech_status)
        self.typing = TypingBox()
        self.typing.setPlaceholderText("Or type what you would say, then press Enter…")
        self.typing.setFixedHeight(64)
        self.typing.send.connect(self._send_typed)
        self.send_button = QPushButton("Send")
        self.send_button.clicked.connect(self._send_typed)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.typing, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        type_col.addLayout(row)
        area.addLayout(type_col, 1)
        outer.addWidget(bottom)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        for keys, action in ((MUTE, self.mute.toggle), (END, self._end),
                             (HANDS_FREE, self.hands_free.toggle)):
            QShortcut(QKeySequence(keys), self).activated.connect(action)
        self._space_held = False
        self._wire(controller)
        self._refresh_speech(controller.services.speech.mic_problem
                             or "Loading the speech model…", False)
        kit = controller.services.speech
        if kit.speaker is None:
            self.mute.setEnabled(False)
            self.mute.setText("Voice unavailable")
            self.mute.setToolTip(kit.speaker_problem or "Replies show as text.")

    # --- wiring -----------------------------------------------------------------------------

    def _wire(self, c: SessionController) -> None:
        c.started.connect(self.show_session)
        c.turn_added.connect(self._on_turn)
        c.reply_started.connect(lambda: self.chat.set_thinking(True))
        c.reply_chunk.connect(self.chat.append_chunk)
        c.reply_failed.connect(self._on_reply_failed)
        c.thinking_changed.connect(self._on_thinking)
        c.nudge.connect(self._show_nudge)
        c.mood_changed.connect(self._show_mood)
        c.error.connect(lambda t, m: self.banner.show_message(t, m, tone="error"))
        c.listening_changed.connect(self._on_listening)
        c.partial_text.connect(self.chat.set_partial)
        c.level.connect(self.meter.set_level)
        c.speech_status.connect(self._refresh_speech)
        c.ended.connect(lambda _s: self._clock.stop())
        c.muted_changed.connect(self._show_muted)

    def show_session(self, session: Session) -> None:
        self.session = session
        scenario = session.scenario
        p = scenario.persona
        self.title.setText(scenario.title)
        attempt = " · new attempt" if session.parent_id else ""
        self.subtitle.setText(f"With {p.name}, {p.role.lower()}{attempt}")
        self.chat.report_name = p.name.split()[0]
        self.chat.manager_name = "You"
        self.chat.clear()
        for turn in session.turns:
            self.chat.add_turn(turn)
        practice = session.mode == Mode.PRACTICE
        self.mode_pill.setText("Practice" if practice else "Assessment")
        self.mood.setVisible(practice)
        self._show_mood(session.persona_trace[-1].mood.value if session.persona_trace
                        else "guarded")
        self.nudge.hide()
        self.banner.hide()
        self.typing.clear()
        if self.controller.services.speech.speaker is not None:
            self._show_muted(self.controller.muted)
        self.end_button.setEnabled(True)
        self._started_at = time.monotonic()
        self._tick()
        self._clock.start()
        self.typing.setFocus()

    def _on_turn(self, turn: Turn) -> None:
        self.chat.add_turn(turn)
        if turn.speaker == "manager":
            self.banner.hide()

    def _on_thinking(self, on: bool) -> None:
        if on:
            self.chat.set_thinking(True, f"{self.chat.report_name} is thinking")
        elif self.chat.streaming is None or not self.chat.streaming.text.text():
            self.chat.set_thinking(False)

    def _on_reply_failed(self, message: str, partial: str) -> None:
        self.chat.drop_reply()
        self.chat.set_thinking(False)
        self.banner.show_message(
            f"{self.chat.report_name} could not answer",
            f"{message}. Your line is saved.", tone="error", action="Try again",
            callback=self.controller.retry_reply)

    def _show_nudge(self, text: str) -> None:
        self.nudge_text.setText(text)
        self.nudge.show()

    def _show_mood(self, mood: str) -> None:
        self.mood.setText(MOOD_WORDS.get(mood, mood.capitalize()))
        tone = {"hostile": "bad", "defensive": "bad", "warming": "good",
                "collaborative": "good"}.get(mood, "neutral")
        set_tone(self.mood, "tone", tone)

    def _refresh_speech(self, text: str, ready: bool) -> None:
        kit = self.controller.services.speech
        can = kit.can_listen and self.controller.speech_ready
        self.talk.setEnabled(can)
        self.hands_free.setEnabled(can)
        problem = kit.mic_problem or self.controller.speech_problem
        if problem:
            self.speech_status.setText(problem)
        elif can:
            self.speech_status.setText("Hold the button or Space to talk. Enter sends a typed "
                                       f"line; {native(END)} ends.")
        else:
            self.speech_status.setText(f"{text} You can type meanwhile.")

    # --- input ------------------------------------------------------------------------------

    def _talk_down(self) -> None:
        if self.controller.start_listening():
            self.nudge.hide()

    def _talk_up(self) -> None:
        self.controller.stop_listening()

    def _on_listening(self, on: bool) -> None:
        set_tone(self.talk, "recording", "true" if on else "false")
        self.talk.setText("  Listening… release to send" if on else "  Hold to talk")

    def _on_hands_free(self, on: bool) -> None:
        self.controller.set_hands_free(on)
        self.talk.setEnabled(not on and self.controller.can_listen)

    def _on_mute(self, muted: bool) -> None:
        self.mute.setText("Voice off" if muted else "Voice on")
        self.controller.set_muted(muted)

    def _show_muted(self, muted: bool) -> None:
        self.mute.blockSignals(True)
        self.mute.setChecked(muted)
        self.mute.setText("Voice off" if muted else "Voice on")
        self.mute.blockSignals(False)

    def _send_typed(self) -> None:
        text = self.typing.toPlainText().strip()
        if text and self.controller.say(text):
            self.typing.clear()
            self.nudge.hide()

    def _end(self) -> None:
        if self.session is None:
            return
        self.end_button.setEnabled(False)
        pending = self.typing.toPlainText().strip()
        if pending:
            self.controller.say(pending)  # nothing typed is lost
            self.typing.clear()
        self.controller.end()
        self.review_requested.emit()

    def _rewind(self, turn_index: int) -> None:
        if self.controller.busy:
            self.banner.show_message("One moment", "Wait for the reply, then take it again.",
                                     tone="info")
            return
        self.controller.rewind(turn_index)

    def _tick(self) -> None:
        seconds = int(time.monotonic() - self._started_at)
        self.timer_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and not self._space_held:
            self._space_held = True
            self._talk_down()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_held:
            self._space_held = False
            self._talk_up()
            return
        super().keyReleaseEvent(event)

    def mood_label(self) -> QLabel:
        return self.mood
