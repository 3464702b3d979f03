"""Errors show clear, non-blocking messages with a way forward; the UI never freezes."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from roleplay.app.demo import build_demo_services
from roleplay.app.speech_kit import NOT_YET, SpeechKit
from roleplay.fakes.scoring import PreviewScorer
from roleplay.fakes.speech import ScriptedSpeech
from roleplay.fakes.voices import FailingVoice, SlowVoice
from roleplay.persona.offline import OfflineVoice

from .helpers import start_conversation


def test_llm_failure_keeps_the_line_and_offers_a_retry(qtbot, make_window, config) -> None:  # type: ignore[no-untyped-def]
    voice = FailingVoice(inner=OfflineVoice(), failures=1)
    window = make_window(build_demo_services(config), voice=voice)
    start_conversation(qtbot, window)
    conv, c = window.conversation, window.controller
    conv.typing.setPlainText("What has been going on for you?")
    qtbot.mouseClick(conv.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conv.banner.isVisible(), timeout=5000)
    assert "could not answer" in conv.banner.message()
    assert "connection to the language model was lost" in conv.banner.message()
    stored = window.services.store.get(c.session.id)
    assert stored.turns[-1].speaker == "manager"  # nothing the manager said is lost
    qtbot.mouseClick(conv.banner.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.turns[-1].speaker == "report" and not c.busy, timeout=5000)
    assert not conv.banner.isVisible()


def test_no_microphone_says_so_and_typing_still_works(qtbot, make_window, config) -> None:  # type: ignore[no-untyped-def]
    window = make_window(build_demo_services(config), speech=SpeechKit(mic_problem=NOT_YET))
    start_conversation(qtbot, window)
    conv = window.conversation
    assert not conv.talk.isEnabled() and not conv.hands_free.isEnabled()
    assert "Type your lines" in conv.speech_status.text()
    conv.typing.setPlainText("How are things?")
    qtbot.keyClick(conv.typing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.turns[-1].speaker == "report", timeout=5000)


def test_speech_model_failure_is_reported(qtbot, make_window, config) -> None:  # type: ignore[no-untyped-def]
    from roleplay.ui.window import MainWindow

    speech = ScriptedSpeech(fail_load="model file missing")
    services = build_demo_services(config)
    services.speech = SpeechKit(new_listener=speech, load=speech.load)
    window = MainWindow(config)
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert "speech model could not be loaded" in window.banner.message()
    assert "failed to load" in window.status.text()
    start_conversation(qtbot, window)
    conv = window.conversation
    assert "could not be loaded (model file missing)" in conv.speech_status.text()
    assert not conv.talk.isEnabled()
    window.close()


def test_bad_scenario_file_shows_file_line_field(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    bad = tmp_path / "broken.yaml"
    bad.write_text("title: Broken\nsummary: x\ndifficulty: impossible\n", encoding="utf-8")
    assert window.library.open_file(bad) is None
    panel = window.library.errors_panel
    assert panel.isVisibleTo(window)
    text = window.library.errors_text.text()
    assert "broken.yaml:3" in text and "difficulty" in text


def test_a_good_scenario_file_is_added(qtbot, make_window, config) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    source = window.services.catalogue.bundled_dir / "missed-deadlines.yaml"
    text = source.read_text(encoding="utf-8").replace(
        "title: Missed deadlines", "title: My own deadlines")
    mine = config.data_dir.parent / "mine.yaml"
    mine.write_text(text, encoding="utf-8")
    scenario = window.library.open_file(mine)
    assert scenario is not None and scenario.title.startswith("My own deadlines")
    assert "Added" in window.library.banner.message()
    assert (config.user_scenarios_dir / "mine.yaml").exists()


def test_ui_stays_responsive_while_a_slow_persona_replies(qtbot, make_window, config) -> None:  # type: ignore[no-untyped-def]
    slow = SlowVoice(OfflineVoice(), chunk_delay=0.05, first_delay=0.8)
    window = make_window(build_demo_services(config), voice=slow)
    start_conversation(qtbot, window)
    conv, c = window.conversation, window.controller
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    conv.typing.setPlainText("How have things been?")
    qtbot.mouseClick(conv.send_button, Qt.MouseButton.LeftButton)
    assert c.busy  # the reply is on a worker thread
    qtbot.waitUntil(lambda: conv.chat.thinking.isVisible(), timeout=2000)  # the thinking cue
    # the manager can keep typing while the report thinks; the line is queued, not lost
    conv.typing.setPlainText("Take your time.")
    qtbot.mouseClick(conv.send_button, Qt.MouseButton.LeftButton)
    assert c.queued
    qtbot.waitUntil(lambda: not c.busy and len(c.turns) == 5, timeout=20000)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 50
    assert max(gaps) < 0.25, f"the UI thread stalled for {max(gaps):.2f} s"
    slow.cancel()


def test_practice_mode_nudges_and_shows_mood_assessment_does_not(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    start_conversation(qtbot, window)
    conv = window.conversation
    for line in ("The export was late.", "The retry fix is still open.",
                 "Dates need to hold from now on."):
        conv.typing.setPlainText(line)
        qtbot.mouseClick(conv.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.controller.busy, timeout=5000)
    assert conv.nudge.isVisible() and conv.nudge_text.text()
    assert conv.mood.isVisible()
    window.go(window.library)
    card = window.library.card_for("missed-deadlines")
    qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
    window.brief.assessment.setChecked(True)
    with qtbot.waitSignal(window.controller.started, timeout=5000):
        qtbot.mouseClick(window.brief.start, Qt.MouseButton.LeftButton)
    assert not conv.mood.isVisible() and not conv.nudge.isVisible()


def test_hands_free_turns_end_on_a_pause(qtbot, make_window, config) -> None:  # type: ignore[no-untyped-def]
    speech = ScriptedSpeech(["What has been getting in the way?", "Tell me more about that."],
                            word_delay=0.0)
    services = build_demo_services(config)
    services.speech = SpeechKit(new_listener=speech, load=speech.load)
    window = make_window(services)
    start_conversation(qtbot, window)
    conv, c = window.conversation, window.controller
    qtbot.mouseClick(conv.hands_free, Qt.MouseButton.LeftButton)
    assert c.hands_free and c.listening and not conv.talk.isEnabled()
    # no button is released: each turn ends by itself, and listening resumes after the reply
    qtbot.waitUntil(lambda: sum(t.speaker == "manager" for t in c.turns) == 2 and not c.busy,
                    timeout=10000)
    assert [t.text for t in c.turns if t.speaker == "manager"] == speech.script
    qtbot.mouseClick(conv.hands_free, Qt.MouseButton.LeftButton)
    assert not c.hands_free


def test_settings_test_connection_and_delete_all_data(qtbot, make_window, config) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    settings = window.settings
    settings.url.setText("")
    qtbot.mouseClick(settings.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.test_button.isEnabled(), timeout=5000)
    assert "offline scripted persona" in settings.test_result.text()
    settings.url.setText("http://127.0.0.1:9/v1")  # nothing listens there
    qtbot.mouseClick(settings.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.test_button.isEnabled(), timeout=15000)
    assert "127.0.0.1:9" in settings.test_result.text()
    start_conversation(qtbot, window)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=5000)
    assert window.services.store.list_sessions()
    window.go(settings)
    qtbot.mouseClick(settings.delete_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in settings.delete_note.text()
    assert window.services.store.list_sessions()  # one click only asks
    with qtbot.waitSignal(settings.data_deleted, timeout=5000):
        qtbot.mouseClick(settings.delete_button, Qt.MouseButton.LeftButton)
    assert window.services.store.list_sessions() == []


class _BrokenScorer(PreviewScorer):
    def score(self, session):  # type: ignore[no-untyped-def]
        raise RuntimeError("the rubric file is unreadable")


def test_scoring_failure_keeps_the_transcript_and_offers_to_score_again(qtbot, make_window,
                                                                        config) -> None:  # type: ignore[no-untyped-def]
    window = make_window(build_demo_services(config), scorer=_BrokenScorer())
    start_conversation(qtbot, window)
    conv = window.conversation
    conv.typing.setPlainText("What has been getting in the way?")
    qtbot.mouseClick(conv.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=5000)
    qtbot.mouseClick(conv.end_button, Qt.MouseButton.LeftButton)
    review = window.review
    qtbot.waitUntil(lambda: review.banner.isVisible(), timeout=5000)
    assert "Scoring failed" in review.banner.message()
    assert "rubric file is unreadable" in review.banner.message()
    assert review.banner.action.text() == "Score again"
    transcript = " ".join(w.text() for w in review.transcript_page.findChildren(
        type(review.waiting)))
    assert "What has been getting in the way?" in transcript
