"""A whole session driven by clicks, push-to-talk from a WAV, rewind, and the demo."""

from __future__ import annotations

import math
import wave
from array import array
from pathlib import Path

from PySide6.QtCore import Qt

from roleplay.app.demo import build_demo_services
from roleplay.app.speech_kit import SpeechKit
from roleplay.fakes.demo import DEMO_SCRIPT
from roleplay.fakes.speech import WavSpeech
from roleplay.ui.demo import DemoDirector

from .helpers import start_conversation, type_line


def test_full_session_by_clicks_reaches_a_scored_review(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    start_conversation(qtbot, window)
    c = window.controller
    assert c.session is not None and c.turns[0].speaker == "report"
    for line in ("Thanks for coming. How have the last few sprints felt for you?",
                 "It sounds like it has been a heavy few weeks.",
                 "What would help you hit the next date? Let's check in next Thursday."):
        type_line(qtbot, window, line)
    bubbles = window.conversation.chat.bubbles
    assert len(bubbles) == 7 and bubbles[-1].text.text()
    with qtbot.waitSignal(window.review_ready, timeout=10000):
        qtbot.mouseClick(window.conversation.end_button, Qt.MouseButton.LeftButton)
    assert window.current() is window.review
    assert window.review.score is not None
    assert window.review.overall.text() == str(window.review.score.overall)
    stored = window.services.store.get_score(c.session.id)
    assert stored is not None


def test_push_to_talk_with_a_wav_fed_source_produces_a_manager_turn(qtbot, make_window, config,
                                                                     tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wav_path = tmp_path / "manager.wav"
    with wave.open(str(wav_path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(array("h", (int(8000 * math.sin(i / 8)) for i in range(16000))).tobytes())
    speech = WavSpeech(wav_path, "What has been getting in the way lately?")
    services = build_demo_services(config, reply_delay=0.0)
    services.speech = SpeechKit(new_listener=speech, load=speech.load,
                                speaker=services.speech.speaker, audio_dir=config.audio_dir)
    window = make_window(services)
    start_conversation(qtbot, window)
    conv, c = window.conversation, window.controller
    assert conv.talk.isEnabled()
    qtbot.mousePress(conv.talk, Qt.MouseButton.LeftButton)
    assert c.listening
    qtbot.waitUntil(lambda: conv.meter.level > 0, timeout=3000)  # the meter follows the file
    qtbot.mouseRelease(conv.talk, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(t.speaker == "manager" for t in c.turns), timeout=5000)
    turn = next(t for t in c.turns if t.speaker == "manager")
    assert turn.text == "What has been getting in the way lately?"
    assert turn.source == "spoken" and turn.words and turn.audio_ref
    assert (config.data_dir / turn.audio_ref).exists()
    qtbot.waitUntil(lambda: not c.busy and c.turns[-1].speaker == "report", timeout=5000)
    assert services.speech.speaker.spoken  # the reply was voiced sentence by sentence


def test_rewind_from_an_earlier_turn_starts_a_new_attempt(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    start_conversation(qtbot, window)
    type_line(qtbot, window, "How have the last few sprints felt?")
    type_line(qtbot, window, "You need to just plan better.")
    c = window.controller
    first_id = c.session.id
    # (the chat may be drawn again once more after the reply under a loaded machine, so the
    # bubble is looked up afresh and clicked until its button shows; a click always shows it)
    def revealed() -> bool:
        bubble = next(b for b in window.conversation.chat.bubbles if b.index == 3)
        if bubble.again is not None and not bubble.again.isVisible():
            qtbot.mouseClick(bubble, Qt.MouseButton.LeftButton)
        return bubble.again is not None and bubble.again.isVisible()

    qtbot.waitUntil(revealed, timeout=5000)
    bubble = next(b for b in window.conversation.chat.bubbles if b.index == 3)
    assert bubble.again is not None
    with qtbot.waitSignal(c.started, timeout=5000):
        qtbot.mouseClick(bubble.again, Qt.MouseButton.LeftButton)
    assert c.session.id != first_id and c.session.parent_id == first_id
    assert len(c.turns) == 3
    assert len(window.services.store.attempts(first_id)) == 2


def test_demo_mode_runs_the_whole_loop(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    director = DemoDirector(window, pace_ms=10, hold_ms=20)
    with qtbot.waitSignal(director.finished, timeout=30000):
        director.start()
    assert window.current() is window.review and window.review.score is not None
    manager = [t for t in window.review.session.turns if t.speaker == "manager"]
    assert len(manager) == len(DEMO_SCRIPT) and all(t.source == "spoken" for t in manager)
